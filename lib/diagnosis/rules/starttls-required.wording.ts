import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The server requires STARTTLS first": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "starttls-required",
    pattern:
      /Must issue a STARTTLS command first|STARTTLS (?:is )?required|TLS (?:is )?required|requires? (?:a )?(?:TLS|STARTTLS|encrypted connection)|please use STARTTLS|Encryption required for requested authentication mechanism/i,
    confidence: 0.9,
    example: "530 5.7.0 Must issue a STARTTLS command first. c133sm12701941wme.12 - gsmtp",
    source: "https://gist.github.com/algorev/f65c23132b2a227981485d02cf334b62",
  },
  {
    cause: "starttls-required",
    pattern:
      /STARTTLS (?:is )?required(?!,? but\b)|Must issue a STARTTLS command first|must issue STARTTLS(?: command)? first|Encryption required for (?:this|requested) command(?! authentication)/i,
    confidence: 0.92,
    example: "451 5.7.3 STARTTLS is required to send mail [SG2PR04CA0205.apcprd04.prod.outlook.com]",
    source:
      "RFC 3207 §4 (530 5.7.0 Must issue a STARTTLS command first); https://github.com/nedimf/maildroid/issues/29; https://github.com/apache/hertzbeat/issues/2365; https://github.com/kubesphere/notification-manager/issues/273; https://github.com/linkedin/Burrow/issues/231; https://github.com/formtools/core/issues/757; https://github.com/OpenSMTPD/OpenSMTPD/issues/93",
  },
  {
    cause: "starttls-required",
    pattern: /\bTLS(?:\/SSL(?:v3)?)? connection required\b/i,
    confidence: 0.9,
    example: "451 TLS/SSLv3 Connection required. (#4.7.1)",
    source:
      "sisimai/p5-sisimai:lib/Sisimai/Rhost/MessageLabs.pm (quoting Broadcom Email Security.cloud KB articles)",
  },
  {
    cause: "starttls-required",
    pattern: /TLS conversation required|(?:TLS|encryption) (?:is )?(?:mandatory|obligatory)\b/i,
    confidence: 0.88,
    example: "550 5.7.1 TLS conversation required",
    source: "foxcpp/maddy internal/check/requiretls/requiretls.go",
  },
  {
    cause: "starttls-required",
    pattern: /\baccepts messages only on TLS connection\b|\bonly (?:on|over) (?:a )?TLS connection\b/i,
    confidence: 0.9,
    example: "451 4.2.2 Server accepts messages only on TLS connection",
    source: "Zimbra LMTP/MTA source (TLS-only listener)",
  },
  {
    cause: "starttls-required",
    pattern: /\bSession encryption is required\b/i,
    confidence: 0.88,
    example: "550 5.7.1 Session encryption is required",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/42",
  },
  {
    cause: "starttls-required",
    pattern: /Failed to establish appropriate TLS channel/i,
    confidence: 0.8,
    example:
      "454 4.7.0 Failed to establish appropriate TLS channel: Access Denied (in reply to RCPT TO command))",
    source: "https://github.com/catatnight/docker-postfix/issues/12 (Exchange Online connector)",
  },
  {
    cause: "starttls-required",
    pattern: /refused due to lack of security/i,
    confidence: 0.88,
    example: "554 Command refused due to lack of security",
    source: "aio-libs/aiosmtpd aiosmtpd/testing/statuscodes.py (S554_LACK_SECURITY)",
  },
  {
    // "STARTTLS is required" in Chinese (Microsoft 365 operated by 21Vianet) and Japanese.
    cause: "starttls-required",
    pattern: /需要\s*STARTTLS|STARTTLS\s*(?:が|を)?\s*必要/i,
    confidence: 0.9,
    example:
      "451 5.7.3 发送邮件需要 STARTTLS [BJXPR01CA0050.CHNPR01.prod.partner.outlook.cn 2023-07-03T07:17:07.624Z 08DB7565CE20173C]",
    source: "https://github.com/apache/hertzbeat/issues/1062",
  },
  {
    // VIPRE Email Security: the sender's domain is set to require TLS.
    cause: "starttls-required",
    pattern: /\brequired to send (?:via|over|using) an encrypted SMTP session\b/i,
    confidence: 0.85,
    example: "Your sender domain is required to send via an encrypted SMTP session",
    source: "https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons",
  },
  {
    // Past the sign-in stage, "encryption required" asks for the session itself to be encrypted (STARTTLS), not a sign-in mechanism.
    cause: "starttls-required",
    pattern: /\b(?:session|connection|transport) encryption (?:is )?required\b/i,
    confidence: 0.85,
    stages: ["mail", "rcpt", "data"],
    example: "550 5.7.1 Session encryption is required",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/42",
  },
  {
    // The family: the server requires an encrypted session (TLS, SSL, encryption, a secure channel) before it goes on, however worded; a server that then offers no STARTTLS, or wants encryption only for the sign-in, has its own stronger wording.
    cause: "starttls-required",
    pattern:
      /\b(?:TLS(?:\/SSLv3)?|SSL|encrypted|encryption|secure)\b(?: SMTP)?(?: session| conversation| connection| channel)? (?:is )?required\b|\bvia an encrypted SMTP session\b|\black of security\b/i,
    confidence: 0.8,
    example: "550 5.7.1 TLS conversation required",
    source:
      "foxcpp/maddy internal/check/requiretls/requiretls.go; https://github.com/mailcow/mailcow-dockerized/issues/42; sisimai/p5-sisimai:lib/Sisimai/Rhost/MessageLabs.pm (quoting Broadcom Email Security.cloud KB articles); https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons; aio-libs/aiosmtpd aiosmtpd/testing/statuscodes.py (S554_LACK_SECURITY) [reply rendered from the StatusCode code and message]",
  },
  {
    // The recipient's domain (or the server) requires its mail to come over TLS: the session was
    // plain, so STARTTLS first ("450 4.7.0 Recipient requires secure transport (TLS)").
    cause: "starttls-required",
    pattern:
      /\b(?:recipient|domain|server|destination)(?: domain)? requires (?:a )?(?:secure transport|TLS|encrypted (?:transport|connection))\b/i,
    confidence: 0.85,
    example: "450 4.7.0 Recipient requires secure transport (TLS)",
    source: "All-Ears Mail (AEM) C SMTP receiver RCPT result switch (code index id 37829437099)",
  },
  {
    // The family: the server requires an encrypted session (STARTTLS) before it takes this mail, however it words it.
    cause: "starttls-required",
    pattern:
      /\brequires? (?:a )?secure transport\b|\bwithout STARTTLS\b|\black of security\b|\bvia an encrypted (?:SMTP )?session\b|\bappropriate TLS channel\b/i,
    confidence: 0.8,
    example: "554 Command refused due to lack of security",
    source:
      "https://github.com/catatnight/docker-postfix/issues/12; aio-libs/aiosmtpd aiosmtpd/testing/statuscodes.py (S554_LACK_SECURITY) [reply rendered from the StatusCode code and message]; https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons; All-Ears Mail (AEM) C SMTP receiver RCPT result switch (code index id 37829437099); https://github.com/mariusgologan/scrollout/blob/HEAD/bin/policy.sh",
  },
]);
