import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The recipient's mailbox is full": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    // A recipient domain's (or a user's disk) storage allowance used up: SmarterMail's "Domain size
    // limit exceeded", a maildir "overdrawn … diskspace quota", 263's 信箱超容 (mailbox over
    // capacity). Above the message's own size limit (0.9), which these are not.
    cause: "recipient-mailbox-full",
    pattern: /\bdomain size limit\b|\bdisk ?space ?quota\b|信箱超容/i,
    confidence: 0.92,
    example: "MailKit.Net.Smtp.SmtpCommandException: <xxx@yyy.se> Domain size limit exceeded",
    source:
      "http://kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx; https://github.com/jstedfast/MailKit/issues/591; https://github.com/ronbeltran/bounce_email/blob/HEAD/tests/bounces/tt_bounce_16.txt; http://www.263gmail.js.cn/help/13/2.htm",
  },
  {
    cause: "recipient-mailbox-full",
    pattern:
      /mailbox (?:is )?full|mailbox for user is full|over quota|out of storage|storage (?:quota|limit) exceeded|Mailbox size limit exceeded|user has exceeded (?:their|his|her) quota/i,
    confidence: 0.88,
    example:
      "552 5.2.2 <user1697413481.021437_1@c3.testrun.org> Quota exceeded (mailbox for user is full) (in reply to end of DATA command)",
    source: "https://github.com/chatmail/relay/pull/21",
  },

  {
    cause: "recipient-mailbox-full",
    pattern:
      /has a full mailbox|mailbox (?:is )?full|mail(?:box)? quota exceeded|exceeded storage allocation|over (?:its |the )?(?:storage )?quota|insufficient (?:storage|space) (?:for|in) (?:the )?(?:user|mailbox|recipient)/i,
    confidence: 0.88,
    example: "552 jdoe@aol.com has a full mailbox",
    source:
      "http://www.chilipepperweb.net/email-support/mail-quota-exceeded.html; https://github.com/chatmail/relay/pull/21; RFC 5321 §4.2.3 (552 Requested mail action aborted: exceeded storage allocation)",
  },
  {
    // Exchange Online's store refuses delivery to a mailbox over its quota.
    cause: "recipient-mailbox-full",
    pattern: /\bQuotaExceededException|ShutoffQuotaExceeded|Mailbox(?:Shutoff)?Quota/i,
    confidence: 0.88,
    example:
      "554 5.2.0 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception",
    source:
      "public repository blog post on full Recoverable Items (code index id 14701088122); learn.microsoft.com Exchange Online NDR 5.2.2",
  },
  {
    cause: "recipient-mailbox-full",
    pattern: /\bfolder (?:is )?full\b/i,
    confidence: 0.88,
    example: "Diagnostic-Code:550 5.2.5 Folder full",
    source: "https://github.com/voku/PHPMailer-BMH/issues/23",
  },
  {
    cause: "recipient-mailbox-full",
    pattern:
      /Boite du destinataire pleine|Recipient overquota|recipient storage full|mailbox <[^>]*> is full|qq trouble in home directory/i,
    confidence: 0.92,
    example: "Erreur serveur : '552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]'",
    source:
      "https://github.com/sisimai/p5-sisimai/issues/240; twisted1919/bounce-handler BounceHandler/rules.php (sample bounce for the 'full' rule); https://support.onesystems.ch/722126-%C3%9Cbersicht-h%C3%A4ufig-vorkommender-Fehlermeldungen",
  },
  {
    cause: "recipient-mailbox-full",
    pattern:
      /\bQuota\s+exceeded message delivery failed|Disc quota exceeded|domain size limit has been exceeded|mail ?box space not enough|reached disk quota|EXDISKQUOTA|too many messages on the server|zuviele Mails auf dem Server/i,
    confidence: 0.92,
    example:
      "<user@example.fi> (expanded from\n    <user2@example.fi>): temporary failure. Command output:\nQuota\n    exceeded message delivery failed to /mail/mbx/p/5/user2/INBOX\n\nAction: delayed\nStatus: 4.3.0\nDiagnostic-Code: x-unix; Quota exceeded message delivery failed to",
    source:
      "warsaw/flufl.bounce flufl/bounce/tests/data/dsn_17.txt; rjbs/Mail-DeliveryStatus-BounceParser t/corpus/warning-8.msg; http://kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx; warsaw/flufl.bounce flufl/bounce/tests/data/bounce_01.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); warsaw/flufl.bounce flufl/bounce/tests/data/dsn_01.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); warsaw/flufl.bounce flufl/bounce/tests/data/dsn_04.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); rjbs/Mail-DeliveryStatus-BounceParser t/corpus/quota-6.msg",
  },
  {
    cause: "recipient-mailbox-full",
    pattern:
      /over disk quota|account is exceeding (?:their|its|the) quota|User's Disk Quota Exceeded|\bQuota violation for\b|postponed due to a full mailbox|mail ?folder is full|would exceed mailbox quota|automatically rejected:\s+Quota exceeded/i,
    confidence: 0.93,
    example:
      "Undeliverable Address: userx@example.com\nReason: The email you sent to the address specified\nabove has been returned because the recipient is over disk quota.  This\naccount will not be able to receive any email until the account owner\nremoves some email from the server.",
    source:
      "warsaw/flufl.bounce flufl/bounce/tests/data/hotpop_01.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); warsaw/flufl.bounce flufl/bounce/tests/data/newmailru_01.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); warsaw/flufl.bounce flufl/bounce/tests/data/qmail_06.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); warsaw/flufl.bounce flufl/bounce/tests/data/simple_14.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); warsaw/flufl.bounce flufl/bounce/tests/data/simple_35.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); warsaw/flufl.bounce flufl/bounce/tests/data/qmail_02.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); warsaw/flufl.bounce flufl/bounce/tests/data/simple_01.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); warsaw/flufl.bounce flufl/bounce/tests/data/simple_38.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3)",
  },
  {
    cause: "recipient-mailbox-full",
    pattern: /exhausted (?:the |its )?allowed storage|Speichervolumen (?:ue|ü)berschritten/i,
    confidence: 0.9,
    example:
      "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
  },
  {
    // The recipient's store is full: RFC 5321's 552 text and the common quota wordings (not a sending quota: those say sending/daily/relay).
    cause: "recipient-mailbox-full",
    pattern:
      /(?:mailbox|disk|user|storage|mail ?box disk) quota (?:exceeded|full)|\b5\d\d,? quota exceeded\b|exceeded storage allocation|Requested mail action aborted: storage allocation|Mailbox limit exceeded/i,
    confidence: 0.88,
    stages: ["rcpt", "data"],
    example: '452 "Mailbox disk quota exceeded"',
    source:
      "RFC 5321 §4.2.3 (552 Requested mail action aborted: exceeded storage allocation); https://riudoms.xarxa-omnia.org/email/annex/msg_err.html; https://orange-panther.de/support/e-mail-debug/; http://support.novara.ie/info/index.php/Email_bounce_Message",
  },
  {
    // The mailbox's size, not the message's: outranks 'size limit exceeded'.
    cause: "recipient-mailbox-full",
    pattern: /Mailbox size limit exceeded/i,
    confidence: 0.94,
    example: "Mailbox size limit exceeded",
    source: "https://yandex.com/support/mail/bounces/yandex/mailbox-size-limit-exceeded.html?lang=en",
  },
  {
    cause: "recipient-mailbox-full",
    pattern: /mailbox exceeds (?:the )?allowed size|cannot append message to destination file/i,
    confidence: 0.9,
    example: "User mailbox exceeds allowed size: user@example.com",
    source:
      "sisimai/rb-sisimai set-of-emails/maildir/bsd/email-imailserver-02.eml; twisted1919/bounce-handler BounceHandler/rules.php",
  },
  {
    cause: "recipient-mailbox-full",
    pattern: /\bMailbox quota usage exceeded\b|would exceed (?:the )?maximum mailbox size/i,
    confidence: 0.9,
    example: "<user@example.com>: Mailbox quota usage exceeded. Espacio en casilla de mail agotado.",
    source:
      "https://github.com/cfortune/PHP-Bounce-Handler/blob/1dd9de7efee296636cc95278f959b22089b9a716/eml/30.eml; http://mailutils.org/manual/html_node/Mailbox-Quotas.html",
  },
  {
    cause: "recipient-mailbox-full",
    pattern: /\bMailbox\b[^.\n]{0,80}\bhas exceeded (?:its|the) (?:storage |disk )?quota/i,
    confidence: 0.88,
    example: "Mailbox (Mailbox) on postoffice (Postoffice) has exceeded its quota",
    source: "https://www.mailenable.com/kb/content/article.asp?ID=ME020226",
  },
  {
    cause: "recipient-mailbox-full",
    pattern:
      /\b(?:disk|mailbox|mail ?box|storage) quota\b[^\n]{0,40}?\b(?:exceeded|full)\b|\bover (?:its |the )?(?:disk |mailbox )?quota\b|\bmailbox (?:<[^>]*> )?is full\b|\bmail ?folder (?:is )?full\b/i,
    confidence: 0.88,
    stages: ["rcpt", "data"],
    example: "550 User over quota",
    source:
      "http://kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx; warsaw/flufl.bounce flufl/bounce/tests/data/dsn_04.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); warsaw/flufl.bounce flufl/bounce/tests/data/hotpop_01.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); warsaw/flufl.bounce flufl/bounce/tests/data/qmail_02.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); warsaw/flufl.bounce flufl/bounce/tests/data/qmail_06.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); https://github.com/ForumPostAssistant/FPA/issues/136; https://nic.ru/help/mail-diagnostics-and-troubleshooting_14426.html; https://www.ecenica.com/support/answer/happens-emails-sent-mailbox-full/",
  },
  {
    // The recipient's mailbox or storage is over its quota, however the receiving software words it (a sending quota is the sender's and is excluded;
    // so is the receiving server's own storage, "452 4.3.1 Receiver storage full": its mail system, not the mailbox;
    // so is maildrop's "Timeout quota exceeded", its time limit for one delivery).
    cause: "recipient-mailbox-full",
    pattern:
      /(?<!sending )(?<!message )(?<!send )(?<!queue )(?<!count )(?<!submission )(?<!Recipient )(?<!recipient )(?<!Rejection- )(?<!Timeout )\bquota (?:exceeded|violation)\b|\bexceeded (?:its |the |their )?(?:storage |mailbox |disk )?quota\b|\bexceeding (?:the )?quota\b|(?<!\b(?:receiver|system|server|queue|spool) )\b(?:recipient )?storage (?:is )?full\b|\bexhausted (?:allowed |the )?storage\b|\bmail ?box space not enough\b|\bhas a full mailbox\b|\bwould exceed (?:the )?maximum mailbox size\b|\bFolder full\b/i,
    confidence: 0.85,
    stages: ["rcpt", "data"],
    example: "550 Quota Exceeded",
    source:
      "warsaw/flufl.bounce flufl/bounce/tests/data/dsn_17.txt; rjbs/Mail-DeliveryStatus-BounceParser t/corpus/warning-8.msg; warsaw/flufl.bounce flufl/bounce/tests/data/bounce_01.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); warsaw/flufl.bounce flufl/bounce/tests/data/dsn_04.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); warsaw/flufl.bounce flufl/bounce/tests/data/qmail_06.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); warsaw/flufl.bounce flufl/bounce/tests/data/simple_14.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); warsaw/flufl.bounce flufl/bounce/tests/data/simple_38.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); https://nic.ru/help/mail-diagnostics-and-troubleshooting_14426.html",
  },
  {
    cause: "recipient-mailbox-full",
    pattern: /\bvolume of (?:the )?recipient'?s mailbox exceeded\b/i,
    confidence: 0.88,
    example:
      "<user@pdx.ne.jp>: host 10.214.5.132[10.214.5.132] said: 552 We failed to deliver mail because the volume of recipient's mailbox exceeded the local limit. user@pdx.ne.jp (in reply to end of DATA command)",
    source: "https://nobuneko.com/blog/archives/2012/03/undelivered_mail_returned_to_s.html",
  },
  {
    // nodemailer's smtp-server documents this reply for a recipient whose storage is full, and
    // servers built on it send it as written.
    cause: "recipient-mailbox-full",
    pattern: /\bInsufficient channel storage\b/i,
    confidence: 0.8,
    example: "452 Insufficient channel storage: almost-full@example.com",
    source:
      "nodemailer/smtp-server README (onRcptTo example: 452 Insufficient channel storage); Node smtp-server receiver, onRcptTo (code index id 37139951051)",
  },
  {
    // The recipient's mailbox "has exceeded its disk space (storage, size) limit" (a delivery
    // program's output in a Postfix bounce).
    cause: "recipient-mailbox-full",
    pattern: /\bmailbox\b[^.\n]{0,40}\bhas exceeded (?:its|the) (?:disk space|storage|size|space) limit\b/i,
    confidence: 0.88,
    example:
      "<john.smith@sample.com>: permission denied. Command output: The recipient mailbox has exceeded its disk space limit.",
    source: "https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/HEAD/t/corpus/quota-7.msg",
  },
  {
    // The family: the recipient's mailbox (or mail folder, or its disk quota) is full, exceeded or
    // out of space, in any words ("postponed due to a full mailbox", "mail box space not enough",
    // "mailfolder is full", "reached disk quota", "would exceed mailbox quota", "the volume of
    // recipient's mailbox exceeded the local limit"): 129 of the 136 corpus replies with these
    // words are this cause.
    cause: "recipient-mailbox-full",
    pattern:
      /\b(?:full mail ?box|mail ?(?:box|folder)(?: space)?\b(?! database\b)[^.\n]{0,30}?\b(?:is )?(?:full(?!,? or\b)|not enough|exceeded)|(?:exceed(?:s|ed|ing)?|reached|over)(?: (?:the|their|his|her|its|your|mailbox))? (?:disk |storage |mailbox |mail ?box )?quota|(?:mailbox|mail box|disk|storage) quota (?:exceeded|reached|full)|(?:mailbox|mail box)\b[^.\n]{0,30}?\bexceeded (?:its |the )?(?:disk space|size|storage|quota) limit)/i,
    confidence: 0.85,
    example:
      'Delivery of email to this address "userx@example.com" has been postponed due to a full mailbox.',
    source:
      "warsaw/flufl.bounce flufl/bounce/tests/data/simple_35.txt; warsaw/flufl.bounce flufl/bounce/tests/data/bounce_01.txt; warsaw/flufl.bounce flufl/bounce/tests/data/dsn_01.txt; warsaw/flufl.bounce flufl/bounce/tests/data/newmailru_01.txt; warsaw/flufl.bounce flufl/bounce/tests/data/qmail_02.txt; warsaw/flufl.bounce flufl/bounce/tests/data/qmail_06.txt; warsaw/flufl.bounce flufl/bounce/tests/data/simple_01.txt; https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/HEAD/t/corpus/quota-7.msg; https://nobuneko.com/blog/archives/2012/03/undelivered_mail_returned_to_s.html",
  },
  {
    // The recipient's mailbox holds too many messages or too much mail (WEB.DE's bilingual reply,
    // an Outblaze disk-quota bounce): it is full, whatever counted. Above "too many messages"
    // (a sending rate), which these words are not.
    cause: "recipient-mailbox-full",
    pattern:
      /\bhas too many messages on the server\b|\bzu ?viele Mails auf dem Server\b|\bhas too much mail stored\b/i,
    confidence: 0.92,
    example: "550 Benutzer hat zu viele Mails auf dem Server. / User has too many messages on the server",
    source:
      "https://newsroom.web.de/2015/03/28/die-fuenf-haeufigsten-fehlermeldungen-beim-mailversand/; rjbs/Mail-DeliveryStatus-BounceParser t/corpus/quota-6.msg; warsaw/flufl.bounce flufl/bounce/tests/data/qmail_06.txt",
  },
  {
    // The family: the recipient's inbox or mailbox is full, in the shortest words.
    cause: "recipient-mailbox-full",
    pattern: /\b(?:inbox|mailbox) (?:is )?full\b/i,
    confidence: 0.82,
    example: "452 mailbox full",
    source:
      "sisimai/p5-sisimai lib/Sisimai/Lhost/Gmail.pm; http://kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx; https://github.com/ForumPostAssistant/FPA/issues/136; https://www.ecenica.com/support/answer/happens-emails-sent-mailbox-full/; public PHP bounce-handler test (code index id 85310930); http://xoomer.virgilio.it/cpoeri/PCTel/Trucchi/Suggerimento007.htm; https://blogs.technet.microsoft.com/sbs/2008/01/03/what-to-check-when-exchange-cannot-send-email-to-certain-domains/; https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email; https://github.com/sagredo-dev/qmail/blob/065fcc4ed1a2b64cbb5dd7a254cfdd1e089d6951/chkuser_settings.h; sisimai/rb-sisimai set-of-emails/maildir/bsd/email-exchange2007-03.eml; sisimai/rb-sisimai set-of-emails/maildir/bsd/email-exim-60.eml; drupal inmail module tests/src/Kernel/StandardDSNReasonAnalyzerTest.php (code index id 25238892751), sample full.eml; http://www.oucs.ox.ac.uk/email/failed/index.xml?ID=Quota; https://github.com/sisimai/rb-sisimai/blob/eb996791cbe1a9431f780c92c0073d641b2e62d9/set-of-emails/maildir/bsd/email-exim-60.eml; https://support.icewarp.com/hc/en-us/articles/115003479468-What-are-the-SMTP-errors-that-can-appear-in-the-mail-logs-; https://talk.plesk.com/threads/qmail-gives-451-temp-error-when-mailbox-full.260521/page-2; https://1grid.co.za/knowledge/?p=34649; http://www.webstyle.ch/de/support/e-mail/faq.php; MicrosoftDocs/SupportArticles-docs:Exchange/ExchangeOnline/email-delivery/ndr/cannot-send-mail-mepf.md; MicrosoftDocs/SupportArticles-docs:Exchange/ExchangeOnline/email-delivery/ndr/ndr-received-send-emails-microsoft365-groups.md; https://github.com/sisimai/go-sisimai/blob/c7419e0bc77fab21e177235423489c1ecdd9668b/set-of-emails/maildir/bsd/rhost-outlook-01.eml; https://github.com/sisimai/rb-sisimai/blob/cec7f8597c53a84ee73ac337611b5912b28df869/set-of-emails/maildir/bsd/email-amazonses-03.eml; https://pastebin.com/44P1faxw; https://blog.denet.co.jp/maillog_error_1; http://www.tiki.ne.jp/ace/faq/mail.html; https://pastebin.com/bN5U408y; https://pastebin.com/CtFSTqdA; https://goope.jp/info/information/?id=712; https://github.com/baruwaproject/baruwa2/issues/86; nodemailer/haraka-plugin-wildduck index.js (code index); https://github.com/sisimai/rb-sisimai/blob/b4c163d37ebec045686239b089fd0d451590ea46/set-of-emails/maildir/bsd/lhost-mailru-02.eml; https://github.com/sisimai/rb-sisimai/blob/cec7f8597c53a84ee73ac337611b5912b28df869/set-of-emails/maildir/bsd/email-kddi-01.eml; https://github.com/sisimai/rb-sisimai/blob/1e95786986070939ce081c7cd1720f55fb955221/set-of-emails/maildir/bsd/email-yandex-02.eml; Go go-smtp session with ResolveRecipient alias fan-out (code index id 60908500175); https://github.com/sisimai/rb-sisimai/blob/HEAD/set-of-emails/maildir/bsd/email-google-16.eml; https://github.com/Exim/exim/blob/HEAD/test/log/0135; https://github.com/yaslama/bouncehammer/blob/10075f64d24b9eac0615d71f6b1054a2e6f2b104/examples/hammer.1970-01-01.ffffffff.000000.tmp; https://github.com/sisimai/go-sisimai/blob/c7419e0bc77fab21e177235423489c1ecdd9668b/set-of-emails/maildir/bsd/rhost-aol-03.eml; code index id 33142850434 (qmail chkuser 2.0.8 chkuser_settings.h, vpopmail build), CHKUSER_MBXFULL_STRING; https://github.com/vert-x3/vertx-mail-client/blob/fd7a8a795902ae8ac288e1b4a7d7eb264a5a51c2/src/test/java/io/vertx/ext/mail/MailEnhancedStatusCodesTest.java; https://github.com/mailgun/flanker/blob/0e79779cf07ae5e8be763ecff716fba35aeebb61/tests/fixtures/messages/bounce/mailbox-full.eml; code index id 65843810562 (TypeScript mail-desk test fixture with a mailer-daemon bounce); code index id 37834562218 (mail-server setup script writing /etc/dovecot/conf.d/90-quota.conf); code index id 68892443195 (C# Postfix policy service, mailbox-full branch); https://github.com/hitobito/hitobito/blob/HEAD/spec/fixtures/email/helpful-return.eml; https://github.com/jaredmauch/mailman2-python3/blob/HEAD/tests/bounces/simple_07.txt; Microsoft support article on public-folder quota NDRs, in a docs repository (code index id 3748838987); Microsoft support article on named-properties quota, in a docs repository (code index id 4283484455); https://github.com/cfortune/PHP-Bounce-Handler/blob/HEAD/eml/28.eml; https://github.com/b1gMail/b1gMailServer/blob/HEAD/src/smtp/smtp.cpp; https://github.com/crisp-oss/email-bounce-parser/blob/HEAD/test/fixtures/554_5_2_2_mailbox_full.txt; https://github.com/crazy-max/CwsMailBounceHandler/blob/HEAD/tests/emls/bounce_522_001.eml; https://github.com/jackhub88/quota-policy-server/blob/939f1873453fbda8b417aa43c8e6cdaa3d6b9209/quota-status.php; Go go-smtp server with tunneled connect instances and agents, submission session Data (code index id 56637478088; other version id 56238522451); https://github.com/crazy-max/CwsMailBounceHandler/blob/508ddb63bedfb37e83a6bfb83701c89c451a28f5/tests/emls/bounce_422_002.eml; C# EmailFailureClassifierTests (CrestApps OrchardCore Omnichannel email deliverability) (code index id 71431260747); repository krisamin/mail, Go go-smtp inbound MX backend package smtp (code index id 56871007897); code index id 71563867644 (Go go-smtp local mail-capture inbox with MaxMessages/MaxStoredBytes, session.Data); https://github.com/hrs-allbsd/sendmail/blob/19036c0d9fafa600b0748fc7ada98a939a56b0c8/cf/README; PowerShell MessageTraceReport Pester tests, RouteAnalyzer ParseReason/cause ids (code index id 70979380047); https://github.com/marcpope/borgbackupserver/issues/355; https://support.grhosting.cz/kb/a290/email-se-vratil-odesilateli-jako-nedorucitelny.aspx; twisted1919/bounce-handler BounceHandler/rules.php (sample bounce for the mailbox-full rule); https://edu.newpages.com.my/article/349/email-error-message; https://github.com/customeros/mailsherpa/issues/32",
  },
  {
    // Netscape Messaging Server's Japanese NDR: a recipient over the mailbox size limit, over its quota.
    cause: "recipient-mailbox-full",
    pattern: /メールボックスのサイズ制限を超過し|割当て制限が超過しました/,
    confidence: 0.88,
    example:
      "1人あるいは複数の受信者がメールボックスのサイズ制限を超過し\nた可能性があるので、メッセージを受け取れませんでした。\n\nユーザーの割当て制限が超過しました: d2050334",
    source: "fmlorg/fml8 regress/errormails/nms354 (code index id 32257855982)",
  },
]);
