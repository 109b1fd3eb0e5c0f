import { gettextWording } from "../reply-patterns/gettext-languages";
import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import {
  DOTNET_SECURITY,
  GO_TLS,
  JAVAMAIL,
  JSSE,
  MAILKIT,
  OPENSSL,
  POSTFIX,
} from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The TLS handshake failed": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  // Other handshake failures.
  {
    // The family: a TLS alert the peer sent that names no certificate or version (an internal
    // error, an illegal parameter, a decode or decrypt error), as OpenSSL and BoringSSL spell it.
    cause: "tls-handshake-failed",
    pattern:
      /\b(?:SSLV3|TLSV1(?:\.[0-3])?)[_ ]ALERT[_ ](?:INTERNAL[_ ]ERROR|ILLEGAL[_ ]PARAMETER|DECODE[_ ]ERROR|DECRYPT[_ ]ERROR|UNEXPECTED[_ ]MESSAGE)\b/i,
    confidence: 0.75,
    stages: ["tls", "connect", "greeting", "ehlo", "auth"],
    example:
      "TLS Negotiation failed: FAILED_PRECONDITION: starttls error (71): 8442728243200:error:10000417:SSL routines:OPENSSL_internal:SSLV3_ALERT_ILLEGAL_PARAMETER",
    source:
      "https://faastic.com/knowledgebase/59/Error-TLS-Negotiation-failed-FAILED_PRECONDITION-starttls-error-71-when-sending-mails-from-gmail-to-my-mailbox.html?language=farsi; https://github.com/M66B/FairEmail/blob/dd503c8197a238baeaf0a551fda98071526126e6/FAQ.md",
  },
  {
    cause: "tls-handshake-failed",
    origin: "client",
    pattern:
      /Received fatal alert: handshake_failure|alert handshake failure|HANDSHAKE_FAILURE|no shared cipher|no ciphers available|dh key too small|DH_KEY_TOO_SMALL|remote error: tls: handshake failure|Remote host (?:terminated|closed connection during) the handshake|Authentication failed because the remote party has closed the transport stream/i,
    confidence: 0.7,
    example: "javax.net.ssl.SSLHandshakeException: Received fatal alert: handshake_failure",
    source: `${JSSE}; ${OPENSSL}; ${GO_TLS}; ${DOTNET_SECURITY}; ${MAILKIT}; ${JAVAMAIL}`,
  },
  {
    // JavaMail's "Could not convert socket to TLS" with no nested reason a pattern knows: measured
    // 2026-12-03 over 11 replies, a failed handshake 4, an old TLS version 4, an untrusted or
    // mismatched certificate 3. The likeliest, said at what it is worth.
    cause: "tls-handshake-failed",
    origin: "client",
    pattern: /Could not convert socket to TLS/i,
    confidence: 0.45,
    example: "javax.mail.MessagingException: Could not convert socket to TLS",
    source: JAVAMAIL,
  },

  {
    cause: "tls-handshake-failed",
    pattern:
      /handshake failure|failed to receive handshake|SSL\/TLS connection failed|no shared cipher|SSL negotiation failed|TLS negotiation failed|dh key too small|unsafe legacy renegotiation|\bEPROTO\b/i,
    confidence: 0.8,
    example:
      "Mar 7 17:34:34 docker postfix/submission/smtpd[7447]: warning: TLS library problem: error:1417A0C1:SSL routines:tls_post_process_client_hello:no shared cipher:../ssl/statem/statem_srvr.c:1419:",
    source: `${POSTFIX}/smtpd.c; https://github.com/docker-mailserver/docker-mailserver/issues/1145`,
  },

  {
    // MailKit's generic first line, with none of the reasons it adds when it knows them (an
    // untrusted or mismatched certificate, a plain-text port): a TLS failure, no more. Corpus
    // threads with this line alone ended as a certificate, the port's mode or a handshake fault.
    cause: "tls-handshake-failed",
    origin: "client",
    pattern: /error occurred while attempting to establish an SSL or TLS connection/i,
    confidence: 0.45,
    example: "An error occurred while attempting to establish an SSL or TLS connection.",
    source: `${MAILKIT}; https://github.com/jstedfast/MailKit/issues/722`,
  },

  // Encryption.
  {
    // Postfix's "454 4.7.0 TLS not available due to local problem": the server's own TLS setup
    // failed (a certificate or key it cannot load). The corpus splits it between a failed
    // handshake (6) and the receiver's own misconfiguration (4, 2026-12-03); either way the fault
    // is the server's, as the explanation says.
    cause: "tls-handshake-failed",
    pattern: /TLS not available due to local problem/i,
    confidence: 0.6,
    example: "454 4.7.0 TLS not available due to local problem",
    source:
      "vdukhovni/postfix (postfix-3.12-20260821) postfix/src/smtpd/smtpd.c ; https://github.com/go-gomail/gomail/issues/173; https://github.com/gophish/gophish/issues/2471; https://github.com/hardware/mailserver/issues/236; https://github.com/python/psf-salt/issues/556",
  },
  {
    cause: "tls-handshake-failed",
    pattern:
      /TLS handshake (?:failed|eof|error|failure)|HandshakeFailure|SSL_(?:accept|connect) error|lost connection after STARTTLS|error (?:upgrading|during) (?:connection with )?STARTTLS|Cannot (?:start TLS|STARTTLS)\b(?![^\n]{0,40}\bnot (?:supported|offered|advertised|available))/i,
    confidence: 0.88,
    example: "Diagnostic-Code: SMTP; 403 4.7.0 TLS handshake failed.",
    source:
      "https://github.com/go-gomail/gomail/issues/173; https://github.com/hardware/mailserver/issues/236; https://github.com/gophish/gophish/issues/2471; https://github.com/python/psf-salt/issues/556; https://github.com/docker-mailserver/docker-mailserver/issues/640; https://github.com/rustdesk/rustdesk/issues/5690; https://github.com/mesalock-linux/mesalink/issues/48; https://github.com/docker-mailserver/docker-mailserver/issues/1369; https://github.com/joshuacox/mkdomoticz/issues/15",
  },
  {
    cause: "tls-handshake-failed",
    pattern: /TLS context initialization failed/i,
    confidence: 0.88,
    example:
      'postfix/smtpd[901935]: warning: Wrapper-mode request dropped from external-mail.example.com[192.0.2.15] for service smtps. TLS context initialization failed. For details see earlier warnings in your logs.\npostfix/smtpd[901935]: warning: Invalid TLS protocol list "TLSv1 TLSv1.1 TLSv1.2": disabling TLS support',
    source:
      "https://support.plesk.com/hc/en-us/articles/115001437949-Unable-to-connect-to-SMTP-server-using-port-465-warning-Invalid-TLS-protocol-list",
  },
  {
    cause: "tls-handshake-failed",
    pattern: /TLS error on connection to .{1,100}?\((?:SSL_connect|gnutls_handshake)\)/i,
    confidence: 0.88,
    example:
      "  SMTP>> STARTTLS\n  SMTP<< 220 Ready to start TLS\nLOG: MAIN\n  TLS error on connection to 192.0.2.6 [192.0.2.6] (SSL_connect): error:00000000:lib(0):func(0):reason(0)\nLOG: MAIN\n  TLS session failure: delivering unencrypted to 192.0.2.6 [192.0.2.6] (not in hosts_require_tls)",
    source: "https://github.com/maildev/maildev/issues/153",
  },
  {
    cause: "tls-handshake-failed",
    pattern:
      /TLS bağlantısı pazarlığı yapılamadı|διαπραγμάτευσης σύνδεσης TLS|Kunne ikke opnå TLS-forbindelse/i,
    confidence: 0.88,
    origin: "client",
    example: "TLS bağlantısı pazarlığı yapılamadı",
    source:
      "muttmua/mutt po/tr.po (Debian mutt 2.2.12-0.1~deb12u2, /usr/share/locale/tr/LC_MESSAGES/mutt.mo); muttmua/mutt po/el.po (Debian mutt 2.2.12-0.1~deb12u2, /usr/share/locale/el/LC_MESSAGES/mutt.mo); muttmua/mutt po/da.po (Debian mutt 2.2.12-0.1~deb12u2, /usr/share/locale/da/LC_MESSAGES/mutt.mo)",
  },
  {
    cause: "tls-handshake-failed",
    pattern: /(?:SSL|TLS)-handshake failed|internal SSL error/i,
    confidence: 0.8,
    example: "0x80A5 | 32933 | SSL-handshake failed",
    source:
      "https://infosys.beckhoff.com/content/1033/tcsmssmtpsrv/11386382475.html; https://www.easymanua.ls/siemens/tim-1531-irc/manual?p=290",
  },
  {
    cause: "tls-handshake-failed",
    pattern: /Сбой при инициализации TLS/i,
    confidence: 0.85,
    origin: "client",
    example: "Сбой при инициализации TLS",
    source: "marlam/msmtp po/ru.po ('TLS handshake failed')",
  },
  {
    // rustls: the certificate is signed with an algorithm the client does not support (not an untrusted issuer).
    cause: "tls-handshake-failed",
    pattern: /UnsupportedSignatureAlgorithm\w*/i,
    origin: "client",
    confidence: 0.92,
    example:
      "SMTP error: Connection error: Connection error: invalid peer certificate: UnsupportedSignatureAlgorithmContext { signature_algorithm_id: [6, 8, 42, 134, 72, 206, 61, 4, 3, 4]",
    source: "https://github.com/dani-garcia/vaultwarden/issues/6558",
  },
  {
    cause: "tls-handshake-failed",
    pattern: /:tls_failed\b/i,
    origin: "client",
    confidence: 0.8,
    example: '{:error, {:retries_exceeded, {:temporary_failure, ~c"XXX.XXX.XXX.XXX", :tls_failed}}}',
    source: "https://github.com/swoosh/swoosh/issues/785 (gen_smtp)",
  },
  {
    cause: "tls-handshake-failed",
    pattern: /\bSTARTTLS failed\b/i,
    confidence: 0.7,
    example: "SMTP: STARTTLS failed (code: 220, response: 2.0.0 SMTP server ready)",
    source: "https://github.com/osTicket/osTicket/issues/2604 (PEAR Net_SMTP)",
  },
  {
    // Exchange Domain Security (mutual TLS) refusing the domain: the fix was clearing its TLS domain lists.
    cause: "tls-handshake-failed",
    pattern: /\bdisallowed this secure domain\b/i,
    confidence: 0.85,
    example:
      "Remote Server at example.dk (203.0.113.7) returned '451 4.4.0 Primary target IP address responded with: \"451 4.7.3 The admin has temporarily disallowed this secure domain.\" Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 203.0.113.7:25'",
    source:
      "https://learn.microsoft.com/en-us/answers/questions/112624/exchange-not-receiving-and-sending-emails-from-cer",
  },
  {
    // NeoMutt: the TLS handshake failed.
    cause: "tls-handshake-failed",
    pattern: /\bcould not negotiate (?:a )?TLS connection\b/i,
    confidence: 0.8,
    origin: "client",
    example: "Could not negotiate TLS connection",
    source:
      "https://github.com/neomutt/neomutt/blob/8e3bda14461c41f97f6698c6cfe4f1c85f76266e/send/smtp.c (smtp_open: mutt_ssl_starttls failed after STARTTLS)",
  },
  {
    // Exchange's Send connector names a certificate (TlsCertificateName) the server no longer has: the sending side cannot offer TLS as configured.
    cause: "tls-handshake-failed",
    pattern: /\bcertificate specified in TlsCertificateName\b/i,
    confidence: 0.88,
    example:
      "454 4.7.5 The certificate specified in TlsCertificateName of the SendConnector could not be found",
    source:
      "https://blog.ollischer.com/category/microsoft/exchange; https://learn.microsoft.com/fr-fr/archive/blogs/lalitbisht/mailflow-issue-from-exchange-on-prem-to-office-365",
  },
  {
    // The TLS handshake itself failed, without a more specific reason in the text.
    cause: "tls-handshake-failed",
    pattern:
      /\bcould not negotiate TLS\b|\bSSL-handshake failed\b|\bTLS error on connection to\b|:tls_failed\b/i,
    confidence: 0.8,
    example: "Could not negotiate TLS connection",
    source:
      "https://github.com/maildev/maildev/issues/153; https://infosys.beckhoff.com/content/1033/tcsmssmtpsrv/11386382475.html; https://github.com/swoosh/swoosh/issues/785; https://github.com/neomutt/neomutt/blob/8e3bda14461c41f97f6698c6cfe4f1c85f76266e/send/smtp.c (smtp_open: mutt_ssl_starttls failed after STARTTLS)",
  },
  gettextWording(
    "tls-handshake-failed",
    ["msmtp:TLS handshake failed"],
    0.75,
    "TLS-Aushandlung fehlgeschlagen",
  ),
  gettextWording(
    "tls-handshake-failed",
    ["mutt:Could not negotiate TLS connection"],
    0.85,
    "Не може да бъде установена TSL връзка",
  ),
  {
    // Go's crypto/tls when client and server share no cipher suite (OpenSSL: "no shared cipher").
    cause: "tls-handshake-failed",
    pattern: /\bno cipher suite supported by both client and server\b/i,
    confidence: 0.8,
    origin: "client",
    example: "tls: no cipher suite supported by both client and server",
    source: "https://github.com/foxcpp/maddy/issues/789",
  },
  {
    // The family: the TLS handshake itself failed (no cipher both sides support, Postfix dropping a wrapper-mode request, a device's 'SSL-handshake failed').
    cause: "tls-handshake-failed",
    pattern:
      /\bWrapper-mode request dropped\b|\bno (?:cipher suites?|ciphers?) supported by both\b|\bSSL-handshake failed\b/i,
    confidence: 0.75,
    example: "0x80A5 | 32933 | SSL-handshake failed",
    source:
      "https://infosys.beckhoff.com/content/1033/tcsmssmtpsrv/11386382475.html; https://github.com/sovereign/sovereign/issues/31; https://github.com/foxcpp/maddy/issues/789; https://github.com/albertito/chasquid/issues/56; https://support.plesk.com/hc/en-us/articles/115001437949-Unable-to-connect-to-SMTP-server-using-port-465-warning-Invalid-TLS-protocol-list",
  },
  {
    // A bare 'TLS not available': the server's TLS could not start, as often its own setup (corpus: failed handshake 9, the receiver's own misconfiguration 6, unresolved 2, 2026-12-03); either way the server's side.
    cause: "tls-handshake-failed",
    pattern: /TLS not available/i,
    confidence: 0.6,
    example: "454 4.7.0 TLS not available due to local problem",
    source: `${POSTFIX}/smtpd.c`,
  },
]);
