import { emptyCredentialsSent } from "../empty-credentials";
import type { Evidence } from "../evidence";
import { replyWording } from "./credentials-missing.wording";
import { defineRule } from "./define-rule";
import { strongest, wording } from "./rule-helpers";

// A pasted transcript that shows the empty sign-in outweighs the server's generic refusal of it
// ("535 … Username and Password not accepted"), not a refusal of the mechanism itself (504 5.7.4).
function emptySignIn(e: Evidence) {
  const shown = e.source === "text" ? emptyCredentialsSent(e.verbatim) : null;
  return shown ? { confidence: 0.9, signal: `the pasted transcript: ${shown}` } : null;
}

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
  match: (e) => strongest(wording(e, "credentials-missing"), emptySignIn(e)),
  explain: () => ({
    explanation:
      "Authentication is switched on, but the username or the password field is empty, so the login was never attempted.",
    fix: "Fill in the username (usually the full email address) and the password, or switch authentication off if the server does not need it.",
  }),
});
