import { submissionAdvice } from "./advice";
import { defineRule } from "./define-rule";
import { replyWording } from "./direct-send-rejected.wording";
import { enhancedCode, strongest, wording } from "./rule-helpers";

export const directSendRejected = defineRule("direct-send-rejected", {
  cause: {
    group: "policy",
    title: "The tenant rejects Direct Send",
    meaning: "the tenant rejects unauthenticated Direct Send",
    evidence: "550 5.7.68",
  },
  settingsCanFix: true,
  persistence: "permanent",
  wording: replyWording,
  stages: ["mail", "rcpt", "data"],
  match: (e) => strongest(enhancedCode(e, "direct-send-rejected"), wording(e, "direct-send-rejected")),
  explain: (e) => ({
    explanation:
      "The Microsoft 365 tenant refuses unauthenticated Direct Send (RejectDirectSend is on, available since April 2025): mail to the tenant's MX that claims to come from its own domain is refused unless it arrives through a trusted connector.",
    fix: `Move the device off Direct Send: ${submissionAdvice(e.provider ?? "microsoft-365")}; or create a partner inbound connector for the site's static IP.`,
  }),
});
