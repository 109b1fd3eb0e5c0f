import { defineRule } from "./define-rule";
import { replyWording } from "./routing-error.wording";
import { enhancedCode, strongest, wording } from "./rule-helpers";

export const routingError = defineRule("routing-error", {
  cause: {
    group: "reaching",
    title: "The destination's mail routing is broken",
    meaning: "the destination's mail routing is broken: null MX, MX loop, hop count exceeded",
    evidence: '"does not accept mail (nullMX)", "loops back to myself", 5.4.6',
  },
  settingsCanFix: false,
  persistence: "either",
  wording: replyWording,
  stages: ["resolve", "rcpt", "data"],
  match: (e) => strongest(wording(e, "routing-error"), enhancedCode(e, "routing-error")),
  explain: () => ({
    explanation:
      "The destination's mail routing is broken: its domain publishes a null MX (it accepts no mail), or messages loop between servers until the hop limit is reached.",
    fix: "Check the recipient domain's MX records and any forwarding or connector rules that could send mail back where it came from. The recipient's admin usually has to fix this.",
  }),
});
