import type { Evidence } from "./evidence";

/**
 * Postfix's address verification quotes its own probe after "unverified address:" ("connect to
 * mx.example.com[…]:25: Connection refused", "Cannot start TLS: handshake failure", "Host or domain
 * name not found"): the receiving server tried to reach the sender's domain (a sender probe) or its
 * own next hop (a recipient probe). It answered this client, so those words are not this client's
 * connection or TLS.
 */
const PROBE = /\b(Sender|Recipient) address rejected: unverified address:\s*([^\n;]{1,160})/i;

export type VerificationProbe = { side: "sender" | "recipient"; words: string };

/** The verification probe a refusal quotes, and whose address it checked; null when none. */
export function verificationProbe(e: Pick<Evidence, "words">): VerificationProbe | null {
  const found = PROBE.exec(e.words);
  if (!found?.[1] || !found[2]) return null;
  return { side: found[1].toLowerCase() === "sender" ? "sender" : "recipient", words: found[2].trim() };
}
