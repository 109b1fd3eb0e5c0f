import "server-only";
import { z } from "zod";
import { diagnoseProbe } from "@/lib/diagnosis/diagnose-probe";
import { isCheckableIp, networkLabel } from "@/lib/network/check-site-network";
import type { Case, CaseContextPatch, CaseUpdate, Run, RunKind } from "@/lib/reports/case-schemas";
import { type StoredDiagnosis, storedDiagnosisSchema } from "@/lib/reports/stored-diagnosis";
import { probeResultSchema } from "@/lib/smtp/probe-schema";
import { authExchangeMasked } from "@/lib/smtp/redact-secrets";
import { appendCheckOnce } from "./case-checks";
import { CaseLimiter } from "./case-limiter";
import { existingCase, resolveLink } from "./case-links";
import { ownerPath, staffCasePath } from "./case-paths";
import { caseStore as store } from "./case-store-singleton";
import { HttpError, jsonResponse } from "./http-errors";
import { visitorIp } from "./probe-service";
import { processSingleton } from "./process-singleton";
import { type RecentRun, recallRun } from "./recent-runs";
import { recordActivity, workspaceStore } from "./workspace";

/**
 * Writing cases: saved only from runs this server made (`recallRun`), never a result a browser
 * sent back, so a report is proof of what the server said. Each save is one unit of work.
 */

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

/**
 * A saved case. A signed-in agent's case is the team's: its home is the staff page (`caseUrl`), and
 * no owner link is made. Saved without a sign-in, the owner link (shown once) is the way back.
 */
export type SavedCase =
  | { caseId: string; reference: string; caseUrl: string; ownerToken: string; ownerUrl: string }
  | { caseId: string; reference: string; caseUrl: string; ownerToken?: undefined; ownerUrl?: undefined };

/** Who saves or adds to a case: a signed-in staff member (named in the activity log), or nobody known. */
export type CaseAuthor = { kind: "staff"; actor: string; staffId: string } | { kind: "anonymous" };

function caseLimiter(): CaseLimiter {
  return processSingleton("case-limiter", () => CaseLimiter.fromEnv(process.env));
}

/** Saves a case from runs this server made; an unknown or expired run id is refused before anything is written. */
export async function saveCase(
  input: SaveCaseInput,
  request: Request,
  author: CaseAuthor = { kind: "anonymous" },
): Promise<SavedCase> {
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
  const saved = await store().transaction(async (tx) => {
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
    const caseUrl = staffCasePath(created.id);
    if (author.kind === "staff") return { caseId: created.id, reference: created.reference, caseUrl };
    const { token } = await tx.createShareLink(created.id, { kind: "owner" });
    return {
      caseId: created.id,
      reference: created.reference,
      caseUrl,
      ownerToken: token,
      ownerUrl: ownerPath(token),
    };
  });
  const tests = input.runIds.length === 1 ? "1 test" : `${input.runIds.length} tests`;
  const ip = visitorIp(request);
  if (author.kind === "staff") {
    await recordActivity(saved.caseId, author.actor, `Case saved from the wizard with ${tests}`, ip);
    // The agent who saved a case is the one working it, until someone reassigns it.
    await workspaceStore().setWorkflow(saved.caseId, { assigneeId: author.staffId }, new Date());
  } else {
    await recordActivity(saved.caseId, "Wizard", `Case saved with ${tests}; owner link created`, ip);
  }
  return saved;
}

const runIdSchema = z.string().min(1).max(64);

/** The body that adds a run to a case, through a link's route or the staff route. */
export const appendRunInputSchema = z.object({
  runId: runIdSchema,
  /** Ignored for a customer link: everything a customer runs is a customer run. */
  kind: z.enum(["initial", "validation"]).optional(),
  /** The run this one tests a fix for: a stored run id, or the probe run id of a run in the case. */
  validatesRunId: runIdSchema.optional(),
});
export type AppendRunInput = z.infer<typeof appendRunInputSchema>;

/** What both routes answer for an added run: 201 when stored now, 200 when it already was. */
export function appendedRunResponse({ run, created }: { run: Run; created: boolean }): Response {
  return jsonResponse(
    { runId: run.id, seq: run.seq, kind: run.kind, validatesRunId: run.validatesRunId },
    created ? 201 : 200,
  );
}

/**
 * Adds a run this server made to the case an owner or customer link opens. Idempotent: the same
 * probe run is stored once, and asking again returns the stored run.
 */
export async function appendRunToCase(
  token: string,
  input: AppendRunInput,
): Promise<{ run: Run; created: boolean }> {
  const resolved = await resolveLink(token, ["owner", "customer"]);
  const customer = resolved.link.kind === "customer";
  return appendRun(resolved.case.id, input, {
    customer,
    actor: customer ? "Customer link" : "Owner link",
  });
}

/** Adds a run this server made to a case, from its staff page or a signed-in agent's wizard. */
export async function appendRunAsStaff(
  caseId: string,
  input: AppendRunInput,
  actor: string,
): Promise<{ run: Run; created: boolean }> {
  await existingCase(caseId);
  return appendRun(caseId, input, { customer: false, actor });
}

