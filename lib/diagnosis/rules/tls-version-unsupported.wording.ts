import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { DOTNET_SECURITY, GO_TLS, JSSE, OPENSSL } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "TLS version not accepted (TLS 1.0/1.1)": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  // TLS versions.
  {
    cause: "tls-version-unsupported",
    origin: "client",
    pattern:
      /No appropriate protocol(?: \(protocol is disabled or cipher suites are inappropriate\))?|Received fatal alert: protocol_version|alert protocol version|PROTOCOL_VERSION|UNSUPPORTED_PROTOCOL|unsupported protocol|no protocols available|NO_PROTOCOLS_AVAILABLE|version too low|tls: (?:server selected unsupported protocol version|protocol version not supported)|protocol version \w+ is not accepted by client preferences|The client and server cannot communicate, because they do not possess a common algorithm/i,
    confidence: 0.88,
    example:
      "javax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)",
    source: `${JSSE}; ${OPENSSL}; ${GO_TLS}; ${DOTNET_SECURITY}`,
  },

  {
    cause: "tls-version-unsupported",
    pattern:
      /TLS 1\.0 and (?:TLS )?1\.1 (?:are not supported|connections)|no longer supports? TLS ?1\.[01]|unsupported protocol|no protocols available|alert protocol version|version too low|UNSUPPORTED_PROTOCOL/i,
    confidence: 0.9,
    example:
      "[Error: 4544038336:error:1425F102:SSL routines:ssl_choose_client_version:unsupported protocol:../deps/openssl/openssl/ssl/statem/statem_lib.c:1929:\n] {",
    source: "https://github.com/nodemailer/nodemailer/issues/1076",
  },

  {
    cause: "tls-version-unsupported",
    pattern: /do not possess a common algorithm/i,
    confidence: 0.65,
    example:
      "Exception Details: System.ComponentModel.Win32Exception: The client and server cannot communicate, because they do not possess a common algorithm",
    source: "https://github.com/crossvertise/ActionMailerNext/issues/35 (server had TLS 1.0 disabled)",
  },
  {
    cause: "tls-version-unsupported",
    pattern: /\bXGEMAIL_0006\b/i,
    confidence: 0.85,
    example: "XGEMAIL_0006",
    source:
      "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html",
  },
  {
    // Outlook's 0x800CCC1A: the encryption it was told to use could not be negotiated; both sources trace it to old TLS versions on one side.
    cause: "tls-version-unsupported",
    pattern: /\bserver does not support the connection encryption type you have specified\b/i,
    confidence: 0.75,
    origin: "client",
    example:
      "0x800CCC1A - Your server does not support the connection encryption type you have specified. Try changing encryption method.",
    source:
      "https://hostm.com/tutorials/security/outdated-email-encryption-windows; https://unixs.ru/?p=12038",
  },
  {
    // JSSE (Java) when the server picks a TLS version the client has switched off: the two share no version.
    cause: "tls-version-unsupported",
    pattern:
      /\bServer chose (?:TLSv?[\d.]+|SSLv3), but that protocol version is not enabled or not supported by the client\b/i,
    origin: "client",
    confidence: 0.9,
    example:
      'DEBUG SMTP: exception reading response: javax.net.ssl.SSLHandshakeException: Server chose TLSv1.2, but that protocol version is not enabled or not supported by the client.\n           Exception in thread "main" javax.mail.MessagingException',
    source: "code index id 45535394904 (Java mail sender getProperties with commented SSLHandshakeException)",
  },
]);
