import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { MS_NDR, POSTFIX } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The recipient does not exist": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "recipient-unknown",
    pattern:
      /User unknown|(?:account|mail ?box|user|recipient)(?: that you tried to reach)? (?:does not|doesn't) exist|No such (?:user|mailbox|recipient)|RecipientNotFound|Recipient not found|marked as invalid|doesn't have a [\w.-]+ account|Invalid recipient|(?<!Excessive )unknown (?:user|recipient|mailbox)|mailbox not found|no mailbox (?:here|by that name)/i,
    confidence: 0.9,
    example:
      "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
    source: `${POSTFIX}/smtpd_check.c`,
  },

  {
    // The address itself said to be no (longer a) valid user or mailbox there: a bounce's own sentence.
    cause: "recipient-unknown",
    pattern:
      /\bnot a valid (?:user|recipient|mailbox)\b|\bnot an? (?:known|active) (?:user|address|recipient|mailbox)\b|\b(?:e-?mail )?address is (?:wrong or )?no longer valid\b|\bInvalid final delivery userid\b|\bUser not (?:known|on post office)\b/i,
    confidence: 0.88,
    example: "You sent mail to user@cfs.coop. That's not a valid user here.",
    source:
      "deltachat/deltachat-core-rust test-data/message/yahoo_ndn.eml; https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/HEAD/t/corpus/postfix-smtp-550.msg; https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/HEAD/t/corpus/warning-5.msg; https://github.com/jaredmauch/mailman2-python3/blob/HEAD/tests/bounces/simple_26.txt; https://github.com/jaredmauch/mailman2-python3/blob/HEAD/tests/bounces/simple_12.txt; https://github.com/jaredmauch/mailman2-python3/blob/HEAD/tests/bounces/smtp32_07.txt; https://github.com/jaredmauch/mailman2-python3/blob/HEAD/tests/bounces/simple_23.txt; code index id 7135543917 (Java bounce-parser class for Novell/GroupWise with a sample in comments); https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/7ecfa6248117be54fa1628118b1c48a08eb07173/t/corpus/cam-unknown.msg; https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/4657130ee23dcb34e709c27670c9e9f445f08a6d/t/corpus/user-unknown-not-active.msg; https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/043494ba004b82e9c3a5a13181ba3f3dc9795a53/t/corpus/user-unknown-not.msg",
  },
  {
    cause: "recipient-unknown",
    // Exchange Online's directory-based edge blocking says only this for an unknown recipient. It is
    // also Postfix's prefix for any recipient restriction ("Recipient address rejected: <why>"), so
    // the words after the prefix, and what the probe knows (was a login tried?), outrank it.
    // ("mailbox unavailable" alone, RFC 5321's stock text for any 550, names no cause at all.)
    pattern: /Recipient address rejected: Access denied\W*$/i,
    stages: ["rcpt"],
    requireStage: true,
    confidence: 0.55,
    example: "Recipient address rejected: Access denied",
    source: `${MS_NDR} (5.4.1)`,
  },

  {
    cause: "recipient-unknown",
    pattern:
      /User unknown|No such user|wasn't found at|\buser is terminated\b|not a valid RFC-?5321 address|invalid mailbox|(?:recipient|address|mailbox) (?:does not exist|not found|unknown)|no such (?:account|address)/i,
    confidence: 0.88,
    stages: ["rcpt", "data"],
    example:
      "550 Message was not accepted -- invalid mailbox. Local mailbox user@mail.ru is unavailable: user is terminated",
    source:
      "https://github.com/sisimai/p5-sisimai/issues/93; https://github.com/bwya77/O365-Admin-Center/issues/12; https://github.com/YunoHost-Apps/mailman_ynh/issues/6; https://github.com/docker-mailserver/docker-mailserver/issues/2033; https://github.com/jeboehm/docker-mailserver/issues/221; https://github.com/dirtsimple/poste.io/issues/26; https://github.com/manyuanrong/deno-smtp/issues/45; https://github.com/aschroder/Magento-SMTP-Pro-Email-Extension/issues/283",
  },
  {
    cause: "recipient-unknown",
    pattern:
      /Recipient address rejected: Domain not found|\buser not exists?\b|(?:account|user|mailbox)(?: that you tried to reach)? does no(?:t)? exists?/i,
    confidence: 0.88,
    example:
      "**Error type:** `Net::SMTPServerBusy`\n**Error message:** `` 450 4.1.2 <user@example.com>: Recipient address rejected: Domain not found ``\n**Where:** `password_resets#create`",
    source:
      "https://github.com/dyve-agency/zeitkit/issues/92; http://www.263gmail.js.cn/help/13/2.htm; https://www.dbmailserver.com/tui-xin-address-not-exist.htm",
  },
  {
    cause: "recipient-unknown",
    pattern: /recipient e-?mail adr?ess unknown/i,
    confidence: 0.9,
    example: "550 recipient e-mail adress unknown",
    source: "https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/",
  },
  {
    cause: "recipient-unknown",
    pattern:
      /not listed in (?:the )?(?:Domino )?Directory|adresse de messagerie .{0,40}n'existe pas|\bAddressee unknown\b/i,
    confidence: 0.9,
    example:
      "Your message\n\n  Subject: Your message to GPC-talk awaits moderator approval\n\nwas not delivered to:\n\n  userx@example.com\n\nbecause:\n\n  User userx (userx@example.com) not listed in Domino Directory",
    source:
      "warsaw/flufl.bounce flufl/bounce/tests/data/simple_11.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); warsaw/flufl.bounce flufl/bounce/tests/data/simple_13.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); Exim specification (exim4-doc-html 4.96) spec_html/ch-log_files.html",
  },
  {
    cause: "recipient-unknown",
    pattern:
      /unknown local user|Recipient Verification Failed\W+User Not Found|Recipient address reserved by RFC 2606|Recipient address rejected: need fully-qualified address/i,
    confidence: 0.88,
    stages: ["rcpt", "data"],
    example: "Server Response: 550 unknown local user",
    source:
      "https://www.bt.com/help/email/bt-email-problems--error-code-0x800ccc79--error-550-; https://github.com/jeremymcs/baruwa/issues/18; https://github.com/frappe/frappe/pull/8514; https://github.com/lokaler-kaufen/lokaler-kaufen-app/issues/74",
  },
  {
    // Yahoo's bounce for a closed mailbox says 'disabled or discontinued': the recipient is gone, not the sender's account.
    cause: "recipient-unknown",
    pattern: /\bUser not found\b|This account has been disabled or discontinued/i,
    confidence: 0.85,
    stages: ["rcpt", "data"],
    example: "ERROR -- : Can't use Channel::Driver::Smtp: #<Net::SMTPFatalError: 550 User not found>",
    source:
      "https://github.com/zammad/zammad/issues/2133; http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html; warsaw/flufl.bounce flufl/bounce/tests/data/yahoo_03.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3)",
  },
  {
    cause: "recipient-unknown",
    pattern: /\bXGEMAIL_0011\b/i,
    confidence: 0.85,
    stages: ["rcpt"],
    example: "XGEMAIL_0011",
    source:
      "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html",
  },
  {
    cause: "recipient-unknown",
    pattern: /can't accept user|\bInvalid[- ]Recipient\b/i,
    confidence: 0.82,
    stages: ["rcpt"],
    example: "550 can't accept user... (#5.7.1)",
    source:
      "http://www.sphere.ne.jp/support/news/2006/07/000027.html; https://smtp.codes/trendmicro (data: fm/smtp-codes data/codes/554.json)",
  },
  {
    cause: "recipient-unknown",
    pattern: /\bNot a valid recipient\b|\bRecipient not in route list\b/i,
    confidence: 0.88,
    example: "554: delivery error: dd Not a valid recipient - atlas117.free.mail.ne1.yahoo.com",
    source:
      "cfortune/PHP-Bounce-Handler eml samples (Yahoo failure notice); hmailserver/hmailserver SMTPConnection.cpp ('Recipient not in route list')",
  },
  {
    // GroupWise's delivery report for an address its post office does not hold.
    cause: "recipient-unknown",
    pattern: /\(User not on post office\)/i,
    confidence: 0.88,
    example:
      "The message that you sent was undeliverable to the following:=20\n\n\tmbathal (User not on post office)",
    source:
      "code index id 7135543917 (Java bounce-parser class for Novell/GroupWise with a sample in comments)",
  },
  {
    cause: "recipient-unknown",
    pattern: /This user doesn't have an? account/i,
    confidence: 0.85,
    stages: ["rcpt", "data"],
    example:
      "554-Transaction failed (id=50CB5C1F10C00000), maximum 8 recipients listed below:\nServer: server_ip Command:EODT Error:554 delivery error: dd This user doesn't have a account ( [0] -\n554 Transaction failed",
    source: "http://www-01.ibm.com/support/docview.wss?uid=swg21622401",
  },
  {
    // The recipient's account does not exist (or was found not to exist on an earlier attempt).
    cause: "recipient-unknown",
    pattern: /\bno such active account\b|\bpreviously reported as unknown\b/i,
    confidence: 0.85,
    example:
      "Reason: \"5.1.0 - Unknown address error\" Response: \"('550', ['There is no such active account.'])\"",
    source: "http://manualsbrain.com/ko/manuals/1602497/?page=194; https://all-inkl.com/en/mail-error/",
  },
  {
    cause: "recipient-unknown",
    pattern: /\b(?:account|mailbox|user) (?:was |has been )?deleted by (?:the )?(?:user|owner)\b/i,
    confidence: 0.85,
    stages: ["rcpt", "data"],
    example: ": Recipient address rejected: Account deleted by user (in reply to RCPT TO command)",
    source:
      "Ukrainian e-shop mailing module, later Celery tasks version with extended reason550 table (stored copy code index id 27252820770)",
  },
  {
    cause: "recipient-unknown",
    pattern: /\bEmail (?:does )?not exists?\b/i,
    confidence: 0.85,
    stages: ["rcpt", "data"],
    example: "reply: b'550 SL E515 Email not exist\\r\\n'",
    source:
      "Public repository report on SimpleLogin alias rejection with smtplib debug output (stored copy code index id 66643016828)",
  },
  {
    // qmail-style "550 #5.1.0 Address rejected" (GoDaddy's and others' MX): the recipient address is not accepted by the receiving domain.
    cause: "recipient-unknown",
    pattern: /#5\.1\.0 Address rejected\b/i,
    confidence: 0.85,
    stages: ["rcpt", "data"],
    example:
      "host 0815.maildomain.de[192.0.2.15] said: 550 #5.1.0 Address rejected. (in reply to RCPT TO command)",
    source:
      "https://github.com/ombegov/policy-v2/issues/138; https://pastebin.com/hkN3juHZ; https://pastebin.com/TuTFHMDq; https://coviserver.de/e-mail-geblockt",
  },
  {
    // The recipient's mailbox expired for lack of use, in Spanish ("Esta casilla ha expirado por
    // falta de uso", an Argentine provider's bounce, quoted by two bounce handlers' fixtures) or
    // English: closed, as an address that no longer exists.
    cause: "recipient-unknown",
    pattern:
      /\bcasilla ha expirado\b|\b(?:mailbox|account) (?:has )?expired (?:due to|for) (?:lack of use|inactivity)\b/i,
    confidence: 0.88,
    stages: ["rcpt", "data"],
    example: "<user@ubbi.com>: Esta casilla ha expirado por falta de uso.",
    source:
      "https://github.com/cfortune/PHP-Bounce-Handler/blob/HEAD/eml/4.eml; https://github.com/crazy-max/CwsMailBounceHandler/blob/HEAD/tests/emls/bounce_512_001.eml",
  },
  {
    // The recipient's account is switched off (disabled, inactive, discontinued): it cannot receive, whatever the sender does, as for an address that does not exist.
    // RFC 3463's X.2.1 ("mailbox disabled"). A sender's own disabled account is worded after "Sender address rejected:" or at the sign-in, and stays the sender's.
    // RFC 3463's own title for X.2.1 ("Mailbox disabled, not accepting messages") is left to the code: Zimbra's LMTP sends it as a 450.
    cause: "recipient-unknown",
    pattern:
      /(?<!Sender address rejected: )(?<!sending for this )\b(?:(?:e-?mail )?account|mailbox)(?: that you tried to reach)? (?:is |has been |was )?(?:disabled|inactive|deactivated|discontinued|frozen|blocked due to inactivity)\b(?! for this recipient|, not accepting messages)/i,
    confidence: 0.9,
    stages: ["rcpt", "data"],
    example:
      "Message from yahoo.com.\nUnable to deliver message to the following address(es).\n\n<userx@example.com>:\nSorry your message to userx@example.com cannot be delivered. This account has been disabled or discontinued.\n\n--- Original message follows.",
    source:
      "warsaw/flufl.bounce flufl/bounce/tests/data/yahoo_03.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html; https://github.com/learning-unlimited/ESP-Website/issues/3850; https://smtp.codes/mailru (data: fm/smtp-codes data/codes/550.json); https://smtp.codes/free (data: fm/smtp-codes data/codes/550.json); twisted1919/bounce-handler BounceHandler/rules.php; https://github.com/sisimai/p5-sisimai/blob/0a5bf6188940301628ee800e07985d72f5cbeaac/lib/Sisimai/Rhost/YahooInc.pm; Ubuntu Forums archive (https://github.com/Ubuntu-Community-Team/Ubuntu-Forums-Archive), New to Ubuntu thread 'Exim delivery failures for root', 2009-02-01 (code index id 56777712955)",
  },
  {
    cause: "recipient-unknown",
    pattern: /\bThis account is disabled or not yet active\b/i,
    confidence: 0.9,
    stages: ["rcpt", "data"],
    example:
      '550 "user@example.com": Podane konto jest zablokowane administracyjnie lub nieaktywne / This account is disabled or not yet active (#5.1.1)',
    source:
      "Rust SMTP bounce-reason classifier with provider reply patterns (stored copy code index id 70409125032)",
  },
  {
    cause: "recipient-unknown",
    pattern: /\brecipient address rejected: Inactive\b/i,
    confidence: 0.88,
    stages: ["rcpt", "data"],
    example: "smtp;540 5.7.1 <example@rambler.ru>: recipient address rejected: Inactive",
    source:
      "ActiveCampaign/smtp-field-manual:data/codes/540.json; fm/smtp-codes data/codes/540.json (https://smtp.codes/540)",
  },
  {
    cause: "recipient-unknown",
    pattern: /\bThis user doesn't have an? \S+ account\b/i,
    confidence: 0.88,
    stages: ["rcpt", "data"],
    example:
      "Sorry, we were unable to deliver your message to the following address.\n\n<user@yahoo.com>:\nRemote host said: 554 delivery error: dd This user doesn't have a yahoo.com account (user@yahoo.com) [0] - mta157.mail.sp2.yahoo.com [BODY]",
    source:
      "code index id 56740680626 (forum thread, post by CoyoteUK5 on 2011-08-24 pasting a Yahoo failure notice); code index id 43903786028 (Rust Postfix mail-log parser by a Korean developer, sample log lines in main()); fm/smtp-codes data/codes/554.json (smtp.codes, fetched snapshot f506d34); linked doc: https://postmaster.yahooinc.com/error-codes",
  },
  {
    // The recipient's address does not exist at the receiving domain, however its software words it.
    cause: "recipient-unknown",
    pattern:
      /\b(?:wasn't|was not) found at\b|\bno such (?:active )?account\b|\bunknown local user\b|\buser not exists?\b|\badd?ress unknown\b|\breported as unknown\b|\bnot on post office\b|\bnicht in \S+ gefunden\b/i,
    confidence: 0.88,
    stages: ["rcpt", "data"],
    example: "550 recipient e-mail adress unknown",
    source:
      "https://www.bt.com/help/email/bt-email-problems--error-code-0x800ccc79--error-550-; https://github.com/fschulze/jumpnbump/issues/3; code index id 7135543917 (Java bounce-parser class for Novell/GroupWise with a sample in comments); http://manualsbrain.com/ko/manuals/1602497/?page=194; https://all-inkl.com/en/mail-error/; http://www.263gmail.js.cn/help/13/2.htm; https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/; https://github.com/bwya77/O365-Admin-Center/issues/12",
  },
  {
    // qmail's validrcptto patch: the recipient is not a valid address there.
    cause: "recipient-unknown",
    pattern: /\bnot in my validrcptto list\b/i,
    confidence: 0.9,
    example: "553 sorry, this recipient is not in my validrcptto list (#5.7.1)",
    source: "https://pastebin.com/sRe9t6bn",
  },
  {
    // Yahoo's "dd" refusals concern the recipient's mailbox (missing or inactive); a more specific reason such as a full mailbox wins.
    cause: "recipient-unknown",
    pattern: /\bdelivery error: dd\b/i,
    confidence: 0.8,
    example: "554    delivery error: dd Requested mail action aborted",
    source: "https://wordtothewise.com/tag/bounce/",
  },
  {
    // The family: the recipient (user, address, account, mailbox) does not exist, was deleted, or is
    // unknown, however worded or misspelt ("user not exist", "adress unknown", "dosn't exist").
    // A sender verification's "the account or domain may not exist" has its own, stronger wording.
    cause: "recipient-unknown",
    pattern:
      /\b(?:user|recipient|address|adress|account|mailbox)\b[^.;\n]{0,25}?\b(?:not exists?|doesn'?t exist|dosn'?t exist|does not exist|deleted by user)\b|\bunknown local user\b|\bno such active account\b|\brecipient (?:e-?mail )?adr?ess unknown\b/i,
    confidence: 0.8,
    example: "550 recipient e-mail adress unknown",
    source:
      "http://www.263gmail.js.cn/help/13/2.htm; https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/; Ukrainian e-shop mailing module, later Celery tasks version with extended reason550 table (stored copy code index id 27252820770); http://manualsbrain.com/ko/manuals/1602497/?page=194; https://www.bt.com/help/email/bt-email-problems--error-code-0x800ccc79--error-550-",
  },
  {
    // The family, at RCPT TO: the recipient address as given is not well formed ("Bad recipient
    // address syntax", "Mailbox syntax incorrect"): no such mailbox can exist. 7 of 10 such corpus
    // replies at RCPT are labelled so; 3 are the client's own malformed command (protocol-error).
    cause: "recipient-unknown",
    pattern:
      /\b(?:bad|invalid|incorrect)\b[^\n]{0,20}?\b(?:recipient |destination |mailbox )?(?:address|mailbox) syntax\b|\bMailbox syntax incorrect\b/i,
    confidence: 0.6,
    stages: ["rcpt"],
    requireStage: true,
    example: "553 Mailbox syntax incorrect or mailbox not allowed",
    source:
      "https://www.yandex.com/support/mail/bounces/yandex.html; Rails mailer email_template method formatting recipients_with_names (code index id 28999182626); WeiyiGeek Jenkins e-mail notification troubleshooting article (Chinese) (code index id 605344399); Java mail sender class with MAILBOX_INCORRECT_ERROR_MASK constant (code index id 27322185510)",
  },
  {
    // The family: the local part (the name before @) is unknown in a domain the server accepts:
    // "unknown local user" (BT), Exim's and PHPMailer-BMH's "unknown local-part … in domain …".
    cause: "recipient-unknown",
    pattern: /\bunknown local[- ](?:part|user)\b/i,
    confidence: 0.9,
    example: 'unknown local-part "xxxxx" in domain "yourdomain.com"',
    source: "https://github.com/voku/PHPMailer-BMH/blob/HEAD/phpmailer-bmh_rules.php",
  },
  {
    // Domino and Notes in Japanese: "not found in the Domino Directory", "not in the directory list"
    // (the English "User not listed in Domino Directory").
    cause: "recipient-unknown",
    pattern: /Domino ディレクトリには見つかりません|ディレクトリのリストにありません/,
    confidence: 0.88,
    example: "Domino ディレクトリには見つかりません",
    source:
      "https://github.com/sisimai/p5-sisimai/blob/HEAD/lib/Sisimai/Lhost/Domino.pm; https://github.com/sisimai/p5-sisimai/blob/HEAD/lib/Sisimai/Lhost/Notes.pm",
  },
  {
    // The family: "the address couldn't be found" / "the address was not found" — Gmail's and
    // others' delivery reports for an address the destination does not have (a domain not found
    // says "the domain … couldn't be found"); a sender's address says so at MAIL FROM.
    cause: "recipient-unknown",
    pattern:
      /(?<!\b(?:sender|from|To, CC, or Bcc) )\b(?:the |this |e-?mail |recipient(?:'s)? )(?:e-?mail )?address (?:couldn't|could not|can't|cannot) be found\b|(?<!\b(?:sender|from) )\b(?:the |this |e-?mail |recipient(?:'s)? )(?:e-?mail )?address was not found\b/i,
    confidence: 0.75,
    stages: ["rcpt", "data"],
    example:
      "Could not send message: Message could not be delivered - the address was not found, is unknown, or is not receiving messages.",
    source:
      "https://github.com/sisimai/p5-sisimai/blob/HEAD/lib/Sisimai/Rhost/GSuite.pm; https://github.com/nextcloud/mail/issues/9498",
  },
  {
    // At RCPT: an "invalid user" is a recipient the server does not have ("505 Invalid User" from
    // a Go smtpd whose user lookup found nobody; "Invalid user address"). At AUTH the same words
    // are a login's, so only at the recipient's stages.
    cause: "recipient-unknown",
    pattern: /\binvalid (?:user|addressee)\b(?! ?(?:name|or password|and password|\/|credentials|id\b))/i,
    confidence: 0.8,
    stages: ["rcpt", "data"],
    example: "505 Invalid User",
    source:
      "code index id 36911517345 (Go SMTP server of the Chinese 'imail' project, smtpd.go, cmdRcptTo / MSG_BAD_USER)",
  },
  {
    // Postfix's reject_non_fqdn_recipient: the recipient has no domain part ("root"), so no mailbox
    // can be reached by it (the sender's twin is "sender address must contain a domain").
    cause: "recipient-unknown",
    pattern: /\brecipient address must contain a domain\b/i,
    confidence: 0.8,
    example: "501 <root>: recipient address must contain a domain",
    source:
      "https://github.com/sunweaver/nextcloud-high-performance-backend-setup/issues/61; https://github.com/openhab/openhab1-addons/issues/1316; vdukhovni/postfix postfix/src/smtpd/smtpd_check.c (reject_non_fqdn_address)",
  },
  {
    // The family: the recipient's mailbox or account has been deactivated, closed or has expired
    // ("is a deactivated mailbox", "User account is expired"): no mailbox takes mail there now. Not
    // at AUTH or MAIL, where an expired account is the sender's own.
    cause: "recipient-unknown",
    pattern:
      /\b(?:is an? (?:deactivated|expired|closed|terminated|deleted) (?:mailbox|account|user|address|recipient)|(?:user |e-?mail |recipient'?s? )?account (?:is|has) (?:expired|been deactivated|been closed|been deleted|been terminated))\b/i,
    confidence: 0.8,
    stages: ["rcpt", "data"],
    example: "551 <recipient@example.net> is a deactivated mailbox (in reply to RCPT TO command)",
    source:
      "https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/HEAD/t/corpus/deactivated-mailbox.msg; https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/HEAD/t/corpus/novell-no-rhs.msg",
  },
  {
    // The family: the recipient, named with its address in brackets, does not exist ("550
    // Recipient (user@example.com) does not exist.", "Mailbox <user@example.com> does not exist");
    // not a sender's address (Postal's "Domain of sender address <…> does not exist").
    cause: "recipient-unknown",
    pattern:
      /(?<!\b(?:sender|from|sender's)\s+)\b(?:recipient|user|mailbox|address)\s*[<(["'][^\s>)\]"']+@[^\s>)\]"']+[>)\]"']\s*(?:does not|doesn'?t|do(?:es)?n'?t) exist\b/i,
    confidence: 0.88,
    example: "550 Recipient (user@example.com) does not exist.",
    source:
      "Haraka third-party maildir queue plugin (code index id 46568702089); https://github.com/Ombi-app/Ombi/issues/3267",
  },
  {
    // French: the recipient (address) "n'existe pas" — does not exist (MIMEsweeper's French NDR,
    // Apache James's French reply).
    cause: "recipient-unknown",
    pattern:
      /\b(?:destinataire|adresse(?: de messagerie)?|utilisateur|bo[iî]te aux lettres|compte)\b[^.\n]{0,40}?\bn['’]existe pas\b/i,
    confidence: 0.85,
    example: "Ce destinataire n'existe pas bob@domain.tld",
    source:
      "https://github.com/apache/james-project/blob/HEAD/protocols/smtp/src/test/java/org/apache/james/protocols/smtp/SMTPErrorMessagesTest.java; warsaw/flufl.bounce flufl/bounce/tests/data/simple_13.txt",
  },
  {
    // The family: the recipient (mailbox, user, address, RCPT) named as not existing, not
    // configured or not available here, in any order and spelling ("554 RCPT (x) dosn't exist",
    // "511 Mailbox nonexistent", "550 recipient invalid", "550 Recipient not configured",
    // "Email address - x - is not available here"). At RCPT or after DATA: a sender's address
    // that does not exist is refused at MAIL FROM and is a refused sender.
    cause: "recipient-unknown",
    pattern:
      /\b(?:recipient|mailbox|rcpt|user|address|account)\b[^\n]{0,40}?\b(?:does ?n[o']?t exists?|dosn'?t exist|nonexist(?:ent|ing)|non-exist(?:ent|ing)|not configured|(?:is )?not available here)\b|\brecipient (?:is )?invalid\b/i,
    confidence: 0.8,
    stages: ["rcpt", "data"],
    example: "550 recipient invalid, please check the address for typos",
    source:
      "https://github.com/axllent/mailpit/issues/132; SQL dump of cibr_sys_email send log (code index id 17832882); https://pastebin.com/5RThtzeu; https://github.com/albertito/chasquid/blob/HEAD/test/t-12-minor_dialogs/bad_rcpt_to.cmy; https://github.com/webkom/lego/blob/591d461b7439c8a95b1effbb0375d5417706f896/lego/apps/restricted/smtp/handler.py (handle_DATA, recipient not RESTRICTED_ADDRESS); Python aiosmtpd routing gateway handler with trusted(session) and routes() (code index id 70187283994)",
  },
  {
    // The recipient's domain has no route at all (Exim's "unroutable domain"): the address cannot exist.
    cause: "recipient-unknown",
    pattern: /\bunroutable domain\b/i,
    confidence: 0.75,
    example:
      "System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: unroutable domain: gmail",
    source:
      "https://github.com/agregarr/agregarr/issues/92; https://github.com/crossvertise/ActionMailerNext/issues/24",
  },
  {
    // At RCPT, a user account or mailbox said suspended, disabled or inactive is the recipient's
    // (Gmail's "The email account that you tried to reach is disabled", "User account has been
    // suspended by administration"): no one receives there. Said as a fact ("is", "has been"):
    // a bare "User disabled" splits with a recipient policy, "might be disabled" names nothing; a
    // sender's own ("Sender address rejected: mailbox disabled") is not the recipient's.
    cause: "recipient-unknown",
    pattern:
      /(?<!\bsender\b[^\n]{0,40})\b(?:user|account|mail ?box|recipient)\b[^\n.]{0,30}?\b(?:has been|is|was) (?:now )?(?:suspended|disabled|deactivated|inactive)\b/i,
    confidence: 0.75,
    stages: ["rcpt"],
    requireStage: true,
    example: "550 5.2.1 User account has been suspended by administration",
    source:
      "go-smtp chat mail Session with ensureAuthenticatedActive and GetUserStatus (code index id 56999031852); https://support.google.com/a/answer/3726730 (550 5.2.1 The email account that you tried to reach is disabled)",
  },
  {
    // The recipient said invalid, the adjective after the noun ("550 recipient invalid, please
    // check the address for typos", "The recipient is invalid.").
    cause: "recipient-unknown",
    pattern: /\brecipient (?:address )?(?:is )?invalid\b/i,
    confidence: 0.85,
    example: "550 recipient invalid, please check the address for typos",
    source:
      "https://github.com/albertito/chasquid/blob/HEAD/test/t-12-minor_dialogs/bad_rcpt_to.cmy; C# SparkPost client, bounce event model RawReason doc comment (code index id 12401761056)",
  },
  {
    // The family: a non-existent (or unknown or expired) mailbox, address or user, in the server's own words.
    cause: "recipient-unknown",
    pattern:
      /\bnon-?existent (?:e-?mail )?(?:mailbox|address|user|recipient)\b|\b(?:unknown|non-?existent) or expired (?:mailbox|address|user)\b|(?<!sender )\bUnknown address\b(?! error)/i,
    confidence: 0.85,
    stages: ["rcpt", "data"],
    example: "450 Unknown address bad@foo",
    source:
      "https://github.com/swiftmailer/swiftmailer/blob/048b1ec4c246f86574a0ed526d2bcd7082e036d1/tests/unit/Swift/Transport/EsmtpTransportTest.php; https://github.com/crazy-max/CwsMailBounceHandler/blob/HEAD/tests/emls/bounce_571_002.eml; code index id 71017763101 (Python FastAPI + aiosmtpd temporary mailbox service 'Phrygix API', MailHandler); code index id 19689003695 (Python aiosmtpd temporary mailbox handler with MongoDB mailboxes and emails_count_limit)",
  },
  {
    // Microsoft's own NDR text for an unknown recipient ('The email address you entered couldn't be found. Please check the recipient's email address'), on its own as well as beside its code.
    cause: "recipient-unknown",
    pattern: /\baddress (?:that )?you entered (?:couldn't|could not|wasn't|was not) (?:be )?found\b/i,
    confidence: 0.85,
    example: "The email address you\nentered couldn't be found.",
    source:
      "https://pastebin.com/e6yfDi5v; https://github.com/findemdev/node-bounce-handler/blob/HEAD/test/eml/bounces/subj_undeliverable.eml; code index id 47245373327 (PHP BouncesClassifierTest sample 'Undeliverable: Our home improvements business opportunity'); code index id 21462695128 (linux-kernel thread, Michael Walle reply to Tudor Ambarus, 19 Jul 2022)",
  },
  {
    // The family: a mailbox that existed and no longer takes mail ('is a deactivated mailbox', 'Unknown or expired mailbox', 'Inactive MailBox').
    cause: "recipient-unknown",
    pattern: /\b(?:deactivated|expired|inactive) mailbox\b/i,
    confidence: 0.85,
    example: "550 Unknown or expired mailbox",
    source:
      "https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/HEAD/t/corpus/deactivated-mailbox.msg; code index id 9484144550 (PHP BounceMailHandler bmhDSNRules(), Kevin 2006, rule 0138 sample); code index id 71017763101 (Python FastAPI + aiosmtpd temporary mailbox service 'Phrygix API', MailHandler); Adobe Campaign Classic documentation 'Using MX servers with Campaign', section 'Bounce examples' (code index id 4590808486)",
  },
  {
    // Exim's 'Unrouteable address': no route to the address, most often no such recipient or domain, but also said under a limit or a failed lookup (corpus: recipient-unknown 5, rate-limited 2, unresolved 2, 2026-12-03).
    cause: "recipient-unknown",
    pattern: /Unrouteable address/i,
    confidence: 0.6,
    stages: ["rcpt", "data"],
    example: "U=CALLER F=<userx@test.ex> rejected RCPT <x@y>: Unrouteable address",
    source:
      "https://github.com/sisimai/p5-sisimai/issues/93; https://github.com/bwya77/O365-Admin-Center/issues/12; https://github.com/YunoHost-Apps/mailman_ynh/issues/6; https://github.com/docker-mailserver/docker-mailserver/issues/2033; https://github.com/jeboehm/docker-mailserver/issues/221; https://github.com/dirtsimple/poste.io/issues/26; https://github.com/manyuanrong/deno-smtp/issues/45; https://github.com/aschroder/Magento-SMTP-Pro-Email-Extension/issues/283",
  },
  {
    // The recipient's address no longer takes mail ("User no longer receiving mail at this
    // address", "address is no longer valid").
    cause: "recipient-unknown",
    pattern:
      /\bno longer (?:receiving|accepting) (?:e-?)?mail\b|\b(?:address|mailbox|recipient) (?:is )?no longer (?:valid|active|in use|exists)\b/i,
    confidence: 0.85,
    stages: ["rcpt", "data"],
    example:
      "<user@example.com>: Recipient address rejected: User no longer receiving mail at this address; from=<user@example.com> to=<user@example.com> proto=SMTP",
    source: "tobinjt/ASO sql/populate-rules.sql (code index id 11245240084)",
  },
  {
    // An Exim router's refusal of a local address it has no user or alias for.
    cause: "recipient-unknown",
    pattern: /\bNo such person at this address\b/i,
    confidence: 0.88,
    example:
      "2020-02-11 17:09:47 1j1Z2g-00Faoy-Uh ** admin@example.net R=virtual_aliases: No such person at this address.",
    source: "logstash-plugins/logstash-patterns-core spec/patterns/exim_spec.rb (code index id 7979556056)",
  },
]);
