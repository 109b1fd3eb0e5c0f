import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";

/**
 * How servers and client libraries word "No recipient was accepted": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording: readonly ReplyPattern[] = [
  {
    cause: "no-recipients",
    pattern: /No recipients defined|No valid recipients|Need RCPT|need RCPT command|At least one recipient/i,
    confidence: 0.95,
    example: "503 5.0.0 Need RCPT (recipient)",
    source: "real transcript quoted on a public mailing-list post (code index id 34664112361)",
  },

  {
    cause: "no-recipients",
    pattern:
      /RCPT first|Valid RCPT command must precede DATA|need RCPT|No valid recipients|SMTPRecipientsRefused: \{\}/i,
    confidence: 0.85,
    example: "503 Valid RCPT command must precede DATA",
    source:
      "https://github.com/getgrav/grav-plugin-email/issues/129; https://github.com/mautic/mautic/issues/9822; RFC 5321 §3.3 (no valid recipients: 554)",
  },
  {
    cause: "no-recipients",
    pattern: /recipients not defined|No recipients (?:defined|specified|given)/i,
    confidence: 0.9,
    origin: "client",
    example: "{[RecipientError: Can not send mail - recipients not defined] name: 'RecipientError'}",
    source: "https://github.com/nodemailer/nodemailer/issues/164",
  },
  {
    cause: "no-recipients",
    pattern: /keine Empfänger\b[^.]*angegeben|No recipient specified/i,
    confidence: 0.9,
    example: "Es wurden keine Empfänger für die SMTP-Zustellung angegeben.",
    source:
      "thunderbird/thunderbird-l10n de/mail/messenger/messengercompose/messengercompose.ftl [smtp-error-no-recipients]; OpenSMTPD/OpenSMTPD usr.sbin/smtpd/smtp_session.c (smtp_check_data, rcptcount == 0)",
  },
  {
    cause: "no-recipients",
    pattern: /must have a "To", "Cc",? or "Bcc" header/i,
    confidence: 0.92,
    origin: "client",
    example:
      'Symfony\\Component\\Mime\\Exception\\LogicException: An email must have a "To", "Cc", or "Bcc" header.',
    source: "symfony/symfony src/Symfony/Component/Mime/Email.php",
  },
];
