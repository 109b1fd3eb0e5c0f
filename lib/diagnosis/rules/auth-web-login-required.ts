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
      "The provider blocked this sign-in as suspicious (new location or app) and wants the account owner to sign in on the web first to confirm it.",
    fix: "Sign in to the account in a browser from the same network, confirm the security prompt, then retry. For devices, an app password or OAuth avoids these prompts.",
  }),
});
