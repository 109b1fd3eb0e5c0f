import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { MS_NDR } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The sending account is blocked from sending": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "sender-account-restricted",
    pattern:
      /bad outbound sender|tenant has exceeded threshold|spam abuse detected|OutboundSpamException|Actual verdict is Suspend|(?:account|user) (?:has been |is )?(?:suspended|disabled|blocked) (?:from|for) sending|restricted from sending/i,
    confidence: 0.9,
    example: "5.7.705 Access denied, tenant has exceeded threshold",
    source:
      "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-700-through-5-7-750",
  },

  {
    // Mailgun free and sandbox accounts send only to authorized recipients. Read as the account's
    // restriction or as a relay refused for that recipient alike (corpus: relay-denied 4,
    // sender-account-restricted 3, 2026-12-03): named at a confidence that says so.
    cause: "sender-account-restricted",
    pattern: /(?:accounts?|sub-?domains?) are for test purposes only|not allowed to send: (?:Free|Sandbox)/i,
    confidence: 0.6,
    provider: "mailgun",
    example:
      "Domain sandboxe1164ceef2a340a89c348279b0dde46b.mailgun.org is not allowed to send: Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.",
    source:
      "https://github.com/theoomoregbee/US-visa-appointment-notifier/issues/5; mailgun/wordpress-plugin#68 (free accounts are for test purposes only)",
  },

  {
    cause: "sender-account-restricted",
    pattern: /banned sender/i,
    stages: ["auth", "mail", "rcpt", "data"],
    confidence: 0.88,
    example: "Access denied, banned sender",
    source: `${MS_NDR} (5.7.502)`,
  },

  {
    cause: "sender-account-restricted",
    pattern:
      /OutboundSpamException|WASCL UserAction verdict(?![^\n]{0,40}?Actual verdict is TransientError)|HipNotify|(?:your |the )?(?<!\b(?:This|recipient|recipient's|receiver's?|user) )account (?:has been|is) (?:suspended|disabled|deactivated|blocked)|Outgoing mail from .{0,80} has been suspended|(?:sending|outgoing mail) (?:has been |is )?(?:suspended|disabled|blocked) for (?:this|your) account/i,
    confidence: 0.88,
    example: "552 Your account has been suspended. Please contact us to reactivate",
    source:
      "https://github.com/roundcube/roundcubemail/issues/8737; https://github.com/gophish/gophish/issues/720; https://github.com/Youans/nodejs-nodemailer-outlook/issues/11; https://github.com/DesertsP/Valine-Admin/issues/26",
  },
  {
    cause: "sender-account-restricted",
    pattern:
      /(?:email )?address has been blocked due to complaints|unusual amount of (?:unsolicited|spam) e?mail originating from your (?:address|account)|\boutgoing (?:mail |e-?mail )?(?:is )?blocked\b|\b(?:outbound|outgoing) (?:sending|mail|e-?mail) (?:is |has been )?(?:disabled|suspended)\b|Sender Address Blocked/i,
    confidence: 0.9,
    example: "550 5.7.1 [SB01] Your email address has been blocked due to complaints",
    source:
      "https://support.mailchannels.com/hc/en-us/articles/202222810-Fixing-the-550-5-7-1-SB01-error; https://www.thiswebhost.com/clients/knowledgebase/554/I-am-receiving-an-error-sending-e-mail.html; https://help.zoho.com/portal/en/community/topic/554-5-1-8-email-outgoing-blocked-13-11-2017; https://help.zoho.com/portal/en/community/topic/issue-with-outgoing-mail; TypeScript smtpHealth test fixture hostingerDisabled (code index id 68669684291)",
  },
  {
    cause: "sender-account-restricted",
    pattern:
      /message sending for this account is disabled|Sending from this domain is paused|Your account is not authorized to use this service|does not allow external forwarding/i,
    confidence: 0.92,
    example: "Ошибка «550 message sending for this account is disabled».",
    source:
      "https://mailout.ru/2015/09; https://emailit.com/docs/kb/smtp-530-from-domain-not-verified/; https://support.hoasted.com/article/282-e-mail-fouten-debuggen; stalwartlabs/stalwart crates/smtp/src/inbound/auth.rs (Permission::EmailSend, SecurityEvent::Unauthorized); Microsoft Messaging Protection Wiki 'Troubleshooting Restricted Senders, Tenants, and IPs' (public imported copy, code index id 51881386146)",
  },
  {
    cause: "sender-account-restricted",
    pattern:
      /Unusual sending activity detected|has been blocked from sending due to abusive activity|\bBlacklisted user:/i,
    confidence: 0.95,
    example: "Unable to send message;Reason:550 5.4.6 Unusual sending activity detected.",
    source:
      "https://help.zoho.com/portal/en/community/topic/unable-to-send-message-reason-550-5-4-6-unusual-sending-activity-detected (cause per https://www.zoho.com/mail/help/usage-policy.html); https://help.zoho.com/portal/en/community/topic/unable-to-send-message-reason-550-5-4-6-unusual-sending-activity-detected; https://support.websites.ca/article/108/upgraded-email--twofactor-authentication-2fa; https://github.com/roundcube/roundcubemail/issues/8103",
  },
  {
    // The family: the server names the user or account and says it is blocked from sending.
    cause: "sender-account-restricted",
    pattern: /\b(?:User|Account) \S+ (?:is|has been) blocked from sending\b/i,
    confidence: 0.85,
    example: "550 5.7.1 User %s is blocked from sending mail",
    source:
      "repository mensink/milter-sysuser, MilterSysUser milter (code index id 5222788513); https://support.websites.ca/article/108/upgraded-email--twofactor-authentication-2fa",
  },
  {
    cause: "sender-account-restricted",
    pattern: /Please activate your \w+ account|is not allowed to send: Please activate/i,
    confidence: 0.88,
    example:
      "421, b'Domain sandbox[XXXXX].mailgun.org is not allowed to send: Please activate your Mailgun account. Check your inbox or log in to your control panel to resend the activation email.",
    source: "https://github.com/Monstarrrr/rebutify/issues/162",
  },
  {
    cause: "sender-account-restricted",
    pattern: /account is not (?:yet )?activated/i,
    confidence: 0.88,
    example: "502 5.7.0 Your SMTP account is not yet activated",
    source:
      "https://github.com/WPManageNinja/fluent-smtp/issues/157; https://github.com/supabase/agent-skills/issues/133",
  },
  {
    cause: "sender-account-restricted",
    pattern: /\byour account has been locked\b/i,
    confidence: 0.85,
    stages: ["mail", "rcpt", "data"],
    requireStage: true,
    example: "550 Your account has been locked. Please contact your administrator.",
    source: "SpamExperts outgoing filter (antispamcloud.com): the sending account is locked",
  },
  {
    cause: "sender-account-restricted",
    pattern:
      /Sending (?:is )?(?:paused|suspended|disabled) for (?:this|your) account|While your account is pending approval/i,
    confidence: 0.9,
    example:
      "Sending paused for this account. For more information, please check the inbox of the email address associated with your AWS account",
    source:
      "https://github.com/hcengineering/platform/issues/8899; https://github.com/edenlabllc/ehealth.api/issues/151",
  },
  {
    // Outlook.com holding an account's sending (under 5.3.4, which otherwise means a message too big) until its owner signs in on the web and verifies.
    cause: "sender-account-restricted",
    pattern: /To continue sending messages, please sign in to your account/i,
    confidence: 0.93,
    example:
      "An error occurred while sending mail. The mail server responded:  5.3.4 Requested action not taken; To continue sending messages, please sign in to your account.. Please check the message and try again.",
    source:
      "Ubuntu Forums archive (https://github.com/Ubuntu-Community-Team/Ubuntu-Forums-Archive), thread 'Sudden SMTP error from Hotmail'",
  },
  {
    // The sending service blocked the account or sender for outbound spam: the provider must lift it.
    cause: "sender-account-restricted",
    pattern: /\b(?:this |your )?account is sending spam\b/i,
    confidence: 0.85,
    example: "This account is sending spam",
    source: "https://docs.seppmail.com/en/cloud/c06_scf_06_support_outbound_sender_block.html",
  },
  {
    cause: "sender-account-restricted",
    pattern: /\bSender blocked: spam or abuse detected\b/i,
    confidence: 0.85,
    example:
      "user@example.com\n   host relay.jetsmtp.net [192.0.2.10]\n   SMTP error from remote mail server after end of data:\n   550 5.7.1 [ABUSE] Sender blocked: spam or abuse detected.\n   See: https://reports.jetsmtp.net/?id=1ec5d310c951ebd54d84&auth=33fb6ec0-5aa9-4b3f-b312-4d7189471226",
    source: "https://jetemail.com/docs/outbound/smtp-error-codes/550-5.7.1-[ABUSE]-Sender-blocked",
  },
  {
    // A sign-in or a sender refused because the sending account itself is switched off (RFC 4954's 525 5.7.13 "User account disabled"; Postfix-style "Sender address rejected: mailbox disabled").
    cause: "sender-account-restricted",
    pattern: /\bAuthentication failed:? (?:the )?account (?:is )?(?:disabled|suspended)\b/i,
    confidence: 0.93,
    example: "Net::SMTPAuthenticationError (535 Authentication failed: account disabled",
    source: "https://github.com/sendgrid/docs/issues/5809",
  },
  {
    cause: "sender-account-restricted",
    pattern: /\bSender address rejected: (?:mailbox|account) (?:is )?(?:disabled|suspended|blocked)\b/i,
    confidence: 0.93,
    example:
      "host wes1-relayredir.wedos.net[10.28.12.22] said: 550\n5.7.1 <user@example.com>: Sender address rejected: mailbox disabled\n- DEBUG: dom msrychvald.cz (in reply to RCPT TO command)",
    source: "https://pastebin.com/6JA7cVwM",
  },
  {
    // The sending account, server or domain is suspended by the provider: no setting on the device
    // helps until the provider lifts it. Not a "user account" at RCPT: that is the recipient's.
    cause: "sender-account-restricted",
    pattern:
      /(?<!\b(?:user|recipient|e-?mail) )\b(?:account|mail server|outgoing mail|sending|domain)\b[^\n]{0,40}?\bhas been suspended\b/i,
    confidence: 0.88,
    example: '550 Outgoing mail from "" has been suspended.',
    source:
      "https://github.com/roundcube/roundcubemail/issues/8737; https://github.com/gophish/gophish/issues/720; postalserver/postal app/lib/smtp_server/client.rb (rcpt_to, @credential.server.suspended?)",
  },
  {
    // The provider has stopped this account or domain from sending (a hold, a suspension, an unactivated or unapproved account): only the provider can lift it.
    cause: "sender-account-restricted",
    pattern:
      /\boutgoing mail (?:suspension|hold)\b|\bSending (?:from this domain |for this account )?(?:is )?paused\b|\bpaused for this account\b|\bhas been blocked from sending\b|\baccount (?:is ?n['’]?t|is not) allowed to send\b|\baccount is sending spam\b|\bsending (?:for|from) this account (?:is|has been) (?:disabled|suspended|blocked)\b|\bactivate your \w+ account\b|\bpending approval\b|\bOutbound Mail Refused\b/i,
    confidence: 0.88,
    example: "550 Sending from this domain is paused",
    source:
      "https://github.com/Monstarrrr/rebutify/issues/162; https://github.com/edenlabllc/ehealth.api/issues/151; https://github.com/hcengineering/platform/issues/8899; https://www.timewarnercable.com/en/support/faqs/faqs-internet/e-mailacco/what-do-i-do-if-i-get-an-error-message-when-trying-to-send-an-email.html; https://support.smtp2go.com/hc/en-gb/articles/360015283053-550-that-SMTP-username-s-account-is-not-allowed-to-send; https://emailit.com/docs/kb/smtp-530-from-domain-not-verified/; https://support.websites.ca/article/108/upgraded-email--twofactor-authentication-2fa; https://24x7serversecurity.com/blog/domain-has-an-outgoing-mail-hold; http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html; https://docs.seppmail.com/en/cloud/c06_scf_06_support_outbound_sender_block.html; https://mailout.ru/2015/09",
  },
  {
    // Postfix's authorized_submit_users refuses this local account.
    cause: "sender-account-restricted",
    pattern: /\bis not allowed to submit mail\b/i,
    confidence: 0.88,
    example: "postfix/sendmail[6466]: fatal: User web21(5012) is not allowed to submit mail",
    source: "https://pastebin.com/fcRYeEjg",
  },
  {
    // A host's suspension, hold or refusal of the account's outgoing mail (cPanel, Time Warner Cable).
    cause: "sender-account-restricted",
    pattern: /\b(?:outgoing|outbound) mail (?:suspension|hold|refused)\b/i,
    confidence: 0.85,
    example: "Domain example.com has an outgoing mail suspension. Message discarded.",
    source:
      "https://24x7serversecurity.com/blog/domain-has-an-outgoing-mail-hold; https://www.timewarnercable.com/en/support/faqs/faqs-internet/e-mailacco/what-do-i-do-if-i-get-an-error-message-when-trying-to-send-an-email.html",
  },
  {
    // Microsoft's 5.1.8 "Access denied, bad outbound sender" as its German NDR words it.
    cause: "sender-account-restricted",
    pattern: /\bZugriff verweigert, ungültiger ausgehender Absender\b/i,
    confidence: 0.9,
    example:
      "Der Remoteserver hat „550 5.1.8 Zugriff verweigert, ungültiger ausgehender Absender“ zurückgegeben.",
    source:
      "Microsoft Docs German localisation (de-de), 'Entfernen blockierter Benutzer' / removing blocked users from the Restricted users portal (code index id 356079503)",
  },
  {
    // NetEase's MI:SPB: the sending account is on the system's blacklist ("发信帐号被列入系统黑名单").
    cause: "sender-account-restricted",
    pattern: /(?<![A-Za-z])MI:SPB(?![A-Za-z])/,
    confidence: 0.85,
    example: "554 MI:SPB",
    source: "NetEase reply-code table in an application's constants (code index id 10032417564)",
  },
  {
    // The family: the sending account's (or domain's) outgoing mail is blocked, held, suspended or
    // refused by its own provider, in any words ("email outgoing blocked", "Outbound Mail Refused",
    // "has an outgoing mail hold", "Outbound sending is disabled", "Account … has been blocked
    // from sending", "This account is sending spam"): 7 of the 7 corpus replies with these words.
    cause: "sender-account-restricted",
    pattern:
      /\b(?:outgoing|outbound) (?:mail |e-?mail |sending |messages? )?(?:is |has been |was )?(?:blocked|disabled|refused|suspended|on hold|hold|suspension|restricted)\b|\b(?:an? |the )?(?:outgoing|outbound) (?:mail |e-?mail |sending )?(?:hold|suspension|block)\b|\baccount\b[^\n]{0,40}?\b(?:has been |is |was )?(?:blocked|suspended|disabled|restricted) (?:from|for) sending\b|\baccount is sending spam\b/i,
    confidence: 0.85,
    example: "Message failed: 554 5.7.1 Outbound sending is disabled",
    source:
      "https://help.zoho.com/portal/en/community/topic/554-5-1-8-email-outgoing-blocked-13-11-2017; https://24x7serversecurity.com/blog/domain-has-an-outgoing-mail-hold; https://www.timewarnercable.com/en/support/faqs/faqs-internet/e-mailacco/what-do-i-do-if-i-get-an-error-message-when-trying-to-send-an-email.html; https://docs.seppmail.com/en/cloud/c06_scf_06_support_outbound_sender_block.html; TypeScript smtpHealth test fixture hostingerDisabled (code index id 68669684291); https://support.websites.ca/article/108/upgraded-email--twofactor-authentication-2fa",
  },
  {
    // At sign-in, the account itself said disabled or suspended: the provider stopped it, and no
    // password will do (the sending account, not a recipient's mailbox).
    cause: "sender-account-restricted",
    pattern: /\baccount (?:is |has been )?(?:disabled|suspended)\b/i,
    confidence: 0.9,
    stages: ["auth"],
    requireStage: true,
    example: "Net::SMTPAuthenticationError (535 Authentication failed: account disabled",
    source:
      "https://github.com/sendgrid/docs/issues/5809; public Postfix + stunnel smarthost troubleshooting guide (index id 7981190496)",
  },
  {
    // The sending account switched off by an administrator (or its owner in a hosting panel).
    cause: "sender-account-restricted",
    pattern: /\bdisabled[ +]by[ +](?:the[ +])?(?:mail[ +])?administrator\b|\bDisabled by user from hPanel\b/i,
    confidence: 0.85,
    example:
      "2011-09-04 08:14:09 203.0.113.108 SMTP-IN 198.51.100.164 1340 AUTH aW5mbw== 504+User+Account+has+been+disabled+by+the+mail+administrator HOSTHAT6 62 10 user@example.com",
    source:
      "https://pastebin.com/BUhq9Yh1; code index id 62654535722 (PHP app SQL dump, workflow_activity_log 2026-01-10)",
  },
  {
    // The family: the sending account (or member) is suspended or blocked for spam or complaints, or may not send outside.
    cause: "sender-account-restricted",
    pattern:
      /\b(?:account|member)\b[^.\n]{0,20}\bsuspended\b|\b(?:blocked|suspended) due to (?:our )?(?:spamming|complaints|possible spamming|abuse)\b|\bThis account is sending spam\b|\bcannot (?:send|mail) (?:Internet mail|outside)\b|\bpermission to send Internet mail\b/i,
    confidence: 0.8,
    stages: ["mail", "data", "connect", "greeting"],
    example: "521 Member suspended",
    source:
      "https://docs.seppmail.com/en/cloud/c06_scf_06_support_outbound_sender_block.html; go-smtp submission server, errAccountSuspended (code index id 55653957186); https://comail.at/docs/troubleshooting; https://success.trendmicro.com/jp/solution/1097373; https://github.com/SegHaxx/citadel-gay/blob/0387f48886a9395d89eaca01cd40ab751610426f/citadel/modules/smtp/serv_smtp.c (smtp_rcpt, CtdlCheckInternetMailPermission == 0); Python SMTP server for a PlayOnline revival, outside-recipient check before RCPT (code index id 70988209111); Perl Postfix policy-daemon plugin 'spamcheck' (package spamcheck, validate/_block_user) (code index id 38920379379) [policy action as returned to Postfix]; https://support.mailchannels.com/hc/en-us/articles/202222810-Fixing-the-550-5-7-1-SB01-error; https://github.com/gophish/gophish/issues/720",
  },
  {
    // The account or mailbox may not send (a server's own per-account switch).
    cause: "sender-account-restricted",
    pattern: /\bSending not allowed for this (?:mailbox|account)\b/i,
    confidence: 0.85,
    example: "550 5.7.1 Sending not allowed for this mailbox",
    source:
      "code index id 71173063302 (Go go-smtp submission proxy (465/587) to a mail service's /send API, Chinese comments, submissionSession and smtpErrFromAPI); repository alonsosss/corforce-email, services/smtp-relay internal/smtp replies table mapping domain rejections (code index id 69800682718)",
  },
  {
    // A submission server refusing to send for this mailbox or account ("Sending not allowed for this mailbox"): the
    // account is barred from sending, not the address it uses.
    cause: "sender-account-restricted",
    pattern: /\bsending (?:is )?not allowed for this (?:mailbox|account|user)\b/i,
    confidence: 0.8,
    example: "550 5.7.1 Sending not allowed for this mailbox",
    source:
      "code index id 71173063302 (Go go-smtp submission proxy (465/587) to a mail service's /send API, Chinese comments, submissionSession and smtpErrFromAPI); repository alonsosss/corforce-email, services/smtp-relay internal/smtp replies table mapping domain rejections (code index id 69800682718)",
  },
]);
