import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { POSTFIX } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "Relaying denied for this client": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "relay-denied",
    pattern:
      /Relay(?:ing)? (?:access )?(?:is )?denied|(?<!\btemporarily )Unable to relay|Open relay not allowed|relay(?:ing)? (?:is )?(?:not permitted|not allowed|prohibited|disallowed|refused|disabled)|we do not relay|\bnot relaying (?:to|for)\b|(?:recipient )?domain (?:is )?not (?:handled|served) (?:here|by (?:this|our) (?:[\w-]+ ){0,2}?(?:server|cluster|system))|Invalid credentials for relay|TenantAttribution|wrong Office 365 region|not permitted to relay/i,
    confidence: 0.9,
    example: "554 5.7.1 <user@example.net>: Relay access denied",
    source: `${POSTFIX}/smtpd_check*.ref; aio-libs/aiosmtpd documentation, intro/quick-start doctest (code index id 12930480416); Go go-smtp forwarding server Session.Rcpt with shouldForwardEmail (code index id 49095204321)`,
  },

  // Envelope.
  {
    cause: "relay-denied",
    pattern:
      /(?:isn't|not) in my list of allowed rcpthosts|Relay(?:ing)? (?:access )?denied|couldn't relay|(?<!\btemporarily )(?:unable|not able) to relay|relay(?:ing)? (?:is )?not (?:permitted|allowed)|we do not relay/i,
    confidence: 0.93,
    example: "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
    source:
      "https://github.com/msimerson/Mail-Toaster-6/issues/107; https://pastebin.com/V22msPMs; https://github.com/nodemailer/nodemailer/issues/190; https://pastebin.com/mig48MuG",
  },
  {
    cause: "relay-denied",
    pattern:
      /unauthori[sz]ed relay traffic|I cannot deliver mail for|Delivery is not allowed to this address/i,
    confidence: 0.86,
    stages: ["rcpt"],
    example:
      "553 <user@example.edu>\n... unauthorized relay traffic prohibited\n554 <user@example.edu>\n... Service unavailable",
    source:
      "http://helpdesk.umd.edu/documents/3/3025/; https://github.com/haraka/Haraka/issues/3437; https://www.hmailserver.com/documentation/v4.4/?page=reference_error_messages",
  },
  {
    cause: "relay-denied",
    // A refusal that says "without authentication" is the auth-required rule's: sign in and it goes.
    pattern: /リレー拒否/i,
    confidence: 0.9,
    example:
      "いずれかの受信者がサーバーによって拒否されたため、メッセージを送信できませんでした。 拒否された電子メール アドレスは、\"someone@example.com > < \" でした。 件名: '<Test>',Account: '<Test>', Server: '<smtp.example.com> ', Protocol: SMTP, Server Response: '550 <someone@example.com> ....リレー拒否\"、ポート: 25、Secure (SSL): いいえ、サーバー エラー: 550、エラー番号: 0x800CCC79。",
    source:
      "https://support.microsoft.com/ja-jp/office/メール-メッセージを送信すると-550-553-またはリレー禁止エラーを受信します-65b494a4-0a15-433e-829f-e73651e0245e",
  },
  {
    cause: "relay-denied",
    pattern: /not local host \S+, not a gateway/i,
    confidence: 0.9,
    example:
      "The message could not be sent because one of the recipients was rejected by\nthe server.\nThe rejected e-mail address was 'user@example.net', Subject: 'Re: Whatever,',\nAccount: 'mail.example.com', Server: 'mail.example.com', Protocol: SMTP,\nServer Response: '550 not local host example.net, not a gateway', Port 25,\nSecure (SSL): no, Server Error: 550, Error Number: 0x800CCC79.",
    source: "http://www.ihmars.com/Irism/techtipOE550.htm",
  },
  {
    cause: "relay-denied",
    pattern: /relay attempt blocked for/i,
    confidence: 0.94,
    example:
      "Jul-29-16 16:49:52 m1-25391-06124 [Worker_1] [TLS-out] [RelayAttempt] 192.0.2.1 <user@example.com> to: user@example.org relay attempt blocked for: someone@example.org",
    source: "fail2ban/fail2ban fail2ban/tests/files/logs/assp (debian fail2ban 1.0.2-2)",
  },
  {
    cause: "relay-denied",
    pattern: /domain is not allowed (?:to )?relay|isn't in my allowed list of rcpthosts/i,
    confidence: 0.88,
    example: "553 you don't authenticate or the domain is not allowed relay",
    source:
      "http://www.yunrelay.com/news/mailreject/820496102646.html; http://kb.diadem.co.in/idx.php/0/033/article/553-sorry-that-domain-isnt-in-my-allowed-list-of-rcpthosts.html",
  },
  {
    // qmail's relay refusal names rcpthosts in every translation; 'relay denied' in Portuguese, Spanish, French and German.
    cause: "relay-denied",
    pattern:
      /\brcpthosts\b|Retransmiss[ãa]o (?:negada|proibida)|relay(?:ing)? (?:negad[oa]|denegad[oa]|refus[ée]|verweigert)/i,
    confidence: 0.9,
    stages: ["rcpt"],
    example: "553 este domínio não consta na minha lista de rcpthosts autorizados (#5.7.1)",
    source:
      "http://office.microsoft.com/pt-br/outlook-help/recebo-um-erro-550-553-ou-de-retransmissao-proibida-ao-enviar-emails-HA010080002.aspx; notqmail qmail-smtpd.c ('sorry, that domain isn't in my list of allowed rcpthosts')",
  },
  {
    // MailEnable: relaying to another domain without signing in.
    cause: "relay-denied",
    pattern: /requires authentication when attempting to send to a non-local/i,
    confidence: 0.88,
    stages: ["rcpt"],
    example:
      "503 This mail server requires authentication when attempting to send to a non-local e-mail address.",
    source: "https://github.com/DigitalRuby/IPBan/issues/281 (MailEnable)",
  },
  {
    cause: "relay-denied",
    pattern: /Relay Service denied|Reencaminhamento (?:negado|proibido)|lista de anfitri[õo]es rcpt/i,
    confidence: 0.88,
    example:
      "554 <antispam1.solidd.fr> Relay Service denied for IP 192.168.32.54, closing transmission channel",
    source:
      "https://github.com/centreon/centreon-plugins/issues/1172; http://office.microsoft.com/pt-pt/outlook-help/resolucao-de-problemas-dos-erros-550-553-e-erros-de-proibicao-de-reencaminhamento-HA001112833",
  },
  {
    // Relaying refused in the words of hMailServer, iOS Mail and a misspelt qmail rcpthosts.
    cause: "relay-denied",
    pattern:
      /(?:sending to remote addresses \(relaying\)|relaying) is not allowed|(?:does not|doesn't) allow relaying|not in my list of rcpt ?hosts?/i,
    confidence: 0.9,
    example:
      "SMTP Error: Failed to add recipient 'user@example.com'. Refused. Sending to remote addresses (relaying) is not allowed. (Code: 554)",
    source:
      "https://github.com/deflomu/Roundcube-SMTP-per-Identity-Plugin/issues/19; https://smg.co.nz/iphone-email-shows-rejected-by-the-server-when-sending-emails/; http://www.helpinghost.com/support/idx/38/107/article/I_can_receive_EMail_but_not_send.html",
  },
  {
    cause: "relay-denied",
    pattern: /\buse me \S+ as a relay\b|\bas a relay, but I have not been configured\b/i,
    confidence: 0.9,
    example:
      "553-you are trying to use me [server-9.tower-181.examplelabs.com] as a relay, but I have not been configured to let you [203.0.113.7, mail.example.co.uk] do this.",
    source: "rjbs/Mail-DeliveryStatus-BounceParser t/corpus (MessageLabs relay refusal)",
  },
  {
    // qmail's relay refusals in their older and patched wordings.
    cause: "relay-denied",
    pattern: /\bisn't allowed to be relayed\b|\bnot in my allowed list of rcpt ?hosts\b/i,
    confidence: 0.92,
    example: "553 sorry, that domain isn't allowed to be relayed thru this MTA",
    source: "http://www.qwk.net/ (qmail relay refusals, as hosting help pages quote them)",
  },
  {
    // POP-before-SMTP: the server relays only for an address that has just read its mail.
    cause: "relay-denied",
    pattern: /first check your mail with a valid POP account|\bRelay operation rejected\b/i,
    confidence: 0.88,
    example:
      "Server Response: '553. To send mail, first check your mail with a valid POP account; this prevents unauthorized SPAM relaying. (#5.7.1)', Port: 25, Secure(SSL): No, Server Error: 553, Error Number: 0x800CCC79",
    source:
      "http://www.oceanfree.net/services/help/tech.html; https://www.ics.ne.jp/iclusta2019/support/faq/index.htm",
  },
  {
    // Haraka's relay plugin refusing a client it does not relay for.
    cause: "relay-denied",
    pattern: /\b(?:You are|you're|you are) not (?:allowed|authori[sz]ed) to relay\b/i,
    confidence: 0.88,
    example: "You are not allowed to relay",
    source: "https://github.com/haraka/Haraka/blob/0488da9435db3cdcc8dad6b1fe1822e368b85b94/plugins/relay.js",
  },
  {
    // IXP_E_SMTP_REJECTED_RECIPIENTS: a recipient refused at RCPT; without the server's words, most often a relay refusal to a client that did not sign in.
    cause: "relay-denied",
    pattern: /\b0x800CCC79\b/i,
    confidence: 0.55,
    origin: "client",
    example:
      "いずれかの受信者がサーバーによって拒否されたため、メッセージを送信できませんでした。 拒否された電子メール アドレスは、\"someone@example.com > < \" でした。 件名: '<Test>',Account: '<Test>', Server: '<smtp.example.com> ', Protocol: SMTP, Server Response: '550 <someone@example.com> ....リレー拒否\"、ポート: 25、Secure (SSL): いいえ、サーバー エラー: 550、エラー番号: 0x800CCC79。",
    source:
      "Outlook Express / Windows Mail / Outlook send errors: the Windows SDK's imnxport.h (IXP_E_* HRESULTs, 0x800CCCxx)",
  },
  {
    cause: "relay-denied",
    pattern: /\bdoes not allow relaying\b/i,
    confidence: 0.9,
    example:
      "The recipient “user@example.com” was rejected by the server because it does not allow relaying.",
    source:
      "https://smg.co.nz/iphone-email-shows-rejected-by-the-server-when-sending-emails/; Decompiled Apple Mail framework class MFSMTPResponse, -errorMessageWithAddress:defaultMessage: (stored copy code index id 14873991065; same strings in ids 16911654225, 9882566197)",
  },
  {
    // The server will not pass mail on to another domain for this client (no sign-in, or an address it does not serve); a sender the login may not use is worded differently.
    cause: "relay-denied",
    pattern:
      /\brelay(?:ing)?\)? is not allowed\b|\bRelay (?:operation|Service) (?:rejected|denied)\b|\bnot in my list of rcpt ?hosts?\b|\bnot local host, not a gateway\b|\bnot allowed relay\b|(?<!Sender is )(?<!User )\bnot allowed to relay\b/i,
    confidence: 0.88,
    example: "Relay operation rejected",
    source:
      "http://www.yunrelay.com/news/mailreject/820496102646.html; https://github.com/centreon/centreon-plugins/issues/1172; Abdullah-1360/Control_panel_final docs/05-fixes/SMTP_RELAY_ERROR_FIX.md; https://github.com/deflomu/Roundcube-SMTP-per-Identity-Plugin/issues/19; http://www.helpinghost.com/support/idx/38/107/article/I_can_receive_EMail_but_not_send.html; https://www.ics.ne.jp/iclusta2019/support/faq/index.htm; https://github.com/haraka/Haraka/blob/0488da9435db3cdcc8dad6b1fe1822e368b85b94/plugins/relay.js; https://support.hostinguk.net/en/knowledgebase/article/i-am-having-problems-sending-email-from-outlook-express-or-hosting-uks-webmail",
  },
  {
    cause: "relay-denied",
    pattern: /\bnot configured to relay\b/i,
    confidence: 0.88,
    example:
      "501 Rcpt-To validation failed: RCPT TO not accepted: 5.7.1 This system is not configured to relay mail (r) from <sender@example.org> to <user@example.com> for 127.0.0.1",
    source:
      "https://github.com/sisimai/rb-sisimai/blob/b4c163d37ebec045686239b089fd0d451590ea46/set-of-emails/maildir/bsd/lhost-postfix-44.eml",
  },
  {
    // Exim's nonlocal router and a host that refuses to be this sender's smarthost: no relaying for this client.
    cause: "relay-denied",
    pattern: /\bMailing to remote domains not supported\b|\bmay not use this server as a smarthost\b/i,
    confidence: 0.88,
    example:
      "2009-07-25 10:15:48 1MUiyS-0002Mt-Jr ** user@gmail.com R=nonlocal: Mailing to remote domains not supported",
    source: "https://pastebin.com/5JGxkr7P; https://pastebin.com/8ts49X5b",
  },
  {
    cause: "relay-denied",
    pattern: /\b(?:don'?t|do not|does not|doesn'?t) allow unauthori[sz]ed relaying\b/i,
    confidence: 0.88,
    example: "550 5.7.1 Sorry [account@domain] , I don't allow unauthorized relaying .",
    source: "https://www.e-postinc.jp/faq/faq01-79.html",
  },
  {
    // The family: relaying refused, however worded (not allowed, blocked, prohibited, refused, not permitted); a sign-in or a sender the login may not use, where named, says more.
    cause: "relay-denied",
    pattern:
      /\brelay(?:ing)? (?:attempt )?(?:blocked|not allowed|denied|prohibited|refused|not permitted)\b|(?<!Sender is )(?<!User )\b(?:not allowed|forbidden|not permitted) (?:to )?relay\b/i,
    confidence: 0.78,
    example: "You are not allowed to relay",
    source:
      "https://github.com/haraka/Haraka/blob/0488da9435db3cdcc8dad6b1fe1822e368b85b94/plugins/relay.js; fail2ban/fail2ban fail2ban/tests/files/logs/assp (debian fail2ban 1.0.2-2); https://support.hostinguk.net/en/knowledgebase/article/i-am-having-problems-sending-email-from-outlook-express-or-hosting-uks-webmail; http://www.helpinghost.com/support/idx/38/107/article/I_can_receive_EMail_but_not_send.html; http://www.yunrelay.com/news/mailreject/820496102646.html; https://support.webcentral.au/docs/email-errors-550-relay-not-permitted",
  },
  {
    // The family: relaying refused as unauthorised ("unauthorized relay traffic prohibited",
    // "I don't allow unauthorized relaying"); a domain the server is not set up to receive for.
    cause: "relay-denied",
    pattern: /\bunauthori[sz]ed relay(?:ing)?\b|\bdomain (?:is )?not configured (?:to use this|for)\b/i,
    confidence: 0.85,
    stages: ["rcpt", "data"],
    example: "553 <user@example.org> ... unauthorized relay traffic prohibited",
    source:
      "https://www.e-postinc.jp/faq/faq01-79.html; http://helpdesk.umd.edu/documents/3/3025/; http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73; https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons; Python aiosmtpd filtering handler with get_tenant_config (code index id 7494838673)",
  },
  {
    // NetEase's RP:FRL, as its code list documents it: NetEase mail does not relay anonymously
    // (网易邮箱不开放匿名转发) — a recipient outside NetEase without signing in.
    cause: "relay-denied",
    pattern: /(?<![A-Za-z])RP:FRL(?![A-Za-z])/,
    confidence: 0.88,
    example: "550 RP:FRL",
    source:
      "code index id 28428818235 (Chinese Spring Boot mail tutorial README quoting NetEase mailbox error codes)",
  },
  {
    // The family: a server that will not carry mail on to other domains for this client, however
    // it words it (not relaying, remote domains not supported, not a smarthost for this IP, no
    // anonymous forwarding, "not local host, not a gateway").
    cause: "relay-denied",
    pattern:
      /\bnot relaying (?:to|for)\b|\b(?:mailing|mail) to remote (?:domains?|addresses) (?:is )?not (?:supported|allowed|permitted)\b|\bremote mail to \S+ not allowed\b|\bmay not use this server as a smarthost\b|\bnot local host, not a gateway\b|\b(?:anonymous )?forwarding is not (?:supported|allowed|permitted)\b/i,
    confidence: 0.85,
    stages: ["rcpt"],
    example: "smtplib.SMTPRecipientsRefused: {'cperson@example.net': (550, b'not relaying to that domain')}",
    source:
      "aio-libs/aiosmtpd documentation, intro/quick-start doctest (code index id 12930480416); https://pastebin.com/5JGxkr7P; https://pastebin.com/8ts49X5b; https://support.hostinguk.net/en/knowledgebase/article/i-am-having-problems-sending-email-from-outlook-express-or-hosting-uks-webmail; code index id 36911517345 (Go SMTP server of the Chinese 'imail' project, smtpd.go, cmdRcptTo / MSG_BAD_OPEN_RELAY)",
  },
  {
    // A server or relay that states whom alone it delivers for ("this SMTP server only accepts
    // emails for example.com", "relay only allows sending to OWNER_EMAIL"): any other recipient is
    // not relayed.
    cause: "relay-denied",
    pattern:
      /\b(?:server|relay|MX) only (?:accepts? (?:e-?mails?|mail|messages) (?:for|to)|allows (?:sending|mail|delivery) to)\b/i,
    confidence: 0.8,
    stages: ["rcpt"],
    example: "451 4.0.0 this SMTP server only accepts emails for example.com",
    source:
      "Go incoming SMTP server test, RCPT validation block (code index id 54772905004); Python asyncio SMTP relay for exe.dev VMs with OWNER_EMAIL restriction (code index id 53993854127)",
  },
  {
    // "No such domain at this location": the server does not handle the recipient's domain and
    // will not pass it on (a relay refusal worded as a missing domain). Above "No such domain".
    cause: "relay-denied",
    pattern: /\bNo such\s+domain at this location\b/i,
    confidence: 0.85,
    stages: ["rcpt"],
    example: "Mailbox unavailable. The server response was: No such domain at this location",
    source:
      "https://pastebin.com/sgYbEXtu; https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/HEAD/t/corpus/no-such-domain.msg",
  },
  {
    // The family: this server does not take mail for the recipient's domain (it is not one of its own), as a relay refusal.
    cause: "relay-denied",
    pattern: /\brecipient domain not (?:found|accepted|handled|hosted)\b/i,
    confidence: 0.75,
    stages: ["rcpt"],
    example: "550 Recipient domain not found",
    source:
      "target/goalert smtpsrv session.go (code index id 3672578511); Java ESMTP server SMTPProcessor message constants, MESSAGE_RCPT_DOMAIN_REJECTED (code index id 24113679266); code index id 57146630397 (Node smtp-server inbound mail server createSMTPServer with isRecipientAllowed and ALLOWED_DOMAINS); code index id 59091569571 (Rust mailin SMTP receiver ConnectionHandler of the aimail agent-mail gateway, base edition, src core smtp receiver)",
  },
  {
    // Exim's own refusals to pass mail on for a client it does not relay for ('may not use this server as a smarthost', 'Mailing to remote domains not supported').
    cause: "relay-denied",
    pattern: /\bmay not use this server as a smarthost\b|\bMailing to remote domains not supported\b/i,
    confidence: 0.85,
    example:
      "2009-07-25 10:15:48 1MUiyS-0002Mt-Jr ** user@gmail.com R=nonlocal: Mailing to remote domains not supported",
    source: "https://pastebin.com/5JGxkr7P; https://pastebin.com/8ts49X5b",
  },
  {
    // The family: relaying to a named domain, or relaying at all, refused in words the older patterns do not take ('relaying mail to X is not allowed', 'not accepted relay target', 'SMTP relay isn't supported').
    cause: "relay-denied",
    pattern:
      /\brelay(?:ing)? (?:of )?(?:(?:mail|messages?|e-?mails?) )?(?:to|for) \S+ (?:is )?(?:not (?:permitted|allowed|supported)|prohibited|denied|refused)|\bnot (?:an )?accepted relay (?:target|destination)|\brelay(?:ing)? (?:is(?:n't| not) supported|not supported)\b/i,
    confidence: 0.88,
    example: "550-5.7.0 SMTP relay isn't supported for unmanaged work accounts.",
    source:
      "code index id 69045426410 (Spanish nodemailer transport config comment on smtp-relay.gmail.com); code index id 60958868955 (deployment mail note, 'The Workspace SMTP relay is not available'); Ubuntu Forums archive thread by Rich99, 2006-11-12 (exim4 smarthost smtp.ntlworld.com) (code index id 56929694056); LKML 2001-09-27, Matti Aarnio 'Re: DELIVERY FAILURE: 550 5.7.1 Policy analysis reported: This is not accepted relay target' (code index id 16577179614)",
  },
  {
    // A server that receives for its own domains only, saying it forwards for no other.
    cause: "relay-denied",
    pattern: /\b(?:Anonymous )?forwarding (?:is )?not (?:enabled|supported|allowed|permitted)\b/i,
    confidence: 0.75,
    example: "Forwarding not enabled for example.com",
    source:
      "code index id 13434391942 (Haraka plugin jme.rcpt_to.accounts hook_rcpt, host not in accounts); code index id 36911517345 (Go SMTP server of the 'imail' project, smtpd.go, MSG_BAD_OPEN_RELAY)",
  },
  {
    // A server refusing a recipient domain it does not handle ("Don't accept mail for: example.com"):
    // it is no relay for that domain. Not "Recipient domain (is) not allowed": of its two sources,
    // one is a relay's allow list, the other a policy on the recipient.
    cause: "relay-denied",
    pattern: /\b(?:do not|don't|does not|doesn't) accept (?:e-?)?mail for:? [\w.-]+\.[a-z]{2,}\b/i,
    confidence: 0.75,
    stages: ["rcpt"],
    example: "551 Don't accept mail for: example.com",
    source: "SubEthaSMTP-based mail archive service, recipient() handler (code index id 20325226)",
  },
]);
