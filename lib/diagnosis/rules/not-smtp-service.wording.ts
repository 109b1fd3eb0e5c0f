import { gettextWording } from "../reply-patterns/gettext-languages";
import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { NM } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "Not an SMTP server on this port": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "not-smtp-service",
    pattern:
      /Invalid greeting(?![^\n]{0,40}?(?:\bOk\b|queued|Too many|try again|Service (?:not )?(?:available|unavailable)))|response=(?:HTTP|SSH|\+OK|\* OK)|^(?:HTTP\/1\.[01] |SSH-2\.0-|\+OK |\* OK )/i,
    confidence: 0.9,
    example: "Invalid greeting. response=",
    source: NM,
  },

  {
    cause: "not-smtp-service",
    pattern:
      /Unable to parse status code returned by the server|\+OK\b.{0,60}\b(?:POP3|Dovecot|ready)|\* OK\b.{0,80}\b(?:IMAP4(?:rev1)?|ready)|\bIMAP4rev1\b|POP3 Server|SSH-\d\.\d-|HTTP\/\d\.\d \d{3}/i,
    confidence: 0.88,
    example:
      "SmtpProtocolException: Unable to parse status code returned by the server. S: +OK Welcome to MailEnable POP3 Server",
    source:
      "https://github.com/jstedfast/MailKit/issues/187; https://github.com/jstedfast/MailKit/issues/987; https://github.com/almindor/lnet/issues/18; https://github.com/freescout-help-desk/freescout/issues/2499",
  },
  {
    cause: "not-smtp-service",
    pattern:
      /\(-1, b?['"](?:Dovecot|\+OK|\* OK|IMAP|POP3)|^\s*(?:\+OK (?:Dovecot|POP3)|\* OK \[CAPABILITY IMAP)|Dovecot ready/i,
    confidence: 0.88,
    example:
      '[2024-10-26 16:36:48,406] ERROR {cps.tasks.mail:175} (-1, b\'Dovecot ready.\')\nTraceback (most recent call last):\n  File "/calibre-web/cps/tasks/mail.py", line 200, in send_standard_email\n    self.asyncSMTP = EmailSSL(self.settings["mail_server"], self.settings["mail_port"],\n  File "/usr/lib/python3.10/smtplib.py", line 258, in __init__\n    raise SMTPConnectError(code, msg)\nsmtplib.SMTPConnectError: (-1, b\'Dovecot ready.\')',
    source: "https://github.com/janeczku/calibre-web/issues/3202",
  },
  {
    // .NET's SmtpClient could not parse the first reply as SMTP (another service on the port, e.g. IMAP on 143).
    cause: "not-smtp-service",
    pattern: /\bSmtp server returned an invalid response\b/i,
    confidence: 0.7,
    origin: "client",
    example: 'InnerException = {"Smtp server returned an invalid response."}',
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/2004",
  },
  gettextWording(
    "not-smtp-service",
    ["msmtp:cannot get initial OK message from server"],
    0.75,
    "initiale OK-Nachricht des Servers kann nicht empfangen werden",
  ),
  {
    // The client was pointed at a mail-reading port: 143 and 993 are IMAP's, 110 and 995 POP3's
    // (IANA service names), where no SMTP server answers.
    cause: "not-smtp-service",
    pattern:
      /\bSMTP (?:host|server)\b[^\n]{0,50}?\bport:?\s*(?:143|993|110|995)\b|\bSMTP\b[^\n]{0,30}? port (?:143|993|110|995)\b/i,
    confidence: 0.8,
    origin: "client",
    example:
      "SEVERE: Unable to send Email message javax.mail.MessagingException: Could not connect to SMTP host: 203.0.113.10, port: 143, response: -1",
    source:
      "IANA Service Name and Transport Protocol Port Number Registry (imap 143, imaps 993, pop3 110, pop3s 995); https://github.com/vitalidze/traccar-web/issues/823",
  },
]);
