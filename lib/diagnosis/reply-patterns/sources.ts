/**
 * Where the wording knowledge comes from, for sources that several causes' wording tables cite:
 * MTA source trees and test suites, client libraries' own error texts, provider documentation.
 */
export const CURL = "curl/curl docs/libcurl/libcurl-errors.md (CURLcode texts)";
export const DOTNET_SECURITY = "dotnet/runtime src/libraries/System.Net.Security/src/Resources/Strings.resx";
export const EXIM = "Exim/exim (git 13835a3c1) test/stdout (test-suite SMTP transcripts)";
export const GOOGLE = "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes)";
export const GO_SMTP = "golang/go src/net/smtp/auth.go and smtp.go";
export const GO_TLS = "golang/go src/crypto/tls/conn.go, handshake_client.go; src/crypto/x509/verify.go";
export const JAVAMAIL =
  "eclipse-ee4j/angus-mail providers/smtp/src/main/java/org/eclipse/angus/mail/smtp/SMTPTransport.java";
export const JSSE = "openjdk/jdk src/java.base/share/classes/sun/security/ssl (Alert.java, ClientHello.java)";
export const MAILKIT = "jstedfast/MailKit MailKit/Net/Smtp/SmtpClient.cs (exception messages)";
export const MS_NDR =
  "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online";
export const NM = "nodemailer/nodemailer lib/smtp-connection/index.js (v9.0.5)";
export const OPENSSL = "openssl/openssl crypto/err/openssl.txt (SSL reason strings)";
export const PHPMAILER = "PHPMailer/PHPMailer language/phpmailer.lang-en.php (src/PHPMailer.php)";
export const POSTFIX = "vdukhovni/postfix (postfix-3.12-20260821) postfix/src/smtpd";
export const PYTHON = "python/cpython Lib/smtplib.py";
export const PYTHON_SSL = "python/cpython Modules/_ssl.c (SSL error reason names from OpenSSL)";
export const SMTP_CODES = "fm/smtp-codes data/codes (smtp.codes, fetched snapshot f506d34)";
export const WINSOCK = "learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2";
