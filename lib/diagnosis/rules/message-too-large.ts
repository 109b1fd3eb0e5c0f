import { defineRule } from "./define-rule";
import { enhancedCode, replyCode, strongest, wording } from "./rule-helpers";

export const messageTooLarge = defineRule("message-too-large", {
  stages: ["mail", "data"],
  match: (e) =>
    strongest(
      wording(e, "message-too-large"),
      enhancedCode(e, "message-too-large"),
      replyCode(e, [552], 0.4, ["data"]),
    ),
  explain: () => ({
    explanation:
      "The message is bigger than the server accepts (attachments grow by about a third when encoded for email).",
    fix: "Lower the scan resolution or colour depth, split large scans, or scan to a shared folder and send a link.",
  }),
});
