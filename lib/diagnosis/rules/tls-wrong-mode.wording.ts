import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { DOTNET_SECURITY, GO_TLS, JSSE, OPENSSL } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "Wrong encryption mode for this port": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  // TLS spoken to a plain-text port, or plain text to a TLS port.
  {
    cause: "tls-wrong-mode",
    origin: "client",
    pattern:
      /first record does not look like a TLS handshake|Unrecognized SSL message,? plaintext connection|Unsupported or unrecognized SSL message|handshake failed due to an unexpected packet format|\bunknown protocol\b|UNKNOWN_PROTOCOL|\bhttp request\b.*SSL routines|packet length too long|tls: oversized record received|ERR_SSL_WRONG_VERSION_NUMBER|SSL3_GET_RECORD:wrong version/i,
    confidence: 0.88,
    example: "tls: first record does not look like a TLS handshake",
    source: `${GO_TLS}; ${JSSE}; ${DOTNET_SECURITY}; ${OPENSSL}`,
  },

  {
    cause: "tls-wrong-mode",
    pattern: /wrong version number|WRONG_VERSION_NUMBER/i,
    confidence: 0.92,
    example:
      "Error: C861B82B4F7C0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:354:",
    source: "https://github.com/gitroomhq/postiz-app/issues/466",
  },

  {
    cause: "tls-wrong-mode",
    pattern:
      /GET_SERVER_HELLO:unknown protocol|packet length too long|unexpected packet format|http request\b.*SSL/i,
    confidence: 0.88,
    example:
      "{ Error: 4412364224:error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol:../deps/openssl/openssl/ssl/s23_clnt.c:827:\n code: 'ESOCKET', command: 'CONN' }",
    source: "https://github.com/nodemailer/nodemailer/issues/1037",
  },

  {
    cause: "tls-wrong-mode",
    pattern: /not permitted when TLS active|TLS already active|already (?:in|using) TLS/i,
    confidence: 0.85,
    example: "454 Command not permitted when TLS active",
    source: "https://github.com/jordan-wright/email/issues/71",
  },
  {
    // A TLS ClientHello (bytes 0x16 0x03 0x0n) sent to a plain-text port, as the server logs it.
    cause: "tls-wrong-mode",
    pattern: /input="?\\0?26\\0?03\\0?0[0-4]|\\x16\\x03\\x0[0-4]/i,
    confidence: 0.93,
    example:
      'SMTP protocol synchronization error (input sent without waiting for greeting): rejected connection from H=localhost [127.0.0.1] input="\\026\\003\\001\\002"',
    source:
      "Exim/exim src/smtp_in.c (synchronization error log with the input's first bytes); RFC 8446 §5.1 (TLS record header 0x16 0x03)",
  },
  {
    // OpenSSL's reason when the first bytes back are not a TLS record: TLS spoken to a plain port.
    cause: "tls-wrong-mode",
    origin: "client",
    pattern: /\bwrong version number\b|WRONG_VERSION_NUMBER/i,
    confidence: 0.9,
    example: "ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1131)",
    source:
      "openssl/openssl crypto/err/openssl.txt (SSL_R_WRONG_VERSION_NUMBER); https://github.com/docusealco/docuseal/issues/93; https://github.com/useplunk/plunk/issues/93; https://github.com/makeplane/plane/issues/7089; https://github.com/maxking/docker-mailman/issues/701",
  },
  {
    cause: "tls-wrong-mode",
    pattern: /SMTPS wrappermode \(TCP port 465\) requires/i,
    confidence: 0.92,
    example:
      'mailu-smtp-1       | 2023-02-07T17:09:39.147933+00:00 e252c8587893 postfix/smtp[456]: SMTPS wrappermode (TCP port 465) requires setting "smtp_tls_wrappermode = yes", and "smtp_tls_security_level = encrypt" (or stronger)',
    source: "https://github.com/Mailu/Mailu/issues/2658",
  },
  {
    cause: "tls-wrong-mode",
    // An empty greeting: the wrong mode in 3 of 7 such replies, unresolved in the rest; so only
    // another possible cause.
    pattern: /Expected response code (?:220 )?but got (?:code )?"",? with message ""/i,
    confidence: 0.38,
    stages: ["greeting", "connect", "tls"],
    example: 'Expected response code 220 but got code "", with message ""',
    source: "https://github.com/swiftmailer/swiftmailer/issues/1120",
  },
  {
    cause: "tls-wrong-mode",
    pattern: /port 587 is typically reserved for plain-text connections/i,
    confidence: 0.92,
    origin: "client",
    example:
      "MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection.\n\nWhen connecting to an SMTP service, port 587 is typically reserved for plain-text connections. If you intended to connect to SMTP on the SSL port, try connecting to port 465 instead.",
    source: "https://github.com/datalust/seq-app-htmlemail/issues/85",
  },
  {
    cause: "tls-wrong-mode",
    pattern: /not permitted when TLS (?:is )?active/i,
    confidence: 0.86,
    example: "454 Command not permitted when TLS active",
    source: "https://github.com/jordan-wright/email/issues/71",
  },
  {
    // PHP's ssl:// stream (implicit TLS) pointed at a STARTTLS port: the address itself shows the mode mismatch.
    cause: "tls-wrong-mode",
    pattern: /ssl:\/\/[\w.-]+:(?:587|25)\b/i,
    confidence: 0.85,
    example:
      "E: Failed to connect to ssl://DOMAIN:587 [SMTP: Failed to connect socket: fsockopen(): unable to connect to ssl://DOMAIN:587 (Unknown error) (code: -1, response: )]",
    source: "https://github.com/bluecherrydvr/bluecherry-apps/issues/366",
  },
  {
    // GnuTLS: the peer's first bytes are not a TLS record in the expected state (e.g. TLS started on an implicit-TLS port or a plain greeting read as TLS).
    cause: "tls-wrong-mode",
    pattern: /An unexpected TLS packet was received/i,
    confidence: 0.9,
    origin: "client",
    example: "msmtp: TLS handshake failed: An unexpected TLS packet was received.",
    source: "https://github.com/marlam/msmtp/issues/27",
  },
  {
    // Swiftmailer names the stream: tcp:// is a plain connection, so port 465 (implicit TLS) never sends a readable greeting.
    cause: "tls-wrong-mode",
    pattern: /Connection to tcp:\/\/[\w.-]+:465 Timed Out/i,
    confidence: 0.82,
    origin: "client",
    example: "Connection to tcp://mx2e93.netcup.net:465 Timed Out",
    source:
      "https://github.com/crater-invoice-inc/crater/issues/853; swiftmailer lib/classes/Swift/Transport/StreamBuffer.php (tcp:// without encryption, ssl:// with it)",
  },
  {
    cause: "tls-wrong-mode",
    pattern: /tls_alert.{0,40}unexpected_message/i,
    confidence: 0.8,
    origin: "client",
    example:
      "{:error, {:tls_alert, {:unexpected_message, 'TLS client: In state hello received UNDEFINED ALERT: Fatal - Unexpected Message\\n'}}}",
    source: "https://github.com/swoosh/swoosh/issues/411",
  },
  {
    // rustls (Rust's lettre, Deno): TLS spoken and plain SMTP text received back, i.e. TLS from the start against a STARTTLS port.
    cause: "tls-wrong-mode",
    pattern:
      /received corrupt message(?: of type InvalidContentType)?|\bInvalidContentType\b|\bCorruptMessage\b/i,
    origin: "client",
    confidence: 0.85,
    example:
      "send_email_verification failed: Connection error: received corrupt message of type InvalidContentType",
    source:
      "https://github.com/mhdzumair/MediaFusion/pull/683; https://github.com/lettre/lettre/issues/842; https://github.com/EC-Nordbund/denomailer/issues/74",
  },
  {
    // Postfix's log when the first thing a client sent was no SMTP command: a TLS ClientHello on a plain or STARTTLS port.
    cause: "tls-wrong-mode",
    pattern: /lost connection after UNKNOWN\b/i,
    confidence: 0.88,
    example: "postfix/submission/smtpd[1467]: lost connection after UNKNOWN from unknown[183.11.37.2]",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/614",
  },
  {
    // K-9 Mail (Thunderbird for Android): a handshake that failed before any certificate was seen, both threads an implicit-TLS setting on a STARTTLS port.
    cause: "tls-wrong-mode",
    pattern: /CertificateValidationException: Handshake failed/i,
    confidence: 0.7,
    origin: "client",
    example: "E MessagingController: com.fsck.k9.mail.CertificateValidationException: Handshake failed",
    source: "https://github.com/thunderbird/thunderbird-android/issues/1789",
  },
  {
    // A TLS client read a record of type 50, the character "2" of a plain "220" greeting (Erlang's ssl,
    // Haskell's tls): implicit TLS against a plain or STARTTLS port.
    cause: "tls-wrong-mode",
    pattern: /\bunsupported_record_type,? ?50\b/i,
    confidence: 0.9,
    origin: "client",
    example:
      "[notice] TLS :client: In state :hello at tls_record.erl:564 generated CLIENT ALERT: Fatal - Unexpected Message\n - {:unsupported_record_type, 50}",
    source: "https://github.com/swoosh/swoosh/issues/735",
  },
  {
    cause: "tls-wrong-mode",
    pattern: /\binvalid header type: 50\b/i,
    confidence: 0.9,
    origin: "client",
    example:
      '*** Exception: HandshakeFailed (Error_Packet_Parsing "Failed reading: invalid header type: 50\\nFrom:\\theader\\n\\n")',
    source: "https://github.com/jhickner/smtp-mail/issues/35",
  },
  {
    // Ruby's Net::SMTP reading EOF where the greeting should be: in both sources a plain session against the implicit-TLS port 465, which closes it.
    cause: "tls-wrong-mode",
    pattern: /\bEOFError\b[^\n]{0,20}\bend of file reached\b/i,
    // Two of five such corpus replies are this; the other three never found a cause.
    confidence: 0.38,
    origin: "client",
    example: "EOFError (end of file reached): app/models/mailer.rb:431:in `deliver_mail'",
    source:
      "https://github.com/sameersbn/docker-redmine/issues/77; https://github.com/mastodon/documentation/issues/465",
  },
  {
    // Erlang's TLS client (gen_smtp, Swoosh) got a plain SMTP line during the handshake: implicit TLS (ssl: true) against a STARTTLS port.
    cause: "tls-wrong-mode",
    pattern: /\bFatal - Unexpected Message\b|\{:tls_alert, \{:unexpected_message\b/i,
    confidence: 0.75,
    origin: "client",
    example:
      "[notice] TLS :client: In state :hello at tls_record.erl:564 generated CLIENT ALERT: Fatal - Unexpected Message\n - {:unsupported_record_type, 50}",
    source: "https://github.com/swoosh/swoosh/issues/735; https://github.com/swoosh/swoosh/issues/411",
  },
  {
    // Ruby's Net::SMTP timing out on a read: in three sources of eight a plain session against the
    // implicit-TLS port 465, where the server waits for a TLS handshake and never greets (the
    // catalogue's greeting timeout has the same root); one a server that never answered, four
    // never resolved. The likeliest reading, offered below the root-cause threshold.
    cause: "tls-wrong-mode",
    pattern: /Net::ReadTimeout/i,
    confidence: 0.38,
    origin: "client",
    example: '"Net::ReadTimeout: "Net::ReadTimeout with #<TCPSocket:(closed)>"',
    source:
      "https://github.com/mastodon/mastodon/issues/23180; https://github.com/Freika/dawarich/issues/3068; https://github.com/loomio/loomio/pull/4655",
  },
  {
    // K-9 Mail's handshake failure when its security setting does not match the port (SSL/TLS against 587): both sources.
    cause: "tls-wrong-mode",
    pattern: /\bCertificateValidationException: Handshake failed\b/i,
    confidence: 0.7,
    origin: "client",
    example: "com.fsck.k9.mail.CertificateValidationException: Handshake failed",
    source: "https://github.com/thunderbird/thunderbird-android/issues/1789",
  },
  {
    // rustls (Rust and Deno clients) read a record that is not TLS: the server answered in plain text, so implicit TLS was used against a STARTTLS or plain port.
    cause: "tls-wrong-mode",
    pattern: /\breceived corrupt message of type InvalidContentType\b/i,
    confidence: 0.85,
    example:
      "send_email_verification failed: Connection error: received corrupt message of type InvalidContentType",
    source:
      "https://github.com/mhdzumair/MediaFusion/pull/683; https://github.com/EC-Nordbund/denomailer/issues/74",
  },
  {
    // Type 50 is the character "2" of the server's plain "220" greeting read as a TLS record: implicit TLS against a STARTTLS port (Haskell's tls, as Erlang's unsupported_record_type 50).
    cause: "tls-wrong-mode",
    pattern: /\binvalid header type:? 50\b/i,
    confidence: 0.85,
    example:
      '*** Exception: HandshakeFailed (Error_Packet_Parsing "Failed reading: invalid header type: 50\\nFrom:\\theader\\n\\n")',
    source: "https://github.com/jhickner/smtp-mail/issues/35; https://github.com/swoosh/swoosh/issues/735",
  },
  {
    // PHPMailer's own debug transcript shows the mode: a plain connection ("opening to host:465",
    // no ssl://) to the implicit-TLS port, opened, and then no greeting at all (the server waits
    // for a TLS handshake). The same transcript with ssl:// is the right mode.
    cause: "tls-wrong-mode",
    origin: "client",
    pattern:
      /\bConnection: opening to (?!ssl:\/\/|tls:\/\/)[\w.-]+:465\b[\s\S]{0,300}?\bConnection: opened\b[\s\S]{0,300}?SMTP INBOUND: ""/,
    confidence: 0.88,
    example:
      '3 Connection: opening to mail.example.com:465, timeout=20, options=array()\n[2025-02-05 17:26:38] production.DEBUG: 3 Connection: opened\n[2025-02-05 17:29:38] production.DEBUG: 4 SMTP INBOUND: ""\n[2025-02-05 17:29:38] production.DEBUG: 2 SERVER -> CLIENT:',
    source:
      "PHPMailer/PHPMailer src/SMTP.php (debug output: Connection: opening to, SMTP INBOUND); https://github.com/Leantime/leantime/issues/2916",
  },
  {
    // JavaMail's debug log names the mode it connected in: a plain connection to 465 (implicit
    // TLS) or an implicit-TLS one to 587 is the wrong mode, whatever fails after it.
    cause: "tls-wrong-mode",
    pattern: /\bport 465, isSSL false\b|\bport 587, isSSL true\b/i,
    confidence: 0.85,
    origin: "client",
    example:
      'DEBUG SMTP: trying to connect to host "smtp.exmail.qq.com", port 465, isSSL false DEBUG SMTP: exception reading response',
    source:
      "jakartaee/mail-api SMTPTransport.java (protocolConnect debug line 'trying to connect to host … port …, isSSL …'); https://github.com/cptactionhank/docker-atlassian-jira-software/issues/64",
  },
  {
    // Postfix names the last command "UNKNOWN" when what the client sent was no SMTP command:
    // a TLS ClientHello on a plain (STARTTLS) port, so the session then times out or is dropped.
    cause: "tls-wrong-mode",
    pattern: /\b(?:lost connection|timeout) after UNKNOWN\b/i,
    confidence: 0.88,
    example: "postfix/submission/smtpd[1467]: lost connection after UNKNOWN from unknown[183.11.37.2]",
    source:
      "https://github.com/docker-mailserver/docker-mailserver/issues/614; https://pastebin.com/t6d6SEfA",
  },
  {
    // mbedTLS (ESP32 and other embedded clients) on a plain-text reply where it expected a TLS
    // record: MBEDTLS_ERR_SSL_INVALID_RECORD (-0x7200, -29184), the same mismatch as OpenSSL's
    // "wrong version number".
    cause: "tls-wrong-mode",
    origin: "client",
    pattern: /\bAn invalid SSL record was received\b|\bstart_ssl_client: -29184\b/i,
    confidence: 0.8,
    example:
      "[E][ssl_client.cpp:33] handle_error(): SSL - An invalid SSL record was received [E][ssl_client.cpp:35] handle_error(): MbedTLS message code: -29184",
    source:
      "https://github.com/mobizt/ESP32-Mail-Client/issues/15; https://github.com/mobizt/ESP32-Mail-Client/issues/57",
  },
  {
    // MailKit's hedged handshake failure, written when it has no certificate to judge (a certificate it could not
    // validate is named with its reasons instead): most often a port that does not speak TLS from the first byte
    // (three of four such corpus threads; the fourth never found a cause).
    cause: "tls-wrong-mode",
    pattern:
      /\bOne possibility is that you are trying to connect to a port which does not support SSL\/TLS\b/i,
    origin: "client",
    confidence: 0.75,
    example:
      "An error occurred while attempting to establish an SSL or TLS connection.&#xD;&#xA;&#xD;&#xA;One possibility is that you are trying to connect to a port which does not support SSL/TLS.&#xD;&#xA;&#xD;&#xA;The other possibility is that the SSL certificate presented by the server is not trusted by the system for one or more of the following reasons:",
    source:
      "https://github.com/jstedfast/MailKit/issues/889; https://github.com/cloudscribe/cloudscribe/issues/755; https://github.com/bitwarden/server/issues/451",
  },
]);
