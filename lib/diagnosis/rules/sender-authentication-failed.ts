import { defineRule } from "./define-rule";
import { enhancedCode, strongest, wording } from "./rule-helpers";

export const senderAuthenticationFailed = defineRule("sender-authentication-failed", {
  stages: ["mail", "rcpt", "data"],
  match: (e) =>
    strongest(wording(e, "sender-authentication-failed"), enhancedCode(e, "sender-authentication-failed")),
  explain: () => ({
    explanation:
      "The receiver checked the sender's domain (SPF, DKIM, DMARC) and the message failed: the sending IP is not in the domain's SPF record, the message is not DKIM-signed, and the domain's DMARC policy says reject.",
    fix: "Send through a server the domain authorises (its provider's submission server signs and is in SPF), or add the sending IP to the domain's SPF record and set up DKIM.",
  }),
});
