import { defineRule } from "./define-rule";
import { enhancedCode, strongest, wording } from "./rule-helpers";

export const reverseDnsMissing = defineRule("reverse-dns-missing", {
  stages: ["connect", "greeting", "ehlo", "mail", "rcpt", "data"],
  match: (e) => strongest(wording(e, "reverse-dns-missing"), enhancedCode(e, "reverse-dns-missing")),
  explain: () => ({
    explanation:
      "The sending IP has no reverse DNS (PTR) name, or the name does not point back to the IP. Receiving servers treat that as a sign of an unmanaged sender.",
    fix: "Ask the ISP (the owner of the IP range) to set a PTR record that matches a name resolving back to the IP, or send through your provider's authenticated submission server, which uses its own IPs.",
  }),
});
