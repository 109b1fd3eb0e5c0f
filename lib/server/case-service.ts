import "server-only";
import { isCheckableIp, networkLabel } from "@/lib/network/check-site-network";
import { type SiteNetworkReport, siteNetworkReportSchema } from "@/lib/network/site-network-schema";
import type {
  Case,
  CaseContextPatch,
  CaseUpdate,
  Run,
  RunKind,
  ShareLink,
  ShareLinkKind,
  SiteCheck,
} from "@/lib/reports/case-schemas";
import type { CaseStoreTx } from "@/lib/reports/case-store";
import type { Viewer } from "@/lib/reports/mask-for-viewer";
import { buildReportModel } from "@/lib/reports/report-model";
import type { ReportModel } from "@/lib/reports/report-model-types";
import { shareAccess } from "@/lib/reports/share-access";
import { type StoredDiagnosis, storedDiagnosisSchema } from "@/lib/reports/stored-diagnosis";
import { CaseLimiter } from "./case-limiter";
import { caseStore } from "./case-store-singleton";
import { HttpError } from "./http-errors";
import { visitorIp } from "./probe-service";
import { processSingleton } from "./process-singleton";
import { type RecentRun, recallRun } from "./recent-runs";

/**
 * Cases on the server: saved only from runs this server made (`recallRun`), opened only by share
 * token. Routes and pages stay thin; every rule about tokens and kinds lives here.
 */

const store = caseStore;

/** A case holds at most this many runs: a customer link cannot be used to fill the disk. */
export const MAX_RUNS_PER_CASE = 50;

/**
 * Where a stored run came from: the probe always leaves from this server (its egress IP when the
 * operator configured it); the browser that asked for it may have been at the site.
 */
function runNetwork(run: RecentRun): Run["network"] {
  const egress = process.env.SMTP_DOCTOR_EGRESS_IP;
  const server = networkLabel("server", egress && isCheckableIp(egress) ? egress : null);
  const requestedFrom = run.visitorIp !== null && isCheckableIp(run.visitorIp) ? run.visitorIp : undefined;
  return {
    describes: "server",
    ...(server.ip ? { ip: server.ip } : {}),
    label: server.label,
    ...(requestedFrom ? { requestedFrom } : {}),
  };
}

async function recallOrRefuse(runId: string, path: string): Promise<RecentRun> {
  const run = await recallRun(runId);
  if (run !== null) return run;
  throw new HttpError("invalid-input", "Some fields need attention.", [
    { path, message: "this test is not known to this server (or is too old); run it again" },
  ]);
}

export type SaveCaseInput = {
  title: string;
  context?: CaseContextPatch;
  runIds: { runId: string; kind: RunKind; validatesRunId?: string }[];
};

export type SavedCase = { caseId: string; ownerToken: string; ownerUrl: string };

export const ownerPath = (token: string) => `/case/${token}`;
/** The owner's own, unmasked report: under the owner's path, so it is as private as the case page. */
export const ownerReportPath = (token: string) => `/case/${token}/report`;
export const ownerPdfPath = (token: string) => `/api/cases/${token}/pdf`;
export const reportPath = (token: string) => `/r/${token}`;
export const customerPath = (token: string) => `/c/${token}`;
export const pdfPath = (token: string) => `/api/report/${token}/pdf`;

export function linkPath(kind: ShareLinkKind, token: string): string {
  if (kind === "owner") return ownerPath(token);
  if (kind === "report") return reportPath(token);
  return customerPath(token);
}

function caseLimiter(): CaseLimiter {
  return processSingleton("case-limiter", () => CaseLimiter.fromEnv(process.env));
}

/** Saves a case from runs this server made; an unknown or expired run id is refused before anything is written. */
export async function saveCase(input: SaveCaseInput, request: Request): Promise<SavedCase> {
  const recalled: {
    entry: SaveCaseInput["runIds"][number];
    run: RecentRun;
    diagnosis: StoredDiagnosis | null;
  }[] = [];
  for (const [index, entry] of input.runIds.entries()) {
    const run = await recallOrRefuse(entry.runId, `runIds.${index}.runId`);
    const earlier = input.runIds.slice(0, index).map((other) => other.runId);
    if (entry.validatesRunId !== undefined && !earlier.includes(entry.validatesRunId)) {
      throw new HttpError("invalid-input", "Some fields need attention.", [
        { path: `runIds.${index}.validatesRunId`, message: "must name an earlier test in this case" },
      ]);
    }
    const diagnosis = storedDiagnosisSchema.safeParse(run.diagnosis);
    recalled.push({ entry, run, diagnosis: diagnosis.success ? diagnosis.data : null });
  }
  await caseLimiter().take(visitorIp(request));

  // One unit of work: a crash or error part-way leaves no case without its owner link.
  return store().transaction(async (tx) => {
    const created = await tx.createCase({ title: input.title, context: input.context });
    const storedIds = new Map<string, string>();
    for (const { entry, run, diagnosis } of recalled) {
      const validatesRunId =
        entry.validatesRunId === undefined ? null : (storedIds.get(entry.validatesRunId) ?? null);
      const saved = await tx.appendRun(created.id, {
        kind: entry.kind,
        validatesRunId,
        result: run.result,
        diagnosis,
        network: runNetwork(run),
      });
      storedIds.set(entry.runId, saved.id);
      if (run.siteNetwork) await appendCheckOnce(tx, created.id, run.siteNetwork, saved.id);
    }
    const { token } = await tx.createShareLink(created.id, { kind: "owner" });
    return { caseId: created.id, ownerToken: token, ownerUrl: ownerPath(token) };
  });
}

