import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { SMTP_CODES } from "../reply-patterns/sources";
import { thunderbirdWording } from "../reply-patterns/thunderbird-languages";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The message is too large": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "message-too-large",
    pattern:
      /message (?:file )?(?:size )?(?:exceeds|exceeded|larger than|too (?:big|large))|size (?:limit )?exceed|exceeded (?:\w+'s )?(?:message )?size limit|message size (?:limit|exceeds)|Message too big|MaxSubmissionExceeded|MessageSubmissionExceededException|maximum message size|(?:is |are )?more than \d+ bytes/i,
    confidence: 0.9,
    example:
      "552-5.2.3 Your message exceeded Google's message size limits. Please visit http://mail.google.com/support/bin/answer.py?answer=8770 to review our size guidelines.",
    source: `${SMTP_CODES}/552.json (google)`,
  },
  {
    cause: "message-too-large",
    pattern: /exceeds the global size limit|Message is too long/i,
    confidence: 0.9,
    example:
      "The size of the message you are trying to send exceeds the global size limit (10240000 bytes) of the server. The message was not sent; reduce the message size and try again",
    source:
      "https://github.com/docker-mailserver/docker-mailserver/issues/1097; https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/Interpretation%20of%205xx%20Errors%20in%20Icewarp%20SMTP.htm",
  },
  {
    cause: "message-too-large",
    pattern: /Taille limite du message atteinte|Maximum size of the message reached|exceeded mailsize limit/i,
    confidence: 0.9,
    example:
      "Le serveur a répondu : 5.2.0 Taille limite du message atteinte. Maximum size of the message reached. OFR_514 [514]. Veuillez vérifier le message et essayer à nouveau.",
    source:
      "https://github.com/sisimai/p5-sisimai/issues/240; https://www.emailhost.com.cn/service.html?article_category=25&brd=1",
  },
  {
    cause: "message-too-large",
    pattern: /exceeded the maximum incoming message size/i,
    confidence: 0.9,
    example:
      "Your message was not delivered to\n    userx@example.be\nThis mail message has exceeded the maximum incoming message size.\n\nReporting-MTA: dns;pigeon.example.be\nFinal-Recipient: rfc822;userx@example.be\nAction: failure\nStatus: 553 Exceeded maximum inbound message size",
    source:
      "warsaw/flufl.bounce flufl/bounce/tests/data/dsn_03.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3)",
  },
  {
    cause: "message-too-large",
    pattern: /length of DATA content .{0,20}maximum/i,
    confidence: 0.85,
    example: "557 The length of DATA content is achieved the maximum threshold",
    source:
      "https://alibabacloud.com/help/tc/direct-mail/user-guide/summary-of-common-email-return-codes-and-solutions",
  },
  {
    cause: "message-too-large",
    pattern: /Message Size Violation/i,
    confidence: 0.88,
    stages: ["data", "mail"],
    example: "550 5.7.0 Message Size Violation",
    source: "https://www.cyon.ch/support/a/smtp-error-550",
  },
  {
    cause: "message-too-large",
    pattern: /\b(?:Recip|Send)SizeLimit\b|message too large for this recipient/i,
    confidence: 0.95,
    example: "#550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient ##",
    source:
      "code index id 68496497715 (bounce classification list, EmailTooLarge); https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages (RESOLVER.RST.RecipSizeLimit)",
  },
  {
    cause: "message-too-large",
    pattern: /\bexceeds size limit\b|message size \d+ exceeds\b/i,
    confidence: 0.9,
    example:
      "<user@example.net>: message size 18876259 exceeds size limit 10485760 of server cluster.thor.test.co[203.0.113.5]",
    source:
      "vdukhovni/postfix postfix/src/smtp/smtp_proto.c ('message size %lu exceeds size limit %.0f of server %s')",
  },
  {
    cause: "message-too-large",
    pattern: /\blonger than the maximum size allowed\b/i,
    confidence: 0.9,
    example:
      "A message that you sent was longer than the maximum size allowed on this system. It was not delivered to any recipients.",
    source: "Exim bounce text for message_size_limit (local delivery)",
  },
  {
    // Apache James's header-size limit (EnforceHeaderLimitationsMessageHook).
    cause: "message-too-large",
    pattern: /\bheader size (?:is )?too (?:large|big)\b/i,
    confidence: 0.8,
    example: "552 Header size is too large",
    source:
      "https://github.com/apache/james-project/blob/f252f56c6dce94598a9d9da4ff1779088b9698c6/server/protocols/protocols-smtp/src/main/java/org/apache/james/smtpserver/EnforceHeaderLimitationsMessageHook.java",
  },
  {
    // Thunderbird's smtpPermSizeExceeded2 (English, German), around the server's own size refusal.
    cause: "message-too-large",
    pattern: /exceeds the global size limit|übersteigt das globale Größenlimit/i,
    confidence: 0.85,
    origin: "client",
    example:
      "Die Größe der zu sendenden Nachricht übersteigt das globale Größenlimit des Servers. Die Nachricht wurde nicht gesendet; reduzieren Sie die Nachrichtengröße und versuchen Sie es nochmals. Der Server antwortete: %s.",
    source:
      "comm-central mail/locales/en-US/messenger/messengercompose/messengercompose.ftl (send-error-smtp-*) and mail/locales/en-US/chrome/messenger/messengercompose/composeMsgs.properties (smtpAuth*, startTlsFailed); https://github.com/thunderbird/thunderbird-l10n/blob/09e987749e000af2404ea1e3e666c75dc3eb16ff/de/mail/chrome/messenger/messengercompose/composeMsgs.properties",
  },
  {
    cause: "message-too-large",
    pattern: /\bexceeds? the (?:limit|max(?:imum)?) size\b/i,
    confidence: 0.85,
    stages: ["mail", "data"],
    example: "550 [Sniper] Exceeds the limit size of email",
    source: "https://foxydog.tistory.com/69",
  },
  {
    cause: "message-too-large",
    pattern: /\bexceeded the maximum (?:incoming )?message size\b|\bMessage Size Violation\b/i,
    confidence: 0.9,
    example: "550 5.7.0 Message Size Violation",
    source:
      "warsaw/flufl.bounce flufl/bounce/tests/data/dsn_03.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); https://www.cyon.ch/support/a/smtp-error-550",
  },
  thunderbirdWording(
    "message-too-large",
    ["smtpPermSizeExceeded2"],
    0.9,
    "Die Größe der zu sendenden Nachricht übersteigt das globale Größenlimit des Servers.",
  ),
  {
    // The family: the message (its size, its data, an attachment, a header) exceeds the receiver's limit, however worded.
    cause: "message-too-large",
    pattern:
      /\b(?:message|mail|e-?mail|DATA|attach(?:ment)?|header)\s?(?:content )?(?:size|length)\b[^.;\n]{0,30}?\b(?:exceed\w*|violation|too large|maximum|limit)\b|\b(?:exceed\w*|reached)\b[^.;\n]{0,20}\b(?:maximum|max|limit)\w*\s(?:incoming\s)?(?:message|mail)\s?size\b|\bmaximum size of the message\b|\bmailsize limit\b|\blimit size of (?:the )?e-?mail\b|\blength of (?:DATA content|Attach)\b[^.;\n]{0,30}\bmaximum\b/i,
    confidence: 0.85,
    example: "550 5.7.0 Message Size Violation",
    source:
      "https://www.cyon.ch/support/a/smtp-error-550; warsaw/flufl.bounce flufl/bounce/tests/data/dsn_03.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); https://github.com/apache/james-project/blob/f252f56c6dce94598a9d9da4ff1779088b9698c6/server/protocols/protocols-smtp/src/main/java/org/apache/james/smtpserver/EnforceHeaderLimitationsMessageHook.java; https://foxydog.tistory.com/69; https://alibabacloud.com/help/tc/direct-mail/user-guide/summary-of-common-email-return-codes-and-solutions; http://bestwisewords.com/document_detail/36612.html; https://github.com/sisimai/p5-sisimai/issues/240; https://www.emailhost.com.cn/service.html?article_category=25&brd=1",
  },
  {
    // The family: the message exceeded the maximum (message) size, however spelled ("exeeded" in
    // the qmail-ldap patch) and whoever set it (server, user, domain).
    cause: "message-too-large",
    pattern:
      /\bexc?e+ded(?:s|ed)? (?:the )?(?:maximum|max\.?|allowed) (?:(?:incoming|inbound|outgoing|message|e-?mail) )*size\b/i,
    confidence: 0.9,
    example: "The message exeeded the maximum size the user accepts",
    source: "https://github.com/sisimai/p5-sisimai/blob/HEAD/lib/Sisimai/Lhost/qmail.pm",
  },
  {
    // Exim: the SIZE= the client declared on MAIL FROM is over the server's message size limit.
    cause: "message-too-large",
    pattern: /\bSIZE value too big\b/i,
    confidence: 0.85,
    example: "U=CALLER F=<x@y> rejected RCPT <userx@test.ex>: SIZE value too big",
    source: "https://github.com/Exim/exim/blob/HEAD/test/log/0028",
  },
  {
    // The family: "Too much mail data" (Python's smtpd and aiosmtpd, Mailgates, docomo): the DATA
    // the client sent is over the server's size limit (docomo's own use of it is the recipient's
    // limit, labelled a full mailbox once). Not OpenSMTPD's "Remote host sent too much data", a
    // client's own log of a peer.
    cause: "message-too-large",
    pattern: /(?<!\bsent )\btoo much (?:mail |message )data\b/i,
    confidence: 0.75,
    example: "552 Error: Too much mail data",
    source:
      "https://github.com/aio-libs/aiosmtpd/blob/00b12b719eeb88a06f9f7e97d39558f9ae719837/aiosmtpd/tests/test_smtp.py; https://cloud-sup.cybersolutions.co.jp/hc/ja/articles/900002229866",
  },
  {
    // French: "Votre message est trop volumineux" (your message is too large; Apache James's
    // French reply).
    cause: "message-too-large",
    pattern: /\b(?:message|courriel|e-?mail) est trop volumineux\b/i,
    confidence: 0.85,
    example: "Votre message est trop volumineux",
    source:
      "https://github.com/apache/james-project/blob/HEAD/protocols/smtp/src/test/java/org/apache/james/protocols/smtp/SMTPErrorMessagesTest.java",
  },
  {
    // The family: the message (mail, email) is too big or too large, or a maximum size was exceeded, however the server words it.
    cause: "message-too-large",
    pattern:
      /\b(?<!writing )(?:message|e-?mail|mail)\b[^.\n]{0,20}\btoo (?:big|large)\b|\b(?:maximum|max)\b[^.\n]{0,40}\bsize\b[^.\n]{0,60}\bexceeded\b/i,
    confidence: 0.85,
    example: "552 Message too big!",
    source:
      "https://github.com/pixelated/pixelated-user-agent/issues/761; https://pastebin.com/HCfTUB06; https://github.com/foxcpp/maddy/issues/772; code index id 68496497715 (bounce-classification pattern list, 'EmailTooLarge'); smtpd/qpsmtpd lib/Qpsmtpd/SMTP.pm (data, max_size from databytes); sisimai/rb-sisimai set-of-emails/maildir/bsd/email-exchange2007-02.eml; https://github.com/glpi-project/glpi/issues/11732; https://github.com/drugdata/D3R/issues/95; SPollardMS/OfficeDocs-Exchange Exchange/ExchangeServer/mail-flow/ndrs/ndrs.md ('DSNs and NDRs in Exchange 2016', Common enhanced status codes tables); https://github.com/stalwartlabs/mail-server/blob/0b46ec5808c3ae5f9cb82e9eeac937ab7d022a44/crates/smtp/src/inbound/mail.rs; https://pastebin.com/iPEC4yPr; https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/2019; svarshavchik/courier courier/courier/module.esmtp/courieresmtpd.c (domailfrom, SIZE= > sizelimit); https://help.socketlabs.com/docs/inbound-smtp-restrictions; https://github.com/glpi-project/glpi/issues/13941; https://github.com/freescout-help-desk/freescout/issues/3479; https://foxydog.tistory.com/69; PiratesRE/exchange_diff:Microsoft.Exchange.Transport/Exchange/Transport/AckReason.cs; https://github.com/albertito/chasquid/blob/a996106eeebe81a292ecba838c7503cac7493e74/test/t-12-minor_dialogs/message_too_big.cmy; https://github.com/emersion/go-smtp/blob/020146cc66e190eaba7486f9d1be9d175f4db6de/data.go (ErrDataTooLarge, dataReader.Read r.n <= 0); https://github.com/seven1m/onebody/issues/656; https://github.com/regnull/ubikom/issues/44; https://github.com/deltachat/deltachat-desktop/issues/4102; go-smtp session Data() with size limit and bounce detection (code index id 54159717521); https://github.com/sisimai/p5-sisimai/blob/HEAD/lib/Sisimai/Reason/MesgTooBig.pm; https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/HEAD/t/corpus/message-too-large-4.msg; haraka/Haraka connection.js data line handling and data_done (code index id 14887685354); https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/HEAD/t/corpus/message-too-large-5.msg; https://user.redmaomail.com/knowledgebaseview?id=21; https://github.com/Exim/exim/blob/HEAD/test/log/0028; https://github.com/osTicket/osTicket/issues/4911; https://github.com/postalserver/postal/blob/0163ac3d10f956980e9611b87585f1d05367385f/app/lib/smtp_server/client.rb (finished, @data.bytesize > max_message_size) [size rendered with placeholder 14]; masqmail-style C SMTP receiver smtp_in.c, DATA handling after accept_message() (code index id 14974987379); https://github.com/svetlyobg/PowerShell-Gallery/blob/main/PowerShell/Exchange/Exchange-Attachment-Size-Limit.ps1; https://github.com/AdobeDocs/commerce-knowledge-base.en/blob/HEAD/help/troubleshooting/miscellaneous/sendgrid-file-limitation.md; https://github.com/mcrute/ses-smtpd-proxy/blob/HEAD/main.go; E-MailRelay src/gsmtp/gserverprotocol.cpp, ServerProtocol send*() replies (code index id 38218747588); https://github.com/passwordkeyorg/smtpd/blob/HEAD/internal/smtp/backend.go; DbxTune daily summary report mail code comment (code index id 8890712305); code index id 34175967257 (Momentum configuration reference, legacy module message size threshold option); https://github.com/yandex/NwSMTP/blob/HEAD/src/smtp_connection.cpp; Microsoft Exchange MailboxRulesAgent (decompiled, code index id 32966258054); go-smtp session Data with StageMessageCtx and staging release (code index id 70099613106); https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/85755de94b7fc8a91eba98f18508a0eecdc06289/t/corpus/quota-4.msg; https://github.com/docker-mailserver/docker-mailserver/issues/345; https://github.com/Exim/exim/blob/07738d610fd70638835db7b12cf158e71a7346e3/doc/doc-src/FAQ.src; Python aiosmtpd RubbishMailHandler (disposable-mail push server, Chinese comments) (code index id 38567396258); Java SMTP server with eventHandler.onMailComposed callback (code index id 11621315027); https://docs.oracle.com/cd/E19796-01/819-3615/bgaub/index.html; PHP newsletter component bounce-rule seed list (array of 'words' with type/searchin/ordering) (code index id 28600920761); https://github.com/nodemailer/nodemailer/issues/1047; https://github.com/freescout-help-desk/freescout/issues/4976; https://github.com/Jinnrry/PMail/issues/157; https://github.com/zone-eu/wildduck/issues/762",
  },
  {
    // The family: the message is larger than the server allows (not a mailbox's quota).
    cause: "message-too-large",
    pattern:
      /\b(?:message|mail|e-?mail) is (?:larger|bigger) than\b(?![^.\n]{0,40}\b(?:quota|mailbox|storage)\b)/i,
    confidence: 0.8,
    example: "Message is larger than $sender_address is allowed to send",
    source: "https://github.com/Exim/exim/blob/07738d610fd70638835db7b12cf158e71a7346e3/doc/doc-src/FAQ.src",
  },
]);
