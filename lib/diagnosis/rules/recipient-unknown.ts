import { restrictionSubject } from "../restriction-subject";
import { defineRule } from "./define-rule";
import { replyWording } from "./recipient-unknown.wording";
import { enhancedCode, japaneseCarrierFilter, replyCode, strongest, wording } from "./rule-helpers";

export const recipientUnknown = defineRule("recipient-unknown", {
  cause: {
    group: "policy",
    title: "The recipient does not exist",
    meaning: "the recipient does not exist",
    evidence: '550 5.1.1, 5.1.10, "User unknown"',
  },
  settingsCanFix: false,
  persistence: "permanent",
  wording: replyWording,
  stages: ["rcpt", "data"],
  match: (e) => {
    // "Sender address rejected: User unknown in local recipient table" is about the sender.
    const subject = restrictionSubject(e.words);
    if (subject && subject !== "recipient") return null;
    // A Japanese carrier's "Unknown user" after DATA is most often the recipient's filter.
    if (japaneseCarrierFilter(e)) {
      const m = wording(e, "recipient-unknown");
      return m && { ...m, confidence: 0.4 };
    }
    return strongest(
      wording(e, "recipient-unknown"),
      enhancedCode(e, "recipient-unknown"),
      replyCode(e, [550, 551, 553], 0.3, ["rcpt"]),
    );
  },
  explain: () => ({
    explanation:
      "The receiving server says the recipient address does not exist (a typo, a deleted mailbox, or a domain whose server does not know it).",
    fix: "Check the recipient address (and the device's address book entry) for typos; confirm the mailbox exists with its owner.",
  }),
});
