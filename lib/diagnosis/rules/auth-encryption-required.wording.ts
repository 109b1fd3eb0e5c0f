import { gettextWording } from "../reply-patterns/gettext-languages";
import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { GO_SMTP } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "Authentication needs an encrypted connection": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    // Go's PlainAuth refuses to send a password without TLS: the mechanism needs TLS first.
    cause: "auth-encryption-required",
    origin: "client",
    pattern: /\bunencrypted connection\b/i,
    confidence: 0.85,
    example: "smtp.plainAuth failed: unencrypted connection",
    source: GO_SMTP,
  },

  {
    cause: "auth-encryption-required",
    pattern:
      /Plaintext (?:authentication|login|auth)\w* (?:is )?(?:not allowed|disallowed|not permitted)|\bAUTH(?:entication)?(?: command)? (?:is |was )?(?:not (?:allowed|permitted|available|supported)|cannot be used|can(?:no|'|’)t be used|disabled|only (?:allowed|available|permitted)) (?:without|before|after|over|on) (?:an? )?(?:TLS|STARTTLS|SSL|encryption|encrypted|unencrypted|plain|insecure|secure)/i,
    confidence: 0.85,
    example: "Plaintext authentication disallowed on non-secure (SSL/TLS) connections.",
    source:
      "dovecot/core src/login-common/login-common.h AUTH_PLAINTEXT_DISABLED_MSG (commit 87ef429c, shared by its login services incl. submission-login); https://github.com/arcage/crystal-email/blob/97b67bfce3551cdfa016b05aaad50b720093ca60/src/email/client.cr",
  },
  {
    cause: "auth-encryption-required",
    pattern: /tried to use disallowed plaintext auth/i,
    confidence: 0.92,
    example:
      "Dec 12 11:19:11 dunnart dovecot: pop3-login: Aborted login (tried to use disallowed plaintext auth): rip=192.0.2.21, lip=198.51.100.193, session=<LgDINsQCkttVIMPg>",
    source: "fail2ban/fail2ban fail2ban/tests/files/logs/dovecot (debian fail2ban 1.0.2-2)",
  },
  {
    cause: "auth-encryption-required",
    pattern: /cannot use a secure authentication method/i,
    confidence: 0.85,
    origin: "client",
    example: "cannot use a secure authentication method",
    source: "https://github.com/CapnBry/HeaterMeter/issues/58",
  },
  {
    cause: "auth-encryption-required",
    pattern: /\bA secure connection is requie?red\b/i,
    confidence: 0.88,
    example:
      "javax.mail.AuthenticationFailedException: 530 Login fail. A secure connection is requiered(such as ssl). More information at http://service.mail.qq.com/cgi-bin/help?id=28",
    source: "https://github.com/lx1169732264/zdm/issues/3 (QQ Mail)",
  },
  gettextWording(
    "auth-encryption-required",
    ["msmtp:cannot use a secure authentication method"],
    0.85,
    "sichere Authentifizierungsmethode kann nicht benutzt werden",
  ),
  {
    // A server saying its authentication needs a secure (encrypted, TLS) connection first. (.NET's
    // "The SMTP server requires a secure connection or the client was not authenticated" is the
    // client's guess between two causes, and is not this.)
    cause: "auth-encryption-required",
    pattern: /\bAuthentication requires (?:a )?(?:secure|encrypted|TLS) connection\b/i,
    confidence: 0.85,
    example: "530 5.7.0 Authentication requires a secure connection",
    source: "https://github.com/unmta/smtp-server/blob/HEAD/lib/SmtpServer.ts",
  },
]);
