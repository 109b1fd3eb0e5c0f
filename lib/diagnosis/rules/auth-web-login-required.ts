import { replyWording } from "./auth-web-login-required.wording";
import { defineRule } from "./define-rule";
import { enhancedCode, strongest, wording } from "./rule-helpers";

export const authWebLoginRequired = defineRule("auth-web-login-required", {
  cause: {
    group: "authentication",
    title: "Sign-in blocked until the user signs in on the web",
    meaning: "the provider blocked the sign-in until the user signs in on the web",
    evidence: "534 5.7.14 Please log in with your web browser",
  },
  settingsCanFix: true,
  persistence: "permanent",
  wording: replyWording,
  stages: ["auth"],
  match: (e) => strongest(wording(e, "auth-web-login-required"), enhancedCode(e, "auth-web-login-required")),
  explain: () => ({
    explanation:
      "The provider will not take this sign-in until the account owner signs in on the web: most often a security check on a sign-in that looks new (another location or app), sometimes terms to accept or a sending block to lift there.",
    fix: "Sign in to the account in a browser from the same network, do what the web mail asks (confirm the sign-in, accept the terms), then retry. For devices, an app password or OAuth avoids these prompts.",
  }),
});
