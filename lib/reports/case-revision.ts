import type { Case } from "./case-schemas";

/**
 * What a case's report is built from, as one key for caching renders of it: the case and the
 * store's revision counter, which every run, network check or edit moves on (the store contract
 * tests that). Needs no read of the runs, so a cached PDF or a 304 costs one row.
 */
export function storedRevision(theCase: Pick<Case, "id" | "revision">): string {
  return `${theCase.id}.${theCase.revision}`;
}
