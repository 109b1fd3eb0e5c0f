import type { Case, Run, SiteCheck } from "../reports/case-schemas";
import type { CaseStore } from "../reports/case-store";
import { buildReportModel } from "../reports/report-model";
import type { CaseSummary, WorkspaceStore } from "./workspace-store";

/**
 * A case as the list shows and searches it, from the same report model the report page uses (so
 * the list's status and root cause are the report's). Built with the owner's view: staff see the
 * case whole. `search` is the lower-cased text a search matches against.
 */
export function summariseCase(
  theCase: Case,
  runs: Run[],
  checks: SiteCheck[],
): { summary: CaseSummary; search: string } {
  const model = buildReportModel(theCase, runs, { viewer: "owner", siteChecks: checks });
  const latest = runs.at(-1);
  const from = latest?.settings.from ?? "";
  const site = [theCase.context.site.note, theCase.context.site.publicIp].filter(Boolean).join(" · ");
  const summary: CaseSummary = {
    status: model.overview.status,
    device: theCase.context.device,
    site,
    server: latest ? `${latest.settings.host}:${latest.settings.port}` : "",
    senderDomain: from.includes("@") ? (from.split("@").pop() ?? "") : "",
    rootCause: model.findings.rootCause
      ? { id: model.findings.rootCause.id, title: model.findings.rootCause.title }
      : null,
  };
  const search = [
    theCase.reference,
    theCase.title,
    theCase.context.device,
    theCase.context.deviceFamily ?? "",
    site,
    ...runs.map((run) => `${run.settings.host}:${run.settings.port}`),
    summary.senderDomain,
    summary.rootCause ? `${summary.rootCause.id} ${summary.rootCause.title}` : "",
    // The servers' words, verbatim: what a customer reads out over the phone.
    ...model.evidence.items.flatMap((item) => item.lines),
  ]
    .join("\n")
    .toLowerCase();
  return { summary, search };
}

/**
 * Brings the summaries of changed cases up to date (at most `limit`, newest activity first):
 * called before the list is read, so a case saved a moment ago is listed and found as it is.
 */
export async function refreshSummaries(
  cases: CaseStore,
  workspace: WorkspaceStore,
  limit = 200,
): Promise<number> {
  const stale = await workspace.staleSummaries(limit);
  for (const caseId of stale) {
    const theCase = await cases.getCase(caseId);
    if (theCase === null) continue;
    const [runs, checks] = await Promise.all([cases.listRuns(caseId), cases.listSiteChecks(caseId)]);
    const { summary, search } = summariseCase(theCase, runs, checks);
    await workspace.saveSummary(caseId, theCase.revision, summary, search);
  }
  return stale.length;
}
