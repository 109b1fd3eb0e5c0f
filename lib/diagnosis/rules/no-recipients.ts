import { defineRule } from "./define-rule";
import { replyWording } from "./no-recipients.wording";
import { strongest, wording } from "./rule-helpers";

export const noRecipients = defineRule("no-recipients", {
  cause: {
    group: "policy",
    title: "No recipient was accepted",
    meaning: "no recipient was given or none was accepted",
    evidence: '"No recipients defined", 554 5.5.1 No valid recipients',
  },
  settingsCanFix: false,
  persistence: "permanent",
  wording: replyWording,
  stages: ["rcpt", "data"],
  match: (e) => strongest(wording(e, "no-recipients")),
  explain: () => ({
    explanation:
      "No recipient was given, or every recipient was refused before the message was sent, so there was nobody to deliver to.",
    fix: "Check the device has a destination address; if recipients were refused, look at the reply for each RCPT TO.",
  }),
});
