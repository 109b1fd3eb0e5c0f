import { gettextWording } from "../reply-patterns/gettext-languages";
import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { GO_SMTP, PYTHON, WINSOCK } from "../reply-patterns/sources";
import { winsockWording } from "../reply-patterns/winsock-languages";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "DNS did not answer": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "dns-failure",
    origin: "client",
    pattern:
      /\[Errno -3\]|WSATRY_AGAIN|\bserver misbehaving\b|Could not resolve host.*timed? ?out|Resolving timed out/i,
    confidence: 0.88,
    example: "socket.gaierror: [Errno -3] Temporary failure in name resolution",
    source: `${PYTHON}; ${GO_SMTP}; ${WINSOCK}`,
  },

  {
    cause: "dns-failure",
    pattern: /\bEAI_AGAIN\b|\bESERVFAIL\b|\bSERVFAIL\b|Temporary failure in name resolution/i,
    confidence: 0.95,
    example: "{ [Error: getaddrinfo EAI_AGAIN west.exch032.serverdata.net:587] code: 'EAI_AGAIN',",
    source: "https://github.com/nodemailer/nodemailer/issues/679",
  },

  {
    cause: "dns-failure",
    pattern:
      /\bquery\w* E(?:TIMEOUT|REFUSED|CONNREFUSED)\b|\bDNS (?:lookup )?(?:timed? ?out|failed)|\bDNS lookup error/i,
    confidence: 0.92,
    example: "{ Error: queryA ETIMEOUT smtp.exmail.qq.com",
    source: "https://github.com/nodemailer/nodemailer/issues/1234",
  },
  {
    // A bare "DNS error": in a server's reply it is often the server's own lookup failing during its
    // checks (a DNSBL, SPF, its policy), not the device's (measured 2026-12-03: 2 of 5). Above a
    // bare reply code; the words after it ("while checking SPF", "on zen.spamhaus.org") decide.
    cause: "dns-failure",
    pattern: /\bDNS error\b/i,
    confidence: 0.6,
    example:
      "DNS Error: DNS error occurred while resolving the Mail Exchange (MX) server for the specified domain (example.com).",
    source: "https://github.com/zone-eu/zone-mta/issues/418",
  },
  {
    // A lookup that failed for now ("try again"), by Postfix's delivery agent and Exim's router.
    cause: "dns-failure",
    pattern:
      /Host not found, try again|Name service error for name=\S+ type=\w+: Host not found, try again|host lookup did not complete|DNS lookup (?:failed|timed out), try again/i,
    confidence: 0.92,
    example:
      "Host or domain name not found. Name service error for name=gmail.com type=MX: Host not found, try again",
    source:
      "vdukhovni/postfix postfix/src/smtp (smtp_proto.c, smtp_connect.c, smtp_addr.c: the delivery agent's own deferral texts); https://github.com/BytemarkHosting/docker-smtp/issues/4; Exim specification ch. 'The dnslookup router' (host lookup did not complete)",
  },
  {
    cause: "dns-failure",
    pattern:
      /lookup \S+(?: on \S+)?: (?:i\/o timeout|server misbehaving|Temporary failure in name resolution)|failed to lookup address information: (?:Try again|Temporary failure)|Temporary failure in name resolution/i,
    confidence: 0.9,
    origin: "client",
    example: "dial tcp: lookup smtp.sendgrid.net: i/o timeout",
    source:
      "https://github.com/knadh/listmonk/issues/1859; https://github.com/portier/portier-broker/issues/853",
  },
  {
    cause: "dns-failure",
    pattern: /\bDNS query failed\b/i,
    confidence: 0.88,
    example: "450 4.4.312 DNS query failed",
    source:
      "MicrosoftDocs/microsoft-365-docs microsoft-365/security/office-365-security/mail-flow-intelligence-in-office-365.md",
  },
  {
    cause: "dns-failure",
    pattern:
      /host name lookup failure|Temporary failure in MX lookup|(?:Name service error for name=\S+\s+)?(?:type=\S+: )?Malformed(?: or unexpected)? name server reply|Can't get \S+ host entry/i,
    confidence: 0.92,
    example: "<user@example.co.jp>... Deferred: Name server: example.co.jp.: host name lookup failure",
    source:
      "sisimai/p5-sisimai lib/Sisimai/Lhost/Sendmail.pm; sisimai/p5-sisimai lib/Sisimai/Lhost/OpenSMTPD.pm; rjbs/Mail-DeliveryStatus-BounceParser t/corpus/malformed-dns.msg; rjbs/Mail-DeliveryStatus-BounceParser t/corpus/postfix-malformed.msg; https://sourceforge.net/p/logwatch/git/ci/master/tree/scripts/services/citadel",
  },
  {
    cause: "dns-failure",
    pattern:
      /php_network_getaddresses: (?:getaddrinfo|gethostbyname) failed(?:\. errno=11|: Temporary failure)/i,
    confidence: 0.88,
    origin: "client",
    example:
      "2022-01-19 08:34:07 Connection failed. Error #2: stream_socket_client(): php_network_getaddresses: gethostbyname failed. errno=11 [/volume1/web/picoftheday/SMTP.php line 395]\n2022-01-19 08:34:07 Connection failed. Error #2: stream_socket_client(): unable to connect to ssl://smtp.gmail.com:465 (php_network_getaddresses: gethostbyname failed. errno=11) [/volume1/web/picoftheday/SMTP.php line 395]",
    source: "https://github.com/PHPMailer/PHPMailer/issues/2609",
  },
  {
    // Sendmail's and MDaemon's words for a lookup that failed or timed out (not a name that does not exist).
    cause: "dns-failure",
    pattern:
      /DNS resolving error|Name server timeout|Temporary failure of hostname lookup|host map: lookup \([^)]*\): deferred/i,
    confidence: 0.88,
    example: "451 4.4.0 DNS resolving error",
    source:
      "http://blog.jinbo.net/007/archive/20051107; https://help.sakura.ad.jp/rs/2265; https://wanglu.net/thread/t12-245059-0.html; http://support.linogate.com/en/mail/mailq.html",
  },
  {
    cause: "dns-failure",
    pattern: /(?:CNAME|MX|DNS|A|AAAA) lookup failed temporarily|temporary DNS (?:failure|error)/i,
    confidence: 0.88,
    example: "CNAME lookup failed temporarily. (#4.4.3)",
    source: "notqmail qmail-remote.c; https://support.comvation.com/support/solutions/articles/13000040894",
  },
  {
    cause: "dns-failure",
    pattern: /hôte non trouvé \(serveur ne faisant pas autorité\)/i,
    confidence: 0.88,
    origin: "client",
    example: "hôte non trouvé (serveur ne faisant pas autorité) ou défaillance serveur",
    source: "marlam/msmtp po/fr.po ('host not found (nonauthoritative) or server failure')",
  },
  {
    cause: "dns-failure",
    pattern: /\bThe DNS query has failed\b/i,
    confidence: 0.88,
    example: "Error Description: Unable to find the recipient's email server. The DNS query has failed.",
    source: "hmailserver/hmailserver ExternalDelivery ('The DNS query has failed')",
  },
  {
    cause: "dns-failure",
    pattern: /\bDNS (?:server )?(?:not available or timed out|returned general failure)\b/i,
    confidence: 0.85,
    example:
      "550 Failed to resolve IP address for smtp.remotedomain.com of the MX server for remotedomain.com. DNS server returned general failure",
    source: "https://github.com/zone-eu/zone-mta/issues/154; https://www.tunnelsup.com/smtp-error-451/",
  },
  {
    // A name lookup failed for now (the resolver did not answer), not an answer that the name does not exist.
    cause: "dns-failure",
    pattern:
      /\bhost ?name lookup failure\b|\bTemporary failure (?:in|of) (?:MX |hostname )?lookup\b|\bDNS resolving error\b|\blookup \([^)]*\): deferred\b/i,
    confidence: 0.85,
    example: "451 4.4.0 DNS resolving error",
    source:
      "sisimai/p5-sisimai lib/Sisimai/Lhost/Sendmail.pm; sisimai/p5-sisimai lib/Sisimai/Lhost/OpenSMTPD.pm; http://support.linogate.com/en/mail/mailq.html; http://blog.jinbo.net/007/archive/20051107; https://wanglu.net/thread/t12-245059-0.html",
  },
  {
    // musl's words for EAI_AGAIN (glibc says 'Temporary failure in name resolution').
    cause: "dns-failure",
    pattern: /\bgetaddrinfo(?: failed)?: Try again\b|\bgai_strerror: Try again\b/i,
    confidence: 0.9,
    origin: "client",
    example: "php_network_getaddresses: getaddrinfo failed: Try again",
    source:
      "musl src/network/gai_strerror.c (EAI_AGAIN: 'Try again'; the C library of Alpine-based containers); https://github.com/fiveai/Cachet/issues/73",
  },
  gettextWording(
    "dns-failure",
    ["msmtp:host not found (nonauthoritative) or server failure"],
    0.9,
    "Host nicht gefunden (nicht endgültig) oder Serverfehlfunktion",
  ),
  {
    // The resolver call itself failed (a libc that rejects the lookup flags), not an unknown name.
    cause: "dns-failure",
    pattern: /\bBad value for ai_flags\b/i,
    confidence: 0.8,
    example:
      "sendmail: cannot locate host smtp.yandex.ru: Bad value for ai_flags\\nsendmail: could not send mail (account default from /opt/etc/msmtprc)",
    source: "https://github.com/Entware/Prehistoric-Entware/issues/142",
  },
  // Windows' WSATRY_AGAIN (11002) in the languages Windows ships.
  winsockWording(
    "dns-failure",
    "WSATRY_AGAIN",
    // Above Java's UnknownHostException, which it names as temporary.
    0.93,
    "java.net.UnknownHostException: smtp.example.com: 这是在主机名解析时通常出现的暂时错误，它意味着本地服务器没有从权威服务器上收到响应。",
  ),
  {
    // The ESP32 mail client (many IoT devices) when the host name did not resolve: it does not say
    // whether the name is unknown or DNS did not answer, so it is weighed as a guess.
    cause: "dns-failure",
    origin: "client",
    pattern: /\bcould not get ip from host\b/i,
    confidence: 0.6,
    example: "> C: starting socket\n! E: could not get ip from host\n> C: cleaning SSL connection",
    source: "mobizt/ESP-Mail-Client ssl_client32.h (ESP32 SSL client messages; code index id 200216732)",
  },
  {
    // Exchange's name for a DNS SERVFAIL answer ("failed with error ServerFailure").
    cause: "dns-failure",
    pattern: /\bfailed with error ServerFailure\b|\bDNS (?:query|lookup)\b[^\n]{0,80}?\bServerFailure\b/i,
    confidence: 0.8,
    example: "451 4.4.0 DNS query for the outbound proxy frontend server failed with error ServerFailure",
    source:
      "Microsoft Exchange transport, outbound proxy DNS failure (decompiled, code index id 11774165467)",
  },
  {
    // "Failed to resolve" a host or MX: the lookup did not give an answer (3 of 4 such corpus
    // replies were a failing resolver, not a missing name). Weak: above the stage's own reading.
    cause: "dns-failure",
    pattern: /\bFailed to resolve\b/i,
    confidence: 0.55,
    example:
      "Error,System,2018/11/04 08:26:20,admin,Failed to send email. (Failed to resolve host address.).",
    source:
      "https://github.com/zone-eu/zone-mta/issues/154; https://pastebin.com/A9Wa6TPX; https://github.com/OpenSMTPD/OpenSMTPD/issues/742",
  },
]);
