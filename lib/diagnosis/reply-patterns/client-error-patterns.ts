import type { ReplyPattern } from "./reply-pattern-schema";

/**
 * What client stacks say when SMTP fails before (or without) a server reply, as people paste it.
 * Each family is taken from the library that defines the message (its source or its documented
 * error list), not from a reported case: these are the words every user of that library sees.
 * A server reply inside the paste, when there is one, is judged on its own and usually wins.
 */

const DOTNET = "dotnet/runtime src/libraries/System.Net.Mail/src/Resources/Strings.resx";
const DOTNET_SECURITY = "dotnet/runtime src/libraries/System.Net.Security/src/Resources/Strings.resx";
const JAVAMAIL =
  "eclipse-ee4j/angus-mail providers/smtp/src/main/java/org/eclipse/angus/mail/smtp/SMTPTransport.java";
const JSSE = "openjdk/jdk src/java.base/share/classes/sun/security/ssl (Alert.java, ClientHello.java)";
const PYTHON = "python/cpython Lib/smtplib.py";
const PYTHON_SSL = "python/cpython Modules/_ssl.c (SSL error reason names from OpenSSL)";
const GO_SMTP = "golang/go src/net/smtp/auth.go and smtp.go";
const GO_TLS = "golang/go src/crypto/tls/conn.go, handshake_client.go; src/crypto/x509/verify.go";
const OPENSSL = "openssl/openssl crypto/err/openssl.txt (SSL reason strings)";
const PHPMAILER = "PHPMailer/PHPMailer language/phpmailer.lang-en.php (src/PHPMailer.php)";
const CURL = "curl/curl docs/libcurl/libcurl-errors.md (CURLcode texts)";
const WINSOCK = "learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2";
const MAILKIT = "jstedfast/MailKit MailKit/Net/Smtp/SmtpClient.cs (exception messages)";

