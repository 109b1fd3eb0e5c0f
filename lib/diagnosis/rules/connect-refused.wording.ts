import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { CURL, GO_SMTP, PYTHON, WINSOCK } from "../reply-patterns/sources";
import { thunderbirdWording } from "../reply-patterns/thunderbird-languages";
import { winsockWording } from "../reply-patterns/winsock-languages";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The connection was refused": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  // TCP connect.
  {
    cause: "connect-refused",
    origin: "client",
    pattern:
      /ConnectionRefusedError|\[Errno (?:111|61)\] Connection refused|(?<=: ?)Connection refused(?!\(mx\))|Connection refused(?::? connect\b| - connect\(2\)|\))|target machine actively refused|WSAECONNREFUSED|\b10061\b|connect: connection refused|Failed to connect to \S+ port \d+(?: after \d+ ms)?: (?:Connection refused|Couldn't connect)/i,
    confidence: 0.88,
    example: "ConnectionRefusedError: [Errno 111] Connection refused",
    source: `${PYTHON}; ${GO_SMTP}; ${CURL}; ${WINSOCK}`,
  },

  // TCP
  {
    cause: "connect-refused",
    pattern: /\bECONNREFUSED\b|actively refused|WinError 10061|Connection refused \((?:111|61)\)/i,
    confidence: 0.95,
    example: "[2017-03-11 23:05:43] ERROR [MrOpuAkKQQs] connect ECONNREFUSED 127.0.0.1:587",
    source: "https://github.com/nodemailer/nodemailer/issues/745",
  },

  {
    // Windows WSAEACCES / POSIX EACCES on connect: a local firewall or antivirus refused the outbound connection.
    cause: "connect-refused",
    pattern:
      /access a socket in a way forbidden by its access permissions|\bWSAEACCES\b|\bconnect EACCES\b|(?:connect to (?:server|[\w.-]+:\d+)|connect\(\) failed)[^.\n]{0,40}Permission denied/i,
    confidence: 0.85,
    example:
      "SMTP ERROR: Failed to connect to server: An attempt was made to access a socket in a way forbidden by its access permissions. (10013)",
    source:
      "https://github.com/PHPMailer/PHPMailer/issues/1080; nodemailer/nodemailer#519 (connect EACCES: firewall)",
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
    cause: "connect-refused",
    pattern: /Conex[aã]o recusada|Connexion refusée|Verbindung (?:wurde )?abgelehnt|Conexión rechazada/i,
    confidence: 0.9,
    origin: "client",
    example:
      "mail-error.log: Erro: Falha na conexão SMTP (). https://github.com/PHPMailer/PHPMailer/wiki/Trou troubleshooting\n\nmail-debug.log: ERRO SMTP: Falha ao conectar ao servidor: Conexão recusada (111)\nFalha na conexão SMTP (). https://github.com/PHPMailer/PHPMailer/wiki/Trou troubleshooting",
    source: "https://github.com/glpi-project/glpi/issues/10015",
  },
  {
    cause: "connect-refused",
    pattern: /(?:service|server|host) refused the connection/i,
    confidence: 0.85,
    example: "The service refused the connection - perhaps it is offline",
    source: "https://github.com/n8n-io/n8n/issues/9113",
  },
  {
    // No route to the network or host: the connection fails at once, as a refusal does (no answer
    // is waited for). Every sourced label of these words in the corpus but one says so.
    cause: "connect-refused",
    origin: "client",
    pattern: /WSAE(?:NET|HOST)UNREACH|(?<![:.])\b1005[01]\b|(?<![:.])\b10065\b|\[Errno (?:101|113)\]/i,
    confidence: 0.75,
    example: "OSError: [Errno 101] Network is unreachable",
    source: `${WINSOCK}; ${PYTHON}`,
  },
  {
    cause: "connect-refused",
    pattern: /\bE(?:HOST|NET)UNREACH\b|No route to host|Network is unreachable/i,
    confidence: 0.7,
    example: "SMTP ERROR: Failed to connect to server: Network is unreachable (101)",
    source: "https://github.com/PHPMailer/PHPMailer/issues/1811 (maintainer: the host blocks outbound SMTP)",
  },
  {
    cause: "connect-refused",
    pattern: /отказывать в соединении по SMTP|recusando conexões SMTP/i,
    confidence: 0.88,
    origin: "client",
    example:
      "Сообщение не может быть отправлено, так как не удалось установить соединение с Сервером исходящей почты (SMTP) «smtp.example.com». Сервер может быть недоступен или отказывать в соединении по SMTP.",
    source:
      "thunderbird/thunderbird-l10n ru/mail/chrome/messenger/messengercompose/composeMsgs.properties; thunderbird/thunderbird-l10n pt-BR/mail/chrome/messenger/messengercompose/composeMsgs.properties (smtpSendRequestRefused)",
  },
  {
    // Windows' WSAECONNREFUSED (10061) in Chinese: 'the target machine actively refused it'.
    cause: "connect-refused",
    pattern: /由于目标计算机积极拒绝/i,
    origin: "client",
    confidence: 0.9,
    example: "由于目标计算机积极拒绝，无法连接",
    source: "https://github.com/SeldomQA/seldom/issues/150",
  },
  {
    cause: "connect-refused",
    pattern: /connect to \S+: No such file or directory/i,
    confidence: 0.8,
    example:
      "status=deferred (connect to mail.example.edu.cn[/var/run/dovecot/lmtp]: No such file or directory)",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/961",
  },
  {
    // Thunderbird's smtpSendRequestRefused (English, German): the connection could not be opened.
    cause: "connect-refused",
    pattern:
      /because connecting to (?:Outgoing server \(SMTP\)|SMTP server) \S+ failed|is refusing SMTP connections|Verbindungsaufbau mit dem SMTP-Server \S+ fehlgeschlagen/i,
    confidence: 0.7,
    origin: "client",
    example:
      "The message could not be sent because connecting to Outgoing server (SMTP) smtp.example.com failed. The server may be unavailable or is refusing SMTP connections. Please verify that your Outgoing server (SMTP) settings are correct and try again.",
    source:
      "comm-central mail/locales/en-US/messenger/messengercompose/messengercompose.ftl (send-error-smtp-*) and mail/locales/en-US/chrome/messenger/messengercompose/composeMsgs.properties (smtpAuth*, startTlsFailed); https://github.com/thunderbird/thunderbird-l10n/blob/09e987749e000af2404ea1e3e666c75dc3eb16ff/de/mail/chrome/messenger/messengercompose/composeMsgs.properties",
  },
  {
    // Thunderbird's smtpSendRequestRefused in Italian.
    cause: "connect-refused",
    pattern: /rifiutare le connessioni in uscita/i,
    confidence: 0.7,
    origin: "client",
    example:
      "Non è stato possibile inviare il messaggio perché la connessione al server in uscita (SMTP) smtp.example.com non è riuscita. Il server potrebbe non essere disponibile o rifiutare le connessioni in uscita (SMTP). Verificare che le impostazioni del server in uscita (SMTP) siano corrette e riprovare.",
    source:
      "https://github.com/thunderbird/thunderbird-l10n/blob/09e987749e000af2404ea1e3e666c75dc3eb16ff/it/mail/chrome/messenger/messengercompose/composeMsgs.properties",
  },
  {
    // PHP's mail() on Windows talks SMTP to the host in php.ini itself; this is its TCP connect failing (nothing listens there).
    cause: "connect-refused",
    pattern: /\bmail\(\): Failed to connect to mailserver at\b/i,
    confidence: 0.7,
    origin: "client",
    example:
      'PHP E_WARNING: mail(): Failed to connect to mailserver at "localhost" port 25, verify your "SMTP" and "smtp_port" setting in php.ini or use ini_set() in ...\\app\\Core\\Mail.php:[388]',
    source: "https://github.com/forkbb/forkbb/issues/17",
  },
  thunderbirdWording(
    "connect-refused",
    ["smtpSendRequestRefused"],
    0.88,
    "Die Nachricht konnte nicht gesendet werden, weil der Verbindungsaufbau mit dem SMTP-Server smtp.example.com fehlgeschlagen ist.",
  ),
  // Windows' WSAECONNREFUSED (10061) in the languages Windows ships.
  winsockWording(
    "connect-refused",
    "WSAECONNREFUSED",
    0.9,
    "System.Net.Internals.SocketExceptionFactory.ExtendedSocketException\n  Message=Es konnte keine Verbindung hergestellt werden, da der Zielcomputer die Verbindung verweigerte",
  ),
  {
    // Gmail's bounce when it could not open a connection to the receiving server at all, with no
    // details that say more (a timeout, a reset): read as refused, below those details.
    cause: "connect-refused",
    pattern:
      /\bdid not accept our requests? to connect\b|\brefused the connection\b|\bactive rejection by the target computer\b/i,
    confidence: 0.6,
    example:
      "The recipient server did not accept our requests to connect. Learn more at\nhttps://support.google.com/mail/answer/7720 [odyssees-music.com 91.121.76.29:\ngeneric::failed_precondition: connect error (0): error]",
    source:
      "https://github.com/healthchecks/healthchecks/issues/867; https://github.com/MIATECHPARTNERS/PromptChains/issues/6; https://github.com/DOAJ/doaj/issues/963; https://pastebin.com/HCmcvY7u",
  },
  {
    // JavaMail failing to connect to a mail server on the same machine (localhost): nothing answers on that port.
    // A loopback connection is refused at once, never dropped by a firewall, whatever timeout the client sets.
    cause: "connect-refused",
    pattern: /Couldn't connect to host, port: "?(?:localhost|127\.0\.0\.1)"?, \d+; timeout\b/i,
    origin: "client",
    confidence: 0.6,
    example:
      "MailSendException: Mail server connection failed; nested exception is com.sun.mail.util.MailConnectException: Couldn't connect to host, port: localhost, 25; timeout -1;",
    source:
      "https://github.com/thingsboard/thingsboard/issues/4877; JHipster/BPM tutorial section on sending email from the TravelPlan process (code index id 24173663270); JHipster health-points app on Heroku article, section 'Heroku上的邮件' (code index id 46864074247); code index id 66412220864 (Jenkins email notification README, 'SMTP Server Configuration – Initial Issue'); https://github.com/wildfly-extras/wildfly-camel/issues/402",
  },
]);
