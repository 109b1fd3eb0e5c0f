/**
 * Postfix (and MTAs that copy it) prefix every refusal from a restriction with what was checked:
 * "Client host rejected:", "Helo command rejected:", "Sender address rejected:", "Recipient
 * address rejected:". The words after the prefix can be the same for all four ("Access denied",
 * "User unknown in local recipient table"), so the prefix decides whom the refusal is about — and
 * by default Postfix reports all four at RCPT, so the stage does not.
 */
export type RestrictionSubject = "client" | "helo" | "sender" | "recipient";

const PREFIXES: readonly [RegExp, RestrictionSubject][] = [
  [/Client host rejected:/i, "client"],
  [/Helo command rejected:/i, "helo"],
  [/Sender address rejected:/i, "sender"],
  [/Recipient address rejected:/i, "recipient"],
];

/** The subject the first restriction prefix in the text names, if any. */
export function restrictionSubject(words: string): RestrictionSubject | null {
  let best: { at: number; subject: RestrictionSubject } | null = null;
  for (const [prefix, subject] of PREFIXES) {
    const at = words.search(prefix);
    if (at >= 0 && (!best || at < best.at)) best = { at, subject };
  }
  return best?.subject ?? null;
}
