import { defineRule } from "./define-rule";
import { replyWording } from "./message-rejected-content.wording";
import { enhancedCode, strongest, wording } from "./rule-helpers";

export const messageRejectedContent = defineRule("message-rejected-content", {
  cause: {
    group: "policy",
    title: "The message content was refused",
    meaning: "the message content was refused (spam, malware, policy)",
    evidence: "550 5.7.1 message content rejected, 554 5.7.1 spam",
  },
  settingsCanFix: false,
  persistence: "permanent",
  wording: replyWording,
  stages: ["data"],
  match: (e) =>
    strongest(wording(e, "message-rejected-content"), enhancedCode(e, "message-rejected-content")),
  explain: () => ({
    explanation:
      "The receiving server's filter refused the message (judged as spam, a blocked attachment type or a virus). Such filters weigh the sender and the sending server's reputation with the content, so a clean message can still be refused.",
    fix: "Send a plain test (short subject, small PDF) to see if it passes; avoid subjects and bodies that look automated; ask the recipient's admin to allow the sender if legitimate scans are blocked.",
  }),
});
