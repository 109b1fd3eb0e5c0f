import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { CURL, GO_SMTP, JAVAMAIL, PYTHON, WINSOCK } from "../reply-patterns/sources";
import { thunderbirdWording } from "../reply-patterns/thunderbird-languages";
import { winsockWording } from "../reply-patterns/winsock-languages";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The connection timed out (port blocked)": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "connect-timeout",
    origin: "client",
    pattern:
      /\[Errno (?:110|60)\] (?:Connection|Operation) timed out|Connection timed out: connect|connect timed out|WSAETIMEDOUT|\b10060\b|(?<!read data from the transport connection: A connection attempt failed because the connected party )did not properly respond after a period of time|dial tcp(?: [^ ]+)?: (?:i\/o timeout|connect: connection timed out)|Connection timed out after \d+ milliseconds|Failed to connect to \S+ port \d+ after \d+ ms: (?:Timed out|Connection timed out)|Connection timed out \(110\)|Operation timed out \(60\)/i,
    confidence: 0.88,
    example:
      "A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond",
    source: `${WINSOCK}; ${PYTHON}; ${GO_SMTP}; ${CURL}; ${JAVAMAIL}`,
  },

  {
    cause: "connect-timeout",
    pattern:
      /\bconnect ETIMEDOUT\b|(?<!read data from the transport connection: A connection attempt failed because the connected party )did not properly respond after a period of time|Timed out connecting|connection timed out \((?:110|60)\)|\b(?:WinError|Socket error(?: code)?|error #?)\s*10060\b|\bWSAETIMEDOUT\b/i,
    confidence: 0.95,
    example: "Error: connect ETIMEDOUT 198.51.100.26:25",
    source: "https://github.com/nodemailer/nodemailer/issues/831",
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
    cause: "connect-timeout",
    pattern: /Net::OpenTimeout/i,
    confidence: 0.9,
    origin: "client",
    example:
      "Job Maintenance#send_notifications (id=2) FAILED (0 prior attempts) with Net::OpenTimeout: execution expired",
    source:
      "https://github.com/adamcooke/staytus/issues/297; https://github.com/openware/peatio/issues/2775; https://ruby-doc.org/stdlib-3.0.0/libdoc/net/protocol/rdoc/Net/OpenTimeout.html (raised if a connection cannot be created within the open_timeout)",
  },
  {
    cause: "connect-timeout",
    pattern: /Outbound mail \(SMTP port 25\) seems to be blocked/i,
    confidence: 0.9,
    example:
      "Outbound mail (SMTP port 25) seems to be blocked by your network. You will not be able to send any mail. Many residential networks block port 25 to prevent hijacked machines from being able to send spam. A quick connection test to Google's mail server on port 25 failed.",
    source: "https://github.com/mail-in-a-box/mailinabox/issues/1928",
  },
  {
    cause: "connect-timeout",
    pattern: /network_failure, "[^"]*", \{:error, :timeout\}/i,
    confidence: 0.88,
    origin: "client",
    example:
      '** (Bamboo.SMTPAdapter.SMTPError) There was a problem sending the email through SMTP.\n     \nThe error is :retries_exceeded\n     \nMore detail below:\n     \n{:network_failure, "[secure]", {:error, :timeout}}',
    source: "https://github.com/fewlinesco/bamboo_smtp/issues/107",
  },
  {
    cause: "connect-timeout",
    pattern:
      /Can't connect to host\b|recipient server did not respond|(?<!\bStatus: ?(?:[45]\.\d{1,3}\.\d{1,3} )?\()no answer from host/i,
    confidence: 0.86,
    example:
      "Message for domain example.cz delayed at relay.example.cz.\nUnable to deliver to domain for 12 hours.\nWill continue trying for 96 hours.\nNo action is required on your part.\nLast attempt failed because:\nCan't connect to host\n\nAction: delayed\nStatus: 4.4.1 (Persistent transient failure - routing/network: no answer from host)",
    source:
      "warsaw/flufl.bounce flufl/bounce/tests/data/dsn_05.txt; warsaw/flufl.bounce flufl/bounce/tests/data/simple_21.txt",
  },
  {
    cause: "connect-timeout",
    pattern: /destination computer was\s+not reachable/i,
    confidence: 0.86,
    example:
      "This Message was undeliverable due to the following reason:\n\nYour message was not delivered because the destination computer was\nnot reachable within the allowed queue period.  The amount of time\na message is queued before it is returned depends on local configura-\ntion parameters.\n\nMost likely there is a network problem that prevented delivery, but\nit is also possible that the computer is turned off, or does not\nhave a mail system running right now.\n\nYour message was not delivered within 2 days.\nHost example.com is not responding.",
    source:
      "warsaw/flufl.bounce flufl/bounce/tests/data/netscape_01.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3)",
  },
  {
    cause: "connect-timeout",
    pattern: /connect to \S+?(?:\[[^\]]*\])?(?::\d+)?: (?:Operation|Connection)\s+timed out/i,
    confidence: 0.88,
    example:
      "<user@naver.com>: connect to mx2.naver.com[198.51.100.137]:25: Operation\n    timed out\nReporting-MTA: dns; mail.example.com\nX-Postfix-Queue-ID: AA82318063C\nX-Postfix-Sender: rfc822; admin@example.com\nArrival-Date: Mon, 18 Jul 2022 17:44:43 +0000 (UTC)\n\nFinal-Recipient: rfc822; user@naver.com\nOriginal-Recipient: rfc822;user@naver.com\nAction: failed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mx2.naver.com[198.51.100.137]:25:\n    Operation timed out",
    // Postfix's smtp client writes every failed TCP connect as "connect to %s[%s]:%d: %m" (4.4.1);
    // %m is the system's text for the error: "Connection timed out" (Linux), "Operation timed out" (BSD).
    source:
      'https://github.com/jeboehm/docker-mailserver/issues/203; vdukhovni/postfix postfix/src/smtp/smtp_connect.c (dsb_simple(why, "4.4.1", "connect to %s[%s]:%d: %m"))',
  },
  {
    // Old Ruby Net::SMTP: the timeout fired while opening the TCP socket.
    cause: "connect-timeout",
    pattern: /execution expired[\s\S]{0,200}?\btcp_socket\b/i,
    confidence: 0.85,
    origin: "client",
    example:
      "Timeout::Error: execution expired\n  from net/smtp.rb:539:in `initialize'\n  from net/smtp.rb:539:in `open'\n  from net/smtp.rb:539:in `tcp_socket'",
    source: "https://github.com/yegor256/mailanes/issues/95",
  },
  {
    cause: "connect-timeout",
    pattern: /время ожидания соединения с Сервером исходящей почты \(SMTP\)|연결 시간이 초과되어/i,
    confidence: 0.88,
    origin: "client",
    example:
      "Сообщение не может быть отправлено, так как время ожидания соединения с Сервером исходящей почты (SMTP) «smtp.example.com» истекло. Попробуйте снова.",
    source:
      "thunderbird/thunderbird-l10n ru/mail/chrome/messenger/messengercompose/composeMsgs.properties; thunderbird/thunderbird-l10n ko/mail/chrome/messenger/messengercompose/composeMsgs.properties (smtpSendTimeout)",
  },
  {
    // At the connection stage a bare 'timed out' is the TCP connection's.
    cause: "connect-timeout",
    pattern: /\btimed out\b/i,
    stages: ["connect"],
    requireStage: true,
    confidence: 0.7,
    example: "ERROR: failed to send mail: timed out",
    source: "https://github.com/ccrisan/motionpie/issues/266",
  },
  {
    // Thunderbird's smtpSendTimeout (English, German): the connection timed out, most often while connecting.
    cause: "connect-timeout",
    pattern:
      /connection to (?:Outgoing server \(SMTP\)|SMTP server) \S+ timed out|ihre Ablaufzeit \(Timeout\) überschritten/i,
    confidence: 0.6,
    origin: "client",
    example:
      "The message could not be sent because the connection to Outgoing server (SMTP) smtp.example.com timed out. Try again.",
    source:
      "comm-central mail/locales/en-US/messenger/messengercompose/messengercompose.ftl (send-error-smtp-*) and mail/locales/en-US/chrome/messenger/messengercompose/composeMsgs.properties (smtpAuth*, startTlsFailed); https://github.com/thunderbird/thunderbird-l10n/blob/09e987749e000af2404ea1e3e666c75dc3eb16ff/de/mail/chrome/messenger/messengercompose/composeMsgs.properties",
  },
  {
    // Thunderbird's smtpSendTimeout in French.
    cause: "connect-timeout",
    pattern: /serveur sortant \(SMTP\) .{0,60} a expiré/i,
    confidence: 0.6,
    origin: "client",
    example:
      "Le message n’a pas pu être envoyé car la connexion au serveur sortant (SMTP) « smtp.example.com » a expiré. Veuillez essayer à nouveau.",
    source:
      "https://github.com/thunderbird/thunderbird-l10n/blob/7c60f1d050a03ab34d0cf0e3eeb105fb93cdb45f/fr/mail/chrome/messenger/messengercompose/composeMsgs.properties",
  },
  {
    // Postal's summary when no MX host of a domain could be reached; on cloud hosts, outbound port 25 blocked by the provider.
    cause: "connect-timeout",
    pattern: /\bNo SMTP servers were available for \S+\. Tried\b/i,
    confidence: 0.6,
    origin: "client",
    example:
      "No SMTP servers were available for gmail.com. Tried gmail-smtp-in.l.google.com, alt1.gmail-smtp-in.l.google.com, alt2.gmail-smtp-in.l.google.com, alt3.gmail-smtp-in.l.google.com, and alt4.gmail-smtp-in.l.google.com",
    source: "https://github.com/postalserver/postal/issues/1043",
  },
  {
    cause: "connect-timeout",
    pattern: /\bexecution expired\b[^\n]{0,80}\bconnect\(2\)/i,
    confidence: 0.8,
    origin: "client",
    example:
      'execution expired, Cannot assign requested address - connect(2) for "2404:6800:4003:c00::1b" port 25, Cannot assign requested address - connect(2) for "2404:6800:4008:c06::1b" port 25',
    source: "https://github.com/postalserver/postal/issues/369",
  },
  {
    // An app's own message that it could not reach the SMTP server (Nextcloud Mail, emailjs): in the sources, the hosting provider dropped the outbound port.
    cause: "connect-timeout",
    pattern: /\bError connecting to SMTP server\b|\btimedout while connecting to smtp server\b/i,
    confidence: 0.6,
    origin: "client",
    example: "Creating account failed: Error connecting to SMTP server.",
    source:
      "https://github.com/nextcloud/mail/issues/382; https://github.com/nextcloud/mail/issues/873; https://github.com/eleith/emailjs/issues/96",
  },
  {
    // Ruby's Timeout::Error ("execution expired") raised while opening the TCP socket: a connect timeout.
    cause: "connect-timeout",
    pattern: /\bexecution expired\b[\s\S]{0,200}?(?:\b(?:tcp_socket|TCPSocket)\b|\bconnect\(2\))/i,
    confidence: 0.85,
    origin: "client",
    example:
      "Net::OpenTimeout in ActionMailer::MailDeliveryJob@mailers\nexecution expired\n\n    gems/net-smtp-0.5.1/lib/net/smtp.rb:663 - TCPSocket#initialize",
    source:
      "https://github.com/yegor256/mailanes/issues/95; https://github.com/exercism/website/issues/8198; https://github.com/osunyorg/admin/issues/2745",
  },
  {
    // The TCP connection did not complete in time (JavaMail's timeout, a device's connect failure, a relay's "did not respond").
    cause: "connect-timeout",
    pattern:
      /Couldn't connect to host, port: (?!"?(?:localhost|127\.0\.0\.1)\b)[^;]+; timeout \d+|\brecipient server did not respond\b|\bConnect to Server failed\b/i,
    confidence: 0.75,
    example:
      'com.sun.mail.util.MailConnectException: Couldn\'t connect to host, port: "smtp.example.org", 25; timeout 60000',
    source:
      "warsaw/flufl.bounce flufl/bounce/tests/data/simple_21.txt; warsaw/flufl.bounce flufl/bounce/tests/data/simple_21.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3); https://github.com/CosmicBoris/ESP8266SMTP/issues/4; https://github.com/overview/overview-local/issues/22; https://github.com/cptactionhank/docker-atlassian-jira/issues/27",
  },
  thunderbirdWording(
    "connect-timeout",
    ["smtpSendTimeout"],
    0.85,
    "Die Nachricht konnte nicht gesendet werden, weil die Verbindung mit dem SMTP-Server smtp.example.com ihre Ablaufzeit (Timeout) überschritten hat.",
  ),
  {
    // Exchange queue viewer: socket error 0x274C is WSAETIMEDOUT (10060), the connect attempt timed out.
    cause: "connect-timeout",
    pattern: /\(TimedOut:0000274C\)/i,
    confidence: 0.85,
    example:
      "Failed connection to 45.79.XXX.XX:25 (TimedOut:0000274C)[TargetHost:feh.krhfe.tk:25|MarkedUnhealthy|FailureCount:15]",
    source: "https://pastebin.com/L9xPhhaA",
  },
  // Windows' WSAETIMEDOUT (10060) in the languages Windows ships.
  winsockWording(
    "connect-timeout",
    "WSAETIMEDOUT",
    0.88,
    "TimeoutError: [WinError 10060] 由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。",
  ),
  {
    // Elixir and Erlang clients (gen_smtp, Mua) report a connect that timed out as the atom
    // :timeout; at the connect stage the packets went unanswered.
    cause: "connect-timeout",
    pattern: /(?:\breason: |\{:error, ):timeout\}/,
    confidence: 0.75,
    stages: ["connect"],
    requireStage: true,
    origin: "client",
    example: "{:error, %Mua.TransportError{reason: :timeout}}",
    source:
      "https://github.com/plausible/analytics/issues/4343; https://github.com/gen-smtp/gen_smtp (gen_smtp_client: {error, timeout})",
  },
  {
    // The family: the next mail server could not be reached (no MX answered, host unreachable, a socket timeout).
    cause: "connect-timeout",
    pattern:
      /\bno MXs? for this domain could be reached\b|\bUnable to connect to MX servers\b|\bHost not reachable\b|\bCannot connect to remote server\b[^\n]{0,40}TimedOut/i,
    confidence: 0.75,
    example: "Host not reachable!",
    source:
      "https://github.com/anymail/django-anymail/blob/0a07e84680e51f2e9d3d382c9fc2d1e560ef0232/tests/test_mailgun_webhooks.py; https://github.com/zammad/zammad/blob/HEAD/lib/email_helper/probe.rb; PowerShell MessageTraceReport Pester tests, RouteAnalyzer ParseReason/cause ids (code index id 70979380047); https://knowledge.broadcom.com/external/article/196546/timeouts-for-emailcloud-smtp-transmissio.html",
  },
]);