export type ResolvedLink = { case: Case; link: ShareLink };

/** The case a token opens, if the token is of one of the expected kinds. */
export async function resolveLink(
  token: string,
  expectedKind: ShareLinkKind | readonly ShareLinkKind[],
): Promise<ResolvedLink> {
  const kinds: readonly ShareLinkKind[] = typeof expectedKind === "string" ? [expectedKind] : expectedKind;
  // A token of another kind opens nothing here, live or dead: answered as if it were unknown.
  const access = shareAccess(await store().resolveShareToken(token), kinds);
  if (access.status === "not-found") throw new HttpError("not-found", "This link does not exist.");
  if (access.status === "gone")
    throw new HttpError(
      "gone",
      access.reason === "expired" ? "This link has expired." : "This link has been revoked.",
    );
  return { case: access.case, link: access.link };
}

export async function listRuns(caseId: string): Promise<Run[]> {
  return store().listRuns(caseId);
}

/**
 * The report a link opens: masked for a report link (`/r/…`, its PDF), complete for the owner
 * (`/case/…/report`, its PDF). Each kind only through its own routes: a report URL is pasted into
 * tickets, so an owner token must never work there (nor a report token as the owner's).
 */
export async function loadReport(
  token: string,
  viewer: Viewer,
): Promise<{ model: ReportModel; resolved: ResolvedLink }> {
  const resolved = await resolveLink(token, viewer === "owner" ? "owner" : "report");
  const runs = await store().listRuns(resolved.case.id);
  const siteChecks = await store().listSiteChecks(resolved.case.id);
  return { model: buildReportModel(resolved.case, runs, { viewer, siteChecks }), resolved };
}

export type CreatedLink = { token: string; url: string; expiresAt: string; link: ShareLink };

export async function createLink(ownerToken: string, kind: "customer" | "report"): Promise<CreatedLink> {
  const owner = await resolveLink(ownerToken, "owner");
  const { link, token } = await store().createShareLink(owner.case.id, { kind });
  return { token, url: linkPath(kind, token), expiresAt: link.expiresAt, link };
}

export async function revokeLink(ownerToken: string, linkId: string): Promise<ShareLink> {
  const owner = await resolveLink(ownerToken, "owner");
  const revoked = await store().revokeShareLink(owner.case.id, linkId);
  if (revoked === null) throw new HttpError("not-found", "This case has no such link.");
  return revoked;
}

export async function listLinks(ownerToken: string): Promise<ShareLink[]> {
  const owner = await resolveLink(ownerToken, "owner");
  return store().listShareLinks(owner.case.id);
}

export type AppendRunInput = {
  runId: string;
  /** Ignored for a customer link: everything a customer runs is a customer run. */
  kind?: "initial" | "validation";
  /** The run this one tests a fix for: a stored run id, or the probe run id of a run in the case. */
  validatesRunId?: string;
};

/**
 * Adds a run this server made to the case an owner or customer link opens. Idempotent: the same
 * probe run is stored once, and asking again returns the stored run.
 */
export async function appendRunToCase(
  token: string,
  input: AppendRunInput,
): Promise<{ run: Run; created: boolean }> {
  const resolved = await resolveLink(token, ["owner", "customer"]);
  const recent = await recallOrRefuse(input.runId, "runId");
  const runs = await store().listRuns(resolved.case.id);
  const existing = runs.find((run) => run.result.runId === input.runId);
  if (existing) return { run: existing, created: false };
  if (runs.length >= MAX_RUNS_PER_CASE) {
    throw new HttpError("invalid-input", `A case holds at most ${MAX_RUNS_PER_CASE} tests.`, [
      { path: "runId", message: "this case is full; start a new case" },
    ]);
  }
  let validatesRunId: string | null = null;
  if (input.validatesRunId !== undefined) {
    const target = runs.find(
      (run) => run.id === input.validatesRunId || run.result.runId === input.validatesRunId,
    );
    if (!target) {
      throw new HttpError("invalid-input", "Some fields need attention.", [
        { path: "validatesRunId", message: "must name a test already in this case" },
      ]);
    }
    validatesRunId = target.id;
  }
  const diagnosis = storedDiagnosisSchema.safeParse(recent.diagnosis);
  const run = await store().appendRun(resolved.case.id, {
    kind: resolved.link.kind === "customer" ? "customer" : (input.kind ?? "initial"),
    validatesRunId,
    result: recent.result,
    diagnosis: diagnosis.success ? diagnosis.data : null,
    network: runNetwork(recent),
  });
  if (recent.siteNetwork) await appendCheckOnce(store(), resolved.case.id, recent.siteNetwork, run.id);
  return { run, created: true };
}

export async function listSiteChecks(caseId: string): Promise<SiteCheck[]> {
  return store().listSiteChecks(caseId);
}

/** A case keeps at most this many network checks; later ones are shown but not kept. */
export const MAX_SITE_CHECKS_PER_CASE = 50;

/**
 * Adds a network check unless the case already has this very check (same network, same time) or
 * is full. Returns whether the case now holds it.
 */
async function appendCheckOnce(
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

/** The owner's edit of the case's title and context (an empty site IP or note clears it). */
export async function updateCaseDetails(ownerToken: string, update: CaseUpdate): Promise<Case> {
  const owner = await resolveLink(ownerToken, "owner");
  const site = update.context?.site;
  const cleaned: CaseUpdate = site
    ? {
        ...update,
        context: {
          ...update.context,
          site: {
            ...(site.publicIp ? { publicIp: site.publicIp } : {}),
            ...(site.note ? { note: site.note } : {}),
          },
        },
      }
    : update;
  return store().updateCase(owner.case.id, cleaned);
}
