import { defineRule } from "./define-rule";
import { replyWording } from "./rate-limited.wording";
import { enhancedCode, strongest, wording } from "./rule-helpers";

export const rateLimited = defineRule("rate-limited", {
  cause: {
    group: "policy",
    title: "Sending limit or rate limit reached",
    meaning: "too many messages, recipients or connections in a period",
    evidence: "421 4.7.0, 452 4.5.3, 4.7.500, 550 5.4.5 daily limit, 5.2.0 quota",
  },
  settingsCanFix: false,
  persistence: "either",
  wording: replyWording,
  stages: ["connect", "greeting", "auth", "mail", "rcpt", "data"],
  match: (e) => strongest(wording(e, "rate-limited"), enhancedCode(e, "rate-limited")),
  explain: (e) => ({
    explanation:
      "A sending limit was hit: too many messages, recipients or connections in a period, or the account's daily quota. The server refuses further mail until the period rolls over.",
    fix:
      e.provider === "microsoft-365"
        ? "Exchange Online allows about 30 messages a minute and 10,000 recipients a day per mailbox (its published limits, as of 2026-12): spread the sending, use fewer recipients per message, or move bulk sending to a relay service."
        : "Wait for the limit to reset, lower the sending rate and recipients per message, or use a relay service sized for the volume.",
  }),
});
