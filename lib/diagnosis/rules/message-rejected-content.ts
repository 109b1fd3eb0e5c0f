import { defineRule } from "./define-rule";
import { enhancedCode, strongest, wording } from "./rule-helpers";

export const messageRejectedContent = defineRule("message-rejected-content", {
  stages: ["data"],
  match: (e) =>
    strongest(wording(e, "message-rejected-content"), enhancedCode(e, "message-rejected-content")),
  explain: () => ({
    explanation:
      "The receiving server's filter refused the message itself (judged as spam, a blocked attachment type or a virus), not the connection or the sender.",
    fix: "Send a plain test (short subject, small PDF) to see if it passes; avoid subjects and bodies that look automated; ask the recipient's admin to allow the sender if legitimate scans are blocked.",
  }),
});
