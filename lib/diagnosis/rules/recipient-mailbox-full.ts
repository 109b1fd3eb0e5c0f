import { defineRule } from "./define-rule";
import { replyWording } from "./recipient-mailbox-full.wording";
import { enhancedCode, replyCode, strongest, wording } from "./rule-helpers";

export const recipientMailboxFull = defineRule("recipient-mailbox-full", {
  cause: {
    group: "policy",
    title: "The recipient's mailbox is full",
    meaning: "the recipient's mailbox is full",
    evidence: "552 5.2.2",
  },
  settingsCanFix: false,
  persistence: "either",
  wording: replyWording,
  stages: ["rcpt", "data"],
  match: (e) =>
    strongest(
      wording(e, "recipient-mailbox-full"),
      enhancedCode(e, "recipient-mailbox-full"),
      replyCode(e, [552], 0.35, ["rcpt"]),
    ),
  explain: () => ({
    explanation: "The recipient's mailbox is full, so the server cannot store new mail for it.",
    fix: "The recipient frees space or raises the mailbox quota; then resend. Large scans fill mailboxes quickly: lower the resolution or send links instead.",
  }),
});
