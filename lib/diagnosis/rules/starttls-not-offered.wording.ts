import { gettextWording } from "../reply-patterns/gettext-languages";
import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { CURL, JAVAMAIL, MAILKIT, PYTHON } from "../reply-patterns/sources";
import { thunderbirdWording } from "../reply-patterns/thunderbird-languages";
import { wordingTable } from "../reply-patterns/wording-table";

const DOTNET = "dotnet/runtime src/libraries/System.Net.Mail/src/Resources/Strings.resx";

/**
 * How servers and client libraries word "The server does not offer STARTTLS": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  // STARTTLS and AUTH capabilities, as clients report them.
  {
    cause: "starttls-not-offered",
    origin: "client",
    pattern:
      /STARTTLS extension not supported by server|STARTTLS (?:is|was) required,? but\b|Server does not support secure connections|does not support (?:the )?STARTTLS|smtp: server doesn't support STARTTLS|Requested SSL level failed|StartTLS (?:is )?not supported/i,
    confidence: 0.9,
    example: "smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.",
    source: `${PYTHON}; ${JAVAMAIL}; ${DOTNET}; ${CURL}; ${MAILKIT}`,
  },

  {
    cause: "starttls-not-offered",
    pattern:
      /STARTTLS command used when not advertised|Command (?:unrecognized|not recognized|not implemented): "?STARTTLS|STARTTLS (?:extension )?not supported|does not support (?:STARTTLS|secure connections)|Server does not support secure connections/i,
    confidence: 0.92,
    example: '500 5.5.1 Command unrecognized: "STARTTLS"',
    source: "public zgrab/scan test fixture (code index id 10215994230)",
  },

  {
    cause: "starttls-not-offered",
    pattern:
      /TLS (?:is )?not supported|TLS is required, but was not offered|STARTTLS[ -](?:is[ -])?not[ -](?:offered|advertised|available|supported)|must support TLS to receive mail|(?:Command unrecognized|command not recognized|Unrecognized command|not implemented)\W{0,3}"?STARTTLS|STARTTLS (?:command )?(?:not (?:recognized|implemented|supported)|used when not advertised)/i,
    confidence: 0.9,
    example: "TLS is required, but was not offered by host 127.0.0.1[127.0.0.1]",
    source:
      "https://github.com/iredmail/iRedMail/issues/265; https://github.com/davidmoten/subethasmtp/issues/1; https://github.com/postalserver/postal/issues/745",
  },
  {
    cause: "starttls-not-offered",
    pattern:
      /STARTTLS_NOT_SUPPORTED|STARTTLS (?:is )?not supported by (?:the )?server|server does(?: not|n't) (?:support|offer|advertise) (?:the )?STARTTLS(?: extension)?(?! \()/i,
    confidence: 0.9,
    origin: "client",
    example:
      "SMTP Last Response Code: 250\nSMTP Last Response: mail.example.org\nPIPELINING\nSIZE 10240000\nETRN\nAUTH PLAIN LOGIN\nAUTH=PLAIN LOGIN\nENHANCEDSTATUSCODES\n8BITMIME\nDSN\nCHUNKING\n\n\nmailsmtp Last Error Code: 24\nmailsmtp Last Error Explanation: MAILSMTP_ERROR_STARTTLS_NOT_SUPPORTED\nmailsmtp Last Error Location: 3",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/2359",
  },
  {
    cause: "starttls-not-offered",
    pattern: /nicht mit STARTTLS aufgebaut werden, da der Server diese Funktion nicht angibt/i,
    confidence: 0.92,
    origin: "client",
    example:
      "Fehler beim Senden der Nachricht: Eine sichere Verbindung mit dem SMTP-Server smtp.example.com kann nicht mit STARTTLS aufgebaut werden, da der Server diese Funktion nicht angibt. Schalten Sie STARTTLS für diesen Server ab oder kontaktieren Sie Ihren Anbieter des E-Mail-Diensts.",
    source:
      "thunderbird/thunderbird-l10n de/mail/messenger/messengercompose/messengercompose.ftl [smtp-starttls-failed, rendered with hostname smtp.example.com]",
  },
  {
    cause: "starttls-not-offered",
    pattern: /server does not support TLS via the STARTTLS command/i,
    confidence: 0.92,
    origin: "client",
    example: "msmtp: the server does not support TLS via the STARTTLS command",
    source: "https://github.com/LukeSmithxyz/mutt-wizard/issues/717",
  },
  {
    cause: "starttls-not-offered",
    pattern:
      /не передбачено підтримки TLS на основі команди STARTTLS|stöder inte TLS via kommandot STARTTLS/i,
    confidence: 0.9,
    origin: "client",
    example: "на сервері не передбачено підтримки TLS на основі команди STARTTLS",
    source:
      "marlam/msmtp po/uk.po (Debian msmtp 1.8.23-1, /usr/share/locale/uk/LC_MESSAGES/msmtp.mo); marlam/msmtp po/sv.po (Debian msmtp 1.8.23-1, /usr/share/locale/sv/LC_MESSAGES/msmtp.mo)",
  },
  {
    cause: "starttls-not-offered",
    pattern: /STARTTLS extension not (?:found|supported)|Request to use SSL was denied/i,
    confidence: 0.88,
    example: "Error sending test SMTP STARTTLS extension not found",
    source:
      "https://github.com/knadh/listmonk/issues/242; https://www.easymanua.ls/siemens/simatic-net-et-200sp/manual?p=105",
  },
  {
    cause: "starttls-not-offered",
    pattern: /STARTTLS denied/i,
    confidence: 0.8,
    origin: "client",
    example: "STARTTLS denied, code 454",
    source: "curl/curl lib/smtp.c",
  },
  {
    cause: "starttls-not-offered",
    pattern:
      /STARTTLS をサポートしていないため|usando STARTTLS, uma vez que ele não anuncia|unterstützt TLS über das STLS Kommando nicht/i,
    confidence: 0.9,
    origin: "client",
    example:
      "メールの送信前にエラーが発生しました: 送信 (SMTP) サーバー smtp.example.com が STARTTLS をサポートしていないため、保護された接続を確立できませんでした。",
    source:
      "thunderbird/thunderbird-l10n ja/mail/chrome/messenger/messengercompose/composeMsgs.properties; thunderbird/thunderbird-l10n pt-BR/mail/chrome/messenger/messengercompose/composeMsgs.properties (smtpStartTlsFailed); marlam/msmtp po/de.po ('the server does not support TLS via the STARTTLS command')",
  },
  {
    cause: "starttls-not-offered",
    pattern:
      /\bSTARTTLS required but not advertised\b|\bTLS required but not supported\b|does not support the "?STARTTLS"? extension|\bno admite conexiones seguras\b|Server does not support secure connections/i,
    confidence: 0.95,
    example: "451 4.7.6 [internal] STARTTLS required but not advertised",
    source:
      "https://knowledge.broadcom.com/external/article/416007/inbound-email-delivery-issue-starttls-n.html; https://sendgrid.com/docs/for-developers/sending-email/enforced-tls/; https://github.com/vmware-archive/pcf-pipelines/issues/233; .NET SmtpException (es) via a public C# mail helper, code index id 44323906708",
  },
  {
    // IXP_E_SMTP_NO_STARTTLS_SUPPORT: the server did not offer STARTTLS ("The server does not support a SSL connection").
    cause: "starttls-not-offered",
    pattern: /\b0x800CCC7D\b/i,
    confidence: 0.85,
    origin: "client",
    example:
      "The server does not support a SSL connection. Account: 'Postfix', Server: '203.0.113.5', Protocol: SMTP, Server Response: '250 DSN', Port: 25, Secure(SSL): Yes, Server Error: 250, Error Number: 0x800CCC7D",
    source:
      "Outlook Express / Windows Mail / Outlook send errors: the Windows SDK's imnxport.h (IXP_E_* HRESULTs, 0x800CCCxx)",
  },
  {
    // Thunderbird's startTlsFailed (English, German): the server's EHLO does not list STARTTLS.
    cause: "starttls-not-offered",
    pattern:
      /STARTTLS since it doesn'?t (?:advertise that feature|offer STARTTLS)|kann nicht mit STARTTLS aufgebaut werden, da der Server diese Funktion nicht angibt/i,
    confidence: 0.9,
    origin: "client",
    example:
      "Fehler beim Senden der Nachricht: Eine sichere Verbindung mit dem SMTP-Server smtp.example.com kann nicht mit STARTTLS aufgebaut werden, da der Server diese Funktion nicht angibt. Schalten Sie STARTTLS für diesen Server ab oder kontaktieren Sie Ihren Anbieter des E-Mail-Diensts.",
    source:
      "comm-central mail/locales/en-US/messenger/messengercompose/messengercompose.ftl (send-error-smtp-*) and mail/locales/en-US/chrome/messenger/messengercompose/composeMsgs.properties (smtpAuth*, startTlsFailed); https://github.com/thunderbird/thunderbird-l10n/blob/09e987749e000af2404ea1e3e666c75dc3eb16ff/de/mail/chrome/messenger/messengercompose/composeMsgs.properties",
  },
  {
    // Thunderbird's smtp-starttls-failed (messengercompose.ftl): the account requires STARTTLS and the server's EHLO reply does not offer it.
    cause: "starttls-not-offered",
    pattern:
      /\bUnable to establish a secure link with Outgoing server \(SMTP\) \S+ using STARTTLS since it doesn.t advertise that feature\b/i,
    confidence: 0.92,
    origin: "client",
    example:
      "Sending of the message failed.  \nAn error occurred while sending mail: Unable to establish a secure link with Outgoing server (SMTP) mail.nsipmail.de using STARTTLS since it doesn't advertise that feature. Switch off STARTTLS for that server or contact your service provider.",
    source:
      "Security test report 'Thunderbird – Kali Linux – T1 (STARTTLS Stripping)', Thunderbird 140.4.0esr via mitmproxy (stored copy code index id 37683762534); Thunderbird messengercompose.ftl, en-US strings (stored copy code index id 66058533687)",
  },
  {
    cause: "starttls-not-offered",
    pattern: /\bbằng cách sử dụng STARTTLS vì nó không sử dụng tính năng đó/i,
    confidence: 0.92,
    origin: "client",
    example:
      "Đã xảy ra lỗi khi gửi thư: Không thể thiết lập liên kết an toàn với máy chủ gửi thư (SMTP) smtp.example.com bằng cách sử dụng STARTTLS vì nó không sử dụng tính năng đó. Tắt STARTTLS cho máy chủ hoặc liên hệ với nhà cung cấp dịch vụ của bạn.",
    source:
      "Thunderbird messengercompose.ftl, Vietnamese (vi) localisation (stored copy code index id 67089302644)",
  },
  {
    // The client requires STARTTLS and the server's EHLO reply did not offer it: gen_smtp's missing_requirement (tls: :always), or a Postfix that turned TLS off because its own settings are invalid.
    cause: "starttls-not-offered",
    pattern: /\{:missing_requirement, "[^"]*", :tls\}/i,
    confidence: 0.85,
    example:
      '** (Bamboo.SMTPAdapter.SMTPError) There was a problem sending the email through SMTP.\n\nThe error is :retries_exceeded\n\nMore detail below:\n\n{:missing_requirement, "smtp.example.com", :tls}',
    source: "https://github.com/fewlinesco/bamboo_smtp/issues/72",
  },
  {
    cause: "starttls-not-offered",
    pattern: /\bdisabling TLS support\b/i,
    confidence: 0.85,
    example: 'warning: Invalid TLS protocol list "!SSLv2, !SSLv3 #, !TLSv1, !TLSv1.1": disabling TLS support',
    source: "https://github.com/mailcow/mailcow-dockerized/issues/616",
  },
  {
    // The sender requires TLS and the receiving server does not offer STARTTLS (a gateway's or sending service's enforced TLS).
    cause: "starttls-not-offered",
    pattern: /\b(?:STARTTLS|TLS) required but not (?:advertised|supported|offered)\b/i,
    confidence: 0.93,
    example: "TLS required but not supported",
    source:
      "https://knowledge.broadcom.com/external/article/416007/inbound-email-delivery-issue-starttls-n.html; https://sendgrid.com/docs/for-developers/sending-email/enforced-tls/",
  },
  thunderbirdWording(
    "starttls-not-offered",
    ["startTlsFailed"],
    0.9,
    "Fehler beim Senden der Nachricht: Eine sichere Verbindung mit dem SMTP-Server smtp.example.com kann nicht mit STARTTLS aufgebaut werden, da der Server diese Funktion nicht angibt.",
  ),
  gettextWording(
    "starttls-not-offered",
    ["msmtp:the server does not support TLS via the STARTTLS command"],
    0.9,
    "der POP-Server unterstützt über den STLS-Befehl kein TLS",
  ),
  gettextWording(
    "starttls-not-offered",
    ["mutt:Encrypted connection unavailable"],
    0.8,
    "No s’ha pogut establir una connexió xifrada.",
  ),
  {
    // Alertmanager requires TLS by default and the server offered no STARTTLS (against port 465 the same words mean the wrong TLS mode).
    cause: "starttls-not-offered",
    pattern: /\bdoes not advertise the STARTTLS extension\b/i,
    confidence: 0.85,
    example:
      'level=warn ts=2021-09-01T13:19:35.843Z caller=notify.go:674 component=dispatcher receiver=lve-admin-mails integration=email[0] msg="Notify attempt failed, will retry later" attempts=1 err="\'require_tls\' is true (default) but \\"localhost:25\\" does not advertise the STARTTLS extension"',
    source: "https://github.com/prometheus/alertmanager/issues/2688",
  },
  {
    // A server's answer to STARTTLS when it has no TLS set up at all: a bare "TLS not available"
    // (aiosmtpd, Stalwart, Postal, Courier, Rust servers: each code path answers so when no
    // certificate or acceptor is configured). Postfix's "TLS not available due to local problem"
    // is a broken TLS setup, and Courier's "…, but it's required" a contradiction: neither is this.
    cause: "starttls-not-offered",
    pattern: /\bTLS not available\b(?! due to)(?!,? but)/i,
    confidence: 0.82,
    example: "502 5.7.0 TLS not available.",
    source:
      "https://github.com/aio-libs/aiosmtpd/blob/017d7021773005c3e595bb65dd73ebcb7933436b/aiosmtpd/smtp.py; stalwartlabs/stalwart crates/smtp/src/inbound/session.rs (Request::StartTls, !acceptor.is_tls); https://github.com/postalserver/postal/issues/745; https://github.com/svarshavchik/courier/blob/749aee4a79da5e100843a34968c841bd055141a9/courier/courier/module.esmtp/courieresmtpd.C (main, STARTTLS && !starttls)",
  },
  {
    // A client that will not sign in on a connection the server left unencrypted (no STARTTLS
    // offered): denomailer, Dart's mailer.
    cause: "starttls-not-offered",
    origin: "client",
    pattern: /\bconnection is not secure\b/i,
    confidence: 0.75,
    example: "Error: Connection is not secure! Don't send authentication over non secure connection!",
    source:
      "https://github.com/EC-Nordbund/denomailer/blob/HEAD/client/basic/client.ts; https://github.com/kaisellgren/mailer/blob/HEAD/lib/src/smtp/connection.dart",
  },
  {
    // A client's or relay's own report that the other end offered no TLS, in plain words (Exchange's
    // "The remote SMTP service does not support TLS" when TLS is required for a domain).
    cause: "starttls-not-offered",
    pattern: /\b(?:SMTP )?(?:service|server|host) does(?: not|n't) support TLS\b(?! via)/i,
    confidence: 0.85,
    example: "The remote SMTP service does not support TLS.",
    source:
      "code index id 38888687717 (blog post 'Troubleshooting TLS connections in email', 2006-10-05); https://github.com/marlam/msmtp (the server does not support TLS via the STARTTLS command)",
  },
  {
    // OpenSSL's s_client, asked to start TLS on an SMTP port, finds no STARTTLS in the EHLO reply
    // ("trying anyway" then fails with "wrong version number": that failure is the consequence).
    cause: "starttls-not-offered",
    origin: "client",
    pattern: /\bDidn't find STARTTLS in server response\b/i,
    confidence: 0.93,
    example:
      "Didn't find STARTTLS in server response, trying anyway...\n140468394607936:error:1408F10B:SSL routines:ssl3_get_record:wrong version number:../ssl/record/ssl3_record.c:331:",
    source:
      "https://github.com/docker-mailserver/docker-mailserver/issues/3102; openssl apps/s_client.c (STARTTLS for SMTP)",
  },
  {
    // Purelymail's outbound relay requiring TLS of the receiving MX, which offered none.
    cause: "starttls-not-offered",
    pattern: /\bMinimumTlsRequirementNotMetError\b[^\n]{0,60}\bbut got TLS_NONE\b/,
    confidence: 0.88,
    example:
      "remote mailserver unitii.com (3.233.30.191): MinimumTlsRequirementNotMetError: Expected at least TLS1_0 but got TLS_NONE (5.0.0)",
    source: "https://github.com/Purelymail/purelymail-issues/issues/393",
  },
]);
