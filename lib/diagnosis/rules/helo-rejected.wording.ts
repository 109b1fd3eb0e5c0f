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
    // A judgement on the HELO name placed before it ("bogus HELO name used", "Unwanted contents
    // of the HELO command", "Forged HELO hostname detected").
    pattern:
      /bogus (?:HELO|EHLO)|\b(?:unwanted|illegal|fake|forged)\b(?: contents? of the| (?:argument|parameter|name) (?:to|in|of) the)? (?:HELO|EHLO)\b/i,
    confidence: 0.9,
    example: "550 5.7.1 bogus HELO name used: localhost",
    source:
      "sendmail cf/feature (check_helo rulesets; bogus HELO name used); smf-zombie milter source (Eugene Kurmanin, 2005-2006), smf_envfrom (code index id 27347531571)",
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
  {
    // The family: the name the client introduced itself with (HELO/EHLO) is refused or judged invalid.
    cause: "helo-rejected",
    pattern:
      /\b(?:HELO|EHLO|Hello)\b(?! keyword| or )[^.\n]{0,40}\b(?:not accepted|rejected|invalid|mismatch|doesn't look like|does not look like)\b(?! from server)|\bInvalid (?:source )?hostname\b|\bhostname\/ip mismatch\b|\bused as MTA hostname\b|\bnot valid in host ?names\b/i,
    confidence: 0.75,
    stages: ["ehlo", "mail", "rcpt", "data", "connect", "greeting"],
    example: "501 Invalid hostname",
    source:
      "https://github.com/BytemarkHosting/docker-smtp/issues/5; https://github.com/nim-lang/nimforum/issues/105; https://github.com/bitwarden/server/issues/164; https://github.com/pocketbase/pocketbase/issues/438; https://github.com/getsentry/self-hosted/issues/1045; https://github.com/sisimai/set-of-emails/issues/11; https://github.com/tutao/tutanota/issues/7114; https://github.com/anonaddy/docker/issues/225; https://github.com/mailcow/mailcow/issues/260; https://github.com/prometheus/alertmanager/issues/473; https://github.com/bitwarden/server/issues/4062; https://github.com/passbolt/passbolt_docker/issues/132; iRedMail documentation 'Errors you may see while maintaining iRedMail server' (https://docs.iredmail.org/errors.html; code index id 43390418181); https://pastebin.com/TVZVzp5w; https://github.com/aquasecurity/postee/issues/602; https://github.com/danisola/forward-cat/issues/5; vdukhovni/postfix postfix/src/smtpd/smtpd_nullmx.ref; https://github.com/Dolibarr/dolibarr/issues/10695; https://blog.youkuaiyun.com/weixin_34392843/article/details/86086147; fm/smtp-codes data/codes/501.json (https://smtp.codes/501); https://github.com/vdukhovni/postfix/blob/1eee692a04f3a70ed7df44dde8c068d953bbf02d/postfix/src/smtpd/smtpd_check.ref; https://github.com/vdukhovni/postfix/blob/6005a1e81152d753144deae8ba6795379d52d16f/postfix/src/smtpd/smtpd_nullmx.ref; https://postmaster-earthlink.vadesecure.com/outbound_error_codes/; public stored batman-adv mailing-list reply by Sven Eckelmann (index id 29953285295); public Perl script reporting rejected mail, with a sample log line in its header (index id 22165372258); https://github.com/galexrt/container-healthchecks/issues/7; https://github.com/Mailu/Mailu/issues/115; code index id 71078429704 (Elixir SMTP server test, helo(\"require_known_helo\", \"nowhere.example.net\") reply assertion); code index id 60672189276 (addy.io help page on failed deliveries, 'Inbound rejections - common causes'); code index id 22715303159 (personal blog post about Postfix and an Android phone); code index id 56765323364 (forum thread by iaw, 2010-10-18, 'how do I get the domain name into the HELO command?'); code index id 9965689440 (French Exim admin notes, section 'Erreurs connue'); https://github.com/Monogramm/docker-dolibarr/issues/28; https://pastebin.com/zVBf4xwB; vdukhovni/postfix postfix/src/smtpd/smtpd_acl.ref (smtpd_check test reference output) [test host names/IPs replaced by documentation values]; https://pastebin.com/g7nmCbNh (Postfix restrictions and sendmail log); https://pastebin.com/vymZQ7Yc; https://github.com/crazy-max/diun/issues/165; https://github.com/deltachat/deltachat-core/issues/223; https://github.com/chatmail/core/issues/1847; Ubuntu Forums archive (https://github.com/Ubuntu-Community-Team/Ubuntu-Forums-Archive), Server Platforms thread 'Postfix config issue: Helo command rejected: need fully-qualified hostname', 2008-12-05 (code index id 56891790577); http://www.poetrysoftware.com.au/bounce/; https://github.com/grafana/grafana/issues/7223; https://github.com/zitadel/zitadel/issues/4477; http://www.iig.com.au/support/email/errors.php; https://github.com/anonaddy/docker/issues/167; https://github.com/jasl8r/docker-mattermost/issues/9; https://github.com/crowdsecurity/hub/issues/1100; https://github.com/iredmail/dockerized/issues/134; https://github.com/pentacent/keila/issues/200; https://pastebin.com/TXYM7LV5; https://pastebin.com/Y9Cg6b3N; http://plm-hikohiko.hateblo.jp/entry/2018113001; https://github.com/makeplane/plane/issues/2984; https://github.com/fail2ban/fail2ban/issues/125; http://linuxharbour.com/content/non-fqdn-email-helo-command; https://github.com/NethServer/dev/issues/5025; https://github.com/containrrr/watchtower/issues/572; Rust tokio SMTP server with record_connection and SmtpStatus::RejectedHelo (code index id 62467060473); Elemta Go MTA CommandHandler HandleHELO/HandleEHLO/HandleSTARTTLS (code index id 43396058906); https://github.com/vdukhovni/postfix/blob/HEAD/postfix/src/smtpd/smtpd_acl.ref; https://github.com/vdukhovni/postfix/blob/HEAD/postfix/src/smtpd/smtpd_dns_filter.ref; Wazuh src/os_maild/sendmail.c, HELO_ERROR check (stored copy code index id 77861235); https://gitlab.com/commento/commento/issues/196; code index id 47447168171 (Python mail-log diagnosis tool tests, TestHeloError.test_helo_error_positive); Rust SMTP server session, HELO/EHLO match arm with helo_rejected (code index id 68869361257); PHP SMTP server class, HELO/EHLO handling with runHooks (code index id 56248308503); https://pastebin.com/FD0j23x9; https://github.com/nkhorman/spamilter/blob/HEAD/src/hndlrs.c; https://github.com/pawciobiel/golubsmtpd/blob/HEAD/internal/smtp/session.go; Homelab syslog/alerting setup notes, Zentyal SMTP section (code index id 70978213120); code index id 29595960486 (mailing-list reply to a 2022-04-21 patch from nfschina.com, 'we neither received your mail'); Project QA notes on the scheduling app's password-reset mail bounce (crates/scheduling/src/smtp.rs EHLO constant) (code index id 71487012168); German SMTP client module comment on reject_non_fqdn_helo_hostname (code index id 60491666268); C# Cantina.Barkeep.Access minimal SMTP client class comment (code index id 61608295277); https://github.com/gogs/gogs/pull/973; eris log contextualizer (Brad Lhotsky), eris::log::context::postfix sample_messages from his server 'janus' (code index id 28130546018); https://github.com/mailcow/mailcow-dockerized-docs/issues/455; https://github.com/danisola/forward-cat/issues/3; http://www.mailmaxdirect.com/cs_smtp450.htm; Python SMTP RCPT reply classification test RCPT_TABLE, 'real-world reply strings' (code index id 70693283105); https://github.com/Exim/exim/blob/07738d610fd70638835db7b12cf158e71a7346e3/doc/doc-src/FAQ.src; nixcloud/nixcloud-webservices modules/services/email/nixcloud-email.nix (older stored version; code index id 21735365284); https://github.com/odoo/odoo/issues/6181; http://www.hmailserver.com/documentation/latest/?page=reference_error_messages_smtp; https://unix.stackexchange.com/questions/91749/helo-command-rejected-need-fully-qualified-hostname-error; https://www.dcu.ie/iss/information-systems-services-iss-rejected-mail-helo; https://github.com/mailhog/MailHog/issues/257; vdukhovni/postfix (postfix-3.12-20260821) postfix/src/smtpd/smtpd_check*.ref (test reference output); https://github.com/Foundry376/Mailspring/issues/1054; https://github.com/haraka/Haraka/issues/1407",
  },
  {
    // The family: the name given in HELO/EHLO judged and refused, however worded (a bare IP, the receiver's own name, an invalid or forged name), as Exim ACLs and Gmail word it.
    cause: "helo-rejected",
    pattern:
      /\b(?:HELO|EHLO)(?:\/EHLO)? (?:of|given|name|hostname|argument)\b.{0,40}?(?:bare IP|invalid|bogus|forged|not (?:valid|allowed|an? FQDN)|systems hostname)|(?:invalid|bogus|forged|illegal|bad) (?:domain|host ?name|name|IP)(?: or IP)?[^.\n]{0,20}\b(?:given in |in )?(?:HELO|EHLO)\b/i,
    confidence: 0.85,
    example:
      'SMTP -> get_lines(): $str is "501-5.5.4 HELO/EHLO argument "PhpStorm 9.0.3" invalid, closing connection."',
    source:
      "https://github.com/ietf-tools/datatracker/issues/10244; Ubuntu Forums archive (https://github.com/Ubuntu-Community-Team/Ubuntu-Forums-Archive), General Help thread '[Solved] SSMTP connecting to Gmail', 2016-04-01 (code index id 56977168629); https://github.com/PHPMailer/PHPMailer/issues/1011; https://github.com/PHPMailer/PHPMailer/issues/1258; https://pastebin.com/Us8juQyE; Return Path maillog-parser Exim log parser example lines (code index id 20615817109); pilight SMTP client test fixture 'gmail ehlo error' (code index id 7603965470)",
  },
]);
