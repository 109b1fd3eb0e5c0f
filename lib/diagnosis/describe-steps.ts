import type { ProbeResult, StageName, StageResult } from "../smtp/probe-schema";
import type { Step } from "./diagnosis-schema";

type Target = ProbeResult["target"];

/** What SMTP Doctor tried at each stage, in words a helpdesk agent can read out. */
const TRIED: Record<StageName, (t: Target) => string> = {
  resolve: (t) => `Looked up the address of ${t.host} (and where ${domainOf(t.from)} receives mail)`,
  guard: (t) => `Checked that ${t.host} may be tested`,
  connect: (t) => `Opened a connection to ${t.host} on port ${t.port}`,
  greeting: () => "Waited for the server's greeting (220)",
  ehlo: () => "Introduced itself (EHLO) and read what the server offers",
  tls: (t) =>
    t.security === "tls"
      ? "Encrypted the connection from the first byte (SSL/TLS)"
      : "Asked the server to switch to encryption (STARTTLS)",
  auth: (t) => `Logged in${t.username ? ` as ${t.username}` : ""}`,
  mail: (t) => `Announced the sender (MAIL FROM ${t.from})`,
  rcpt: (t) => `Announced the recipient${t.to.length > 1 ? "s" : ""} (RCPT TO ${t.to.join(", ")})`,
  data: () => "Sent a short test message",
  quit: () => "Said goodbye (QUIT)",
};

/** What a stage that worked means. */
const WORKED: Record<StageName, string> = {
  resolve: "The server's address is known.",
  guard: "The target may be tested.",
  connect: "The network path to the server is open on this port.",
  greeting: "A mail server answers on this port.",
  ehlo: "The server talks SMTP and listed what it supports.",
  tls: "The connection is encrypted.",
  auth: "The user name and password were accepted.",
  mail: "The server accepts this sender.",
  rcpt: "The server accepts the recipient: a real message would be taken in at this point.",
  data: "The server accepted the test message for delivery.",
  quit: "The session ended cleanly.",
};

function domainOf(address: string): string {
  return address.split("@")[1] ?? address;
}

function happened(stage: StageResult): string {
  if (stage.status === "skipped") return stage.summary || "Not run.";
  const error = stage.error ? ` (${stage.error.code}: ${stage.error.message})` : "";
  return `${stage.summary}${stage.error && !stage.summary.includes(stage.error.message) ? error : ""}`;
}

function tlsDetail(stage: StageResult): string {
  const tls = stage.facts.tls;
  if (!tls) return "";
  const cert = tls.trusted
    ? tls.hostnameMatches
      ? "the certificate is trusted and names this server"
      : "the certificate is trusted but names another server"
    : `the certificate is not trusted${tls.trustError ? ` (${tls.trustError})` : ""}`;
  return ` Protocol ${tls.protocol ?? "unknown"}; ${cert}.`;
}

function ehloDetail(stage: StageResult): string {
  const ehlo = stage.facts.ehloAfterTls ?? stage.facts.ehlo;
  if (!ehlo) return "";
  const auth =
    ehlo.authMechanisms.length > 0 ? `login (${ehlo.authMechanisms.join(", ")})` : "no login (AUTH)";
  return ` It offers ${ehlo.starttls ? "encryption (STARTTLS) and " : ""}${auth}.`;
}

function meaning(stage: StageResult, failedMeaning: string | null, afterFailure: boolean): string {
  switch (stage.status) {
    case "ok":
      return `${WORKED[stage.name]}${stage.name === "tls" ? tlsDetail(stage) : ""}${stage.name === "ehlo" ? ehloDetail(stage) : ""}`;
    case "warn":
      return `${WORKED[stage.name]} Warning: ${stage.warnings.join(" ")}`.trim();
    case "skipped":
      return afterFailure ? "Not run, because an earlier step failed." : "Not used with these settings.";
    case "failed":
      return failedMeaning ?? "This step failed; see the diagnosis for what the reply means.";
  }
}

/**
 * One step per stage, in the order the probe ran them: what was tried, what happened (the
 * server's words verbatim), and what it means. The failed stage carries the root cause's explanation.
 */
export function describeSteps(result: ProbeResult, failedMeaning: string | null): Step[] {
  const failedAt = result.stages.findIndex((s) => s.name === result.failedStage);
  return result.stages.map((stage, index) => ({
    stage: stage.name,
    status: stage.status,
    tried: TRIED[stage.name](result.target),
    happened: happened(stage),
    reply: stage.reply ? stage.reply.lines.join("\n") : null,
    meaning: meaning(
      stage,
      stage.name === result.failedStage ? failedMeaning : null,
      failedAt >= 0 && index > failedAt,
    ),
    durationMs: stage.durationMs,
  }));
}
