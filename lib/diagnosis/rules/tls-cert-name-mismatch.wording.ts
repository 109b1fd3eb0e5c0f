import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";

const JSSE = "openjdk/jdk src/java.base/share/classes/sun/security/ssl (Alert.java, ClientHello.java)";
const GO_TLS = "golang/go src/crypto/tls/conn.go, handshake_client.go; src/crypto/x509/verify.go";
const PYTHON_SSL = "python/cpython Modules/_ssl.c (SSL error reason names from OpenSSL)";
const PHPMAILER = "PHPMailer/PHPMailer language/phpmailer.lang-en.php (src/PHPMailer.php)";
const CURL = "curl/curl docs/libcurl/libcurl-errors.md (CURLcode texts)";
const DOTNET_SECURITY = "dotnet/runtime src/libraries/System.Net.Security/src/Resources/Strings.resx";

/**
 * How servers and client libraries word "The certificate does not match the server name": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording: readonly ReplyPattern[] = [
  {
    cause: "tls-cert-name-mismatch",
    origin: "client",
    pattern:
      /No subject alternative (?:DNS )?names? matching|No name matching \S+ found|x509: certificate is valid for [^,]+(?:, [^,]+)*, not \S+|doesn't contain any IP SANs|Hostname mismatch, certificate is not valid for|IP address mismatch, certificate is not valid for|Peer certificate CN=`[^']*' did not match expected CN|no alternative certificate subject name matches target host name|RemoteCertificateNameMismatch|(?:does not|doesn't) match certificate's altnames|certificate (?:name|subject) does not match/i,
    confidence: 0.92,
    example:
      "java.security.cert.CertificateException: No subject alternative DNS name matching smtp.example.com found.",
    source: `${JSSE}; ${GO_TLS}; ${PYTHON_SSL}; ${PHPMAILER}; ${CURL}; ${DOTNET_SECURITY}`,
  },

  {
    cause: "tls-cert-name-mismatch",
    pattern:
      /(?:does not|doesn't) match certificate's altnames|ALTNAME_INVALID|RemoteCertificateNameMismatch|hostname mismatch|doesn't match (?:any of )?the (?:certificate|subject alternative)/i,
    confidence: 0.96,
    example:
      "Hostname/IP does not match certificate's altnames: Host: mail.example.com. is not in the cert's altnames: DNS:example.com, DNS:www.example.com",
    source: "https://github.com/nodemailer/nodemailer/issues/1391",
  },
];
