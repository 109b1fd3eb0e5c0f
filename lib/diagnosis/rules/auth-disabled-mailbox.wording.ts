import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "SMTP AUTH is disabled for this mailbox": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "auth-disabled-mailbox",
    pattern:
      /SmtpClientAuthentication is disabled for the Mailbox|(?:SMTP )?(?:AUTH|authentication) is disabled for (?:the|this) (?:mailbox|user)/i,
    confidence: 0.98,
    provider: "microsoft-365",
    example:
      "Invalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.",
    source: "public test fixture labelled as the production error (see https://aka.ms/smtp_auth_disabled)",
  },

  {
    cause: "auth-disabled-mailbox",
    pattern: /SmtpClientAuthentication is disabled for the Mailbox/i,
    provider: "microsoft-365",
    confidence: 0.96,
    example:
      "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.",
    source:
      "PatchMyPCTeam/kbs.patchmypc.com advanced-insights/log-collection-and-analysis/patch-my-pc-smtp-authentication-for-exchange-online.md; https://aka.ms/smtp_auth_disabled",
  },
  {
    cause: "auth-disabled-mailbox",
    // NetEase's (163/126) "User has no permission": SMTP not switched on for the mailbox, which on
    // NetEase is the same step as making the authorisation code; most threads' fix was the code
    // (auth-app-password-required names it first).
    pattern: /\bUser has no permission\b/i,
    confidence: 0.6,
    yieldsTo: "auth-app-password-required",
    example:
      '# curl http://127.0.0.1:4000/sender/mail -d "tos=user@example.com&subject=falcon&content=testfalcon"\n550 User has no permission',
    source:
      "https://github.com/open-falcon/mail-provider/issues/6; https://github.com/testerSunshine/12306/issues/62",
  },
  {
    // Tencent/QQ: SMTP is not switched on for this mailbox in its settings.
    cause: "auth-disabled-mailbox",
    pattern: /open (?:the )?smtp flag first/i,
    confidence: 0.93,
    example: "454 Authentication failed, please open smtp flag first!",
    source: "https://cnblogs.com/jianmang/articles/4741568.html",
  },
  {
    // Forpsi: SMTP access blocked for the account; correct credentials are refused too.
    cause: "auth-disabled-mailbox",
    pattern: /\bauthentication rejected,? access disabled\b/i,
    confidence: 0.88,
    example: "5.1.0 piWs1j0010jifNx01iWsdh authentication rejected access disabled",
    source:
      "https://support.forpsi.com/kb/a3898/konfigurace-smtp-serveru-autorizace.aspx?translation-detect=false",
  },
  {
    // Yandex: mail programs (IMAP/SMTP access) are switched off for the mailbox; a correct password is refused until it is switched on.
    cause: "auth-disabled-mailbox",
    pattern: /\bThis (?:type of )?user does not have access(?: rights to this service)?\b/i,
    confidence: 0.93,
    example: "535 5.7.8 Error: authentication failed: This user does not have access rights to this service",
    source:
      "Shell script configuration notes for Yandex mail via curl (stored copy code index id 14858893001); Russian project README, 'SMTP Authentication Failed' troubleshooting section (stored copy code index id 78987746); code index id 29277230650 (Yandex nwsmtp pytest suite for SMTP AUTH rejections, test_rejection_for_assessor: 'This type of user does not have access')",
  },
]);
