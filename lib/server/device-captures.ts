import "server-only";
import { z } from "zod";
import { detectProvider } from "@/lib/providers/detect-provider";
import type { Run, SiteCheck } from "@/lib/reports/case-schemas";
import { storeSettingsFromEnv } from "@/lib/reports/store-env";
import { type CaptureContext, type CaptureFinding, captureFindings } from "@/lib/sink/capture-findings";
import type { DeviceCapture, SinkListener } from "@/lib/sink/capture-sink";
import {
  type Capture,
  type CaptureAnswer,
  type CaptureStore,
  newCaptureCredentials,
} from "@/lib/sink/capture-store";
import { SiteIpObserver, type SiteIpState, siteIpState } from "@/lib/sink/observe-site-ips";
import { openPostgresCaptureStore } from "@/lib/sink/postgres-capture-store";
import { sinkSettingsFromEnv } from "@/lib/sink/sink-settings";
import { openSqliteCaptureStore } from "@/lib/sink/sqlite-capture-store";
import { CaseLimiter } from "./case-limiter";
import { listRuns, listSiteChecks, resolveLink } from "./case-links";
import { caseStore } from "./case-store-singleton";
import { HttpError } from "./http-errors";
import { checkObservedSiteIp } from "./network-service";
import { visitorIp } from "./probe-service";
import { processSingleton } from "./process-singleton";
import { recordActivity } from "./workspace";

/**
 * Device captures for a case, from its owner or customer link: a one-time sign-in for the capture
 * sink (lib/sink), and what the device did with it, judged against the case's own server.
 */

/** How long a capture's credentials work. */
export const CAPTURE_MINUTES = 60;

export const newCaptureInputSchema = z.object({
  /** "refuse": answer the device's message as the case's failing server did, to see the device show it. */
  answer: z.enum(["accept", "refuse"]).default("accept"),
});

export type CaptureView = {
  id: string;
  username: string;
  createdAt: string;
  expiresAt: string;
  live: boolean;
  answer: CaptureAnswer;
};

export type DeviceSessionView = {
  id: string;
  at: string;
  capture: DeviceCapture;
  findings: CaptureFinding[];
  /**
   * The address the device came from: the case holds a network check of it, one is due, or it is
   * not a public address (a device on the sink's own network) and has nothing to check.
   */
  siteIp: SiteIpState;
};

export type CapturesAnswer = {
  sink: { server: string; listeners: SinkListener[] } | null;
  captures: CaptureView[];
  sessions: DeviceSessionView[];
};

function captures(): CaptureStore {
  return processSingleton("capture-store", () => {
    const settings = storeSettingsFromEnv(process.env);
    const cases = caseStore();
    if (settings.kind === "postgres") {
      return openPostgresCaptureStore({ connectionString: settings.databaseUrl, ready: cases.check() });
    }
    return openSqliteCaptureStore(settings.file);
  });
}

function captureLimiter(): CaseLimiter {
  return processSingleton("capture-limiter", () => CaseLimiter.fromEnv(process.env, "captures:client"));
}

function sink() {
  const settings = sinkSettingsFromEnv(process.env);
  return settings ? { server: settings.publicName, listeners: settings.listeners } : null;
}

const view = (capture: Capture, now: Date): CaptureView => ({
  id: capture.id,
  username: capture.username,
  createdAt: capture.createdAt,
  expiresAt: capture.expiresAt,
  live: capture.revokedAt === null && Date.parse(capture.expiresAt) > now.getTime(),
  answer: capture.answer,
});

/** The case's server and mailbox, from its latest test: what a device capture is judged against. */
function caseTarget(runs: Run[]): {
  provider: ReturnType<typeof detectProvider>;
  mailbox: string | null;
  serverAuth: CaptureContext["serverAuth"];
} {
  const latest = runs.at(-1);
  if (!latest) return { provider: null, mailbox: null, serverAuth: null };
  const stage = (name: string) => latest.result.stages.find((s) => s.name === name);
  const greeting = stage("greeting")?.reply?.lines.join("\n");
  // What the server offered where the device signs in: after STARTTLS when there was one.
  const ehlo = stage("tls")?.facts.ehloAfterTls ?? stage("ehlo")?.facts.ehlo ?? null;
  return {
    // The name typed, else the server's own greeting (a relay or an address names no provider).
    provider: detectProvider({ host: latest.settings.host, banner: greeting ?? null }),
    mailbox: latest.settings.username ?? latest.settings.from ?? null,
    serverAuth: ehlo
      ? {
          host: latest.settings.host,
          mechanisms: ehlo.authMechanisms,
          testedAt: `${latest.result.startedAt.replace("T", " ").slice(0, 16)} UTC`,
        }
      : null,
  };
}

