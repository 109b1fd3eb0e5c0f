import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "Too many login attempts: locked out": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "auth-locked-out",
    pattern:
      /Too many (?:bad |failed |invalid )?(?:login|auth\w*) attempts|(?:account|credentials?) (?:is |are )?(?:temporarily )?locked(?! by your organization's security defaults)/i,
    confidence: 0.9,
    example:
      "Error: Invalid login: 454 4.7.0 Too many login attempts, please try again later. 4-20020a056000154400b00203812ca383sm10857871wry.78 - gsmtp",
    source: "https://github.com/nodemailer/nodemailer/issues/1388",
  },

  {
    cause: "auth-locked-out",
    pattern:
      /authenticate too many times|Too many login attempts|too many (?:failed )?(?:login|authentication) (?:failures|errors)|temporarily blocked (?:due to|after) (?:too many|repeated) (?:failed )?(?:login|authentication)/i,
    confidence: 0.9,
    example: "535 auth failed (this user authenticate too many times)",
    source:
      "https://github.com/nodemailer/nodemailer/issues/1350; https://github.com/SchumacherFM/mailout/issues/12; https://github.com/pivorakmeetup/pivorak-web-app/issues/281; https://github.com/AnalogJ/justvanish/issues/13; https://github.com/grails-plugins/grails-mail/issues/6; https://github.com/bruceg/nullmailer/issues/68",
  },
  {
    cause: "auth-locked-out",
    pattern: /Authentication rate limit(?: from one source)? exceeded/i,
    confidence: 0.88,
    example:
      '2022/02/23 06:37:26 [info] 11#11: *1305 client login failed: "Authentication rate limit from one source exceeded" while in http auth state, client: 192.0.2.81, server: 0.0.0.0:25, login: "user@example.com"',
    source: "https://github.com/Mailu/helm-charts/issues/157",
  },
  {
    cause: "auth-locked-out",
    pattern: /Too many auth(?:entication)? failures/i,
    confidence: 0.9,
    example: "421 Too many auth failures, try again later",
    source:
      "https://docs.oracle.com/ja-jp/iaas/Content/Email/Concepts/troubleshooting.htm (Oracle Cloud Infrastructure Email Delivery troubleshooting, common SMTP errors table)",
  },
  {
    cause: "auth-locked-out",
    pattern: /Too many failed logins/i,
    confidence: 0.9,
    example:
      "[15-Aug-2018 04:28:19 -0500]: <n6lkis24> Recv: 550-Message rejected because [192.0.2.218]:10503 is blacklisted see Blocked -\n[15-Aug-2018 04:28:19 -0500]: <n6lkis24> Recv: 550 Too many failed logins",
    source: "https://github.com/roundcube/roundcubemail/issues/6393",
  },
  {
    cause: "auth-locked-out",
    pattern:
      /too much AUTH errors|possible SMTP attack: command=AUTH|max sender authentication errors \(\d+\) exceeded/i,
    confidence: 0.92,
    example:
      "Apr-27-13 02:25:10 [SSL-out] 198.51.100.97 max sender authentication errors (5) exceeded -- dropping connection - after reply: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6;",
    source:
      "fail2ban/fail2ban fail2ban/tests/files/logs/assp; fail2ban/fail2ban fail2ban/tests/files/logs/sendmail-auth; fail2ban/fail2ban fail2ban/tests/files/logs/assp (debian fail2ban 1.0.2-2)",
  },
  {
    cause: "auth-locked-out",
    pattern:
      /too (?:much|many) fail(?:ed|ure)? (?:authentication|login)s?\b|Authentication rate limit from one source exceeded/i,
    confidence: 0.88,
    example: "451Requested mail action not taken: too much fail authentication",
    source: "https://biecuoliao.com/pa/MBRrwEM.html; https://github.com/Mailu/helm-charts/issues/157",
  },
  {
    cause: "auth-locked-out",
    pattern: /auth(?:entication)? (?:error|failure)s? limit exceed/i,
    confidence: 0.88,
    example: "554 IP is rejected, smtp auth error limit exceed",
    source:
      "NetEase (163/126) bounce-code list copied into a public repository (Chinese) (code index id 34274800717)",
  },
  {
    cause: "auth-locked-out",
    pattern: /Too many auth(?:entication)? failures/i,
    confidence: 0.88,
    example: "421 Too many auth failures, try again later",
    source:
      "https://docs.oracle.com/ja-jp/iaas/Content/Email/Concepts/troubleshooting.htm (Oracle Cloud Infrastructure Email Delivery troubleshooting, common SMTP errors table)",
  },
  {
    cause: "auth-locked-out",
    pattern: /\bBanned due to (?:authentication|auth|login) (?:errors|failures)/i,
    confidence: 0.9,
    example:
      'Wed, 21 May 2025 23:09:07 INFO Banned due to authentication errors remoteIp = 192.168.1.254, accountName = "X@Y", id = "2.3230"',
    source: "https://github.com/stalwartlabs/stalwart/issues/1532",
  },
  {
    cause: "auth-locked-out",
    pattern: /\btoo many (?:auth|authentication|login|logon|sign-?in)\w* (?:failures|attempts|errors)\b/i,
    confidence: 0.85,
    example: "421 Too many auth failures, try again later",
    source:
      "https://docs.oracle.com/ja-jp/iaas/Content/Email/Concepts/troubleshooting.htm (Oracle Cloud Infrastructure Email Delivery troubleshooting, common SMTP errors table)",
  },
  {
    cause: "auth-locked-out",
    pattern:
      /\bBanned due to authentication errors\b|\bmax(?:imum)? [^\n]{0,20}?authentication errors\b[^\n]{0,10}exceeded/i,
    confidence: 0.88,
    example:
      'Wed, 21 May 2025 23:09:07 INFO Banned due to authentication errors remoteIp = 192.168.1.254, accountName = "X@Y", id = "2.3230"',
    source:
      "fail2ban/fail2ban fail2ban/tests/files/logs/assp; https://github.com/stalwartlabs/stalwart/issues/1532",
  },
  {
    cause: "auth-locked-out",
    pattern: /\btoo many (?:(?:auth(?:entication)?|login|failed) )?attempts\b/i,
    confidence: 0.8,
    stages: ["auth"],
    example: "503 Too many attempts - go away",
    source:
      "https://github.com/albertito/chasquid/blob/61d2961ee92c2aabb55404e9eb073dd62165c66c/test/t-12-minor_dialogs/auth_too_many_failures.cmy; https://github.com/SilvioTormen/smtprelay (src/auth/auth-handler.js)",
  },
  {
    // Too many AUTH commands in one session: the server stops taking sign-in attempts (Hostinger).
    cause: "auth-locked-out",
    pattern: /\btoo many AUTH commands\b/i,
    confidence: 0.85,
    example: "450 4.7.1 Error: too many AUTH commands",
    source:
      "TypeScript bulk-mail sender for Hostinger SMTP, error handling in sendMail (code index id 35584925253)",
  },
  {
    // The family: a server counting this client's failed sign-ins and cutting it off ("Too many
    // authentication errors", "max sender authentication errors (5) exceeded", "Banned due to
    // authentication errors"): the lockout, not the password itself, is what now refuses it.
    cause: "auth-locked-out",
    pattern:
      /\b(?:too many|max(?:imum)?(?: sender)?|banned due to|blocked due to) (?:authentication|auth|login) (?:errors|failures)\b/i,
    confidence: 0.9,
    example: "421 4.3.0 Too many authentication errors, disconnecting.",
    source:
      "fail2ban/fail2ban fail2ban/tests/files/logs/assp; https://github.com/stalwartlabs/stalwart/issues/1532",
  },
  {
    // A server or filter blocking the client's address after repeated failed logins (ASSP's log).
    cause: "auth-locked-out",
    pattern: /\btoo (?:much|many) AUTH (?:errors|failures)\b/i,
    confidence: 0.85,
    example: "Apr-27-13 02:25:09 Blocking 198.51.100.97 - too much AUTH errors (10);",
    source: "fail2ban/fail2ban fail2ban/tests/files/logs/assp",
  },
]);
