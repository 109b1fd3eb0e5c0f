import type { ReplyPattern } from "./reply-pattern-schema";

/**
 * Wording families: one pattern per way of saying a cause, written from several unrelated
 * servers' replies at once (each family cites them all), so that a new server saying the same
 * thing in its own words is still understood. Added after the batch-5 corpus (2026-11-29) showed
 * which meanings the analyzer had only ever seen in one phrasing; the cross-validation keeps a
 * family for a fold whenever one of its other sources is outside that fold.
 */
export const wordingFamilies: readonly ReplyPattern[] = [
  // Authentication.
  {
    // Chinese providers (QQ, 163, 126) call their app password an "authorization code" (授权码).
    cause: "auth-app-password-required",
    pattern:
      /authori[sz]ation code|授权码|Please use (?:an? )?(?:app|application)[- ]?(?:specific )?password/i,
    confidence: 0.93,
    example:
      "535 Login Fail. Please enter your authorization code to login. More information in http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256",
    source:
      "https://github.com/YMFE/yapi/issues/2219; https://github.com/DesertsP/Valine-Admin/issues/112; https://github.com/gshang2017/docker/issues/18",
  },
  {
    // Yahoo/AOL answer a login with the account password (no app password) with AUTH005.
    cause: "auth-app-password-required",
    pattern: /\(#AUTH005\)/i,
    provider: "yahoo",
    confidence: 0.93,
    example: "535 5.7.0 (#AUTH005) Too many bad auth attempts.",
    source:
      "https://github.com/nedimf/maildroid/issues/17; https://github.com/nodemailer/nodemailer/issues/1112; https://github.com/GUI/lua-resty-mail/issues/4",
  },
  {
    cause: "auth-mechanism-unsupported",
    pattern:
      /Invalid authentication mechanism|no mechanism available|AUTH mechanism \S+ (?:is )?not (?:available|supported|enabled)|no form of authori[sz]ation supported|Command "?AUTH [A-Z0-9-]+[^"]*"? not implemented|Unsupported (?:SASL |authentication )?mechanism|mechanism (?:\S+ )?(?:is )?not supported/i,
    confidence: 0.93,
    example: "535 5.7.8 Error: authentication failed: Invalid authentication mechanism",
    source:
      "https://github.com/knadh/listmonk/issues/1750; https://github.com/splitbrain/dokuwiki-plugin-smtp/issues/65; https://github.com/bigbluebutton/greenlight/issues/2422; https://github.com/eleith/emailjs/issues/126; https://github.com/nodemailer/nodemailer/issues/878; https://github.com/elastic/logstash/issues/11556",
  },
  {
    cause: "auth-locked-out",
    pattern:
      /authenticate too many times|Too many login attempts|too many (?:failed )?(?:login|authentication) (?:failures|errors)|temporarily blocked (?:due to|after) (?:too many|repeated) (?:failed )?(?:login|authentication)/i,
    confidence: 0.9,
    example: "535 auth failed (this user authenticate too many times)",
    source:
      "https://github.com/nodemailer/nodemailer/issues/1350; https://github.com/SchumacherFM/mailout/issues/12; https://github.com/pivorakmeetup/pivorak-web-app/issues/281; https://github.com/AnalogJ/justvanish/issues/13; https://github.com/grails-plugins/grails-mail/issues/6; https://github.com/bruceg/nullmailer/issues/68",
  },
  {
    cause: "server-temporary-failure",
    pattern:
      /Temporary authentication failure|Connection lost to authentication server|authentication server (?:is )?(?:unavailable|not responding)/i,
    confidence: 0.85,
    example: "454 4.7.0 Temporary authentication failure: Connection lost to authentication server.",
    source:
      "https://github.com/chatmail/relay/issues/441; RFC 4954 §6 (454 4.7.0 Temporary authentication failure)",
  },
  // Reaching the server.
  {
    cause: "connect-timeout",
    pattern: /\bConnection timeout\b|timed ?out while connecting|connect(?:ion)? (?:attempt )?timed out/i,
    stages: ["connect", "greeting"],
    confidence: 0.85,
    example: "Error: Connection timeout at SMTPConnection._formatError",
    source:
      "https://github.com/eleith/emailjs/issues/96; nodemailer/nodemailer lib/smtp-connection/index.js (_onConnectionTimeout)",
  },
  {
    cause: "connect-refused",
    pattern: /active rejection by the target computer|actively refused it/i,
    confidence: 0.9,
    example: "Unable to connect due to active rejection by the target computer.",
    source:
      "https://github.com/elsa-workflows/elsa-core/issues/5754; learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2 (WSAECONNREFUSED)",
  },
  {
    cause: "dns-not-found",
    pattern: /No address associated with (?:host ?name|nodename)|EAI_NODATA/i,
    confidence: 0.85,
    example: "getaddrinfo failed: No address associated with hostname",
    source: "https://github.com/PHPMailer/PHPMailer/issues/340; man getaddrinfo(3) (EAI_NODATA)",
  },
  {
    cause: "not-smtp-service",
    pattern:
      /Unable to parse status code returned by the server|\+OK\b.{0,60}\b(?:POP3|Dovecot|ready)|\* OK\b.{0,80}\b(?:IMAP4(?:rev1)?|ready)|\bIMAP4rev1\b|POP3 Server|SSH-\d\.\d-|HTTP\/\d\.\d \d{3}/i,
    confidence: 0.88,
    example:
      "SmtpProtocolException: Unable to parse status code returned by the server. S: +OK Welcome to MailEnable POP3 Server",
    source:
      "https://github.com/jstedfast/MailKit/issues/187; https://github.com/jstedfast/MailKit/issues/987; https://github.com/almindor/lnet/issues/18; https://github.com/freescout-help-desk/freescout/issues/2499",
  },
  {
    cause: "server-busy",
    pattern:
      /Service not available,? closing transmission channel|Try again later,? closing connection|Server terminates connection|too busy|server (?:is )?overloaded/i,
    confidence: 0.82,
    example: "421 4.7.0 Try again later, closing connection. (EHLO)",
    source:
      "RFC 5321 §4.2.3 (421 <domain> Service not available, closing transmission channel); https://github.com/knadh/listmonk/issues/1516; https://github.com/calcom/cal.diy/issues/5254; https://github.com/dawidd6/action-send-mail/issues/196",
  },
  {
    cause: "server-temporary-failure",
    pattern:
      /Internal server error|server internal error|Temporary local problem|local error in processing|Requested action aborted: (?:local )?error/i,
    confidence: 0.85,
    example: "451 4.3.2 Internal server error (in reply to RCPT TO command)",
    source:
      "https://github.com/Mailu/Mailu/issues/2863; https://github.com/juanluisbaptiste/docker-postfix/issues/43; https://github.com/OpenSMTPD/OpenSMTPD/issues/1143; https://github.com/Gilwyad/mailnesia.com/issues/15; RFC 5321 §4.2.3 (451 Requested action aborted: local error in processing)",
  },
  {
    cause: "routing-error",
    pattern:
      /\bNull ?MX\b|doesn't receive email according to the administrator|remote host address is the local host|loops back to myself|mail loop(?:s)? detected|too many hops|hop count exceeded/i,
    confidence: 0.93,
    example: "The domain example.org doesn't receive email according to the administrator: returned Null MX",
    source:
      "https://github.com/sisimai/set-of-emails/issues/4; https://github.com/diyan/mailhog-docker/issues/2; RFC 7505 (null MX)",
  },
  // Encryption.
  {
    cause: "tls-handshake-failed",
    pattern:
      /TLS not available due to local problem|TLS handshake (?:failed|eof|error|failure)|HandshakeFailure|SSL_(?:accept|connect) error|lost connection after STARTTLS|error (?:upgrading|during) (?:connection with )?STARTTLS|Cannot start TLS/i,
    confidence: 0.88,
    example: "Diagnostic-Code: SMTP; 403 4.7.0 TLS handshake failed.",
    source:
      "https://github.com/go-gomail/gomail/issues/173; https://github.com/hardware/mailserver/issues/236; https://github.com/gophish/gophish/issues/2471; https://github.com/python/psf-salt/issues/556; https://github.com/docker-mailserver/docker-mailserver/issues/640; https://github.com/rustdesk/rustdesk/issues/5690; https://github.com/mesalock-linux/mesalink/issues/48; https://github.com/docker-mailserver/docker-mailserver/issues/1369; https://github.com/joshuacox/mkdomoticz/issues/15",
  },
  {
    cause: "starttls-not-offered",
    pattern:
      /TLS (?:is )?not supported|TLS is required, but was not offered|STARTTLS (?:is )?not (?:offered|advertised|available)|(?:Command unrecognized|command not recognized|Unrecognized command|not implemented)\W{0,3}"?STARTTLS|STARTTLS (?:command )?(?:not (?:recognized|implemented|supported)|used when not advertised)/i,
    confidence: 0.9,
    example: "TLS is required, but was not offered by host 127.0.0.1[127.0.0.1]",
    source:
      "https://github.com/iredmail/iRedMail/issues/265; https://github.com/davidmoten/subethasmtp/issues/1; https://github.com/postalserver/postal/issues/745",
  },
  {
    cause: "tls-wrong-mode",
    pattern: /not permitted when TLS active|TLS already active|already (?:in|using) TLS/i,
    confidence: 0.85,
    example: "454 Command not permitted when TLS active",
    source: "https://github.com/jordan-wright/email/issues/71",
  },
  // Reputation and the receiver's own rules.
  {
    // Named reputation services are blocklists in the catalogue's sense, even when the reply says "reputation".
    cause: "ip-blocklisted",
    pattern:
      /Cloudmark Sender Intelligence|csi\.cloudmark\.com|\bERS-(?:DUL|QIL|RBL)\b|servicecentral\.trendmicro\.com|\bblock for spam\b|\bRBL\+?\b.*(?:listed|found)/i,
    confidence: 0.95,
    example:
      "554 CMGW IB103. Connection refused. 203.0.113.198 has a poor reputation on Cloudmark Sender Intelligence (CSI).",
    source:
      "https://github.com/jstanden/cerb/issues/1628; https://github.com/thunderbird/mailstrom/issues/197; https://github.com/ActiveCampaign/smtp-field-manual/pull/65",
  },
  {
    cause: "ip-reputation",
    pattern: /\bBad IP\b|traffic not accepted from this IP|low reputation|IP reputation/i,
    confidence: 0.82,
    example: "554 5.7.1 Rejected because Bad IP",
    source:
      "https://github.com/zone-eu/zone-mta/pull/239; https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/1181",
  },
  {
    cause: "ip-not-allowed",
    pattern:
      /not allowed to connect|Administrative Lockout|based on geographical location|countries\.nerd\.dk|geo-?(?:ip|location) (?:block|policy|restriction)|connections? from your (?:country|region)/i,
    confidence: 0.9,
    example: "554 5.7.1 You are not allowed to connect.",
    source:
      "https://github.com/mail-in-a-box/mailinabox/issues/1194; https://misstech.co.uk/2015/05/01/sharepoint-online-sharing-emails-rejected-bounced-ndr/; zone-eu/zone-mta config/bounces.txt",
  },
  {
    cause: "receiver-misconfigured",
    pattern:
      /Query Refused|refused\.shtml|Your DNS IP:|server you are sending to is misconfigured|open resolver|public resolver|returnc\/pub|excessive number of queries/i,
    confidence: 0.97,
    example:
      "554 5.7.1 Service unavailable; Client host [mail.example.com] blocked using multi.uribl.com; 127.0.0.1 -> Query Refused. See http://uribl.com/refused.shtml",
    source:
      "zone-eu/zone-mta config/bounces.txt; ammarfaizi2/lore-inbox (LKML 2002-10-30, ORBZ); https://github.com/openstreetmap/operations/issues/674; https://github.com/docker-mailserver/docker-mailserver/issues/2918; https://github.com/spamhaus/spamassassin-dqs/issues/53; https://github.com/anonaddy/anonaddy/issues/533",
  },
  {
    // rspamd and other milters greylist at end of data with "4.7.1 Try again later".
    cause: "greylisted",
    pattern:
      /milter-reject: END-OF-MESSAGE .*Try again later|Internal resource (?:is )?temporarily unavailable|greylist/i,
    confidence: 0.88,
    example:
      "milter-reject: END-OF-MESSAGE from relay2.example.org[192.0.2.7]: 4.7.1 Try again later; from=<a@example.org> to=<b@example.com> proto=ESMTP",
    source:
      "https://github.com/rspamd/rspamd/issues/2013; https://github.com/vstakhov/rmilter/issues/88; https://dwlistore.dwli.org/knowledgebase/444/Emails-Not-Sending-to-Mimecast-Recipients-.html",
  },
  {
    cause: "rate-limited",
    pattern:
      /exceeded (?:your |the )?(?:messaging|sending|daily|hourly|message|recipient|outbound)s? (?:limits?|quota)|\b(?:recipient|message|sending|daily) (?:limit|count|quota) (?:has been )?(?:exceeded|exceeds|reached)|SubmissionQuotaExceeded|only \d+ messages per (?:day|hour)|Maximum (?:sending )?(?:credits|rate) exceeded|too many (?:messages|recipients|connections)/i,
    confidence: 0.88,
    example: "451 You've exceeded your messaging limits",
    source:
      "https://github.com/mautic/mautic/issues/8721; https://github.com/WA-WF-Bot/WA-WF-Bot-Public/issues/282; https://github.com/root-io/vmail/issues/67; https://github.com/MicrosoftDocs/OfficeDocs-Support/issues/1150; https://github.com/woowacourse-teams/2025-ah-madda/issues/741; https://github.com/mailgun/mailgun-java/issues/50",
  },
  // Envelope.
  {
    cause: "relay-denied",
    pattern:
      /(?:isn't|not) in my list of allowed rcpthosts|Relay(?:ing)? (?:access )?denied|couldn't relay|(?:unable|not able) to relay|relay(?:ing)? (?:is )?not (?:permitted|allowed)|we do not relay/i,
    confidence: 0.93,
    example: "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
    source:
      "https://github.com/msimerson/Mail-Toaster-6/issues/107; https://pastebin.com/V22msPMs; https://github.com/nodemailer/nodemailer/issues/190; https://pastebin.com/mig48MuG",
  },
  {
    cause: "sender-not-authorized",
    pattern:
      /Email address is not verified|identities failed the check|not a verified (?:sender|identity|address)|not owned by (?:auth(?:enticated)? )?user|envelope sender not allowed|not allowed to use the domain \S+ as (?:a )?sender|sender (?:address )?(?:is )?not allowed|(?:does not|doesn't) have permissions? to send as|not authori[sz]ed to send (?:as|on behalf|from)/i,
    confidence: 0.92,
    example: "553 5.7.1 Sender address rejected: not owned by auth user.",
    source:
      "https://github.com/splitbrain/dokuwiki-plugin-smtp/issues/38; https://github.com/in2code-de/femanager/issues/404; https://github.com/PHPMailer/PHPMailer/issues/304; https://github.com/sul-dlss/dlme/issues/813; https://github.com/WPManageNinja/fluent-smtp/issues/74; https://github.com/mettle/sendportal/issues/94; https://github.com/samitsolutions/fop/issues/21",
  },
  {
    cause: "sender-account-restricted",
    pattern:
      /OutboundSpamException|WASCL UserAction verdict|HipNotify|(?:your |the )?account (?:has been|is) (?:suspended|disabled|deactivated|blocked)|Outgoing mail from .{0,80} has been suspended|(?:sending|outgoing mail) (?:has been |is )?(?:suspended|disabled|blocked) for (?:this|your) account/i,
    confidence: 0.88,
    example: "552 Your account has been suspended. Please contact us to reactivate",
    source:
      "https://github.com/roundcube/roundcubemail/issues/8737; https://github.com/gophish/gophish/issues/720; https://github.com/Youans/nodejs-nodemailer-outlook/issues/11; https://github.com/DesertsP/Valine-Admin/issues/26",
  },
  {
    cause: "recipient-unknown",
    pattern:
      /User unknown|No such user|Unrouteable address|wasn't found at|\buser is terminated\b|not a valid RFC-?5321 address|invalid mailbox|(?:recipient|address|mailbox) (?:does not exist|not found|unknown)|no such (?:account|address)/i,
    confidence: 0.88,
    stages: ["rcpt", "data"],
    example:
      "550 Message was not accepted -- invalid mailbox. Local mailbox user@mail.ru is unavailable: user is terminated",
    source:
      "https://github.com/sisimai/p5-sisimai/issues/93; https://github.com/bwya77/O365-Admin-Center/issues/12; https://github.com/YunoHost-Apps/mailman_ynh/issues/6; https://github.com/docker-mailserver/docker-mailserver/issues/2033; https://github.com/jeboehm/docker-mailserver/issues/221; https://github.com/dirtsimple/poste.io/issues/26; https://github.com/manyuanrong/deno-smtp/issues/45; https://github.com/aschroder/Magento-SMTP-Pro-Email-Extension/issues/283",
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
    cause: "recipient-rejected-policy",
    pattern:
      /delivery to this address is restricted|(?:don't|do not) have permission to send to (?:it|this recipient)|Recipient Prohibited|add you to the (?:accept|allowed senders?) list|only accepts? (?:mail|messages) from (?:authori[sz]ed|internal)/i,
    confidence: 0.88,
    example: "Your message can't be delivered because delivery to this address is restricted.",
    source:
      "https://github.com/nprapps/lookatthis/issues/406; https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/1208; https://wiki.pscs.co.uk/_export/raw/how_to:550_5.7.1_recipient_prohibited_x",
  },
  {
    cause: "no-recipients",
    pattern:
      /RCPT first|Valid RCPT command must precede DATA|need RCPT|No valid recipients|SMTPRecipientsRefused: \{\}/i,
    confidence: 0.85,
    example: "503 Valid RCPT command must precede DATA",
    source:
      "https://github.com/getgrav/grav-plugin-email/issues/129; https://github.com/mautic/mautic/issues/9822; RFC 5321 §3.3 (no valid recipients: 554)",
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
    cause: "message-malformed",
    pattern: /bare (?:line ?feed|LF)|smtplf|message line (?:is )?too long|line length exceeded/i,
    confidence: 0.9,
    example: "451 See http://pobox.com/~djb/docs/smtplf.html.",
    source:
      "https://github.com/Kitura/Swift-SMTP/issues/128; https://github.com/gen-smtp/gen_smtp/issues/253; https://github.com/swiftmailer/swiftmailer/issues/989",
  },
  // Added in a second pass: meanings the corpus shows from several unrelated sources.
  {
    cause: "reverse-dns-missing",
    pattern:
      /cannot find your (?:reverse )?hostname|reverse (?:DNS|hostname|lookup) (?:lookup )?(?:failed|missing|required|does not|doesn't|not found)|(?:no|missing|invalid|bad) (?:DNS )?PTR(?: resource)?(?: record)?|requires? (?:a )?(?:valid )?PTR|PTR record/i,
    confidence: 0.9,
    example: "450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.5]",
    source:
      "https://github.com/omega8cc/boa/issues/532; https://github.com/mailcow/mailcow-dockerized/issues/85; https://github.com/docker-mailserver/docker-mailserver/issues/2970; https://github.com/iredmail/iRedMail/issues/156; https://github.com/ActiveCampaign/smtp-field-manual/pull/65; https://github.com/LukeSmithxyz/emailwiz/issues/128; https://github.com/EDSM-NET/FrontEnd/issues/21; https://github.com/mailcow/mailcow/issues/915",
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
    cause: "auth-disabled-tenant",
    pattern: /SmtpClientAuthentication is disabled for the Tenant/i,
    provider: "microsoft-365",
    confidence: 0.96,
    example:
      "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
    source:
      "https://github.com/simonrob/email-oauth2-proxy/issues/193; https://github.com/nodemailer/nodemailer/issues/1484; https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/3124; https://docs.bookyourpto.com/features/smtp-troubleshoot",
  },
  {
    cause: "auth-disabled-mailbox",
    pattern: /SmtpClientAuthentication is disabled for the Mailbox/i,
    provider: "microsoft-365",
    confidence: 0.96,
    example:
      "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.",
    source:
      "PatchMyPCTeam/kbs.patchmypc.com advanced-insights/log-collection-and-analysis/patch-my-pc-smtp-authentication-for-exchange-online.md; https://aka.ms/smtp_auth_disabled",
  },
  {
    cause: "auth-basic-blocked",
    pattern:
      /did not meet the criteria to be authenticated|não atendeu aos critérios|security defaults|Conditional Access/i,
    provider: "microsoft-365",
    confidence: 0.95,
    example:
      "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator.",
    source:
      "https://docs.bookyourpto.com/features/smtp-troubleshoot; https://github.com/gophish/gophish (pt-BR paste)",
  },
  {
    cause: "auth-basic-retired",
    pattern:
      /basic authentication is disabled|Basic authentication is not supported|basic auth(?:entication)? (?:has been |is )?(?:turned off|deprecated|no longer supported)/i,
    confidence: 0.95,
    example:
      "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [FR4P281CA0026.DEUP281.PROD.OUTLOOK.COM]",
    source:
      "https://github.com/rpremraj/mailR/issues/107; https://github.com/nodemailer/nodemailer/issues/1714; https://github.com/nodemailer/nodemailer/issues/1685; https://github.com/twikoojs/twikoo/issues/840; https://github.com/hassio-addons/app-vaultwarden/issues/402; https://github.com/pppscn/SmsForwarder/issues/631",
  },
  {
    cause: "session-timeout",
    pattern:
      /Connection timed out\. Total session duration|4\.4\.[12] Connection timed out|Timeout waiting for (?:client|data|input)|(?:command|idle|session) time-?out|Error: timeout exceeded/i,
    confidence: 0.9,
    example:
      'Connection closed response="421 4.4.1 Connection timed out. Total session duration: 00:05:00.7054661"',
    source:
      "zone-eu/zone-mta (SMTPCLOSE log); jstedfast/MailKit (SmtpCommandException 4.4.1); RFC 3463 (X.4.1 no answer from host, X.4.2 bad connection)",
  },
  {
    cause: "ip-blocklisted",
    pattern:
      /dynamically[- ]assigned IP|\bDY-001\b|All messages from \S+ will be permanently deferred|\bTSS0[4-9]\b.{0,40}permanently/i,
    confidence: 0.9,
    example:
      "550 DY-001 Unfortunately, messages from 203.0.113.10 weren't sent. Hotmail does not relay dynamically-assigned IP ranges.",
    source:
      "Outlook.com postmaster (DY-001, dynamic IP ranges); https://github.com/hardware/mailserver/issues/206",
  },
  // Protocol.
  {
    cause: "protocol-error",
    pattern:
      /Invalid\/unsupported command|unsupported command|Invalid command|command not (?:implemented|recogni[sz]ed)|synchroni[sz]ation error|Bad sequence of commands|commands? out of (?:order|sequence)/i,
    confidence: 0.7,
    example: "502 Invalid/unsupported command",
    source: "RFC 5321 §4.2.3 (500/502); https://github.com/haraka/Haraka (502 Invalid/unsupported command)",
  },
];
