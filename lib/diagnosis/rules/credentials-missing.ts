import { replyWording } from "./credentials-missing.wording";
import { defineRule } from "./define-rule";
import { strongest, wording } from "./rule-helpers";

export const credentialsMissing = defineRule("credentials-missing", {
  cause: {
    group: "authentication",
    title: "Authentication on, but no username or password",
    meaning: "authentication is switched on but no username or password was given",
    evidence: '"Missing credentials for PLAIN"',
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["auth"],
  match: (e) => strongest(wording(e, "credentials-missing")),
  explain: () => ({
    explanation:
      "Authentication is switched on, but the username or the password field is empty, so the login was never attempted.",
    fix: "Fill in the username (usually the full email address) and the password, or switch authentication off if the server does not need it.",
  }),
});
