import { defineRule } from "./define-rule";
import { strongest, wording } from "./rule-helpers";

export const noRecipients = defineRule("no-recipients", {
  stages: ["rcpt", "data"],
  match: (e) => strongest(wording(e, "no-recipients")),
  explain: () => ({
    explanation:
      "No recipient was given, or every recipient was refused before the message was sent, so there was nobody to deliver to.",
    fix: "Check the device has a destination address; if recipients were refused, look at the reply for each RCPT TO.",
  }),
});
