import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { POSTFIX } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "Not allowed to send as this address": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "sender-not-authorized",
    pattern:
      /SendAsDenied|permissions? to send as|not owned by user|not allowed to send as|Relaying disallowed as|does not match a verified Sender Identity|not a (?:confirmed )?Sender Signature|Sender signature not defined/i,
    confidence: 0.93,
    example: "553 5.7.1 <boss@example.com>: Sender address rejected: not owned by user alice@example.com",
    source: `${POSTFIX}/smtpd_check.c`,
  },

  {
    // Amazon SES's unverified identity: the From address (most sources) or, in the sandbox, the
    // recipient too; 32 of 45 corpus replies with these words name the sender, 11 the sandboxed
    // account, so it is read at that rate.
    cause: "sender-not-authorized",
    pattern: /identities failed the check|Email address is not verified/i,
    confidence: 0.75,
    example:
      "554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: user@example.com",
    source:
      "https://repost.aws/knowledge-center/ses-554-400-message-rejected-error; https://github.com/exercism/website/issues/6085; https://github.com/keycloak/keycloak/issues/13931; https://github.com/supabase/supabase/issues/34106",
  },
  {
    // IONOS / WEB.DE / GMX: the envelope sender must be the mailbox that logged in.
    cause: "sender-not-authorized",
    pattern: /Sender address is not allowed/i,
    confidence: 0.88,
    example: "550 Sender address is not allowed",
    source:
      "public code comments quoting IONOS and WEB.DE refusals (code index ids 68901535454, 54515728951, 63670577365)",
  },

  {
    // Not "not authorised to send from 198.51.100.7": an IP address that may not send for the
    // domain is SPF's refusal (sender-authentication-failed).
    cause: "sender-not-authorized",
    pattern:
      /not a verified (?:sender|identity|address)|not owned by (?:auth(?:enticated)? )?user|envelope sender not allowed|not allowed to use the domain \S+ as (?:a )?sender|(?<!(?:null|empty|blank) )sender (?:address )?(?:is )?not allowed|(?:does not|doesn't) have permissions? to send as|not authori[sz]ed to send (?:as|on behalf|from(?! \[?\d{1,3}(?:\.\d{1,3}){3}\b))/i,
    confidence: 0.92,
    example: "553 5.7.1 Sender address rejected: not owned by auth user.",
    source:
      "https://github.com/splitbrain/dokuwiki-plugin-smtp/issues/38; https://github.com/in2code-de/femanager/issues/404; https://github.com/PHPMailer/PHPMailer/issues/304; https://github.com/sul-dlss/dlme/issues/813; https://github.com/WPManageNinja/fluent-smtp/issues/74; https://github.com/mettle/sendportal/issues/94; https://github.com/samitsolutions/fop/issues/21",
  },
  {
    cause: "sender-not-authorized",
    pattern: /SendAsDenied|not allowed to send as|Relaying disallowed as/i,
    confidence: 0.92,
    example:
      "554 5.2.252 SendAsDenied; user@outlook.com not allowed to send as security@example.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied",
    source:
      "https://github.com/gophish/gophish/issues/2900; https://github.com/Notifuse/notifuse/issues/250; https://github.com/frappe/erpnext/issues/19057; https://github.com/mattermost/mattermost/issues/13224; https://github.com/getgrav/grav-plugin-email/issues/77",
  },
  {
    cause: "sender-not-authorized",
    pattern: /(?:Your )?domain \S+ is not allowed in\s+(?:\d{3}[- ])?header From/i,
    confidence: 0.9,
    example:
      'Mail: Mailserver response error -- 550-"Your IP: 203.0.113.21 : Your domain ip-172-26-4-180.ec2.internal is not allowed in header From"\n\n2020-04-03 16:35:30 H=ec2-203-0-113-21.compute-1.amazonaws.com (ip-172-26-4-180) [203.0.113.21]:57152 F=<monit@ip-172-26-4-180.ec2.internal> A=dovecot_plain:user@example.com rejected RCPT <user@example.com>: "Your IP: 203.0.113.21 : Your domain ip-172-26-4-180.ec2.internal is not allowed in header From"',
    source:
      "https://github.com/mbreit/dokku-monit/issues/11; https://github.com/the-djmaze/snappymail/issues/478",
  },
  {
    cause: "sender-not-authorized",
    pattern:
      /(?:mail ?from|sender) address must (?:be )?(?:the )?same as (?:the )?auth(?:orization|enticated|entication)? user|\bLocal user only\b|\bnot local sender\b|From domain must match (?:the )?authenticated domain|Envelope domain '[^']*' doesn't match AUTH domain|not allowed to send from this address|not owned by auth(?:enticated)? user/i,
    confidence: 0.92,
    example: "Mail command failed: 501 mail from address must be same as authorization user",
    source:
      "https://github.com/nodeSolidServer/node-solid-server/issues/1281; https://github.com/bitnami/bitnami-docker-redmine/issues/100; https://github.com/TryGhost/Ghost/issues/12819; https://github.com/ruanyf/weather-action/issues/5; https://github.com/nubosoftware/linux-remote-desktop/issues/5; https://www.aspnethosting.co.uk/knowledgebase.php?action=displayarticle&id=185; haraka/Haraka plugins/auth/auth_base.js (constrain_sender); stalwartlabs/stalwart crates/smtp/src/inbound/mail.rs (SmtpEvent::MailFromUnauthorized); https://github.com/odoo/odoo/issues/13479",
  },
  {
    cause: "sender-not-authorized",
    pattern:
      /is not authorized to perform .?ses:Send(?:Raw)?Email|(?:From\/Sender )?domain is not verified for this workspace|(?:API key|key) is restricted to sending domain/i,
    confidence: 0.92,
    example:
      "Connection unsuccessful: Failed to close connection to SMTP server - 554 Access denied: User `arn:aws:iam::123456789012:user/ses-smtp-user.ci-servers' is not authorized to perform `ses:SendRawEmail' on resource `arn:aws:ses:us-east-1:123456789012:identity/example.com'",
    source:
      "https://github.com/mattermost/mattermost/pull/6464; awsdocs/amazon-ses-developer-guide doc-source/smtp-response-codes.md; https://emailit.com/docs/kb/smtp-530-from-domain-not-verified/",
  },
  {
    cause: "sender-not-authorized",
    pattern: /нет разрешений для отправки|送信する権限がありません/i,
    confidence: 0.9,
    example:
      "**Ошибка при отправке сообщения электронной почты.** Исключение: System.Net.Mail.SmtpException: почтовый ящик недоступен. Ответ сервера: 5.7.1. У клиента нет разрешений для отправки, так как данный отправитель в System.Net.Mail.DataStopCommand.CheckResponse(SmtpStatusCode statusCode, String serverResponse) в System.Net.Mail.DataStopCommand.Send(SmtpConnection conn) в System.Net.Mail.SmtpClient.Send(MailMessage message) в Microsoft.ReportingServices.EmailDeliveryProvider.EmailProvider.Deliver(Notification notification).",
    source:
      "zelanko/sql-docs.ru-ru docs/reporting-services/subscriptions/monitor-reporting-services-subscriptions.md; zelanko/sql-docs.ja-jp docs/reporting-services/subscriptions/monitor-reporting-services-subscriptions.md",
  },
  {
    cause: "sender-not-authorized",
    pattern: /Username \S+ and sender doesn't match/i,
    confidence: 0.92,
    example:
      "The mail server does not understand the RCPT TO command. Reason: 554 5.7.1 Recipient address rejected: Username admin@example.com and sender doesn't match",
    source: "https://github.com/mybb/mybb/issues/2578",
  },
  {
    cause: "sender-not-authorized",
    pattern:
      /sender domain not verified|Unauthorized use of sender address|Envelope From address <?[^>\s]*>? not authori[sz]ed|Sender address rejected: not owned by (?:the )?(?:auth(?:enticated|orized)? )?user/i,
    confidence: 0.9,
    example: "550 From header sender domain not verified",
    source:
      "https://support.smtp2go.com/hc/en-gb/articles/13990494697369-Common-Sending-Errors; https://github.com/PHPMailer/PHPMailer/issues/2683; foxcpp/maddy internal/check/authorize_sender/authorize_sender.go (authzSender, !AuthorizeEmailUse) [reply rendered from the SMTPError code, enhanced code and message]; https://github.com/oracle/oci-grafana-metrics/issues/147; https://kb.mailbox.org/en/business/e-mail-article/sending-e-mails-with-non-registered-mailaddresses-sender-address-rejected-not-owned-by-user; https://github.com/odoo/odoo/issues/13479",
  },
  {
    cause: "sender-not-authorized",
    // Also cut short ("mail from account doesn't conform"): the account is the subject.
    pattern:
      /doesn't conform with authentication|\b(?:mail ?from|"MAIL FROM") account (?:doesn't|does not) conform\b|(?<![A-Za-z])DT:SUM(?![A-Za-z])/i,
    confidence: 0.88,
    example:
      '436 "MAIL FROM" doesn\'t conform with authentication [@sm060104] (Auth Account:service1@example.com|Mail Account:service2@example.com)',
    source:
      "https://alibabacloud.com/help/tc/direct-mail/user-guide/summary-of-common-email-return-codes-and-solutions; NetEase (163/126) bounce-code list copied into a public repository (Chinese) (code index id 34274800717)",
  },
  {
    // The envelope or header sender is not an address the signed-in account may use.
    cause: "sender-not-authorized",
    pattern:
      /From address is not one of your (?:addresses|identities)|\bone of your account'?s? (?:e-?mail )?addresses\b|\bnot authori[sz]ed to send (?:e-?mail |mail |messages? )?using this identity\b|(?:the )?from address and the authenticated user must be the same|sender (?:address )?must (?:be the same as|match) the (?:authenticated|login) (?:user|account)|from domain (?:is )?not (?:trusted|verified)/i,
    confidence: 0.88,
    stages: ["mail", "rcpt", "data"],
    example: "550 5.7.0 From address is not one of your addresses.",
    source:
      "https://github.com/TryGhost/Ghost/issues/24100; https://github.com/Tivix/django-cron/issues/148; https://docs.selectel.ru/en/email-service/smtp-errors/; b1gMailServer smtp.cpp (MAIL FROM and From header checks, batch 61)",
  },
  {
    // NetEase (163/126) and others: the sender is not the signed-in account, or its domain is not verified with the service.
    cause: "sender-not-authorized",
    pattern:
      /Mail from must equal (?:the )?authori[sz]ed user|Sender domain (?:is )?not allowed|domain is unverified/i,
    confidence: 0.9,
    stages: ["mail", "rcpt", "data"],
    example: "553 Mail from must equal authorized user",
    source:
      "https://github.com/xuxueli/xxl-job/issues/3512; https://help.dreamhost.com/hc/en-us/articles/215036118-Sender-domain-policy-FAQs; Mailgun error codes ('The domain is unverified')",
  },
  {
    // Exchange's SendAsDenied NDR in French.
    cause: "sender-not-authorized",
    pattern: /n'avez pas l'autorisation d'envoyer (?:le |ce )?message (?:sous|au nom)/i,
    confidence: 0.9,
    example:
      "Nous n’avons pas pu envoyer ce message. Vous n'avez pas l'autorisation d'envoyer le message sous le nom de l'utilisateur spécifié.",
    source:
      "https://learn.microsoft.com/en-us/answers/questions/2242315/basic-send-as-permission-not-work-exchange-2019",
  },
  {
    // The signed-in account may not use this sender address (Apache James, SMTP2GO-style and hosting wording).
    cause: "sender-not-authorized",
    pattern:
      /Incorrect Authentication for (?:the )?Specified Email Address|must match your authenticated (?:email )?(?:domain|address)|not authori[sz]ed to send (?:mail |e-?mail |messages )?as\b/i,
    confidence: 0.88,
    example: "503 5.7.1 Incorrect Authentication for Specified Email Address",
    source:
      "apache/james-project protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/AbstractSenderAuthIdentifyVerificationHook.java; https://gist.github.com/grantpullen/0e2d5ef960dfae70072e9d36b051c703; https://resta-r.com/?p=3337",
  },
  {
    cause: "sender-not-authorized",
    pattern: /\bSender is not same as SMTP authenticate username\b/i,
    confidence: 0.92,
    example:
      "554 5.7.1 <user@example.com>: Recipient address rejected: Sender is not same as SMTP authenticate username",
    source: "iredmail/iRedAPD plugins/reject_sender_login_mismatch.py",
  },
  {
    cause: "sender-not-authorized",
    pattern: /\bnot valid for your login\b/i,
    confidence: 0.92,
    example:
      "SMTPSenderRefused: (551, 'Sender address is not valid for your login. Check your email program settings.', u'Administrator <admin@example.com>')",
    source: "https://github.com/frappe/erpnext/issues (ERPNext SMTPSenderRefused 551, Yandex's sender check)",
  },
  {
    cause: "sender-not-authorized",
    pattern: /\bUnconfigured Sending Domain\b/i,
    confidence: 0.9,
    example: "550 5.7.1 Unconfigured Sending Domain <>",
    source: "https://www.sparkpost.com/docs/faq/error-messages-smtp/",
  },
  {
    cause: "sender-not-authorized",
    pattern:
      /\bUsername \S+ and sender \S+ (?:doesn't|does not) match|addresses not hosted on our server is not allowed|\bemail address \S+ (?:\/ \S+ )?you are using is not hosted on this server/i,
    confidence: 0.9,
    example:
      'Expected response code 250 but got code "550", with message "550 5.7.1 Username info@xxxxxxx-xxxxxx.com and sender blxxxxx2xx8@gmail.com doesn\'t match "',
    source:
      "https://github.com/PrestaShop/PrestaShop/issues/14566; https://github.com/Automattic/jetpack/issues/7276 (SiteGround)",
  },
  {
    cause: "sender-not-authorized",
    pattern:
      /\bdomain is not verified\b|\bdomain is not associated with your account\b|not permitted to send (?:with|as|from) (?:this )?(?:from )?address/i,
    confidence: 0.88,
    example: "Mail command failed: 550 This domain is not associated with your account",
    source:
      "https://github.com/useplunk/plunk/issues/164; https://github.com/code-with-antonio/nextjs-next-auth-v5-masterclass/issues/35; https://github.com/cyrusimap/cyrus-imapd/issues/3559",
  },
  {
    // Exchange and Outlook: the mailbox lacks Send on Behalf (or Send As) for the From address.
    cause: "sender-not-authorized",
    pattern:
      /(?:do not|don't) have (?:the )?permission to send (?:the |this )?(?:(?:message|mail|e-?mail) )?on behalf of/i,
    confidence: 0.92,
    example:
      "This message could not be sent. You do not have the permission to send the message on behalf of the specified user.",
    source:
      "https://github.com/microsoftgraph/microsoft-graph-docs/issues/4085; Java Velocity mail service implementation TODO comment (code index id 31254610503)",
  },
  {
    // qmail-smtpd (sagredo): MAIL FROM differs from the authenticated user, which the server forbids.
    cause: "sender-not-authorized",
    pattern: /\bfrom and auth(?:enticated)? (?:user )?(?:are )?not the same\b/i,
    confidence: 0.88,
    example: "503 from and auth not the same (#5.5.1)",
    source:
      "https://github.com/sagredo-dev/qmail/blob/01b51166a4a295231150309129d0a3a531019af8/qmail-smtpd.c",
  },
  {
    // The sender address is not one the signed-in account may use (MSN's SMTP service as Microsoft's KB quotes it).
    cause: "sender-not-authorized",
    pattern: /\bOriginator address does not match authentication credentials?\b/i,
    confidence: 0.9,
    example:
      "An unknown error has occurred.\n  Subject '<subject>', Account '<sender>', server '<server\n  name>',\n  Protocol: SMTP, Server Response: '554 Originator address does not match\n  authentication credentials', Port: 25, Secure(SSL); No, Server\n  Error:554,\n  Error Number:0x800CCC6F",
    source:
      "https://github.com/jeffpar/kbarchive/blob/9d07a0fcc690dab7a3f5416a3054f4562d804b69/kb/186/Q186134/README.md",
  },
  {
    // Names the sender the login may not use, even where the same reply also says "Relay access
    // denied"; a mailbox that "cannot send as" the address says the same (BPanel's Exim ACL).
    cause: "sender-not-authorized",
    pattern:
      /\bnot (?:authenticated|authori[sz]ed|allowed|permitted) to send (?:mail )?as\b|\b(?:mailbox|account|user) (?:cannot|can[’']?t|can not|may not) send (?:mail )?as\b/i,
    confidence: 0.95,
    example: "Sending SMTP email fails Relay access denied. Not authenticated to send as sales@example.com",
    source:
      "https://github.com/magento/magento2/issues/39430; BPanel Email addon installer script writing the Exim configuration (acl_check_mail/rcpt/data, spam_block) (code index id 70092294132)",
  },
  {
    // The sender's domain is not one this server (or this account) sends for: "The From address
    // is not one of your mail domains" (BPanel's Exim ACL for signed-in senders), "rejected this
    // message from <sender> because it is not local to this site" (Vulani's ACL for its relay
    // hosts): the signed-in account or the site may not send as that address.
    cause: "sender-not-authorized",
    pattern:
      /\bnot one of (?:your|our|the) (?:mail |local |hosted |verified |registered )?domains\b|\bfrom \S+ because it is not local to this site\b/i,
    confidence: 0.8,
    example: "The From address is not one of your mail domains",
    source:
      "BPanel Email addon installer script writing the Exim configuration (acl_check_mail/rcpt/data, spam_block) (code index id 70092294132); Vulani (TUMS) Exim reconfiguration plugin writing exim.conf ACLs (code index id 28654809078)",
  },
  {
    // Postal accepts a message only when its From (or Sender) domain is one of the server's own verified domains: the login may not send as that address.
    cause: "sender-not-authorized",
    pattern: /From\/Sender name is not valid/i,
    confidence: 0.85,
    example:
      'Expected response code 250 but got code "530", with message "530 From/Sender name is not valid "',
    source:
      "https://github.com/postalserver/postal/issues/1346; postalserver/postal app/lib/smtp_server/client.rb (finished, find_authenticated_domain_from_headers nil)",
  },
  {
    cause: "sender-not-authorized",
    pattern:
      /\bSender (?:address )?(?:does not|doesn't) match (?:the )?(?:authenticated|logged[- ]in|login) user\b/i,
    confidence: 0.9,
    example: "553 5.7.1 Sender does not match authenticated user (msg ID = 0495ce78)",
    source:
      "Public repository QA report on maddy check modules with smtplib wire output (stored copy code index id 65835223634)",
  },
  {
    // The sender (envelope or From) is not one the login or account may use: not its own address, not verified with the sending service.
    cause: "sender-not-authorized",
    pattern:
      /\b(?:Originator|sender|from)(?: address)? (?:does not|doesn't) match\b|\bverified Sender Identity\b/i,
    confidence: 0.88,
    example:
      "response: '550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements',",
    source:
      "https://github.com/sahat/hackathon-starter/issues/1083; https://github.com/chatwoot/chatwoot/issues/2371; https://github.com/EBWiki/EBWiki/issues/3861; https://github.com/mbentley/docker-omada-controller/issues/253; https://github.com/LandOfTheRair/LandOfTheRair/issues/308; public Korean blog post on using SendGrid as a Postfix relay (index id 19541608293); https://github.com/chatwoot/chatwoot/issues/9188; https://github.com/PrestaShop/PrestaShop/issues/30117",
  },
  {
    cause: "sender-not-authorized",
    pattern: /\bSender'?s? Address Was Not Allowed\b/i,
    confidence: 0.88,
    example: "554 5.1.0 The Sender's Address Was Not Allowed",
    source: "https://help.socketlabs.com/docs/verified-sending-domains",
  },
  {
    cause: "sender-not-authorized",
    pattern: /\bnot validated on your account\b/i,
    confidence: 0.88,
    example: "101/102 - Sender address not validated on your account",
    source: "https://faq.oximailing.com/index.php?solution_id=1162",
  },
  {
    cause: "sender-not-authorized",
    pattern: /\bFROM "[^"\s]+@[^"\s]+" not allowed\b/i,
    confidence: 0.88,
    example: 'FROM "scanner@example.com" not allowed',
    source: "https://github.com/SMTP2Graph/SMTP2Graph (src/classes/SMTPServer.ts)",
  },
  {
    // Postfix's reject_sender_login_mismatch: the envelope sender belongs to another login ("not owned by user"), however the reply is wrapped or cut.
    cause: "sender-not-authorized",
    pattern:
      /\bSender address rejected: not owned\b|\bnot owned by (?:the )?(?:auth(?:enticated)? )?user\b|\bnot owned by the authenticated account\b/i,
    confidence: 0.95,
    example: "Sender address rejected: not owned by user",
    source:
      "https://github.com/prompt-edu/prompt/issues/838; https://kb.mailbox.org/en/business/e-mail-article/sending-e-mails-with-non-registered-mailaddresses-sender-address-rejected-not-owned-by-user; https://github.com/fisharebest/webtrees/issues/2370; https://pastebin.com/zxBiePqa; https://github.com/YunoHost-Apps/vaultwarden_ynh/issues/262; https://github.com/odoo/odoo/issues/10833; https://github.com/frappe/frappe/issues/7021; https://github.com/nextcloud/data_request/issues/15; Go go-smtp submission backend of lambdamail, protocols/internal/presentation smtp submission session (code index id 60898146067)",
  },
  {
    // The sender (From or envelope) must be the signed-in account's own address or domain.
    cause: "sender-not-authorized",
    pattern:
      /\b(?:from|sender|mail ?from)(?: address| domain)?\b[^\n]{0,60}\bmust (?:match|be the same as|equal)\b[^\n]{0,40}\bauth\w*|\bnot allowed to use the domain \S+ as a sender domain\b|\bdomain is not associated with your account\b|\bnot local sender\b/i,
    confidence: 0.88,
    example: "Mail from must equal authorized user",
    source:
      "https://github.com/matomo-org/matomo/issues/12426; https://github.com/xuxueli/xxl-job/issues/3858; https://github.com/splitbrain/dokuwiki-plugin-smtp/issues/1; https://help.dreamhost.com/hc/en-us/articles/215036118-Sender-domain-policy-FAQs; https://github.com/splitbrain/dokuwiki-plugin-smtp/issues/16; https://gist.github.com/grantpullen/0e2d5ef960dfae70072e9d36b051c703; https://github.com/jenkinsci/mailer-plugin/pull/23; https://github.com/useplunk/plunk/issues/164",
  },
  {
    // The family: the server says this sender (address or domain) is not allowed for this account or server, in any of its wordings.
    cause: "sender-not-authorized",
    pattern:
      /(?<!(?:null|empty|blank) )\bsender(?:['’]s)?(?: domain| address| e-?mail(?: address)?)?(?: (?:was|is))? not (?:allowed|permitted|authori[sz]ed)\b(?! to (?:e-?mail|post|write) (?:to )?(?:this|the) )|\bfrom "?[^"\s]+"? (?:is )?not allowed\b/i,
    confidence: 0.85,
    example: "554 5.1.0 The Sender's Address Was Not Allowed",
    source:
      "https://help.socketlabs.com/docs/verified-sending-domains; https://help.dreamhost.com/hc/en-us/articles/215036118-Sender-domain-policy-FAQs; https://github.com/SMTP2Graph/SMTP2Graph (src/classes/SMTPServer.ts); https://github.com/jstedfast/MailKit/issues/1101; https://github.com/symfony/symfony/issues/49173; https://github.com/opnsense/plugins/issues/145; https://github.com/leahneukirchen/mblaze/issues/205",
  },
  {
    // The sender identity the account sends as is not one it may use (a From that "must be
    // verified" is the family below).
    cause: "sender-not-authorized",
    pattern: /\bsender identity used is not valid\b/i,
    confidence: 0.88,
    example: "550-Unauthorized sending: the sender identity used is not valid for this 550-account.",
    source: "https://github.com/rockstor/rockstor-core/issues/3140",
  },
  {
    // The family: the From (or envelope sender) is not one this login may use — not its own, not
    // validated or verified, not matching the signed-in user, not permitted, on behalf of another —
    // however worded.
    cause: "sender-not-authorized",
    pattern:
      /\b(?:from|sender)(?: e-?mail)?(?: address)?\b[^;\n]{0,50}?\b(?:(?:does not|doesn'?t|do not|don'?t) match|must be (?:the same|identical)|not validated|(?:is )?not verified|must be verified|not (?:permitted|authori[sz]ed) to send)\b|\bnot your (?:e-?mail )?address\b|\bpermission to send (?:the message )?on behalf of\b|\bInvalidated From address\b|\bnot permitted to send with this from address\b/i,
    confidence: 0.85,
    example: "550 <other@example.com> is not your address.",
    source:
      "https://github.com/stcr/subscribe-to-comments-reloaded/issues/743; https://github.com/cyrusimap/cyrus-imapd/issues/3559; https://github.com/Tivix/django-cron/issues/148; https://help.runbox.com/common-errors-when-sending-mail-through-an-email-client/; early Citadel serv_smtp.c (smtp_mail; code index id 48154832383) [reply rendered with placeholder address]; https://faq.oximailing.com/index.php?solution_id=1162; https://github.com/PrestaShop/PrestaShop/issues/14566; https://github.com/microsoftgraph/microsoft-graph-docs/issues/4085",
  },
  {
    // Tencent Cloud SES's error code for a sender address not verified in the account, passed on
    // in its SMTP reply's JSON ("发件sender没有经过认证，无法发送": the sender is not verified).
    cause: "sender-not-authorized",
    pattern: /\bFailedOperation\.NotAuthenticatedSender\b/,
    confidence: 0.9,
    example:
      '554 5.0.0 Error: transaction failed, blame it on the weather: ##SES-response-json:{"Response":{"RequestId":"111d9e76-96b9-46a8-9a0b-e19dba0a75d6","QcloudError":{"Error":{"Code":"FailedOperation.NotAuthenticatedSender"}}}}',
    source:
      "https://github.com/songquanpeng/one-api/issues/1630; https://github.com/QuantumNous/new-api/issues/1347",
  },
  {
    // The family: the sender address itself called unauthorised for this login or server.
    cause: "sender-not-authorized",
    pattern:
      /\bsender(?: address)? is (?:unauthori[sz]ed|not authori[sz]ed)\b|\bis not an authori[sz]ed sender\b/i,
    confidence: 0.82,
    stages: ["mail", "rcpt", "data"],
    example: "554 5.7.1 The sender address is unauthorized",
    source:
      "Korean JavaMail sender class with comments on Naver SMTP (code index id 25901753015); Korean README of a Cloud Run mail relay for NAVER WORKS SMTP (code index id 69495103062); https://github.com/frappe/frappe/issues/29087",
  },
  {
    // The family: the From or envelope sender does not belong to the account that logged in,
    // however the server words it (the address "is not your address", "not associated with your
    // account", "not permitted to send with this from address", "not valid for this account").
    cause: "sender-not-authorized",
    pattern:
      /\bnot (?:permitted|allowed|authori[sz]ed) to send (?:with|from|as|using) (?:this|that|the) (?:from |sender |e-?mail )?address\b|\b(?:address|domain|sender) (?:is )?not (?:associated with|linked to|registered (?:to|with|for)) (?:your|this|the) account\b|\bis not your (?:e-?mail )?address\b|\b(?:MAIL FROM|sender|from)\b[^\n]{0,80}?\bnot hosted on this server\b|\bnot (?:valid|allowed) for this (?:\d{3}-)?account\b/i,
    confidence: 0.8,
    stages: ["mail", "rcpt", "data"],
    example: "550 <other@example.com> is not your address.",
    source:
      "https://github.com/Automattic/jetpack/issues/7276; https://github.com/useplunk/plunk/issues/164; https://github.com/cyrusimap/cyrus-imapd/issues/3559; early Citadel serv_smtp.c (smtp_mail; code index id 48154832383); Go go-smtp relay session with per-account sender checks and quota limiter (code index id 69393393928); https://github.com/rockstor/rockstor-core/issues/3140",
  },
  {
    // The family: the sender "mismatch(es) with" the login ("Envolope sender mismatch with login
    // user" from a Sina mailbox whose SMTP user was not the From address).
    cause: "sender-not-authorized",
    pattern:
      /\b(?:from|sender)\b[^;\n]{0,40}?\bmismatch(?:ed|es)? (?:with|to) (?:the )?(?:login|auth(?:enticated|orized)?|logged[- ]in|sasl) (?:user|account|name|username)\b/i,
    confidence: 0.85,
    example: "gomail: could not send email 1: 553 Envolope sender mismatch with login user..",
    source: "code index id 5523377766 (Chinese Grafana notes, section '异常')",
  },
  {
    // The family: the sending domain (the From's, or the one tied to the account or API key) is
    // not verified with the sending service, or the service asks to verify it first (10 of the 13
    // corpus replies with these words; Amazon SES's MAIL FROM domain is the sender's DNS).
    cause: "sender-not-authorized",
    pattern:
      /\b(?:sending |sender |from |associated |your |the |this )domain\b[^.\n]{0,40}?\b(?:is |was |has )?not (?:yet |been )?verified\b|\bverify your (?:sending |sender )?domain\b/i,
    confidence: 0.8,
    example: "550 Please verify your domain before sending emails",
    source:
      "https://github.com/useplunk/plunk/blob/HEAD/packages/smtp/src/server.ts; Public repository doc 'Magic Link Domain Verification Error Log Guide' (code index id 27176185828)",
  },
  {
    // The family: the server names the sender address it was given and says that address is not
    // allowed, permitted or authorised here ("Sender <x> is not allowed for unauthenticated
    // connection", "Envelope FROM 'x' email address not allowed"): this login, connection or
    // account may not send as it. A null or empty sender refused is sender-rejected.
    cause: "sender-not-authorized",
    pattern:
      /(?<!(?:null|empty|blank) )\b(?:sender|envelope from|mail from)(?: address)?:?\s+(?:<[^>\s]*>|'[^'\s]*'|"[^"\s]*"|[^\s@]+@[^\s@]+)\s*(?:e-?mail address )?(?:is )?not (?:allowed|permitted|authori[sz]ed)\b/i,
    confidence: 0.8,
    example:
      "550 5.7.1 Sender <scanner@example.com> is not allowed for unauthenticated connection from 198.51.100.7",
    source:
      "https://github.com/apache/james-project/blob/915cde96529b7fed3d09e64cafb0a68fbc907532/server/protocols/protocols-smtp/src/main/java/org/apache/james/smtpserver/fastfail/AllowedUnauthenticatedSender.java; Go go-smtp relay session with per-account sender checks and quota limiter (code index id 69393393928); code index id 8782208601 (JavaScript SmtpJS contact form with Elastic Email)",
  },
  {
    // Exchange's "5.7.1 Client does not have permissions to send as this sender" as Windows and
    // SQL Server Reporting Services print it in German, Russian, Japanese and Korean.
    cause: "sender-not-authorized",
    pattern:
      /nicht berechtigt, als dieser Absender zu senden|нет разрешений для отправки, так как данный отправитель|この送信者として送信する権限がありません|이 보낸 사람으로 보낼 수 있는 권한이 없습니다/,
    confidence: 0.88,
    example:
      "Die Serverantwort war: 5.7.1 Client ist nicht berechtigt, als dieser Absender zu senden  an System.Net.Mail.DataStopCommand.CheckResponse(SmtpStatusCode statusCode, String serverResponse)",
    source:
      "German SQL Server Reporting Services docs page on monitoring subscriptions, ULS log example (code index id 1747134429); zelanko/sql-docs.ru-ru docs/reporting-services/subscriptions/monitor-reporting-services-subscriptions.md; zelanko/sql-docs.ja-jp docs/reporting-services/subscriptions/monitor-reporting-services-subscriptions.md; zelanko/sql-docs.ko-kr docs/reporting-services/subscriptions/monitor-reporting-services-subscriptions.md",
  },
  {
    // A sending service that has not validated the From address the account used (Brevo, Mailjet).
    cause: "sender-not-authorized",
    pattern: /\bValidate your sender\b|\bsender address has not been validated\b/i,
    confidence: 0.9,
    example:
      "Sending has been rejected because the sender you used user@gmail.com is not valid. Validate your sender or authenticate your domain",
    source:
      "https://github.com/askinguray-debug/d1-template/blob/HEAD/BREVO_SENDER_VERIFICATION_FIX.md; https://github.com/miksblitz/defendu-app/blob/HEAD/FIX_MAILJET_SENDER.md",
  },
  {
    // At MAIL FROM, "mailbox unavailable" (RFC 5321's stock text) or an invalid, non-local mailbox
    // is about the sender's address: the account may not send as it (GMX, WEB.DE, IONOS want the
    // signed-in mailbox; Exchange's send-as check). 5 of the 7 such replies no stronger wording
    // decides; a weak reading.
    cause: "sender-not-authorized",
    pattern: /\bmailbox unavailable\b|\bInvalid Mailbox\b|\bMailbox is not local\b/i,
    confidence: 0.5,
    stages: ["mail"],
    requireStage: true,
    example: "550-Requested action not taken -- mailbox unavailable",
    source:
      "https://github.com/hpi-swt2/sport-portal/issues/462; https://github.com/infertux/zeyple/issues/49; https://github.com/mattermost/mattermost/issues/13652; PACMaker config file, comments on MAIL_NAME and MAIL_ADDRESS (code index id 26123300783); .NET MailCommand ExecuteAsync with CanUserSendAs and local-domain checks (code index id 8850221994); jeffpar/kbarchive:kb/262/Q262945/README.md",
  },
  {
    // The family: this login may not send from (or as) that address ('You are not allowed to send from this address', 'cannot send from address', SendAsDenied's 'not allowed to send as').
    cause: "sender-not-authorized",
    pattern:
      /\b(?:cannot|can't|not (?:allowed|permitted|authori[sz]ed) to|unable to|may not) send (?:mail |e-?mails? |messages? )?(?:from|as) (?:this |that |the |your |an? )?(?:address|sender|user|mailbox|account|identity)\b/i,
    confidence: 0.88,
    example: "501 You are not allowed to send from this address",
    source:
      "public repository change note on an SES relay for Stalwart (code index id 69644407542); https://github.com/pkp/pkp-lib/pull/7412; Portuguese Fluig forum post 'Erro 554 ao enviar email' about after task save notification (code index id 52666969241); code index id 63157693242 (Bosnian Odoo onboarding notes, 'SMTP — zašto reporti nisu slali email'); code index id 33702110724 (Proton Mail Bridge SMTP feature test, 'Send from a valid address that cannot send'); stalwartlabs/stalwart crates/smtp/src/inbound/mail.rs (SmtpEvent::MailFromUnauthorized)",
  },
  {
    // The family: this login (or API key) may send only as its own address or domain ('This mailbox cannot send as <…>',
    // 'you can only send as your own address', 'You may only send as <…>', 'can only send from its assigned domain').
    cause: "sender-not-authorized",
    pattern:
      /\b(?:can(?:not|'t| only)|may only) send as\b|\bcan only send from (?:its|your|the) (?:assigned|own|verified|registered) (?:domain|address)/i,
    confidence: 0.85,
    example: "This mailbox cannot send as <$sender_address>",
    source:
      "BPanel Email addon installer script writing the Exim configuration (acl_check_mail/rcpt/data, spam_block) (code index id 70092294132) [ACL message text only; Exim adds the SMTP code]; Go 'mu' app mail package, SMTP submission server (submissionSession, go-smtp) (code index id 60791462259); DevEye mailserver submission listener on smtp-server ('You may only send as …', code index id 70930421104); millionsend SMTP relay on smtp-server ('This API key can only send from its assigned domain', code index id 58348915294)",
  },
  {
    // The family: the From address is 'not one of your addresses' / 'not one of your mail domains' for this login.
    cause: "sender-not-authorized",
    pattern: /\bnot one of your (?:\S+ )?(?:addresses|domains|mail domains|e-?mail addresses)\b/i,
    confidence: 0.88,
    example: "The From address is not one of your mail domains",
    source:
      "https://github.com/TryGhost/Ghost/issues/24100; https://github.com/home-assistant/core/issues/176362; H-Guardian website issue report, problem 1 (code index id 52978675929); BPanel Email addon installer script writing the Exim configuration (acl_check_mail/rcpt/data, spam_block) (code index id 70092294132) [ACL message text only; Exim adds the SMTP code]",
  },
  {
    // The family: the sender address is not this login's ('Unauthorized use of sender address', '<…> is not your address', 'is not an authorized sender for', 'Sender must be <the login>').
    cause: "sender-not-authorized",
    pattern:
      /\bunauthori[sz]ed use of (?:the )?sender(?: address)?\b|>? is not your (?:e-?mail )?address\b|\bis not an authori[sz]ed sender for\b|\bSender must be \S+@\S+/i,
    confidence: 0.85,
    example: "Unauthorized use of sender address",
    source:
      "foxcpp/maddy internal/check/authorize_sender/authorize_sender.go (authzSender, !AuthorizeEmailUse) [reply rendered from the SMTPError code, enhanced code and message]; https://github.com/foxcpp/maddy/blob/201869e5d4d01361b82294e4796acdd2b3cc8bef/internal/check/authorize_sender/authorize_sender.go; early Citadel serv_smtp.c (smtp_mail; code index id 48154832383) [reply rendered with placeholder address]; https://github.com/frappe/frappe/issues/29087; go-smtp smtpSession.Mail submission sender check and Rcpt local/relay split (code index id 69777829990)",
  },
  {
    // The sender address is not the login's: GMX's "Sender address does not belong to logged in user", Rediffmail's
    // "Domain used for Authentication is different than the sender's Domain".
    cause: "sender-not-authorized",
    pattern:
      /\b(?:sender|from|address)\b[^;\n]{0,40}?\bdoes(?: not|n.t)\s+belong\s+to\s+(?:the\s+)?(?:logged[- ]?in|authenticated|login)\s+(?:user|account)\b|\bused for auth(?:entication)? is different (?:than|from) the sender/i,
    confidence: 0.85,
    example: "554 Domain used for Authentication is different than the sender's Domain (#5.7.1)",
    source:
      "code index id 4334528165 (openmediavault salt state for Postfix notification email, sender_canonical comment); Rediffmail Enterprise support SOP/FAQ knowledge base, Bounce section (code index id 56357646248)",
  },
  {
    // The family: the From address (or header) must be the signed-in account's own ('must match authenticated user', 'must be equal to').
    cause: "sender-not-authorized",
    pattern:
      /\bFrom (?:header|address) must (?:be )?(?:equal to|match|the same as)\b|\bmust match (?:the |your )?authenticated (?:user|mailbox|account|login|identity|address|sender)\b/i,
    confidence: 0.85,
    example: "553 From address must match authenticated user",
    source:
      "code index id 60284897556 (Python aiosmtpd handler storing mail per domain in MongoDB, handle_DATA); https://github.com/thunderbird/thunderbird-android/issues/7582",
  },
  {
    // maddy's authorize_sender check: the signed-in user may not use this MAIL FROM address.
    cause: "sender-not-authorized",
    pattern: /\bUnauthori[sz]ed use of (?:the )?sender address\b/i,
    confidence: 0.85,
    example: "553 5.7.0 Unauthorized use of sender address",
    source:
      "https://github.com/foxcpp/maddy/blob/201869e5d4d01361b82294e4796acdd2b3cc8bef/internal/check/authorize_sender/authorize_sender.go",
  },
  {
    // The concept, however a server words it: the sender address (or its domain) is not the one
    // the session signed in with. Worded as a comparison of the two ("from and auth not the same",
    // "Domain used for Authentication is different than the sender's Domain") or as ownership
    // ("<…> is not your address", "Sender must be <address>"; "not owned by the authenticated
    // account" below). Checked against every corpus reply: only sender-identity refusals match.
    cause: "sender-not-authorized",
    pattern:
      /\b(?:sender|from|envelope|mail from)\b[^.\n]{0,40}\band\b[^.\n]{0,10}\b(?:auth\w*|login)\b[^.\n]{0,20}\b(?:not the same|(?:do|does)(?:n't| not) match|differ)|\b(?:auth\w*|login)\b[^.\n]{0,30}\bdifferent (?:than|from) the sender|\bis not your (?:e-?mail )?address\b|\bSender must be <?[^\s@<>]+@/i,
    confidence: 0.85,
    stages: ["mail", "rcpt", "data"],
    example: "503 from and auth not the same (#5.5.1)",
    source:
      "https://github.com/sagredo-dev/qmail/blob/01b51166a4a295231150309129d0a3a531019af8/qmail-smtpd.c; Rediffmail Enterprise support SOP/FAQ knowledge base, Bounce section (code index id 56357646248); early Citadel serv_smtp.c (smtp_mail; code index id 48154832383); go-smtp smtpSession.Mail submission sender check and Rcpt local/relay split (code index id 69777829990)",
  },
  {
    cause: "sender-not-authorized",
    pattern: /\bnot owned by (?:the )?auth\w* account\b/i,
    confidence: 0.88,
    stages: ["mail", "rcpt", "data"],
    example: "550 5.7.1 Sender address not owned by the authenticated account",
    source:
      "Go go-smtp submission backend of lambdamail, protocols/internal/presentation smtp submission session (code index id 60898146067)",
  },
  {
    // The concept in a sending service's words: the sender identity (address or domain) the
    // account sends as is not one it has verified (SendGrid's "verified Sender Identity", SES's
    // unverified identities, Yandex Cloud Postbox's "identity not verified"). A blocked identity
    // is the account's restriction, not this.
    cause: "sender-not-authorized",
    pattern: /\b(?:sender )?identity (?:is )?not (?:verified|found)\b/i,
    confidence: 0.85,
    stages: ["mail", "rcpt", "data"],
    example: "550 5.4.1 identity not verified RequestID: <request-id>",
    source: "yandex-cloud/docs en/postbox/api-ref/smtp-errors.md (code index id 61995703419)",
  },
]);
