import type { Evidence } from "../evidence";
import { defineRule } from "./define-rule";
import { enhancedCode, strongest, wording } from "./rule-helpers";
import { replyWording } from "./sender-authentication-failed.wording";

type Check = "SPF" | "DKIM" | "DMARC";

/** What each check tests, said without claiming more than the reply does. */
const WHAT_IT_TESTS: Record<Check, string> = {
  SPF: "SPF passes when the sending IP is among the servers the domain's SPF record lists",
  DKIM: "DKIM passes when the message carries a valid signature of the domain",
  DMARC:
    "DMARC passes when SPF or DKIM passes for the domain in the From address, and its policy tells receivers what to do when neither does",
};

/**
 * The checks the refusal names, from its enhanced codes and words. Outlook.com's 5.7.515 names
 * all three at once (its high-volume rule wants every one to pass) without saying which failed.
 */
function checksNamed(e: Pick<Evidence, "enhancedCodes" | "words">): {
  checks: Check[];
  highVolumeRule: boolean;
} {
  const codes = new Set(e.enhancedCodes);
  if (codes.has("5.7.515") || /\brequired authentication level\b/i.test(e.words))
    return { checks: ["SPF", "DKIM", "DMARC"], highVolumeRule: true };
  const checks: Check[] = [];
  const coded = (...list: string[]) => list.some((c) => codes.has(c));
  // RFC 7372's codes name the check (5.7.26 only says several failed); Microsoft's 5.7.509 is DMARC.
  if (coded("5.7.23", "5.7.24") || /\bspf\b|sender policy framework/i.test(e.words)) checks.push("SPF");
  if (coded("5.7.20", "5.7.21", "5.7.22") || /\bdkim\b|domainkeys/i.test(e.words)) checks.push("DKIM");
  if (coded("5.7.509") || /\bdmarc\b/i.test(e.words)) checks.push("DMARC");
  return { checks, highVolumeRule: false };
}

const list = (checks: readonly string[]) =>
  checks.length < 2 ? (checks[0] ?? "") : `${checks.slice(0, -1).join(", ")} and ${checks.at(-1)}`;

export const senderAuthenticationFailed = defineRule("sender-authentication-failed", {
  cause: {
    group: "policy",
    title: "SPF/DKIM/DMARC checks failed",
    meaning: "SPF/DKIM/DMARC checks failed for the sender domain",
    evidence: "550 5.7.23 SPF, 5.7.26 DMARC, 5.7.509",
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["mail", "rcpt", "data"],
  match: (e) =>
    strongest(wording(e, "sender-authentication-failed"), enhancedCode(e, "sender-authentication-failed")),
  explain: (e) => {
    const { checks, highVolumeRule } = checksNamed(e);
    const fix =
      "Send through a server the domain authorises (its provider's submission server signs and is in SPF), or add the sending IP to the domain's SPF record and set up DKIM; then check the domain's DMARC record.";
    if (highVolumeRule)
      return {
        explanation:
          "Outlook.com refuses mail from domains that send in high volume (over 5,000 messages a day, as of its rule of May 2025) unless SPF and DKIM pass and the domain publishes DMARC (p=none or stricter) aligned with the From address. The reply does not say which of the three failed: check all three.",
        fix,
      };
    if (checks.length === 0)
      return {
        explanation:
          "The receiver refused the message on the sender domain's authentication (SPF, DKIM or DMARC). The reply does not say which check failed.",
        fix,
      };
    return {
      explanation: `The receiver refused the message on the sender domain's authentication; the reply names ${list(checks)}. ${checks.map((c) => `${WHAT_IT_TESTS[c]}.`).join(" ")}`,
      fix,
    };
  },
});
