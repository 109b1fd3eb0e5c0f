import { gettextWording } from "../reply-patterns/gettext-languages";
import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { CURL, DOTNET_SECURITY, GO_TLS, JSSE, OPENSSL, PYTHON_SSL } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The server certificate is not trusted": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  // Certificates.
  {
    cause: "tls-cert-untrusted",
    origin: "client",
    pattern:
      /PKIX path (?:building|validation) failed|unable to find valid certification path|CERTIFICATE_VERIFY_FAILED|certificate verify failed|x509: certificate (?:signed by unknown authority|has expired|is not yet valid)|certificate has expired|self[- ]signed certificate|unable to get local issuer certificate|unable to verify the first certificate|SSL certificate problem|remote certificate is invalid because of errors in the certificate chain|RemoteCertificateChainErrors|UntrustedRoot|The remote certificate was rejected/i,
    confidence: 0.9,
    example:
      "sun.security.validator.ValidatorException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target",
    source: `${JSSE}; ${PYTHON_SSL}; ${GO_TLS}; ${OPENSSL}; ${CURL}; ${DOTNET_SECURITY}`,
  },

  {
    cause: "tls-cert-untrusted",
    pattern:
      /self[- ]signed certificate|certificate has expired|CERT_HAS_EXPIRED|certificate-expired|unable to verify the first certificate|UNABLE_TO_VERIFY_LEAF_SIGNATURE|unable to get local issuer certificate|SELF_SIGNED_CERT|certificate verify failed|certificate is not yet valid|untrusted (?:root )?certificate/i,
    confidence: 0.93,
    example:
      "{ Error: self signed certificate in certificate chain\n    at TLSSocket.onConnectSecure (_tls_wrap.js:1055:34)",
    source: "https://github.com/nodemailer/nodemailer/issues/1040",
  },

  {
    cause: "tls-cert-untrusted",
    pattern: /remote certificate is invalid according to the validation procedure/i,
    confidence: 0.75,
    example:
      'Exception calling "Send" with "1" argument(s): "The remote certificate is invalid according to the validation procedure."',
    source: "https://github.com/alanrenouf/vCheck-vSphere/issues/408",
  },
  {
    cause: "tls-cert-untrusted",
    pattern:
      /Trust anchor for certification path not found|alert (?:unknown ca|certificate unknown|bad certificate)|remote error: (?:tls: )?(?:bad certificate|unknown certificate authority)/i,
    confidence: 0.9,
    example:
      "Failed to send email\nCould not convert socket to TLS\njavax.mail.MessagingException:\nCould not convert socket to TLS, nested exception is:\njavax.net.ssl.SSLHandshakeException: java.security.cert.CertPathValidatorException: Trust anchor for certification path not found.",
    source:
      "https://github.com/SMS2Email/SMS2Email/issues/27; https://github.com/bokysan/docker-postfix/issues/167; https://github.com/toorop/tmail/issues/11",
  },
  {
    cause: "tls-cert-untrusted",
    pattern: /certificate verification failed for \S+: untrusted issuer|Server certificate not verified/i,
    confidence: 0.9,
    example:
      "certificate verification failed for smtp.sendgrid.net[203.0.113.225]:587: untrusted issuer /C=US/O=The Go Daddy Group, Inc./OU=Go Daddy Class 2 Certification Authority",
    source:
      "sendgrid/docs content/docs/for-developers/sending-email/smtp-errors-and-troubleshooting.md; https://github.com/freedomofpress/securedrop/pull/1081; https://github.com/Zuplu/postfix-tlspol/issues/142",
  },
  {
    cause: "tls-cert-untrusted",
    pattern:
      /Security Error: Server Certificate Expired|SEC_ERROR_UNKNOWN_ISSUER|SEC_ERROR_EXPIRED_CERTIFICATE/i,
    confidence: 0.92,
    origin: "client",
    example: "Security Error: Server Certificate Expired",
    source: "http://kb.mozillazine.org/SSL_Security_Error; https://kb.mozillazine.org/SSL_Security_Error",
  },
  {
    cause: "tls-cert-untrusted",
    pattern:
      /TLS certificate verification failed: (?:certificate \d+ of \d+ has expired|The certificate is NOT trusted|the certificate fingerprint does not match)|\bX509:? certificate signed by unknown authority/i,
    confidence: 0.92,
    origin: "client",
    example:
      "msmtp: TLS certificate verification failed: certificate 2 of 4 has expired\nmsmtp: could not send mail (account school from /home/USER/.config/msmtp/config)",
    source:
      "https://github.com/marlam/msmtp/issues/23; https://github.com/LukeSmithxyz/mutt-wizard/issues/962; https://github.com/hashbang/shell-etc/pull/181; https://github.com/scorredoira/email/issues/19",
  },
  {
    cause: "tls-cert-untrusted",
    pattern:
      /sertifikasının süresi dolmuş|szerver tanúsítványa lejárt|Строк дії сертифікату сервера вичерпано/i,
    confidence: 0.9,
    origin: "client",
    example: "Sunucu sertifikasının süresi dolmuş",
    source:
      "muttmua/mutt po/tr.po (Debian mutt 2.2.12-0.1~deb12u2, /usr/share/locale/tr/LC_MESSAGES/mutt.mo); muttmua/mutt po/hu.po (Debian mutt 2.2.12-0.1~deb12u2, /usr/share/locale/hu/LC_MESSAGES/mutt.mo); muttmua/mutt po/uk.po (Debian mutt 2.2.12-0.1~deb12u2, /usr/share/locale/uk/LC_MESSAGES/mutt.mo)",
  },
  {
    // curl's CURLE_PEER_FAILED_VERIFICATION text, which devices built on libcurl show as is.
    cause: "tls-cert-untrusted",
    pattern: /SSL peer certificate or SSH remote key was not OK|Unable to verify (?:the )?server\b/i,
    confidence: 0.85,
    example: "Email send error: SSL peer certificate or SSH remote key was not OK.",
    source:
      "https://github.com/tusc/ntopng-udm/issues/15; https://infosys.beckhoff.com/content/1033/tcsmssmtpsrv/11386382475.html",
  },
  {
    // The certificate's revocation could not be checked (the client cannot reach the CA's CRL or
    // OCSP server, or the CA publishes none): MailKit's and .NET's own words for it.
    cause: "tls-cert-untrusted",
    pattern:
      /\brevocation function was unable to check revocation\b|\bincomplete certificate revocation check\b|\bRevocationStatusUnknown\b|\bunable to get certificate CRL\b/i,
    confidence: 0.88,
    example:
      "MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection.\n• The revocation function was unable to check revocation for the certificate.",
    source:
      "https://github.com/jstedfast/MailKit/issues/1642; https://github.com/jstedfast/MailKit/issues/1227; https://github.com/jstedfast/MailKit/issues/1132; https://github.com/jstedfast/MailKit/issues/735; https://documentationtest.nodinite.com/Documentation/Administration?doc=%2F5.+Settings%2F1.+Alarm+Plugins%2FTroubleshooting%2FFAQ+-+SSL+TLS+Certificate+Revocation; README troubleshooting 'That certificate error is worth understanding', district-warning mailer (code index id 68752445892)",
  },
  {
    // Go's crypto/x509 and MailKit's SslHandshakeException, as pasted without their prefixes.
    cause: "tls-cert-untrusted",
    pattern: /certificate signed by unknown authority|certificate could not be validated/i,
    confidence: 0.9,
    example: "certificate signed by unknown authority",
    source:
      "https://github.com/gophish/gophish/issues/109; public blog post on sending mail with MailKit (code index id 20268642767)",
  },
  {
    cause: "tls-cert-untrusted",
    pattern: /certificate (?:is )?not signed by a (?:valid|trusted|known) (?:CA|certificate authority)/i,
    confidence: 0.9,
    example: "4.7.5 [internal] remote node SSL certificate not signed by a valid CA",
    source: "https://support.sparkpost.com/momentum/4/message-responses",
  },
  {
    // rustls (lettre, Vaultwarden): the server's certificate chain is not accepted.
    cause: "tls-cert-untrusted",
    pattern: /invalid peer certificate(?!: NotValidForName)|\bUnknownIssuer\b|UnsupportedCertVersion/i,
    confidence: 0.85,
    origin: "client",
    example:
      "SMTP error: Connection error: Connection error: invalid peer certificate: Other(OtherError(UnsupportedCertVersion))",
    source:
      "https://github.com/dani-garcia/vaultwarden/issues/6236; rustls CertificateError (UnknownIssuer, BadEncoding, Other)",
  },
  {
    // The client could not build a trusted chain: no trust store (Go), an untrusted root or an expired certificate (Windows' CERT_E_UNTRUSTEDROOT, CERT_E_EXPIRED, and schannel's SEC_E_CERT_EXPIRED and SEC_E_UNTRUSTED_ROOT as curl prints them).
    cause: "tls-cert-untrusted",
    pattern:
      /failed to load system roots|terminated in a root certificate which is not trusted|(?:security )?certificate that could not be verified|not within its validity period|\bSEC_E_(?:CERT_EXPIRED|UNTRUSTED_ROOT)\b/i,
    confidence: 0.88,
    origin: "client",
    example: "x509: failed to load system roots and no roots provided",
    source:
      "https://github.com/kubernetes-retired/heapster/issues/1527; https://support.moonpoint.com/network/email/clients/outlook-express/outlook-express6-tls.php; https://cp.adaptivewebhosting.com/knowledgebase/237/Email-Sending-Fails-After-SSL-Certificate-Renewal--MailKit-or-ASP.NET-Core-SMTP-Fix.html; https://github.com/olafmersmann/sendmailR/issues/7; Microsoft's schannel SECURITY_STATUS codes (SEC_E_CERT_EXPIRED 0x80090328, SEC_E_UNTRUSTED_ROOT 0x80090325)",
  },
  {
    // .NET's 'remote certificate is invalid according to the validation procedure', as localised Windows prints it.
    cause: "tls-cert-untrusted",
    pattern:
      /certificato remoto non (?:è|e) stato ritenuto valido|certificat distant n'est pas valide|Remotezertifikat ist laut Validierungsverfahren ung(?:ü|ue)ltig|certificado remoto (?:no es v(?:á|a)lido|(?:é|e) inv(?:á|a)lido)|externe certificaat is ongeldig/i,
    confidence: 0.9,
    origin: "client",
    example:
      "Invio email fallito: System.Security.Authentication.AuthenticationException: Il certificato remoto non è stato ritenuto valido dalla procedura di convalida.",
    source:
      "https://github.com/duplicati/duplicati/issues/2737; .NET System.Net.Security net_ssl_io_cert_validation ('The remote certificate is invalid according to the validation procedure') in the Italian, French, German, Spanish, Portuguese and Dutch language packs",
  },
  {
    // Qt's text for OpenSSL's X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY.
    cause: "tls-cert-untrusted",
    pattern: /issuer certificate of a locally looked up certificate could not be found/i,
    confidence: 0.9,
    origin: "client",
    example: "The issuer certificate of a locally looked up certificate could not be found",
    source: "https://github.com/bluetiger9/SmtpClient-for-Qt/issues/65",
  },
  {
    // The peer's certificate does not chain to a trusted authority.
    cause: "tls-cert-untrusted",
    pattern: /\bsigned by a (?:valid|trusted|known) (?:CA|certificate authority)\b/i,
    confidence: 0.85,
    example: "451 4.7.5 4.7.0 [internal] ssl cert must be signed by a valid ca",
    source:
      "https://knowledge.broadcom.com/external/article/162449/error-message-451-475-470-internal-ssl-c.html",
  },
  {
    // The server's certificate cannot be trusted: expired, or its issuer is unknown to the client.
    cause: "tls-cert-untrusted",
    pattern:
      /\bcertificate (?:has )?expired\b|\bCertificate Expired\b|\bnot within its validity period\b|\bissuer certificate\b[^\n]{0,40}\bcould not be found\b|\bcould not be verified\b|\bunknown issuer\b|SEC_ERROR_UNKNOWN_ISSUER|\bfailed to load system roots\b/i,
    confidence: 0.88,
    stages: ["tls", "connect", "greeting", "ehlo", "auth"],
    example: "SEC_ERROR_UNKNOWN_ISSUER",
    source:
      "https://github.com/chatmail/relay/issues/409; https://github.com/noisebridge/infrastructure/issues/252; https://github.com/wttw/aboutmyemail/issues/63; https://github.com/wttw/aboutmyemail/issues/57; https://cp.adaptivewebhosting.com/knowledgebase/237/Email-Sending-Fails-After-SSL-Certificate-Renewal--MailKit-or-ASP.NET-Core-SMTP-Fix.html; https://github.com/kubernetes-retired/heapster/issues/1527; https://support.moonpoint.com/network/email/clients/outlook-express/outlook-express6-tls.php; https://github.com/bluetiger9/SmtpClient-for-Qt/issues/65",
  },
  gettextWording(
    "tls-cert-untrusted",
    ["msmtp:TLS certificate verification failed"],
    0.75,
    "TLS-Zertifikatsüberprüfung ist fehlgschlagen",
  ),
  gettextWording(
    "tls-cert-untrusted",
    [
      "mutt:Server certificate has expired",
      "mutt:Server certificate is not yet valid",
      "mutt:WARNING: Server certificate has been revoked",
      "mutt:WARNING: Signer of server certificate is not a CA",
    ],
    0.88,
    "Сертификатът на сървъра е изтекъл",
  ),
  {
    // A certificate that failed verification; a named host mismatch (a stronger pattern) says more.
    cause: "tls-cert-untrusted",
    pattern: /\b(?:server )?certificate verification failed\b/i,
    // Above a generic "TLS error on connection to" (0.8), whose parenthesis this names.
    confidence: 0.82,
    example:
      "server certificate verification failed for mail2.example.net[192.0.2.124]:25: num=65:no matching DANE TLSA records",
    source:
      "https://github.com/wader/postfix-relay/issues/230; https://github.com/mullvad/mullvadvpn-app/issues/7100; https://github.com/Zuplu/postfix-tlspol/issues/142; https://github.com/whyscream/postfix-grok-patterns/pull/133; https://github.com/freedomofpress/securedrop/pull/1081; https://github.com/wttw/aboutmyemail/issues/57",
  },
  {
    // The ESP32 mail client after mbedTLS refused the server's certificate (no CA loaded for it, or
    // an untrusted chain).
    cause: "tls-cert-untrusted",
    origin: "client",
    pattern: /\bfailed to verify peer certificate\b/i,
    confidence: 0.85,
    example: "> C: verifying peer X.509 certificate...\n! E: failed to verify peer certificate!",
    source: "mobizt/ESP-Mail-Client ssl_client32.h (ESP32 SSL client messages; code index id 200216732)",
  },
  {
    // GnuTLS's alert text when the peer refused our certificate, or we refused its ("Certificate
    // is bad"), as Exim logs a TLS error.
    cause: "tls-cert-untrusted",
    pattern: /\bA TLS fatal alert has been received\.?:? Certificate is bad\b/i,
    confidence: 0.75,
    example:
      "TLS error on connection from localhost [127.0.0.1] (recv): A TLS fatal alert has been received.: Certificate is bad",
    source: "https://github.com/Exim/exim/blob/HEAD/test/log/2000",
  },
  {
    // Postfix's SMTP client logs "Untrusted TLS connection established" when the handshake
    // finished but it could not verify the server's certificate (no CA file or path configured,
    // or a chain it does not trust). Mail still goes unless verification is required, so the
    // confidence stays moderate; four threads traced their question to the missing CA setting.
    cause: "tls-cert-untrusted",
    pattern: /\bUntrusted TLS connection established\b/i,
    confidence: 0.6,
    example:
      "postfix/smtp[113807]: Untrusted TLS connection established to gmail-smtp-in.l.google.com[66.102.1.27]:25: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
    source:
      "https://github.com/mail-in-a-box/mailinabox/issues/124; https://github.com/bokysan/docker-postfix/issues/51; https://github.com/modoboa/modoboa/issues/2537; https://github.com/sovereign/sovereign/pull/26",
  },
  {
    // The concept: the client reports that the server (or the peer) itself is not trusted, in any
    // order of the words ("Server is not trusted: mailtest.local", "Server certificate not
    // trusted"): the certificate's chain did not verify.
    cause: "tls-cert-untrusted",
    pattern: /\b(?:server|host|peer)(?:['’]s)? (?:certificate |cert )?(?:is )?not trusted\b/i,
    confidence: 0.85,
    example: "Server is not trusted: mailtest.local",
    source:
      "https://github.com/eclipse-ee4j/angus-mail/blob/e76d54e02f0b94e9f6f06cee1b7b669b684003c6/providers/angus-mail/src/test/java/org/eclipse/angus/mail/smtp/SmtpStartTlsTrustTest.java; https://github.com/freedomofpress/securedrop/pull/1081",
  },
  {
    // OpenSSL's packed error code with the reason SSL_R_CERTIFICATE_VERIFY_FAILED (134 = 0x086) in
    // its low bits, in the 1.0 (14090086), 1.1 (1416F086) and 3.x (0A000086) layouts: pasted without
    // its text, the code alone says the certificate did not verify (27 of the 27 corpus replies
    // with it are this cause).
    cause: "tls-cert-untrusted",
    pattern: /\berror:(?:14[0-9A-F]{3}|0A000)086\b/i,
    confidence: 0.9,
    example:
      "stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages: error:14090086",
    source:
      "openssl/openssl include/openssl/sslerr.h (SSL_R_CERTIFICATE_VERIFY_FAILED 134) and crypto/err/openssl.txt; https://github.com/PHPMailer/PHPMailer/issues/540",
  },
  {
    // The family: the certificate's issuer is unknown, untrusted or not found ("Peer's
    // certificate issuer is not recognized", "untrusted issuer", "unknown issuer"): the chain does
    // not lead to a CA the client trusts (25 of the 26 corpus replies naming the issuer so).
    cause: "tls-cert-untrusted",
    pattern:
      /\bissuer\b(?: certificate)?[^.\n]{0,20}?\b(?:is )?(?:not recogni[sz]ed|unknown|not trusted|untrusted|could not be found|not found)\b|\b(?:unknown|untrusted|unrecogni[sz]ed) (?:certificate )?issuer\b/i,
    confidence: 0.88,
    example: "Error in certificate: Peer's certificate issuer is not recognized.",
    source:
      "Chinese sendmail/mailx setup notes, section '测试邮件发送' and '需要证书' (code index id 18393308305); https://github.com/freedomofpress/securedrop/pull/1081; https://github.com/Zuplu/postfix-tlspol/issues/142; sendgrid/docs content/docs/for-developers/sending-email/smtp-errors-and-troubleshooting.md; https://kb.mozillazine.org/SSL_Security_Error",
  },
  {
    // CakePHP's SmtpTransport message when its TLS socket fails: it guesses a refused connection
    // or a plain server, but in both threads that show it the server's self-signed certificate
    // was refused. Below the root-cause certainty of a named verification failure.
    cause: "tls-cert-untrusted",
    pattern: /\bdid not accept the connection or trying to connect to non TLS SMTP server using TLS\b/i,
    confidence: 0.6,
    stages: ["tls", "connect", "greeting", "ehlo"],
    example:
      "SMTP server did not accept the connection or trying to connect to non TLS SMTP server using TLS.",
    source:
      "https://github.com/passbolt/passbolt_docker/issues/49; https://github.com/cakephp/cakephp/issues/7505",
  },
  {
    // The client has no trusted roots to check the server's certificate against (Go's empty system
    // pool, PHP's unreadable CA file, Erlang's missing cacerts): the certificate cannot be
    // verified, whatever it is. One concept, worded by three clients.
    cause: "tls-cert-untrusted",
    origin: "client",
    pattern: /\b(?:failed to load system roots|failed loading cafile|cacertfile\/cacerts is missing)/i,
    confidence: 0.85,
    example:
      'lvl=eror msg="Failed to send alert notification email" logger=alerting.notifier.email error="x509: failed to load system roots and no roots provided"',
    source:
      "https://github.com/kubernetes-retired/heapster/issues/1527; https://github.com/plausible/analytics/pull/2537; https://github.com/v2board/v2board/issues/390",
  },
  {
    // msmtp's refusal to start TLS with no trust anchors configured (tls_trust_file, a fingerprint,
    // or certificate checks turned off): the server's certificate cannot be verified.
    cause: "tls-cert-untrusted",
    pattern: /\btls requires either tls_trust_file\b/i,
    origin: "client",
    confidence: 0.85,
    example:
      "sendmail: account default from /etc/msmtprc: tls requires either tls_trust_file (highly recommended) or tls_fingerprint or a disabled tls_certcheck",
    source: "https://github.com/ericpaulbishop/gargoyle/issues/532; msmtp src/msmtp.c (check_account)",
  },
]);
