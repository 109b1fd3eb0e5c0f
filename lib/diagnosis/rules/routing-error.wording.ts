import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { POSTFIX } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The destination's mail routing is broken": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  // Routing
  {
    cause: "routing-error",
    pattern:
      /(?<!\b(?:sender(?: address| domain)?|MAIL FROM|envelope sender)\b[^\n]{0,30}?)null ?MX|does not accept e?-?mail\b(?! from\b| over IPv6)|loops back to myself|mail (?:forwarding )?loop|Hop count exceeded|too many hops/i,
    confidence: 0.92,
    example: "Domain example.org does not accept mail (nullMX)",
    source: `${POSTFIX}/../dns/dns_lookup.c; https://github.com/mjl-/mox/blob/91bfff220e645b344f8daec6c9de947c1a2f858b/smtpclient/gather.go`,
  },

  {
    cause: "routing-error",
    pattern:
      // (A sender's null MX is a refused sender: sender-rejected.wording.ts.)
      /(?<!\b(?:sender(?: address| domain)?|MAIL FROM|envelope sender)\b[^\n]{0,30}?)\bNull ?MX\b|doesn't receive email according to the administrator|remote host address is the local host|loops back to myself|mail loop(?:s)? detected|too many hops|hop count exceeded/i,
    confidence: 0.93,
    example: "The domain example.org doesn't receive email according to the administrator: returned Null MX",
    source:
      "https://github.com/sisimai/set-of-emails/issues/4; https://github.com/diyan/mailhog-docker/issues/2; RFC 7505 (null MX)",
  },
  {
    // 1&1/IONOS and web.de word a domain without a usable MX or A/AAAA record the same way for
    // the sender (at MAIL FROM: sender-rejected.wording.ts) and for a recipient: at RCPT TO their
    // submission servers refuse a recipient domain the mail cannot be routed to.
    cause: "routing-error",
    pattern: /invalid DNS MX or A\/AAAA resource record/i,
    confidence: 0.92,
    stages: ["rcpt"],
    requireStage: true,
    example:
      "550-Requested action not taken: mailbox unavailable\n550 invalid DNS MX or A/AAAA resource record",
    source:
      "TypeScript mail queue service, comment 'Known E-Mail Errors' in process() (code index id 11668250471); Spanish campaign run status JSON (camp_4_1766259511_2038, stored copy code index id 26644065616); http://permalink.gmane.org/gmane.comp.version-control.git/283371",
  },
  {
    cause: "routing-error",
    pattern: /MX record points to local host|MX records point to non-existent hosts/i,
    confidence: 0.9,
    example: "lowest numbered MX record points to local host",
    source: "Exim/exim src/src/routers/rf_self_action.c; Exim/exim src/src/routers/dnslookup.c",
  },
  {
    cause: "routing-error",
    pattern: /MX list for \S+ points back to/i,
    confidence: 0.92,
    example:
      "553 MX list for example.net points back to relay.example.net\n554 <user@example.net>... Local configuration error",
    source: "sendmail FAQ Q4.5 (Debian sendmail-doc faq.txt)",
  },
  {
    cause: "routing-error",
    pattern: /\bMessage looping\b|looping \(received \d+ times\)/i,
    confidence: 0.9,
    example:
      '--> Error description:\nError-for:  userx@example.com\nError-Code: 0\nError-Text: Mailer mail.example.com said:\n            "554 Message looping (received 6 times)"\nError-End:  One error reported.',
    source:
      "warsaw/flufl.bounce flufl/bounce/tests/data/simple_18.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3)",
  },
  {
    cause: "routing-error",
    pattern: /\bLoop detected\b|\b(?:forwarding|mail|routing) loop\b|Too many Received header|too many hops/i,
    confidence: 0.88,
    example: "551 5.7.1 Loop detected: Email is sent and forwarded from/to improvmx.com. (#id-5.9.0)",
    source:
      "fm/smtp-codes data/codes/551.json (https://smtp.codes/551); foxcpp/maddy (Too many Received header fields, possible forwarding loop); RFC 5321 §6.3",
  },
  {
    // Postfix's client: every MX for the domain is this host itself (a mail loop by configuration).
    cause: "routing-error",
    pattern: /unable to find primary relay for/i,
    confidence: 0.85,
    example: "unable to find primary relay for example.com",
    source: "vdukhovni/postfix postfix/src/smtp/smtp_addr.c (smtp_domain_addr, SMTP_MISC_FLAG_LOOP_DETECT)",
  },
  {
    cause: "routing-error",
    pattern: /\bNo route found to domain\b|\bToo many recursive forwards\b/i,
    confidence: 0.88,
    example:
      "No route found to domain <LOTUSDOMAIN> from server <SERVERNAME/LOTUSDOMAIN>. Check Server, Connection and Domain documents in Name and Address book.",
    source: "HCL/IBM Domino router NDRs; hmailserver/hmailserver ('Too many recursive forwards')",
  },
  {
    cause: "routing-error",
    pattern: /would mean connecting to myself/i,
    confidence: 0.9,
    example: "Could not connect to xxx.xxx.xxx.xxx on port 25 since this would mean connecting to myself.",
    source: "https://github.com/hmailserver/hmailserver/issues/367",
  },
  {
    // The server took the recipient's domain but the mailbox lives on another server of the same system (Zimbra LMTP).
    cause: "routing-error",
    pattern: /\bMailbox is not on this server\b/i,
    confidence: 0.8,
    example: "450 4.2.0 Mailbox is not on this server",
    source: "Zimbra/zd-full:ZimbraServer/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java",
  },
  {
    // A mail loop: the message passed the same filter more than ten times (Hornetsecurity's classification 5.5.6).
    cause: "routing-error",
    pattern: /\bLoop detection\b/i,
    confidence: 0.85,
    example: "554 5.5.6  Loop detection > 10 mal X-antispameurope-disclaimer",
    source:
      "https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes",
  },
  {
    // Exim's words when the recipient domain's MX (or SRV) record says it takes no mail (a null
    // MX, RFC 7505, or an SRV record with target ".").
    cause: "routing-error",
    pattern: /\ban MX or SRV record indicated no SMTP service\b/i,
    confidence: 0.9,
    example: "an MX or SRV record indicated no SMTP service",
    source:
      "Exim/exim src/src/routers/dnslookup.c ('an MX or SRV record indicated no SMTP service'); https://github.com/sisimai/rb-sisimai/blob/b4c163d37ebec045686239b089fd0d451590ea46/set-of-emails/maildir/bsd/lhost-mailru-05.eml",
  },
  {
    // The family: a hop count (Received headers counted) over its limit, however worded ("Hop count
    // exceeded", "Message has exceeded maximum hop count", "too many hops"): the message is looping.
    cause: "routing-error",
    pattern:
      /\bhop count\b[^.\n]{0,20}\b(?:exceeded|too high|limit)\b|\bexceeded (?:the )?(?:maximum |max\.? )?hop count\b|\btoo many hops\b/i,
    confidence: 0.9,
    example: "Message has exceeded maximum hop count",
    source:
      "https://github.com/sisimai/p5-sisimai/blob/HEAD/lib/Sisimai/Lhost/Notes.pm; RFC 5321 section 6.3 (loop detection by counting Received headers)",
  },
  {
    // qmail-remote: the host is itself a best MX for the domain but the domain is not in its
    // locals or virtualdomains: mail for it would loop back (qmail's "#5.4.6").
    cause: "routing-error",
    pattern: /\blisted as a best-preference MX or A for that host\b/i,
    confidence: 0.9,
    example: "Sorry. Although I'm listed as a best-preference MX or A for that host",
    source: "https://github.com/sisimai/p5-sisimai/blob/HEAD/lib/Sisimai/Lhost/qmail.pm",
  },
  {
    // The family: a routing loop (a hop count reached) or no usable MX for the destination.
    cause: "routing-error",
    pattern: /\b(?:maximum )?hop count\b|\bno valid MX(?: hosts?| records?)? found\b/i,
    confidence: 0.85,
    example: "Message has exceeded maximum hop count",
    source:
      "MicrosoftDocs/SupportArticles-docs Exchange/ExchangeOnline/email-delivery/ndr/fix-error-code-5-4-6-through-5-4-20-in-exchange-online.md; https://apps4rent.com/support/kb/article/5-4-6-hop-count-exceeded-possible-mail-loop; public Python bounce-processing script (hacks_hop_count_exceeded, index id 31200070123); MicrosoftDocs/SupportArticles-docs:Exchange/ExchangeServer/mailflow/hop-count-exceeded-possible-mail-loop.md; https://www.spamhero.com/support/204930/Getting_Hop_Count_Exceeded_bounce_error_when_sending_to_a_SpamHero_user_Microsoft_365_Office_365; https://github.com/sisimai/p5-sisimai/blob/HEAD/lib/Sisimai/Reason/NetworkError.pm; https://github.com/sisimai/p5-sisimai/blob/HEAD/lib/Sisimai/Lhost/Notes.pm; https://github.com/sisimai/rb-sisimai/blob/HEAD/set-of-emails/maildir/bsd/lhost-x2-07.eml; https://github.com/osandum/bounce-parser/blob/HEAD/src/test/resources/kundenserver_de.eml; http://blogs.technet.com/b/hot/archive/2012/02/03/moving-domains-from-bpos-s-to-office-365.aspx; fm/smtp-codes data/codes/554.json (smtp.codes, fetched snapshot f506d34)",
  },
  {
    // sendmail's '<address>... Local configuration error' (5.3.5): the MX for the domain points back to this host, so the mail would loop (sendmail's own text for it, as its users quote it; not Exim's local_scan failure).
    cause: "routing-error",
    pattern: /\.\.\.\s*Local configuration error/i,
    confidence: 0.75,
    example: "554 hostname... Local configuration error",
    source:
      "sendmail FAQ Q4.5 (Debian sendmail-doc faq.txt); http://www.abanet.org/discussions/bounces.html; https://docs.oracle.com/cd/E19455-01/806-2720/msgs-43/index.html",
  },
  {
    // Postfix's check of the recipient domain's MX hosts: they point into private or loopback
    // address space, where no outside server can deliver.
    cause: "routing-error",
    pattern:
      /\bRecipient address rejected: Address uses MX in (?:private|loopback|reserved) address space\b/i,
    confidence: 0.85,
    example:
      "NOQUEUE: reject: RCPT from unknown[203.0.113.163]: 550 5.7.1 <user@example.com>: Recipient address rejected: Address uses MX in private address space (172.16.0.1)",
    source:
      "tobinjt/ASO sql/populate-rules.sql (code index id 11245240084); Postfix smtpd_check.c (reject_unknown_recipient_domain MX checks)",
  },
]);