export const clientErrorPatterns: readonly ReplyPattern[] = [
  // Name resolution.
  {
    cause: "dns-not-found",
    pattern:
      /UnknownHostException|\bno such host\b|Could not resolve host|getaddrinfo(?: for \S+)? failed: (?:Name or service not known|No such host is known|nodename nor servname)|\[Errno (?:-2|-5|8|11001)\]|WSAHOST_NOT_FOUND|\b11001\b.*host/i,
    confidence: 0.9,
    example: "java.net.UnknownHostException: smtp.example.com",
    source: `${JAVAMAIL}; ${GO_SMTP}; ${CURL}; ${WINSOCK}`,
  },
  {
    cause: "dns-failure",
    pattern:
      /\[Errno -3\]|WSATRY_AGAIN|\bserver misbehaving\b|Could not resolve host.*timed? ?out|Resolving timed out/i,
    confidence: 0.88,
    example: "socket.gaierror: [Errno -3] Temporary failure in name resolution",
    source: `${PYTHON}; ${GO_SMTP}; ${WINSOCK}`,
  },
  // TCP connect.
  {
    cause: "connect-refused",
    pattern:
      /ConnectionRefusedError|\[Errno (?:111|61)\] Connection refused|Connection refused(?::? connect)?\b|target machine actively refused|WSAECONNREFUSED|\b10061\b|connect: connection refused|Failed to connect to \S+ port \d+(?: after \d+ ms)?: (?:Connection refused|Couldn't connect)/i,
    confidence: 0.88,
    example: "ConnectionRefusedError: [Errno 111] Connection refused",
    source: `${PYTHON}; ${GO_SMTP}; ${CURL}; ${WINSOCK}`,
  },
  {
    cause: "connect-timeout",
    pattern:
      /\[Errno (?:110|60)\] (?:Connection|Operation) timed out|Connection timed out: connect|connect timed out|WSAETIMEDOUT|\b10060\b|did not properly respond after a period of time|dial tcp [^ ]+: (?:i\/o timeout|connect: connection timed out)|Connection timed out after \d+ milliseconds|Failed to connect to \S+ port \d+ after \d+ ms: (?:Timed out|Connection timed out)|Connection timed out \(110\)|Operation timed out \(60\)/i,
    confidence: 0.88,
    example:
      "A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond",
    source: `${WINSOCK}; ${PYTHON}; ${GO_SMTP}; ${CURL}; ${JAVAMAIL}`,
  },
  {
    cause: "connect-timeout",
    pattern: /WSAE(?:NET|HOST)UNREACH|\b1005[01]\b|\b10065\b|\[Errno (?:101|113)\]/i,
    confidence: 0.75,
    example: "OSError: [Errno 101] Network is unreachable",
    source: `${WINSOCK}; ${PYTHON}`,
  },
  // The connection cut.
  {
    cause: "connection-reset",
    pattern:
      /ConnectionResetError|\[Errno (?:104|54)\]|WSAECONNRESET|\b10054\b|SMTPServerDisconnected|Connection unexpectedly closed|(?:SMTP )?server has unexpectedly disconnected|Unexpected end of file from server|Recv failure: Connection reset by peer|Connection closed unexpectedly|read: connection reset by peer/i,
    confidence: 0.85,
    example: 'raise SMTPServerDisconnected("Connection unexpectedly closed")',
    source: `${PYTHON}; ${MAILKIT}; ${WINSOCK}; ${CURL}; nodemailer/nodemailer lib/smtp-connection/index.js`,
  },
  // TLS spoken to a plain-text port, or plain text to a TLS port.
  {
    cause: "tls-wrong-mode",
    pattern:
      /first record does not look like a TLS handshake|Unrecognized SSL message,? plaintext connection|Unsupported or unrecognized SSL message|handshake failed due to an unexpected packet format|\bunknown protocol\b|UNKNOWN_PROTOCOL|\bhttp request\b.*SSL routines|packet length too long|tls: oversized record received|ERR_SSL_WRONG_VERSION_NUMBER|SSL3_GET_RECORD:wrong version/i,
    confidence: 0.88,
    example: "tls: first record does not look like a TLS handshake",
    source: `${GO_TLS}; ${JSSE}; ${DOTNET_SECURITY}; ${OPENSSL}`,
  },
  // TLS versions.
  {
    cause: "tls-version-unsupported",
    pattern:
      /No appropriate protocol \(protocol is disabled or cipher suites are inappropriate\)|Received fatal alert: protocol_version|alert protocol version|PROTOCOL_VERSION|UNSUPPORTED_PROTOCOL|unsupported protocol|no protocols available|NO_PROTOCOLS_AVAILABLE|version too low|tls: (?:server selected unsupported protocol version|protocol version not supported)|protocol version \w+ is not accepted by client preferences|The client and server cannot communicate, because they do not possess a common algorithm/i,
    confidence: 0.88,
    example:
      "javax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)",
    source: `${JSSE}; ${OPENSSL}; ${GO_TLS}; ${DOTNET_SECURITY}`,
  },
  // Other handshake failures.
  {
    cause: "tls-handshake-failed",
    pattern:
      /Received fatal alert: handshake_failure|alert handshake failure|HANDSHAKE_FAILURE|no shared cipher|no ciphers available|dh key too small|DH_KEY_TOO_SMALL|remote error: tls: handshake failure|Remote host (?:terminated|closed connection during) the handshake|Authentication failed because the remote party has closed the transport stream|Could not convert socket to TLS|error occurred while attempting to establish an SSL or TLS connection/i,
    confidence: 0.7,
    example: "javax.net.ssl.SSLHandshakeException: Received fatal alert: handshake_failure",
    source: `${JSSE}; ${OPENSSL}; ${GO_TLS}; ${DOTNET_SECURITY}; ${MAILKIT}; ${JAVAMAIL}`,
  },
  // Certificates.
  {
    cause: "tls-cert-untrusted",
    pattern:
      /PKIX path (?:building|validation) failed|unable to find valid certification path|CERTIFICATE_VERIFY_FAILED|certificate verify failed|x509: certificate (?:signed by unknown authority|has expired|is not yet valid)|certificate has expired|self[- ]signed certificate|unable to get local issuer certificate|unable to verify the first certificate|SSL certificate problem|remote certificate is invalid because of errors in the certificate chain|RemoteCertificateChainErrors|UntrustedRoot|The remote certificate was rejected/i,
    confidence: 0.9,
    example:
      "sun.security.validator.ValidatorException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target",
    source: `${JSSE}; ${PYTHON_SSL}; ${GO_TLS}; ${OPENSSL}; ${CURL}; ${DOTNET_SECURITY}`,
  },
  {
    cause: "tls-cert-name-mismatch",
    pattern:
      /No subject alternative (?:DNS )?names? matching|No name matching \S+ found|x509: certificate is valid for [^,]+(?:, [^,]+)*, not \S+|doesn't contain any IP SANs|Hostname mismatch, certificate is not valid for|IP address mismatch, certificate is not valid for|Peer certificate CN=`[^']*' did not match expected CN|no alternative certificate subject name matches target host name|RemoteCertificateNameMismatch|(?:does not|doesn't) match certificate's altnames|certificate (?:name|subject) does not match/i,
    confidence: 0.92,
    example:
      "java.security.cert.CertificateException: No subject alternative DNS name matching smtp.example.com found.",
    source: `${JSSE}; ${GO_TLS}; ${PYTHON_SSL}; ${PHPMAILER}; ${CURL}; ${DOTNET_SECURITY}`,
  },
  // STARTTLS and AUTH capabilities, as clients report them.
  {
    cause: "starttls-not-offered",
    pattern:
      /STARTTLS extension not supported by server|STARTTLS is required but host does not support STARTTLS|Server does not support secure connections|does not support (?:the )?STARTTLS|smtp: server doesn't support STARTTLS|Requested SSL level failed|StartTLS (?:is )?not supported/i,
    confidence: 0.9,
    example: "smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.",
    source: `${PYTHON}; ${JAVAMAIL}; ${DOTNET}; ${CURL}; ${MAILKIT}`,
  },
  {
    // Go's PlainAuth refuses to send a password without TLS: the mechanism needs TLS first.
    cause: "auth-encryption-required",
    pattern: /\bunencrypted connection\b/i,
    confidence: 0.85,
    example: "smtp.plainAuth failed: unencrypted connection",
    source: GO_SMTP,
  },
  {
    cause: "auth-not-offered",
    pattern:
      /SMTP AUTH extension not supported by server|smtp: server doesn't support AUTH|SMTP server does not support authentication|server does not support authentication/i,
    confidence: 0.9,
    example: "smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.",
    source: `${PYTHON}; ${GO_SMTP}; ${MAILKIT}`,
  },
  {
    cause: "auth-mechanism-unsupported",
    pattern:
      /No suitable authentication method found|No authentication mechanisms supported by both server and client|smtp: no supported auth mechanism|none of the (?:server's )?(?:SASL )?(?:authentication )?mechanisms (?:are )?supported|No compatible authentication mechanism|AuthenticationMechanismTooWeak/i,
    confidence: 0.88,
    example: "smtplib.SMTPException: No suitable authentication method found.",
    source: `${PYTHON}; ${JAVAMAIL}; ${MAILKIT}`,
  },
  {
    cause: "auth-failed",
    pattern:
      /SMTP Error: Could not authenticate|Login denied|username and password not accepted|Username and Password not accepted/i,
    confidence: 0.72,
    example: "SMTP Error: Could not authenticate.",
    source: `${PHPMAILER}; ${PYTHON}; ${JAVAMAIL}; ${CURL}`,
  },
  {
    // Exception class names for any refused login: the server's reply inside, when pasted, decides.
    cause: "auth-failed",
    pattern: /SMTPAuthenticationError|AuthenticationFailedException|AuthenticationException/i,
    confidence: 0.6,
    example: "javax.mail.AuthenticationFailedException: 535 5.7.8 Error: authentication failed",
    source: `${PYTHON}; ${JAVAMAIL}; ${MAILKIT}`,
  },
  {
    // smtplib re-raises a socket timeout while waiting for a reply as a disconnect.
    cause: "greeting-timeout",
    pattern: /Connection unexpectedly closed: (?:timed out|The read operation timed out)/i,
    confidence: 0.88,
    example: 'SMTPServerDisconnected("Connection unexpectedly closed: timed out")',
    source: `${PYTHON} (getreply: "Connection unexpectedly closed: " + str(e))`,
  },
  {
    cause: "credentials-missing",
    pattern:
      /Missing credentials for|No (?:username|password) (?:was )?(?:provided|specified|given)|Authentication info was not provided/i,
    confidence: 0.85,
    example: 'Error: Missing credentials for "LOGIN" code: EAUTH',
    source: "nodemailer/nodemailer lib/smtp-connection/index.js (login())",
  },
];
