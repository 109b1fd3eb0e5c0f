import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { MS_NDR } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The message is not well formed": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "message-malformed",
    pattern:
      /RFC ?5322(?!\.From)|RFC ?2822|valid address in From: header|no From: header|bare[- ](?:LF|linefeed|CR)|Lone (?:CR|LF)|malformed(?! value "[^"\n]*" \(expansion of)(?! (?:SMTP |server )?(?:answer|response|reply|greeting)\b)(?! (?:e-?mail |sender |recipient |From |To )?address| (?:reverse|forward)[- ]?path)(?! or unexpected name server reply| name server reply)|(?:invalid|missing|duplicate|multiple) (?:From|Date|Message-ID|To|Subject)\b[\w :-]*header|header (?:is )?(?:invalid|malformed|missing)/i,
    confidence: 0.88,
    // (Exim's "Malformed value "…" (expansion of" is its own setting, not the message.)
    example: "Access denied, message must be RFC 5322 section 3.6.2 compliant",
    source: `${MS_NDR} (5.7.512)`,
  },

  {
    cause: "message-malformed",
    // A lone LF or CR where SMTP requires CRLF (RFC 5321 §2.3.8), however the server names it; a
    // line the message itself holds that is over the limit. A bare "line too long" is judged by
    // its stage (below): outside DATA it is the command line.
    pattern:
      /bare (?:line ?feeds?|LFs?|newlines?|CRs?|<LF>)|smtplf|message (?:has )?lines? (?:is |are )?too long|line length exceeded/i,
    confidence: 0.9,
    example: "451 See http://pobox.com/~djb/docs/smtplf.html.",
    source:
      "https://github.com/Kitura/Swift-SMTP/issues/128; https://github.com/gen-smtp/gen_smtp/issues/253; https://github.com/swiftmailer/swiftmailer/issues/989; https://github.com/gen-smtp/gen_smtp/issues/121; https://github.com/PHPMailer/PHPMailer/issues/3067; https://github.com/Dolibarr/dolibarr/issues/33871; https://github.com/muquit/mailsend/issues/52; https://github.com/marlam/msmtp/issues/145; https://www.mailpro.com/faq/smtp-error-554; https://1grid.co.za/knowledge/how-to-resolve-message-has-lines-too-long-for-transport; https://github.com/andris9/mimelib/issues/39",
  },
  {
    cause: "message-malformed",
    pattern:
      /bare <?LF>? received|bare (?:linefeed|LF)s? (?:is |are )?not allowed|Headers are not RFC compliant|should have one or no \S+ headers/i,
    confidence: 0.9,
    example: "Error: bare <LF> received",
    source:
      "https://github.com/bluetiger9/SmtpClient-for-Qt/issues/185; https://github.com/lukencode/FluentEmail/issues/228; https://github.com/LeastAuthority/leastauthority.com/issues/236",
  },
  {
    cause: "message-malformed",
    pattern:
      /Missing required header field|\bheader syntax\b|Multiple From addresses are not allowed|header is too long|invalid line ending/i,
    confidence: 0.9,
    example: 'Missing required header field: "Date"',
    source:
      "https://github.com/anoved/OctoPrint-EmailNotifier/issues/37; https://github.com/RainLoop/rainloop-webmail/issues/1934; https://github.com/djcb/mu/issues/2374; MicrosoftDocs/SupportArticles-docs Exchange/ExchangeOnline/email-delivery/ndr/fix-error-code-550-5-1-20-multiple-from-addresses.md; MicrosoftDocs/SupportArticles-docs Exchange/ExchangeOnline/email-delivery/ndr/550-x-dg-ref-header-too-long-ndr.md; albertito/chasquid internal/smtpsrv/conn.go (DATA, errInvalidLineEnding)",
  },
  {
    cause: "message-malformed",
    pattern: /missing a valid\s+messageId header/i,
    confidence: 0.9,
    example:
      "Diagnostic-Code: smtp; 550-5.7.1 [198.51.100.211] Messages missing a valid\n    messageId header are not 550 5.7.1 accepted.\n    hr20-20020a1709073f9400b007802aafb806si16343711ejc.244 - gsmtp",
    source: "https://github.com/agilare/ladecadanse/issues/58",
  },
  {
    cause: "message-malformed",
    pattern: /BARE NEWLINE from/i,
    confidence: 0.9,
    example: "BARE NEWLINE from [192.0.2.10]:50123 after DATA",
    source:
      "Postfix POSTSCREEN_README 'Bare newline test' (Debian postfix-doc 3.7.11) [address/port filled with documentation values]",
  },
  {
    cause: "message-malformed",
    pattern: /missing ['"]?From['"]? header|From header (?:is )?missing/i,
    confidence: 0.88,
    example:
      'Expected response code "250" but got code "550", with message "550 MIME message is missing \'From\' header".',
    source: "https://github.com/symfony/symfony/issues/48643",
  },
  {
    cause: "message-malformed",
    pattern:
      /Blank From:? addresses are not allowed|(?:Subject|header) contains invalid characters|Address contains illegal characters/i,
    confidence: 0.88,
    example: "550 jane@coolexample.com Blank From: addresses are not allowed. Provide a valid From. IB501",
    source:
      "sisimai/p5-sisimai:lib/Sisimai/Rhost/GoDaddy.pm (quoting https://www.godaddy.com/help/what-does-my-email-bounceback-mean-3568); https://www.vdx.nl/faq/email/email-overige/waarom-krijg-ik-de-melding-550-subject-contains-invalid-characters; public repository notes testing Postfix + SES with unusual addresses (code index id 18564964518)",
  },
  {
    cause: "message-malformed",
    pattern:
      /Incorrect (?:sender|from|date|message-id) header|(?:sender|from) header (?:is )?(?:missing|invalid|malformed)/i,
    confidence: 0.85,
    stages: ["data"],
    example: "550 Incorrect sender header (Check your FROM) #1",
    source: "https://github.com/mattermost/mattermost/issues/13648",
  },
  {
    // Gmail's one-From rule; GMX's explanation codes for header problems (hi, r0701).
    cause: "message-malformed",
    pattern: /multiple addresses in From:? header|\bc=hi\b|\bc=r070\d\b/i,
    confidence: 0.88,
    stages: ["data"],
    example:
      "[2401:2500:102:3032:192.0.2.222 13] Messages with multiple addresses in From: header are not accepted. v14si1155795plk.134 - gsmtp",
    source:
      "https://github.com/sisimai/rb-sisimai/issues/110; https://github.com/authelia/authelia/issues/2551 (GMX c=hi: header not RFC-compliant); https://github.com/flatpressblog/flatpress/issues/105 (GMX r0701)",
  },
  {
    // WEB.DE/GMX: the message's headers broke their rules; the r07xx explanation codes are header problems.
    cause: "message-malformed",
    pattern: /Reject due to policy restrictions \(header based\)|\bc=r07\d\d\b/i,
    confidence: 0.86,
    stages: ["data"],
    example: "550 <example@example.com>: Reject due to policy restrictions (header based)",
    source:
      "https://smtp.codes/webde (data: fm/smtp-codes data/codes/550.json); https://github.com/hitobito/hitobito/issues/2671 (GMX r0735)",
  },
  {
    cause: "message-malformed",
    pattern: /(?:failed|unable) to parse (?:the )?message/i,
    confidence: 0.8,
    stages: ["data"],
    example: "550 5.7.7 Failed to parse message.",
    source: "stalwartlabs/stalwart crates/smtp/src/inbound/data.rs (queue_message, MessageParser fails)",
  },
  {
    cause: "message-malformed",
    pattern:
      /\brequire a valid From header\b|\bbounce return path must be empty\b|\bbarelf\b|\bbare LF\b|\bbare linefeeds?\b/i,
    confidence: 0.88,
    example: "We require a valid From header",
    source:
      "smtpd/qpsmtpd plugins/headers; smtpd/qpsmtpd plugins/bogus_bounce; http://smtpd.develooper.com/barelf.html (qpsmtpd check_basicheaders)",
  },
  {
    cause: "message-malformed",
    pattern: /\bMessage body (?:is )?empty\b/i,
    origin: "client",
    confidence: 0.85,
    example:
      "Could not issue critical alert for rule 'Down (24x7)' to transport 'mail' Error: <strong>Message body empty</strong><br />",
    source: "https://github.com/librenms/librenms/issues/13734 (PHPMailer)",
  },
  {
    cause: "message-malformed",
    pattern: /Wrong MIME labeling|maximum allowed line length is \d+ octets/i,
    confidence: 0.88,
    example: "550 5.7.1 Content-Policy reject msg: Wrong MIME labeling on 8-bit character texts.",
    source:
      "https://lore.kernel.org/git/20161103153453.4aipi5lxkmkt3kco@sigill.intra.peff.net/; https://github.com/MicrosoftDocs/microsoft-365-docs/issues/592 (Exim)",
  },
  {
    // Amazon SES's header checks; ahead of the DKIM wording a "Duplicate header 'DKIM-Signature'" names.
    cause: "message-malformed",
    pattern: /\bDuplicate header\b|Missing final '@domain'/i,
    confidence: 0.93,
    stages: ["data", "mail", "rcpt"],
    example: "Sending message error (554 Transaction failed: Duplicate header 'Content-Type'.)",
    source:
      "https://github.com/xreef/EMailSender/issues/49; https://github.com/axllent/mailpit/issues/642; https://github.com/smartinez87/exception_notification/issues/132",
  },
  {
    cause: "message-malformed",
    pattern: /Required header '?[\w-]+'? missing/i,
    confidence: 0.9,
    example: "Required header 'Date' missing",
    source: "haraka/haraka-plugin-headers index.js (missing_required)",
  },
  {
    // At DATA a line over the 998-character limit of RFC 5322 is the message's, not the command's.
    cause: "message-malformed",
    pattern: /\bline too long\b|\btoo long a line\b/i,
    confidence: 0.8,
    stages: ["data"],
    requireStage: true,
    example: "501 Syntax error - line too long",
    source:
      "https://github.com/mobizt/ESP32-Mail-Client/issues/33; https://github.com/Kitura/Swift-SMTP/issues/106; Go load-test summary test TestSummaryCarriesAVerbatimError (code index id 57902666636)",
  },
  {
    // go-smtp's reader error for a line over its limit, which it only meets reading the message
    // ("transaction failed: smtp: too long a line in input stream"; older releases "too longer").
    cause: "message-malformed",
    pattern: /\btoo long(?:er| a) line in input stream\b/i,
    confidence: 0.8,
    example:
      "554 5.0.0 Error: transaction failed, blame it on the weather: smtp: too longer line in input stream",
    source:
      "Tencent Cloud SES SMTP documentation (Korean), error-code section (code index id 21647926284); Go load-test summary test TestSummaryCarriesAVerbatimError (code index id 57902666636)",
  },
  {
    // A MIME structure check (RFC 2046 limits a boundary to 70 characters).
    cause: "message-malformed",
    pattern: /\bMIME boundary\b[^.\n]{0,30}\b(?:exceeded|too long|invalid|missing)\b/i,
    confidence: 0.85,
    example: "reason: 550 MIME boundary length exceeded (see RFC 2046).",
    source: "https://github.com/zou-yu/worker-mailer/issues/23",
  },
  {
    // The message itself breaks RFC 5322 (a required header missing or duplicated, a From that does not parse): receivers and relays refuse it whoever sends it.
    cause: "message-malformed",
    pattern: /\bnot RFC ?5322 compliant\b/i,
    confidence: 0.9,
    example:
      "SMTP error from remote mail server after end of data:\n    550-5.7.1 This message is not RFC 5322 compliant. There are multiple Reply-To\n    550-5.7.1 headers. To reduce the amount of spam sent to Gmail, this message has\n    550-5.7.1 been blocked. For more information, go to\n    550-5.7.1  https://support.google.com/mail/?p=RfcMessageNonCompliant and review\n    550 5.7.1 RFC 5322 specifications. j13-20020a5d618d000000b003498b74f4b7si8282258wru.286 - gsmtp",
    source:
      "https://github.com/Chaste/Chaste/issues/268; https://github.com/jeremydumais/CPP-SMTPClient-library/issues/29; https://github.com/thunderbird/thunderbird-android/issues/3616; https://foxydog.tistory.com/252; https://github.com/sisimai/p5-sisimai/pull/499; public stored xen-devel thread about bounces from the xenproject list server (index id 27033047760); code index id 12259386415 (php.net manual page for mail(), user-contributed note 'Regarding To:'); https://github.com/bass3l/strapi-provider-email-smtp/issues/4",
  },
  {
    cause: "message-malformed",
    pattern: /\bmust be RFC ?5322\b[^\n]{0,40}\bcompliant\b/i,
    confidence: 0.9,
    example: "Access denied, message must be RFC 5322 section 3.6.2 compliant",
    source:
      "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online (MicrosoftDocs/SupportArticles-docs: Exchange/ExchangeOnline/email-delivery/ndr/non-delivery-reports-in-exchange-online.md)",
  },
  {
    cause: "message-malformed",
    pattern: /\bmissing (?:a valid )?'?(?:From|Date|To|Message-?ID|messageId)'? header\b/i,
    confidence: 0.9,
    example:
      'Expected response code "250" but got code "550", with message "550 MIME message is missing \'From\' header".',
    source:
      "https://github.com/symfony/symfony/issues/48643; https://github.com/splitbrain/dokuwiki-plugin-smtp/issues/59; https://github.com/ArtalkJS/Artalk/issues/1111; https://github.com/plausible/community-edition/issues/149; https://github.com/foxcpp/maddy/blob/201869e5d4d01361b82294e4796acdd2b3cc8bef/internal/check/authorize_sender/authorize_sender.go; https://github.com/element-hq/matrix-authentication-service/issues/4747; https://github.com/ergochat/ergo/issues/2108",
  },
  {
    cause: "message-malformed",
    // Whatever header a server requires (From, Date, To, or its own protocol's), said missing.
    pattern:
      /\b(?:Required )?header '?(?:From|Date|To|Message-ID)'? (?:is )?missing\b|\bmissing required headers?\b/i,
    confidence: 0.9,
    example: "Required header 'Date' missing",
    source:
      "haraka/haraka-plugin-headers index.js (missing_required, cfg.reject.missing_required) [message text only with placeholder header name; the SMTP code Haraka prefixes for DENY is not shown]; https://galaxy.maropost.com/kb/articles/821-smtp-error-codes; Go SMS/MMS gateway MM4Server HandleConnection/handleSession (code index id 34110355088)",
  },
  {
    cause: "message-malformed",
    // The concept: a header RFC 5322 allows once appears more than once, however a server words
    // it ("multiple To headers", "non-unique 'Subject' header", "must not contain more than one
    // From header", "From: header must hold exactly one address").
    pattern:
      /\b(?:non-unique|duplicated?|more than one|multiple) '?(?:From|To|Cc|Reply-To|Subject|Date|Message-ID|Sender|In-Reply-To|References)'?:? headers?\b|\b(?:From|Sender|Date|Subject|To):? header must (?:hold|contain|have) exactly one\b|\bFrom:? header with (?:a single|exactly one|one) address\b/i,
    confidence: 0.9,
    example:
      "s: 550-5.7.1 This message is not RFC 5322 compliant. There are multiple To headers.\n550-5.7.1 To reduce the amount of spam sent to Gmail, this message has been\n550-5.7.1 blocked. For more information, go to\n550-5.7.1  https://support.google.com/mail/?p=RfcMessageNonCompliant and review\n550 5.7.1 RFC 5322 specifications. g14-20020a62f94e000000b006f2d97c3e87sm2449378pfm.125 - gsmtp",
    source:
      "https://github.com/jeremydumais/CPP-SMTPClient-library/issues/29; https://github.com/sisimai/p5-sisimai/pull/499; https://github.com/zabszk/CSharp-SMTP-Server/blob/HEAD/CSharp-SMTP-Server/Protocol/Commands/TransactionCommands.cs; https://github.com/haraka/Haraka/blob/HEAD/plugins/data.rfc5322_header_checks.js; millionsend SMTP relay on smtp-server ('A From header with a single address is required', code index id 58348915294)",
  },
  {
    cause: "message-malformed",
    pattern: /\bMIME boundary length exceeded\b/i,
    confidence: 0.9,
    example: "reason: 550 MIME boundary length exceeded (see RFC 2046).",
    source: "https://github.com/zou-yu/worker-mailer/issues/23",
  },
  {
    cause: "message-malformed",
    pattern: /\bFailed to parse message\b/i,
    confidence: 0.9,
    example: "550 5.7.7 Failed to parse message.",
    source: "stalwartlabs/stalwart crates/smtp/src/inbound/data.rs (queue_message, MessageParser fails)",
  },
  {
    cause: "message-malformed",
    pattern: /\b[\w-]+ header is too long\b/i,
    confidence: 0.88,
    example: "550 x-dg-ref header is too long",
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-0-350-in-exchange-online (MicrosoftDocs OfficeDocs-Exchange, fix-error-code-550-5-0-350-in-exchange-online.md); MicrosoftDocs/SupportArticles-docs Exchange/ExchangeOnline/email-delivery/ndr/550-x-dg-ref-header-too-long-ndr.md",
  },
  {
    // Amazon SES's MIME parser: a Content-Disposition header it cannot read.
    cause: "message-malformed",
    pattern: /\bExpected disposition, got\b/i,
    confidence: 0.8,
    example: "554 Transaction failed: Expected disposition, got =.",
    source: "https://github.com/scandipwa/email-fix",
  },
  {
    // The message has no From (blank, empty or missing header or address): every receiver requires one (RFC 5322).
    cause: "message-malformed",
    pattern:
      /\b(?:blank|empty|missing|no) From\b(?:: | (?:header|address(?:es)?|field)\b)|\bFrom (?:header|address|field) is (?:missing|required|empty)\b|\brequire a valid From header\b|Illegal address in string ``''/i,
    confidence: 0.85,
    example: "Blank From: addresses are not allowed. Provide a valid From. IB501",
    source:
      "sisimai/p5-sisimai:lib/Sisimai/Rhost/GoDaddy.pm (quoting https://www.godaddy.com/help/what-does-my-email-bounceback-mean-3568); https://github.com/Graylog2/graylog2-server/issues/1147; https://github.com/graylog-labs/graylog2-web-interface/issues/1346; smtpd/qpsmtpd plugins/headers (has_required_headers); https://github.com/bass3l/strapi-provider-email-smtp/issues/4; https://github.com/foxcpp/maddy/blob/201869e5d4d01361b82294e4796acdd2b3cc8bef/internal/check/authorize_sender/authorize_sender.go; https://github.com/sendgrid/docs/issues/5397; https://github.com/sendgrid/sendgrid-csharp/issues/1039",
  },
  {
    // IONOS's explanation code c=hd on its policy-restriction reply: its help page (id 2425) names
    // headers that break RFC 5322 (a missing or doubled Date, doubled From/Sender/To/Cc/Subject).
    cause: "message-malformed",
    pattern: /\bid=2425&c=hd\b/i,
    confidence: 0.85,
    example:
      "Transaction failed Reject due to policy restrictions. For explanation visit https://www.ionos.com/help/index.php?id=2425&c=hd",
    source: "https://github.com/magepal/magento2-gmail-smtp-app/issues/175",
  },
  {
    // Exim reading recipients from the headers (-t): an address in To:/Cc: that is not well formed.
    // At RCPT the same words are about the command's own address, not the message.
    cause: "message-malformed",
    pattern: /\bmalformed address: \S.{0,80}? may not follow\b/i,
    confidence: 0.85,
    stages: ["data"],
    example:
      "kijitora@example.com <neko@example.net>: malformed address: <neko@example.net> may not follow kijitora@example.com",
    source: "Exim/exim src/src/parse.c (parse_extract_address: 'malformed address: %s may not follow %s')",
  },
  {
    // A message with no header section at all (qpsmtpd's check_basicheaders, Haraka's headers).
    cause: "message-malformed",
    pattern: /\bno headers? (?:sent|found|present|at all)\b|\bmessage has no headers\b/i,
    confidence: 0.8,
    stages: ["data"],
    example: "554 5.7.1 no headers sent",
    source: "milter-spamd source, mm_eoh (code index id 35273556210)",
  },
  {
    // Go's net/mail on an empty or unparsable address in the message's headers ("mail: no address"),
    // as gomail and other Go mailers pass it on.
    cause: "message-malformed",
    pattern: /\bmail: no address\b/i,
    confidence: 0.75,
    origin: "client",
    example: 'gomail: could not send email 1: gomail: invalid address "": mail: no address',
    source:
      "golang/go src/net/mail/message.go (error 'mail: no address'); https://github.com/drillster/drone-email/issues/78",
  },
  {
    // The family: the server could not parse the message it was given ("Failed to parse message",
    // "Message could not be parsed", "Invalid message content").
    cause: "message-malformed",
    pattern:
      /\b(?:Failed to parse|unable to parse|cannot parse|could not parse)\b[^\n]{0,12}?\b(?:e-?mail|message|mail)\b|\b(?:message|e-?mail) (?:(?:could not|couldn'?t|cannot|can'?t) be parsed|pars(?:ing|e) (?:error|failed|failure))\b|\bInvalid message content\b/i,
    confidence: 0.75,
    stages: ["data"],
    example: "554 Message could not be parsed",
    source:
      "stalwartlabs/stalwart crates/smtp/src/inbound/data.rs (queue_message, MessageParser fails); Node smtp-server onData handling unsubscribe emails with simpleParser (code index id 27248543573); .NET SmtpServer message store relaying via Microsoft Graph SendMail/draft (code index id 71105459802); Mireka filter StopLoop.java (code index id 24268564015); Go fortress SMTP session, DATA ParseMessage error (code index id 36961848371); Zotonic Erlang gen_smtp server callback with z_email_spam/z_email_receive (code index id 8940987208)",
  },
  {
    // The family: a required header (From, To, Cc, Date, Message-ID, Subject) absent, the "no"
    // first ("No To, CC or Bcc header field", "no From header", "no Message-ID header found").
    cause: "message-malformed",
    pattern:
      /\b(?:no (?:(?:From|To|Cc|Bcc|Date|Message-?ID|Subject|Sender|recipient)(?:,? (?:or |and )?)?)+ headers?(?: field| line)?|without(?: an?| the)? (?:From|To|Cc|Bcc|Date|Message-?ID|Subject|Sender):? (?:headers?|fields?))\b/i,
    confidence: 0.85,
    stages: ["data", "mail", "rcpt"],
    example: "550 5.7.1 No To, CC or Bcc header field",
    source:
      "ze-filter milter source, header check (code index id 10898299093) + ze-reply.h MSG_NO_RCPT_HEADER (code index id 11106140295); https://github.com/ronbeltran/bounce_email/blob/HEAD/tests/bounces/tt_bounce_03.txt",
  },
  {
    // Exim's verify = header_sender: no From, Sender or Reply-To header holds an address that
    // verifies ("there is no valid sender in any header line").
    cause: "message-malformed",
    pattern: /\bthere is no valid sender in any header line\b/i,
    confidence: 0.85,
    example: "U=CALLER F=<> rejected after DATA: there is no valid sender in any header line",
    source: "https://github.com/Exim/exim/blob/HEAD/test/log/0026",
  },
  {
    // The family: a header or address "contains invalid (illegal, control) characters" — the
    // message's own text breaks the rules (Amazon SES's "Address contains illegal characters",
    // "Local address contains control or whitespace", a host's "Subject contains invalid
    // characters").
    cause: "message-malformed",
    pattern:
      /\b(?:subject|header|(?:local )?address|local part|user name)\b[^.\n]{0,20}?\bcontains (?:invalid|illegal|control|non-ascii|unencoded 8-?bit)(?: characters?| or whitespace)?\b/i,
    confidence: 0.8,
    stages: ["data", "mail", "rcpt"],
    example: "550 Subject contains invalid characters",
    source:
      "https://www.vdx.nl/faq/email/email-overige/waarom-krijg-ik-de-melding-550-subject-contains-invalid-characters; public repository notes testing Postfix + SES with unusual addresses (code index id 18564964518); https://github.com/ccnmtl/mediathread/pull/2203",
  },
  {
    // The family: the server requires a valid header it did not find (qpsmtpd's "We require a
    // valid From header", "We require a valid Date header").
    cause: "message-malformed",
    pattern: /\b(?:require|requires|need) (?:a )?valid (?:From|Date|To|Message-?ID|Subject|Sender) header\b/i,
    confidence: 0.85,
    example: "552 We require a valid Date header",
    source:
      "smtpd/qpsmtpd plugins/headers (has_required_headers); smtpd/qpsmtpd plugins/check_basicheaders (code index)",
  },
  {
    // The family: the MIME structure itself is wrong (mislabelled 8-bit text, a boundary over
    // RFC 2046's length, a malformed MIME field).
    cause: "message-malformed",
    pattern:
      /\b(?:wrong|invalid|bad|broken|malformed) MIME(?: labell?ing| field| structure| header| boundary)?\b|\bMIME (?:boundary|structure|header)s?\b[^.\n]{0,30}\b(?:exceeded|invalid|too long|malformed)\b/i,
    confidence: 0.82,
    example: "550 MIME boundary length exceeded (see RFC 2046).",
    source:
      "https://lore.kernel.org/git/20161103153453.4aipi5lxkmkt3kco@sigill.intra.peff.net/; https://github.com/zou-yu/worker-mailer/issues/23",
  },
  {
    // Headers "not RFC compliant", the RFC unnamed (Yahoo's "Headers are not RFC compliant[291]";
    // Gmail's names RFC 5322).
    cause: "message-malformed",
    pattern: /\b(?:headers?|message) (?:is |are )?not RFC[ -]?(?:\d{3,4} )?compliant\b/i,
    confidence: 0.88,
    example: "554 Message not allowed - Headers are not RFC compliant[291]",
    source: "https://github.com/lukencode/FluentEmail/issues/228",
  },
  {
    // The family: the server (or the client before sending) says a header is missing, required,
    // incorrect or could not be parsed, in any words ("Required header 'Date' missing", "Message
    // must have a `from` header", "no headers sent", "Header error", "Error processing headers",
    // "there is no valid sender in any header line", "Incorrect sender header"): 19 of the 19
    // corpus replies with these words are this cause.
    cause: "message-malformed",
    pattern:
      /\b(?:required header\b[^\n]{0,20}\bmissing|must (?:have|contain|include) an? [`'"]?[\w-]+[`'"]? header|no headers? (?:sent|found|present|given)|header (?:error|is missing|missing)\b|error (?:processing|parsing) (?:the )?headers?|no valid sender in any header|(?:incorrect|invalid|bad|malformed|broken) (?:sender|from|date|message-id|to|subject|mime) header)/i,
    confidence: 0.8,
    example: "Message must have a `from` header",
    source:
      "https://github.com/eleith/emailjs/blob/02f7ea5e2e438602666ceac97af36df08b4d2730/test/client.ts; code index id 43307136907 (Python SMTP server, header parsing loop); https://github.com/sisimai/rb-sisimai/blob/HEAD/set-of-emails/maildir/bsd/email-google-03.eml; haraka/haraka-plugin-headers index.js (missing_required); https://github.com/Exim/exim/blob/HEAD/test/log/0026; milter-spamd source, mm_eoh (code index id 35273556210)",
  },
  {
    // A server that could not parse the message names a malformed message, even inside a
    // "content rejected" reply (Stalwart, a Go relay's DATA handler).
    cause: "message-malformed",
    pattern: /\b(?:could not|unable to|cannot|failed to) parse (?:the )?message\b/i,
    confidence: 0.92,
    example: "554 5.6.0 Message content rejected: could not parse message",
    source: "Go SMTP relay session, DATA handler with message.Build (code index id 61470642343)",
  },
  {
    // SubEthaSMTP's complaint about a lone CR or LF: in the message (after DATA) the message's
    // line endings; in a command line the client's protocol (protocol-error's reading).
    cause: "message-malformed",
    pattern: /\bCR and LF must be CRLF paired\b/i,
    confidence: 0.8,
    stages: ["data"],
    requireStage: true,
    example:
      "501 Syntax error at character position 37. CR and LF must be CRLF paired.  See RFC 2821 #2.7.1.",
    source:
      "SubEthaSMTP (MINA port) org/subethamail/smtp/server/ConnectionHandler.java (code index id 40489503)",
  },
  {
    // The family: the server could not parse the message (its MIME structure or content).
    cause: "message-malformed",
    pattern: /\b(?:MIME |message )?pars(?:e|ing) error\b|\berror parsing (?:the )?(?:message|MIME|mail)\b/i,
    confidence: 0.75,
    stages: ["data"],
    example: "451 MIME parse error",
    source:
      "https://www.sparkpost.com/docs/faq/error-messages-smtp/; Go fortress SMTP session, DATA ParseMessage error (code index id 36961848371); code index id 59091569571 (Rust mailin SMTP receiver ConnectionHandler of the aimail agent-mail gateway, base edition, src core smtp receiver); code index id 60284897556 (Python aiosmtpd handler storing mail per domain in MongoDB, handle_DATA); Python aiosmtpd TempMailHandler.handle_DATA, temporary-mail service app/smtp handler (code index id 9834940842)",
  },
  {
    // A client refusing to send a message without a From address (.NET's "A from address must be specified", gomail's
    // "From" field is absent): the message is incomplete, no server was asked.
    cause: "message-malformed",
    pattern: /\b(?:a |the )?from address must be specified\b|"?From"? field is (?:absent|missing|empty)\b/i,
    origin: "client",
    confidence: 0.85,
    example: 'gomail: could not send email 1: gomail: invalid message, "From" field is absent',
    source:
      "code index id 66870904815 (Kumunita U6 end-to-end smoke check note, OutboxEmail flow); code index id 44471757643 (Go SAT-questions server main.go with gomail connection test note)",
  },
  {
    // Exim's header syntax check (verify = header_syntax) refusing a header address without a domain ("failing
    // address in \"Cc:\" header"): the message's headers are not well formed.
    cause: "message-malformed",
    pattern: /\bunqualified address not permitted\b/i,
    confidence: 0.8,
    example:
      '2023-06-22 05:21:24 1qCBoy-0003ji-G9 H=mga03.intel.com\n[134.134.136.65]:57703 I=[78.32.30.218]:25\nX=TLS1.2:ECDHE_SECP521R1__RSA_SHA512__AES_256_GCM:256\nF=<user@linux.intel.com> rejected after DATA: unqualified\naddress not permitted: failing address in "Cc:" header is: Tan',
    source:
      "Kernel mailing-list message (Russell King, 2023-06-22) quoting his Exim mainlog (code index id 16766143441); code index id 2090826709 (Linux kernel mailing-list reply on a phylink/phylib patch series, 2023-06-22, quoting the reviewer's Exim reject log)",
  },
  {
    // The family: the message's own format refused (a header line's format, a MIME structure error, 8-bit data without MIME: Postfix's strict_8bitmime text).
    cause: "message-malformed",
    pattern: /header line format error|\bMIME ERROR\b|improper use of 8-bit data/i,
    confidence: 0.8,
    example: "550 5.6.9 improper use of 8-bit data in message header",
    source:
      "code index id 9484144550 (PHP BounceMailHandler bmhDSNRules(), Kevin 2006, rule 0217 sample); https://pastebin.com/kWymUezQ; PHP newsletter component bounce-rule seed list (array of 'words' with type/searchin/ordering) (code index id 28600920761); Return Path maillog-parser Exim log parser example lines (code index id 20615817109); git mailing list 2007-06-20, David Miller 'git-send-email (Fw: Delivery reports about your email [FAILED(1)])' (code index id 48580842748); git mailing list 2007-11-16, Matti Aarnio 'Fwd: [postmaster@vger.kernel.org: Delivery reports about your email [FAILED(1)]]' (code index id 8565069362)",
  },
  {
    // Go's net/mail refusing an address as written (gomail, go-mail and the apps on them parse the
    // From and To headers with it before sending): the message's own header is malformed.
    cause: "message-malformed",
    origin: "client",
    pattern:
      /\bmail: (?:missing @ in addr-spec|no address|expected single address|missing word in phrase|no angle-addr|unclosed angle-addr|expected comma)\b|\binvalid message, "From" field is absent\b/i,
    confidence: 0.7,
    example:
      'gomail: could not send email 1: gomail: invalid address "user@example.com <user@example.com>": mail: expected single address, got "<user@example.com>"',
    source:
      "golang/go src/net/mail/message.go (parseAddress errors); https://github.com/go-gomail/gomail (message.go, 'invalid message, \"From\" field is absent')",
  },
  {
    // Exim's header syntax check names the header whose address it could not parse ("unqualified
    // address not permitted", "domain missing or malformed", "malformed address", each followed by
    // this): the message's own header is malformed.
    cause: "message-malformed",
    pattern: /\bfailing address in "?(?:From|To|Cc|Bcc|Reply-To|Sender|Resent-\w+):?"? header\b/i,
    confidence: 0.85,
    example:
      'F=<user@example.com> rejected after DATA: unqualified address not permitted: failing address in "Cc:" header is: Tan',
    source:
      "Exim src/src/verify.c verify_check_headers ('failing address in \"%.*s:\" header is: '); https://github.com/Exim/exim (test/log, rejected after DATA: domain missing or malformed)",
  },
]);
