import { defineRule } from "./define-rule";
import { replyWording } from "./recipient-rejected-policy.wording";
import { enhancedCode, strongest, wording } from "./rule-helpers";

export const recipientRejectedPolicy = defineRule("recipient-rejected-policy", {
  cause: {
    group: "policy",
    title: "The receiver's policy refuses this message",
    meaning: "the receiver refuses by its own policy (restricted group, blocked sender, transport rule)",
    evidence: '550 5.7.133, "Administrative prohibition"',
  },
  settingsCanFix: false,
  persistence: "permanent",
  wording: replyWording,
  stages: ["rcpt", "data"],
  match: (e) =>
    strongest(wording(e, "recipient-rejected-policy"), enhancedCode(e, "recipient-rejected-policy")),
  explain: () => ({
    explanation:
      "The receiving organisation's own policy refuses this message: a restricted group that only accepts listed or authenticated senders, a transport rule, a blocked sender, or a disabled mailbox.",
    fix: "Ask the recipient's admin to allow the sender (give them the exact reply), or send from an authenticated mailbox the group accepts.",
  }),
});
