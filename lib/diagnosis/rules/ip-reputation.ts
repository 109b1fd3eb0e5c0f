import { defineRule } from "./define-rule";
import { replyWording } from "./ip-reputation.wording";
import { enhancedCode, strongest, wording } from "./rule-helpers";

export const ipReputation = defineRule("ip-reputation", {
  cause: {
    group: "policy",
    title: "The sending IP is throttled for reputation",
    meaning:
      "the provider throttles or defers this IP on reputation or volume, without naming a list; often temporary",
    evidence: "M365 451 4.7.500 Server busy … from [IP]; Gmail 421 4.7.0 unusual rate / low reputation",
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["connect", "greeting", "mail", "rcpt", "data"],
  match: (e) => strongest(wording(e, "ip-reputation"), enhancedCode(e, "ip-reputation")),
  explain: () => ({
    explanation:
      "The provider is throttling or refusing this sending IP because of its reputation or volume (spam complaints, unusual rates, a new or shared IP), without naming a public blocklist. It is often temporary.",
    fix: "Send through an authenticated submission server or a reputable relay instead of directly from this IP; reduce volume; check the provider's postmaster pages for the IP's status and request mitigation if it persists.",
  }),
});
