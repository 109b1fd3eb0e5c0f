import { defineRule } from "./define-rule";
import { enhancedCode, strongest, wording } from "./rule-helpers";

export const senderAccountRestricted = defineRule("sender-account-restricted", {
  stages: ["auth", "mail", "rcpt", "data"],
  match: (e) =>
    strongest(wording(e, "sender-account-restricted"), enhancedCode(e, "sender-account-restricted")),
  explain: () => ({
    explanation:
      "The sending account (or the whole tenant) is blocked from sending, usually after it was flagged for spam or a compromise. No setting on the device will get around it.",
    fix: "An admin checks the account for compromise (reset the password, review sign-ins), then releases it (Microsoft 365: Defender portal → Restricted entities) or contacts the provider's support.",
  }),
});
