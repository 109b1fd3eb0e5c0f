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
  explain: () => ({
    explanation:
      "SMTP AUTH is switched off for this mailbox, so its SMTP login is refused even with the right password.",
    fix: "An admin enables authenticated SMTP for the mailbox: Microsoft 365 admin center → Users → the mailbox → Mail → Manage email apps → Authenticated SMTP, or PowerShell Set-CASMailbox <mailbox> -SmtpClientAuthenticationDisabled $false. Allow up to an hour to take effect.",
  }),
});
