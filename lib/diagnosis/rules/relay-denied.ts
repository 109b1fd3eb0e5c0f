import type { Evidence } from "../evidence";
import { postfixAccessDenied } from "./access-denied";
import { submissionAdvice } from "./advice";
import { defineRule } from "./define-rule";
import { replyWording } from "./relay-denied.wording";
import { enhancedCode, strongest, wording } from "./rule-helpers";
import type { RuleMatch } from "./rule-types";

/** Postfix's "Recipient address rejected: Access denied" from the device's own server. */
function accessDeniedDirect(e: Evidence): RuleMatch | null {
  if (postfixAccessDenied(e) !== "direct") return null;
  return { confidence: 0.62, signal: 'Postfix "Recipient address rejected: Access denied" (554 5.7.1)' };
}

export const relayDenied = defineRule("relay-denied", {
  cause: {
    group: "policy",
    title: "Relaying denied for this client",
    meaning: "the server will not relay to that recipient for this client",
    evidence: "554 5.7.1 Relay access denied; 550 5.7.54; 5.7.64 TenantAttribution",
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["mail", "rcpt"],
  match: (e) => strongest(wording(e, "relay-denied"), enhancedCode(e, "relay-denied"), accessDeniedDirect(e)),
  explain: (e) => ({
    explanation:
      "The server accepts mail for its own domains only and will not pass this message on to an outside recipient for an unidentified client. It does not know the device: no login, and its IP is not on the relay's allowed list (or a connector no longer matches it).",
    fix: `Either log in (switch on SMTP authentication: ${submissionAdvice(e.provider)}), or have the server's admin allow the device's IP for relaying (for Microsoft 365: an inbound connector with the site's static IP).`,
  }),
});
