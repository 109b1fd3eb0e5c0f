import { submissionAdvice } from "./advice";
import { defineRule } from "./define-rule";
import { enhancedCode, strongest, wording } from "./rule-helpers";

export const relayDenied = defineRule("relay-denied", {
  stages: ["mail", "rcpt"],
  match: (e) => strongest(wording(e, "relay-denied"), enhancedCode(e, "relay-denied")),
  explain: (e) => ({
    explanation:
      "The server accepts mail for its own domains only and will not pass this message on to an outside recipient for an unidentified client. It does not know the device: no login, and its IP is not on the relay's allowed list (or a connector no longer matches it).",
    fix: `Either log in (switch on SMTP authentication: ${submissionAdvice(e.provider)}), or have the server's admin allow the device's IP for relaying (for Microsoft 365: an inbound connector with the site's static IP).`,
  }),
});
