import { defineRule } from "./define-rule";
import { strongest, wording } from "./rule-helpers";

export const receiverMisconfigured = defineRule("receiver-misconfigured", {
  stages: ["connect", "greeting", "mail", "rcpt", "data"],
  match: (e) => strongest(wording(e, "receiver-misconfigured")),
  explain: () => ({
    explanation:
      "The refusal comes from a problem on the receiving side that the sender cannot fix: for example its blocklist queries go through a public (open) resolver, which Spamhaus refuses, so every sender looks listed; or its filter licence has expired.",
    fix: "Nothing to change on the device or its IP. Send the exact reply to the recipient's mail administrator (Spamhaus's return-code page explains the open-resolver case).",
  }),
});