/** The failing server's decisive reply, for a capture that refuses as it did. */
function diagnosedRefusal(runs: Run[]): CaptureAnswer | null {
  for (const run of [...runs].reverse()) {
    const failed = run.result.stages.find((stage) => stage.name === run.result.failedStage);
    const reply = failed?.reply;
    if (reply && reply.code >= 400 && reply.code < 600) {
      const text = reply.text.replace(/\s*\n\s*/g, " ").trim();
      const message = `${reply.enhanced ? `${reply.enhanced} ` : ""}${text}`.slice(0, 500);
      return { kind: "refuse", code: reply.code, message: message || "Refused" };
    }
  }
  return null;
}

export async function listCaptures(token: string): Promise<CapturesAnswer> {
  const { case: theCase } = await resolveLink(token, ["owner", "customer"]);
  return listCapturesForCase(theCase.id);
}

/** A case's captures and sessions, judged against its server (the caller has checked access). */
export async function listCapturesForCase(caseId: string): Promise<CapturesAnswer> {
  const now = new Date();
  const [made, runs, checks] = await Promise.all([
    captures().listCaptures(caseId),
    listRuns(caseId),
    listSiteChecks(caseId),
  ]);
  const sessions = await deviceSessionsForReport(caseId, runs, checks);
  siteIpObserver().observe(caseId, sessions);
  return { sink: sink(), captures: made.map((capture) => view(capture, now)), sessions };
}

function siteIpObserver(): SiteIpObserver {
  return processSingleton("site-ip-observer", () => new SiteIpObserver(checkObservedSiteIp));
}

/**
 * A case's device sessions with what they mean against its server (its latest test) and the
 * network checks kept with it: for the case pages and the report, which have read both already.
 */
export async function deviceSessionsForReport(
  caseId: string,
  runs: Run[],
  checks: readonly SiteCheck[],
): Promise<DeviceSessionView[]> {
  const sessions = await captures().listSessions(caseId);
  if (sessions.length === 0) return [];
  const target = caseTarget(runs);
  const siteChecks = checks.map((check) => check.report);
  const checkedIps = new Set(siteChecks.map((check) => check.network.ip));
  const context: CaptureContext = {
    provider: target.provider?.id ?? null,
    mailbox: target.mailbox,
    serverAuth: target.serverAuth,
    siteChecks,
  };
  return sessions.map((session) => ({
    id: session.id,
    at: session.at,
    capture: session.capture,
    findings: captureFindings(session.capture, context),
    siteIp: siteIpState(session.capture.remoteAddress, checkedIps),
  }));
}

export type StartedCapture = {
  capture: CaptureView;
  password: string;
  sink: NonNullable<CapturesAnswer["sink"]>;
};

/** A new capture from an owner or customer link; its password is in this answer only. */
export async function startCapture(
  token: string,
  input: z.infer<typeof newCaptureInputSchema>,
  request: Request,
): Promise<StartedCapture> {
  const resolved = await resolveLink(token, ["owner", "customer"]);
  const actor = resolved.link.kind === "customer" ? "Customer link" : "Owner link";
  return startCaptureForCase(resolved.case.id, input, actor, visitorIp(request));
}

/** A new capture for a case (the caller has checked access); its password is in this answer only. */
export async function startCaptureForCase(
  caseId: string,
  input: z.infer<typeof newCaptureInputSchema>,
  actor: string,
  ip: string | null,
): Promise<StartedCapture> {
  const where = sink();
  if (!where) throw new HttpError("unavailable", "Device capture is turned off on this installation.");
  await captureLimiter().take(ip);
  const runs = await listRuns(caseId);
  const answer: CaptureAnswer =
    input.answer === "refuse" ? (diagnosedRefusal(runs) ?? { kind: "accept" }) : { kind: "accept" };
  const credentials = newCaptureCredentials();
  const now = new Date();
  const capture = await captures().createCapture(
    {
      caseId,
      username: credentials.username,
      secretHash: credentials.secretHash,
      expiresAt: new Date(now.getTime() + CAPTURE_MINUTES * 60_000).toISOString(),
      answer,
    },
    now,
  );
  await recordActivity(
    caseId,
    actor,
    `Device capture started (${answer.kind === "refuse" ? `refusing with ${answer.code}` : "accepting"}) for ${CAPTURE_MINUTES} minutes`,
    ip,
  );
  return { capture: view(capture, now), password: credentials.password, sink: where };
}
