import { gettextWording } from "../reply-patterns/gettext-languages";
import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { JAVAMAIL, MAILKIT, PYTHON } from "../reply-patterns/sources";
import { thunderbirdWording } from "../reply-patterns/thunderbird-languages";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "Authentication method not supported": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "auth-mechanism-unsupported",
    origin: "client",
    pattern:
      /No suitable authentication method found|No authentication mechanisms supported by both server and client|smtp: no supported auth mechanism|none of the (?:server's )?(?:SASL )?(?:authentication )?mechanisms (?:are )?supported|No compatible authentication mechanism|AuthenticationMechanismTooWeak/i,
    confidence: 0.88,
    example: "smtplib.SMTPException: No suitable authentication method found.",
    source: `${PYTHON}; ${JAVAMAIL}; ${MAILKIT}`,
  },

  {
    cause: "auth-mechanism-unsupported",
    pattern:
      /Unrecognized authentication type|Unsupported authentication (?:mechanism|method|type)|authentication (?:mechanism|method) (?:is )?not supported|No authentication mechan\w+ supported by both server and client/i,
    confidence: 0.93,
    example: "504 5.7.4 Unrecognized authentication type",
    source: "real client log quoted in a public forum post (code index id 56737693859)",
  },

  {
    cause: "auth-mechanism-unsupported",
    pattern:
      /Invalid authentication mechanism|no mechanism available|AUTH mechanism \S+ (?:is )?not (?:available|supported|enabled)|no form of authori[sz]ation supported|Command "?AUTH [A-Z0-9-]+[^"]*"? not implemented|Unsupported (?:SASL |authentication )?mechanism|mechanism (?:\S+ )?(?:is )?not supported/i,
    confidence: 0.93,
    example: "535 5.7.8 Error: authentication failed: Invalid authentication mechanism",
    source:
      "https://github.com/knadh/listmonk/issues/1750; https://github.com/splitbrain/dokuwiki-plugin-smtp/issues/65; https://github.com/bigbluebutton/greenlight/issues/2422; https://github.com/eleith/emailjs/issues/126; https://github.com/nodemailer/nodemailer/issues/878; https://github.com/elastic/logstash/issues/11556",
  },
  {
    cause: "auth-mechanism-unsupported",
    pattern:
      /\b(?:PLAIN|LOGIN|CRAM-MD5|DIGEST-MD5|XOAUTH2|NTLM|GSSAPI)\b (?:authentication |mechanism )?(?:is )?not (?:permitted|supported|allowed|available|enabled)/i,
    confidence: 0.92,
    example: "504 PLAIN authentication is not permitted by this server.",
    source:
      "RFC 4954 §6 (504 5.5.4 Unrecognized authentication type); Exim/exim src/smtp_in.c (504 … not permitted)",
  },
  {
    cause: "auth-mechanism-unsupported",
    pattern:
      /No worthy mechs found|No authentication mechanisms were tried since the server did not support any|no (?:supported|usable|compatible) (?:authentication|auth|SASL) mechanism/i,
    confidence: 0.9,
    origin: "client",
    example:
      "2020-05-21 15:28:58.222792+0800 MailCore2Demo[32504:3732305] No worthy mechs found\n2020-05-21 15:28:58.223952+0800 MailCore2Demo[32504:3732075] smtp error: Error Domain=MCOErrorDomain Code=5 \"Unable to authenticate with the current session's credentials.\" UserInfo={MCOSMTPResponseCodeKey=250, NSLocalizedDescription=Unable to authenticate with the current session's credentials.",
    source:
      "https://github.com/MailCore/mailcore2/issues/1875; https://github.com/swiftmailer/swiftmailer/issues/61",
  },
  {
    cause: "auth-mechanism-unsupported",
    pattern:
      /unterstützt die gewählte Authentifizierungsmethode nicht|does not support the selected authentication method/i,
    confidence: 0.92,
    origin: "client",
    example:
      'Der SMTP-Server smtp.example.com unterstützt die gewählte Authentifizierungsmethode nicht. Bitte ändern Sie die "Authentifizierungsmethode" unter "Konten-Einstellungen | Postausgangs-Server (SMTP)".',
    source:
      "thunderbird/thunderbird-l10n de/mail/messenger/messengercompose/messengercompose.ftl [smtp-auth-mechanism-not-supported, rendered with hostname smtp.example.com]",
  },
  {
    cause: "auth-mechanism-unsupported",
    pattern: /server does not support authentication method \S+|server does not support SMTP AUTH type/i,
    confidence: 0.94,
    origin: "client",
    example: "msmtp: the server does not support authentication method LOGIN",
    source:
      "https://github.com/LukeSmithxyz/mutt-wizard/issues/717; https://github.com/KeepSec-Technologies/Mail2Go/issues/3",
  },
  {
    cause: "auth-mechanism-unsupported",
    pattern: /Authentication type not supported by (?:the )?(?:smtp )?server/i,
    confidence: 0.85,
    example: "0x8016 | 32790 | Authentication type not supported by smtp server",
    source: "https://infosys.beckhoff.com/content/1033/tf6350_tc3_sms_smtp/373312395.html",
  },
  {
    cause: "auth-mechanism-unsupported",
    pattern: /Unable to use this auth(?:entication)? type/i,
    confidence: 0.9,
    example: "Message not sent. Server replied:\nAuthentication failed\n535 Unable to use this auth type",
    source: "https://pastebin.com/pwcBN2em",
  },
  {
    // Mutt/NeoMutt: no SASL mechanism the client has in common with the server's list.
    cause: "auth-mechanism-unsupported",
    pattern: /No authenticators available/i,
    confidence: 0.85,
    origin: "client",
    example: "No authenticators available",
    source: "https://github.com/termux/termux-packages/issues/2434",
  },
  {
    cause: "auth-mechanism-unsupported",
    pattern: /No known authentication mechanisms? supported/i,
    confidence: 0.88,
    origin: "client",
    example: "No known authentication mechanisms supported!",
    source: "curl/curl lib/smtp.c",
  },
  {
    cause: "auth-mechanism-unsupported",
    pattern:
      /не поддерживает выбранный метод аутентификации|nie zezwala na uwierzytelnianie przy pomocy haseł przesyłanych otwartym tekstem|não tem suporte a senhas criptografadas|şifrelenmiş parolaları desteklemiyor/i,
    confidence: 0.88,
    origin: "client",
    example:
      "Сервер исходящей почты (SMTP) «smtp.example.com» не поддерживает выбранный метод аутентификации.",
    source:
      "thunderbird/thunderbird-l10n ru/mail/chrome/messenger/messengercompose/composeMsgs.properties; thunderbird/thunderbird-l10n pl/mail/chrome/messenger/messengercompose/composeMsgs.properties; thunderbird/thunderbird-l10n pt-BR/mail/chrome/messenger/messengercompose/composeMsgs.properties; thunderbird/thunderbird-l10n tr/mail/chrome/messenger/messengercompose/composeMsgs.properties (smtpAuthMechNotSupported, smtpHintAuthPlainToEncrypt, smtpHintAuthEncryptToPlain)",
  },
  {
    cause: "auth-mechanism-unsupported",
    pattern: /\bauthentication type not supported\b|\bunsupported authentication type\b/i,
    confidence: 0.88,
    stages: ["auth"],
    example: "504 authentication type not supported",
    source: "GoDaddy SMTP relay transcripts (AUTH CRAM-MD5 refused with 504)",
  },
  {
    // Ruby's Net::SMTP: the configured authentication type is not one it knows ("AUTH LOGIN" for :login).
    cause: "auth-mechanism-unsupported",
    pattern: /wrong authentication type/i,
    confidence: 0.85,
    origin: "client",
    example: "ArgumentError: wrong authentication type AUTH LOGIN",
    source: "https://github.com/mastodon/mastodon/issues/5792",
  },
  {
    // Thunderbird's smtpHintAuth* and smtpAuthMechNotSupported (English, German): the chosen authentication method is not one the server offers.
    cause: "auth-mechanism-unsupported",
    pattern:
      /does not allow cleartext passwords|does not support the selected authentication method|does not seem to support encrypted passwords|erlaubt die ungesicherte Übertragung des Passworts im Klartext nicht|scheint die (?:verschlüsselte Übertragung des Passworts|Übertragung verschlüsselter Passwörter) nicht zu unterstützen/i,
    confidence: 0.85,
    origin: "client",
    example:
      'Der SMTP-Server smtp.example.com erlaubt die ungesicherte Übertragung des Passworts im Klartext nicht. Ändern Sie die "Authentifizierungsmethode" bitte versuchsweise zu "Verschlüsseltes Passwort" unter "Konten-Einstellungen | Postausgangs-Server (SMTP)".',
    source:
      "comm-central mail/locales/en-US/messenger/messengercompose/messengercompose.ftl (send-error-smtp-*) and mail/locales/en-US/chrome/messenger/messengercompose/composeMsgs.properties (smtpAuth*, startTlsFailed); https://github.com/thunderbird/thunderbird-l10n/blob/09e987749e000af2404ea1e3e666c75dc3eb16ff/de/mail/chrome/messenger/messengercompose/composeMsgs.properties",
  },
  {
    // Thunderbird's smtpHintAuthPlainToEncrypt in French.
    cause: "auth-mechanism-unsupported",
    pattern: /n[’']autorise pas les mots de passe non chiffrés/i,
    confidence: 0.85,
    origin: "client",
    example:
      "Le serveur sortant (SMTP) smtp.example.com n’autorise pas les mots de passe non chiffrés. Veuillez modifier la « Méthode d’authentification » pour « Mot de passe chiffré » dans le menu « Paramètres des comptes | Serveur sortant (SMTP) ».",
    source:
      "https://github.com/thunderbird/thunderbird-l10n/blob/7c60f1d050a03ab34d0cf0e3eeb105fb93cdb45f/fr/mail/chrome/messenger/messengercompose/composeMsgs.properties",
  },
  {
    // Thunderbird's smtp-auth-mechanism-not-supported in Vietnamese, and a BMC's alerting page: the sign-in method the client uses is not one the server offers.
    cause: "auth-mechanism-unsupported",
    pattern: /không hỗ trợ phương thức xác thực đã chọn/i,
    confidence: 0.88,
    example:
      "Máy chủ gửi thư (SMTP) smtp.example.com không hỗ trợ phương thức xác thực đã chọn. Vui lòng thay đổi ‘Phương thức xác thực’ trong ‘Cài đặt tài khoản | Máy chủ gửi thư (SMTP)’.",
    source:
      "Thunderbird messengercompose.ftl, Vietnamese (vi) localisation (stored copy code index id 67089302644)",
  },
  {
    cause: "auth-mechanism-unsupported",
    pattern: /\bAuthentication type is not supported by (?:the )?SMTP Server\b/i,
    confidence: 0.88,
    example: "Authentication type is not supported by SMTP Server",
    source: "https://asrock.manymanuals.es/networking/en2c602-4l-d12/quick-start-manual-27762/40",
  },
  thunderbirdWording(
    "auth-mechanism-unsupported",
    ["smtpAuthMechNotSupported"],
    0.88,
    "Der SMTP-Server smtp.example.com unterstützt die gewählte Authentifizierungsmethode nicht.",
  ),
  // The same hint with and without SSL: most language packs word both alike, a few differently.
  thunderbirdWording(
    "auth-mechanism-unsupported",
    ["smtpHintAuthEncryptToPlainNoSsl", "smtpHintAuthEncryptToPlainSsl"],
    0.88,
    "Der SMTP-Server smtp.example.com scheint die verschlüsselte Übertragung des Passworts nicht zu unterstützen.",
  ),
  thunderbirdWording(
    "auth-mechanism-unsupported",
    ["smtpHintAuthPlainToEncrypt"],
    0.88,
    "Der SMTP-Server smtp.example.com erlaubt die ungesicherte Übertragung des Passworts im Klartext nicht.",
  ),
  gettextWording(
    "auth-mechanism-unsupported",
    ["msmtp:the server does not support authentication method %s"],
    0.88,
    "der Server unterstützt Authentifizierungsmethode LOGIN nicht",
  ),
  {
    // The concept, as one phrasing: the server and the client share no sign-in method, however
    // the client words it ("server does not support SMTP AUTH type: PLAIN", "wrong authentication
    // type AUTH LOGIN", "no form of authorisation supported", "Unable to use this auth type",
    // "did not support any of the ones loaded", "Authentication type is not supported", "No auth
    // mechanism supported: [NTLM]", "Authentication methods SASL PLAIN and LOGIN are
    // unavailable", "cannot found supported authentication methods"). Lettre's "No compatible
    // authentication mechanism" is left to its own wording (AUTH not offered at all).
    cause: "auth-mechanism-unsupported",
    pattern:
      /(?:\b(?:auth(?:entication|orisation|orization)?|login) (?:type|method|mechanism|scheme)s? (?:is |are )?(?:not supported|unsupported|not (?:available|allowed|implemented))\b|\b(?:does not|doesn't|does no|did not|didn't) support (?:any of the (?:ones|available (?:auth\w* )?(?:types|methods|mechanisms))|(?:the |this )?(?:SMTP )?(?:[\w-]+ )?(?:AUTH|authentication|auth) (?:type|method|mechanism|scheme)s?)|\bno form of auth\w* supported|\bwrong auth\w* (?:type|method|mechanism)|\bunable to use this auth\w* (?:type|method|mechanism)|\bno (?:suitable|supported|common) auth\w* (?:types?|methods?|mechanisms?)\b|\bno auth\w* (?:types?|methods?|mechanisms?) (?:is |are )?(?:supported|available)\b|\b(?:cannot|can't|could not|couldn't|unable to) (?:find|found) (?:a |any )?(?:supported|suitable|common|usable) auth\w* (?:types?|methods?|mechanisms?)\b|\bauth\w* (?:types?|methods?|mechanisms?)\b[^.\n]{1,40}?\b(?:is|are) (?:unavailable|not available|not supported|unsupported)\b|\b(?:unknown|unsupported|invalid|bad) (?:SASL |AUTH |auth\w* )+(?:type|method|mechanism)\b)/i,
    confidence: 0.88,
    example: "Error sending email: dial failed: server does not support SMTP AUTH type: PLAIN",
    source:
      "https://github.com/KeepSec-Technologies/Mail2Go/issues/3; https://github.com/nodemailer/nodemailer/blob/90abf7d11db5ebfeb4292b62c1fff969741c7d33/test/smtp-connection/smtp-connection-auth-test.ts; https://github.com/eclipse-ee4j/angus-mail/blob/216c5f802cb6002ce9f0c8f227c70b27bc2817b7/providers/angus-mail/src/test/java/org/eclipse/angus/mail/smtp/SMTPLoginHandler.java; https://github.com/LukeSmithxyz/mutt-wizard/issues/717; https://github.com/eleith/emailjs/issues/126; https://github.com/mastodon/mastodon/issues/5792; https://pastebin.com/pwcBN2em; https://pastebin.com/z8RXfQKH; https://github.com/python/cpython/blob/0011af77490cf4d01a347e1c40470257a1e09baf/Lib/smtplib.py; https://github.com/swiftmailer/swiftmailer/issues/61; https://github.com/thunderbird/thunderbird-android/blob/14a7f1b0d3a0409234f8075956f836248c7ef7d5/mail/protocols/smtp/src/test/java/com/fsck/k9/mail/transport/smtp/SmtpTransportTest.kt; https://github.com/kaisellgren/mailer/blob/06ee0257fe78c9d7cec41cbb2bdf7f1880a11d9f/lib/src/smtp/smtp_client.dart; https://github.com/Zimbra/zm-mailbox/blob/04aa15c6591acda801ebd3564bd87a530988ae55/src/java-test/com/zimbra/cs/mailclient/smtp/SmtpTransportTest.java; https://github.com/stalwartlabs/mail-send/blob/99733c80001da981f352881a135c2923d57c6708/src/lib.rs; https://github.com/arcage/crystal-email/blob/97b67bfce3551cdfa016b05aaad50b720093ca60/src/email/client.cr",
  },
  {
    // A client's own check of the EHLO list: the server does not offer the mechanism it was set
    // to use (POCO's SMTPClientSession, Dart's mailer).
    cause: "auth-mechanism-unsupported",
    pattern:
      /\bdoes not support (?:the )?(?:LOGIN|PLAIN|CRAM-MD5|DIGEST-MD5|NTLM|XOAUTH2|GSSAPI) authentication\b/i,
    confidence: 0.88,
    origin: "client",
    example: "SMTP Exception: The mail service does not support LOGIN authentication",
    source:
      "https://github.com/pocoproject/poco/blob/HEAD/Net/src/SMTPClientSession.cpp; https://github.com/kaisellgren/mailer/blob/06ee0257fe78c9d7cec41cbb2bdf7f1880a11d9f/lib/src/smtp/smtp_client.dart",
  },
  {
    // RFC 4954's 432 "A password transition is needed": sign in once with PLAIN (over TLS) before
    // the chosen mechanism works.
    cause: "auth-mechanism-unsupported",
    pattern: /\bpassword transition (?:is )?needed\b/i,
    confidence: 0.8,
    example: "432 PLAIN password transition needed",
    source:
      "RFC 4954 §6 (432 4.7.12 A password transition is needed); code index id 17994970410 (simta receive.c, newer version, case SASL_TRANS); https://github.com/graeme-walker/emailrelay/blob/HEAD/src/gsmtp/gsmtpserversend.cpp",
  },
]);
