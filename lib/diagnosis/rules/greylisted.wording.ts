import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { SMTP_CODES } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "Greylisted: retry later": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "greylisted",
    pattern: /gr[ae]y[- ]?list\w*|Internal resource temporarily unavailable/i,
    confidence: 0.93,
    example: "451 4.7.1 <email@example.com>: Recipient address rejected: Greylisted for 5 minutes",
    source: `${SMTP_CODES}/451.json (barracuda)`,
  },

  {
    // Greylisting daemons named in their own deferral text (docker-mailserver's default POSTGREY_TEXT).
    cause: "greylisted",
    pattern: /\bpostgrey\b|\bsqlgrey\b/i,
    confidence: 0.9,
    example: "450 4.2.0 <user@example.com>: Recipient address rejected: Delayed by Postgrey",
    source:
      "docker-mailserver/docker-mailserver target/scripts/helpers/variables.sh (POSTGREY_TEXT default 'Delayed by Postgrey'); postgrey(8) --greylist-text",
  },

  {
    // greylistd's Exim text (its sample ACL and its forks): the host "is not yet authorized to
    // deliver mail from <…> to <…>. Please try later", a greylisting by its own words.
    cause: "greylisted",
    pattern: /\bis not yet authori[sz]ed to deliver mail from\b/i,
    confidence: 0.88,
    example:
      "450 203.0.113.5 is not yet authorized to deliver mail from <sender@example.org> to <user@example.com>. Please try later.",
    source:
      "https://github.com/MailCleaner/MailCleaner/blob/HEAD/etc/exim/exim_stage1.conf_template; Vulani (TUMS) Exim reconfiguration plugin writing exim.conf ACLs (code index id 28654809078)",
  },
  {
    // rspamd and other milters greylist at end of data with "4.7.1 Try again later" (only those words:
    // another milter's "Service unavailable - try again later" is not a greylisting).
    cause: "greylisted",
    pattern:
      /milter-reject: END-OF-MESSAGE [^\n]*\]:\s*(?:4\.7\.1\s+)?Try again later|Internal resource (?:is )?temporarily unavailable|greylist/i,
    confidence: 0.88,
    example:
      "milter-reject: END-OF-MESSAGE from relay2.example.org[192.0.2.7]: 4.7.1 Try again later; from=<a@example.org> to=<b@example.com> proto=ESMTP",
    source:
      "https://github.com/rspamd/rspamd/issues/2013; https://github.com/vstakhov/rmilter/issues/88; https://dwlistore.dwli.org/knowledgebase/444/Emails-Not-Sending-to-Mimecast-Recipients-.html",
  },
  {
    // Postfix postscreen's deferral of a new client after its after-220 tests: come back later, as greylisting asks.
    // Postscreen gives it at RCPT ("NOQUEUE: reject: RCPT from"); elsewhere the words say nothing.
    cause: "greylisted",
    pattern: /Service currently unavailable/i,
    confidence: 0.8,
    stages: ["rcpt"],
    requireStage: true,
    example: "450 4.3.2 Service currently unavailable",
    source:
      "vdukhovni/postfix postfix/src/postscreen/postscreen_early.c (PENALTY, PSC_ENFORCE_SESSION_STATE); https://github.com/modoboa/modoboa/issues/3586",
  },
  {
    cause: "greylisted",
    pattern: /\bThis mail is temporarily denied\b/i,
    confidence: 0.85,
    example: "450 This mail is temporarily denied",
    source: "smtpd/qpsmtpd plugins/greylisting (default deny message)",
  },
]);
