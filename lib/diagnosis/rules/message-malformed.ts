import { defineRule } from "./define-rule";
import { replyWording } from "./message-malformed.wording";
import { enhancedCode, strongest, wording } from "./rule-helpers";

export const messageMalformed = defineRule("message-malformed", {
  cause: {
    group: "policy",
    title: "The message is not well formed",
    meaning: "the message is not well formed (missing or invalid From, bad headers, bare LF)",
    evidence: "550 5.6.0, 5.7.1 … invalid From header",
  },
  settingsCanFix: false,
  persistence: "permanent",
  wording: replyWording,
  stages: ["data"],
  match: (e) => strongest(wording(e, "message-malformed"), enhancedCode(e, "message-malformed")),
  explain: () => ({
    explanation:
      "The message is not well formed: a missing or invalid From header, malformed headers, or bare line feeds. Common with old device firmware or an empty sender field.",
    fix: "Fill in the device's sender address (and sender name) properly and update the firmware; if an app builds the message, fix its headers.",
  }),
});
