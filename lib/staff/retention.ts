import { z } from "zod";
import type { CaseStore } from "../reports/case-store";
import { refreshSummaries } from "./case-summary";
import type { WorkspaceStore } from "./workspace-store";

/**
 * Retention: a case is deleted, with its tests, network checks, links and activity, once it has
 * been resolved and left alone for this many days (default 180). 0 keeps cases for ever.
 */
export const retentionSchema = z.object({
  SMTP_DOCTOR_RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(180),
});

export function retentionDays(env: Record<string, string | undefined>): number {
  return retentionSchema.parse(env).SMTP_DOCTOR_RETENTION_DAYS;
}

const DAY = 24 * 60 * 60 * 1000;

/** Deletes what the rule says is due (up to `limit` a sweep); how many cases went. */
export async function sweepExpiredCases(
  cases: CaseStore,
  workspace: WorkspaceStore,
  days: number,
  now: Date = new Date(),
  limit = 500,
): Promise<number> {
  if (days === 0) return 0;
  // A case whose tests changed since its summary was made is judged as it is now.
  await refreshSummaries(cases, workspace, limit);
  let deleted = 0;
  for (const caseId of await workspace.resolvedBefore(new Date(now.getTime() - days * DAY), limit)) {
    if (await cases.deleteCase(caseId)) deleted++;
  }
  return deleted;
}
