import { gettextWording } from "../reply-patterns/gettext-languages";
import { PHPMAILER_PROVIDE_ADDRESS, phpMailerWording } from "../reply-patterns/phpmailer-languages";
import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { thunderbirdWording } from "../reply-patterns/thunderbird-languages";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "No recipient was accepted": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "no-recipients",
    // "No valid recipients" and "Need RCPT" are also what DATA gets after every RCPT TO was refused:
    // at 0.85 (below), the refusal that caused them names the cause.
    pattern: /No recipients defined|At least one recipient/i,
    confidence: 0.95,
    example: "Error: No recipients defined",
    source: "https://github.com/vpdb/server/issues/227 (nodemailer's EENVELOPE)",
  },

  {
    cause: "no-recipients",
    pattern:
      /RCPT first|Valid RCPT command must precede DATA|need RCPT|No (?:valid|correct) recipients|SMTPRecipientsRefused: \{\}/i,
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
  {
    cause: "no-recipients",
    pattern:
      /al menos una dirección de email de destino|En az bir alıcı e-posta adresi|minimal satu alamat tujuan|ange minst en mottagares|mindst en modtagers|τουλάχιστον μια e-mail διεύθυνση παραλήπτη|не знайдено отримувачів/i,
    confidence: 0.9,
    origin: "client",
    example: "Debe proporcionar al menos una dirección de email de destino.",
    source:
      "PHPMailer/PHPMailer language/phpmailer.lang-es.php (Debian libphp-phpmailer 6.6.3-1); PHPMailer/PHPMailer language/phpmailer.lang-tr.php (Debian libphp-phpmailer 6.6.3-1); PHPMailer/PHPMailer language/phpmailer.lang-id.php (Debian libphp-phpmailer 6.6.3-1); PHPMailer/PHPMailer language/phpmailer.lang-sv.php (Debian libphp-phpmailer 6.6.3-1); PHPMailer/PHPMailer language/phpmailer.lang-da.php (Debian libphp-phpmailer 6.6.3-1); PHPMailer/PHPMailer language/phpmailer.lang-el.php (Debian libphp-phpmailer 6.6.3-1); marlam/msmtp po/uk.po (Debian msmtp 1.8.23-1, /usr/share/locale/uk/LC_MESSAGES/msmtp.mo)",
  },
  {
    cause: "no-recipients",
    pattern:
      /\bRCPT (?:TO )?(?:command(?:\(s\)|s)? )?(?:expected|first|required)\b|need RCPT\b|No valid recipients/i,
    confidence: 0.9,
    stages: ["data"],
    example: "503 RCPT command expected",
    source:
      "https://github.com/exceedone/exment/issues/1153; GreenMail com/icegreen/greenmail/smtp/commands/DataCommand.java (code index id 56536387981); Cakemail SMTP-to-API gateway aiosmtpd handler, handle_RCPT/handle_DATA (code index id 45538132002)",
  },
  phpMailerWording(
    "no-recipients",
    PHPMAILER_PROVIDE_ADDRESS,
    0.9,
    "Bitte geben Sie mindestens eine Empfängeradresse an.",
  ),
  {
    cause: "no-recipients",
    pattern: /Nie określono żadnego adresata|적어도 한 개 이상의 수신자 메일 주소를 제공해야/i,
    confidence: 0.88,
    origin: "client",
    example:
      "Nie określono żadnego adresata. W polu Do: wprowadź adresata lub w polu Grupa dyskusyjna: wprowadź nazwę grupy dyskusyjnej.",
    source:
      "thunderbird/thunderbird-l10n pl/mail/chrome/messenger/messengercompose/composeMsgs.properties (noRecipients); PHPMailer/PHPMailer language/phpmailer.lang-ko.php (provide_address)",
  },
  {
    cause: "no-recipients",
    pattern: /^\s*No recipients\s*$/i,
    confidence: 0.85,
    example: "No recipients",
    source: "Zextras Carbonio LMTP (503 5.5.1 No recipients)",
  },
  {
    cause: "no-recipients",
    pattern:
      /must have (?:a )?(?:sender and )?recipients? first|To address may not be blank|No recipient addresses found in message header/i,
    confidence: 0.85,
    example: "503 Must have sender and recipient first.",
    source:
      "https://github.com/hmailserver/hmailserver/blob/0492b809b8d6fe6f13ebdeef1a3a90ac07233fca/hmailserver/source/Server/SMTP/SMTPConnection.cpp; https://github.com/zammad/zammad/issues/2123 (Ruby net-smtp); https://github.com/git-commit-notifier/git-commit-notifier/issues/76 (sendmail -t)",
  },
  {
    cause: "no-recipients",
    pattern: /No e-?mail address(?:es)? (?:defined|specified|given|configured)|There are no recipient/i,
    confidence: 0.85,
    example: "zmfilter_1 |   | 1655 | ERR | No email address defined, not sending email | zmfilter.pl",
    source:
      "https://github.com/ZoneMinder/zoneminder/issues/3396; open-xchange/appsuite-middleware com.openexchange.smtp/src/com/openexchange/smtp/SMTPExceptionMessage.java (MISSING_RECIPIENTS_MSG)",
  },
  {
    // The client had no recipient to send to (ssmtp), or the server accepted none.
    cause: "no-recipients",
    pattern: /\bNo recipients (?:supplied|specified|given)\b/i,
    confidence: 0.85,
    example:
      "ssmtp: No recipients supplied - mail will not be sent\n..fetchmail: error writing message text\nfetchmail: MDA error while fetching from user@example.com@smtp.example.net\nfetchmail: Query status=6 (IOERR)",
    source:
      "Ubuntu Forums archive (https://github.com/Ubuntu-Community-Team/Ubuntu-Forums-Archive), thread by Snowhog on fetchmail/ssmtp/mutt, 2009-08-10 (code index id 57164409181)",
  },
  {
    cause: "no-recipients",
    pattern: /\bNo recipients? (?:accepted|specified|addresses found)\b|\bno recipient\(s\)/i,
    confidence: 0.7,
    example: "503 5.5.0 No recipients specified",
    source:
      "https://filedn.eu/l6oFb0aAwOAyRLLaUMiUmzz/CE_HELP/eng/BMENOC0321/BMENOC0321_D-SE-0021343.htm; apache/james-project protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/DataCmdHandler.java (doDATAFilter, NO_RECIPIENT) [reply rendered from SMTPRetCode.BAD_SEQUENCE=503 and DSNStatus DELIVERY_OTHER=5.5.0]; https://github.com/git-commit-notifier/git-commit-notifier/issues/76; open-xchange/appsuite-middleware com.openexchange.smtp/src/com/openexchange/smtp/SMTPExceptionMessage.java (MISSING_RECIPIENTS_MSG); OpenSMTPD/OpenSMTPD usr.sbin/smtpd/smtp_session.c (smtp_check_data, rcptcount == 0)",
  },
  thunderbirdWording(
    "no-recipients",
    ["noRecipients"],
    0.9,
    "Kein Empfänger angegeben. Bitte geben Sie einen Empfänger oder eine Newsgruppe im Adressfeld an.",
  ),
  gettextWording("no-recipients", ["msmtp:no recipients found"], 0.88, "keine Empfänger gefunden"),
  {
    // The family: no recipient was given or none was left, in any client's or server's words. Weaker than the refusal that left none (a rejected HELO, sender or relay), which names why; "no recipients accepted" only reports such refusals.
    cause: "no-recipients",
    pattern:
      /\bno (?:valid )?recipients?(?:\(s\))?\b(?! (?:were )?accepted)|\brecipients? (?:not|were not) (?:defined|specified|given|supplied)\b|\bTo:? address (?:may not be blank|not specified|is (?:empty|missing))\b/i,
    confidence: 0.75,
    example: "There are no recipient(s) for the new message.",
    source:
      "https://github.com/zammad/zammad/issues/2123; https://github.com/nodemailer/nodemailer/issues/164; https://github.com/ggpwnkthx/Microsoft-Graph-SMTP-Relay/issues/7; https://github.com/Attendize/Attendize/issues/868; https://github.com/craftcms/cms/issues/11175; https://github.com/swiftmailer/swiftmailer/issues/1274; https://github.com/walinejs/waline/issues/3207; open-xchange/appsuite-middleware com.openexchange.smtp/src/com/openexchange/smtp/SMTPExceptionMessage.java (MISSING_RECIPIENTS)",
  },
  {
    // smtplib names each refused recipient: here the empty string, so no recipient address was given.
    cause: "no-recipients",
    pattern: /\bSMTPRecipientsRefused: \{''/i,
    confidence: 0.85,
    example: "smtplib.SMTPRecipientsRefused: {'': (501, '5.1.3 Bad recipient address syntax')}",
    source: "https://pastebin.com/L2Q7pLGp",
  },
  {
    // The concept, as one phrasing: a client that found no recipient to send to, however worded
    // ("An SMTP To address is required", "Message must have at least one `to`, `cc`, or `bcc`
    // header", "no valid addresses in recipient list", "No recipients defined"); 37 of the 46
    // corpus replies with these words are this cause, the rest carry a server's more specific
    // refusal.
    cause: "no-recipients",
    origin: "client",
    pattern:
      /(?:\b(?:To|recipient) address (?:is )?required\b|\bmust have at least one\b[^.;\n]{0,10}?\b(?:to|recipient)\b|\b(?:no|missing) (?:valid )?(?:message )?(?:addresses in (?:the )?)?recipients?\b(?! (?:address )?(?:rejected|refused|denied|unknown|were|was|accepted)))/i,
    confidence: 0.8,
    example:
      "An SMTP To address is required to send a message. Set the message smtp_envelope_to, to, cc, or bcc address.",
    source:
      "https://github.com/mikel/mail/blob/03abb3e1c19a9e866c46eef9342734c6f1d5b77c/spec/mail/network/delivery_methods/smtp_spec.rb; https://github.com/eleith/emailjs/blob/02f7ea5e2e438602666ceac97af36df08b4d2730/test/client.ts; https://github.com/rjbs/Email-Sender/blob/0207c847268a888abc52753c7474468d4e749046/lib/Email/Sender/Transport/SMTP.pm; https://github.com/Dolibarr/dolibarr/issues/10695; https://github.com/craftcms/cms/issues/11175; https://github.com/stalwartlabs/mail-send/blob/99733c80001da981f352881a135c2923d57c6708/src/lib.rs",
  },
]);
