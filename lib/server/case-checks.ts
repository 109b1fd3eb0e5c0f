import "server-only";
import { type SiteNetworkReport, siteNetworkReportSchema } from "@/lib/network/site-network-schema";
import type { CaseStoreTx } from "@/lib/reports/case-store";
import { caseStore as store } from "./case-store-singleton";

/** Network checks kept with a case: at most one copy of each, at most 50 per case. */

/** A case keeps at most this many network checks; later ones are shown but not kept. */
export const MAX_SITE_CHECKS_PER_CASE = 50;

/**
 * Adds a network check unless the case already has this very check (same network, same time) or
 * is full. Returns whether the case now holds it.
 */
export async function appendCheckOnce(
  cases: CaseStoreTx,
  caseId: string,
  report: SiteNetworkReport,
  runId: string | null,
): Promise<boolean> {
  const existing = await cases.listSiteChecks(caseId);
  const same = existing.some(
    (check) => check.report.checkedAt === report.checkedAt && check.report.network.ip === report.network.ip,
  );
  if (same) return true;
  if (existing.length >= MAX_SITE_CHECKS_PER_CASE) return false;
  const parsed = siteNetworkReportSchema.safeParse(report);
  if (!parsed.success) {
    // Outside the stored bounds (e.g. a huge SPF record): shown to the user, not kept.
    console.error("[cases] network check not kept: it does not fit the stored schema");
    return false;
  }
  await cases.appendSiteCheck(caseId, { runId, report: parsed.data });
  return true;
}

/**
 * Keeps a network check with a case (one an owner or customer link opened), tied to the run it was
 * made for when that run is already in the case (else the run brings it along when appended).
 */
export async function keepCheckInCase(
  caseId: string,
  report: SiteNetworkReport,
  probeRunId: string | null,
): Promise<boolean> {
  const runs = await store().listRuns(caseId);
  const run = probeRunId === null ? undefined : runs.find((r) => r.result.runId === probeRunId);
  return appendCheckOnce(store(), caseId, report, run?.id ?? null);
}
