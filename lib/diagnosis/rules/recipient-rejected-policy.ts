import type { Evidence } from "../evidence";
import { postfixAccessDenied } from "./access-denied";
import { defineRule } from "./define-rule";
import { replyWording } from "./recipient-rejected-policy.wording";
import { enhancedCode, japaneseCarrierFilter, strongest, wording } from "./rule-helpers";
import type { RuleMatch } from "./rule-types";

/** The same words quoted in a bounce from the recipient's own server (see access-denied.ts). */
function accessDeniedInBounce(e: Evidence): RuleMatch | null {
  if (postfixAccessDenied(e) !== "bounce") return null;
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
      japaneseCarrierFilter(e) && {
        // Four of six such corpus bounces are labelled the recipient's filter, two an unknown user.
        confidence: 0.6,
        signal:
          "a Japanese mobile carrier's \"Unknown user\" after DATA, its answer when the recipient's own filter refuses the sender",
      },
    ),
  explain: (e) =>
    japaneseCarrierFilter(e)
      ? {
          explanation:
            "The recipient's mobile carrier (NTT docomo, au or SoftBank) answered \"Unknown user\" after the message was sent, which is how it reports that the recipient's own receiving settings refuse this sender (a domain or PC-mail filter). An address that does not exist is refused earlier, at RCPT TO.",
          fix: "Ask the recipient to allow the sender's address or domain in the phone's mail receiving settings (the carrier's list of allowed senders), then send again. Check the address for typos if they say the filter is off.",
        }
      : {
          explanation:
            "The receiving organisation's own policy refuses this message: a restricted group that only accepts listed or authenticated senders, a transport rule, a blocked sender, or a disabled mailbox.",
          fix: "Ask the recipient's admin to allow the sender (give them the exact reply), or send from an authenticated mailbox the group accepts.",
        },
});
