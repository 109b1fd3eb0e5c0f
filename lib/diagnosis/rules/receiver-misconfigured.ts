import { verificationProbe } from "../verification-probe";
import { defineRule } from "./define-rule";
import { replyWording } from "./receiver-misconfigured.wording";
import { strongest, wording } from "./rule-helpers";

export const receiverMisconfigured = defineRule("receiver-misconfigured", {
  cause: {
    group: "policy",
    title: "The receiving server is misconfigured",
    meaning:
      "the receiving side is broken in a way the sender cannot fix (its DNSBL queries refused, an expired filter licence)",
    evidence: '"blocked using zen.spamhaus.org; Error: open resolver", 422 License Expired',
  },
  settingsCanFix: false,
  persistence: "either",
  wording: replyWording,
  stages: ["connect", "greeting", "mail", "rcpt", "data"],
  match: (e) => strongest(wording(e, "receiver-misconfigured")),
  explain: (e) => {
    // Postfix's recipient address verification could not reach the receiver's own next hop.
    const probe = verificationProbe(e);
    if (probe?.side === "recipient")
      return {
        explanation: `The receiving server checks each recipient by asking its own next mail server, and could not ("${probe.words}"). Those words describe the receiver's internal hop, not this device's connection, which worked.`,
        fix: "Nothing to change on the device. Send the exact reply to the recipient's mail administrator: their recipient verification or the mail server behind it is failing.",
      };
    return {
      explanation:
        "The refusal comes from a problem on the receiving side that the sender cannot fix: for example its blocklist queries go through a public (open) resolver, which Spamhaus refuses, so every sender looks listed; or its filter licence has expired.",
      fix: "Nothing to change on the device or its IP. Send the exact reply to the recipient's mail administrator (Spamhaus's return-code page explains the open-resolver case).",
    };
  },
});
