import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { SMTP_CODES } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The sender address was refused": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    // The sender refused in so many words and nothing more ("553 5.1.3 sender address rejected",
    // "550 5.7.1 sender not recognized"): not Postfix's "Sender address rejected:" prefix, whose
    // reason after the colon decides.
    cause: "sender-rejected",
    pattern: /\bsender (?:address )?(?:rejected|not recogni[sz]ed)\b(?!\s*:)/i,
    confidence: 0.75,
    stages: ["mail", "rcpt", "data"],
    example: "550 5.7.1 sender not recognized",
    source:
      "Go go-smtp scan-to-email ingest georg-jung/scan2graph, internal/smtpin session.go (code index id 61992447521); Go go-smtp sending-relay service with per-client hourly/monthly limits and blacklist, cmd SMTP server smtpBackend/smtpSession (code index id 61845718975); AgentMail SMTP integration notes (code index id 55182944982)",
  },
  {
    // Sendmail's access-map refusal of a sender ("From:cyberspammer.com ERROR:"550 We don't accept
    // mail from spammers"", the FreeBSD Handbook's example, used as is by real sites such as free.fr).
    cause: "sender-rejected",
    pattern: /\bWe don[’']?t accept mail from spammers\b/i,
    confidence: 0.8,
    example: "550 <user@free.fr>... We don't accept mail from spammers",
    source:
      "FreeBSD Handbook mail chapter, Sendmail /etc/mail/access example (code index id 45958387158); ammarfaizi2/lore-inbox m (LKML 2001-12-30, 'Re: Bounce from andre@linuxdiskcert.org', Lionel Bouton)",
  },
  {
    // The sender address on the receiving admin's own local blacklist (Debian's exim4
    // local_sender_blacklist, Bytemark Symbiosis' and Vulani's ACLs): the sender's, not the IP's.
    cause: "sender-rejected",
    pattern: /\b(?:sender(?: envelope)?|e-?mail) address\b[^.\n]{0,60}?\bis locally blacklisted\b/i,
    confidence: 0.88,
    example: "Your email address is locally blacklisted.",
    source:
      "https://github.com/BytemarkHosting/symbiosis/blob/caee857c70ffb20d9582a7a05bf4e9eddae42273/email/exim4/symbiosis.d/10-acl/50-acl-check-rcpt/65-deny-blacklisted-hosts; code index id 17514927354 (Debian exim4 exim4.conf.template, acl/30_exim4-config_check_rcpt, local_sender_blacklist)",
  },
  {
    // Postfix's sender address verification: its probe to the sender's own domain failed (nothing
    // listens, TLS or DNS broke there). The words after "unverified address:" are the probe's, not
    // this client's connection: the sender's domain is at fault. Below a greylisting probe (0.93).
    cause: "sender-rejected",
    pattern:
      /\bSender address rejected: unverified address:\s*(?:connect to\b|Cannot start TLS\b|Host or domain name not found\b|Name service error\b|[^\n]{0,120}?\b(?:Connection refused|Connection timed out)\b)/i,
    confidence: 0.92,
    example:
      "Sender address rejected: unverified address: Host or domain name not found. Name service error for name=mxa.mailgun.org.example.ru type=A: Host not found",
    source:
      "https://github.com/sisimai/p5-sisimai/blob/ed6668f366be641f891ea5748f3ed370fc9a928f/set-of-emails/maildir/bsd/email-courier-05.eml; https://github.com/php-coder/mystamps/issues/127; Perl Postfix mail-log spam-source extractor feeding fail2ban (extract_spam_sources_reject), with logged reject lines in comments (code index id 6698110861)",
  },
  {
    cause: "sender-rejected",
    pattern:
      /Domain of sender address [^ ]* ?does not exist|Sender address rejected: Domain not found|Sender verify failed|sender domain (?:must exist|does not exist)|unregistered domains|Bad sender address|invalid sender|Sender address (?:is )?(?:invalid|syntax)/i,
    confidence: 0.9,
    example: "550 5.1.8 Domain of sender address does not exist",
    source: `${SMTP_CODES}/550.json (proofpoint)`,
  },

  {
    cause: "sender-rejected",
    // (Postfix's "Sender address rejected:" prefix is the rule's own signal, for 5xx replies only.)
    pattern: /\bsender (?:is )?rejected/i,
    confidence: 0.72,
    example: "edge05.upcmail.net #550 5.1.0 <test@example.hu> sender rejected ##",
    source: "https://pastebin.com/yq8ZnJan; https://support.konto.pl/kb/a2164/blad-5_1_0.aspx",
  },
  {
    // The sender's domain has no mail exchanger, so nothing could ever be returned to it: however
    // the server words it ("Sender domain does not have any MX records", "sender … contains a
    // domain with no valid MX records").
    cause: "sender-rejected",
    pattern:
      /\bsender(?: address)? domain\b[^.\n]{0,30}?\b(?:has no|does not have(?: any)?|doesn['’]t have(?: any)?|without(?: an?)?) (?:valid )?MX\b|\bsender\b[^.\n]{0,60}?\bdomain with no (?:valid )?MX\b/i,
    confidence: 0.88,
    example: "550 Sender domain does not have any MX records.",
    source:
      "https://github.com/hmailserver/hmailserver/blob/HEAD/hmailserver/source/Server/Common/AntiSpam/SpamTestMXRecords.cpp; apache/james-project protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/fastfail/ValidSenderDomainHandler.java (doMail)",
  },
  {
    cause: "sender-rejected",
    pattern:
      /\bbadmailfrom\b|No MX for your FROM address|\bMX without A records|invalid DNS MX or A\/AAAA resource record|sender address must contain a domain|Unconfigured Sending Domain|\bFake sender\b/i,
    confidence: 0.9,
    example: "553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)",
    source:
      "notqmail/notqmail qmail-smtpd.c (err_bmf); haraka/Haraka plugins/mail_from.is_resolvable.js (implicit_mx); haraka/Haraka plugins/mail_from.is_resolvable.js (check_results); https://github.com/opnsense/core/issues/3238; https://github.com/oxyde1989/standalone-tn-send-email/issues/12; https://github.com/transitland/transitland-datastore/issues/1231; http://www.yunrelay.com/news/mailreject/714205212544.html",
  },
  {
    cause: "sender-rejected",
    pattern: /Sender address rejected: Domain \S+ does not accept mail|Domain in MAIL FROM has null MX/i,
    confidence: 0.95,
    example:
      'Expected response code "250/251/252" but got code "550", with message "550 5.7.27 <noreply@example.com>: Sender address rejected: Domain example.com does not accept mail (nullMX)".',
    source:
      "https://github.com/radekhulan/myinvoice/issues/139; foxcpp/maddy internal/check/dns/dns.go (requireMXRecord)",
  },
  {
    cause: "sender-rejected",
    pattern: /envelope from address .{1,200}? not accepted by the server/i,
    confidence: 0.9,
    origin: "client",
    example:
      'msmtp: envelope from address Nextcloud HPB Setup <noreply.nextcloud-hpb.setup> not accepted by the server\nmsmtp: server message: 501 <Nextcloud HPB Setup <noreply.nextcloud-hpb.setup>>: "@" or "." expected after "Nextcloud"\nmsmtp: could not send mail (account default from /etc/msmtprc)',
    source:
      "https://github.com/sunweaver/nextcloud-high-performance-backend-setup/issues/56; https://github.com/marlam/msmtp/issues/47",
  },
  {
    cause: "sender-rejected",
    pattern: /sender verify fail(?:ed)? for <[^>]*>|Domain of sender address .{0,60}does not resolve/i,
    confidence: 0.95,
    example:
      "2013-06-07 02:02:09 H=mail.example.net [192.0.2.92] sender verify fail for <mailer@example.net>: all relevant MX records point to non-existent hosts",
    source:
      "fail2ban/fail2ban fail2ban/tests/files/logs/exim (debian fail2ban 1.0.2-2); https://github.com/MNEMO-CERT/PoC--CVE-2019-10149_Exim/issues/3; https://www.support.nec.co.jp/View.aspx?id=3150024882",
  },
  {
    cause: "sender-rejected",
    pattern: /Domain name required for sender address|Sender address rejected: need fully-qualified address/i,
    confidence: 0.88,
    example: "553 5.5.4 <user>... Domain name required for sender address user",
    source:
      "sendmail cf/m4/proto.m4 (code index id 23270562521) (check_mail, R<? $+> remote unqualified sender) [reply rendered from the ruleset's message with placeholder address]",
  },
  {
    cause: "sender-rejected",
    pattern: /\bDomain must resolve\b/i,
    confidence: 0.85,
    example:
      "SMTP error from remote mail server after initial connection:\nhost mail.akadeti.ru [89.31.18.24]: 501 Domain must resolve",
    source: "https://pastebin.com/6jWTqzEG; http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73",
  },
  {
    cause: "sender-rejected",
    pattern: /invalid (?:local )?sender address|sender <[^>]*> black ?listed/i,
    confidence: 0.85,
    stages: ["mail", "rcpt"],
    example: "550 <mailbox>... invalid local sender address for site",
    source: "http://irb.cs.tu-berlin.de/dienste/smtp/errorreplies.html",
  },
  {
    cause: "sender-rejected",
    pattern: /From: Domain is invalid|\bIB506\b/i,
    confidence: 0.88,
    example: "550 coolexample.com From: Domain is invalid. Provide a valid From: IB506",
    source: "https://gemdocs.org/gems/sisimai/5.7.0/Sisimai/Rhost/GoDaddy.html (quoting GoDaddy help 40685)",
  },
  {
    cause: "sender-rejected",
    pattern: /\bUnrout(?:e)?able sender(?: address)?\b/i,
    confidence: 0.88,
    example: "550 Unroutable sender address",
    source: "sisimai/rb-sisimai set-of-emails/maildir/bsd/email-exim-36.eml",
  },
  {
    // Exim names the sender's check last; the 'Unrouteable address' above it is the sender's, not the recipient's.
    cause: "sender-rejected",
    pattern: /\bSender verify failed\b/i,
    confidence: 0.95,
    example:
      "550-Verification failed for <tripwire@myhost>\n550-Unrouteable address\n550 Sender verify failed",
    source:
      "code index id 56945343246 (forum thread quoting an Exim sender-verification refusal); Exim specification, 'verify = sender'",
  },
  {
    // Refused at MAIL FROM: what does not exist is the sender's address or domain.
    cause: "sender-rejected",
    pattern: /\bdoes not exist\b|\bInvalid domain\b|\bno such domain\b/i,
    confidence: 0.75,
    stages: ["mail"],
    requireStage: true,
    example: "553 5.1.0 neko22nyaan neko.example.com does not exist E2110",
    source:
      "sisimai/rb-sisimai set-of-emails/maildir/bsd (Exim bounces after MAIL FROM); Courier submit.C ('517 Invalid domain')",
  },
  {
    cause: "sender-rejected",
    pattern: /\bfrom unknown TLD\b/i,
    confidence: 0.88,
    stages: ["mail", "rcpt"],
    example: "550 5.7.1 sender <user@example.invalid> from unknown TLD #129",
    source: "Barricade MX smtpf documentation (sender checks)",
  },
  {
    // Yahoo: the envelope sender's domain does not resolve (temporary, but the sender's to fix).
    cause: "sender-rejected",
    pattern: /unresolvable (?:RFC\.?5321 )?from domain/i,
    confidence: 0.85,
    example:
      "451 Message temporarily deferred due to unresolvable RFC.5321 from domain; see https://postmaster.yahooinc.com/error-codes",
    source:
      "https://github.com/mail-in-a-box/mailinabox/issues/2327; https://github.com/sisimai/p5-sisimai/blob/0a5bf6188940301628ee800e07985d72f5cbeaac/lib/Sisimai/Rhost/YahooInc.pm",
  },
  {
    cause: "sender-rejected",
    pattern: /Mail from <[^>\n]*> rejected for policy reasons/i,
    confidence: 0.85,
    example: "554 Mail from <sender> rejected for policy reasons",
    source: "http://www-01.ibm.com/support/docview.wss?uid=swg21212690",
  },
  {
    cause: "sender-rejected",
    pattern: /Invalid MAIL FROM(?: address)?\b|\bDomain name required\b/i,
    confidence: 0.82,
    stages: ["mail"],
    example: "Error 501 Invalid MAIL FROM address provided",
    source:
      "https://github.com/mbentley/docker-omada-controller/issues/246; http://www.prosygma.com/aide/Interpretation-des-messages-5xx-dans-merak--114.htm",
  },
  {
    // sendmail's refusal of an address without a domain ("user@(none)"); at MAIL it is the sender's.
    cause: "sender-rejected",
    pattern: /\.\.\.\s*Hostname required/i,
    confidence: 0.85,
    stages: ["mail"],
    example:
      "An error occurred while sending mail. The mail server responded 5.1.3 <jeff@(none)...Hostname required. Please verify that your email address is correct in your Mail preferences and try again.",
    source:
      "Ubuntu Forums archive (https://github.com/Ubuntu-Community-Team/Ubuntu-Forums-Archive), thread 'thunderbird: Hostname required'",
  },
  {
    // The sender's domain has no DNS records the server accepts (OpenSMTPD's filter-checksenderdomain).
    cause: "sender-rejected",
    pattern: /\bunknown sender domain\b|\bsender domain (?:is )?unknown\b/i,
    confidence: 0.88,
    example: "550 unknown sender domain",
    source:
      "https://github.com/poolpOrg/filter-checksenderdomain/blob/3a4cc40789e193b4d8a320742b1ad71fb5f7db06/filter-checksenderdomain.go",
  },
  {
    // "sender rejected" as the Portuguese and Russian ASP.NET guides print the server's reply.
    cause: "sender-rejected",
    pattern: /remetente rejeitad[oa]/i,
    confidence: 0.8,
    example:
      "Caixa de correio indisponível. A resposta do servidor foi: 5.1.0 < someuser@invaliddomain > remetente rejeitada: domínio remetente inválido",
    source:
      "Portuguese ASP.NET Web Pages (Razor) troubleshooting guide, e-mail section (stored copy code index id 21326100681)",
  },
  {
    cause: "sender-rejected",
    pattern: /отправител[ья] отклон[её]н/i,
    confidence: 0.8,
    example:
      "Почтовый ящик недоступен. Получен ответ сервера: 5.1.0 < someuser@invaliddomain > отправителя отклонен: недопустимый отправитель домена",
    source:
      "Russian ASP.NET Web Pages (Razor) troubleshooting guide, e-mail section (stored copy code index id 30373284665)",
  },
  {
    // Exim's sender-verification callout: the receiver could not confirm the sender at the sender domain's own server (a refused null sender, an unreachable host).
    cause: "sender-rejected",
    pattern: /\bCallback setup failed while verifying\b/i,
    confidence: 0.94,
    example:
      "550-Callback setup failed while verifying xxx@example.com\n550-(result of an earlier callout reused). \n550-The initial connection, or a HELO or MAIL FROM:<> command was \n550-rejected. Refusing MAIL FROM:<> does not help fight spam, disregards \n550-RFC requirements, and stops you from receiving standard bounce \n550-messages. This host does not accept mail from domains whose servers \n550-refuse bounces.",
    source: "https://github.com/andris9/simplesmtp/pull/77",
  },
  {
    cause: "sender-rejected",
    pattern: /\bsender verify defer for <[^>]*>/i,
    confidence: 0.9,
    example:
      "H=relay1.example.com (qsv-spam1.example.com) [203.0.113.5]:36752 I=[198.51.100.7]:25 sender verify defer for <user@example.com>: could not connect to customer.example.com [203.0.113.9]: Connection timed out\nH=relay1.example.com (qsv-spam1.example.com) [203.0.113.5]:36752 I=[198.51.100.7]:25 F=<user@example.com> temporarily rejected RCPT <user@example.net>: Could not complete sender verify callout",
    source: "https://raamdev.com/2008/whm-whitelist-to-exclude-from-exim-sender-verify-callbacks/",
  },
  {
    // The receiver refuses the envelope sender itself (its domain does not resolve or route, or the address is not acceptable).
    cause: "sender-rejected",
    pattern: /\bunknown sender domain\b/i,
    confidence: 0.85,
    example: "550 unknown sender domain",
    source:
      "https://github.com/poolpOrg/filter-checksenderdomain/blob/3a4cc40789e193b4d8a320742b1ad71fb5f7db06/filter-checksenderdomain.go",
  },
  {
    cause: "sender-rejected",
    pattern: /\bSender Refused\b/i,
    confidence: 0.85,
    example: "550\nSender Refused",
    source: "https://mxtoolbox.com/Bouncebacks",
  },
  {
    cause: "sender-rejected",
    pattern: /\bSMTP_REJECTED_SENDER\b/i,
    confidence: 0.85,
    example: "0x800CCC78 SMTP_REJECTED_SENDER",
    source:
      "https://github.com/jeffpar/kbarchive/blob/e05fc5f79667adc46533a9b23aaea9dfdc8df6e4/kb/306/Q306041/README.md",
  },
  {
    cause: "sender-rejected",
    pattern: /\binvalid (?:local )?sender address\b/i,
    confidence: 0.85,
    example: "550 <mailbox>... invalid local sender address for site",
    source: "http://irb.cs.tu-berlin.de/dienste/smtp/errorreplies.html",
  },
  {
    cause: "sender-rejected",
    pattern: /\bSender'?s MX record not allowed\b/i,
    confidence: 0.85,
    example: "550 5.7.1 Sender's MX record not allowed (G14)",
    source: "https://smtp.codes/rackspace (data: fm/smtp-codes data/codes/550.json)",
  },
  {
    cause: "sender-rejected",
    pattern: /\bnone of your mail exchangers has a routable address\b/i,
    confidence: 0.85,
    example: "501 5.4.0 none of your mail exchangers has a routable address",
    source:
      "https://github.com/DerDakon/Qsmtp/blob/04efbfd89762c871ca64990cdaacb8aa1458b034/qsmtpd/filters/fromdomain.c",
  },
  {
    // The sender's own domain publishes a null MX or none (RFC 7505): a refused sender, not a routing fault.
    cause: "sender-rejected",
    pattern:
      /\bSender address has (?:a )?null ?MX\b|\bdomain of your sender address has no (?:MX|mail exchanger)\b/i,
    confidence: 0.95,
    example: "550 5.7.27 Sender address has null MX",
    source:
      "RFC 7505 section 4.2 (550 5.7.27, 'Sender address has null MX' in the IANA registry); stappersg/vBook src/ref/vSL/api/var::vsl-api.md (vSMTP predefined reply codes, code550_7_27); https://github.com/chrisboulton/spamdyke/blob/5785cb3e4dfd18aa2dadbc1a12d3793c9def1a3f/spamdyke/spamdyke.h (ERROR_SENDER_NO_MX)",
  },
  {
    // cPanel hosts (webhostbox) discard mail whose From is the server's own hostname.
    cause: "sender-rejected",
    pattern: /\bFrom address is hostname\b/i,
    confidence: 0.88,
    example:
      "=> blackhole (non-SMTP ACL discarded recipients): Message denied - From address is hostname, specify correct from address ( From address: user@md-in-32.webhostbox.net To address: user@gmail.com Received Protocol: local OriginatorID: 841 )",
    source: "https://pastebin.com/pB9UfCmb; https://pastebin.com/pgTZPram",
  },
  {
    // The envelope sender's domain has no DNS: the receiver refuses a return address it cannot reach.
    cause: "sender-rejected",
    pattern: /\breturn (?:e-?mail )?domain is invalid\b/i,
    confidence: 0.85,
    example:
      "554 5.7.1 This message has been blocked because the return email domain is invalid.(failed to obtain DNS record for domain qlc.in)",
    source: "https://pastebin.com/PBt9E9Rz",
  },
  {
    // The empty envelope sender (MAIL FROM:<>) is refused.
    cause: "sender-rejected",
    pattern: /\bNULL sender is not allowed\b/i,
    confidence: 0.95,
    example: "Requested action not taken: NULL sender is not allowed",
    source: "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0",
  },
  {
    // The family: the envelope sender refused as invalid or unknown, however worded; SPF, a login's
    // sender and a listed domain have their own, stronger wording.
    cause: "sender-rejected",
    pattern:
      /(?<!the )\bsender (?:address )?(?:refused|invalid)\b|\binvalid (?:local )?sender(?: address)?\b|\b(?:unknown|invalid|unresolvable|unroutable|non-?existent|bogus|fake|illegal|bad) (?:sender|envelope sender|from|mail from|return(?:-path)?)(?:'s)?(?: e-?mail| address)? domain\b|\bsender domain (?:is )?(?:invalid|unknown|does not exist)\b|\bmail from <?[^>\s]*>? rejected\b/i,
    confidence: 0.75,
    example: "550 Sender Refused",
    source:
      "https://github.com/poolpOrg/filter-checksenderdomain/blob/3a4cc40789e193b4d8a320742b1ad71fb5f7db06/filter-checksenderdomain.go; http://irb.cs.tu-berlin.de/dienste/smtp/errorreplies.html; http://www-01.ibm.com/support/docview.wss?uid=swg21212690 (title text, placeholder <sender> as in the technote); https://mxtoolbox.com/Bouncebacks",
  },
  {
    // The family: the sender's (envelope, From, return) domain or address that does not exist,
    // does not resolve or has no MX, however the server words it; 62 of the 64 corpus replies it
    // matches are refused senders (the other two are the receiver's own DNS failing, which the
    // receiver-side wording decides).
    cause: "sender-rejected",
    pattern:
      /\b(?:sender|from|return|envelope|RFC5322\.From)(?:'s)?(?: (?:e-?mail|mail))?(?: (?:domain|address|host))+\b[^;\n]{0,40}?\b(?:has no (?:mail exchanger|MX)|no MX|does not exist|doesn't exist|unknown|invalid|unresolv\w*|not found|unroutable|not routable|does not resolve)\b|\bdomain of (?:the |your )?(?:sender|envelope|from|return)\w*(?: e-?mail)? address\b[^;\n]{0,30}?\b(?:has no (?:mail exchanger|MX)|does not exist|does not resolve|not found)\b/i,
    confidence: 0.78,
    stages: ["mail", "rcpt", "data"],
    example: "421 Refused. The domain of your sender address has no mail exchanger (MX).",
    source:
      "https://github.com/chrisboulton/spamdyke/blob/5785cb3e4dfd18aa2dadbc1a12d3793c9def1a3f/spamdyke/spamdyke.h; vdukhovni/postfix postfix/src/smtpd/smtpd_dns_filter.ref; https://pastebin.com/PBt9E9Rz; https://portal.hostmedia.uk/knowledgebase/201204295/My-emails-are-being-rejected-or-not-arriving-at-their-destination.html",
  },
  {
    // The family: a null MX (RFC 7505) on the sender's side — "Domain in MAIL FROM has null MX",
    // "Sender address has null MX", the sender domain's null MX record — is a refused sender (the
    // registry's 5.7.27), not the routing fault a recipient domain's null MX (5.1.10) is.
    cause: "sender-rejected",
    pattern: /\b(?:sender(?: address| domain)?|MAIL FROM|envelope sender)\b[^\n]{0,30}?\bnull ?MX\b/i,
    confidence: 0.95,
    example: "501 5.7.27 Domain in MAIL FROM has null MX record (msg ID = 6b1f2c3f)",
    source:
      "RFC 7505 section 4.2 (550 5.7.27, 'Sender address has null MX' in the IANA registry); foxcpp/maddy internal/check/dns/dns.go (requireMXRecord); stappersg/vBook src/ref/vSL/api/var::vsl-api.md (vSMTP predefined reply codes, code550_7_27); https://github.com/radekhulan/myinvoice/issues/139",
  },
  {
    // At MAIL FROM, an address the server calls malformed, invalid or bad is the sender's own.
    cause: "sender-rejected",
    pattern:
      /\b(?:malformed|invalid|bad|illegal) (?:sender |e-?mail )?address\b|\bInvalid address specified\b/i,
    confidence: 0.8,
    stages: ["mail"],
    requireStage: true,
    example: "501 malformed address (IDNA conversion failed)",
    source:
      "albertito/chasquid test/t-12-minor_dialogs/bad_mail_from.cmy; https://github.com/toeverything/AFFiNE/issues/13751; vdukhovni/postfix postfix/src/smtpd/smtpd.c (mail_cmd: '501 5.1.7 Bad sender address syntax')",
  },
  {
    // The family: mail from the sender's domain refused as such ("Email from that domain is not
    // accepted here", "Sending from this domain is blocked", "SENDER REJECT").
    cause: "sender-rejected",
    pattern:
      /\b(?:e-?mail|mail|messages?|sending) from (?:that|this|your|the sender'?s?) domain (?:is |are )?(?:not accepted|not allowed|blocked|rejected|refused)\b|\bsender reject\b/i,
    confidence: 0.8,
    stages: ["mail", "rcpt", "data"],
    example: "550 Email from that domain is not accepted here.",
    source:
      "haraka/haraka-plugin-access index.js; https://github.com/Ombi-app/Ombi/issues/5024; Lua per-domain traffic-shaping rules for an outbound MTA (code index id 2030983661)",
  },
  {
    // The family: the sender address does not exist (the receiver checked the envelope sender and
    // found no such mailbox or domain): "517 Sender does not exist", "sender address does not exist".
    cause: "sender-rejected",
    pattern: /\bsender(?: address| mailbox| e-?mail)? (?:does not|doesn'?t) exist\b/i,
    confidence: 0.85,
    example: "517 Sender does not exist: user@example.com",
    source: "https://github.com/szepeviktor/courier-pythonfilter/blob/HEAD/filters/localsenders.py",
  },
  {
    // The family: at MAIL FROM, a refusal that speaks of the domain's MX, mail exchangers, A
    // records or resolving is about the sender's domain ("No MX for your FROM address", "MX without
    // A records", "From:domain must resolve", "Sender's MX record not allowed"); of the 46 corpus
    // replies at MAIL FROM that use these words, 32 are refused senders and the rest carry more
    // specific wording (SPF, a blocklist, the receiver's own resolver). Case-sensitive "MX" so a
    // host name such as mx.example.jp is not read as the word.
    cause: "sender-rejected",
    pattern:
      /(?:\bMX\b|\b[Mm]ail [Ee]xchangers?\b|\bA [Rr]ecords?\b|\b(?:[Mm]ust|[Dd]oes not|[Dd]oesn'?t|[Cc]annot|[Cc]ould not|[Cc]an'?t) resolve\b|\b(?:[Uu]n)?resolvable\b)/,
    confidence: 0.7,
    stages: ["mail"],
    requireStage: true,
    example: "550 No MX for your FROM address",
    source:
      "haraka/Haraka plugins/mail_from.is_resolvable.js; https://pastebin.com/6jWTqzEG; http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73; https://smtp.codes/rackspace (data: fm/smtp-codes data/codes/550.json)",
  },
  {
    // The concept, as one phrasing: a null (empty, blank) envelope sender refused, however worded
    // ("NULL sender is not allowed", "Policy rejection due to null sender", "to send email from a
    // blank sender, enable blank senders"). The empty return path is the sender's problem, not a
    // login that may not use an address.
    cause: "sender-rejected",
    pattern:
      /(?:\b(?:null|empty|blank) (?:sender|envelope sender|return[- ]path|MAIL FROM)s?\b[^.;\n]{0,30}?\b(?:not allowed|not accepted|not permitted|rejected|refused|denied)\b|\b(?:rejected|rejection|refused|denied)\b[^.;\n]{0,20}?\b(?:null|empty|blank) sender\b|\bfrom a (?:null|empty|blank) sender\b)/i,
    confidence: 0.9,
    example: "553 Requested action not taken: NULL sender is not allowed",
    source:
      "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0; Chinese notes with the NetEase 163 SMTP return-code list (553/554 entries) (code index id 48209579178); https://github.com/iredmail/iRedAPD/blob/HEAD/libs/__init__.py (SMTP_ACTIONS['reject_null_sender']); https://github.com/sefinek/Cloudflare-WAF-Expressions/issues/9; yandex-cloud/docs en/postbox/api-ref/smtp-errors.md ('Empty envelope senders not allowed')",
  },
  {
    // Bounces (mail from the null sender) refused at MAIL FROM, in Haraka's words: the same
    // concept as a null sender refused. After the recipient ("That recipient does not accept
    // bounces") it is the recipient's own policy instead.
    cause: "sender-rejected",
    pattern: /\bNo bounces accepted\b/i,
    confidence: 0.85,
    stages: ["mail"],
    example: "550 No bounces accepted here",
    source:
      "https://github.com/haraka/Haraka/blob/3a961bccd002c3295a72bbdb4eb14c54f50865ef/plugins/mail_from.nobounces.js; https://github.com/haraka/Haraka/blob/2a041bd434a2f667f82024bbe3921c2ce248c215/plugins/bounce.js",
  },
  {
    // The concept: the server wants a fully qualified domain in the envelope sender ("FQDN
    // required in the envelope sender", "Domain name required for sender address", "need
    // fully-qualified address"), however the words run.
    cause: "sender-rejected",
    pattern:
      /\b(?:FQDN|fully[- ]qualified (?:domain(?: name)?|address|name)|domain name) (?:is )?required (?:in|for) (?:the )?(?:envelope )?(?:sender|MAIL FROM|return[- ]path)\b/i,
    confidence: 0.85,
    example: "450 FQDN required in the envelope sender (#4.1.8)",
    source:
      "https://github.com/smtpd/qpsmtpd/blob/0f0186267ac2fccd7096fa8b9b024f9f9fba4787/plugins/resolvable_fromhost; sendmail cf/m4/proto.m4 (code index id 23270562521) (check_mail, remote unqualified sender)",
  },
  {
    // NetEase's MI:IMF, as its code list documents it: the sender's address does not conform to the
    // standard (发信人电子邮件地址不合规范).
    cause: "sender-rejected",
    pattern: /(?<![A-Za-z])MI:IMF(?![A-Za-z])/,
    confidence: 0.85,
    example: "550 MI:IMF",
    source:
      "code index id 28428818235 (Chinese Spring Boot mail tutorial README quoting NetEase mailbox error codes)",
  },
  {
    // The family: mail from the sender's domain refused as such ("Sending from this domain is
    // blocked", "Email from that domain is not accepted here"): the receiver's block on the
    // domain, not on this login.
    cause: "sender-rejected",
    pattern:
      /\b(?:sending |mail |e-?mail |messages? )?from (?:this|that|your|the) domain (?:is |are )?(?:blocked|not accepted|not allowed|refused|denied|rejected|banned)\b/i,
    confidence: 0.8,
    example: "550 Email from that domain is not accepted here.",
    source: "https://github.com/Ombi-app/Ombi/issues/5024; haraka/haraka-plugin-access index.js (code index)",
  },
  {
    // The family: at MAIL FROM, the sender (address, domain, originator) called invalid or not
    // accepted, in any words ("Sender domain not accepted", "Sending address not accepted due to
    // spam filter", "503 5.1.2 Invalid from:", "originator not accepted", "Mail from not
    // accepted by server"); only at MAIL FROM, where the words can only mean the sender. Not a
    // syntax complaint about the FROM parameter ("501 5.5.4 … (invalid FROM parameter)").
    cause: "sender-rejected",
    pattern:
      /(?<!(?:null|empty|blank) )\b(?:sender|sending|from|mail from|originator|envelope sender|return[- ]path)(?: address| domain)?:?\s+(?:<[^>\s]*>\s+|[^\s@]+@[^\s@]+\s+|"[^"\n]*"\s+)?(?:is |was )?(?:not (?:accepted|valid)|invalid)\b|\binvalid (?:from|sender)(?: address)?\b(?! parameter|:\s*(?:Unexpected|Missing|Bad|Invalid|Syntax)\b)/i,
    confidence: 0.75,
    stages: ["mail"],
    requireStage: true,
    example: "554 5.7.1 Sender domain not accepted",
    source:
      "https://github.com/wneessen/go-mail/blob/007d214c680d42c2f3111be00fa757b4753ab1e6/smtp/smtp_test.go; https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/HEAD/t/corpus/spam-rejection20.msg; https://github.com/mailcow/mailcow/issues/489; OSSEC HIDS src/os_maild/sendmail.c, FROM_ERROR (stored copy code index id 190893456); PyMTA aiosmtpd gateway handler, handle_MAIL blocked_sender_domain (code index id 62323872004)",
  },
  {
    // QQ Mail's answer (with its own spelling) to a MAIL FROM it cannot parse: the From address or
    // its display name is malformed, as three independent notes found.
    cause: "sender-rejected",
    pattern: /\bInvalid paramenters\b/i,
    confidence: 0.8,
    stages: ["mail"],
    example: "Mail command failed: 502 Invalid paramenters",
    source:
      "msgbyte/tailchat deployment FAQ (Chinese), section '发送邮件时出现 502 Invalid paramenters' (code index id 1223287463); code index id 28276474855 (Chinese Express verification-code API, comment on mail.from); code index id 57617567949 (Chinese video-tracker mail function, comment on the envelope)",
  },
  {
    // The sender's domain refused as such ("sender domain not allowed", "… not authorized"): a
    // rule about that domain on the receiving server (5 of 6 such corpus replies), above the
    // broader "sender not allowed" that names an account's sending rights.
    cause: "sender-rejected",
    pattern: /\bsender domain (?:"[^"\n]*" )?(?:is )?not (?:allowed|authori[sz]ed)\b/i,
    confidence: 0.92,
    example: "550 5.7.1 Sender domain not allowed on this server",
    source:
      "https://help.dreamhost.com/hc/en-us/articles/215507068-Troubleshooting-PHP-mail-; Go go-smtp to Cloudflare email relay, session.Mail allowedSenderDomains (code index id 60256465435); Go go-smtp server with RequireAuth, AllowedSenderDomains, MaxMessageMB (code index id 69594678297); Go go-smtp session with sender domain policy (code index id 68296328122)",
  },
  {
    // cPanel hosts' Exim ACL for a From address whose domain is the server's host name ("Message
    // denied - From address is hostname, specify correct from address").
    cause: "sender-rejected",
    pattern: /\bFrom address is hostname\b|\bspecify (?:a )?correct from address\b/i,
    confidence: 0.8,
    example:
      "1gu96A-002AIz-9s => blackhole (non-SMTP ACL discarded recipients): Message denied - From address is hostname, specify correct from address ( From address: user@cp-in-12.webhostbox.net To address: user@gmail.com Received Protocol: local OriginatorID: 3834 )",
    source: "https://pastebin.com/pB9UfCmb; https://pastebin.com/pgTZPram",
  },
  {
    // Exim's sender callout, first line: "550-Verification failed for <sender>", then what the
    // sender's own server answered when asked ("Called: …", "Response: 550 5.1.1 … User unknown"):
    // that unknown user is the sender, not the recipient (25 of 25 corpus replies with these words).
    cause: "sender-rejected",
    pattern: /\bVerification failed for <[^>\n]*>/i,
    confidence: 0.9,
    example:
      "550-Verification failed for <user@example.com> 550-Called:\n203.0.113.5 550-Sent: RCPT TO:<user@example.com>\n550-Response: 550 5.1.1 <user@example.com>: Recipient address\nrejected: User unknown in local recipient table 550 Sender verify failed",
    source:
      "https://pastebin.com/jxCrH5mj; https://github.com/dotmanila/pyxbackup/issues/26; Exim specification, 'verify = sender/callout'",
  },
  {
    // The family: the receiver refuses the sender's domain by its own rule (blocked, banned, a disposable-address domain).
    cause: "sender-rejected",
    pattern:
      /\bsender domain (?:is )?(?:blocked|blacklisted|banned|denied)\b|\bdisposable (?:e-?mail )?(?:address|domain)\b/i,
    confidence: 0.8,
    stages: ["mail", "rcpt", "data"],
    example: "554 Sender domain blocked",
    source:
      "repository forwardemail/free-email-forwarding path index.js (code index id 3552902726); Python aiosmtpd RubbishMailHandler (disposable-mail push server, Chinese comments) (code index id 38567396258)",
  },
  {
    // The family: the receiver refuses the sender's address or domain as invalid, unvalidated or unwelcome.
    cause: "sender-rejected",
    pattern:
      /\bFrom: Domain is invalid\b|\bUnable to validate Sender address\b|\binvalid sender domain\b|\bsender domain (?:is )?invalid\b|\bDomain unrecogni[sz]ed\b|\bnot accepting e-?mails? from\b/i,
    confidence: 0.8,
    stages: ["mail", "rcpt", "data"],
    example: "553 example.com... Domain unrecognized",
    source:
      "https://github.com/postalserver/postal/issues/342; https://gemdocs.org/gems/sisimai/5.7.0/Sisimai/Rhost/GoDaddy.html (quoting GoDaddy help 40685); Rails BaseMailer delivery helper rescuing Net::SMTPFatalError/SMTPServerBusy (code index id 12278627312); https://github.com/alfmel/rsmtpd/blob/HEAD/rsmtpd/handlers/domain_validator.py; https://github.com/nkhorman/spamilter/blob/HEAD/src/hndlrs.c; https://github.com/naviserver-project/nssmtpd/blob/HEAD/nssmtpd.c; ASP.NET Web Pages (Razor) Troubleshooting Guide, Japanese localized docs copy, section on debugging e-mail with try-catch (code index id 38998252905)",
  },
  {
    // vger.kernel.org's policy analysis refusing the MAIL FROM address ('Your address is not liked source for email'), quoted by several bounces.
    cause: "sender-rejected",
    pattern: /\bnot liked source for email\b/i,
    confidence: 0.8,
    example:
      "Connected to 209.132.176.167 but sender was rejected.\nRemote host said: 553 5.7.1 Hello [210.76.114.181], for your MAIL FROM address <user@ccoss.com.cn> policy analysis reported: Your address is not liked source for email",
    source:
      "https://lore.kernel.org/lkml/20061114.142349.74748158.davem@davemloft.net/ (read via mirror ammarfaizi2/lore-inbox, file m); linux-kernel mailing-list message (Paul Menzel, 2023-04) (code index id 33391457498); linux-kernel mailing-list reply (Greg K-H, 2006-08-16) (code index id 24209352573)",
  },
  {
    // Exim's 'Unroutable sender address': the sender's domain has no route (no MX or A) the receiver could verify.
    cause: "sender-rejected",
    pattern: /\bunroute?able sender(?: address)?\b/i,
    confidence: 0.85,
    example:
      "SMTP error from remote mail server after MAIL FROM:<sironeko-nyaan@neko.example.com> SIZE=1024: 550 Unroutable sender address",
    source:
      "sisimai/rb-sisimai set-of-emails/maildir/bsd/email-exim-36.eml; https://github.com/sisimai/rb-sisimai/blob/8de4c20cff00879475e41cd0fed3eafab2dffa22/set-of-emails/maildir/bsd/email-exim-36.eml; https://github.com/outroll/vesta/issues/109; https://pastebin.com/An5wnyZm",
  },
  {
    // The family: the sender's domain has no usable MX or mail servers ('Sender domain does not have any MX records', 'cannot find your sender address mail servers using DNS', 'has no mail exchanger').
    cause: "sender-rejected",
    pattern: /\bsender\b[^.\n]{0,40}\b(?:MX|mail ?servers?|mail exchangers?)\b/i,
    confidence: 0.8,
    example: "550 5.7.27 Sender address has null MX",
    source:
      "https://smtp.codes/rackspace (data: fm/smtp-codes data/codes/550.json); https://github.com/chrisboulton/spamdyke/blob/5785cb3e4dfd18aa2dadbc1a12d3793c9def1a3f/spamdyke/spamdyke.h (ERROR_SENDER_NO_MX, REJECTION_DATA_SENDER_NO_MX); stappersg/vBook src/ref/vSL/api/var::vsl-api.md (vSMTP vSL API reference, predefined reply codes) (code550_7_27); https://pastebin.com/P92Jq9FG; https://github.com/vodolaz095/msmtpd/blob/HEAD/plugins/sender/sender_resolvable.go; https://github.com/hmailserver/hmailserver/blob/HEAD/hmailserver/source/Server/Common/AntiSpam/SpamTestMXRecords.cpp",
  },
  {
    // The receiver's own list refuses this sender address ('sender envelope address … is locally blacklisted here', 'Your email address is locally blacklisted').
    cause: "sender-rejected",
    pattern:
      /\b(?:sender(?: envelope)?|your e-?mail) address\b[^.\n]{0,30}\bis locally (?:black|block)listed\b/i,
    confidence: 0.85,
    example: "Your email address is locally blacklisted.",
    source:
      "Vulani (TUMS) Exim reconfiguration plugin writing exim.conf ACLs (code index id 28654809078) [ACL message text only; Exim adds the SMTP code]; https://github.com/BytemarkHosting/symbiosis/blob/caee857c70ffb20d9582a7a05bf4e9eddae42273/email/exim4/symbiosis.d/10-acl/50-acl-check-rcpt/65-deny-blacklisted-hosts [ACL message text only; Exim adds the SMTP code]",
  },
  {
    // The family: the sender address (RFC 5321's reverse-path) refused as malformed or invalid, in the protocol's own term.
    cause: "sender-rejected",
    pattern: /\b(?:malformed|syntax error in|invalid|bad) reverse[- ]?path\b/i,
    confidence: 0.85,
    example: "553 5.1.7 invalid reverse-path",
    source:
      "go-smtp transactionSession.Mail with SMTPFromAllowed and modeSubmission (code index id 63174887018); code index id 24276856272 (Mireka SubEthaSMTP message handler convertToReversePath) [reply rendered with placeholder address]; code index id 66497420116 (ApexMail MTA MAIL FROM, is_valid_envelope_address)",
  },
  {
    // The null sender (<>, a bounce's reverse-path) refused where it cannot be used.
    cause: "sender-rejected",
    pattern:
      /\bnull (?:return[- ]path|reverse[- ]path|sender)\b[^.\n]{0,30}\b(?:cannot|can't|may not|is not allowed|not permitted|refused)\b/i,
    confidence: 0.85,
    example: "550 5.7.1 A null return path cannot be used for submission",
    source:
      "code index id 68342539071 (xeron-be/xeron-mx internal/submission session.Mail, empty sender domain); Coremail 'NULL sender is not allowed'",
  },
  {
    // The sender's domain on the receiver's own block list, in plain words.
    cause: "sender-rejected",
    pattern: /\bSender domain (?:is )?blocked\b/i,
    // Above a recipient's 5.1.1 code, which a server may put on any refused address.
    confidence: 0.86,
    example: "550 5.1.1 Sender domain blocked by policy",
    source:
      "code index id 7801835384 (gumdrop org/bluezoo/gumdrop/smtp/SenderPolicyResult.java); Python aiosmtpd RubbishMailHandler (code index id 38567396258)",
  },
]);
