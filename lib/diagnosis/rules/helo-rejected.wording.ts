import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { POSTFIX } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The EHLO/HELO name was refused": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "helo-rejected",
    pattern: /\bParameter to HELO does not conform to RFC syntax\b/i,
    confidence: 0.9,
    example: "... Parameter to HELO does not conform to RFC syntax ...",
    source: "https://github.com/M66B/FairEmail/blob/dd503c8197a238baeaf0a551fda98071526126e6/FAQ.md",
  },
  {
    cause: "helo-rejected",
    pattern:
      /Helo command rejected|HELO argument|helo not verified|Bad HELO|Invalid HELO|need fully-qualified hostname|Empty HELO|HELO\/EHLO (?:name )?(?:rejected|invalid|not allowed)|forged HELO/i,
    confidence: 0.93,
    example: "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname",
    source: `${POSTFIX}/smtpd_check*.ref`,
  },

  {
    cause: "helo-rejected",
    pattern: /Invalid (?:command arguments: Invalid )?domain name/i,
    stages: ["ehlo"],
    confidence: 0.8,
    example:
      'smtp failed-command command="HELO " result="501 5.5.4 Invalid command arguments: Invalid domain name"',
    source: "https://github.com/OpenSMTPD/OpenSMTPD/issues/1054",
  },

  {
    cause: "helo-rejected",
    pattern:
      /Helo command rejected|(?:HELO|EHLO) (?:command )?(?:argument )?(?:rejected|invalid|not allowed)|invalid (?:HELO|EHLO)|Syntactically invalid (?:HELO|EHLO)|need fully-qualified hostname|Bad HELO|HELO (?:name|hostname) (?:is )?(?:not|invalid)/i,
    confidence: 0.93,
    example: "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname",
    source:
      "https://github.com/BytemarkHosting/docker-smtp/issues/5; https://github.com/nim-lang/nimforum/issues/105; https://github.com/bitwarden/server/issues/164; https://github.com/pocketbase/pocketbase/issues/438; https://github.com/getsentry/self-hosted/issues/1045; https://github.com/sisimai/set-of-emails/issues/11; https://github.com/tutao/tutanota/issues/7114; https://github.com/forwardemail/free-email-forwarding/issues/109; https://github.com/zone-eu/zone-mta/issues/162",
  },
  {
    cause: "helo-rejected",
    pattern: /rejected (?:EHLO|HELO) from [^:]+: (?:syntactically invalid|invalid)/i,
    confidence: 0.92,
    example:
      "viiv-podcast-smtp_1   |   281 LOG: MAIN REJECT\nviiv-podcast-smtp_1   |   281   rejected EHLO from viiv-podcast_viiv-podcast-craft_1.viiv-podcast_internal [172.31.58.4]: syntactically invalid argument(s): ",
    source: "https://github.com/ix-ai/smtp/issues/6",
  },
  {
    cause: "helo-rejected",
    pattern:
      /fully-qualified domain name for HELO|EHLO\/HELO \S+ can ?not (?:be )?resolved|No matching A\/A+ records found for the EHLO hostname/i,
    confidence: 0.92,
    example:
      " Ausnahme beim Aufrufen von Send mit 1 Argument(en):  Postfach nicht verfügbar. Die Serverantwort war: Please use a fully-qualified domain name for HELO/EHLO",
    source:
      "gpipperr/OraPowerShell (mail helper in lib/*.ps1; code index id 43388727359); apache/james-project protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/fastfail/ResolvableEhloHeloHandler.java (doRcpt); foxcpp/maddy internal/check/dns/dns.go (requireMatchingEHLO)",
  },
  {
    // Google's SMTP relay closes at EHLO ('(EHLO)') when the client announces a bad name: Laravel's fix and action-send-mail's PR #302 (the fix for its issue #196) both set a proper EHLO name.
    cause: "helo-rejected",
    pattern: /helohost error|helo(?:\/helo)? domain name DNS check failed|closing connection\.? \(EHLO\)/i,
    confidence: 0.86,
    example: "555 helohost error.",
    source:
      "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html; https://1library.net/article/spam-filter-messages-fortigate-log-message-reference-guide.zkveww4q; https://github.com/laravel/laravel/pull/6402; https://github.com/dawidd6/action-send-mail/pull/302",
  },
  {
    cause: "helo-rejected",
    pattern: /bogus (?:HELO|EHLO)/i,
    confidence: 0.9,
    example: "550 5.7.1 bogus HELO name used: localhost",
    source: "sendmail cf/feature (check_helo rulesets; bogus HELO name used)",
  },
  {
    cause: "helo-rejected",
    pattern: /\bblacklisted HELO\b/i,
    confidence: 0.9,
    example: "rejected EHLO or HELO ylmf-pc: HELO/EHLO - blacklisted HELO",
    source: "cPanel Exim ACL (blacklisted HELO names), as logs show it",
  },
  {
    cause: "helo-rejected",
    pattern:
      /\b(?:HELO|EHLO) (?:must have a dot|is dynamic|(?:host ?name |name |argument )?(?:is )?(?:invalid|bogus|not (?:a )?(?:valid|FQDN|fully qualified)))|invalid address format in (?:HELO|EHLO)\b/i,
    confidence: 0.85,
    example: "HELO must have a dot",
    source:
      "https://github.com/haraka/Haraka/blob/05176e246d1f3fea7edee978e3c3095bbaeb3d66/plugins/helo.checks.js",
  },
  {
    // qmail-smtpd's badhelo control file: the HELO name is on the server's list.
    cause: "helo-rejected",
    pattern: /\bHELO (?:host ?name|hostname|name)\b[^.\n]{0,30}\b(?:denied|rejected|refused|not accepted)\b/i,
    confidence: 0.88,
    example: "553 sorry, your HELO host name has been denied (#5.7.1)",
    source:
      "https://github.com/sagredo-dev/qmail/blob/01b51166a4a295231150309129d0a3a531019af8/qmail-smtpd.c",
  },
  {
    cause: "helo-rejected",
    pattern: /\bHELO\/EHLO hostname\b[^\n]{0,120}\b(?:is not matching|does not match|doesn't match)\b/i,
    confidence: 0.88,
    example:
      "421 EHLO MXIN201 Your HELO/EHLO hostname.that.does.not.match.ptr.record.in.dns is not matching your DNS configuration ...",
    source: "https://github.com/PHPMailer/PHPMailer/issues/2189",
  },
  {
    cause: "helo-rejected",
    pattern: /\bhelo (?:name )?contains (?:an? )?ip(?: address)?\b/i,
    confidence: 0.9,
    example:
      "rejected MAIL <sender@example.org>: Helo name contains a ip address (HELO was [127.0.0.1]) and not is valid",
    source: "https://github.com/RocketChat/Docker.Official.Image/issues/46",
  },
  {
    // A HELO the receiver calls spoofed (its own address), and iRedMail's "Hello command rejected".
    cause: "helo-rejected",
    pattern: /\bSpoofed HELO\b|\bHello command rejected\b/i,
    confidence: 0.88,
    example:
      "milter-regex[2318]: [myserver] [MY-IP]: REJECT: Spoofed HELO (my own IP address, nice try), HELO: [127.0.0.1], FROM: , RCPT: , From: , To: , Subject:",
    source:
      "https://github.com/saltcorn/saltcorn/issues/1028; https://github.com/iredmail/dockerized/issues/134",
  },
  {
    cause: "helo-rejected",
    pattern: /\bbad or missing identifier \(HELO\)/i,
    confidence: 0.85,
    example:
      "Your message was rejected by this system and was not delivered.\\nReason: Messages from your location are rejected, bad or missing identifier (HELO). Contact your email administrator",
    source: "http://forums.wizard.ca/viewtopic.php?f=51&t=229848&view=print",
  },
  {
    // Postfix's answer to a HELO or EHLO without a name ("501 Syntax: HELO hostname"), and the
    // family of "HELO should be a FQDN or address literal" (Exim, RFC 5321 section 4.1.1.1).
    cause: "helo-rejected",
    pattern:
      /\bSyntax: (?:HELO|EHLO) hostname\b|\b(?:HELO|EHLO)(?:\/(?:HELO|EHLO))?(?: (?:host ?name|name|argument))? (?:should|must) be (?:an? )?(?:FQDN|fully[- ]qualified|valid (?:host|domain))/i,
    confidence: 0.88,
    example: "[API Error] 501 Syntax: HELO hostname",
    source:
      'vdukhovni/postfix postfix/src/smtpd/smtpd.c (helo_cmd: "501 Syntax: HELO hostname"); https://github.com/gregington/SMTPClient/issues/3; https://github.com/jamesrwhite/minicron/issues/286; https://github.com/kimai/kimai/issues/343',
  },
  {
    // The family: the HELO/EHLO name refused, however worded (denied, rejected, not matching the
    // DNS, invalid, bogus, spoofed); 80 of the 83 corpus replies it matches are this. Not a
    // client's own echo of its EHLO command, a log's "helo=<…>" field, a parser's "EHLO keyword",
    // PHPMailer's "EHLO not accepted from server" (any answer but 250, a late greeting too), or
    // words past the next reply code.
    cause: "helo-rejected",
    pattern:
      /(?<!(?:->|C:)\s*(?:SMTP:\s*)?)\b(?:HELO|EHLO)(?:\/(?:HELO|EHLO))?\b(?![=>]| keyword| not accepted from server)(?:(?!\b[2-5]\d\d\b|\bMAIL FROM\b|\bRCPT TO\b)[^\n]){0,60}?\b(?:denied|rejected|refused|not accepted|not matching|does not match|invalid|not valid|no matching|bogus|forged|spoofed)\b/i,
    confidence: 0.8,
    example: "553 sorry, your HELO host name has been denied (#5.7.1)",
    source:
      "https://github.com/sagredo-dev/qmail/blob/01b51166a4a295231150309129d0a3a531019af8/qmail-smtpd.c; https://github.com/PHPMailer/PHPMailer/issues/2189; vdukhovni/postfix postfix/src/smtpd/smtpd_check.c (reject_invalid_helo_hostname)",
  },
  {
    // qmail-remote's own words when the server refused the name in its HELO (qmail-remote.c).
    cause: "helo-rejected",
    pattern: /\bConnected to \S+ but my name was rejected\b/i,
    confidence: 0.9,
    example: "Connected to 192.0.2.135 but my name was rejected.",
    source: "https://github.com/sisimai/p5-sisimai/blob/HEAD/lib/Sisimai/Lhost/qmail.pm",
  },
  {
    // The family: the HELO name is on the server's bad-HELO list, or the server will not accept a
    // name that is not fully qualified (qmail patches' "badhelo", "unable to accept non-FQDN HELO").
    cause: "helo-rejected",
    pattern:
      /\bbad ?helo\b(?! ?=)|\b(?:unable to|cannot|can'?t|will not|won'?t|refuse to) accept (?:an? )?(?:non-FQDN|invalid|bogus|bare|unqualified) (?:HELO|EHLO)\b|\bnon-FQDN (?:HELO|EHLO)\b/i,
    confidence: 0.85,
    example: "553 sorry, your HELO/EHLO greeting is in my badhelo list (#5.7.1)",
    source:
      "Patched qmail-smtpd.c with err_badhelo/die_lcmd (code index id 1247697018); Patched qmail-smtpd.c with non-FQDN HELO check and die_regex (code index id 14980597446)",
  },
  {
    // The family: the name the client gave in HELO/EHLO (or none) refused, in any server's or
    // client's words: an IP for a name, a spoofed or unresolvable name, no fully-qualified name,
    // "bad or missing identifier (HELO)", "Hello not accepted" (10 of 10 corpus replies).
    cause: "helo-rejected",
    pattern:
      /\b(?:HELO|EHLO)\b[^\n]{0,20}\b(?:name|hostname|host name|identifier|domain name)\b[^\n]{0,40}?\b(?:contains an? ip|invalid|bad|missing|spoofed|not (?:accepted|valid|fully[- ]qualified)|no matching|does not (?:resolve|match))\b|\bbad or missing identifier \(HELO\)|\bSpoofed HELO\b|\bHello not accepted\b|\bfully-qualified domain name for HELO\b|\bsending mail server does not identify itself\b|\bfor the EHLO hostname\b/i,
    confidence: 0.85,
    example:
      "2018-04-20 11:43:11 H=xxx.members.linode.com ([127.0.0.1]) [203.0.113.20] rejected MAIL <sender@example.org>: Helo name contains a ip address (HELO was [127.0.0.1]) and not is valid",
    source:
      "foxcpp/maddy internal/check/dns/dns.go (requireMatchingEHLO); https://github.com/RocketChat/Docker.Official.Image/issues/46; https://github.com/saltcorn/saltcorn/issues/1028; https://github.com/iredmail/dockerized/issues/134; http://forums.wizard.ca/viewtopic.php?f=51&t=229848&view=print; Wazuh src/os_maild/sendmail.c, HELO_ERROR check (stored copy code index id 77861235); gpipperr/OraPowerShell (mail helper in lib/*.ps1; code index id 43388727359)",
  },
]);
