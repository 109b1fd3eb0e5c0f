import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { SMTP_CODES } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The receiver's policy refuses this message": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "recipient-rejected-policy",
    pattern:
      /not in allowed-senders list|Sender was not authenticated by organization|blocked by your organization|tenant recipient block|Tenant Allow Block List|Mailbox disabled for this recipient|TRANSPORT\.RULES|rejected by organization policy|RESOLVER\.RST/i,
    confidence: 0.9,
    example: "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy",
    source: `${SMTP_CODES}/550.json`,
  },
  {
    // Exim's "Administrative prohibition" is its default text for any ACL deny: a recipient policy
    // as often as a refusal nobody explained (corpus: recipient policy 4, unresolved 4, the
    // receiver's own setup 1, 2026-12-03). Specific words after it ("-- authorization required")
    // decide; alone it is named weakly.
    cause: "recipient-rejected-policy",
    pattern: /Administrative prohibition/i,
    confidence: 0.6,
    example: "550 Administrative prohibition",
    source: `${SMTP_CODES}/550.json; Exim/exim (git 13835a3c1) test/stdout/* (test-suite SMTP transcripts); https://github.com/mysociety/writetothem/issues/364`,
  },

  {
    cause: "recipient-rejected-policy",
    pattern:
      /delivery to this address is restricted|(?:don't|do not) have permission to send to (?:it|this recipient)|Recipient Prohibited|add you to the (?:accept|allowed senders?) list|only accepts? (?:mail|messages) from (?:authori[sz]ed|internal)/i,
    confidence: 0.88,
    example: "Your message can't be delivered because delivery to this address is restricted.",
    source:
      "https://github.com/nprapps/lookatthis/issues/406; https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/1208; https://wiki.pscs.co.uk/_export/raw/how_to:550_5.7.1_recipient_prohibited_x",
  },
  {
    cause: "recipient-rejected-policy",
    pattern:
      /only subscribers (?:may|can|are allowed to) post|(?:do not|don't) have permission to post|not have permission to post/i,
    confidence: 0.88,
    example:
      "Hi. This is the qmail-send program at monoceres.example.de.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<testing@example.org>:\nSorry, only subscribers may post. If you are a subscriber, please forward this message to testing-owner@example.org to get your new address included.",
    source:
      "https://github.com/softwerkskammer/Agora/issues/1065; https://github.com/legalese/legalese.github.io/issues/215",
  },
  {
    cause: "recipient-rejected-policy",
    pattern:
      /Recipient doesn't want your mail|sender isn't a group member|That sender cannot send mail here|\bsender is (?:blacklisted|blocklisted)\b|Sender is on domain's blacklist|\bSender blacklisted\b|\b(?:black|block)listed sender\b/i,
    confidence: 0.9,
    example: "550 5.7.1 Recipient doesn't want your mail",
    source:
      "https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600; MicrosoftDocs/SupportArticles-docs Exchange/ExchangeOnline/email-delivery/ndr/550-5-7-193-when-external-users-send-to-microsoft-365-group.md; haraka/Haraka plugins/access.js (mail_from_access, deny_msg.mail); https://support.grhosting.cz/kb/a290/email-se-vratil-odesilateli-jako-nedorucitelny.aspx; https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html; https://hosting.xyz/wiki/hosting/mail/blacklist/; rspamd multi-tenant Lua policy with check_tenant_blacklist (code index id 35831432125)",
  },
  {
    cause: "recipient-rejected-policy",
    pattern: /not accepting mail from \S+@/i,
    confidence: 0.88,
    example:
      "Your mail to the following recipients could not be delivered because they are not accepting mail from xxx@lists.example.com:\n\tscreenname",
    source:
      "warsaw/flufl.bounce flufl/bounce/tests/data/aol_01.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3)",
  },
  {
    cause: "recipient-rejected-policy",
    pattern: /Policy rejection on the target address|Address locked or deactivated/i,
    confidence: 0.85,
    example: "Policy rejection on the target address",
    source:
      "https://yandex.com/support/mail/bounces/yandex/policy-rejection-on-the-target-address.html?lang=en; https://brianjohnson.co.za/posts/avoid-fastmail/",
  },
  {
    cause: "recipient-rejected-policy",
    pattern: /(?:delivery|mailbox) (?:delivery )?restricted by policy/i,
    confidence: 0.82,
    stages: ["rcpt", "data"],
    example: "452 <example@zoho.com> Mailbox delivery restricted by policy error",
    source: "fm/smtp-codes data/codes/452.json (https://smtp.codes/452)",
  },
  {
    // Mimecast: a block entry or policy at the recipient's organisation refused this sender.
    cause: "recipient-rejected-policy",
    pattern: /\bEnvelope blocked - User (?:Domain )?Entry\b|Rejected by header based Anti-Spoofing policy/i,
    confidence: 0.86,
    example: "550 Envelope blocked - User Entry",
    source:
      "sisimai/p5-sisimai lib/Sisimai/Rhost/Mimecast.pm (Mimecast's error code table); https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-are-sendgrid-verification-emails-blocked-by-mimecast-when-project-invites-are-not",
  },
  {
    cause: "recipient-rejected-policy",
    pattern: /\bSender denied\b/i,
    confidence: 0.85,
    stages: ["mail", "rcpt"],
    example: "554 5.1.0 Sender denied",
    source: "Exchange Server sender filtering (Sender denied, 554 5.1.0): Microsoft docs and user reports",
  },
  {
    cause: "recipient-rejected-policy",
    pattern: /\bnot allowed to (?:email|send to|forward to) this distribution list\b/i,
    confidence: 0.95,
    example: "571 Sender is not allowed to email this distribution list: list@example.com",
    source: "Zimbra milter (distribution list permissions)",
  },
  {
    // The family: the receiver's (or relay's) own rule does not let mail go to this recipient,
    // however short the words. Below a 5.1.1 beside them (a recipient that does not exist).
    cause: "recipient-rejected-policy",
    pattern:
      /\brecipient (?:is )?not (?:allowed|accepted|permitted)\b(?! to)|\bnot allowed to send to (?:this|that) recipient\b/i,
    confidence: 0.75,
    stages: ["rcpt", "data"],
    example: "action=REJECT Access denied - recipient not allowed",
    source:
      "Python Postfix relay policy server (PostfixPolicyServer.process_request) (code index id 21137450549); Python Postfix IP-management module docstring (code index id 70639967540); Go go-smtp scan-to-email ingest georg-jung/scan2graph, internal/smtpin session.go (code index id 61992447521); https://github.com/nodemailer/nodemailer/blob/01dcaa05b212aafc33747041027fb8c66497e0eb/test/smtp-connection/smtp-connection-errors-test.ts; https://github.com/haraka/Haraka/blob/02cd7de72f2332ffde356d62ad98962362f62b4c/plugins/access.js",
  },
  {
    cause: "recipient-rejected-policy",
    pattern: /\bin (?:the )?suppression list\b|That recipient is not allowed/i,
    confidence: 0.85,
    example:
      '550 5.7.1 recipient is in suppression list "suppressBadDomains": <abc@example.com> in "RCPT TO:<abc@example.com>"',
    source:
      "https://github.com/knadh/listmonk/issues/1497 (PowerMTA); https://github.com/haraka/Haraka/blob/02cd7de72f2332ffde356d62ad98962362f62b4c/plugins/access.js",
  },
  {
    // Mailgun's suppression list: an address that bounced before is not tried again.
    cause: "recipient-rejected-policy",
    pattern: /Not delivering to previously bounced address/i,
    confidence: 0.85,
    example: "Not delivering to previously bounced address",
    source:
      "https://github.com/SparkDevNetwork/Rock/issues/2082; https://github.com/OAButton/discussion/issues/1813",
  },
  {
    // Domino's refusal of a recipient by its inbound relay/recipient rules.
    cause: "recipient-rejected-policy",
    pattern: /^(?:554 )?Message rejected for policy reasons/i,
    confidence: 0.8,
    stages: ["rcpt"],
    requireStage: true,
    example: "554 Message rejected for policy reasons.",
    source: "http://www-01.ibm.com/support/docview.wss?uid=swg21212690",
  },
  {
    // A sending service refusing an address on its suppression (earlier bounce or complaint) list.
    cause: "recipient-rejected-policy",
    pattern:
      /(?:recipients?|address(?:es)?)\b[^.\n]{0,40}\bsuppressed\b|\bsuppression list\b|\bin your bounce list\b/i,
    confidence: 0.85,
    example: "554 5.7.1 recipient address was suppressed due to customer policy",
    source:
      "https://help.infoodle.com/docs/email-error-messages; https://faq.oximailing.com/index.php?solution_id=1162; millionsend SMTP relay on smtp-server ('All recipients are suppressed', code index id 58348915294)",
  },
  {
    // Postfix's recipient restriction naming a policy refusal.
    cause: "recipient-rejected-policy",
    pattern: /Recipient address rejected:[^\n]{0,80}\bfor policy reasons\b/i,
    confidence: 0.85,
    example:
      "554 5.7.1 <user@example.com>: Recipient address rejected:\nRecipient address rejected for policy reasons",
    source: "https://pastebin.com/mab2zkNE",
  },
  {
    cause: "recipient-rejected-policy",
    pattern: /\brestricted characters in address\b/i,
    confidence: 0.9,
    example: "550 restricted characters in address",
    source:
      "code index id 17514927354 (Debian exim4 exim4.conf.template, acl/30_exim4-config_check_rcpt, restricted characters) [reply rendered from the ACL message]",
  },
  {
    // The sender's address is on the receiving organisation's or user's own block list (not a public list, not the sending IP): only the receiver can lift it.
    cause: "recipient-rejected-policy",
    pattern: /(?<!\bIP )\b(?:e-?mail |sender |envelope )?address (?:has been|is) (?:black|block)listed\b/i,
    confidence: 0.85,
    example:
      "The response from the remote server was:\n553 Sorry, your email address has been blacklisted. Please contact\nTexas Instruments Inc to have yourself removed.",
    source: "public stored LKML reply (devicetree ti,j72xx-thermal binding thread, index id 16744323843)",
  },
  {
    cause: "recipient-rejected-policy",
    pattern: /\byou are blacklisted on this server\b/i,
    confidence: 0.85,
    example: "Sorry, you are blacklisted on this server",
    source: "http://wiki.polarismail.com/display/Support/Common+Problems",
  },
  {
    cause: "recipient-rejected-policy",
    pattern: /\bmanually Blocked Senders\b/i,
    confidence: 0.85,
    example: "550 Rejected by header-based manually Blocked Senders - Block policy for Header From.",
    source: "https://smtp.codes/mimecast (data: fm/smtp-codes data/codes/550.json)",
  },
  {
    cause: "recipient-rejected-policy",
    pattern: /\bBLOCK-SEND-?ER\b/i,
    confidence: 0.85,
    example: "554 5.7.1 <example@example.com>: Recipient address rejected: BLOCK-SEND-ER.",
    source: "https://smtp.codes/trendmicro (data: fm/smtp-codes data/codes/554.json)",
  },
  {
    cause: "recipient-rejected-policy",
    pattern: /\b(?:user's|recipient's) (?:reject|block) list\b/i,
    confidence: 0.85,
    example: "550 You are registered as spammer (by user's reject list)",
    source: "https://puffinknight.tistory.com/102",
  },
  {
    cause: "recipient-rejected-policy",
    pattern: /\benvelope sender has been denied\b/i,
    confidence: 0.85,
    example:
      "553 sorry, your envelope sender has been denied, maybe you are a SPAMMER – https://postmaster.specialist.srv.br (#5.7.1)",
    source: "https://specialist.srv.br/ao-enviar-um-email-recebo-um-erro-informando-sobre-spammer/",
  },
  {
    // The recipient (a person, a group, a list) does not take mail from this sender or of this kind: the receiver's own rule, not a fault of the sender's setup.
    cause: "recipient-rejected-policy",
    pattern:
      /\bdoesn't want your mail\b|\bthey are not accepting mail (?:from|with)\b|\bisn't set up to receive messages from\b|\bRecipient Prohibited\b|\bsuppressed due to customer policy\b/i,
    confidence: 0.85,
    example: "550 5.7.1 Recipient Prohibited (x)",
    source:
      "warsaw/flufl.bounce flufl/bounce/tests/data/aol_01.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); rjbs/Mail-DeliveryStatus-BounceParser t/corpus/aol-senderblock.msg; https://help.infoodle.com/docs/email-error-messages; https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600; MicrosoftDocs/SupportArticles-docs Exchange/ExchangeOnline/email-delivery/ndr/550-5-7-193-when-external-users-send-to-microsoft-365-group.md; https://wiki.pscs.co.uk/_export/raw/how_to:550_5.7.1_recipient_prohibited_x",
  },
  {
    // The family: the receiving side has this sender (its address, not its IP) on its own block
    // list, or the recipient does not want its mail, however worded.
    cause: "recipient-rejected-policy",
    pattern:
      /\b(?<!IP )(?:e-?mail )?address (?:that )?(?:has been|is) black ?listed\b|\bsender (?:is |has been )?black ?listed\b|\byou are black ?listed\b|\bdoesn'?t want your mail\b|\b(?:registered|listed) as (?:a )?spammer\b/i,
    confidence: 0.8,
    example: '"Sorry, you are sending to/from an address that has been blacklisted"',
    source:
      "https://github.com/sisimai/rb-sisimai/blob/0af2c099ca410390eb26d378f60e851f13033f2b/set-of-emails/maildir/bsd/email-exim-57.eml; https://github.com/anujtenani/goaffpro/issues/61; https://hosting.xyz/wiki/hosting/mail/blacklist/; https://support.forpsi.com/kb/a3302/incoming-emails-limitiation-on-the-mailserver-mxavas_forpsi_com.aspx; http://wiki.polarismail.com/display/Support/Common+Problems; https://puffinknight.tistory.com/102; https://support.grhosting.cz/kb/a290/email-se-vratil-odesilateli-jako-nedorucitelny.aspx; https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600; public stored LKML reply (devicetree ti,j72xx-thermal binding thread, index id 16744323843)",
  },
  {
    // The family: a sending service (or the receiver) keeps the address on a suppression list
    // after earlier bounces, complaints or unsubscribes, and refuses it before any delivery.
    cause: "recipient-rejected-policy",
    pattern:
      /\b(?:on|in) (?:the |a |our |your )?suppression list\b|\bsuppressed due to\b|\b(?:recipient|address)(?: address)? (?:was |is |has been )?suppressed\b/i,
    confidence: 0.88,
    example: "550 5.1.1 Recipient is on the suppression list",
    source:
      "https://github.com/knadh/listmonk/issues/1497; https://help.infoodle.com/docs/email-error-messages; go-smtp relay session Rcpt() (code index id 68973160682)",
  },
  {
    // The family: the destination's own policy refused the mail ("Mail rejected by destination
    // domain", "Recipient blocked by destination").
    cause: "recipient-rejected-policy",
    pattern: /\b(?:rejected|blocked|refused) by (?:the )?destination(?: domain| server)?\b/i,
    confidence: 0.75,
    stages: ["rcpt", "data"],
    example: "550 5.7.1 Recipient blocked by destination",
    source:
      "https://github.com/sisimai/p5-sisimai/blob/77ac1da9a9c6696606a1ad369b277b2e10c63b62/lib/Sisimai/Rhost/Zoho.pm; go-smtp SMTP-to-HTTP relay with distribution tracker, Session.Data (code index id 54557833513)",
  },
  {
    // Facebook's documented RCP-P2: the recipient's own preferences refuse this sender.
    cause: "recipient-rejected-policy",
    pattern: /\bRefused due to recipient preferences\b/i,
    confidence: 0.92,
    example:
      "550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.135#rcp Refused due to recipient preferences",
    source: "https://github.com/sisimai/rb-sisimai/blob/HEAD/set-of-emails/maildir/bsd/email-facebook-03.eml",
  },
  {
    // Postmark's 406: the recipient was marked inactive (an earlier hard bounce, complaint or
    // unsubscribe) and is suppressed for this sender until reactivated.
    cause: "recipient-rejected-policy",
    pattern: /\b(?:have been|has been|was|were) marked as inactive\b|\bFound inactive addresses\b/i,
    confidence: 0.88,
    example:
      'SMTPDataError: (406, "You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: user@example.com.")',
    source:
      "code index id 69885223212 (Python delivery tests, test_postmark_406_inactive_is_recorded_as_suppression)",
  },
  {
    // qmail's brtlimit/recipient-check patch: the envelope recipient is refused by the server's
    // own list, not unknown.
    cause: "recipient-rejected-policy",
    pattern: /\byour envelope recipient has been denied\b/i,
    confidence: 0.85,
    example: "553 sorry, your envelope recipient has been denied (#5.7.1)",
    source: "Patched qmail-smtpd.c with die_pre_greet, err_brt and AUTH_CDB (code index id 41997208190)",
  },
  {
    // The family: the receiver (or the recipient) has put this sender or address on its own
    // blocklist or reject list, naming no DNSBL ("Sorry, you are blacklisted on this server",
    // "Your email address has been blacklisted", "Sender is on domain's blacklist", "by user's
    // reject list", "You have been blacklisted", "Sender '<…>' has been blacklisted"): 11 of the
    // 12 corpus replies with these words are this cause (one sender-rejected).
    cause: "recipient-rejected-policy",
    pattern:
      /\b(?:you are|you have been|your (?:e-?mail )?address (?:is|has been)|an address that has been|sender is|sender (?:address )?(?:'[^'\n]{1,80}' )?has been|(?:e-?mail )?address (?:is|has been))\s(?:blacklisted|blocklisted|on (?:the |this |domain's |user's |our )?(?:black|block|reject|deny)[ -]?list)\b|\bby user's reject list\b/i,
    confidence: 0.8,
    example: "Sorry, you are blacklisted on this server",
    source:
      "https://github.com/sisimai/rb-sisimai/blob/0af2c099ca410390eb26d378f60e851f13033f2b/set-of-emails/maildir/bsd/email-exim-57.eml; https://support.forpsi.com/kb/a3302/incoming-emails-limitiation-on-the-mailserver-mxavas_forpsi_com.aspx; http://wiki.polarismail.com/display/Support/Common+Problems; https://puffinknight.tistory.com/102; https://support.grhosting.cz/kb/a290/email-se-vratil-odesilateli-jako-nedorucitelny.aspx; https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html; public stored LKML reply (devicetree ti,j72xx-thermal binding thread, index id 16744323843); https://github.com/davidgiven/spey/blob/HEAD/src/MessageProcessor.cc; https://github.com/nkhorman/spamilter/blob/HEAD/src/hndlrs.c",
  },
  {
    // The recipient address on the receiver's own blocklist ("Recipient blacklisted: …" from a
    // Postfix policy daemon, "recipient address blacklisted" from a Go relay): the receiver's
    // policy on that recipient, above the unknown mailbox its 5.1.1 would otherwise say.
    cause: "recipient-rejected-policy",
    pattern: /\brecipient(?: address)? (?:is )?(?:blacklisted|blocklisted)\b/i,
    confidence: 0.9,
    example: "Recipient blacklisted: user@example.com",
    source:
      "https://github.com/thiennl/policyd-py/blob/134ccf925ed0637307b751d34fe758c3593abe70/policyd_py/validation/validator.py",
  },
  {
    // qmail's badrcptto control file: recipients this server refuses by its own list.
    cause: "recipient-rejected-policy",
    pattern: /\bbadrcptto\b/i,
    confidence: 0.85,
    example: "SMTP; 553 sorry, your envelope recipient is in my badrcptto list (#5.7.1)",
    source:
      "https://github.com/yaslama/bouncehammer/blob/10075f64d24b9eac0615d71f6b1054a2e6f2b104/examples/hammer.1970-01-01.ffffffff.000000.tmp",
  },
  {
    // At RCPT a refusal "by policy" or "for policy reasons", with no other reason given, is the
    // receiving side's rule for this recipient (5 of 6 such corpus replies). Elsewhere the same
    // words cover a message's content, a sender or a client, and say nothing.
    cause: "recipient-rejected-policy",
    pattern: /\brejected (?:by|due to|for) (?:local )?polic(?:y|ies)\b|\brejected for policy reasons\b/i,
    confidence: 0.65,
    stages: ["rcpt"],
    requireStage: true,
    example: "550 5.7.1 Recipient rejected by policy",
    source:
      "http://www-01.ibm.com/support/docview.wss?uid=swg21212690; https://pastebin.com/mab2zkNE; https://github.com/knadh/listmonk/issues/1497; https://github.com/naviserver-project/nssmtpd/blob/HEAD/nssmtpd-procs.tcl; https://github.com/sirerun/smtpd/blob/HEAD/internal/server/session.go",
  },
  {
    // qmail's refusal of a recipient on its badrcptto list ("553 sorry, your envelope recipient is
    // in my badrcptto list (#5.7.1)", patched builds: "… has been denied"): the receiver's own
    // list of addresses it will not take mail for.
    cause: "recipient-rejected-policy",
    pattern: /\byour envelope recipient (?:is in my badrcptto list|has been denied)|\bbadrcptto\b/i,
    confidence: 0.9,
    example: "553 sorry, your envelope recipient is in my badrcptto list (#5.7.1)",
    source:
      "Patched qmail-smtpd.c with die_pre_greet, err_brt and AUTH_CDB (code index id 41997208190); https://github.com/yaslama/bouncehammer/blob/HEAD/examples/17-messages.eml",
  },
  {
    // A sending service's test mode that refuses any recipient but its own testing address
    // ("Invalid `to` field. Please use our testing email address instead of domains like
    // `example.com`").
    cause: "recipient-rejected-policy",
    pattern: /\bPlease use our testing e-?mail address instead\b/i,
    confidence: 0.85,
    example:
      "550 Invalid `to` field. Please use our testing email address instead of domains like `example.com`.",
    source:
      "Go auth handler test TestRegister_SmtpRejected_Returns422 (code index id 58876836915); Portuguese Supabase auth test report with auth_logs table (code index id 69161828471)",
  },
  {
    // Google's words for a recipient (or recipient domain) whose own policy refuses this mail: 'The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent'.
    cause: "recipient-rejected-policy",
    pattern: /\bhas a policy that prohibited\b/i,
    confidence: 0.85,
    example:
      "550-5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail",
    source:
      "stored Google Workspace 'Message blocked' bounce (code index id 71017716002); https://github.com/forwardemail/forwardemail.net/blob/master/helpers/get-bounce-info.js",
  },
  {
    // The family: the recipient (or its organisation) does not take this mail by its own choice: it does not want it, or takes no mail from outside.
    cause: "recipient-rejected-policy",
    pattern:
      /\bRecipient doesn't want your mail\b|\bnot accepted externally\b|\bunauthori[sz]ed to receive external\b|\bexternal (?:public )?e-?mail domain is not allowed\b/i,
    confidence: 0.85,
    example: "550 5.7.1 Recipient doesn't want your mail",
    source:
      "https://github.com/InterLinked1/lbbs/blob/HEAD/nets/net_smtp.c; https://github.com/InterLinked1/lbbs/blob/HEAD/modules/mod_smtp_delivery_local.c; Python Postfix IP-management module docstring ('Postfix representation' of allowed/rejected/restricted recipients) (code index id 70639967540) [access-map entry; Postfix prefixes the code and 'Recipient address rejected:']; https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600",
  },
  {
    // The family: the sending service suppresses a recipient that bounced before (a bounce or suppression list, an address marked inactive).
    cause: "recipient-rejected-policy",
    pattern: /\bpreviously bounced\b|\bin your bounce list\b|\bmarked as inactive\b/i,
    confidence: 0.85,
    example: "Not delivering to previously bounced address",
    source:
      "https://github.com/SparkDevNetwork/Rock/issues/2082 ; https://github.com/OAButton/discussion/issues/1813; https://faq.oximailing.com/index.php?solution_id=1162; code index id 69885223212 (Python delivery tests, test_postmark_406_inactive_is_recorded_as_suppression)",
  },
  {
    // The family: a list or group takes posts only from its members, subscribers, moderators or admins (Sympa, Mailman, Schleuder, mlmmj, ezmlm, Exchange distribution lists).
    cause: "recipient-rejected-policy",
    pattern:
      /\bnot allowed to post\b|\b(?:only|restricted to)(?: list)? (?:subscribe(?:d|rs)|members|moderators|admins|owners)\b|\bmust be (?:a |an )?(?:list |group )?(?:member|subscriber)s? (?:of [^.]{0,30})?to (?:send|post)|\bpermissions? to (?:send|post) to (?:this|the) (?:distribution list|group|list|mailing list)/i,
    confidence: 0.86,
    example: "Only admins may send messages to this address.",
    source:
      "https://github.com/softwerkskammer/Agora/issues/1065; https://github.com/linsomniac/tummailmanmember/blob/019261defc3da8a7b862928c36b8a387cc87ba7e/tummailmanmember; https://github.com/neonkore/MLmmj/blob/a53a2c4b09b947401aa3db013e0f5bf9a2563cfa/listtexts/en/subonlypost; https://github.com/schleuder/schleuder/blob/01219d17c63ee027b3fce613ce3d790c390fa905/locales/en.yml; https://faq.icto.um.edu.mo/why-cant-i-send-email-to-mail-group/; https://github.com/sympa-community/sympa/blob/2c4d50ba8bf1fe3b0b4f795d50d248cf7a213e8e/default/mail_tt2/authorization_reject.tt2; code index id 8211618714 (fieldtrip/website FAQ 'Why is my message rejected from the email discussion list?'); code index id 60827760953 (barats/xlistman internal mail Pipeline.rejectMessage)",
  },
  {
    // The family: this sender may not send or post to this recipient, list or group ('You are not allowed to send to this recipient', 'Unauthorized to send to this mailing list', 'do not have permissions to send to this distribution list').
    cause: "recipient-rejected-policy",
    pattern:
      /\b(?:not (?:allowed|permitted|authori[sz]ed)|unauthori[sz]ed|(?:no|do not have|don't have) permissions?) to (?:send|post) to this (?:recipient|address|(?:mailing |distribution )?list|group|mailbox)\b/i,
    confidence: 0.8,
    example: "REJECT You are not allowed to send to this recipient",
    source:
      "https://www.betaarchive.com/wiki/index.php?title=Microsoft_KB_Archive%2F817425; http://help.inbox.lv/category/10204/question/10147; xorkevin governor mailinglist go-smtp backend, smtpSession.checkListPolicy (code index id 2628582517); Python Postfix IP-management module docstring ('Postfix representation' of allowed/rejected/restricted recipients) (code index id 70639967540) [access-map entry; Postfix prefixes the code and 'Recipient address rejected:']; code index id 41306787028 (go-smtp SMTPServer, Session.Rcpt / isEmailAllowed); https://faq.icto.um.edu.mo/why-cant-i-send-email-to-mail-group/; code index id 8211618714 (fieldtrip/website FAQ 'Why is my message rejected from the email discussion list?'); https://github.com/InterLinked1/lbbs/blob/000b999967041cd076de234059627e19a4750df3/modules/mod_smtp_mailing_lists.c",
  },
  {
    // 'Delivery not authorized' (5.7.1's RFC 3463 title): a recipient policy most often (corpus 5 of 9, 2026-12-03), a refused sender or an unexplained refusal otherwise.
    cause: "recipient-rejected-policy",
    pattern: /Delivery not authorized/i,
    confidence: 0.7,
    example: "Delivery not authorized",
    source: `${SMTP_CODES}/550.json`,
  },
  {
    // The recipient's own block of this sender, and an address that takes mail only from its own
    // organisation's members (a restricted group), in the receiver's plain words.
    cause: "recipient-rejected-policy",
    pattern:
      /\b(?:Sender|you|your (?:address|mail|message)) (?:is |are |was |has been )?blocked by (?:the )?recipient\b|\bonly accepts (?:mail|messages|e-?mails?) from (?:members|people|users) (?:of|in) (?:its|the|this) (?:organi[sz]ation|group|team)\b/i,
    confidence: 0.82,
    example: "This address only accepts mail from members of its organization.",
    source:
      "code index id 53150339741 (Go mail pipeline contact_whitelist filter, trust_level 'blocked'); code index id 70868740976 (Pimwell Cloudflare email worker handleProjectMail, STRANGER_REASON); Google Groups' 'The group … only accepts messages from people in its organization'",
  },
]);