async function appendRun(
  caseId: string,
  input: AppendRunInput,
  by: { customer: boolean; actor: string },
): Promise<{ run: Run; created: boolean }> {
  const recent = await recallOrRefuse(input.runId, "runId");
  const diagnosis = storedDiagnosisSchema.safeParse(recent.diagnosis);
  return storeRun(
    caseId,
    input,
    {
      result: recent.result,
      diagnosis: diagnosis.success ? diagnosis.data : null,
      network: runNetwork(recent),
      siteNetwork: recent.siteNetwork,
    },
    by,
  );
}

/** What is stored for a run: its result and diagnosis, and which network it describes. */
type RunMaterial = {
  result: Run["result"];
  diagnosis: StoredDiagnosis | null;
  network: Run["network"];
  siteNetwork?: RecentRun["siteNetwork"];
};

async function storeRun(
  caseId: string,
  input: AppendRunInput,
  material: RunMaterial,
  by: { customer: boolean; actor: string; verb?: string },
): Promise<{ run: Run; created: boolean }> {
  // One unit of work holding the case: two appends of the same run at once store it once, and
  // the 50-run cap holds however many arrive together.
  const appended = await store().transaction(async (tx) => {
    await tx.lockCase(caseId);
    const runs = await tx.listRuns(caseId);
    const existing = runs.find((run) => run.result.runId === material.result.runId);
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
    const run = await tx.appendRun(caseId, {
      kind: by.customer ? "customer" : (input.kind ?? "initial"),
      validatesRunId,
      result: material.result,
      diagnosis: material.diagnosis,
      network: material.network,
    });
    if (material.siteNetwork) await appendCheckOnce(tx, caseId, material.siteNetwork, run.id);
    return { run, created: true };
  });
  if (appended.created) {
    const { run } = appended;
    const outcome =
      run.result.outcome === "failed" ? `failed at ${run.result.failedStage ?? "a stage"}` : "passed";
    await recordActivity(
      caseId,
      by.actor,
      `Test ${run.seq} ${by.verb ?? "added"} (${run.kind}): ${outcome}`,
      run.network.requestedFrom ?? null,
    );
  }
  return appended;
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

/**
 * A run the command-line tool made on the customer's network (`smtp-doctor probe … --case LINK`).
 * This server did not see it happen: it is stored as the tool reported it, labelled as such with
 * the address the upload came from, and diagnosed here again (the tool's own diagnosis is not
 * taken). A sign-in shown as anything but the engine's mask is refused, whatever else it holds.
 */
export const siteRunUploadSchema = z.object({
  result: probeResultSchema,
  tool: z.object({
    name: z.literal("smtp-doctor"),
    version: z.string().regex(/^[0-9A-Za-z.+-]{1,40}$/, "not a version"),
  }),
  kind: z.enum(["initial", "validation"]).optional(),
  validatesRunId: runIdSchema.optional(),
});
export type SiteRunUpload = z.infer<typeof siteRunUploadSchema>;

/** A whole run with its transcript: larger than a form, still bounded. */
export const MAX_SITE_RUN_BYTES = 256 * 1024;

export async function appendSiteRun(
  token: string,
  upload: SiteRunUpload,
  request: Request,
): Promise<{ run: Run; created: boolean; reference: string }> {
  const resolved = await resolveLink(token, ["owner", "customer"]);
  if (!authExchangeMasked(upload.result.transcript)) {
    throw new HttpError("invalid-input", "Some fields need attention.", [
      { path: "result.transcript", message: "the sign-in is not masked; nothing was stored" },
    ]);
  }
  const from = visitorIp(request);
  await siteUploadLimiter().take(from);
  const ip = from !== null && isCheckableIp(from) ? from : undefined;
  const diagnosis = storedDiagnosisSchema.safeParse(diagnoseProbe(upload.result));
  const customer = resolved.link.kind === "customer";
  const stored = await storeRun(
    resolved.case.id,
    { runId: upload.result.runId, kind: upload.kind, validatesRunId: upload.validatesRunId },
    {
      result: upload.result,
      diagnosis: diagnosis.success ? diagnosis.data : null,
      network: {
        describes: "site",
        ...(ip ? { ip } : {}),
        label: `the site's network${ip ? ` (public IP ${ip})` : ""}, tested there with the SMTP Doctor command line ${upload.tool.version} and uploaded: the transcript is as the tool reported it`,
      },
    },
    {
      customer,
      actor: `${customer ? "Customer link" : "Owner link"} (command line ${upload.tool.version})`,
      verb: "uploaded from the site",
    },
  );
  return { ...stored, reference: resolved.case.reference };
}

function siteUploadLimiter(): CaseLimiter {
  // Uploads per address per hour share the new-case budget's size: each one is a stored run.
  return processSingleton("site-upload-limiter", () => CaseLimiter.fromEnv(process.env, "site-runs:client"));
}
