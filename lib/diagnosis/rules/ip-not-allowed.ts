import { defineRule } from "./define-rule";
import { replyWording } from "./ip-not-allowed.wording";
import { enhancedCode, strongest, wording } from "./rule-helpers";

export const ipNotAllowed = defineRule("ip-not-allowed", {
  cause: {
    group: "policy",
    title: "The receiver does not allow this IP address",
    meaning:
      "the receiving organisation's own rules refuse this IP (its allow list or block list, geo, IPv6 policy)",
    evidence:
      '"IP not in whitelist for RCPT domain", "blocked … using Customer Block list", "Host network not allowed"',
  },
  settingsCanFix: true,
  persistence: "permanent",
  wording: replyWording,
  stages: ["connect", "greeting", "mail", "rcpt"],
  match: (e) => strongest(wording(e, "ip-not-allowed"), enhancedCode(e, "ip-not-allowed")),
  explain: () => ({
    explanation:
      "The receiving organisation's own rules refuse connections from this IP: its allow list does not include it, its block list does, or it refuses the network or IP version (for example IPv6).",
    fix: "Ask the receiving organisation's admin to allow the site's public IP (give them the exact reply), or send through a server they already accept, such as your provider's authenticated submission.",
  }),
});
