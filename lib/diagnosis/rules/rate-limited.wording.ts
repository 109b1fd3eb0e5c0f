import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { GOOGLE } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "Sending limit or rate limit reached": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "rate-limited",
    pattern:
      /too many (?:recipient|message|session)\w*|too many connects?\b|too much mail(?! data| stored)|(?:sending|submission|daily|hourly|queue|recipient) quota|(?:daily|hourly|sending) limit|receive limit|rate ?limit(?:ed|ing)?(?: "?[\w\\"]+"?)? exceeded|Maximum sending rate|Throttling failure|receiving e?-?mail (?:too quickly|at a rate)|(?<!\bconnections\b[^.\n]{0,40})exceeded a limit|limit on the number of allowed outgoing messages|Account service is temporarily unavailable/i,
    confidence: 0.9,
    example:
      "450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time.",
    source: GOOGLE,
  },

  {
    // Exim's ratelimit ACL, in its documentation's words and the configurations built on them:
    // "Sender rate exceeds 100 messages per 1h", "Connection limited: Sender rate …".
    cause: "rate-limited",
    pattern: /\bsender rate\b/i,
    confidence: 0.85,
    example: "451 Sender rate exceeds 100 messages per 1h",
    source:
      "https://github.com/madeITBelgium/vesta/issues/3; Vulani (TUMS) Exim reconfiguration plugin writing exim.conf ACLs (code index id 28654809078); https://github.com/BytemarkHosting/symbiosis/blob/11530d26f10dbf67c007a43ded532671ed336c43/email/exim4/symbiosis.d/10-acl/60-acl-check-data/05-mailbox-ratelimit",
  },
  {
    cause: "rate-limited",
    pattern: /Failure sending mail\.? Try again later/i,
    confidence: 0.82,
    example:
      "Can't send mail - all recipients were rejected: 550-Requested action not taken: mailbox unavailable 550 Failure sending mail. Try again later.",
    source:
      "https://github.com/nodemailer/nodemailer/issues/1555 (GMX rate limit, maintainer's reading); jstedfast/MailKit issue #968",
  },

  {
    cause: "rate-limited",
    pattern:
      /exceeded (?:your |the )?(?:messaging|sending|daily|hourly|message|recipient|outbound)s? (?:limits?|quota)|\b(?:recipient|message|sending|daily) (?:limit|count|quota) (?:has been )?(?:exceeded|exceeds|reached)|SubmissionQuotaExceeded|only \d+ messages per (?:day|hour)|Maximum (?:sending )?(?:credits|rate) exceeded|too many (?:messages|recipients)/i,
    confidence: 0.88,
    example: "451 You've exceeded your messaging limits",
    source:
      "https://github.com/mautic/mautic/issues/8721; https://github.com/WA-WF-Bot/WA-WF-Bot-Public/issues/282; https://github.com/root-io/vmail/issues/67; https://github.com/MicrosoftDocs/OfficeDocs-Support/issues/1150; https://github.com/woowacourse-teams/2025-ah-madda/issues/741; https://github.com/mailgun/mailgun-java/issues/50",
  },
  {
    // rspamd's ratelimit module (mailcow, docker-mailserver): 'Ratelimit "user" exceeded'.
    cause: "rate-limited",
    pattern: /Ratelimit \\?"?[\w.@-]+\\?"? exceeded|rate ?limit(?:ed)? (?:exceeded|reached)/i,
    confidence: 0.9,
    example: '451 4.7.1 Ratelimit "mailcow" exceeded',
    source:
      "rspamd/rspamd src/plugins/lua/ratelimit.lua; https://github.com/mailcow/mailcow-dockerized/issues/1693; https://github.com/mailcow/mailcow-dockerized/issues/1497",
  },
  {
    cause: "rate-limited",
    pattern:
      /deferred due to excessive volume|limits for your account are exceeded|Intrusion prevention active/i,
    confidence: 0.88,
    example:
      "smtp;421 4.7.1 Messages to user@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137",
    source:
      "ActiveCampaign/smtp-field-manual data/codes/421.json@0b9ecacd4e7943822bf6ce0926a79c1cbac0e833; https://github.com/eclipse-ee4j/angus-mail/issues/160; https://github.com/zytzagoo/smtp-validate-email/issues/9",
  },
  {
    cause: "rate-limited",
    pattern:
      /(?:Connection|Ip|IP) frequency limited|Mails per session limit|too many (?:e-?)?mails\b|Number (?:of )?messages per hour exceeded|Maximum messages sent per minute|Messages per second limit exceeded|submission rate for this client has exceeded|Policy Rejection- Quota Exceeded|sender thread limit exceeded/i,
    confidence: 0.9,
    example:
      'Expected response code 250 but got code "550", with message "550 Connection frequency limited "',
    source:
      "https://github.com/ssrpanel/SSRPanel/issues/1324; https://github.com/orvice/ss-panel/issues/553; https://github.com/terminal42/contao-notification_center/issues/226; https://github.com/aschroder/Magento-SMTP-Pro-Email-Extension/issues/94; https://github.com/rubymonsters/speakerinnen_liste/issues/1357; https://docs.oracle.com/ja-jp/iaas/Content/Email/Concepts/troubleshooting.htm (Oracle Cloud Infrastructure Email Delivery troubleshooting, common SMTP errors table); https://emailit.com/docs/smtp/troubleshooting/; https://support.mailprotector.com/hc/en-us/articles/360048244891-Common-Email-Bouncebacks; https://portal.imprezahost.com/knowledgebase/194/SMTP-and-ESMTP-error-code-list.html; https://github.com/Ombi-app/Ombi/issues/4093",
  },
  {
    cause: "rate-limited",
    pattern:
      /sent (?:to )?many mails from different domains|exceeded the max emails per hour|\bSender is throttled\b|reached its limit for processing requests from your host|have reached your message limit/i,
    confidence: 0.9,
    example:
      "4.2.1 Sender ip address rejected: You sent to many mails from different domains in the last 10 minutes",
    source:
      "https://www.spam-mail-blocker.de/greylisted.html; https://inmotionhosting.com/support/email/domain-exceeded-max-emails-per-hour; jpswade/jpswade.github.io _posts/2009-07-15-domain-example-com-has-exceeded-the-max-emails-per-hour-200-allowed-message-discarded.md; https://github.com/freeCodeCamp/guide/pull/1611; https://hostbuddy.com/support/kb/a1533/sender-is-throttled-error-message.aspx; https://github.com/swiftmailer/swiftmailer/issues/658; https://www.weboke.nl/knowledgebase/31/You-uw-accountnaam-have-reached-your-message-limit-or-XX-emails-have-been-sent-yesterday-by-XXX.html",
  },
  {
    cause: "rate-limited",
    pattern: /exceeded the maximum number of connections/i,
    confidence: 0.92,
    example:
      "451 4.7.652 The mail server [203.0.113.4] has exceeded the maximum number of connections. (S3115) [BN3PEPF0000B06D.namprd21.prod.outlook.com 2024-07-01T12:34:16Z]",
    source:
      "https://www.suped.com/learn/email-deliverability/how-to-fix-hotmail-error-451-47652-exceeded-maximum-number-of-connections",
  },
  {
    cause: "rate-limited",
    pattern: /Daily send(?:ing)? limit reached/i,
    confidence: 0.9,
    example: "462 Daily send limit reached. Please try again tomorrow",
    source: "http://wiki.polarismail.com/display/Support/Common+Problems",
  },
  {
    // NetEase's own codes, as its code list documents them: HL:ICC, HL:IFC and HL:ITC (connections
    // from the IP at once, in 15 minutes, in a day), MI:SFQ and MI:STC (the account's messages in 15
    // minutes, in a day), RP:DRC, RP:QRC, RP:RCL and RP:TRC (recipients per connection, in a short
    // time, per message, in a day).
    cause: "rate-limited",
    pattern:
      /sending too fast|(?:over|exceed(?:ed)?) your relay quota|Maximum number of e-?mails per client|Spam limit has been reached|(?<![A-Za-z])(?:HL:I[CFT]C|MI:S(?:TC|FQ)|RP:(?:DRC|QRC|RCL|TRC))(?![A-Za-z])/i,
    confidence: 0.88,
    example: "550 - Stop, you are sending too fast!",
    source:
      "https://resellerspanel.com/articles/cloud-web-hosting-articles/email/limits-and-restrictions-for-outgoing-emails; https://github.com/WWBN/AVideo/issues/7527; https://www.manualowl.com/m/D-Link/DFL-860E/Manual/316543?page=54; http://www.muug.ca/pipermail/roundtable/2008-March/001665.html; https://biecuoliao.com/pa/MBRrwEM.html; https://www.51yue.net/news/thread/20200123/14841169.html; http://163ns.com.cn/mail/MailFAQ.htm; https://github.com/ComsenzDiscuz/DiscuzX/issues/2; NetEase reply-code table in an application's constants (code index id 10032417564)",
  },
  {
    cause: "rate-limited",
    pattern:
      /limit of (?:\d+ )?(?:rcpts|recipients|messages|mails) per|exceeded your (?:outmail|outbound|relay|smtp) quota/i,
    confidence: 0.88,
    example:
      "SMTP failed to set data: Transaction failed: 5.7.1 <DATA>: Data command rejected: limit of 400 rcpts per 24 hours for client deltachat@***.me reached",
    source:
      "https://github.com/deltachat/deltachat-core/issues/647; https://support.prolateral.com/index.php?/Knowledgebase/Article/View/187/35/what-does-smtp-554-571-mean",
  },
  {
    cause: "rate-limited",
    pattern:
      /Max(?:imum)? (?:number of )?messages? per (?:connection|session)|too (?:many requests|frequent (?:connects|connections))/i,
    confidence: 0.88,
    example: "421 Max message per connection reached, closing transmission channel",
    source:
      "https://smtp.codes/yahoo; https://github.com/knadh/listmonk/issues/2509; https://sendgrid.com/docs/for-developers/sending-email/smtp-errors-and-troubleshooting/",
  },
  {
    // Limits on this client, its domain or its threads, in several MTAs' words.
    cause: "rate-limited",
    pattern:
      /\b(?:host|sender|client|IP|you) (?:is|are|has been) (?:rate[- ]?limited|throttled)\b|\b\w+ frequency limited\b|(?:sender|recipient) thread limit exceeded|(?:relay|connection|session) limit exceeded/i,
    confidence: 0.88,
    example: 'temporarily rejected connection in "connect" ACL: Host is ratelimited',
    source:
      "exim/exim doc (ratelimit ACL condition); http://forum.ahosting.net/host-ratelimited-500.html; http://qiao.yimirj.com/article/detail/2261; https://my.vedova.net/plugin/support_manager/knowledgebase/view/1/test-article/1/",
  },
  {
    cause: "rate-limited",
    pattern:
      /exceeded the maximum number of messages(?: allowed)? per (?:hour|day|minute)|too many recent messages/i,
    confidence: 0.94,
    example: "421 Connection Refused - Customer has exceeded the maximum number of messages allowed per hour",
    source:
      "https://www.emailquestions.com/threads/smtp-and-sending-limits-for-charter-email.1032/; fm/smtp-codes data/codes/452.json (https://smtp.codes/452)",
  },
  {
    cause: "rate-limited",
    pattern:
      /quota for (?:the )?total number of|has exceeded (?:its|their) quota for (?:the )?(?:number|total) of/i,
    confidence: 0.88,
    example: "The group user@example.com has exceeded its quota for total number of external recipients.",
    source: "https://github.com/codeforamerica/brigade/issues/242",
  },
  {
    cause: "rate-limited",
    pattern:
      /retrying too fast|exceeded (?:the |your )?(?:hour|hourly|day|daily|minute) limit|\b(?:daily|hourly) relay quota\b|policy based throttling/i,
    confidence: 0.86,
    example: "Client host rejected: temporarily blocked because of previous errors - retrying too fast.",
    source:
      "code index id 53190881909 (policyd-weight NDR texts); https://github.com/gophish/gophish/issues/3231; sisimai/rb-sisimai set-of-emails/maildir/bsd/email-exim-56.eml; https://postmaster.tdc.dk/fejlmeddelser/fpo/452-4-5-0-policy-based-throttling",
  },
  {
    cause: "rate-limited",
    pattern: /\bMail flood detected\b|\bthrottled for exceeding\b/i,
    confidence: 0.88,
    example: "554 5.7.28 Mail flood detected;",
    source: "Sophos Central Email: 'Mail flood detected' (help); SmarterMail domain throttling notice",
  },
  {
    cause: "rate-limited",
    pattern: /\bThrottled - try again later\b|\bThrottled\b(?= .{0,40}(?:try again|later|RL\d+))/i,
    confidence: 0.88,
    example:
      "421 resimta-po-18v.sys.comcast.net resimta-po-18v.sys.comcast.net 203.0.113.239 Throttled - try again later. TFaqdRTZSZ3s0 Please see http://postmaster.comcast.net/smtp-error-codes.php#RL000002",
    source: "http://postmaster.comcast.net/smtp-error-codes.php (RL000002: throttled for sending too fast)",
  },
  {
    cause: "rate-limited",
    pattern: /\bexceeded (?:its |the )?transfer quota\b/i,
    confidence: 0.88,
    example: "452 4.7.28 mx.example.com Session exceeded transfer quota.",
    source: "stalwartlabs/stalwart crates/smtp (session transfer limits)",
  },
  {
    cause: "rate-limited",
    pattern: /\bexceeded the rate limit\b|\bfiltered by IP Rate Control\b/i,
    confidence: 0.88,
    example:
      "421 PR(dt1) The mail server IP connecting to Windows Live Hotmail server has exceeded the rate limit allowed on this connection.",
    source:
      "http://www.symantec.com/connect/forums/error-452-too-many-recipients-received-hour-will-these-messages-be-sent-again-brightmail; https://manual.daouoffice.co.kr/hc/ko/articles/900006085086 (TMSe: filtered by IP Rate Control)",
  },
  {
    cause: "rate-limited",
    pattern: /\bmessage count quota exceeded\b/i,
    confidence: 0.85,
    example: "message count quota exceeded",
    source: "https://kunden.aditsystems.de/wiki/email/message_count_quota",
  },
  {
    cause: "rate-limited",
    pattern: /\bmax \d+ (?:requests|messages|mails|e-?mails|recipients) per (?:hour|day|minute)\b/i,
    confidence: 0.88,
    example: "450 4.7.1 <user@example.com>: Sender address rejected: sorry, max 2 requests per hour.",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/1476 (postfwd)",
  },
  {
    cause: "rate-limited",
    pattern: /\brestricted due to heavy usage\b/i,
    confidence: 0.85,
    example: "Your IP address has been restricted due to heavy usage.",
    source: "https://www.telserco.com/hosting-notices/throttling-sending/",
  },
  {
    cause: "rate-limited",
    pattern: /\bRATELIMITED\b/i,
    confidence: 0.85,
    example: "RATELIMITED (0) [to(RLtqzparnjyoujkrdy1ggen5re)]",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/5168",
  },
  {
    // A connection-rate limit named without the words "limit exceeded" (Ghent University's gateway).
    cause: "rate-limited",
    pattern: /\bConnection Rate\b/i,
    confidence: 0.85,
    example: "421 4.5.1. Connection Rate - See https://helpdesk.ugent.be/email/",
    source: "https://helpdesk.ugent.be/email/faq.php",
  },
  {
    // A sending-rate limit in so many words (Amazon SES, a relay service, Free's French "sending quota exceeded").
    cause: "rate-limited",
    pattern:
      /\b(?:sending|send|message|hourly|daily) rate (?:limit )?exceeded\b|\bquota d'envoi\b[^.\n]{0,20}\bdépassé/i,
    confidence: 0.88,
    example: "554 Sending rate exceeded",
    source:
      "https://github.com/PHPMailer/PHPMailer/discussions/2696; https://portal.iridis.uk/?action=article&cmd=knowledgebase&id=254; https://github.com/roundcube/roundcubemail/issues/5908",
  },
  {
    // A quota on what is sent (sending, submission, relay, traffic), exceeded or about to be: a
    // sending cap, not the recipient's mailbox quota. All 26 corpus replies naming one are rate limits.
    cause: "rate-limited",
    pattern:
      /\b(?:sending|send|submission|traffic|outgoing|relay|message) quota\b[^\n]{0,30}?\b(?:exceeded|reached)\b|\bover your relay quota\b/i,
    confidence: 0.9,
    example: "450 4.7.1 <user@example.com>: Recipient address rejected: smtp traffic quota has been exceeded",
    source:
      "https://github.com/benningm/mtpolicyd/blob/HEAD/lib/Mail/MtPolicyd/Plugin/Quota.pm; https://github.com/WWBN/AVideo/issues/7527; https://github.com/iiuni/projektzapisy/issues/766",
  },
  {
    // A sending service's account quota (MailerSend #MS42204).
    cause: "rate-limited",
    pattern: /\baccount (?:has )?reached its (?:e-?mail |sending |monthly |daily )?quota\b/i,
    confidence: 0.85,
    example:
      "Net::SMTPServerBusy 450 Your account reached its email quota limit. Contact support to increase it. #MS42204 Your account reached its email quota limit. Contact support to increase it. #MS42204",
    source: "https://github.com/geeksforsocialchange/PlaceCal/issues/2297",
  },
  {
    // cPanel's hourly cap on a domain's deferred and failed deliveries: sending resumes within the hour once fewer messages bounce; hosts document it as a sending limit.
    cause: "rate-limited",
    pattern: /\bexceeded the max defers and failures\b/i,
    confidence: 0.9,
    example:
      "Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.",
    source:
      "https://my.ultrawebhosting.com/knowledgebase/392/cPanel-Max-Defers-Occurring-for-an-Account.html; https://www.my.hostking.host/knowledgebase/201204705/Domain-example.com-has-exceeded-the-max-defers-and-failures-per-hour-5or5-100-allowed.html?language=romanian; https://billing.netkl.com/knowledgebase/152/-Domain-has-exceeded-the-max-defers-and-failures-per-hour-5or5-100-allowed.-Message-discarded.----cPanel.html",
  },
  {
    // Aruba's and Forpsi's outgoing servers (one platform: Aruba, Forpsi, konto.pl, ASPone) answer "<session id> policy violation" when an account or IP goes over the sending limits; their help pages list the limits behind it. One of their articles uses the same text for a block after mail to spam-trap-like addresses.
    cause: "rate-limited",
    pattern: /\b[A-Za-z0-9]{20,26} policy violation\b/,
    confidence: 0.72,
    example: "5.1.0 piWs1j0010jifNx01iWsdh policy violation",
    source:
      "https://support.konto.pl/kb/a2164/blad-5_1_0.aspx; https://support.konto.pl/kb/a2765/blad-policy-violation-e-maile-w-kolejce-z-adresu-ip.aspx; https://wiki.aspone.cz/SMTP_server_-_limity; https://guide.arubabusiness.it/email/configurazioni-email-arubabusiness/errori-comuni-invio-ricezione-posta",
  },
  {
    cause: "rate-limited",
    pattern: /\bexceeded (?:(?:their|its|the|your) )?(?:message |sending |send )?rate ?limit\b/i,
    confidence: 0.88,
    example:
      "421 PR(dt1) The mail server IP connecting to Windows Live Hotmail server has exceeded the rate limit allowed on this connection. If you are not an e-mail/network admin please contact your E-mail/Internet Service Provider for help. For e-mail delivery information, please go to",
    source:
      "http://www.symantec.com/connect/forums/error-452-too-many-recipients-received-hour-will-these-messages-be-sent-again-brightmail; https://pastebin.com/pEBS5hy4; https://pastebin.com/cVhrByU6; ActiveCampaign/smtp-field-manual data/codes/450.json@18308e080ad04db3d1d6f018523225e50a42f5fe",
  },
  {
    cause: "rate-limited",
    pattern: /\blimits for how many messages can be sent per hour\b/i,
    confidence: 0.88,
    example:
      "DC8BD1641F1: host mx3.hotmail.com[198.51.100.152] said: 421 RP-001 (SNT0-MC2-F19) Unfortunately, some messages from 203.0.113.177 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day. You can also refer to http://mail.live.com/mail/troubleshooting.aspx#errors. (in reply to MAIL FROM command)",
    source: "https://pastebin.com/dW4JrGn7",
  },
  {
    // A sending cap named as such (daily or hourly limit or quota, reached or exceeded), as Gmail, Amazon SES, Microsoft 365, cPanel hosts and mail services word it.
    cause: "rate-limited",
    pattern:
      /\b(?:daily|hourly) (?:user )?(?:send(?:ing)? |message |e-?mail |outgoing |recipient )?(?:limit|quota)\b[^\n]{0,20}?\b(?:reached|exceeded)\b/i,
    confidence: 0.9,
    example: "SMTPDataError: (550, b'5.4.5 Daily user sending quota exceeded. j37sm5180744wre.54 - gsmtp')",
    source:
      "https://github.com/iiuni/projektzapisy/issues/766; https://hromadnaposta.cz/podpora/reseni-problemu/111-error-550-545-daily-sending-quota-exceeded-gsmtp; https://github.com/EFForg/action-center-platform/issues/874; code index id 56699114257 (email service classifyFailure comment); modoboa/modoboa modoboa/policyd/core.py (FAILURE_ACTION, check_limits) [reply rendered as Postfix renders a policy defer_if_permit at RCPT]; https://emailit.com/de/docs/kb/429-rate-limit-exceeded/; https://support.webcentral.au/docs/email-sending-restrictions; Amazon SES developer guide, section on errors related to sending quotas (stored copy code index id 7372151158)",
  },
  {
    cause: "rate-limited",
    pattern:
      /\b(?:send(?:ing)?|message|e-?mail|outgoing|queue)(?: count)? (?:limit|quota)(?: limit)? (?:reached|exceeded)\b/i,
    confidence: 0.9,
    example: "SMTPDataError: (550, b'5.4.5 Daily user sending quota exceeded. j37sm5180744wre.54 - gsmtp')",
    source:
      "https://github.com/iiuni/projektzapisy/issues/766; https://hromadnaposta.cz/podpora/reseni-problemu/111-error-550-545-daily-sending-quota-exceeded-gsmtp; https://github.com/ActiveCampaign/smtp-field-manual/issues/42; https://github.com/go-gomail/gomail/issues/174; https://github.com/EFForg/action-center-platform/issues/874; https://pastebin.com/v3bkLPK5; code index id 56699114257 (email service classifyFailure comment); https://emailit.com/de/docs/kb/429-rate-limit-exceeded/",
  },
  {
    cause: "rate-limited",
    pattern: /\breached your daily limit\b/i,
    confidence: 0.9,
    example:
      "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients",
    source:
      "Microsoft Messaging Protection Wiki 'Troubleshooting Restricted Senders, Tenants, and IPs' (public imported copy, code index id 51881386146); https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/2729; https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online (MicrosoftDocs/SupportArticles-docs: Exchange/ExchangeOnline/email-delivery/ndr/non-delivery-reports-in-exchange-online.md)",
  },
  {
    cause: "rate-limited",
    pattern: /\bexceeded its daily limit\b/i,
    confidence: 0.9,
    example:
      "Remote server returned '550 5.7.233 - Your message can't be sent because your\ntenant has exceeded its daily limit for sending email to external recipients\n(tenant external recipient rate limit).'",
    source: "code index id 66748579751 (project readiness audit quoting an NDR from the production mailbox)",
  },
  {
    cause: "rate-limited",
    pattern: /\bDaily limit (?:has been exceeded|reached)\b/i,
    confidence: 0.9,
    example: "450 4.7.1 <user@example.com>: Recipient address rejected: Daily limit reached, retry later",
    source:
      "modoboa/modoboa modoboa/policyd/core.py (FAILURE_ACTION, check_limits) [reply rendered as Postfix renders a policy defer_if_permit at RCPT]; https://support.webcentral.au/docs/email-sending-restrictions; https://support.tppwholesale.com.au/hc/en-gb/articles/360007386298-Are-there-any-email-sending-restrictions-",
  },
  {
    cause: "rate-limited",
    pattern:
      /\b(?:messages?|rcpts?|recipients?|requests?|e-?mails?) (?:allowed )?per (?:\d+ ?)?(?:hours?|24 hours|days?|minutes?|h|min)\b|\b(?:sending|retrying) too fast\b/i,
    confidence: 0.85,
    example: "Number messages per hour exceeded",
    source:
      "https://resellerspanel.com/articles/cloud-web-hosting-articles/email/limits-and-restrictions-for-outgoing-emails; https://github.com/deltachat/deltachat-core/issues/647; https://pastebin.com/Nprv6CmY; https://www.emailquestions.com/threads/smtp-and-sending-limits-for-charter-email.1032/; https://forums.cpanel.net/threads/email-quota.697029/; code index id 53190881909 (web page about rejected messages quoting policyd-weight NDR texts); https://forums.cpanel.net/threads/what-happens-when-a-user-receives-this-message-domain-xxx-yyy-has-exceeded-the-max-emails-per-hour-250-200-125-allowed.703725/; https://git.oopen.de/install/mailsystem/raw/commit/3eb53b54635f88f84864097f58bd10ab58a94c61/DOC/postfwd/README.default-rate-limits",
  },
  {
    // The sender went over a cap on how much it may send (per minute, hour or account): wait or send less, the settings are not at fault.
    cause: "rate-limited",
    pattern:
      /\bMaximum (?:number of )?(?:messages|e-?mails|mails)(?: sent)? per (?:client and )?(?:minute|hour|day)\b|\bexceeded (?:the )?hour(?:ly)? limit\b|\btoo many recent messages\b|\breached (?:its|your) (?:e-?mail |sending )?(?:quota|limit)\b|\blimits for your account are exceeded\b|\boutgoing limits\b|\bheavy usage\b|\bQuota d'envoi\b|\bSpam limit has been reached\b|\bpolicy based throttling\b/i,
    confidence: 0.87,
    example: "Quota d'envoi de mails dépassé",
    source:
      "http://www.muug.ca/pipermail/roundtable/2008-March/001665.html; https://www.manualowl.com/m/D-Link/DFL-860E/Manual/316543?page=54; fm/smtp-codes data/codes/452.json (https://smtp.codes/452); https://github.com/gophish/gophish/issues/3231; https://postmaster.tdc.dk/fejlmeddelser/fpo/452-4-5-0-policy-based-throttling; https://pastebin.com/jA77NHFE; https://www.telserco.com/hosting-notices/throttling-sending/; https://github.com/roundcube/roundcubemail/issues/5908",
  },
  {
    // The words 'rate limit' alone: weaker than a provider's own wording, which may say why (reputation, SPF).
    cause: "rate-limited",
    pattern: /\brate[- ]?limit(?:ed|ing|s)?\b|\blimit of \d+ recipients\b/i,
    confidence: 0.62,
    example: "450 rate-limited, try again later",
    source:
      "https://github.com/chrj/smtpd/blob/6636a60c24e82d3f575da882d8ff7a27d9e5b1fa/middleware/rate_limit.go; https://github.com/inbucket/inbucket/blob/00dad88bde48301460742f2944a0c531aa21b5b5/pkg/server/smtp/handler.go; https://github.com/putyourlightson/craft-campaign/issues/451; https://new-faq.comservice-ffo.de/smtp-fehlermeldungen-e-mail-fehler/",
  },
  {
    // Amazon EC2 throttles mail sent out of port 25 from an instance until the limit is lifted on request.
    cause: "rate-limited",
    pattern: /\breached a limit on the volume of email you were able to send out of SMTP port 25\b/i,
    confidence: 0.85,
    example:
      "Dear EC2 Customer,\\nYou recently reached a limit on the volume of email you were able to send out of SMTP port 25 on your instance:",
    source: "http://frmmpgit.blog.fc2.com/blog-entry-107.html",
  },
  {
    // The family: a cap on sending (messages, recipients, an hourly or daily quota, spam) reached or
    // exceeded, however worded. A quota alone is a mailbox's (recipient-mailbox-full): not this.
    cause: "rate-limited",
    pattern:
      /\b(?:sending|send|hour(?:ly)?|daily|outmail|outgoing|messages?|mails?|recipients?|spam|RCPT|d'envoi(?: de mails)?)\s(?:limit|quota|threshold)\b(?:[^.;\n]{0,25}?)\b(?:has been |is |was )?(?:reached|exceeded|achieved|dépassé)\b|\boutbound quota (?:fulfilled|reached|exceeded)\b|\b(?:exceeded|reached) (?:your |the |its |our |an? )?(?:sending|send|sender|IP|hour(?:ly)?|daily|outmail|outgoing|messages?|mails?|recipients?|spam|RCPT|d'envoi(?: de mails)?)\s(?:limit|quota)\b|\bexceeded (?:the )?(?:hour|day) limit\b|\blimits? (?:for|on) how many messages\b|\bmaximum number of recipients\b[^.;\n]{0,30}\bexceeded\b|\bLimit of \d+ recipients exceeded\b|\bnumber of RCPT attempts\b[^.;\n]{0,30}\bmaximum\b|\bQuota d'envoi\b[^.;\n]{0,20}\bdépassé\b/i,
    confidence: 0.85,
    example: "4.5.9|Spam limit has been reached. Connection closed by foreign host.",
    source:
      "http://www.muug.ca/pipermail/roundtable/2008-March/001665.html; https://github.com/gophish/gophish/issues/3231; https://support.prolateral.com/index.php?/Knowledgebase/Article/View/187/35/what-does-smtp-554-571-mean; http://bestwisewords.com/document_detail/36612.html; https://github.com/inbucket/inbucket/blob/00dad88bde48301460742f2944a0c531aa21b5b5/pkg/server/smtp/handler.go (mailHandler RCPT, len(s.recipients) >= s.config.MaxRecipients) [reply rendered with the default limit 200]; https://docs.seppmail.com/en/cloud/c05_sca_01_ia_03_seppmail-cloud-spamfilter-standalone.html; https://github.com/roundcube/roundcubemail/issues/5908; https://www.weboke.nl/knowledgebase/31/You-uw-accountnaam-have-reached-your-message-limit-or-XX-emails-have-been-sent-yesterday-by-XXX.html; https://pastebin.com/dW4JrGn7; easydns/chapps config defaults (code index id 16437285)",
  },
  {
    // The family: a cap stated as a number per period ("limited to 100 messages / hour"), or a
    // sender refused for sending too often.
    cause: "rate-limited",
    pattern:
      /\blimited to \d+ (?:messages|e-?mails|mails|recipients)\s*(?:\/|per)\s*(?:hour|day|minute)\b|\b(?:hourly|daily) (?:forwarding|relay|recipient|message) (?:limit|quota)\b[^.;\n]{0,20}?\b(?:reached|exceeded)\b|\btoo frequent(?:ly)? sending\b|\bsending too frequently\b/i,
    confidence: 0.85,
    example: "554 Your account is on probation and domains are limited to 100 messages / hour.",
    source:
      "https://github.com/pivorakmeetup/pivorak-web-app/issues/711; Chinese README of a Java mail service using RabbitMQ (code index id 17901532969); Go go-smtp forwarding service queueSMTPError (code index id 54325354554)",
  },
  {
    // "Slow down": the server asks the client to send more slowly (too many connections or messages).
    cause: "rate-limited",
    pattern: /\bslow down\b/i,
    confidence: 0.8,
    example: "451 4.7.0 slow down, try again in a minute",
    source:
      "go-smtp inbound server with per-IP gates, smtpSession.Mail (code index id 57136515586); https://bentonow.com/smtp-errors/orange",
  },
  {
    // Too many sessions or connections from one host, however qualified (sendmail's "too many SMTP
    // sessions for this host", "too many open connections").
    cause: "rate-limited",
    pattern: /\btoo many (?:smtp|open|simultaneous|parallel) (?:connections|sessions)\b/i,
    confidence: 0.8,
    example: "too many smtp sessions for this host",
    source: "https://github.com/sisimai/p5-sisimai/blob/HEAD/lib/Sisimai/Reason/TooManyConn.pm",
  },
  {
    // The family: a daily (hourly, monthly) sending cap exceeded, the verb first and however
    // spelled ("You have exceed daily message limit", "exceeded the daily sending quota").
    cause: "rate-limited",
    pattern:
      /\bexceed(?:ed|s|ing)? (?:the |your |its |their )?(?:daily|hourly|monthly|per[- ]?day|per[- ]?hour) (?:(?:message|messages|sending|send|e-?mail|mail|recipient|outgoing|outbound) )*(?:limit|quota|cap)s?\b/i,
    confidence: 0.88,
    example: "You have exceed daily message limit,for single send email",
    source:
      "code index id 10032417564 (Chinese Node.js cold-chain platform constants, EMAIL_RESPONSE_CODE / EMAIL_ERROR_CODES, DAILY_LIMIT)",
  },
  {
    // The family: "excessive" rate, volume or number of recipients or messages (Microsoft's
    // "Excessive message rate from sender", "Security policy: Excessive number of recipients"), and
    // "too many recipients" misspelt "to many".
    cause: "rate-limited",
    pattern:
      /\bexcessive (?:number of (?:recipients|messages|rcpts?)|(?:message|sending|mail|connection) rate|volume)\b|\bto many recipients\b/i,
    confidence: 0.85,
    example: "503 Security policy: Excessive number of recipients",
    source:
      "Java ESMTP server SMTPProcessor message constants, MESSAGE_EXCESS_RCPT (code index id 24113679266); vSMTP early SMTPReplyCode reply table (code index id 37388081113); Project issue write-up on SendAppointmentEmailJob SMTP failures (code index id 52616205146); https://support.apple.com/en-us/HT204137 (iCloud: deferred due to excessive volume)",
  },
  {
    // The family: a sending, SMTP or message limit exceeded or reached, however named ("566 SMTP
    // limit exceeded", "sending limit reached"); 9 of 9 corpus replies with these words.
    cause: "rate-limited",
    pattern:
      /\b(?:smtp|sending|send|mail|e-?mail|message|outgoing|outbound) limits? (?:has been |was |is )?(?:exceeded|reached)\b/i,
    confidence: 0.85,
    example: "566 SMTP limit exceeded",
    source: "code index id 30498753747 (French CTF write-up 'wonkachall2019', step 2 stack trace)",
  },
  {
    // Portuguese (Locaweb and other Brazilian hosts): "you reached the maximum sending limit: 1000
    // messages in 60 minutes".
    cause: "rate-limited",
    pattern: /\batingiu o limite (?:m[aá]ximo )?de envio\b/i,
    confidence: 0.9,
    example:
      "com.sun.mail.smtp.SMTPSendFailedException: 454 Atencao: voce atingiu o limite maximo de envio: 1000 mensagens em 60 minuto(s). Apos este periodo o envio volta ao normal.",
    source:
      "code index id 35358808242 (Java mail sender with SMTPSendFailedException handling, Portuguese provider reply)",
  },
  {
    // Exchange's resolver: the message has more recipients than the sender may address at once
    // (its recipient limit), "550 5.5.3 RESOLVER.ADR.RecipLimit".
    cause: "rate-limited",
    pattern: /\bRESOLVER\.ADR\.RecipLimit\b/i,
    confidence: 0.9,
    example: "550 5.5.3 RESOLVER.ADR.RecipLimit",
    source: "https://github.com/sisimai/p5-sisimai/blob/HEAD/lib/Sisimai/Lhost/Exchange2007.pm",
  },
  {
    // The concept: a cap on the number of recipients (per message, per session or per attempt),
    // however worded, as one phrasing: "too many recipients", "Limit of 200 recipients exceeded",
    // "maximum number of recipients … exceeded", "the number of RCPT attempts is achieved the
    // maximum threshold", "One recipient per message". All 35 corpus replies with these words are
    // limits (the catalogue's 452 4.5.3). A server taking one recipient per transaction ("only one
    // recipient at a time", "Will not accept multiple recipients in one transaction") is a phrasing
    // of its own, from two sources (salmon's server, the Exim wiki's ACL).
    cause: "rate-limited",
    pattern:
      /(?:\b(?:too|to) many (?:rcpts?|recipients)\b|\b(?:limit|max(?:imum)?)(?: number)? of (?:\d+ )?(?:rcpts?|recipients)\b|\b(?:rcpts?|recipients?) (?:limit|count|number) (?:exceeded|reached)\b|\bnumber of (?:rcpts?|RCPT attempts|recipients)\b[^.;\n]{0,40}?\b(?:exceed\w*|maximum|limit|threshold)\b|\bone recipient per (?:message|mail)\b)|(?:\bone recipient at a time\b|\b(?:not|won[’']?t) accept multiple recipients\b)/i,
    confidence: 0.85,
    example: "552 Limit of 200 recipients exceeded",
    source:
      "https://github.com/moggers87/salmon/blob/05ded0768fae8b2882d4be1c018bb8ad7f309851/salmon/server.py; Exim wiki page on one-recipient-per-message RCPT ACL (code index id 38881268601); https://github.com/inbucket/inbucket/blob/00dad88bde48301460742f2944a0c531aa21b5b5/pkg/server/smtp/handler.go (mailHandler RCPT, len(s.recipients) >= s.config.MaxRecipients) [reply rendered with the default limit 200]; https://docs.seppmail.com/en/cloud/c05_sca_01_ia_03_seppmail-cloud-spamfilter-standalone.html; http://bestwisewords.com/document_detail/36612.html; vSMTP early SMTPReplyCode reply table (code index id 37388081113); http://www.symantec.com/connect/forums/error-452-too-many-recipients-received-hour-will-these-messages-be-sent-again-brightmail",
  },
  {
    // Too many MAIL transactions in one connection: the server's limit on messages per session.
    cause: "rate-limited",
    pattern: /\btoo many (?:MAIL )?transactions\b/i,
    confidence: 0.85,
    example: "554 Too many MAIL transactions in the same connection",
    source:
      "https://github.com/grommunio/gromox/blob/005105cc27b89f365a813f951386cc3723e64e40/mda/smtp/smtp_parser.cpp",
  },
  {
    // The family: a sending, relay, daily or hourly quota or limit reached or exceeded, in several
    // languages ("over your relay quota", "outbound quota fulfilled", "Quota d'envoi de mails
    // dépassé", "limite maximo de envio", "limited to 100 messages / hour", "messages per
    // second"): 103 of the 106 corpus replies with these words. A mailbox's quota is not this.
    cause: "rate-limited",
    pattern:
      /\b(?:sending|send|relay|outbound|outgoing|envio|d'envoi(?: de mails)?|daily|hourly|message|messages|mail|e-?mail|rate|submission)\s(?:quota|limite?)\b[^.\n]{0,20}?\b(?:exceeded|dépassée?|reached|fulfilled|atingido|superado|überschritten)\b|\b(?:quota|limite?) (?:d'envoi|de envio|of (?:sending|messages|e-?mails|mails))\b[^.\n]{0,20}?\b(?:exceeded|dépassée?|reached|atingido|superado)\b|\b(?:exceeded|reached|atingiu|fulfilled)\b[^.\n]{0,30}?\b(?:sending|send|relay|outbound|outgoing|envio|message|messages|mail|e-?mail|daily|hourly|rate) (?:quota|limite?)\b|\blimited to \d+ (?:messages|mails|e-?mails|recipients)\b|\b(?:messages|mails|e-?mails|recipients) per (?:second|minute|hour|day|session)\b|\blimite maximo de envio\b/i,
    confidence: 0.85,
    example:
      "554 Your account is on probation and domains are limited to 100 messages / hour. Account will be enabled in 341 seconds",
    source:
      "https://github.com/pivorakmeetup/pivorak-web-app/issues/711; https://github.com/roundcube/roundcubemail/issues/5908; https://github.com/WWBN/AVideo/issues/7527; code index id 35358808242 (Java mail sender with SMTPSendFailedException handling, Portuguese provider reply); easydns/chapps config defaults (code index id 16437285); https://emailit.com/docs/smtp/troubleshooting/",
  },
  {
    // A receiver that says it throttled the sender (Comcast's "Throttled - try again later",
    // RL codes; "Sender is throttled"): a rate limit, below wording that names spam or reputation.
    cause: "rate-limited",
    pattern: /\bthrottled\b/i,
    confidence: 0.7,
    example:
      "host mx2.mxge.comcast.net[96.114.1.1] said: 451 4.2.0 Throttled - https://postmaster.comcast.net/smtp-error-codes.php#RL000010",
    source:
      "Postfix log parser offline test scripts/parser-test.mjs, REAL_WORLD cases (code index id 71339755154)",
  },
  {
    // A count against a rate, as smtpf words its limits ("connections 31 exceed 30/60s",
    // "null-sender messages 11 … exceed 10/60s").
    cause: "rate-limited",
    pattern: /\bexceeds? \d+ ?\/ ?\d+ ?(?:s|sec|m|min|h)\b/i,
    confidence: 0.85,
    example: "421 4.3.2 client mail.example.com [198.51.100.7] connections 31 exceed 30/60s #522",
    source:
      "https://github.com/SirWumpus/smtpf/blob/05feb73615164280bee2daba10ace05ae3a48a5f/src/rate.c; smtpf null-sender rate filter, nullUpdate/Null-Rate-To (code index id 17351740418)",
  },
  {
    // A count of messages per minute, hour or day that has been reached.
    cause: "rate-limited",
    pattern:
      /\b(?:e-?mails?|messages?|mails?) (?:sent )?per (?:client and )?(?:minute|hour|day)\b[^.\n]{0,30}?\b(?:reached|exceeded)\b/i,
    confidence: 0.88,
    example: "455 Maximum messages sent per minute reached : limit is <limit>",
    source:
      "https://www.manualowl.com/m/D-Link/DFL-860E/Manual/316543?page=54; https://docs.oracle.com/ja-jp/iaas/Content/Email/Concepts/troubleshooting.htm",
  },
  {
    // A cap stated as a count over a time ("100 messages / hour", "1000 mensagens em 60 minuto(s)",
    // "10 messages per day").
    cause: "rate-limited",
    pattern:
      /\b\d+ ?(?:messages|mails|e-?mails|mensagens|recipients)\b ?(?:\/|per|em|an|a|in) ?(?:\d+ )?(?:hours?|minutes?|minutos?|minuto\(s\)|horas?|days?)\b/i,
    confidence: 0.85,
    example:
      "Net::SMTPFatalError: 554 Your account is on probation and domains are limited to 100 messages / hour.",
    source:
      "https://github.com/pivorakmeetup/pivorak-web-app/issues/711; code index id 35358808242 (Java mail sender with SMTPSendFailedException handling, Portuguese provider reply)",
  },
  {
    // The family: the sender throttled, by policy or by rate ("policy based throttling",
    // "Throttled - try again later"): 20 of 25 corpus replies speaking of throttling are rate
    // limits. Below the wording that names spam as the reason (ip-reputation).
    cause: "rate-limited",
    pattern: /\bthrottl(?:ed|ing)\b/i,
    confidence: 0.7,
    example: "452 4.5.0 policy based throttling ([ip-address])",
    source:
      "https://postmaster.tdc.dk/fejlmeddelser/fpo/452-4-5-0-policy-based-throttling; https://postmaster.comcast.net/smtp-error-codes.php",
  },
  {
    // Too many connections counted against this client (from its IP or host, "your", "slow down"):
    // a per-client limit (25 of 32 corpus replies). A bare "too many connections", the server's own
    // cap for everyone, is server-busy's reading (18 of 29); a bare "too many concurrent connections"
    // is read at 0.6 below, with server-busy beside it.
    cause: "rate-limited",
    pattern:
      /\btoo many (?:concurrent |smtp |simultaneous |open )*(?:connections?|sessions?|connects?)\b(?=[^\n]{0,80}\b(?:from|per (?:ip|host|client)|your|slow down|for this host)\b|[^\n]{0,80}\bIP\b)|\b(?:your|this) (?:IP|host|address)\b[^\n]{0,60}\btoo many (?:concurrent |smtp )*connections\b|\byou made too many connections\b/i,
    confidence: 0.9,
    example: "421 4.7.0 mail.example.com Error: too many connections from 203.0.113.5",
    source:
      "smtpd/qpsmtpd plugins/hosts_allow (hook_pre_connection, max_conn_ip); https://github.com/mailcow/mailcow-dockerized/issues/6911; https://github.com/modoboa/modoboa-installer/issues/92; https://github.com/sisimai/p5-sisimai/blob/HEAD/lib/Sisimai/Reason/TooManyConn.pm",
  },
  {
    // The family: a limit on how much or how fast this client sends was reached (recent messages, connections, a sending quota: 'quota dépassé').
    cause: "rate-limited",
    pattern:
      /\bmax(?:imum)? connection limits?\b|\bquota\b[^.\n]{0,30}\bdépassé|\bflow over limit\b|\btoo many (?:recent )?(?:messages|mails|e-?mails|MAIL transactions)\b(?! on the server| from a new)|\bdue to heavy usage\b/i,
    confidence: 0.8,
    example: "450 Too many messages",
    source:
      "public test file quoting a live Titan reply (code index id 69114881600); https://github.com/nodemailer/nodemailer-smtp-pool/issues/8; https://github.com/Mailu/Mailu/issues/2416; https://pastebin.com/V80548k6; https://mb-datasuite.com/en/docs/e-mail-300-399/; https://github.com/izmjs/izmjs/issues/26; fm/smtp-codes data/codes/452.json (https://smtp.codes/452); http://blog.frankleonhardt.com/tag/bt-internet/; https://www.telserco.com/hosting-notices/throttling-sending/; https://github.com/roundcube/roundcubemail/issues/5908; https://github.com/betagouv/conseillers-entreprises/issues/1756; https://github.com/hestiacp/hestiacp/issues/2666; https://github.com/deltachat/deltachat-android/issues/1694; https://github.com/easy-swoole/smtp/issues/21; Node submission rate-limit plugin, rlCheck (code index id 31761546553); Node test 'the provider's hourly rejection is recognised as throttling' (code index id 62708271423); PyMTA aiosmtpd gateway handler, handle_DATA max_envelopes_per_session (code index id 62323872004); https://github.com/szepeviktor/courier-pythonfilter/blob/HEAD/filters/ratelimit.py; code index id 54614053302 (French newsletter app SQL dump, newsletter_deliveries table); code index id 11511043457 (Laravel moderator-notification controller comment); code index id 58130727198 (Chinese SMTP error explanation tests, test_explains_flow_limit_without_naming_a_provider); https://github.com/Exim/exim/blob/001bf8f58763581d117edaa391aa13ac139eb39b/src/src/smtp_in.c; https://github.com/OpenSMTPD/OpenSMTPD/blob/0b1c010b8981aa4049f5b8d749efc9ca3a4d99ba/usr.sbin/smtpd/smtp_session.c (smtp_check_mail_from, mailcount >= sc_session_max_mails); https://github.com/grommunio/gromox/blob/005105cc27b89f365a813f951386cc3723e64e40/mda/smtp/smtp_parser.cpp; le0pard/go-falcon smtpd server session (Go), checkNeedAuthOrBlocked/handleData (code index id 48112944298); TypeScript inbound SMTP guard, createInboundGuard (code index id 54819674095); Booking app design notes on rate limiting and mail retries (Spanish) (code index id 58144685153); 'Email Rate Limit Fix' note, ticketing app (code index id 44811507811); code index id 59308846991 (French self-hosted mail stack README, 'Rate limit outbound'); Spanish purchase-order email fix note, section 'Mailtrap Limit' (code index id 25828795298); https://www.twilio.com/docs/email/concepts/deliverability/deferrals.md (Twilio SendGrid 'Deferrals', table 'Deferral messages and remediation'; stored copy code index id 56174282445); Java log-parsing snippet RecuperarDataStringLog with a real smtp-uol Postfix line (code index id 47095278368); https://github.com/hestiacp/hestiacp/blob/0c1b86ff61d51868bfe584127d2217ac534b9a1c/install/deb/exim/exim4.conf.template [ACL message text only; Exim adds the SMTP code]; code index id 69858145381 (TypeScript smtp-server front door 'branchLeft mail spool' for Ghost, createSmtpFrontDoor); https://client.cloud4u.com/index.php/knowledgebase/1041/Service-Restrictions-to-Prevent-Spam.html; https://github.com/aschroder/Magento-SMTP-Pro-Email-Extension/issues/94; https://hostingsupport.co.za/kb-article/most-common-mail-error-codes-explained-2/; https://github.com/swiftmailer/swiftmailer/issues/1093; fm/smtp-codes data/codes/550.json (smtp.codes, fetched snapshot f506d34) ; linked doc: https://www.secureserver.net/help/fix-rejected-email-with-a-bounce-error-40685?pl_id=3153&prog_id=3153#rlb",
  },
  {
    // The family: a cap on recipients per message or session was reached.
    cause: "rate-limited",
    pattern: /\b(?:maximum|max)(?: limit)?(?: of)? \S+ recipients (?:reached|exceeded)\b/i,
    confidence: 0.8,
    example: "452 Maximum limit of %v recipients reached",
    source: "repository p4rthk4/u2smtp path pkg server command handlers (code index id 11099631782)",
  },
  {
    // The family: a limit on sending was reached or exceeded ('You have reached a limit for sending mail', 'exceeded its daily limit for sending email', 'reached a limit on the volume of email').
    cause: "rate-limited",
    pattern:
      /\b(?:reached|exceeded|hit)\b[^.;\n]{0,40}\blimits?\b[^.;\n]{0,30}\b(?:send|sending|sent|mail|messages?|e-?mails?|volume)\b/i,
    confidence: 0.85,
    example: "You have reached a limit for sending mail.",
    source:
      "https://smtp.codes/outlook (data: fm/smtp-codes data/codes/554.json); code index id 66748579751 (project readiness audit quoting an NDR from the production mailbox); https://github.com/msgwing/ZeroSMTP/blob/877b118e74cc718118c5eae649142ec46b3b992e/docs/errors/5-7-233-tenant-daily-limit-external-recipients.md; https://github.com/msgwing/ZeroSMTP/blob/877b118e74cc718118c5eae649142ec46b3b992e/docs/errors/5-7-236-tenant-daily-limit-per-recipient.md; http://frmmpgit.blog.fc2.com/blog-entry-107.html; code index id 16218667885 (Barracuda outbound mail log excerpt, 2016-04-06); code index id 59863343788 (TypeScript bounce-reason classification tests, D140/D145); code index id 62436279709 (project note '2026-08-26 Gmail send limit'); code index id 60446379028 (Ateles module doc on silencing outbound email, 'Why this exists'); Microsoft Messaging Protection Wiki 'Troubleshooting Restricted Senders, Tenants, and IPs' (public imported copy, code index id 51881386146); https://support.mailprotector.com/hc/en-us/articles/360048244891-Common-Email-Bouncebacks; https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/2729; https://www.weboke.nl/knowledgebase/31/You-uw-accountnaam-have-reached-your-message-limit-or-XX-emails-have-been-sent-yesterday-by-XXX.html; https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online (MicrosoftDocs/SupportArticles-docs: Exchange/ExchangeOnline/email-delivery/ndr/non-delivery-reports-in-exchange-online.md)",
  },
  {
    // Too many concurrent connections or deliveries, with nothing that counts them against this client: a per-client limit as often as the server's own cap (24 rate-limited, 15 server-busy of the corpus replies that say so, 2026-12-03), so named at 0.6 with server-busy beside it. The per-client wording above ('from your IP') stays at 0.9.
    cause: "rate-limited",
    pattern: /\btoo many concurrent\w*|\bconcurrent connections\b/i,
    confidence: 0.6,
    example: "Too many concurrent connections",
    source:
      "https://github.com/spamgourmet/spamgourmet/issues/41; blog post 'Exchange 2010 and MaxInboundConnectionPerSource' (2012-09-15, public Jekyll blog repo; index id 15088329828), citing TechNet bb125140; https://github.com/haraka/Haraka/blob/029c0005153813034ac06302913c539f2a4f8bfc/plugins/limit.js; SEKOIA-IO/documentation _shared_content/operations_center/integrations/generated/eb727929-6a06-4e68-a09d-cf0e5daf3ccd_sample.md (Postfix raw event samples) [connection_limited]; https://onprem.wtf/post/exchange-2010-and-maxinboundconnectionpersource/; code index id 60246913173 (Korean platform notes: '\ub124\uc774\ubc84 \uba54\uc77c\uc744 \ubc1c\uc1a1 \uacc4\uc815\uc73c\ub85c \uc4f8 \ub54c \uacaa\uc740 \ubb38\uc81c\uc640 \ud574\uacb0'); https://github.com/nodemailer/nodemailer/issues/1613; https://pastebin.com/9ViZSXyu; https://pastebin.com/WNnATukB; haraka/haraka-plugin-limit index.js (code index); code index id 10032417564 (Chinese Node.js cold-chain platform constants, EMAIL_RESPONSE_CODE / EMAIL_ERROR_CODES, TOO_MANY_REJECT); code index id 40110835928 (OSRS.Persistance SystemLogger.cs EmailErrorMsg constant); https://github.com/dovecot/core/blob/addedc43dd4785aad176f1d6eb7c4a9cfc6a3cad/src/lmtp/lmtp-local.c (lmtp_local_rcpt_anvil_cb, parallel_count >= lmtp_user_concurrency_limit); https://github.com/SirWumpus/smtpf/blob/05feb73615164280bee2daba10ace05ae3a48a5f/src/concurrent.c; Go lmtp-login proxy session with anvilConnect and issueToken (code index id 58587618478); Project portal SMTP configuration doc, 'Common failures' table (code index id 62108120403); https://github.com/in2code-de/luxletter/issues/247; https://github.com/sabuhish/fastapi-mail/issues/75; Microsoft support article 'Message storage and concurrent connection throttling for SMTP Authenticated Submission' (stored copy code index id 4200371385); code index id 48974879869 (project note 'Email Service Robustness Improvements', GoDaddy SMTP); Rust RusMES SMTP server accept loop, per-IP connection limit (code index id 56113493977); https://github.com/kamilc/email_verifier/issues/15; fm/smtp-codes data/codes/421.json (smtp.codes, fetched snapshot f506d34); https://github.com/PHPMailer/PHPMailer/issues/2070",
  },
  {
    // A sending cap named as such (per day, per hour, per node): the volume, not the content.
    cause: "rate-limited",
    pattern: /\b(?:(?:daily|hourly|sending|send|message|outbound) )+cap (?:reached|exceeded|hit)\b/i,
    confidence: 0.85,
    example: "450 4.7.1 <user@gmail.com>: Recipient address rejected: daily send cap reached on this node",
    source: "code index id 60022135125 (a classifier's test of its own Postfix node's daily sending cap)",
  },
]);
