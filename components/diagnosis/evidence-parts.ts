import type { RootCause } from "@/lib/diagnosis/diagnosis-schema";
import { type EvidenceOrigin, stageEvidence } from "@/lib/smtp/evidence-origin";
import type { ProbeResult, StageName } from "@/lib/smtp/probe-schema";

export type EvidenceBlock = { origin: EvidenceOrigin; stage: StageName | null; text: string };

/**
 * The root cause's evidence split by who wrote it, so the card never calls our own words the
 * server's: pasted text (no run), a blocklist's DNS answer (the site check), or the failed stage's
 * reply and error as the probe recorded them.
 */
export function rootCauseEvidence(rootCause: RootCause, result?: ProbeResult): EvidenceBlock[] {
  const { stage: name, reply: text } = rootCause.evidence;
  if (!text) return [];
  if (!result) return [{ origin: "pasted", stage: name, text }];
  const stage = name ? result.stages.find((s) => s.name === name) : undefined;
  if (!stage) {
    const origin = rootCause.signal?.startsWith("dnsbl:") ? "blocklist" : "doctor";
    return [{ origin, stage: null, text }];
  }
  const parts = stageEvidence(stage).map((part) => ({
    origin: part.origin,
    stage: stage.name,
    text: part.lines.join("\n"),
  }));
  if (parts.length > 0 && parts.map((part) => part.text).join("\n") === text) return parts;
  // A shape we did not expect: one block, attributed by the parts it quotes (ours unless the reply is in it).
  const server = parts.find((part) => part.origin === "server" && text.includes(part.text));
  const ours = parts.find((part) => part.origin !== "server");
  return [{ origin: server ? "server" : (ours?.origin ?? "client"), stage: stage.name, text }];
}
