import { gettextWording } from "../reply-patterns/gettext-languages";
import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { CURL, DOTNET_SECURITY, GO_TLS, JSSE, PHPMAILER, PYTHON_SSL } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The certificate does not match the server name": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "tls-cert-name-mismatch",
    origin: "client",
    pattern:
      /No subject alternative (?:DNS )?names? matching|No name matching \S+ found|x509: certificate is valid for [^,]+(?:, [^,]+)*, not \S+|doesn't contain any IP SANs|Hostname mismatch, certificate is not valid for|IP address mismatch, certificate is not valid for|Peer certificate CN=[`'"]?[^'`"\s]*['`"]? did not match expected CN|no alternative certificate subject name matches target host name|RemoteCertificateNameMismatch|(?:does not|doesn't) match certificate's altnames|certificate (?:name|subject) does not match/i,
    confidence: 0.92,
    example:
      "java.security.cert.CertificateException: No subject alternative DNS name matching smtp.example.com found.",
    source: `${JSSE}; ${GO_TLS}; ${PYTHON_SSL}; ${PHPMAILER}; ${CURL}; ${DOTNET_SECURITY}`,
  },

  {
    cause: "tls-cert-name-mismatch",
    pattern:
      /(?:does not|doesn't) match certificate's altnames|ALTNAME_INVALID|RemoteCertificateNameMismatch|(?<!helo\/)hostname mismatch|doesn't match (?:any of )?the (?:certificate|subject alternative)/i,
    // Not Postfix's "helo/hostname mismatch": the client's HELO name, not a certificate's.
    confidence: 0.96,
    example:
      "Hostname/IP does not match certificate's altnames: Host: mail.example.com. is not in the cert's altnames: DNS:example.com, DNS:www.example.com",
    source: "https://github.com/nodemailer/nodemailer/issues/1391",
  },
  {
    cause: "tls-cert-name-mismatch",
    pattern: /x509: certificate is valid for [^,\s]+(?:, [^,\s]+)*(?:,? not\b|$)/i,
    confidence: 0.9,
    origin: "client",
    example: "gomail: could not send email 1: StartTLS: x509: certificate is valid for dd40882ba0ea",
    source: "https://github.com/gogs/gogs/issues/4644",
  },
  {
    cause: "tls-cert-name-mismatch",
    pattern: /Security Error: Domain Name Mismatch|SSL_ERROR_BAD_CERT_DOMAIN/i,
    confidence: 0.92,
    origin: "client",
    example: "Security Error: Domain Name Mismatch",
    source: "http://kb.mozillazine.org/SSL_Security_Error",
  },
  {
    cause: "tls-cert-name-mismatch",
    pattern: /host name did not match the name given in the server's SSL certificate/i,
    confidence: 0.92,
    origin: "client",
    example:
      "Something went wrong while sending Mail. An error occurred while attempting to establish an SSL or TLS connection.\nThe host name did not match the name given in the server's SSL certificate.",
    source: "https://github.com/jstedfast/MailKit/issues/1207",
  },
  {
    cause: "tls-cert-name-mismatch",
    pattern: /certificate relies on legacy Common Name field/i,
    confidence: 0.9,
    example:
      'time="2021-04-10T10:15:53Z" level=error msg="failed to send email to client" err="x509: certificate relies on legacy Common Name field, use SANs or temporarily enable Common Name matching with GODEBUG=x509ignoreCN=0"',
    source: "https://github.com/vx3r/wg-gen-web/issues/79",
  },
  {
    // Ruby's OpenSSL post-connection check and rustls: the certificate is valid but names another host.
    cause: "tls-cert-name-mismatch",
    pattern:
      /hostname "?[\w.-]+"? does not match (?:the )?(?:server |peer )?certificate|\bNotValidForName\b/i,
    confidence: 0.92,
    origin: "client",
    example: 'OpenSSL::SSL::SSLError: hostname "smtp.example.net" does not match the server certificate',
    source: "https://github.com/adamcooke/staytus/issues/38; rustls CertificateError::NotValidForName",
  },
  {
    cause: "tls-cert-name-mismatch",
    pattern: /le détenteur du certificat ne correspond pas au nom d'hôte/i,
    confidence: 0.9,
    origin: "client",
    example:
      "La vérification du certificat TLS a échouée : le détenteur du certificat ne correspond pas au nom d'hôte smtp.example.com",
    source: "marlam/msmtp po/fr.po ('the certificate owner does not match hostname %s')",
  },
  {
    // Ruby's post-connection check, quotes escaped or not as pastes show them: the certificate does not name the host the client connected to.
    cause: "tls-cert-name-mismatch",
    pattern: /hostname \\?"[^"\\]*\\?" does not match the server certificate/i,
    confidence: 0.92,
    origin: "client",
    example: 'hostname \\"203.0.113.5\\" does not match the server certificate',
    source:
      "Ruby's openssl library (OpenSSL::SSL::SSLSocket#post_connection_check: 'hostname \"…\" does not match the server certificate'); https://github.com/chatwoot/chatwoot/issues/1684",
  },
  {
    // An older Ruby wording of the same check.
    cause: "tls-cert-name-mismatch",
    pattern: /hostname was not match with the server certificate/i,
    confidence: 0.9,
    origin: "client",
    example: "OpenSSL::SSL::SSLError (hostname was not match with the server certificate)",
    source: "https://github.com/projectfedena/fedena/issues/10",
  },
  {
    // The certificate the server presented does not name the host the sender connected to: Exchange Online's 4.7.320 SubjectMismatch, Gmail's "Send mail as" check.
    cause: "tls-cert-name-mismatch",
    pattern: /\bMessage=SubjectMismatch\b/i,
    confidence: 0.93,
    example:
      "Reason: [{LED=450 4.7.320 Certificate validation failed [Message=SubjectMismatch] [LastAttemptedServerName=mail.contoso.com] [LastAttemptedIP=203.0.113.5:25] [XXXEUR01FTXXX.eop-EUR01.prod.protection.outlook.com]};{MSG=SubjectMismatch};{FQDN=mail.contoso.com};{IP=203.0.113.5};{LRT=11/1/2017 12:12:45 PM}]. OutboundProxyTargetIP: 203.0.113.5. OutboundProxyTargetHostName: mail.contoso.com",
    source: "https://xostmoen.wordpress.com/2017/11/08/450-4-7-320-certificate-validation-failed/",
  },
  {
    cause: "tls-cert-name-mismatch",
    pattern: /\{MSG=SubjectMismatch\}/i,
    confidence: 0.93,
    example:
      "Reason: [{LED=450 4.7.320 Certificate validation failed [Message=SubjectMismatch] [LastAttemptedServerName=mail.contoso.com] [LastAttemptedIP=203.0.113.5:25] [XXXEUR01FTXXX.eop-EUR01.prod.protection.outlook.com]};{MSG=SubjectMismatch};{FQDN=mail.contoso.com};{IP=203.0.113.5};{LRT=11/1/2017 12:12:45 PM}]. OutboundProxyTargetIP: 203.0.113.5. OutboundProxyTargetHostName: mail.contoso.com",
    source:
      "https://xostmoen.wordpress.com/2017/11/08/450-4-7-320-certificate-validation-failed/; https://blogs.technet.microsoft.com/exchangechallengeaccepted/2017/04/14/mail-not-routing-to-on-premise-exchange-2013-environment-from-o365-with-450-4-7-320-certificate-validation-failed-error/",
  },
  {
    cause: "tls-cert-name-mismatch",
    pattern: /\bcertificate doesn.t match the host\b/i,
    confidence: 0.93,
    example: "応答:\nTLS Negotiation failed, the certificate doesn’t match the host.",
    source:
      "https://spt.clara.jp/faq/?include_tag=gmail; https://igreks.jp/dev/gmail%e3%81%8b%e3%82%89%e3%82%a8%e3%83%83%e3%82%af%e3%82%b9%e3%82%b5%e3%83%bc%e3%83%90%e3%81%b8%e3%81%aesmtp%e6%8e%a5%e7%b6%9a%e3%81%8ctls%e3%82%a8%e3%83%a9%e3%83%bc%e3%81%ab%e3%81%aa%e3%82%8b",
  },
  {
    // Go 1.15+ no longer matches a host name against the certificate's Common Name: the certificate names the host only there, not in a SAN.
    cause: "tls-cert-name-mismatch",
    pattern: /\bcertificate relies on legacy Common Name field\b/i,
    confidence: 0.9,
    origin: "client",
    example:
      "error sending SMTP test (Test connection): x509: certificate relies on legacy Common Name field, use SANs instead",
    source: "https://github.com/knadh/listmonk/issues/1363; https://github.com/vx3r/wg-gen-web/issues/79",
  },
  {
    cause: "tls-cert-name-mismatch",
    pattern: /\bcertificate is not valid for any names, but wanted to match\b/i,
    confidence: 0.92,
    origin: "client",
    example: "x509: certificate is not valid for any names, but wanted to match localhost",
    source:
      "golang/go src/crypto/x509/verify.go (HostnameError.Error: 'x509: certificate is not valid for any names, but wanted to match '); https://github.com/ory/kratos/issues/1048",
  },
  gettextWording(
    "tls-cert-name-mismatch",
    ["msmtp:%s: the certificate owner does not match hostname %s"],
    0.92,
    "smtp.example.com: der Zertifikatseigner stimmt nicht mit dem Hostnamen smtp.example.com überein",
  ),
  gettextWording(
    "tls-cert-name-mismatch",
    [
      "mutt:WARNING: Server hostname does not match certificate",
      "mutt:certificate owner does not match hostname %s",
    ],
    0.9,
    "Avís: El nom d’amfitrió del servidor no concorda amb el del certificat.",
  ),
  {
    // Exim's TLS verification: the certificate does not name the host it connected to.
    cause: "tls-cert-name-mismatch",
    pattern: /\bcertificate name mismatch\b/i,
    confidence: 0.88,
    example:
      '2017-08-24 15:13:46 1dktpD-0006ot-H2 [198.51.100.88] SSL verify error: certificate name mismatch: DN="/OU=Domain Control Validated/OU=Hosted by HostGator.com, LLC./OU=PositiveSSL Wildcard/CN=*.websitewelcome.com" H="supernova-systems.com"',
    source: "https://pastebin.com/hhWZxyW1",
  },
  {
    // JavaMail's own words when the server's certificate names another host
    // (mail.smtp.ssl.checkserveridentity): SocketFetcher.checkServerIdentity.
    cause: "tls-cert-name-mismatch",
    pattern: /\bCan'?t verify identity of server\b/i,
    confidence: 0.88,
    origin: "client",
    example:
      "javax.mail.MessagingException: Could not convert socket to TLS; nested exception is: java.io.IOException: Can't verify identity of server: smtp.mailgun.com",
    source:
      "jakartaee/mail-api api/src/main/java/jakarta/mail/util/SocketFetcher.java (checkServerIdentity); https://github.com/bbottema/simple-java-mail/issues/155",
  },
  {
    // The family: the certificate's name does not match the server's, however the client words it
    // ("certificate name mismatch", "Domain Name Mismatch", "hostname mismatch").
    cause: "tls-cert-name-mismatch",
    pattern: /(?<!helo\/)\b(?:certificate|domain|host) ?name mismatch\b/i,
    confidence: 0.9,
    example: "Security Error: Domain Name Mismatch",
    source: "https://pastebin.com/hhWZxyW1; http://kb.mozillazine.org/SSL_Security_Error",
  },
  {
    // Python's ssl module (match_hostname) when the certificate names another host: "hostname 'x' doesn't match 'y'".
    cause: "tls-cert-name-mismatch",
    pattern: /\bhostname '[^']+' doesn't match (?:either of )?'/i,
    origin: "client",
    confidence: 0.9,
    example: "hostname 'notlocalhost' doesn't match 'localhost'",
    source:
      "code index id 18587791476 (Odoo odoo/addons/base/tests/test_ir_mail_server_smtpd.py, test_encryption_matrix / test_man_in_the_middle_matrix)",
  },
  {
    // A TLS checker's verdict on the server's certificate (the checktls-style report that mail
    // stacks' test scripts print): the name asked for is not among the certificate's names.
    cause: "tls-cert-name-mismatch",
    pattern: /\bCert(?:ificate)? Hostname DOES NOT VERIFY\b/,
    origin: "client",
    confidence: 0.9,
    example: "Cert Hostname DOES NOT VERIFY (* != simple-mail-forwarder.com)",
    source:
      "https://github.com/huan/docker-simple-mail-forwarder/issues/71; https://github.com/docker-mailserver/docker-mailserver/issues/1050",
  },
  {
    // Perl's IO::Socket::SSL (sendemail, swaks) when the certificate names another host.
    cause: "tls-cert-name-mismatch",
    pattern: /\bhostname verification failed\b/i,
    origin: "client",
    confidence: 0.88,
    example: "sendemail[50331]: ERROR => TLS setup failed: hostname verification failed",
    source: "https://github.com/mogaal/sendemail/issues/30; IO::Socket::SSL (verify_hostname)",
  },
]);
