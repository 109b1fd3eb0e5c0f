import { replyWording } from "./auth-failed.wording";
import { ROUNDCUBE_LOGIN_NOT_STARTED } from "./auth-not-offered";
import { defineRule } from "./define-rule";
import { enhancedCode, replyCode, strongest, wording } from "./rule-helpers";

export const authFailed = defineRule("auth-failed", {
  cause: {
    group: "authentication",
    title: "Username or password rejected",
    meaning: "username or password rejected",
    evidence: "535 5.7.8, 535 5.7.3 Authentication unsuccessful",
  },
  settingsCanFix: true,
  persistence: "permanent",
  wording: replyWording,
  stages: ["auth"],
  match: (e) =>
    // Roundcube's "SMTP Error (250): Authentication failed" is a login never refused (auth-not-offered.ts).
    ROUNDCUBE_LOGIN_NOT_STARTED.test(e.verbatim)
      ? null
      : strongest(wording(e, "auth-failed"), enhancedCode(e, "auth-failed"), replyCode(e, [535], 0.7)),
  explain: (e) => ({
    explanation:
      "The server refused the username or password. Usually a wrong or expired password, the username not being the full email address, or special characters the device mangles.",
    fix:
      e.provider === "microsoft-365"
        ? "Use the full mailbox address as username and check the password by signing in to Outlook on the web. If it is right, check that SMTP AUTH is enabled for the mailbox and that no MFA/Conditional Access policy blocks password sign-in; prefer OAuth 2.0 where the device has it."
        : "Re-enter the full email address and password (avoid characters the device may not handle, such as quotes or non-ASCII). If the account uses two-step verification, use an app password or OAuth.",
  }),
});
