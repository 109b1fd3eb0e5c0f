import { gettextWording } from "../reply-patterns/gettext-languages";
import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { CURL, GO_SMTP, JAVAMAIL, WINSOCK } from "../reply-patterns/sources";
import { thunderbirdWording } from "../reply-patterns/thunderbird-languages";
import { winsockWording } from "../reply-patterns/winsock-languages";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The server name does not exist": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  // Name resolution.
  {
    cause: "dns-not-found",
    origin: "client",
    pattern:
      /UnknownHostException|\bno such host\b|Could not resolve host|getaddrinfo(?: for \S+)? failed: (?:Name or service not known|No such host is known|nodename nor servname)|\[Errno (?:-2|-5|8|11001)\]|WSAHOST_NOT_FOUND|\b11001\b.*host/i,
    confidence: 0.9,
    example: "java.net.UnknownHostException: smtp.example.com",
    source: `${JAVAMAIL}; ${GO_SMTP}; ${CURL}; ${WINSOCK}`,
  },

  // DNS
  {
    cause: "dns-not-found",
    pattern: /\bENOTFOUND\b|(?<![\w.-])NXDOMAIN(?![\w.-])|\bEAI_NONAME\b/i,
    confidence: 0.95,
    example: "{ Error: getaddrinfo ENOTFOUND mail.example.net mail.example.net:465",
    source: "https://github.com/nodemailer/nodemailer/issues/887",
  },

  {
    cause: "dns-not-found",
    pattern:
      /Name or service not known|No such host is known|nodename nor servname provided|remote name could not be resolved|could not resolve host|Unknown host\b/i,
    confidence: 0.9,
    example: "Error Initializing SMTP library: [Errno -2] Name or service not known",
    source: "https://github.com/jgyates/genmon/issues/1524",
  },

  {
    cause: "dns-not-found",
    pattern: /No address associated with (?:host ?name|nodename)|EAI_NODATA/i,
    confidence: 0.85,
    example: "getaddrinfo failed: No address associated with hostname",
    source: "https://github.com/PHPMailer/PHPMailer/issues/340; man getaddrinfo(3) (EAI_NODATA)",
  },
  {
    cause: "dns-not-found",
    pattern: /Host unknown \(Name server:\s*\S+: host not found\)/i,
    confidence: 0.88,
    example: "550 <user@example.com>...\nHost unknown (Name server:\nmail.example.com: host not found)",
    source: "http://helpdesk.umd.edu/documents/3/3025/",
  },
  {
    cause: "dns-not-found",
    pattern: /couldn.?t find a mail exchanger or IP address|couldn.t find any host (?:named|by that name)/i,
    confidence: 0.9,
    example: "Sorry, I couldnt find a mail exchanger or IP address. (#5.4.4)",
    source:
      "https://renrendoc.com/paper/182292841.html; http://help.url.com.tw/index.php/%E4%BF%A1%E7%AE%B1%E5%B8%B8%E8%A6%8B%E9%80%80%E4%BF%A1%E8%A8%8A%E6%81%AF",
  },
  {
    cause: "dns-not-found",
    pattern:
      /No MX records were found for the|(?<!\baddress )couldn't be found\. Check for typos|Host\s+or domain name not found|: Domain does not exist\b/i,
    confidence: 0.9,
    example:
      "Could not deliver message to the following recipient(s):\nFailed Recipient: user@example.com\nReason: Failed to connect to the recipients mail server. No MX records were found for the 'example.com' domain.\nFailed all attempts to connect to the recipients mail server.\nAttempted to send the message to the following ip's: xxx.xxx.xxx.xxx",
    source:
      "http://kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx; https://github.com/phw198/OutlookGoogleCalendarSync/issues/2147; https://github.com/marlam/msmtp/issues/42; https://github.com/mailcow/mailcow-dockerized/issues/1647; warsaw/flufl.bounce flufl/bounce/tests/data/dsn_18.txt (real bounces from Mailman's test corpus, as shipped in Debian python3-flufl.bounce 4.0-3)",
  },
  {
    cause: "dns-not-found",
    pattern: /could not resolve (?:the )?(?:specified )?domain name/i,
    confidence: 0.75,
    example: "The configured DNS server could not resolve specified domain name.",
    source: "https://www.easymanua.ls/siemens/simatic-net-et-200sp/manual?p=105",
  },
  {
    // Postfix: 'Host not found' is the name's absence (NXDOMAIN); ', try again' is a failed lookup (dns-failure).
    cause: "dns-not-found",
    pattern: /Name service error for name=\S+ type=\w+: Host not found(?!, try again)/i,
    confidence: 0.9,
    example: "Name service error for name=postfix-bridge type=AAAA: Host not found",
    // Postfix's dns_lookup.c writes "Host or domain name not found. Name service error for name=%s
    // type=%s: %s", the last part dns_strerror(): "Host not found" for NXDOMAIN, "Host not found,
    // try again" for a failed lookup (dns-failure).
    source:
      'public repository deployment changelog (code index id 68312013298); vdukhovni/postfix postfix/src/dns/dns_lookup.c (vstring_sprintf(why, "Host or domain name not found. Name service error for name=%s type=%s: %s"))',
  },
  {
    cause: "dns-not-found",
    pattern: /check (?:the )?SMTP server name/i,
    confidence: 0.7,
    origin: "client",
    example: "Notification email failed: check SMTP server name!",
    source: "https://github.com/motioneye-project/motioneyeos/issues/769",
  },
  {
    // Exchange: the DNS query did not fail, it answered that the domain does not exist.
    cause: "dns-not-found",
    pattern: /\bNonExistentDomain\b|\bnon-?existent domain\b/i,
    confidence: 0.93,
    example: "451 4.4.0 DNS query failed. The error was: SMTPSEND.DNS.NonExistentDomain; nonexistent domain",
    source: "https://markgossa.com/2015/09/451-440-dns-query-failed-error-was.html",
  },
  {
    cause: "dns-not-found",
    pattern:
      /php_network_getaddresses(?:: getaddrinfo(?: for [\w.-]+)?)? failed(?!: (?:Temporary failure|try again))/i,
    confidence: 0.75,
    origin: "client",
    example:
      'Connection could not be established with host "mail.example.test:25": php_network_getaddresses failed',
    source: "php-src main/network.c (php_network_getaddresses: getaddrinfo failed)",
  },
  {
    cause: "dns-not-found",
    pattern: /\bHost unknown\b/i,
    confidence: 0.8,
    example: "550 Host unknown",
    source:
      "https://mediarium.hatenadiary.org/entry/20070906; sendmail (Host unknown: the domain does not resolve)",
  },
  {
    cause: "dns-not-found",
    pattern: /all host address lookups failed permanently/i,
    confidence: 0.85,
    example: "all host address lookups failed permanently",
    source: "code index id 18856806676 (Exim src/src/transports/smtp.c end-of-hosts handling)",
  },
  {
    // Thunderbird's 'The outgoing server (SMTP) is unknown' in Japanese, Korean, Polish and Spanish.
    cause: "dns-not-found",
    pattern:
      /サーバー \S+ が見つかりません|SMTP ?서버\(\S+\)를 알 수 없습니다|serwer „\S+” poczty wychodzącej \(SMTP\) jest nieznany|servidor de salida \(SMTP\) \S+ es desconocido/i,
    confidence: 0.9,
    origin: "client",
    example:
      "メールの送信中にエラーが発生しました: 送信 (SMTP) サーバー smtp.example.com が見つかりません。サーバーの設定に誤りがある可能性があります。",
    source:
      "thunderbird/thunderbird-l10n ja/mail/chrome/messenger/messengercompose/composeMsgs.properties; thunderbird/thunderbird-l10n ko/mail/chrome/messenger/messengercompose/composeMsgs.properties; thunderbird/thunderbird-l10n pl/mail/chrome/messenger/messengercompose/composeMsgs.properties; thunderbird/thunderbird-l10n es-ES/mail/chrome/messenger/messengercompose/composeMsgs.properties (smtpSendFailedUnknownServer)",
  },
  {
    cause: "dns-not-found",
    pattern: /hôte non trouvé \(serveur faisant autorité\)/i,
    confidence: 0.88,
    origin: "client",
    example: "hôte non trouvé (serveur faisant autorité)",
    source: "marlam/msmtp po/fr.po ('host not found (authoritative)')",
  },
  {
    cause: "dns-not-found",
    pattern:
      /\bDNS Error\b[^\n]{0,60}?: Domain name not found\b(?!,? try again)|\bNo mail servers appear to exists? for the recipient|\bName server reports domain name unknown\b/i,
    confidence: 0.93,
    example: "Technical details of temporary failure:  DNS Error: Domain name not found",
    source:
      "Gmail delay notices ('DNS Error: Domain name not found'); https://github.com/zone-eu/zone-mta/blob/491228bfdfbbb7a36a137f50d49d88bf512bc714/lib/sender/resolve-mx.js; hmailserver/hmailserver ExternalDelivery ('No mail servers appear to exists for the recipient's address'); MDaemon session transcripts",
  },
  {
    cause: "dns-not-found",
    pattern: /\bdomain does not exist\b/i,
    confidence: 0.8,
    stages: ["resolve"],
    requireStage: true,
    example: "Domain does not exist",
    source: "sisimai/rb-sisimai lib/sisimai/lhost/opensmtpd.rb (OpenSMTPD mta.c texts)",
  },
  {
    // dma: the server name does not resolve.
    cause: "dns-not-found",
    pattern: /\bDNS lookup failure: host \S+ not found\b/i,
    confidence: 0.85,
    origin: "client",
    example: "remote delivery failed: DNS lookup failure: host smtp.example.com not found",
    source:
      "https://github.com/corecode/dma/blob/da0271b70d4bd6afea1e2e2707eb7de92ca5ec12/net.c (deliver_remote: dns_get_mx_list error < 0) [rendered with host smtp.example.com]",
  },
  {
    // Thunderbird's smtpSendFailedUnknownServer (English, German): the server name did not resolve.
    cause: "dns-not-found",
    pattern:
      /Outgoing server \(SMTP\) \S+ is unknown|\bSMTP server \S+ is unknown|SMTP-Server \S+ ist unbekannt/i,
    confidence: 0.85,
    origin: "client",
    example:
      "An error occurred while sending mail: Outgoing server (SMTP) smtp.example.com is unknown. The server may be incorrectly configured. Please verify that your Outgoing server (SMTP) settings are correct and try again.",
    source:
      "comm-central mail/locales/en-US/messenger/messengercompose/messengercompose.ftl (send-error-smtp-*) and mail/locales/en-US/chrome/messenger/messengercompose/composeMsgs.properties (smtpAuth*, startTlsFailed); https://github.com/thunderbird/thunderbird-l10n/blob/09e987749e000af2404ea1e3e666c75dc3eb16ff/de/mail/chrome/messenger/messengercompose/composeMsgs.properties",
  },
  {
    // Thunderbird's smtpSendFailedUnknownServer in Italian.
    cause: "dns-not-found",
    pattern: /Server posta in uscita \(SMTP\) \S+ sconosciuto/i,
    confidence: 0.85,
    origin: "client",
    example:
      "Si è verificato un errore durante l’invio della posta: Server posta in uscita (SMTP) smtp.example.com sconosciuto. Il server potrebbe essere configurato in modo non corretto. Verificare che le impostazioni del server in uscita (SMTP) siano corrette e riprovare.",
    source:
      "https://github.com/thunderbird/thunderbird-l10n/blob/09e987749e000af2404ea1e3e666c75dc3eb16ff/it/mail/chrome/messenger/messengercompose/composeMsgs.properties",
  },
  {
    // A DSN whose Diagnostic-Code is of type DNS (RFC 3464): the sending MTA's own lookup found no such host.
    cause: "dns-not-found",
    pattern: /\bDNS; ?Host (?:not found|unknown)\b/i,
    confidence: 0.9,
    example: "Action: failed\nStatus: 5.4.4\nDiagnostic-Code: DNS; Host not found",
    source: "https://github.com/mautic/mautic/issues/2480",
  },
  {
    // Exim's manualroute router: the host it was told to route to has no address (a typo in the route list).
    cause: "dns-not-found",
    pattern: /\blookup of host "?[^"\s]+"? failed in \S+ router\b/i,
    confidence: 0.85,
    example: 'lookup of host "xx.xx.xx" failed in yyy router',
    source: "http://wiki.exim.org/FAQ/General_Debugging/Q0033",
  },
  {
    // The name does not exist in DNS (a permanent answer).
    cause: "dns-not-found",
    pattern:
      /\bcould not resolve (?:the )?specified domain name\b|\ball host address lookups failed permanently\b/i,
    confidence: 0.85,
    example: "all host address lookups failed permanently",
    source:
      "https://www.easymanua.ls/siemens/simatic-net-et-200sp/manual?p=105; code index id 18856806676 (Exim src/src/transports/smtp.c, copy of smtp_transport_entry end-of-hosts handling) (hosts_fail == hosts_total)",
  },
  thunderbirdWording(
    "dns-not-found",
    ["smtpSendFailedUnknownServer"],
    0.9,
    "Fehler beim Senden der Nachricht: SMTP-Server smtp.example.com ist unbekannt.",
  ),
  {
    // musl's words for EAI_NONAME (glibc says 'Name or service not known'); not a PTR name that "does
    // not resolve back" to the client (forward-confirmed reverse DNS, reverse-dns-missing).
    cause: "dns-not-found",
    pattern: /(?<!\bPTR )\bName does not resolve\b(?! back\b)/i,
    confidence: 0.9,
    origin: "client",
    example: "php_network_getaddresses: getaddrinfo failed: Name does not resolve",
    source: "musl src/network/gai_strerror.c (EAI_NONAME: 'Name does not resolve')",
  },
  gettextWording(
    "dns-not-found",
    ["msmtp:host not found (authoritative)"],
    0.9,
    "Host nicht gefunden (endgültig)",
  ),
  gettextWording(
    "dns-not-found",
    ['mutt:Could not find the host "%s"'],
    0.85,
    'Хостът "smtp.example.com" не може да бъде намерен.',
  ),
  {
    // Python on Windows: WSANO_DATA (11004), the name gave no address record (11001 is in the pattern above).
    cause: "dns-not-found",
    pattern: /\[Errno 11004\] getaddrinfo failed/i,
    confidence: 0.88,
    example: "邮件发送失败，请手动检查配置，错误原因 [Errno 11004] getaddrinfo failed",
    source: "https://github.com/pjialin/py12306/issues/135",
  },
  {
    // Exchange NDR #5.4.0: the name the server looked up does not exist in DNS.
    cause: "dns-not-found",
    pattern: /\bcould not be found in Domain Name Service\b/i,
    confidence: 0.8,
    example:
      "The destination server for this recipient could not be found in Domain Name Service (DNS). Please verify the email address and retry.\\nIf that fails, contact your administrator.\\n<{Issuing Server} #5.4.0>",
    source: "https://snmail.co.uk/support/failure-dns.htm",
  },
  // Windows' WSAHOST_NOT_FOUND (11001) in the languages Windows ships (above hyper's "dns error:"
  // prefix, which it follows).
  winsockWording("dns-not-found", "WSAHOST_NOT_FOUND", 0.93, "dns error: Hôte inconnu. (os error 11001)"),
  {
    // Windows' WSAHOST_NOT_FOUND as Python prints it in some builds, "[Error 11001] getaddrinfo failed".
    cause: "dns-not-found",
    pattern: /\[Error 11001\]/i,
    confidence: 0.9,
    origin: "client",
    example: "Netzwerkfehler [Error 11001] getaddrinfo faild",
    source: "https://github.com/nicolettas-muggelbude/RechnungsFee/issues/336",
  },
  {
    // The concept, as one phrasing: a sending service or relay that found no MX (or A) record
    // for the recipient's domain ("No MX for nomx.example.com", "no MX or A for domain", "Unable
    // to find MX of domain …", "No MX records were found", OpenSMTPD's "No MX found for domain").
    // The sender's own domain without MX, refused at MAIL FROM, is a refused sender instead.
    cause: "dns-not-found",
    pattern:
      /(?:\bno MX\b(?! for (?:your|the) (?:from|sender))[^.;\n]{0,12}?\b(?:for|found|records?|or A)\b|\bunable to find MX\b|\bMX (?:record )?(?:not found|lookup failed)\b)/i,
    confidence: 0.75,
    stages: ["resolve", "connect", "rcpt", "data"],
    example: "498 No MX for nomx.example.com",
    source:
      "https://github.com/anymail/django-anymail/blob/0a07e84680e51f2e9d3d382c9fc2d1e560ef0232/tests/test_mailgun_webhooks.py; https://github.com/anymail/django-anymail/blob/719241234aeaede499eef9fa3d1b38ff765e78ef/tests/test_brevo_webhooks.py; http://kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx; https://github.com/OpenSMTPD/OpenSMTPD/issues/639",
  },
  {
    // The concept: the destination domain does not exist, in a bounce's or a client's words ("No
    // such domain.", "non-existing domain"); the sender's own domain refused at MAIL FROM (Exim's
    // "550 5.1.7 … no such domain" for the sender) is a refused sender instead.
    cause: "dns-not-found",
    pattern: /\bNo such domain\b|\bnon-?existing domain\b|\bnon-?existent domain\b/i,
    confidence: 0.75,
    stages: ["resolve", "connect", "rcpt", "data"],
    example: "<kijitora@example.cat>: <<< No such domain.",
    source:
      "sisimai/rb-sisimai set-of-emails/maildir/bsd/courier-04.eml; https://github.com/sisimai/p5-sisimai/blob/HEAD/lib/Sisimai/Lhost/Courier.pm; https://github.com/ruslandoga/mua/blob/022c987d5e5b92df960bb7b9f4be61fcaace4df5/test/mua_test.exs",
  },
]);
