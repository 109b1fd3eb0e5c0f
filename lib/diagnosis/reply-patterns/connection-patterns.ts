import type { ReplyPattern } from "./reply-pattern-schema";

const NM = "nodemailer/nodemailer lib/smtp-connection/index.js (v9.0.5)";
const POSTFIX = "vdukhovni/postfix (postfix-3.12-20260821) postfix/src/smtpd";
const EXIM = "Exim/exim (git 13835a3c1) test/stdout (test-suite SMTP transcripts)";
const GOOGLE = "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes)";

/** Reaching the server: DNS, TCP, greeting, session. Wording from client libraries and servers. */
export const connectionPatterns: readonly ReplyPattern[] = [
  // DNS
  {
    cause: "dns-not-found",
    pattern: /\bENOTFOUND\b|\bNXDOMAIN\b|\bEAI_NONAME\b/i,
    confidence: 0.95,
    example: "{ Error: getaddrinfo ENOTFOUND mail.example.net mail.example.net:465",
    source: "https://github.com/nodemailer/nodemailer/issues/887",
  },
  {
    cause: "dns-not-found",
    pattern:
      /Name or service not known|No such host is known|nodename nor servname provided|remote name could not be resolved|could not resolve host|Unknown host\b/i,
    confidence: 0.9,
    example: "Error Initializing SMTP library: [Errno -2] Name or service not known",
    source: "https://github.com/jgyates/genmon/issues/1524",
  },
  {
    cause: "dns-failure",
    pattern: /\bEAI_AGAIN\b|\bESERVFAIL\b|\bSERVFAIL\b|Temporary failure in name resolution/i,
    confidence: 0.95,
    example: "{ [Error: getaddrinfo EAI_AGAIN west.exch032.serverdata.net:587] code: 'EAI_AGAIN',",
    source: "https://github.com/nodemailer/nodemailer/issues/679",
  },
  {
    cause: "dns-failure",
    pattern: /\bquery\w* E(?:TIMEOUT|REFUSED|CONNREFUSED)\b|\bDNS (?:lookup )?(?:timed? ?out|failed|error)/i,
    confidence: 0.92,
    example: "{ Error: queryA ETIMEOUT smtp.exmail.qq.com",
    source: "https://github.com/nodemailer/nodemailer/issues/1234",
  },
  // Guard (our own refusal)
  {
    cause: "target-not-allowed",
    pattern: /^Not tested: |SMTP Doctor refused to connect/i,
    confidence: 0.95,
    example: "Not tested: 10.0.0.5 is a private address",
    source: "lib/smtp/network-stages.ts guardStage (SMTP Doctor's own message)",
  },
  // TCP
  {
    cause: "connect-refused",
    pattern: /\bECONNREFUSED\b|actively refused|WinError 10061|Connection refused \((?:111|61)\)/i,
    confidence: 0.95,
    example: "[2017-03-11 23:05:43] ERROR [MrOpuAkKQQs] connect ECONNREFUSED 127.0.0.1:587",
    source: "https://github.com/nodemailer/nodemailer/issues/745",
  },
  {
    // Windows WSAEACCES / POSIX EACCES on connect: a local firewall or antivirus refused the outbound connection.
    cause: "connect-refused",
    pattern:
      /access a socket in a way forbidden by its access permissions|\bWSAEACCES\b|\bconnect EACCES\b|(?:connect to (?:server|[\w.-]+:\d+)|connect\(\) failed)[^.\n]{0,40}Permission denied/i,
    confidence: 0.85,
    example:
      "SMTP ERROR: Failed to connect to server: An attempt was made to access a socket in a way forbidden by its access permissions. (10013)",
    source:
      "https://github.com/PHPMailer/PHPMailer/issues/1080; nodemailer/nodemailer#519 (connect EACCES: firewall)",
  },
  {
    cause: "connect-timeout",
    pattern:
      /\bconnect ETIMEDOUT\b|did not properly respond after a period of time|Timed out connecting|connection timed out \((?:110|60)\)|\b(?:WinError|Socket error(?: code)?|error #?)\s*10060\b|\bWSAETIMEDOUT\b/i,
    confidence: 0.95,
    example: "Error: connect ETIMEDOUT 198.51.100.26:25",
    source: "https://github.com/nodemailer/nodemailer/issues/831",
  },
  {
    cause: "connect-timeout",
    pattern: /\bE(?:HOST|NET)UNREACH\b|No route to host|Network is unreachable/i,
    confidence: 0.7,
    example: "SMTP ERROR: Failed to connect to server: Network is unreachable (101)",
    source: "https://github.com/PHPMailer/PHPMailer/issues/1811 (maintainer: the host blocks outbound SMTP)",
  },
  {
    cause: "connection-reset",
    pattern: /\bECONNRESET\b|Connection reset by peer|forcibly closed by the remote host|socket hang up/i,
    confidence: 0.9,
    example:
      "Error: read ECONNRESET\n    at TLSWrap.onStreamRead (node:internal/stream_base_commons:217:20) {",
    source: "https://github.com/zepochs/nestjs-mailer/issues/36",
  },
  {
    cause: "connection-reset",
    pattern:
      /Connection closed unexpectedly|unexpectedly (?:disconnected|closed)|Unexpected socket close|lost connection (?:with|after|while)/i,
    confidence: 0.85,
    example: "Connection closed unexpectedly",
    source: NM,
  },
  {
    // .NET System.Net.Mail: the server closed the connection; often a port/encryption mismatch or a policy cut.
    cause: "connection-reset",
    pattern: /net_io_connectionclosed|established connection was aborted by the software in your host/i,
    confidence: 0.7,
    example:
      "System.Net.Mail.SmtpException: Failure sending mail. ---> System.IO.IOException: Unable to read data from the transport connection: net_io_connectionclosed.",
    source: "https://github.com/jitbit/AspNetSaml/issues/62; OctopusDeploy/Issues#1609",
  },
  // Greeting
  {
    cause: "greeting-timeout",
    pattern:
      /Greeting never received|timed? ?out waiting for (?:the )?(?:greeting|banner)|no (?:SMTP )?greeting/i,
    confidence: 0.85,
    example:
      "Error: Greeting never received\n    at SMTPConnection._formatError (/node_modules/nodemailer/lib/smtp-connection/index.js:774:19)",
    source: "https://github.com/nodemailer/smtp-server/issues/166",
  },
  {
    cause: "not-smtp-service",
    pattern: /Invalid greeting|response=(?:HTTP|SSH|\+OK|\* OK)|^(?:HTTP\/1\.[01] |SSH-2\.0-|\+OK |\* OK )/i,
    confidence: 0.9,
    example: "Invalid greeting. response=",
    source: NM,
  },
  {
    cause: "server-busy",
    pattern:
      /Temporary System Problem|Server busy|system (?:is )?(?:overloaded|congested)|shutting down|Service (?:is )?(?:temporarily )?(?:not available|unavailable)[ ,.-]+(?:please )?try (?:again )?later/i,
    confidence: 0.8,
    example: "421 4.3.0 Temporary System Problem. Try again later",
    source: GOOGLE,
  },
  {
    cause: "server-busy",
    pattern: /Temporary server error/i,
    confidence: 0.8,
    example: "451 4.3.2 Temporary server error. Please try again later ATTR17 [outlook.com]",
    source: "fm/smtp-codes data/codes/451.json (outlook)",
  },
  {
    // A front end that answers but has no mail service behind it right now.
    cause: "server-busy",
    pattern: /\b(?:SMTP )?(?:server|service) (?:is )?(?:not available|unavailable|not active)\b/i,
    stages: ["connect", "greeting", "ehlo", "auth"],
    confidence: 0.7,
    example: "421: 4.3.2 Service not active [TYAPR01CA0229.jpnprd01.prod.outlook.com]",
    source: "https://github.com/jstedfast/MailKit/issues/1106",
  },
  // Session
  {
    cause: "session-timeout",
    pattern:
      /timeout waiting for (?:data from )?client|command timeout|(?:incoming )?data timeout|Error: timeout exceeded|idle timeout|Timeout - closing connection/i,
    confidence: 0.92,
    example: "421 mail.example.com: SMTP command timeout - closing connection",
    source: EXIM,
  },
  // Routing
  {
    cause: "routing-error",
    pattern:
      /null ?MX|does not accept mail|loops back to myself|mail (?:forwarding )?loop|Hop count exceeded|too many hops/i,
    confidence: 0.92,
    example: "Domain example.org does not accept mail (nullMX)",
    source: `${POSTFIX}/../dns/dns_lookup.c`,
  },
  // Server trouble
  {
    cause: "server-temporary-failure",
    pattern:
      /Temporary lookup failure|Server configuration error|local error in processing|queue file write error|Insufficient system storage|Requested action aborted: (?:local )?error/i,
    confidence: 0.88,
    example: "451 4.3.0 <user@example.com>: Temporary lookup failure",
    source: `${POSTFIX}/smtpd_check*.ref`,
  },
];
