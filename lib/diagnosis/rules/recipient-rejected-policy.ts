import { defineRule } from "./define-rule";
import { enhancedCode, strongest, wording } from "./rule-helpers";

export const recipientRejectedPolicy = defineRule("recipient-rejected-policy", {
  stages: ["rcpt", "data"],
  match: (e) =>
    strongest(wording(e, "recipient-rejected-policy"), enhancedCode(e, "recipient-rejected-policy")),
  explain: () => ({
    explanation:
      "The receiving organisation's own policy refuses this message: a restricted group that only accepts listed or authenticated senders, a transport rule, a blocked sender, or a disabled mailbox.",
    fix: "Ask the recipient's admin to allow the sender (give them the exact reply), or send from an authenticated mailbox the group accepts.",
  }),
});
