import type { ProbeErrorCode, StageName, StageResult } from "./probe-schema";
import { STAGE_LABELS } from "./stage-labels";

/**
 * Who wrote a piece of evidence. Only the server's reply is "the server's words"; a timeout or a
 * refused connection is our client's error, and the target check or a withheld password is
 * SMTP Doctor's own decision. Pasted text and a blocklist's DNS answer are named as such.
 */
export type EvidenceOrigin = "server" | "client" | "doctor" | "pasted" | "blocklist";

/** Errors SMTP Doctor raises itself, from its own rules and limits, not from the network or the server. */
const OWN_CHECKS: ReadonlySet<ProbeErrorCode> = new Set([
  "EINPUT",
  "EBLOCKED",
  "ENOSTARTTLS",
  "ECERT",
  "ENOTLS",
  "ENOAUTH",
  "ETOOLARGE",
  "EDEADLINE",
  "ECANCELLED",
  "EINTERNAL",
]);

export function errorOrigin(stage: StageName, code: ProbeErrorCode): "client" | "doctor" {
  return stage === "guard" || OWN_CHECKS.has(code) ? "doctor" : "client";
}

/** A label for a block of evidence, e.g. "The server's reply at RCPT TO". */
export function evidenceLabel(origin: EvidenceOrigin, stage: StageName | null): string {
  const at = stage ? ` at ${STAGE_LABELS[stage]}` : "";
  switch (origin) {
    case "server":
      return `The server's reply${at}`;
    case "client":
      return `The client's error${at} (not the server's words)`;
    case "doctor":
      return `SMTP Doctor's own check${at} (not the server's words)`;
    case "pasted":
      return "The text you pasted";
    case "blocklist":
      return "The blocklist's answer (DNS)";
  }
}

/** The same origin as the end of a report heading: "Test 1, at RCPT TO, the server replied:". */
export function evidenceVerb(origin: "server" | "client" | "doctor"): string {
  return {
    server: "the server replied",
    client: "the client reported an error (no server words)",
    doctor: "SMTP Doctor's own check stopped the test (no server words)",
  }[origin];
}

export type EvidencePart = { origin: "server" | "client" | "doctor"; lines: string[] };

/**
 * A failed stage's evidence by origin: the server's reply, then the error when the reply does not
 * say it (a 220 "ready to start TLS" followed by a failed handshake) or there was no reply at all.
 * The same pieces, in the same order, as the diagnosis's verbatim evidence.
 */
export function stageEvidence(stage: StageResult): EvidencePart[] {
  const parts: EvidencePart[] = [];
  if (stage.reply) parts.push({ origin: "server", lines: stage.reply.lines });
  if (stage.status === "failed" && stage.error && (!stage.reply || stage.reply.code < 400)) {
    parts.push({ origin: errorOrigin(stage.name, stage.error.code), lines: [stage.error.message] });
  }
  return parts;
}
