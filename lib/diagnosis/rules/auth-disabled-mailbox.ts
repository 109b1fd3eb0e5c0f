import { replyWording } from "./auth-disabled-mailbox.wording";
import { defineRule } from "./define-rule";
import { strongest, wording } from "./rule-helpers";

export const authDisabledMailbox = defineRule("auth-disabled-mailbox", {
  cause: {
    group: "authentication",
    title: "SMTP AUTH is disabled for this mailbox",
    meaning: "SMTP AUTH is turned off for this mailbox",
    evidence: "535 5.7.139 … disabled for the Mailbox",
  },
  settingsCanFix: true,
  persistence: "permanent",
  wording: replyWording,
  stages: ["auth"],
  match: (e) => strongest(wording(e, "auth-disabled-mailbox")),
  explain: (e) => ({
    explanation:
      "SMTP AUTH is switched off for this mailbox, so its SMTP login is refused even with the right password.",
    // Microsoft's steps only where the reply is Microsoft's; other providers (QQ, 163, Yandex,
    // Forpsi…) have the switch in the mailbox's own web mail settings.
    fix:
      e.provider === "microsoft-365" ||
      e.patternHits.get("auth-disabled-mailbox")?.provider === "microsoft-365"
        ? "An admin enables authenticated SMTP for the mailbox: Microsoft 365 admin center → Users → the mailbox → Mail → Manage email apps → Authenticated SMTP, or PowerShell Set-CASMailbox <mailbox> -SmtpClientAuthenticationDisabled $false. Allow up to an hour to take effect."
        : "Switch SMTP access on for this mailbox in the provider's web mail settings (often under POP3/IMAP/SMTP, client access or security), or ask the mail admin to, then sign in again. Some providers then give an app password to use instead of the account password.",
  }),
});
