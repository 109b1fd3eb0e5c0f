import { defineRule } from "./define-rule";
import { enhancedCode, strongest, wording } from "./rule-helpers";
import { replyWording } from "./sender-account-restricted.wording";

export const senderAccountRestricted = defineRule("sender-account-restricted", {
  cause: {
    group: "policy",
    title: "The sending account is blocked from sending",
    meaning: "the sending account is blocked from sending (e.g. flagged for spam)",
    evidence: "550 5.1.8 Access denied, bad outbound sender; 5.7.712",
  },
  settingsCanFix: false,
  persistence: "permanent",
  wording: replyWording,
  stages: ["auth", "mail", "rcpt", "data"],
  match: (e) =>
    strongest(wording(e, "sender-account-restricted"), enhancedCode(e, "sender-account-restricted")),
  explain: () => ({
    explanation:
      "The sending account (or the whole tenant) is blocked from sending, usually after it was flagged for spam or a compromise. No setting on the device will get around it.",
    fix: "An admin checks the account for compromise (reset the password, review sign-ins), then releases it (Microsoft 365: Defender portal → Restricted entities) or contacts the provider's support.",
  }),
});
