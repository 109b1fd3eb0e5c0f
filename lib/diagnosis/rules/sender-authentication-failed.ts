import { defineRule } from "./define-rule";
import { enhancedCode, strongest, wording } from "./rule-helpers";
import { replyWording } from "./sender-authentication-failed.wording";

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
  explain: () => ({
    explanation:
      "The receiver checked the sender's domain (SPF, DKIM, DMARC) and the message failed: the sending IP is not in the domain's SPF record, the message is not DKIM-signed, and the domain's DMARC policy says reject.",
    fix: "Send through a server the domain authorises (its provider's submission server signs and is in SPF), or add the sending IP to the domain's SPF record and set up DKIM.",
  }),
});
