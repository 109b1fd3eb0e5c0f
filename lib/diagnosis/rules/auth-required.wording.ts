import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "Authentication is required": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    // POP-before-SMTP: the server only relays for an address that fetched its mail first.
    cause: "auth-required",
    pattern: /\bcheck for new mail before sending\b/i,
    confidence: 0.85,
    example:
      "550 5.7.1.You must check for new mail before sending mail ... Local senders are prohibited to send to local recipients without authentication",
    source: "https://github.com/M66B/FairEmail/blob/dd503c8197a238baeaf0a551fda98071526126e6/FAQ.md",
  },
  {
    cause: "auth-required",
    pattern:
      /Client (?:was )?not authenticated|authentication (?:is )?required|SMTP AUTH (?:is )?required|Unauthenticated senders not allowed|must (?:be )?authenticate|not permitted to relay[^.]*without authentication/i,
    confidence: 0.85,
    example: "550 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM",
    source:
      "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-57-in-exchange-online",
  },

  {
    // Postfix reject_sender_login_mismatch: the sender address belongs to a mailbox, and nobody logged in as it.
    cause: "auth-required",
    pattern: /Sender address rejected: not logged in/i,
    confidence: 0.9,
    example:
      "553 5.7.1 <contact@example.com>: Sender address rejected: not logged in (in reply to RCPT TO command)",
    source:
      "https://pastebin.com/iZTjg9SQ (Postfix bounce); postfix-users reject_sender_login_mismatch thread msg95483",
  },

  {
    cause: "auth-required",
    pattern: /turn on SMTP Authentication/i,
    confidence: 0.93,
    example:
      "550 Please turn on SMTP Authentication in your mail client..... is not permitted to relay through this server without authentication.",
    source:
      "https://www.crazydomains.sydney/help/article/email-sending-error-550-please-turn-on-smtp-authentication",
  },
  {
    cause: "auth-required",
    pattern:
      /Client (?:was )?not authenticated|you must (?:first )?authenticate|must authenticate (?:first|before)|Authentication Required/i,
    confidence: 0.86,
    example:
      "System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: If MAIL FROM is local then you must authenticate",
    source:
      "https://github.com/andrewdavey/postal/issues/127; https://github.com/dotnet/dotnet-api-docs/issues/11287; RFC 4954 §6 (530 5.7.0 Authentication required)",
  },
  {
    cause: "auth-required",
    pattern:
      /please authenticate (?:first|before (?:send|sending|relay))|need (?:EHLO and )?AUTH first|authenticate before send/i,
    confidence: 0.9,
    example:
      "smtplib.SMTPSenderRefused: (502, b'5.7.0 Please authenticate first', 'Xx xxx <user@example.com>')",
    source:
      "https://github.com/frappe/frappe/issues/38806; https://github.com/miguelgrinberg/flask-celery-example/issues/10; https://afteroffice.com/support/doku.php?id=faq:email:smtp_error_please_authenticate_before_sending_email&rev=1438070704&do=diff",
  },
  {
    cause: "auth-required",
    pattern:
      /Le client n.était pas authentifié|Client war nicht authentifiziert|Клиент не прош[её]л проверку подлинности|cliente não (?:foi|era) autenticado|necess[aá]ria autentica[cç][aã]o|Must issue an AUTH command first/i,
    confidence: 0.9,
    example:
      "Échec de l’envoi du message électronique : le serveur SMTP requiert une connexion sécurisée ou le client n’était pas authentifié. La réponse du serveur était : 5.7.1 Le client n’était pas authentifié. Le message ne sera pas renvoyé.",
    source:
      "zelanko/sql-docs.fr-fr docs/reporting-services/install-windows/configure-e-mail-for-a-reporting-services-service-application.md; zelanko/sql-docs.de-de docs/reporting-services/subscriptions/monitor-reporting-services-subscriptions.md; zelanko/sql-docs.ru-ru docs/reporting-services/subscriptions/monitor-reporting-services-subscriptions.md; zelanko/sql-docs.pt-br docs/reporting-services/subscriptions/monitor-reporting-services-subscriptions.md; https://github.com/PHPMailer/PHPMailer/issues/533; OpenSMTPD/OpenSMTPD usr.sbin/smtpd/smtp_session.c (smtp_check_mail_from, F_AUTH_REQUIRE)",
  },
  {
    cause: "auth-required",
    pattern: /Need to authenticate first/i,
    confidence: 0.9,
    example:
      'This is an SMTP protocol error log for virtual server ID 1, connection #6. The remote host "", responded to the SMTP command "xexch50" with "504 Need to authenticate first ". The full command sent was "XEXCH50 1028 2 ". This will probably cause the connection to fail.',
    source: "http://www.eventid.net/display-eventid-7002-source-MSExchangeTransport-eventno-4581-phase-1.htm",
  },
  {
    // A relay refusal that names authentication: the client did not sign in (outranks the generic relay wording).
    cause: "auth-required",
    pattern:
      /relay(?:ing)? (?:access )?(?:denied|not permitted)\W+(?:please )?authenticate|relay through this server without authentication/i,
    confidence: 0.95,
    example: "550 Relay access denied - please authenticate",
    source:
      "https://support.smtp2go.com/hc/en-gb/articles/13990494697369-Common-Sending-Errors; https://github.com/totaljs/framework/issues/297; https://support.hoasted.com/article/282-e-mail-fouten-debuggen",
  },
  {
    cause: "auth-required",
    pattern: /SMTP server may require authentication|relay check local fail/i,
    confidence: 0.85,
    example: "16#5108 | SMTP MAIL request unsuccessful — SMTP server may require authentication",
    source:
      "https://filedn.eu/l6oFb0aAwOAyRLLaUMiUmzz/CE_HELP/eng/BMENOC0321/BMENOC0321_D-SE-0021343.htm; https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html",
  },
  {
    // Mail.ru words 'sign in first' as an administrative prohibition: the specific words outweigh the generic prefix.
    cause: "auth-required",
    pattern:
      /not allowed to send (?:e-?mail|mail|messages) without (?:authori[sz]ation|authentication)|authori[sz]ation required\. Users in your domain/i,
    confidence: 0.93,
    example:
      ">> 503 Administrative prohibition -- authorization required. Users in your domain are not allowed to send email without authorization.",
    source: "https://pastebin.com/xDPN2fTF; http://help.mail.ru/mail-help/mailer/popsmtp",
  },
  {
    cause: "auth-required",
    pattern: /\brequired to authenticate\b/i,
    confidence: 0.85,
    example: "550 You are required to authenticate to send email to <user@example.com>",
    source: "http://www.jmaimon.com/sendmail/patches/rcptauthsender.txt",
  },
  {
    // Exchange's 5.7.1/5.7.57 'Client was not authenticated', as German, French, Spanish, Russian
    // and Brazilian Portuguese .NET and Exchange show it (Microsoft's localized Reporting Services
    // pages quote each).
    cause: "auth-required",
    pattern:
      /Client wurde nicht authentifiziert|\bLe client n['’]était pas authentifié|\bEl cliente no está autenticado|Клиент не прош[её]л проверку подлинности|\bcliente (?:\S+ )?não foi autenticado/i,
    confidence: 0.85,
    example:
      "Für den SMTP-Server ist eine sichere Verbindung erforderlich, oder der Client wurde nicht authentifiziert. Die Serverantwort war: „5.7.1 Client wurde nicht authentifiziert. E-Mails werden nicht erneut gesendet“.",
    source:
      "https://github.com/zelanko/sql-docs.de-de/blob/0b7a1e362db6a122f70a7969105fb00b3214769a/docs/reporting-services/install-windows/configure-e-mail-for-a-reporting-services-service-application.md; Microsoft SQL Server docs, fr-fr and es-es, Reporting Services e-mail delivery troubleshooting (code index ids 11328316750, 43411447833); zelanko/sql-docs.ru-ru docs/reporting-services/subscriptions/monitor-reporting-services-subscriptions.md; zelanko/sql-docs.pt-br docs/reporting-services/subscriptions/monitor-reporting-services-subscriptions.md",
  },
  {
    cause: "auth-required",
    pattern: /must get POP(?:\/APOP)? authori[sz]ation/i,
    confidence: 0.85,
    example: "554 sorry, you must get POP/APOP authorization.",
    source: "http://mahoro-ba.net/index.php?j=530",
  },
  {
    cause: "auth-required",
    pattern:
      /\bmust (?:be )?log(?:ged)? ?in (?:first )?to send\b|\bmust authenticate (?:first |before sending)/i,
    confidence: 0.85,
    example: "550 You must log in to send mail from example.com",
    source:
      "Citadel serv_smtp.c (smtp_mail, CtdlHostAlias(node) != hostalias_nomatch && c_allow_spoofing == 0; code index id 39753943454)",
  },
  {
    // The server wants the sender signed in (SMTP AUTH, or POP-before-SMTP) and it was not.
    cause: "auth-required",
    pattern: /\bsender should authenticate\b|\bdo not have SMTP Authentication turned on\b/i,
    confidence: 0.85,
    example:
      "Perhaps you have not logged into the pop/imap server in the last 30 minutes or do not have SMTP Authentication turned on in your email client.",
    source:
      "https://hostlantern.com/clients/knowledgebase/400/You-have-not-logged-into-the-poporimap-server-in-the-last-30-minutes.html; https://github.com/opensearch-project/notifications/issues/733",
  },
  {
    // Outlook's 0x800CCC78 is SMTP_REJECTED_SENDER: the server refused the sender at MAIL FROM, most often because the client did not sign in first (POP before SMTP or SMTP AUTH off). The server's own words, when pasted, decide.
    cause: "auth-required",
    pattern: /\b0x800CCC78\b/i,
    confidence: 0.6,
    example:
      "タスク 'アカウント名 - 送信中' はエラー (0x800CCC78) を報告しました: 'メッセージを送信できません。アカウントのプロパティで電子メールアドレスが正しいことを確認してください。サーバーが応答しました: …'",
    source:
      "http://hehao1.seesaa.net/article/44852088.html; http://support.flyweb.cz/kb/a3157/konfigurace-smtp-serveru.aspx; https://github.com/jeffpar/kbarchive/blob/e05fc5f79667adc46533a9b23aaea9dfdc8df6e4/kb/306/Q306041/README.md",
  },
  {
    // Exchange names the client anonymous: it did not sign in, so it may neither send as this sender nor relay.
    cause: "auth-required",
    pattern: /\bAnonymous client does not have permissions? to send as this sender\b/i,
    confidence: 0.95,
    example: "Anonymous client does not have permissions to send as this sender / relay not permitted!",
    source:
      "https://www.parrot-media.de/mediathek/help-center/exchange-e-mail-postfaecher/probleme-beim-versenden-oder-empfangen-von-e-mails/",
  },
  {
    // The family: the server wants the client signed in (or POP-before-SMTP done) before it sends, however worded.
    cause: "auth-required",
    pattern:
      /\b(?:are |is )?(?:required|must|need) to (?:authenticate|log ?in|sign ?in)\b|\bmay require authentication\b|\b(?:receive|check|read) your (?:e-?)?mail before sending\b|\bmust (?:first )?(?:authenticate|log ?in|sign ?in)\b|\bplease authenticate\b/i,
    confidence: 0.8,
    example: "550 You are required to authenticate to send email to <user@example.com>",
    source:
      "http://www.jmaimon.com/sendmail/patches/rcptauthsender.txt; Citadel serv_smtp.c (smtp_mail, CtdlHostAlias(node) != hostalias_nomatch && c_allow_spoofing == 0; code index id 39753943454); Citadel forum thread, ksadil 2008-01-12 (code index id 56950938198); https://filedn.eu/l6oFb0aAwOAyRLLaUMiUmzz/CE_HELP/eng/BMENOC0321/BMENOC0321_D-SE-0021343.htm; http://shbhlxxjs.com/onlineManualDetail161.html (メール送受信(POP3・SMTP)時のエラーメッセージ, item 1); https://afteroffice.com/support/doku.php?id=faq:email:smtp_error_please_authenticate_before_sending_email&rev=1438070704&do=diff",
  },
  {
    // The family: the server wants a sign-in "first", however worded ("Must issue an AUTH command
    // first", "send AUTH command first", "Please authenticate first", "You must authenticate
    // first", "Need to authenticate first").
    cause: "auth-required",
    pattern:
      /\b(?:must|please|need to|need|send|issue|use)(?: an?| the)? (?:AUTH(?:ENTICATE)?(?: command)?|authenticate|authentication|log ?in|login) first\b/i,
    confidence: 0.88,
    example: "503 5.5.4 Error: send AUTH command first.",
    source:
      "code index id 30047075478 (Yandex nwsmtp pytest suite for AUTH PLAIN, test_nodelivery_after_invalid_auth_plain); OpenSMTPD/OpenSMTPD usr.sbin/smtpd/smtp_session.c (smtp_check_mail_from, F_AUTH_REQUIRE); https://github.com/frappe/frappe/issues/38806",
  },
  {
    // The family: at MAIL FROM or after DATA, the server says the user (sender, session) is not
    // authenticated ("5.7.3 Requested action aborted; user not authenticated", "You have not
    // authenticated using … credentials"): the device sent without signing in. At RCPT the same
    // words are a group's or organisation's rule about who may write to it (Exchange's 5.7.12 and
    // 5.7.133), left to those patterns.
    cause: "auth-required",
    pattern: /\b(?:user|sender|you|session)\b (?:was |is |are |have |has )?not (?:been )?authenticated\b/i,
    confidence: 0.8,
    stages: ["mail", "data"],
    requireStage: true,
    example: "5.7.3 Requested action aborted; user not authenticated",
    source:
      "https://github.com/elkarbackup/elkarbackup/issues/702; https://github.com/the-djmaze/snappymail/issues/1697; Haraka third-party CallFire plugin hook_queue (code index id 1504563226); Spanish MySQL dump of an app's log_ table, rows 2-3 'Recuperar contraseña' (code index id 31438224253)",
  },
  {
    // A server that "requires authentication" (SAP's words for the receiving server, a PLC module's "SMTP server may require
    // authentication"), or Portuguese "é necessária autenticação": the client sent without signing in. Not "does not
    // require", nor a relay's "requires authentication when sending to remote domains" (relay-denied).
    cause: "auth-required",
    pattern:
      /\b(?:server|relay)\b(?:(?!\bnot\b|n't\b)[^.;]){0,80}?\brequires? (?:SMTP )?authentication\b(?! when)|\bnecess[aá]ria (?:a )?autentica[cç][aã]o\b/i,
    confidence: 0.75,
    example: "16#5108 | SMTP MAIL request unsuccessful — SMTP server may require authentication",
    source:
      "https://filedn.eu/l6oFb0aAwOAyRLLaUMiUmzz/CE_HELP/eng/BMENOC0321/BMENOC0321_D-SE-0021343.htm; https://github.com/PHPMailer/PHPMailer/issues/533",
  },
  {
    // The family: sending needs the client to sign in first, in the words 'authorization required' (Mail.ru after Exim's 'Administrative prohibition --', qmail's patched 530): above the generic prohibition it follows.
    cause: "auth-required",
    pattern: /\bauthori[sz]ation (?:is )?required\b|\bwithout authori[sz]ation\b/i,
    confidence: 0.92,
    example: "530 Authorization required (#5.7.1) ",
    source:
      "https://pastebin.com/xDPN2fTF; https://github.com/sagredo-dev/qmail/blob/01b51166a4a295231150309129d0a3a531019af8/qmail-smtpd.c; Ubuntu Forums archive thread on exim4 with mail.ru smarthost, 2008-11-18 (code index id 57081809589)",
  },
]);
