import type { Evidence } from "../evidence";
import { REMOTE_BOUNCE } from "../remote-bounce";
import { defineRule } from "./define-rule";
import { replyWording } from "./recipient-rejected-policy.wording";
import { enhancedCode, strongest, wording } from "./rule-helpers";
import type { RuleMatch } from "./rule-types";

/**
 * "554 5.7.1 <rcpt>: Recipient address rejected: Access denied" quoted in a bounce came from the
 * recipient's own server, which takes mail for its domains from anyone: a recipient restriction
 * (Postfix's check_recipient_access, an Exim ACL), not a relay refusal. Straight from the server a
 * device talks to, the same words are relay-denied (see that rule).
 */
function accessDeniedInBounce(e: Evidence): RuleMatch | null {
  if (!/Recipient address rejected: Access denied/i.test(e.words)) return null;
  if (e.code !== 554 && e.enhanced !== "5.7.1") return null;
  if (!REMOTE_BOUNCE.test(e.verbatim)) return null;
  return {
    confidence: 0.6,
    signal:
      'a bounce quoting "Recipient address rejected: Access denied" (554 5.7.1) from the recipient\'s server',
  };
}

export const recipientRejectedPolicy = defineRule("recipient-rejected-policy", {
  cause: {
    group: "policy",
    title: "The receiver's policy refuses this message",
    meaning: "the receiver refuses by its own policy (restricted group, blocked sender, transport rule)",
    evidence: '550 5.7.133, "Administrative prohibition"',
  },
  settingsCanFix: false,
  persistence: "permanent",
  wording: replyWording,
  stages: ["rcpt", "data"],
  match: (e) =>
    strongest(
      wording(e, "recipient-rejected-policy"),
      enhancedCode(e, "recipient-rejected-policy"),
      accessDeniedInBounce(e),
    ),
  explain: () => ({
    explanation:
      "The receiving organisation's own policy refuses this message: a restricted group that only accepts listed or authenticated senders, a transport rule, a blocked sender, or a disabled mailbox.",
    fix: "Ask the recipient's admin to allow the sender (give them the exact reply), or send from an authenticated mailbox the group accepts.",
  }),
});
