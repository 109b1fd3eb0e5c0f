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
  explain: (e) => {
    const signedIn = e.source === "probe" && e.target?.auth !== "none";
    return {
      explanation: signedIn
        ? "The device signed in, yet the server will not pass this message on to that recipient for this account: the account may only send to the server's own domains, or it lacks the right to relay."
        : "The server will not pass this message on to that recipient for this client. Usually it does not recognise the client: no login, or its IP is not on the relay's allowed list (or a connector no longer matches it). A recipient domain the server does not host (an out-of-date MX, a typo) draws the same refusal.",
      fix: signedIn
        ? "Use the From address of the account that signs in, and ask the server's admin whether this account may send to outside domains (some servers relay only for their own addresses or for accounts given that right)."
        : `Either log in (switch on SMTP authentication: ${submissionAdvice(e.provider)}), or have the server's admin allow the device's IP for relaying (for Microsoft 365: an inbound connector with the site's static IP).`,
    };
  },
});
