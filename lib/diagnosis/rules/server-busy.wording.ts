import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { GOOGLE } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The server is busy or refusing for now": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "server-busy",
    pattern:
      /Server busy|system (?:is )?(?:overloaded|congested)|shutting down|Service (?:is )?(?:temporarily )?(?:not available|unavailable)[ ,.-]+(?:please )?try (?:again )?later/i,
    confidence: 0.8,
    example: "421 4.2.0 - Server busy, please try again later",
    source: `${GOOGLE}; https://intohost.in/kb/common-email-bounce-back-errors`,
  },
  {
    // The server's own cap on connected clients (Resend's relay, nodemailer's smtp-server maxClients): it is
    // full for everyone, not counting this sender. Above "too many connections" (rate-limited).
    cause: "server-busy",
    pattern: /\bToo many connected clients\b/i,
    confidence: 0.92,
    example:
      "smtplib.SMTPConnectError: (421, b'Resend SMTP Relay Too many connected clients, try again in a moment')",
    source:
      "nodemailer/smtp-server lib/smtp-connection.js (init, connections.size > maxClients); Project design note 'SMTP Retry Design — Transient 421/45x Backoff' (code index id 52860427349)",
  },
  {
    // Gmail's "421 4.3.0 Temporary System Problem" when a connection opens: the server turns
    // sessions away for now. The same words after DATA are a failure while taking this message
    // (server-temporary-failure's reading: 11 of 12 such replies in the corpus).
    cause: "server-busy",
    pattern: /Temporary System Problem/i,
    confidence: 0.8,
    stages: ["connect", "greeting", "ehlo"],
    requireStage: true,
    example: "421 4.3.0 Temporary System Problem. Try again later",
    source: GOOGLE,
  },

  {
    // A front end that answers but has no mail service behind it right now. (Postfix's "Service
    // unavailable;" is followed by its reason, a block list or an access rule: not this. Sendmail's
    // log "stat=Service unavailable" / "DSN: Service unavailable" is its own summary of any refusal
    // it maps to EX_UNAVAILABLE, 5.0.x, 5.2.x and 5.6.x alike (sysexits.c): not this either. Nor
    // nssmtpd's "Service not available, <reason>": the reason after the comma decides.)
    cause: "server-busy",
    pattern:
      /(?<!\bstat=|\bDSN: )\b(?:SMTP )?(?:server|service) (?:is )?(?:not available|unavailable|not active)\b(?!;|,\s*(?!closing|try|please|check)[a-z])/i,
    stages: ["connect", "greeting", "ehlo", "auth"],
    // Measured 2026-12-03 over 24 replies: a busy server 8, unresolved 8, the rest an IP refused, a
    // rate limit or a refused connection behind the same words.
    confidence: 0.5,
    example: "421: 4.3.2 Service not active [TYAPR01CA0229.jpnprd01.prod.outlook.com]",
    source: "https://github.com/jstedfast/MailKit/issues/1106",
  },

  {
    cause: "server-busy",
    pattern: /Server terminates connection|too busy|server (?:is )?overloaded/i,
    confidence: 0.82,
    example: "Error: Server terminates connection. response=421 4.7.0 Try again later, closing connection.",
    source:
      "RFC 5321 §4.2.3 (421 <domain> Service not available, closing transmission channel); https://github.com/knadh/listmonk/issues/1516; https://github.com/calcom/cal.diy/issues/5254; https://github.com/dexie/Dexie.js/issues/2163",
  },
  {
    // Gmail's "421 4.7.0 Try again later, closing connection" is said for a busy server and for a
    // sender sending too fast alike (corpus: rate-limited 3, server-busy 2, unresolved 1,
    // 2026-12-03): the likelier reading, named weakly.
    cause: "server-busy",
    pattern: /Try again later,? closing connection/i,
    confidence: 0.5,
    example: "2020-12-04 11:27:10 SERVER -> CLIENT: 421 4.7.0 Try again later, closing connection.",
    source:
      "https://github.com/PHPMailer/PHPMailer/issues/2211; https://github.com/dexie/Dexie.js/issues/2163",
  },
  {
    // RFC 5321's own text for 421, which .NET also prints for any 421 ("Service not available,
    // closing transmission channel. The server response was: …"): it says no more than the code
    // 421 does, so it weighs what a 421 at the greeting weighs. Words after it decide when there are any.
    cause: "server-busy",
    pattern: /Service not available,? closing transmission channel/i,
    confidence: 0.55,
    example: "421 Service not available, closing transmission channel",
    source:
      "RFC 5321 §4.2.3 (421 <domain> Service not available, closing transmission channel); https://github.com/knadh/listmonk/issues/1516",
  },
  {
    cause: "server-busy",
    pattern:
      /rejecting connections on daemon \S+:?\s*load average|refusing connections on daemon|load average (?:too high|exceeded)/i,
    confidence: 0.9,
    example: "Jan 9 14:15:49 mail sendmail[18184]: rejecting connections on daemon MTA: load average: 70",
    source:
      "http://rackerhacker.com/2008/01/16/sendmail-rejecting-connections-on-daemon-mta-load-average-70/; http://lists.mailscanner.info/pipermail/mailscanner/2003-December/023677.html",
  },
  {
    cause: "server-busy",
    pattern: /has reached its process limit|PFA agent busy/i,
    confidence: 0.9,
    example:
      'Oct  3 20:39:27 spike postfix/master[28905]: warning: service "smtp"\n (25) has reached its process limit "30": new clients may experience\n noticeable delays\nOct  3 20:39:27 spike postfix/master[28905]: warning: to avoid this\n condition, increase the process count in master.cf or reduce the\n service time per client',
    source:
      "Postfix STRESS_README (Debian postfix-doc 3.7.11); sisimai/p5-sisimai lib/Sisimai/Rhost/ExchangeOnline.pm",
  },
  {
    cause: "server-busy",
    pattern: /Maximum number of SMTP sessions(?: \(\d*\))? for service reached/i,
    confidence: 0.8,
    example: "SMTPALG: Maximum number of SMTP sessions () for service reached. Closing connection",
    source: "https://www.manualowl.com/m/D-Link/DFL-860E/Manual/316543?page=54",
  },
  {
    // 'Server temporarily unavailable' in Portuguese, Spanish, French and German.
    cause: "server-busy",
    pattern:
      /Servidor temporariamente indispon[ií]vel|Servidor temporalmente no disponible|Serveur temporairement indisponible|Server vor[üu]bergehend nicht verf[üu]gbar/i,
    confidence: 0.85,
    example: "421 Servidor temporariamente indisponível. Tente novamente mais tarde. IB101",
    source: "http://ix-one.com/domainhostingFAQ/article/MS_27771.html",
  },
  {
    cause: "server-busy",
    pattern: /\btemporarily unavailable,? please try again later\b/i,
    confidence: 0.72,
    example: "421 Mailgun temporarily unavailable, please try again later.",
    source: "https://github.com/swapmyvote/swapmyvote/issues/295",
  },
  {
    // The server's processing capacity is used up for now ("Analysis capacity reached").
    cause: "server-busy",
    pattern: /\bcapacity (?:reached|exceeded)\b|\b(?:at|over) capacity\b/i,
    confidence: 0.75,
    example: "451 4.7.1 Analysis capacity reached, please retry shortly",
    source: "aiosmtpd analysis gateway, handle_DATA (code index id 70432418749)",
  },
  {
    // The family: the server's own queue is full ("452 Queue full, try again later"): it takes
    // nothing more for now (3 of the 5 corpus replies; the others call it a passing failure).
    cause: "server-busy",
    pattern: /\b(?:mail |message |delivery |processing )?queue (?:is )?full\b/i,
    confidence: 0.6,
    example: "452 Queue full, try again later",
    source:
      "Python aiosmtpd Redis-queue handler handle_DATA with MAX_QUEUE_SIZE (code index id 40013938553); Python aiosmtpd LLMHandler with asyncio.Queue workers (code index id 15119428326)",
  },
  {
    // The receiver's queue is full: it takes nothing from anyone until it drains.
    cause: "server-busy",
    pattern: /\b(?:mail )?queue is full\b/i,
    confidence: 0.8,
    example: "451 4.3.1 mail queue is full, try again later",
    source:
      "https://knowledge.broadcom.com/external/article/435525/high-number-of-messages-in-inbound-or-ou.html; code index id 66068836998 (Rust SMTP server source, DATA handling try_send match)",
  },
  {
    // A bare "too many connections", with nothing that counts them against this client: the
    // server's own cap for everyone (18 of 29 such corpus replies; rate limits the rest).
    cause: "server-busy",
    pattern: /\btoo many (?:smtp )?connections\b/i,
    confidence: 0.6,
    example: "421 4.3.2 Too many connections, try again later",
    source:
      "RFC 5321 §4.2.3 (421 <domain> Service not available, closing transmission channel); https://github.com/knadh/listmonk/issues/1516",
  },
  {
    // A bare "busy" and the request to come back ("450 busy - please try later", Exchange Online's
    // "PFA agent busy, please try again").
    cause: "server-busy",
    pattern: /\bbusy\s*[-–,;:]\s*please try (?:again )?later\b|\bagent busy\b/i,
    confidence: 0.75,
    example: "451 4.7.700 PFA agent busy, please try again.",
    source:
      "rjbs/Mail-DeliveryStatus-BounceParser t/corpus/comcast-via-sendmail.unknown.msg; sisimai/p5-sisimai lib/Sisimai/Rhost/ExchangeOnline.pm",
  },
  {
    // The family: the server is shutting down and takes no more mail now.
    cause: "server-busy",
    pattern: /\bshut ?down in progress\b|\b(?:server|service|system) (?:is )?shutting down\b/i,
    confidence: 0.8,
    example: "421 'Server shutting down'",
    source:
      "https://github.com/forwardemail/forwardemail.net/issues/547; stalwartlabs/stalwart crates/smtp/src/inbound/spawn.rs (handle_conn) [reply rendered from the source format string with placeholder host name]; https://github.com/flashmob/go-guerrilla/blob/14a83f6bd29c47af35f684c926a95b05fb1fc0e0/response/enhanced.go (Canned.ErrorShutdown); go-smtp backend NewSession() with shutdown check, blacklists and reverse DNS validation (code index id 54508682265); go-smtp session Mail() with drain check and authenticated local part (code index id 70377186496); Go go-smtp mail server LMTP/SMTP delivery, CreateDefaultMailboxesWithRetry cancelled (code index id 53818342463); https://github.com/dovecot/core/blob/0b4a81d70806cf37dec3da86b85b9c1cdab17321/src/lib-smtp/test-smtp-client-errors.c; https://github.com/stalwartlabs/mail-server/blob/04cc84dd77a2dfdac7e1a1b3760cc063cd1357b7/crates/smtp/src/inbound/mod.rs (FilterResponse::shutdown); https://github.com/migadu/sora/blob/HEAD/server/lmtpproxy/session.go; Go SMTP server session.commandLoop() (code index id 53225968914); code index id 4560552334 (Moleculer emails.inbound service starting smtp-server on ports 25/465/587, onRcptTo/onAuth/onData)",
  },
  {
    // The family: the server (or a gateway in front of it) has every session it can take ('Maximum number of SMTP sessions … reached', 'The number of sessions exceeds the maximum', Postfix's 'has reached its process limit').
    cause: "server-busy",
    pattern:
      /\bmaximum number of (?:SMTP )?sessions\b|\bnumber of sessions exceeds the maximum\b|\bhas reached its process limit\b/i,
    confidence: 0.8,
    example: "500 The number of sessions exceeds the maximum",
    source:
      "Postfix STRESS_README (Debian postfix-doc 3.7.11); https://www.manualowl.com/m/D-Link/DFL-860E/Manual/316543?page=54; https://support.huaweicloud.com/intl/ja-jp/usermanual-koomessage/um1007.html",
  },
  {
    // The server saying it is busy however it words it ("I'm busy", "System busy, try again later", "busy--Please try
    // again later", a bare "BUSY"): it turns sessions away for now. Not a mailbox that is busy; a login refused with
    // "authentication failed, system busy" (Coremail) keeps its login wording, which outranks this.
    cause: "server-busy",
    pattern:
      /(?<!mailbox (?:is )?|failed, )\b(?:(?:I'?m|system(?:\(\w\))?|server) (?:too )?busy|busy\b\W{0,3}(?:please )?(?:try|retry) (?:again )?later)|^(?:omg )?busy$/i,
    confidence: 0.7,
    example: "400 BUSY",
    source:
      "rjbs/Mail-DeliveryStatus-BounceParser t/corpus/comcast-via-sendmail.unknown.msg; public repository Postfix log-parser script with sample log lines (code index id 12389214688); public Flutter app source handling the error (code index id 22623295688); https://github.com/haraka/Haraka/blob/22ac3483d69f0f28ecffc260e1b0852c0f275069/plugins/connect.toobusy.js; https://intohost.in/kb/common-email-bounce-back-errors; j-chkmail/ze-filter milter source, open-connections check (code index id 10928274193); Go go-smtp notification gateway, Data job queue full (code index id 60322355960); Go go-smtp relay MessageHandler with SenderPolicy and SMTPMaxInflightSends (code index id 53747203916); https://github.com/ruby/net-smtp/blob/HEAD/test/net/smtp/test_smtp.rb; gen_smtp src/gen_smtp_client.erl, eunit session_start_test_ (stored copy code index id 111868835) 'retry on 421 greeting'; https://github.com/swiftmailer/swiftmailer/blob/04bd51b139b7670dd0ba7013ac86f1dafc840bc2/tests/unit/Swift/Transport/AbstractSmtpTest.php; https://github.com/ruby/net-smtp/blob/722d2b5b62fa05e3b064f2ee2079a65b053f865a/test/net/smtp/test_response.rb; https://gist.github.com/chrisjimallen/8972272; https://github.com/GerHobbelt/xmail/blob/HEAD/SMTPSvr.cpp; https://github.com/crisp-oss/email-bounce-parser/blob/HEAD/test/fixtures/451_4_7_500_server_busy.txt; clamsmtp clamsmtpd.c by Nate Nielsen (code index id 26196468268); Go go-smtp receiver of ziyixi/mail-hero, internal/smtp server with limitedListener and session (code index id 70790010871); http://worldnet.att.net/general-info/bls_info/block_enduser.html; Rust SMTP listener accept loop with connection_slots semaphore (code index id 62589107189); code index id 63369198354 (TypeScript smtp-server inbound API gateway class SmtpGateway with toSmtpError); code index id 59919070254 (Go SMTP proxy 'bifrost' backend pool tests); code index id 18481405959 (Lethe newsletter SQL dump, BounceMailHandler-derived bounce rule table, row 95 sample); https://github.com/zone-eu/wildduck/issues/399; https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes)",
  },
  {
    // Too many concurrent connections or deliveries may be the server's own cap for everyone (15 of 39 corpus replies, 2026-12-03): the other reading beside rate-limited's 0.6.
    cause: "server-busy",
    pattern: /\btoo many concurrent\w*|\bconcurrent connections\b/i,
    confidence: 0.45,
    yieldsTo: "rate-limited",
    example: "450 Too many concurrent messages",
    source:
      "Exim/exim src/src/smtp_in.c (code index id 5182695818) (smtp_accept_count > smtp_accept_max - smtp_accept_reserve) [reply rendered from the source format string with placeholder host name]; public repository notes (Portuguese) on a Supabase SMTP setup with a shared-hosting server (code index id 60697298254); public test file EmailService.isTransientSmtpError (code index id 71604409352); public repository log excerpt (code index id 7561504203); Exim/exim src/src/smtp_in.c (smtp_start_session); https://smtpfieldmanual.com/spamfilter/exchangeonline; Go go-smtp backend NewSession with limits.acquireConn (code index id 55205175604); code index id 69112291339 (Go Exim log-signature classifier test, case 'remote MX 421 too many concurrent \u2014 NOT ours'); go-smtp LMTP session with userSem concurrency limit and deliverOne (code index id 58533085606); ActiveCampaign/smtp-field-manual data/codes/421.json@0b9ecacd4e7943822bf6ce0926a79c1cbac0e833; https://github.com/diegocr/AmiSMTPd/blob/12ed596df7e149eca9c6b340e0e96a2f950b2af8/transport.c; code index id 69858145381 (TypeScript smtp-server front door 'branchLeft mail spool' for Ghost, createSmtpFrontDoor); https://snapoverflow.com/server/question/402011/too-many-concurrent-connections-exchange-2010-what-else-is-there-to-check; C# ConnectionLimit.RejectionReply (code index id 71528381405); https://knowledge.broadcom.com/external/article/280430/smtp-code-421-470-too-many-concurrent-co.html",
  },
  {
    // A relay's back-pressure: its own queue too full to take more now.
    cause: "server-busy",
    pattern: /\bqueue (?:is )?(?:saturated|overloaded|over(?:-| )?full)\b/i,
    confidence: 0.75,
    example: "relay queue is saturated, retry later",
    source: "code index id 56611349580 (Haraka relay plugin hook_rcpt back-pressure check)",
  },
]);
