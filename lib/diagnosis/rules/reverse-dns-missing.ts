import { defineRule } from "./define-rule";
import { replyWording } from "./reverse-dns-missing.wording";
import { enhancedCode, strongest, wording } from "./rule-helpers";

export const reverseDnsMissing = defineRule("reverse-dns-missing", {
  cause: {
    group: "policy",
    title: "The sending IP has no valid reverse DNS (PTR)",
    meaning: "the sending IP has no PTR, or it does not match",
    evidence: '"cannot find your hostname", 5.7.25 PTR',
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["connect", "greeting", "ehlo", "mail", "rcpt", "data"],
  match: (e) => strongest(wording(e, "reverse-dns-missing"), enhancedCode(e, "reverse-dns-missing")),
  explain: () => ({
    explanation:
      "The sending IP has no reverse DNS (PTR) name, or the name does not point back to the IP. Receiving servers treat that as a sign of an unmanaged sender.",
    fix: "Ask the ISP (the owner of the IP range) to set a PTR record that matches a name resolving back to the IP, or send through your provider's authenticated submission server, which uses its own IPs.",
  }),
});
