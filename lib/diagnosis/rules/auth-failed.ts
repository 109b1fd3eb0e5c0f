import { replyWording } from "./auth-failed.wording";
import { defineRule } from "./define-rule";
import { enhancedCode, replyCode, roundcubeLoginNotStarted, strongest, wording } from "./rule-helpers";

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
    // Roundcube's "SMTP Error (250): Authentication failed" is a login never refused (rule-helpers.ts).
    roundcubeLoginNotStarted(e)
      ? null
      : strongest(wording(e, "auth-failed"), enhancedCode(e, "auth-failed"), replyCode(e, [535], 0.7)),
  explain: (e) => ({
    explanation:
      "The server refused the username or password. Usually a wrong or expired password, the username not being the full email address, or special characters the device mangles.",
    fix: CHINESE_WEBMAIL.test(e.verbatim)
      ? "Re-enter the full email address. On NetEase (163.com, 126.com, yeah.net), QQ Mail and Tencent Exmail the SMTP password is not the web password but the client authorization code shown once SMTP is switched on in the web mail's settings (as of 2026-12); after a password change or security review, generate a new one."
      : e.provider === "google-workspace"
        ? "Google takes only an app password or OAuth for SMTP: the account's own password has been refused since 30 May 2022 for personal Gmail and, in stages from September 2024, for Google Workspace (as of 2026-12, Google's 'less secure apps' announcements). Turn on 2-Step Verification, create an app password, and enter it with the full email address (an app password stops working when the account's password changes: create a new one); a Workspace admin can instead set up the SMTP relay service by IP address."
        : e.provider === "microsoft-365"
          ? "Use the full mailbox address as username and check the password by signing in to Outlook on the web. If it is right, check that SMTP AUTH is enabled for the mailbox and that no MFA/Conditional Access policy blocks password sign-in; prefer OAuth 2.0 where the device has it."
          : "Re-enter the full email address and password (avoid characters the device may not handle, such as quotes or non-ASCII). If the account uses two-step verification, use an app password or OAuth.",
  }),
});

/**
 * Coremail's refusal as NetEase and Tencent's servers word it ("535 Error: authentication failed",
 * no enhanced code; Exmail adds ", system busy"), or their host names: there the password the
 * device needs is the client authorization code. In the corpus about half of such replies were
 * resolved by that code, the rest by a corrected password or by switching SMTP on.
 */
const CHINESE_WEBMAIL =
  /\b535 Error: authentication failed\b|\bsmtp\.(?:163|126|yeah)\.(?:com|net)\b|\bsmtp\.(?:exmail\.)?qq\.com\b/i;
