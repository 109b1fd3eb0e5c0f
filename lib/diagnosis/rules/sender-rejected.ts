import { replyClass } from "../reply-class";
import { restrictionSubject } from "../restriction-subject";
import { verificationProbe } from "../verification-probe";
import { defineRule } from "./define-rule";
import { enhancedCode, replyCode, strongest, wording } from "./rule-helpers";
import { replyWording } from "./sender-rejected.wording";

export const senderRejected = defineRule("sender-rejected", {
  cause: {
    group: "policy",
    title: "The sender address was refused",
    meaning: "the sender address or domain is refused (domain unknown, invalid, not allowed)",
    evidence: '553 5.1.8, 550 5.1.7, "Sender address rejected: Domain not found"',
  },
  settingsCanFix: true,
  persistence: "permanent",
  wording: replyWording,
  stages: ["mail", "rcpt"],
  match: (e) =>
    strongest(
      wording(e, "sender-rejected"),
      enhancedCode(e, "sender-rejected"),
      replyCode(e, [550, 553], 0.35, ["mail"]),
      // Postfix's prefix for every restriction on the sender, temporary ones (a rate limit, a
      // policy service deferring) included: on its own it names a refused sender only for a 5xx.
      restrictionSubject(e.words) === "sender" &&
        replyClass(e) !== "4" && {
          confidence: 0.8,
          signal: 'the restriction prefix "Sender address rejected:"',
        },
    ),
  explain: (e) => {
    // Postfix's sender address verification: the receiver's probe to the sender's own domain failed.
    const probe = verificationProbe(e);
    if (probe?.side === "sender")
      return {
        explanation: `The receiving server checks each sender by contacting the sender domain's own mail server, and that check failed ("${probe.words}"). Those words are the receiving server's probe, not this device's connection, which worked.`,
        fix: "Use a sender address whose domain's mail server (its MX) is reachable and accepts mail for that address, usually the mailbox the device signs in with. If the sender is right, its domain's mail server must answer; the receiving admin can also exempt it from sender verification.",
      };
    return {
      explanation:
        'The server refused the sender address itself: its domain does not exist or cannot be verified, the address is malformed, or the domain is not allowed here (a device default such as "scanner@localdomain" is a typical culprit).',
      fix: "Set a real sender address on a domain you own and that has DNS (ideally the mailbox the device logs in with).",
    };
  },
});
