import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { SMTP_CODES } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The message content was refused": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "message-rejected-content",
    pattern:
      /likely unsolicited mail|(?:judged|identified|detected|rejected|flagged|blocked) (?:to be |as )?spam|spam (?:message|content|detected)|content (?:identified|judged) as spam|\bvirus\b(?!\s*scann(?:er|ing)\b[^.\n]{0,30}?\b(?:timed out|timeout|unavailable|not available|not responding|failed|error|down)\b)|\bmalware\b|infected|illegal attachment|attachment (?:type )?(?:is )?(?:not allowed|blocked|rejected)|content filter|policy violation detected|not accepted for policy reasons/i,
    confidence: 0.86,
    example:
      "552 $(_sid) - $(_id) This message has been rejected due to content judged to be spam by the internet community IB212 - If you feel this is in error, please submit a request using the link below.",
    source: `${SMTP_CODES}/552.json (godaddy)`,
  },

  // The message.
  {
    cause: "message-rejected-content",
    pattern:
      /bad file extension|FORBIDDEN_FILE_EXTENSION|attachment (?:type )?(?:is )?(?:not allowed|blocked|rejected|forbidden)|blocked (?:file|attachment)|\[CS\] Message blocked/i,
    confidence: 0.88,
    example: "550 Rejected due to bad file extension in attachment",
    source:
      "https://github.com/poolpOrg/filter-rspamd/pull/5; https://github.com/NethServer/dev/issues/5811; https://github.com/jeremydumais/CPP-SMTPClient-library/issues/46",
  },
  {
    cause: "message-rejected-content",
    pattern:
      /classified as (?:SPAM|junk)|identified as (?:SPAM|junk)|message (?:looks|is) like spam|considered (?:as )?spam/i,
    confidence: 0.88,
    example: "550 This message was classified as SPAM and may not be delivered",
    source: "https://github.com/PHPMailer/PHPMailer/issues/1370",
  },
  {
    cause: "message-rejected-content",
    pattern:
      /rejected by (?:the )?(?:rspamd|spamassassin|amavis|spam) filter|(?<![A-Za-z])DT:SPM\b|Mail content denied|inappropriate (?:words|content)|(?:rejected|blocked) (?:under|on) suspicion of spam|suspicious due to the nature of the content|\bMessage filtered\b/i,
    confidence: 0.9,
    example: "[6.801s] mailsec.protonmail.ch:25 --> 554 5.7.1 rejected by rspamd filter",
    source:
      "https://github.com/rspamd/rspamd/issues/5098; https://github.com/zabbix-book/zabbix_mail_with_graph/issues/1; https://github.com/Jinnrry/PMail/issues/220; https://github.com/sansan0/TrendRadar/issues/373; https://github.com/chatmail/provider-db/issues/205; ActiveCampaign/smtp-field-manual data/codes/421.json@0b9ecacd4e7943822bf6ce0926a79c1cbac0e833; ActiveCampaign/smtp-field-manual data/codes/553.json@124213832cd49cb9ef3ab65900159ff102c72b98",
  },
  {
    cause: "message-rejected-content",
    pattern:
      /jest to spam|because it is spam|banned content|unsafe content|Blocked by SpamAssassin|Content reject|Spam denied|attachments are not allowed/i,
    confidence: 0.9,
    example:
      "554 (#5.3.0) Nie przyjmiemy tej wiadomosci poniewaz jest to spam - zobacz strone: https://pomoc.wp.pl/polityka-antyspamowa / We can't accept this message because it is spam - see: https://pomoc.wp.pl/polityka-antyspamowa [127] ",
    source:
      "https://github.com/geokrety/geokrety-website/issues/1047; https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html; willharris/spamass-milter spamass-milter.cpp (default rejecttext/rejectcode); https://www.emailhost.com.cn/service.html?article_category=25&brd=1; https://maxclicksonline.com/client-area/knowledgebase.php?action=displayarticle&id=10095",
  },
  {
    cause: "message-rejected-content",
    pattern:
      /content presents a potential\s+(?:5\.7\.0\s+)?security issue|Refused by local policy\. No SPAM/i,
    confidence: 0.9,
    example:
      "552 5.7.0 This message was blocked because its content presents a potential 5.7.0 security issue. Please visit 5.7.0 https://support.google.com/mail/?p=BlockedMessage to review our 5.7.0 message content and attachment content guidelines. l9-20020a170906a40900b00992b510089asm3696733ejz.84 - gsmtp",
    source:
      "https://github.com/gophish/gophish/issues/2921; https://github.com/nylas/nylas-mail/issues/1296; https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/",
  },
  {
    cause: "message-rejected-content",
    pattern: /rejected by local_scan\(\): Rejected: hits=/i,
    confidence: 0.9,
    example:
      "2004-01-18 07:15:35 1Ai79e-0000Dq-8i F=user@example.biz H=host.example.net [192.0.2.40] P=smtp rejected by local_scan(): Rejected: hits=7.5 required=5.0 trigger=5.0",
    source: "fail2ban/fail2ban fail2ban/tests/files/logs/exim-spam (Debian fail2ban 1.0.2-2)",
  },
  {
    // The message itself was judged spam (its content), even where the advice mentions SPF.
    cause: "message-rejected-content",
    pattern:
      /rejected due to spam classification|\bcontent spam\b|(?:high )?probability of (?:being )?spam|unwanted (?:binary )?attachment|(?:message|mail|content) (?:was )?(?:classified|identified|detected) as spam/i,
    confidence: 0.93,
    stages: ["data"],
    example: "554 reject by content spam",
    source:
      "https://github.com/mail-in-a-box/mailinabox/issues/1046; https://www.wuquedata.com/usermanual_649/2979.html; http://nl.help.carerix.com/nl/articles/2245905-e-mail-bounce; https://errors24.ru/2023/06/25/oshibka-servera-550-previous-cached-callout-verification-failure",
  },
  {
    cause: "message-rejected-content",
    pattern:
      /spam statistics|Spam not accepted|(?:containing|with) VBA macros|macros? (?:found|detected) (?:in|inside)/i,
    confidence: 0.9,
    stages: ["data"],
    example: "552 MS-Office file containing VBA macros found inside of the email",
    source:
      "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html; https://www.yandex.com/support/mail/bounces/yandex.html; https://cloudmails.eu/docs/error-codes.php",
  },
  {
    cause: "message-rejected-content",
    pattern:
      /rejected per SPAM policy|\bReject id=\S+ - SPAM\b|mime_banned_file|banned (?:file )?attachment/i,
    confidence: 0.9,
    stages: ["data"],
    example:
      "550 5.7.0 mime_banned_file - Your message has been rejected because it contains a banned file attachment (G1A)",
    source:
      "https://smtp.codes/rackspace (data: fm/smtp-codes data/codes/550.json); http://msoffice365exo.blogspot.com/p/message-wasnt-delivered-because.html; a French non-delivery parser's tests (index id 70099349778)",
  },
  {
    // amavis's reject ids, gateways' 'security policies' and 'content restrictions', attachment types, Yahoo's bracketed content codes.
    cause: "message-rejected-content",
    pattern:
      /\bid=[\w-]+ - (?:BANNED|SPAM|INFECTED|VIRUS)\b|\brejected (?:due to|by) (?:security|content) (?:polic(?:y|ies)|restrictions?)\b|\bDisallowed Attach(?:ment)? Type\b|\bMessage not allowed - \[\w*\]/i,
    confidence: 0.86,
    example: "554 5.7.0 Reject, id=17352-01 - BANNED: application/x-ms-dos-executable,.exe,.exe-ms,p7zip.exe",
    source:
      "code index id 57018224341 (Postfix bounce with amavis BANNED rejection); sisimai/p5-sisimai lib/Sisimai/Rhost/Mimecast.pm (554 Email rejected due to security policies); https://support.symantec.com/us/en/article.tech165702.html; https://www.uniroma3.it/servizi/servizi-al-personale/servizi-informatici-e-telematici/posta-elettronica-di-ateneo/guida-ai-messaggi-di-errore/; http://blog.mailchannels.com/2012/09/why-is-yahoo-temp-failing-my-mail",
  },
  {
    cause: "message-rejected-content",
    pattern:
      /\bappears to be unsolicited\b|\bfailed several antispam checks\b|\bspam-like header\b|\bRejected by ESETS\w*\b/i,
    // A filter's verdict on the message: above a mention of SPF in the advice that follows it
    // ("…failed several antispam checks … be sure your mailserver is configured correctly (spf,
    // HELO, PTR)").
    confidence: 0.91,
    example:
      "554 5.7.1 Mail (13049-38149) appears to be unsolicited - Score (59) over MessageScoringUpperLimit (50)",
    source:
      "rjbs/Mail-DeliveryStatus-BounceParser t/corpus (spam rejections); cfortune/PHP-Bounce-Handler eml samples",
  },
  {
    cause: "message-rejected-content",
    pattern: /\brejected by \S+(?: \S+)? Spam ?Filter\b/i,
    confidence: 0.88,
    example:
      "552 5.2.0 yxTiZdXDTefL7yxTiZ8pDw Message rejected by NextGenTel Spam Filter - For more information, see https://www.nextgentel.com/kundesider/artikler/epostvask.php [602]",
    source: "https://www.nextgentel.com/kundesider/artikler/epostvask.php",
  },
  {
    cause: "message-rejected-content",
    pattern: /\bspam hits? th?resh?old\b/i,
    confidence: 0.88,
    example:
      "5.7.0 This message reach the spam hits treshold. Please contact the Postmaster if the email is not SPAM. Message rejected",
    source: "apache/james-project server/mailet SpamAssassinHandler (spam hits threshold)",
  },
  {
    cause: "message-rejected-content",
    pattern:
      /\b(?:reports|detected|classified|identified|flagged) (?:it|this message|the message)? ?as (?:spam|junk|bulk)\b/i,
    confidence: 0.85,
    example: "554 5.7.1 This message has been blocked because ASE reports it as spam.",
    source: "http://www.howtodo.co.il/?author=2&paged=3 (FortiGate antispam engine)",
  },
  {
    cause: "message-rejected-content",
    pattern: /content presents a potential\b/i,
    confidence: 0.92,
    example:
      "(552, b'5.7.0 This message was blocked because its content presents a potential\\n5.7.0 security issue. To review our message content and attachment content\\n5.7.0 guidelines, go to\\n5.7.0 https://support.google.com/mail/?p=BlockedMessage a640c23a62f3a-aac0f06fb1bsm1926288866b.191 - gsmtp')",
    source: "https://github.com/querylab/lazywarden/issues/33",
  },
  {
    // GTUBE is the spam filters' test string: a message carrying it is refused as spam by design.
    cause: "message-rejected-content",
    pattern: /\bGTUBE\b|\bPhishing message\b|appears to impersonate/i,
    confidence: 0.9,
    stages: ["data"],
    example: "milter-reject ... 5.7.1 Gtube pattern",
    source:
      "docker-mailserver/docker-mailserver test/tests/parallel/set1/spam_virus/rspamd_full.bats; haraka/haraka-plugin-headers index.js (from_phish)",
  },
  {
    cause: "message-rejected-content",
    pattern: /\bCONTENT REJE?CT\b|\bSpam is embedded in the (?:e-?mail|message)/i,
    confidence: 0.88,
    example: "553 5.7.3 CONTENT REJCT：blockid=xx:URL",
    source:
      "code index id 21404280283 (einverne blog post '常见的邮件发送错误', 2024); code index id 38959073782 (PHP class Mrzkit\\PigeonMail\\TranslateSmtpErrorInfo)",
  },
  {
    // A filter's verdict on an attachment; it outranks the media-error enhanced code (5.6.0) such filters send with it.
    cause: "message-rejected-content",
    pattern:
      /\b(?:suspicious|dangerous|prohibited|forbidden) (?:file|attachment)s?\b|\bexecutable (?:code|content|file|attachment)s?\b/i,
    confidence: 0.88,
    example:
      "550 5.6.0 *** A suspicious file (executable code) was found in the message ! - See http://helpdesk.ugent.be/email/",
    source: "http://helpdesk.ugent.be/email/faq.php",
  },
  {
    // A content filter's spam verdict.
    cause: "message-rejected-content",
    pattern: /\(possible SPAM\)/i,
    confidence: 0.85,
    example: "Mail rejected (possible SPAM)",
    source: "https://emailwarmup.com/blog/?p=3718",
  },
  {
    cause: "message-rejected-content",
    pattern: /\breview our (?:message content and )?attachment (?:content )?guidelines\b/i,
    confidence: 0.9,
    example: "Remote server replied: 552 5.7.0 review our attachment guidelines.",
    source: "https://www.hainhan.com/vn/ho-tro/huong-dan/cac-thong-bao-email-thuong-gap/",
  },
  {
    cause: "message-rejected-content",
    pattern: /\bMalicious (?:message )?content\b/i,
    confidence: 0.88,
    example: "554 5.6.0 Malicious message content",
    source:
      "evilashz/exchange-server-27065:Microsoft.Exchange.MailboxTransport.StoreDriverCommon/StoreDriverCommon/StorageExceptionHandler.cs [first line rendered from the source's status code, enhanced code and message]",
  },
  {
    // The receiver's filter judged this message spam (a verdict on the message, not a listing of the sender): words that many filters share.
    cause: "message-rejected-content",
    pattern: /\b(?:classified|detected|identified|reported) as spam\b/i,
    confidence: 0.8,
    stages: ["data"],
    example: "Email was classified as spam and was rejected.",
    source:
      "https://docs.clavister.com/repo/cos-core-log-reference-guide/15.00/doc/ch02s04.html; code index id 58303360343 (Exchange Online non-delivery report excerpt, 'Message rejected by: s899.loopia.se'); rjbs/Mail-DeliveryStatus-BounceParser t/corpus/spam-rejection11.msg; http://blog.frankleonhardt.com/tag/bt-internet/; https://learn.microsoft.com/en-us/answers/questions/5834423/emails-bouncing-back-******@outlook-com; https://www.comramo.de/mailfaq/; https://github.com/PHPMailer/PHPMailer/issues/1370; https://github.com/forwardemail/free-email-forwarding/issues/65",
  },
  {
    cause: "message-rejected-content",
    pattern: /\blooks like spam\b/i,
    confidence: 0.8,
    stages: ["data"],
    example:
      "554 Message rejected, policy (3.2.1.1) – Your message looks like SPAM or has been reported as SPAM please read…",
    source: "http://blog.frankleonhardt.com/tag/bt-internet/",
  },
  {
    cause: "message-rejected-content",
    pattern: /\breports it as spam\b/i,
    confidence: 0.8,
    stages: ["data"],
    example: "554 5.7.1 This message has been blocked because ASE reports it as spam.",
    source: "http://www.howtodo.co.il/?author=2&paged=3",
  },
  {
    cause: "message-rejected-content",
    pattern: /\b(?:possible|suspected) spam\b/i,
    confidence: 0.8,
    stages: ["data"],
    example:
      "SMTP error from remote server for MAIL FROM command, host: inbound.jlfisher.de.netsolmail.net (206.188.198.64) reason: 553 5.3.0 217.72.192.75 Your message was rejected for possible spam/virus\ncontent.Please ask your email provider to visit\nhttp://emailadmin.registeredsite.com for resolution.",
    source:
      "https://pastebin.com/index/ZJWKdGLU; https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-are-emails-to-bigpond-bouncing-or-being-marked-as-spam; https://emailwarmup.com/blog/?p=3718",
  },
  {
    cause: "message-rejected-content",
    pattern: /\bdon't forward us spam\b/i,
    confidence: 0.8,
    stages: ["data"],
    example: "5.7.1 Please don't forward us spam",
    source: "https://helpdesk.ugent.be/email/faq.php",
  },
  {
    cause: "message-rejected-content",
    pattern: /\brejecting spoofed message\b/i,
    confidence: 0.8,
    stages: ["data"],
    example: "550 rejecting spoofed message",
    source: "https://smtp.codes/barracuda (data: fm/smtp-codes data/codes/550.json)",
  },
  {
    // The message carries an attachment or content the receiver's filter bans (a file type, macros, banned content), whoever sends it.
    cause: "message-rejected-content",
    pattern:
      /\b(?:banned|disallowed|forbidden|unwanted|bad|prohibited|dangerous|unacceptable|objectionable|blacklisted|blocklisted) (?:binary |file|content\b|attach)|\battachment (?:type )?(?:is )?(?:not allowed|forbidden|blocked|banned)\b|FORBIDDEN_FILE|\bVBA macros\b/i,
    confidence: 0.88,
    example: "Disallowed Attach Type",
    source:
      "https://errors24.ru/2023/06/25/oshibka-servera-550-previous-cached-callout-verification-failure; https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html; https://smtp.codes/rackspace (data: fm/smtp-codes data/codes/550.json); https://www.uniroma3.it/servizi/servizi-al-personale/servizi-informatici-e-telematici/posta-elettronica-di-ateneo/guida-ai-messaggi-di-errore/; https://td.wku.edu/TDClient/34/Portal/KB/ArticleDet?ID=911; https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html; https://github.com/poolpOrg/filter-rspamd/pull/5; https://github.com/NethServer/dev/issues/5811; https://github.com/MailCleaner/MailCleaner/blob/HEAD/etc/exim/exim_stage1.conf_template; https://github.com/hestiacp/hestiacp/blob/0c1b86ff61d51868bfe584127d2217ac534b9a1c/install/deb/exim/exim4.conf.template",
  },
  {
    // A content filter's verdict on this message (spam, phishing, unsafe), not a listing of the sender.
    cause: "message-rejected-content",
    pattern:
      /\bPhishing\b|\bunsafe content\b|\bBlocked by SpamAssassin\b|\bspam statistics\b|\bcontent spam\b|\bSpam is embedded\b|\bnature of the content\b/i,
    confidence: 0.82,
    stages: ["data"],
    example: "554 reject by content spam",
    source:
      "https://www.wuquedata.com/usermanual_649/2979.html; https://www.yandex.com/support/mail/bounces/yandex.html; haraka/haraka-plugin-headers index.js (from_phish, cfg.reject.from_phish) [message text only with placeholder domain]; code index id 38959073782 (PHP class Mrzkit\\PigeonMail\\TranslateSmtpErrorInfo, translating NetEase/Tencent SMTP error strings; cites https://service.mail.qq.com/cgi-bin/help?id=20022) [reply is the matched substring from the source]; ActiveCampaign/smtp-field-manual data/codes/421.json@0b9ecacd4e7943822bf6ce0926a79c1cbac0e833; https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html; willharris/spamass-milter spamass-milter.cpp (default rejecttext/rejectcode)",
  },
  {
    cause: "message-rejected-content",
    pattern: /\bunsolicited bulk e-?mail\b/i,
    confidence: 0.85,
    example: "A message was considered unsolicited bulk e-mail (UBE)",
    source:
      "https://guide.shellrent.com/?p=1182; https://github.com/docker-mailserver/docker-mailserver/issues/1471",
  },
  {
    // The family: a refusal and the word spam within a few words of each other, the message judged as spam. Weaker than a named list (an IP found in a DNSBL) or a provider's own code, which say more; not a "spam list", "spam abuse" or an anti-spam system's verdict on the sender.
    cause: "message-rejected-content",
    pattern:
      /(?<!\bsender |\bIP (?:address )?(?:was |is |has been )?)\b(?:reject(?:ed|e)?|block(?:ed)?|spamed|refused|denied)\b(?:\W+\w+){0,4}?\W+(?<!anti-|behaviou?r |appeared to be )spam(?:assassin)?\b(?! ?(?:list|abuse|trap|mail rejected: exceeded))|\bspam\b(?! (?:IPs?|source)\b)(?:\W+\w+){0,2}?\W+(?:reject(?:ed)?|block(?:ed)?)\b(?!: exceeded)/i,
    // ("Spam IP rejected", "spam source blocked": the sending IP judged, not the message.)
    confidence: 0.7,
    example: "554 reject by content spam",
    source:
      "https://www.wuquedata.com/usermanual_649/2979.html; https://www.yandex.com/support/mail/bounces/yandex.html; https://register.it/assistenza/cosa-fare-in-caso-di-errore-spam-rejected; http://bestwisewords.com/document_detail/36612.html; https://thailandemailhosting.com/reject-message-as-spam-by-filltering/; https://github.com/sympa-community/sympa/issues/447; https://github.com/rspamd/rspamd/issues/5343; https://docs.clavister.com/repo/cos-core-log-reference-guide/15.00/doc/ch02s04.html",
  },
  {
    cause: "message-rejected-content",
    pattern: /\bsuspicion of spam\b/i,
    confidence: 0.8,
    example: "Message failed: 550 Suspicion of spam.",
    source:
      "https://github.com/goitacademy/nodejs-homework-template/pull/352; https://github.com/pocketbase/pocketbase/issues/1068",
  },
  {
    cause: "message-rejected-content",
    pattern: /\brejected content attachment\b/i,
    confidence: 0.8,
    example: "554 5.5.7  e-mail Rejected Content Attachment",
    source:
      "https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes",
  },
  {
    // A chatmail relay's filter refuses mail whose content is not end-to-end encrypted (after DATA):
    // the message, not the connection, lacks encryption, so this is not a STARTTLS requirement.
    cause: "message-rejected-content",
    pattern: /\bEncryption Needed: Invalid Unencrypted Mail\b/i,
    confidence: 0.88,
    example:
      "host mail.example.com[198.51.100.91] said: 523 Encryption Needed: Invalid Unencrypted Mail (in reply to end of DATA command)",
    source: "https://github.com/chatmail/core/issues/7109",
  },
  {
    // The family: the receiver's antispam system (or dspam) refused the message as spam.
    cause: "message-rejected-content",
    pattern:
      /\b(?:rejected|blocked|refused) by (?:the |our )?anti-?spam(?: system| filter| engine)?\b(?! (?:reputation |black ?|block ?|DNS ?)?list)|\bdspam says\b|\b(?:contains|found) (?:an? )?encrypted (?:archive|attachment|zip)\b|\bEncrypted (?:messages?|mail|e-?mails?) (?:are |is )?not (?:accepted|allowed)\b|\bspam found\b|\brejected by (?:the )?filter\b/i,
    confidence: 0.82,
    stages: ["data"],
    example: "553 this mail is rejected by antispam system",
    source:
      "Lua per-domain traffic-shaping rules for an outbound MTA (code index id 2030983661); smtpd/qpsmtpd plugins/dspam; haraka/haraka-plugin-attachment index.js; Russian notes in a goit-node-rest-api repository (code index id 1459124835); go-smtp relay with filter and spool, session.Data (code index id 71382912091); go-smtp attachment quarantine processor, error vars (code index id 71253969359)",
  },
  {
    // The family: after DATA, the message refused as what it seems to be — spam, bulk mail, a mass
    // mailing ("seems to be a spam", "Rejected - bulk email", "You're using a mass mailer").
    cause: "message-rejected-content",
    pattern:
      /(?:\b(?:seems?|seemed|appears?|looks?) (?:like|to be) (?:an? )?spam\b|\b(?:rejected|refused|blocked|bounced)\b[^.\n]{0,20}\b(?:bulk|mass)[- ]?(?:e-?mail|mail(?:er|ing)?)\b|\busing an? (?:bulk|mass)[- ]?mailer\b)/i,
    confidence: 0.8,
    stages: ["data"],
    example: "550 5.7.1 Sorry, this message is being rejected as it seems to be a spam !",
    source:
      "ze-filter milter source, XSTATUS_REJECT_CONDITION branch (code index id 10953878899) + ze-reply.h MSG_BODY_CONTENTS (code index id 11106140295); https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/HEAD/t/corpus/spam-rejection37.msg; https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/HEAD/t/corpus/spam-rejection22.msg",
  },
  {
    // The family, after DATA only: the server's answer to the message calls it spam in any words
    // ("Probable Spam", "Spam score (12.9) too high", "our email server thinks this email is spam",
    // "Spamming not allowed"); 140 of the 172 corpus replies at DATA with the word are this, and
    // the other causes they carry (a listing, the sender's reputation or authentication) have
    // stronger words that outrank this floor. Not a list's name, anti-spam, "protect our users from
    // spam", a spam filter or ACL that failed, or a sender blocked for spamming.
    cause: "message-rejected-content",
    pattern:
      /(?<!\banti-?|\bbehaviou?r |\bfrom |amount of |\bSender blocked: )\bspam(?:ming|my)?\b(?![- ]?(?:list|trap|source|sources|IPs?|abuse|rbl|house|haus|cop|rats|protection|complaints?|sender|senders|bot|activity|policy|reputation|filter|acl)\b)/i,
    confidence: 0.6,
    stages: ["data"],
    requireStage: true,
    example: "550 Probable Spam (in reply to end of DATA command)",
    source:
      "https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/HEAD/t/corpus/spam-rejection15.msg; https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/HEAD/t/corpus/spam-rejection18.msg; https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/HEAD/t/corpus/spam-rejection26.msg; https://helpdesk.ugent.be/email/faq.php; https://github.com/sisimai/rb-sisimai/blob/HEAD/set-of-emails/maildir/bsd/lhost-exim-55.eml",
  },
  {
    // The family: the message was stopped by the receiver's filter ("553 Message filtered.
    // (#5.7.1)" from Symantec's cloud, "the message matches up to the filter rule" from a Chinese
    // hosted mail system).
    cause: "message-rejected-content",
    pattern: /\bmessage (?:was |has been )?filtered\b|\bmatches (?:up to )?the filter rule\b/i,
    confidence: 0.75,
    stages: ["data"],
    example: "553 Message filtered. (#5.7.1)",
    source:
      "fm/smtp-codes data/codes/553.json (https://smtp.codes/553); ActiveCampaign/smtp-field-manual data/codes/553.json@124213832cd49cb9ef3ab65900159ff102c72b98; https://www.tengxunqiyeyou.com/forum/forum.php?extra=page%3D2&mod=viewthread&tid=993",
  },
  {
    // The family: the message's kind of content is refused — a MIME type not accepted, an
    // unsupported content type, OpenPGP/MIME messages, too many MIME parts.
    cause: "message-rejected-content",
    pattern:
      /\b(?:(?:content|MIME) type\b[^.\n]{0,30}\bnot (?:accepted|supported|allowed)|unsupported content[ -]type|messages are not supported|too many MIME parts)\b/i,
    confidence: 0.78,
    stages: ["data"],
    example: "MIME type message/partial not accepted here",
    source:
      "binwiederhier/ntfy server/smtp_server.go (code index); mimedefang-filter site configuration, filter() message/partial block (code index id 31599832073); Rust Aster SMTP bridge, is_pgp_mime check before send_via_api (code index id 71317734135); haraka/Haraka connection.js data line handling and data_done (code index id 14887685354)",
  },
  {
    // The family: an attachment, a file type or extension, a MIME part or an Office macro the
    // receiver's policy forbids (5 of 5 corpus replies naming one are content refusals).
    cause: "message-rejected-content",
    pattern:
      /\b(?:attachments?|file (?:name )?extensions?|MIME parts?|macros?|executables?|file types?)\b[^\n]{0,40}?\b(?:not allowed|blocked|forbidden|found|prohibited|not permitted|banned)\b|\bFORBIDDEN_FILE_EXTENSION\b|\bblocked MIME part\b/i,
    confidence: 0.85,
    stages: ["data"],
    example: "500 These attachments are not allowed -- Please compress (zip,tar..) them before mailing.",
    source:
      "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html; https://maxclicksonline.com/client-area/knowledgebase.php?action=displayarticle&id=10095; https://github.com/NethServer/dev/issues/5811; smtpf filter digest.c, digestDot (code index id 17031752823)",
  },
  {
    // Encrypted content (an encrypted archive, an encrypted message) the receiver cannot scan and
    // so refuses by policy.
    cause: "message-rejected-content",
    pattern:
      /\b(?:contains (?:an )?encrypted (?:archive|attachment|zip)|Encrypted messages are not accepted)\b/i,
    confidence: 0.8,
    stages: ["data"],
    example: "550 Message contains encrypted archive",
    source:
      "haraka/haraka-plugin-attachment index.js (code index); go-smtp attachment quarantine processor, error vars (code index id 71253969359)",
  },
  {
    // The family: a spam score over the receiver's limit (SpamAssassin's 'hits=7.5 required=5.0', 'scored 22.8 SpamAssassin points').
    cause: "message-rejected-content",
    pattern:
      /\bspam ?assassin\b|\bhits=[\d.]+ required=|\bscored? [\d.]+ (?:(?:spam|spamassassin) )?points\b/i,
    confidence: 0.86,
    example:
      "<user@example.com>: host mx.example.com[1.2.3.4] said: 550\n    5.7.1 Blocked by SpamAssassin (in reply to end of DATA command)",
    source:
      "fail2ban/fail2ban fail2ban/tests/files/logs/exim-spam (Debian fail2ban 1.0.2-2); public stored bounce email (Exim DSN from ns-196.awsdns-24.com, index id 13025199971); https://pastebin.com/DGVf7ePp; spamass-milter spamass-milter.cpp main(), default rejecttext/rejectcode (code index id 18000435740); Postfix log sample in a public log-parser comment (code index id 9895457564); https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/HEAD/t/corpus/spam-rejection35.msg; https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/HEAD/t/corpus/spamassassin.msg; Go Exim mainlog exporter, comment quoting real mainlog lines (code index id 49161953788); willharris/spamass-milter spamass-milter.cpp (default rejecttext/rejectcode)",
  },
  {
    // The family: an attachment or file type the receiver does not allow ('Inline executable attachement', 'blocked MIME part', 'FORBIDDEN_FILE_EXTENSION').
    cause: "message-rejected-content",
    pattern:
      /\b(?:attachments?|attachements?|file extensions?|MIME parts?|file types?)\b[^.\n]{0,40}\b(?:blocked|not (?:allowed|permitted)|forbidden|rejected|prohibited)\b|\b(?:blocked|forbidden|prohibited|dangerous|executable) (?:attachments?|attachements?|files?|MIME parts?|file extensions?)\b/i,
    confidence: 0.85,
    example: "550 5.7.0 message contains blocked MIME part (%s)",
    source:
      "http://webmail.hrnoc.net/info/smtp.html; https://github.com/holger-dev/nextledger/issues/21; smtpf filter digest.c, digestDot (code index id 17031752823); https://github.com/nkhorman/spamilter/blob/HEAD/src/hndlrs.c; https://github.com/mariusgologan/scrollout/blob/HEAD/bin/config.sh; https://github.com/MailCleaner/MailCleaner/blob/HEAD/etc/exim/exim_stage1.conf_template; Postfix header_checks guide rejecting dangerous attachment extensions (code index id 1366186009); https://maxclicksonline.com/client-area/knowledgebase.php?action=displayarticle&id=10095",
  },
  {
    // NetEase and other Chinese providers: the message 'suspected of being spam' / 'identified as spam' (疑似为垃圾邮件, 被系统识别为垃圾邮件).
    cause: "message-rejected-content",
    pattern: /疑似为?垃圾邮件|(?:识别|判定)为垃圾邮件/,
    confidence: 0.86,
    example: "554 DT:SPM 发送的邮件内容包含了未被许可的信息,或被系统识别为垃圾邮件.请检查",
    source:
      "https://github.com/jackfrued/Python-100-Days/issues/255; Chinese Bugzilla installation notes using smtp.qq.com (code index id 954522525)",
  },
  {
    // A filter's content scanner named as the one that refused the message.
    cause: "message-rejected-content",
    pattern:
      /\b(?:refused|rejected|blocked) by (?:the |our )?(?:(?:virus|content|spam|mail|malware) )?scanner\b/i,
    confidence: 0.8,
    example: "554 Message refused by the scanner",
    source: "https://www.virusfree.cz/en/faq",
  },
  {
    // The family: an attachment refused for what it is (its type, a macro, an executable), in the
    // receiver's own words. Below a recipient's own "not accepting mail with attachments" (0.85).
    cause: "message-rejected-content",
    pattern:
      /\battachments? (?:(?:file )?type |files? )?(?:contains? (?:\w+ )?)?(?:(?:is |are )?not (?:allowed|accepted|permitted)|unallowed|banned|forbidden|disallowed)\b|\b(?:unallowed|banned|forbidden|disallowed|illegal|unacceptable|dangerous|executable) (?:\w+ )?attache?ments?\b|\bunallowed (?:office )?macros\b/i,
    confidence: 0.82,
    example: "550 5.7.1 ERROR = Attachment contains unallowed office macros!",
    source:
      "code index id 47259936111 (sbidy/MacroMilter macromilter.py 2.9.1, parse()/checkFileforVBA); code index id 53367930205 (hanshuebner/herold internal/protosmtp/attpol.go attpolRejectReply); fm/smtp-codes data/codes/552.json (Gmail's 552-5.7.0 illegal attachment)",
  },
]);
