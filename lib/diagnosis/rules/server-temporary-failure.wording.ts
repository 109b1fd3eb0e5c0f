import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { GOOGLE, POSTFIX } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The server had a temporary error": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    // Gmail's "Temporary System Problem" in the middle of a session (after DATA, mostly): a
    // transient failure on Google's side while taking this message. At the greeting the same words
    // turn sessions away (server-busy).
    cause: "server-temporary-failure",
    pattern: /Temporary System Problem/i,
    confidence: 0.8,
    stages: ["auth", "mail", "rcpt", "data"],
    example:
      "smtplib.SMTPDataError: (421, b'4.7.0 Temporary System Problem.  Try again later (10). d10sm816945pfh.8 - gsmtp')",
    source: GOOGLE,
  },
  // Server trouble
  {
    // The receiver's own lookup of a DNS blocklist failed (its resolver or the list did not
    // answer): the sending IP was not found listed, and the refusal is temporary.
    cause: "server-temporary-failure",
    pattern: /\b(?:RBL|DNSBL) lookup (?:error|fail)|\btemporary (?:RBL|DNSBL)\b/i,
    confidence: 0.55,
    example: "451 temporary RBL lookup error",
    source:
      "code index id 6180607320 (ucspi-tcp rblsmtpd.c, rbl() with flagfailclosed); vdukhovni/postfix postfix/src/smtpd/smtpd_check.c (msg_warn: '%s: RBL lookup error: %s', a soft result)",
  },
  {
    cause: "server-temporary-failure",
    pattern:
      /Temporary lookup failure|local error in processing|queue file write error|Insufficient system storage|Requested action aborted: (?:local )?error/i,
    confidence: 0.88,
    example: "451 4.3.0 <user@example.com>: Temporary lookup failure",
    source: `${POSTFIX}/smtpd_check*.ref`,
  },

  {
    cause: "server-temporary-failure",
    pattern:
      /Connection lost to authentication server|authentication server (?:is )?(?:unavailable|not responding)/i,
    // Above a bare "authentication failed" (0.88), which these words explain.
    confidence: 0.9,
    example: "454 4.7.0 Temporary authentication failure: Connection lost to authentication server.",
    source:
      "https://github.com/chatmail/relay/issues/441; RFC 4954 §6 (454 4.7.0 Temporary authentication failure)",
  },

  {
    cause: "server-temporary-failure",
    pattern: /Temporary local problem|local error in processing|Requested action aborted: (?:local )?error/i,
    confidence: 0.85,
    example: "451 Temporary local problem - please try later",
    source:
      "https://github.com/Mailu/Mailu/issues/2863; https://github.com/juanluisbaptiste/docker-postfix/issues/43; https://github.com/OpenSMTPD/OpenSMTPD/issues/1143; https://github.com/Gilwyad/mailnesia.com/issues/15; RFC 5321 §4.2.3 (451 Requested action aborted: local error in processing)",
  },
  {
    cause: "server-temporary-failure",
    // The server's login back-end unavailable for now (Exim's text); the corpus also files it under
    // the receiver's own setup (server-temporary-failure 4 of 8 where it decides, 2026-12-03); above
    // the bare "authenticator failed" beside it.
    pattern: /Unable to authenticate at present/i,
    confidence: 0.8,
    example:
      "[14:32:53.886][f2254d92] SMTP[DATA]: < 435 Unable to authenticate at present\\r\\n\n[14:32:53.886][f2254d92] SMTP[ERROR]: MailSo\\Smtp\\Exceptions\\NegativeResponseException: 435 Unable to authenticate at present in /srv/RainLoop/rainloop/v/1.10.5.192/app/libraries/MailSo/Smtp/SmtpClient.php:789",
    source:
      "https://github.com/RainLoop/rainloop-webmail/issues/1373; Exim/exim src/src/smtp_in.c (DEFER from an authenticator: 435 Unable to authenticate at present)",
  },
  {
    cause: "server-temporary-failure",
    pattern: /Temporary service failure/i,
    confidence: 0.86,
    example: "454 Temporary service failure",
    source:
      "awsdocs/amazon-ses-developer-guide doc-source/smtp-response-codes.md; MicrosoftDocs/SupportArticles-docs Exchange/ExchangeOnline/email-delivery/ndr/fix-error-code-550-4-4-7-in-exchange-online.md",
  },
  {
    cause: "server-temporary-failure",
    pattern:
      /Out of disk space for temp file|lookup forced DEFER|unverified address: verification in progress/i,
    confidence: 0.88,
    example: "452 Out of disk space for temp file",
    source:
      "https://ftp.sendmail.org/RELEASE_NOTES (sendmail-doc changelog); https://git.netwichtig.ch/cgit/user/henk/code/exim.git/plain/test/stderr/3204?h=exim-4.90devstart&id=430f98cb1e35e925f6b3ca54375411ff67e8895b; https://hoststud.com/resources/email-error-450-and-it%E2%80%99s-solution.317/updates",
  },
  {
    cause: "server-temporary-failure",
    pattern: /Insufficient disk space/i,
    confidence: 0.85,
    example: "452 4.4.5 Insufficient disk space; try again later",
    source: "hrs-allbsd/sendmail sendmail/srvrsmtp.c (enoughdiskspace check)",
  },
  {
    // The receiving server could not write the mailbox file: its own local problem, unless the words say the mailbox is full.
    cause: "server-temporary-failure",
    pattern: /can[’']?t create (?:user )?output(?: file)?/i,
    confidence: 0.75,
    example: "mail.irgendwas.info [192.0.2.78] can’t create user output file",
    source: "https://orange-panther.de/support/e-mail-debug/; sendmail deliver.c ('Can't create output')",
  },
  {
    // The receiver's own component failed for now (a database, a policy service, the store, a DNS check): retry.
    cause: "server-temporary-failure",
    pattern:
      /\bBackend failure\b|\binternal error during (?:the )?policy check|verification (?:is )?temporarily unavailable|could not be saved\. Please retry|Temporary error (?:occurred )?during\b/i,
    confidence: 0.92,
    example: "Backend failure. Please, retry later or contact our support.",
    source:
      "haraka/haraka-plugin-greylist index.js (hook_rcpt_ok: DENYSOFT on a backend error); foxcpp/maddy internal/check/rspamd/rspamd.go; hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPConnection.cpp; code index id 63576612822 (Haraka rcpt plugin); Cisco AsyncOS SPF verification temporary error (IronPort user guide)",
  },
  {
    // The receiver could not look SPF up for now: a temporary failure of its own, not an SPF verdict.
    cause: "server-temporary-failure",
    pattern: /\b(?:problem|error) (?:on|during|in|with) (?:the )?SPF (?:lookup|check|verification)\b/i,
    confidence: 0.93,
    example: "451 4.4.3 Temporarily rejected: Problem on SPF lookup",
    source: "apache/james-project server/protocols/protocols-smtp (SPFHandler: temporary SPF lookup problem)",
  },
  {
    // Exchange Online's generic transient error: a more specific code outweighs it (4.3.2, "system
    // not accepting network messages", is the busy server).
    cause: "server-temporary-failure",
    pattern: /Temporary server error/i,
    confidence: 0.5,
    example: "451 4.4.3 Temporary server error. Please try again later ATTR55.1",
    source:
      "Microsoft 365 Multi-Geo In-Region Routing doc, 'Potential errors' section (MicrosoftDocs, code index id 58960778356)",
  },
  {
    cause: "server-temporary-failure",
    pattern:
      /Cannot authenticate due to (?:a )?temporary(?: system problem|$)|failed to expand (?:ACL string|“|"|')|(?:clamd|spamd|scanner|milter)\b[^\n]{0,80}unable to connect|\b(?:mail )?filters? (?:are |is )?temporarily unavailable\b/i,
    confidence: 0.88,
    example:
      "454 4.7.0 Cannot authenticate due to temporary system problem. Try again later. d69sm2322627qhc.3 - gsmtp",
    source:
      "https://github.com/bfosberry/GameSocial/issues/179; https://github.com/rspamd/rspamd/issues/1875 (Exim); https://github.com/hestiacp/hestiacp/issues/2087 (Exim's expansion of a transport option); https://github.com/Cisco-Talos/clamav/issues/1189; Courier-MTA courier cdfilters.C, dofilter()/dofilter_err() FILTER_ERROR (code index id 833994407)",
  },
  {
    cause: "server-temporary-failure",
    pattern: /\bTemporary system failure\b/i,
    confidence: 0.6,
    example: "451 Temporary system failure. Please try again later.",
    source: "https://github.com/denyhosts/denyhosts/issues/87 (sendmail.cf excerpt)",
  },
  {
    // A directory or table lookup the server could not make for now (qmail-ldap); Postfix's plain "Temporary lookup failure" is covered above.
    cause: "server-temporary-failure",
    pattern: /\btemporary (?:ldap |database |directory |sql |table )lookup failure\b/i,
    confidence: 0.88,
    example: "451 temporary ldap lookup failure, try again later",
    source:
      "https://github.com/qmail-ldap/qmail-ldap/blob/00639e62c47d66eb111cddbf2aed21f9ce9ccb42/qmail-smtpd.c",
  },
  {
    // An SPF (or DKIM, DMARC) check that could not finish for now is not a failed check: above the bare mention of SPF.
    cause: "server-temporary-failure",
    pattern:
      /\btemporary (?:DNS )?error (?:when|while) (?:checking|evaluating|looking up|applying) (?:the )?(?:SPF|DKIM|DMARC|Sender Policy Framework)\b|\btemp ?error\b[^.\n]{0,60}\b(?:SPF|DKIM|DMARC)\b|\b(?:SPF|DKIM|DMARC)\b[^.\n]{0,60}\btemp ?error\b/i,
    // Above the bare "DNS error" (0.92), which this names more exactly.
    confidence: 0.93,
    example: "451 4.4.3 temporary error when checking the SPF policy",
    source:
      "RFC 7208 §8.6 and §2.6.6 (an SPF temperror, a transient DNS error while checking, is answered 451 4.4.3); https://github.com/DerDakon/Qsmtp/blob/4dc4304f8ec1a5289444b016f773298186dc9dd9/qsmtpd/filters/spf.c; https://github.com/leonamp/SPFBL/blob/HEAD/client/spfbl.pl (return codes); https://github.com/alfmel/rsmtpd/blob/HEAD/rsmtpd/handlers/spf_validator.py",
  },
  {
    // The receiving server's own storage or directory failed (a full disk, an unreachable LDAP map): a local, usually passing error, whatever the reply code's class.
    cause: "server-temporary-failure",
    pattern: /\bError getting LDAP results\b/i,
    confidence: 0.85,
    example: "451 Error getting LDAP results in map",
    source: "https://www.tunnelsup.com/smtp-error-451/",
  },
  {
    cause: "server-temporary-failure",
    pattern: /\bError writing message to (?:safe )?storage\b/i,
    confidence: 0.85,
    example:
      "SMTP error from remote mail server after end of data:\n    host domino.internal.example.com [10.8.4.3]:\n    554 Error writing message to safe storage; message could not be stored to disk",
    source: "https://jpmens.net/2010/02/04/domino-smtp-5xx-vs-4xx/",
  },
  {
    cause: "server-temporary-failure",
    pattern: /\bcould not be stored to disk\b/i,
    confidence: 0.85,
    example:
      "SMTP error from remote mail server after end of data:\n    host domino.internal.example.com [10.8.4.3]:\n    554 Error writing message to safe storage; message could not be stored to disk",
    source: "https://jpmens.net/2010/02/04/domino-smtp-5xx-vs-4xx/",
  },
  {
    cause: "server-temporary-failure",
    pattern: /\bStorageTransientException\b|\bdue to a transient exception\b/i,
    confidence: 0.85,
    example:
      "Failed; HResult: 1140850693; DiagnosticInfo: Stage:CreateMailItem,\nSmtpResponse:431-4.3.1 STOREDRV; disk is full\n431 4.3.1 STOREDRV.Submit.Exception:StorageTransientException.IOException;\nFailed to process message due to a transient exception with message The message content has become corrupted.\nIOException: There is not enough space on the disk.",
    source:
      "MicrosoftDocs/SupportArticles-docs:Exchange/ExchangeServer/mailflow/failed-to-process-message-due-to-transient-exception.md; evilashz/exchange-server-27065:Microsoft.Exchange.MailboxTransport.StoreDriverCommon/StoreDriverCommon/StorageExceptionHandler.cs [rendered from the source format string; exception details omitted]",
  },
  {
    cause: "server-temporary-failure",
    pattern: /\b(?:Out of|Insufficient) disk space\b/i,
    confidence: 0.88,
    example: "452 Out of disk space for temp file",
    source:
      "https://ftp.sendmail.org/RELEASE_NOTES (sendmail-doc changelog); hrs-allbsd/sendmail sendmail/srvrsmtp.c (enoughdiskspace check)",
  },
  {
    // The receiving server's own internal error (a failed backend, a store that could not save): transient and on its side.
    // (A TLS "alert internal error" is the handshake's alert 80, not the server's own error.)
    cause: "server-temporary-failure",
    pattern:
      /(?<!\balert )\b(?:server )?internal (?:authentication |processing |system )error\b|\bTemporary service failure\b|\bTemporary failure\s*$|\bBackend failure\b|\btemporarily unavailable, please retry\b|\bcould not be saved\b/i,
    confidence: 0.7,
    example: "451 Temporary failure",
    source:
      "https://github.com/go-gitea/gitea/issues/9153; https://github.com/Gilwyad/mailnesia.com/issues/24; https://smtp.codes/yahoo; haraka/haraka-plugin-greylist index.js (hook_rcpt_ok catch -> next(DENYSOFT, DSN.sec_unspecified(...))) [message text only]; hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPConnection.cpp (_HandleSMTPFinalizationTaskCompleted, SaveObject failed); foxcpp/maddy internal/check/rspamd/rspamd.go (client.Do error / resp.StatusCode != 2xx) [reply rendered from the SMTPError code, enhanced code and message]; code index id 63576612822 (Haraka rcpt plugin with domain cache, decide()); https://github.com/OpenSMTPD/OpenSMTPD/issues/546; Go go-smtp session Auth with s.db.Authenticate auto-registration (code index id 56874232331)",
  },
  {
    // Postfix could not hand the message to its own delivery transport (a local service down): the server's fault, not the sender's.
    cause: "server-temporary-failure",
    pattern: /\bmail transport unavailable\b/i,
    confidence: 0.9,
    example:
      "postfix/error[21724]: 0A1322CF16C: to=<>, relay=none, delay=0.07, delays=0.03/0.01/0/0.02, dsn=4.3.0, status=deferred (mail transport unavailable)",
    source: "http://kb.plesk.com/en/123132",
  },
  {
    // Exim's own configuration failing (Exim 4.94 refuses tainted lookups in old panel templates; its spam scanner gone): a server-side fault.
    cause: "server-temporary-failure",
    pattern: /\bTainted filename for search\b|\ball spamd servers failed\b/i,
    confidence: 0.92,
    example:
      "Tainted filename for search: '/etc/exim4/domains/example.de/aliases' H=mail.example.de [198.51.100.7] F=<user@example.de> temporarily rejected RCPT <user@example.de>: failed to expand",
    source:
      "https://github.com/hestiacp/hestiacp/issues/2127; https://github.com/madeITBelgium/vesta/issues/76; https://github.com/outroll/vesta/issues/2137",
  },
  {
    // The receiving front end's own back end timed out: the receiver's fault, to retry later.
    cause: "server-temporary-failure",
    pattern: /\b(?:downstream|upstream|backend) server (?:timeout|timed out)\b/i,
    confidence: 0.7,
    example:
      "to=<user@vdc.vn>, relay=vdc.vn[198.51.100.106]:25, delay=385031, delays=384851/0.04/180/0, dsn=4.0.0, status=deferred (host vdc.vn[198.51.100.106] refused to talk to me: 421 Downstream server timeout)",
    source: "https://pastebin.com/u19hWQxJ",
  },
  {
    // The same seen from a proxy (Dovecot's LMTP proxy, 4.4.0): the server behind it did not
    // answer; the receiver's side, retried later.
    cause: "server-temporary-failure",
    pattern: /\bremote server not answering\b/i,
    confidence: 0.7,
    example: "451 4.4.0 Remote server not answering (timed out)",
    source: "Dovecot src/lmtp/lmtp-proxy.c, lmtp_proxy_write_reply (code index id 7821520205)",
  },
  {
    // amavis could not store the message it quarantines (its SQL store or disk): the receiving server's own fault, retried later.
    cause: "server-temporary-failure",
    pattern: /\btemporarily unable to quarantine\b|\bquar\+notif FAILED\b/i,
    confidence: 0.85,
    example:
      "TROUBLE in check_mail: quar+notif FAILED: temporarily unable to quarantine: 451 4.5.0 Storing to sql db as mail_id ... failed",
    source:
      "https://gitlab.com/amavis/amavis/-/blob/master/RELEASE_NOTES; public forum thread with an amavis quarantine failure in mail.log (index id 56754642472)",
  },
  {
    // The family: Exim's own transport or router settings failing to expand on this server
    // ("Malformed value "0MM" (expansion of …)", "Expansion of "…" failed"), which defers every
    // delivery that uses them: a fault of the server's configuration, whoever the sender is.
    cause: "server-temporary-failure",
    pattern:
      /\bMalformed value "[^"\n]*" \(expansion of\b|\bExpansion of\s+"[^\n]{0,300}?"\s+(?:\([^)\n]*\)\s+)?failed\b/i,
    confidence: 0.88,
    example:
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Exim's own ${…} expansion syntax, verbatim.
      'R=localuser T=local_delivery defer (-1): Malformed value "0MM" (expansion of "${extract{6}{:}{${lookup{$local_part}lsearch{/etc/exim/domains/${lookup{$domain}dsearch{/etc/exim/domains/}}/passwd}}}}M") in local_delivery transport',
    source:
      "https://github.com/outroll/vesta/issues/391; https://github.com/outroll/vesta/issues/2183; https://github.com/hestiacp/hestiacp/issues/5576; Exim/exim src/src/expand.c (Malformed value)",
  },
  {
    // The server's own virus or spam scanner out of reach: it defers the message until the scanner is back.
    cause: "server-temporary-failure",
    pattern:
      /\b(?:error|failed|unable) (?:connecting|to connect) to (?:the )?(?:virus|spam|content) (?:scanner|filter)\b/i,
    confidence: 0.85,
    example: "[core] S: 450 Error connecting to virus scanner",
    source: "https://github.com/haraka/Haraka/issues/1701",
  },
  {
    // The family: the server's own virus, spam or content scanner timed out or failed while the
    // message waited, or could not be run or reached; the server defers it until the scanner is
    // back (a found virus is not this).
    cause: "server-temporary-failure",
    pattern:
      /\b(?:(?:error|failed|unable|failure) (?:running|connecting to|to connect to|contacting|calling|invoking) (?:the )?(?:virus|anti-?virus|spam|malware|content) ?(?:scanner|filter|checker)|(?:virus|anti-?virus|spam|malware|content|message) ?(?:scanner|scanning|checker)\b[^.\n]{0,30}?\b(?:timed out|timeout|unavailable|not available|not responding|failed|error|down))\b|\b(?:Rspamd|clamd|spamd|AV system|anti-?virus system)\b[^.\n]{0,20}?\b(?:scan )?(?:timed out|timeout|(?:is )?(?:not available|unavailable)|not responding)\b/i,
    confidence: 0.85,
    example: "450 Virus scanner timed out",
    source:
      "haraka/haraka-plugin-clamd index.js (timeout: 'Virus scanner timed out'); https://github.com/haraka/Haraka/issues/1701; ZoneMTA Rspamd plugin, scanMessage() (code index id 60973768991); smf-clamd milter source, smf_header (code index id 27421922144); Haraka third-party clamdscan plugin, clamdscan.on('exit') (code index id 45581999911); Rust SMTP server (rmail) DATA/BDAT session handler ('Message scanner unavailable', code index id 70184919911)",
  },
  {
    // The family: a back end the server needs for delivery (IMAP or LMTP store, LDAP, database,
    // the upstream relay it forwards to) is out of reach for now, or failed inside ("Internal failure").
    cause: "server-temporary-failure",
    pattern:
      /\b(?:(?:IMAP|LMTP|LDAP|database|storage|backend|mailbox) server|upstream (?:relay|server|host|MTA)) (?:is )?(?:unavailable|not available|unreachable|down)\b|\bInternal failure\b/i,
    confidence: 0.75,
    example: "451 4.4.1 IMAP server unavailable",
    source:
      "aiosmtpd Mailgun relay handler, handle_DATA (code index id 11045325348); courier-pythonfilter SPF whitelist filter, doFilter (code index id 15672517351); Go go-smtp policy gateway, result mapping StatusUpstreamError temporary (code index id 70930492532)",
  },
  {
    // The family: a temporary failure the server asks to retry ("Temporary failure, please try
    // again later", "Temporary failure parsing message, please retry"); a failed lookup the
    // server itself names is not this (DNS, hostname).
    cause: "server-temporary-failure",
    pattern:
      /\bTemporary (?:failure|error)\b(?! in (?:name resolution|MX lookup)| of hostname)(?=[^\n]{0,40}\b(?:try again|retry)\b)|\bTemporary (?:SPF|DKIM|DMARC) (?:check |lookup )?(?:error|failure)\b|\bFailed to (?:retrieve|process|store|load|save|write) (?:the )?(?:message|recipient|mail|e-?mail|address book policy|data)\b(?! due to a permanent)|\bFailed to load (?:the )?(?:configuration|config|user data)\b|\bProcessing error\b|\b(?:DB|database) (?:is )?(?:not initiali[sz]ed|unavailable|not available|connection failed)\b/i,
    confidence: 0.6,
    example: "451 Temporary failure parsing message, please retry",
    source:
      "go-smtp SMTP-to-HTTP relay with distribution tracker, Session.Data (code index id 54557833513); SubEthaSMTP inbound mailbox handler, data() (code index id 55969132201); go-smtp server SPF check function (code index id 10052738789); Microsoft Exchange AddressBookPolicyRoutingAgent (decompiled, code index id 32655564116); SubEthaSMTP email forwarder, MessageHandler.data() (code index id 19139401598); Node smtp-server feeder, handleMessage (code index id 34326180100); https://github.com/inbucket/inbucket; Mailtrain VERP bounce server services/verp-server.js built on smtp-server (code index id 1276996910)",
  },
  {
    // The family: the server took the message but could not write it to its own storage
    // ("could not be saved", "could not be stored", "can't create user output file"); a full
    // mailbox says so ("Disk quota exceeded", "File too large") and is recipient-mailbox-full.
    cause: "server-temporary-failure",
    pattern:
      /\bcould not be (?:saved|stored|queued)\b|\b(?:unable to|cannot|can'?t|could not|failed to) (?:store|save|queue) (?:the )?(?:message|mail)\b|\bError (?:writing message to|storing (?:the )?(?:message|mail))\b|\bcan[’']?t create (?:user )?output file\b|\bunable to allocate (?:a )?(?:buffer|memory)\b/i,
    confidence: 0.65,
    example: "554 Your message was received but it could not be saved. Please retry later.",
    source:
      "hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPConnection.cpp (_HandleSMTPFinalizationTaskCompleted, SaveObject failed); https://jpmens.net/2010/02/04/domino-smtp-5xx-vs-4xx/; https://orange-panther.de/support/e-mail-debug/; https://user.redmaomail.com/knowledgebaseview?id=21; https://github.com/mailhog/smtp/blob/HEAD/protocol_test.go; https://github.com/pawciobiel/golubsmtpd/blob/HEAD/internal/smtp/session.go; https://github.com/InterLinked1/lbbs/blob/HEAD/nets/net_smtp.c",
  },
  {
    // The family: the server could not check the address just now (its directory, its callout or
    // its verification service failed) and defers the recipient.
    cause: "server-temporary-failure",
    pattern:
      /\b(?:unable to|could not|cannot) verify (?:the )?(?:e-?mail )?(?:address|recipient)\b|\berror validating (?:the )?(?:e-?mail )?address\b|\bverification (?:is )?temporarily unavailable\b/i,
    confidence: 0.65,
    stages: ["mail", "rcpt"],
    example: "Net::SMTPServerBusy: 451 <user@example.com> unable to verify address",
    source:
      "https://github.com/postalserver/postal/issues/546; stalwartlabs/stalwart crates/smtp/src/inbound/rcpt.rs (rcpt_resolve Err); haraka/haraka-plugin-qmail-deliverable index.js; code index id 63576612822 (Haraka rcpt plugin with domain cache, decide())",
  },
  {
    // The family: the server's own directory or table lookup failed (LDAP, MySQL, a Postfix map).
    cause: "server-temporary-failure",
    pattern:
      /\b(?:temporary )?(?:ldap|mysql|sql|database|dict) lookup (?:failure|failed|error)\b|\bError getting LDAP results\b|\bUnknown MySQL server host\b|\b(?:mysql|pgsql|ldap):\S+ is unavailable\b/i,
    confidence: 0.7,
    example: "451 temporary ldap lookup failure, try again later",
    source:
      "https://github.com/qmail-ldap/qmail-ldap/blob/00639e62c47d66eb111cddbf2aed21f9ce9ccb42/qmail-smtpd.c; https://www.tunnelsup.com/smtp-error-451/; https://github.com/hardware/mailserver/issues/30; https://github.com/usmannasir/cyberpanel/issues/722",
  },
  {
    // The family: amavisd-new's own temporary failure, "451 4.5.0 Error in processing, id=…, <step>
    // FAILED: …" — a step of the content filter itself (quarantine, virus scanning, decoding) broke
    // on the receiving server; not a verdict on the message. Above the word "virus" (a scanner that
    // failed found nothing).
    cause: "server-temporary-failure",
    pattern: /\bError in processing, id=\S+,? [\w+.-]+ FAILED\b/i,
    confidence: 0.88,
    example:
      "451 4.5.0 Error in processing, id=07411-04, virus_scan FAILED: virus_scan: ALL VIRUS SCANNERS FAILED:",
    source:
      "https://lists.amavis.org/pipermail/amavis-users/2013-August/002450.html; Ubuntu Forums archive thread with amavis 'ALL VIRUS SCANNERS FAILED' log, 2008-07-10 (code index id 56784420853); Ubuntu Forums archive thread with amavis parts_decode_ext failure, 2009-11-16 (code index id 56736407467); public forum thread with an amavis quarantine failure in mail.log (index id 56754642472)",
  },
  {
    // The family: the server says it is "temporarily unable to" do its own part (relay onward,
    // quarantine, store, deliver): its own passing fault, not a refusal of this sender. Above the
    // bare "unable to relay" of an unauthorised relay.
    cause: "server-temporary-failure",
    pattern: /\btemporarily unable to (?:relay|quarantine|store|deliver|process|queue)\b/i,
    confidence: 0.94,
    example: "451 4.3.0 temporarily unable to relay, try again later",
    source:
      "relayward-mail go-smtp relay, internal smtpd session.Data (code index id 71049346135); public forum thread with an amavis quarantine failure in mail.log (index id 56754642472)",
  },
  {
    // The family: the server's own disk is (nearly) full — "Not enough disk space", "Insufficient
    // disk space", "Out of disk space": its passing fault (a recipient's full mailbox says quota).
    cause: "server-temporary-failure",
    pattern:
      /\b(?:not enough|insufficient|out of|no more|low) (?:free )?disk space\b|(?<![a-z])disk[ _]full\b/i,
    confidence: 0.86,
    example: "452 Not enough disk space. Please try later",
    source:
      "C SMTP receiver reply-message header, MSG452NOSPACE (code index id 47340726419); hrs-allbsd/sendmail sendmail/srvrsmtp.c (enoughdiskspace check); https://support.microsoft.com/de-de/help/257167/xims-smtp-reply-code-451",
  },
  {
    // The family: the server names one of its own parts as failing (its storage, queue, spool,
    // database or disk: "Temporary storage error", "451 4.3.0 storage failure", "Temporary queue
    // error") or calls the delivery failure itself temporary; its own passing fault, not a verdict
    // on the sender or the message.
    cause: "server-temporary-failure",
    pattern:
      /\b(?:storage|queue|spool|database|filesystem|file system|disk) (?:error|failure)\b|\bTemporary (?:message )?delivery (?:failure|error)\b/i,
    confidence: 0.65,
    example: "451 4.0.0 Temporary storage error",
    source:
      "Go go-smtp relay submission Data, WriteBlob error (code index id 57135296768); Go go-smtp relay submission Data, EnqueueRelayed error (code index id 57135296768); go-smtp ingest server, session.Data (code index id 69427198905); aiosmtpd analysis gateway, handle_DATA (code index id 70432418749); https://github.com/Zimbra/zm-mailbox/blob/5c580876b855c8950619307e0e52dc6f8a570016/store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java (TEMPORARY_FAILURE)",
  },
  {
    // The server's own resources ran out ("No system resources", postscreen; "system resources
    // exceeded", smtpf's reply catalogue): its temporary failure, above the bare 4.3.2.
    cause: "server-temporary-failure",
    pattern: /\bNo system resources\b|\bsystem resources exceeded\b/i,
    confidence: 0.7,
    example: "421 4.3.2 No system resources",
    source:
      "https://github.com/vdukhovni/postfix/blob/HEAD/postfix/src/postscreen/postscreen_send.c; https://github.com/SirWumpus/smtpf/blob/17a7dce1748f8f508a746ab8c9398664fcf6f373/src/reply.c",
  },
  {
    // A temporary, spool or queue file the server could not create or write: its storage failed.
    cause: "server-temporary-failure",
    pattern:
      /\b(?:could not|cannot|can't|unable to|failed to) (?:create|write|open) (?:a )?(?:temporary|temp|spool|queue) file\b/i,
    confidence: 0.85,
    example: "451 4.3.2 cannot create temporary file: Permission denied",
    source:
      "https://github.com/cyrusimap/cyrus-imapd/blob/00d760ef827c64e802d8b4d13d166fe83c9c7918/imap/lmtpengine.c; masqmail-style C SMTP receiver smtp_in.c, DATA handling after accept_message() (code index id 14974987379)",
  },
  {
    // A back end the front server depends on failed or could not be reached (a proxy's LMTP back
    // end, a recipient check's store).
    cause: "server-temporary-failure",
    pattern: /\bBackend (?:error|connection failed)\b/i,
    confidence: 0.88,
    example: "451 4.4.1 Backend connection failed",
    source:
      "https://github.com/migadu/sora/blob/HEAD/server/lmtpproxy/session.go; Haraka rcpt plugin with async check_rcpt try/catch (code index id 71477056991)",
  },
  {
    // A failure the server names as its own and temporary: of its system, its directory lookup,
    // its delivery step or its relaying MTA (sendmail.cf, qmail-ldap, Zimbra's LMTP, amavis).
    cause: "server-temporary-failure",
    pattern: /\btemporary (?:system|ldap lookup|message delivery|MTA) failure\b/i,
    confidence: 0.8,
    example: "451 Temporary system failure. Please try again later.",
    source:
      "https://github.com/denyhosts/denyhosts/issues/87 (sendmail.cf excerpt); https://github.com/qmail-ldap/qmail-ldap/blob/00639e62c47d66eb111cddbf2aed21f9ce9ccb42/qmail-smtpd.c; https://github.com/Zimbra/zm-mailbox/blob/5c580876b855c8950619307e0e52dc6f8a570016/store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java (TEMPORARY_FAILURE); https://github.com/docker-mailserver/docker-mailserver/issues/1192",
  },
  {
    // The family: a store the server looks things up in (LDAP, SQL, a directory, a DB) failing or
    // out of reach: the receiving side's own temporary fault (11 of 12 corpus replies naming one).
    cause: "server-temporary-failure",
    pattern:
      /\b(?:LDAP|MySQL|PostgreSQL|database|DB|directory server|SQL|Redis)\b[^\n]{0,40}?\b(?:failure|failed|unavailable|not initiali[sz]ed|is down|unreachable)\b|\bUnknown MySQL server host\b/i,
    confidence: 0.75,
    example: "550 5.4.3 Directory server failure",
    source:
      "https://gitlab.com/amavis/amavis/-/blob/master/RELEASE_NOTES; https://github.com/hardware/mailserver/issues/30; https://github.com/usmannasir/cyberpanel/issues/722; https://github.com/dovecot/core/blob/HEAD/src/lib-smtp/test-smtp-submit.c; Node smtp-server feeder, handleMessage (code index id 34326180100)",
  },
  {
    // The receiver's own virus or spam scanner down (clamd unreachable, amavis's ClamAV call
    // failing, every scanner failed): its temporary fault, not a verdict on the message. Above the
    // content refusal a scanner's name alone suggests.
    cause: "server-temporary-failure",
    pattern:
      /\bclamd\b[^\n]{0,60}\bunable to connect\b|\bClamAV-clamd\) FAILED\b|\ball (?:primary )?(?:virus|spam) ?(?:scanners|servers) failed\b/i,
    confidence: 0.9,
    example:
      "malware acl condition: clamd /var/run/clamav/clamd.ctl : unable to connect to UNIX socket (/var/run/clamav/clamd.ctl): No such file or directory",
    source:
      'https://github.com/Cisco-Talos/clamav/issues/1189; Ubuntu Forums archive thread "email doesn\'t work using postfix/dovecot on Ubuntu 8.04 server", 2008-06-16, resolution by kuam 2008-07-01 (code index id 56819726462)',
  },
  {
    // The concept, however the server names the part that failed ("temporary lookup failure",
    // "temporary directory failure", "Temporary message signing failure", "temporary envelope
    // failure"): 39 of 55 corpus replies worded so are the server's own temporary failure, so
    // below every cause's own words.
    cause: "server-temporary-failure",
    pattern: /\btemporary (?:[\w-]+ ){1,2}failure\b/i,
    confidence: 0.6,
    example: "451 4.0.0 temporary directory failure",
    source:
      "go-smtp session.Rcpt with directory lookup, AllowRelay and trusted (code index id 68839613166); go-smtp smtpSession.Data with DeliverRawWithOptions and DKIM signing (code index id 60261515182)",
  },
  {
    // The server could not reach one of its own parts: a mail filter (milter), a Postfix service
    // socket ("transport private/…"), a scanning daemon. "Connection refused" there is the
    // receiving server's, not the device's connection.
    cause: "server-temporary-failure",
    pattern: /\bconnect to (?:Milter service|transport private\/)|\bunable to connect to \S+ daemon\b/i,
    confidence: 0.92,
    example:
      "postfix/cleanup[1944]: warning: connect to Milter service inet:localhost:8891: Connection refused",
    source:
      "https://github.com/Intermesh/groupoffice/issues/1308; http://kb.plesk.com/en/123132; https://github.com/Mailu/Mailu/issues/2057; warsaw/flufl.bounce flufl/bounce/tests/data/dsn_08.txt",
  },
  {
    // The server could not DKIM-sign the message itself: its own failure, not the sender's authentication (which the words SPF/DKIM/DMARC in a refusal usually mean).
    cause: "server-temporary-failure",
    pattern: /\bDKIM signing failed\b/i,
    confidence: 0.85,
    example: "451 4.3.0 DKIM signing failed",
    source:
      "repository tayga/tms path internal/smtp server file (Server/backend/session, go-smtp) (code index id 70873079542)",
  },
  {
    // The family: a relay or proxy could not pass the mail on to its upstream server now (unavailable, connection or send failed).
    cause: "server-temporary-failure",
    pattern:
      /\b(?:upstream|downstream)\b[^.\n]{0,20}\b(?:unavailable|connection failed|send failed|(?:relay|TLS|delivery) failed|(?:TLS )?failure)\b|\bBack-?end (?:has )?(?:time-?out|timed out)\b|\ball relays failed\b/i,
    confidence: 0.7,
    example: "451 4.4.1 upstream unavailable",
    source:
      "Go go-smtp policy gateway, result mapping StatusUpstreamError temporary (code index id 70930492532); Go go-smtp submission relay alexlmiller/cf-mail-relay, relay main.go session and throttle (code index id 51906474310); Go go-smtp relay proxy session with errRelayDenied/errUpstreamUnavailable/errNoMail (code index id 71372569649); aiosmtpd 'SMTP Relay Manager' relay server (_RelayHandler/_RelaySMTP, SMTPRelayServer) (code index id 69626900697); repository vladzaharia/polaris-email path apps/submission-daemon/internal/smtp session (code index id 57453422018); Python aiosmtpd mail-bridge BridgeHandler relaying to e-mail APIs ('all relays failed, will retry', code index id 58040782372)",
  },
  {
    // The family: the receiving server's own local delivery failed (a file it could not open, stat or create, a lock file, a file mode, a uid or gid it could not set): its fault, retried later.
    cause: "server-temporary-failure",
    pattern:
      /\blocal delivery failed\b|\bfailed to (?:open|stat|create)\b[^\n]{0,40}(?:\/|\bfile\b|\bdirectory\b)|\bPermission denied: creating lock file\b|\bbad mode \(\d+\) for\b|\bunable to set [gu]id\b/i,
    confidence: 0.7,
    example: "Failed to create spool file",
    source:
      "https://www.liquidweb.com/kb/how-to-troubleshoot-smtp-errors-part-2/; https://github.com/hestiacp/hestiacp/issues/2087; https://github.com/hestiacp/hestiacp/issues/5576; https://github.com/Exim/exim/blob/HEAD/test/log/0128; https://github.com/Exim/exim/blob/07738d610fd70638835db7b12cf158e71a7346e3/doc/doc-src/FAQ.src; code index id 58561841696 (Go go-smtp LMTP server of the yarilo mail suite with anvil concurrency and quota checks, session rcptLocal/LMTPData); C SMTP server with script_get_var('max-text-line-length') and user_mail_file handles (code index id 45471083278)",
  },
  {
    // The family: a service the receiving server depends on (its alias, auth or lookup service, its storage or database) is unavailable for now.
    cause: "server-temporary-failure",
    pattern: /\b(?:auth|alias|lookup|database|storage|backend)(?: service)? (?:temporarily )?unavailable\b/i,
    confidence: 0.7,
    example: "451 message storage unavailable",
    source:
      "go-smtp submission server, submissionSession.Mail (code index id 71212784008); Go go-smtp DPDP delivery gateway session error variables (code index id 69058752813); Go go-smtp email gateway with Chinese comments, deliverToEndpoints/smtpReplyFor mapping webhook HTTP status to SMTP (code index id 71346487717); Go SMTP server session with smtpPermanent()/smtpTemporary() helpers (code index id 56394342822); code index id 54124375551 (Rust mailin-embedded RealInboundPipeline of a Luminous Dynamics mail bridge, receiver -> parser -> alias -> zome); repository vladzaharia/polaris-email path apps/submission-daemon/internal/smtp session (code index id 57453422018)",
  },
  {
    // The family: the receiving server could not store the message (its disk full, its spool or mail system not writable): its own temporary failure. A mailbox's own quota ('error writing message: Disk quota exceeded') is the recipient's mailbox full.
    cause: "server-temporary-failure",
    pattern:
      /\bNo space left on device\b|\b(?:error|failed|unable to|failure) (?:storing|store)\b[^.\n]{0,20}\b(?:e-?mail|message|mail)\b|\berror writing (?:the )?(?:spool|mailsystem)\b|\bwrite error to mailsystem\b/i,
    confidence: 0.7,
    example: "550 Error storing email",
    source:
      "https://github.com/mailhog/smtp/blob/HEAD/protocol_test.go; https://github.com/pawciobiel/golubsmtpd/blob/HEAD/internal/smtp/session.go; https://github.com/mtelvers/ocaml-smtpd/blob/HEAD/lib/smtp_server/smtp_server.ml; code index id 52667737941 (sendmail mail.local.c patch adding NoFsync/NoBiff); code index id 28187457164 (MMDF smtpd.c, DATA handling); https://github.com/jacobsparts/lmtp-sink/blob/8e6f093917dd5b4b218da8f145aa926cd7e1255e/src/main.rs; Go SMTP inbox server storing raw mails in a database (code index id 19650255111); https://github.com/diegocr/AmiSMTPd/blob/12ed596df7e149eca9c6b340e0e96a2f950b2af8/transport.c; .NET LMTP delivery handler ('451 temporary failure storing the message', code index id 58227764035)",
  },
  {
    // The family: the receiver could not write the message to its own spool, queue or mailbox store (a disk or storage fault on its side); below a full mailbox's own words.
    cause: "server-temporary-failure",
    pattern:
      /\b(?:error|failed|unable)(?: while| when)? (?:writing|to write|creating|to create|spooling|linking|to link)(?: to)? (?:the )?(?:spool|queue file|message|file)\b|\bmaildir unavailable\b/i,
    confidence: 0.6,
    example: "550 Error writing Spool...",
    source:
      "https://jpmens.net/2010/02/04/domino-smtp-5xx-vs-4xx/; C SMTP server handle_data_line write error branch (code index id 53849020282); https://github.com/diegocr/AmiSMTPd/blob/12ed596df7e149eca9c6b340e0e96a2f950b2af8/transport.c; https://github.com/Exim/exim/blob/07738d610fd70638835db7b12cf158e71a7346e3/doc/doc-src/FAQ.src; Exim src/src/receive.c receive_msg spool write failure branch, smtp_input && !input_error (code index id 18359947168); C maildir smtpd smtpd_data(), maildir_msg_open failure (code index id 46308861230); Go smtpd Maildir delivery envelope AddRecipient, userDir.Create/NewDelivery error (code index id 37116999788); recvmail smtpd DATA line handler, write(2) error path (code index id 46354392302); C++ Delivery class, link() failure in maildir delivery (code index id 16326902185)",
  },
  {
    // The server says its own configuration is wrong: a temporary fault as often as a lasting misconfiguration (corpus: server-temporary-failure 6, receiver-misconfigured 5, 2026-12-03), named weakly.
    cause: "server-temporary-failure",
    pattern: /Server configuration error/i,
    confidence: 0.55,
    example: "451 4.3.5 Server configuration error",
    source: `${POSTFIX}/smtpd_check*.ref`,
  },
  {
    // 'Temporary authentication failure': the server's own login back-end failing for now (corpus 9 of 16, the rest mostly unresolved, 2026-12-03); above a client's bare 'Invalid login' around it.
    cause: "server-temporary-failure",
    pattern: /Temporary authentication failure/i,
    confidence: 0.75,
    example: "Temporary authentication failure",
    source:
      "https://github.com/chatmail/relay/issues/441; RFC 4954 §6 (454 4.7.0 Temporary authentication failure)",
  },
  {
    // A bare "internal (server) error": the server's own words for a fault on its side, but the
    // corpus splits them (measured 2026-12-03: right on 12 of 24 "Internal server error" and 16 of
    // 35 "Internal error" replies, the rest mostly unresolved by their threads): the likeliest
    // reading, said lower than before (0.85) but above what a bare 4.3.2 or 500 would name. (A TLS "alert internal error" is the handshake's alert 80; a web
    // framework's "Completed 500 Internal Server Error in 61068ms" is its own request log.)
    cause: "server-temporary-failure",
    pattern:
      /(?<!\balert |\bCompleted 500 )\b(?:server )?internal (?:server )?error\b(?! in \d+(?:\.\d+)?\s?ms)|\bserver internal error\b/i,
    confidence: 0.65,
    example: "451 4.3.2 Internal server error (in reply to RCPT TO command)",
    source:
      "https://github.com/Mailu/Mailu/issues/2863; https://github.com/juanluisbaptiste/docker-postfix/issues/43; https://github.com/OpenSMTPD/OpenSMTPD/issues/1143; https://github.com/Gilwyad/mailnesia.com/issues/15; https://github.com/go-gitea/gitea/issues/9153",
  },
  {
    // Postfix's pipe delivery (maildrop, a virus checker) deferred because the delivery command
    // could not reach its own helper daemon: "Connection refused" there is inside the receiving
    // server, not the sender's connection.
    cause: "server-temporary-failure",
    pattern:
      /\btemporary failure\. Command\s+output:[^\n]{0,80}?\b(?:unable to connect|s_connect\(\) failed|connect\(\) failed|Connection refused)\b/i,
    confidence: 0.9,
    example:
      "<user@example.de>: temporary failure. Command\n    output: avpcheck: unable to connect to avp daemon: Connection refused",
    source:
      "warsaw/flufl.bounce flufl/bounce/tests/data/dsn_08.txt; code index id 42702505463 (hosting-platform documentation on courier-authlib, 's_connect() deferments')",
  },
]);
