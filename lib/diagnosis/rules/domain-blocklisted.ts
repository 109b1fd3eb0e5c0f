import { defineRule } from "./define-rule";
import { replyWording } from "./domain-blocklisted.wording";
import { strongest, wording } from "./rule-helpers";

export const domainBlocklisted = defineRule("domain-blocklisted", {
  cause: {
    group: "policy",
    title: "A domain is on a domain blocklist",
    meaning: "a domain in HELO, MAIL FROM or the message is on a domain blocklist (Spamhaus DBL, URI lists)",
    evidence: '"listed in dbl.spamhaus.org"',
  },
  settingsCanFix: false,
  persistence: "permanent",
  wording: replyWording,
  stages: ["ehlo", "mail", "rcpt", "data"],
  match: (e) => strongest(wording(e, "domain-blocklisted")),
  explain: () => ({
    explanation:
      "A domain in the conversation (the EHLO name, the sender's domain, or a link in the message) is on a domain blocklist such as Spamhaus DBL or URIBL.",
    fix: "Find which domain is listed (EHLO name, sender domain, links) on the list named in the reply, fix the cause and request delisting; change the device's EHLO name if it uses a listed domain.",
  }),
});
