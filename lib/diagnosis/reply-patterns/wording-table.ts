import type { ReplyPattern } from "./reply-pattern-schema";

/**
 * A rule's wording table, built on first use. The tables are most of the analyzer's code by size
 * (about a thousand patterns); a diagnosis that reads no wording (a probe run that passed) never
 * builds them, and the command-line tool's code cache then holds none of them.
 */
export function wordingTable(build: () => readonly ReplyPattern[]): () => readonly ReplyPattern[] {
  let table: readonly ReplyPattern[] | null = null;
  return () => {
    table ??= build();
    return table;
  };
}
