import { createHash } from "node:crypto";
import type { Case, Run, SiteCheck } from "./case-schemas";

/**
 * A fingerprint of everything a case's report is built from, for caching renders of it. Runs and
 * network checks are append-only and never change once stored, so their ids stand for them; the
 * case's own fields (title, context, `updatedAt`) go in whole, so even two edits within one
 * millisecond (same `updatedAt`) give two revisions. Needs no column of its own: the report reads
 * these rows anyway.
 */
export function caseRevision(theCase: Case, runs: readonly Run[], siteChecks: readonly SiteCheck[]): string {
  const parts = [
    theCase.id,
    theCase.updatedAt,
    theCase.title,
    theCase.context,
    runs.map((run) => run.id),
    siteChecks.map((check) => check.id),
  ];
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url");
}
