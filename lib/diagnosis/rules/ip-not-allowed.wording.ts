import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { MS_NDR } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The receiver does not allow this IP address": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "ip-not-allowed",
    pattern:
      /Customer (?:Allow|Block) ?list|not in (?:the )?(?:white|allow) ?list|Host network not allowed|rejected by recipient|does not accept (?:e-?mail|mail|connections) over IPv6/i,
    confidence: 0.95,
    example:
      "Service unavailable, Client host [203.0.113.5] blocked by example.com using Customer Block list (AS16012607)",
    source: MS_NDR,
  },
  {
    // Postfix's answer when its client restrictions end in "reject": the client host is refused, by
    // an access map or because nothing before "reject" let it through. On a submission server that
    // is often "permit_sasl_authenticated, reject", which a client that did not sign in meets: of
    // 22 such replies in the corpus, 12 were an address the server does not allow and the rest a
    // sign-in missing or refused, a filter's own access rule, or unresolved. (A test run that sent
    // no AUTH to a server offering it is read as a missing sign-in: probe-fact-rules.ts.)
    cause: "ip-not-allowed",
    pattern: /Client host rejected: Access denied/i,
    confidence: 0.6,
    example: "554 5.7.1 <unknown[203.0.113.5]>: Client host rejected: Access denied",
    source:
      "vdukhovni/postfix postfix/src/smtpd/smtpd_acl.ref (smtpd_check test reference output); https://github.com/bokysan/docker-postfix/issues/225; https://pastebin.com/3AnsBEu8",
  },

  {
    cause: "ip-not-allowed",
    pattern:
      /not allowed to connect|Administrative Lockout|based on geographical location|countries\.nerd\.dk|geo-?(?:ip|location) (?:block|policy|restriction)|connections? from your (?:country|region)/i,
    confidence: 0.9,
    example: "554 5.7.1 You are not allowed to connect.",
    source:
      "https://github.com/mail-in-a-box/mailinabox/issues/1194; https://misstech.co.uk/2015/05/01/sharepoint-online-sharing-emails-rejected-bounced-ndr/; zone-eu/zone-mta config/bounces.txt",
  },
  {
    cause: "ip-not-allowed",
    pattern: /no access for this ip|that IP address is not allowed to send/i,
    confidence: 0.9,
    example: ">>> MAIL From:<user@example.com>\n>>> 550 Access denied\n550 Sorry, no access for this ip",
    source:
      "http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73; https://github.com/gophish/gophish/issues/1701",
  },
  {
    cause: "ip-not-allowed",
    pattern:
      /(?<![A-Za-z])HL:IPB(?![A-Za-z])|The sender \S+ is banned|(?:server|IP) has been banned from this server/i,
    confidence: 0.85,
    example: "554 HL:IPB",
    source:
      "http://163ns.com.cn/mail/MailFAQ.htm; https://bastion.umanix.net/info; https://www.gordano.com/knowledge-base/what-is-alert-8002/",
  },
  {
    cause: "ip-not-allowed",
    pattern: /Your IP\s?\(?[^)]{0,45}\)? is filtered|register your IP to/i,
    confidence: 0.85,
    example:
      "421 4.3.2 Your IP( is filtered and this connection will be closed. You must register your IP to http://realip.naver.com",
    source: "https://puffinknight.tistory.com/102; http://blog.jinbo.net/007/archive/20051107",
  },
  {
    // A server's own local list ('here'), not a public DNSBL.
    cause: "ip-not-allowed",
    pattern: /(?:host|client|IP(?: address)?)\b[^.;\n]{0,60}\bblack ?listed (?:here|#\d+)/i,
    confidence: 0.82,
    example: "deny message = sender IP address $sender_host_address is blacklisted here.",
    source: "http://users.pepperfish.net/vivek/ACL_check_mail.txt",
  },
  {
    // Sending services that only take this account's mail from IPs the customer listed.
    cause: "ip-not-allowed",
    pattern: /\bIP (?:address )?(?:is )?not (?:authori[sz]ed|allowed|whitelisted|permitted)\b/i,
    confidence: 0.9,
    example: "535 IP not authorized",
    source:
      "https://support.jetemail.com/outbound/smtp-error-codes/535-IP-not-authorized; https://wpmailsmtp.com/docs/brevo-unauthorized-not-verified/",
  },
  {
    // The provider only takes this account's mail from addresses on its allow list (Brevo's authorised IPs).
    cause: "ip-not-allowed",
    pattern: /\bUnauthori[sz]ed IP address\b/i,
    confidence: 0.85,
    example: "525 5.7.1 Unauthorized IP address",
    source:
      "code index id 55045670743 (Brevo send log); https://help.brevo.com/hc/en-us/articles/208848209 (authorised IPs for SMTP)",
  },
  {
    cause: "ip-not-allowed",
    pattern: /\bconnection control deny list\b/i,
    confidence: 0.88,
    example: "550 Mailbox unavailable or access denied Listed in connection control deny list",
    source: "McAfee IronMail connection control (community knowledge base)",
  },
  {
    // Exchange Online's 5.7.51: an inbound partner connector restricted to certain IP addresses (or a certificate) refused a connection that did not match it.
    cause: "ip-not-allowed",
    pattern: /partner connector configured that matched the message's recipient domain/i,
    confidence: 0.85,
    example:
      "Your message couldn't be delivered because there is a partner connector configured that matched the message's recipient domain. The connector had either the RestrictDomainsToIPAddresses or RestrictDomainsToCertificate set.",
    source: "code index id 38441667481 (public PowerShell lab script on Exchange Online inbound connectors)",
  },
  {
    // Debian's exim4 configuration: the connecting host is on the receiving admin's own
    // local_host_blacklist (its local_sender_blacklist, "sender envelope address … is locally
    // blacklisted here", is the sender's: sender-rejected).
    cause: "ip-not-allowed",
    pattern: /\b(?:IP(?: address)?|host(?:name)?)\b(?:[^.\n]|\.(?=\d)){0,60}?\bis locally blacklisted\b/i,
    confidence: 0.9,
    example:
      "550 sender IP address 203.0.113.5 is locally blacklisted here. If you think this is wrong, get in touch with postmaster",
    source:
      "code index id 17514927354 (Debian exim4 exim4.conf.template, acl/30_exim4-config_check_rcpt, local_host_blacklist) [reply rendered from the ACL message with a placeholder IP]",
  },
  {
    // Exchange Online could not attribute a message arriving over IPv6 to a tenant or connector; its connectors authorise senders by IPv4 address.
    cause: "ip-not-allowed",
    pattern: /\bunauthorized message over IPv6\b/i,
    confidence: 0.8,
    example: "550 5.7.1 Unable to accept unauthorized message over IPv6 ATTR2",
    source: "PiratesRE/exchange_diff:Microsoft.Exchange.Data.Transport/Data/Transport/Smtp/SmtpResponse.cs",
  },
  {
    // The server only takes mail from addresses it knows (a sending service's authorised IPs, a static range): this client's IP is not one of them.
    cause: "ip-not-allowed",
    pattern:
      /\bUnauthori[sz]ed IP(?: address)?\b|\bremote ip is forbidden\b|\bno access for this ip\b|\bnon-static-ip\b/i,
    confidence: 0.85,
    example: "remote ip is forbidden",
    source:
      "code index id 55045670743 (project test report logging a failed then successful Brevo send); https://www.fobhost.com/jishuzhichi/jishuzhichi59.html; https://github.com/wanderlust/wanderlust/issues/160; http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73",
  },
  {
    // The family: this server bans or forbids the sending IP by its own rule (banned, forbidden, locally blacklisted, not authorised), not a public list.
    cause: "ip-not-allowed",
    pattern:
      /\b(?:IP(?: address)?|server|sender) (?:[\w.:[\]]+ )?(?:is |has been )?(?:banned|forbidden|locally black ?listed)\b|\bno access for this ip\b|\bUnauthorized IP address\b|\bremote ip is forbidden\b/i,
    confidence: 0.8,
    example:
      "550 sender IP address 203.0.113.5 is locally blacklisted here. If you think this is wrong, get in touch with postmaster",
    source:
      "code index id 17514927354 (Debian exim4 exim4.conf.template, acl/30_exim4-config_check_rcpt, local_host_blacklist) [reply rendered from the ACL message with a placeholder IP]; https://www.gordano.com/knowledge-base/what-is-alert-8002/; http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73; https://www.fobhost.com/jishuzhichi/jishuzhichi59.html; code index id 55045670743 (project test report logging a failed then successful Brevo send); https://bastion.umanix.net/info",
  },
  {
    // The family: the server's access policy does not let this client IP connect.
    cause: "ip-not-allowed",
    pattern:
      /\bconnection not (?:permitted|allowed)\b|\bAccess denied by IP policy\b|\bnot permitted to connect\b|\bConnections (?:are )?only (?:accepted|allowed) from (?:authori[sz]ed |allowed |trusted |known )?(?:relay )?(?:IPs|IP addresses|hosts|networks)\b/i,
    confidence: 0.8,
    stages: ["connect", "greeting", "ehlo", "mail", "rcpt", "data"],
    example: "554 5.7.1 connection not permitted",
    source:
      "Go go-smtp Backend.NewSession with trusted_networks allowlist and rate limiter (code index id 56675120290); Go go-smtp relay error table ErrSourceIPDisallowed (code index id 26030509520); https://github.com/rzvend/openmailgate/blob/9c8ea4ac74712b25e10f80871f808c774f0f2ee0/sender/smtp_server.py; Python aiosmtpd outbound filtering gateway (Safe Sender) handle_DATA (code index id 55096239576)",
  },
  {
    // The family, in its shortest words: the client (host, source, IP, country) is not let in by
    // this receiver's own rule. Below a named list ("blocked using Spamhaus": ip-blocklisted) and
    // Microsoft's "Client blocked from sending from unregistered domains" (a sender).
    cause: "ip-not-allowed",
    pattern:
      /\b(?:Client(?: host)?|Source) (?:is )?(?:not authori[sz]ed|blocked)\b(?! (?:using|from sending|for spamming|by))|\byour IP\b[^\n]{0,25}\bis not welcomed?\b|\bunrecogni[sz]ed IP address\b|\bCountry Code\b[^\n]{0,10}\bhas been (?:black ?listed|blocked)\b/i,
    confidence: 0.7,
    example: "550 5.7.1 Client not authorized",
    source:
      "Python aiosmtpd routing gateway handler with trusted(session) and routes() (code index id 70187283994); https://github.com/stalwartlabs/stalwart/blob/HEAD/tests/src/smtp/inbound/scripts.rs; code index id 68463964324 (deployment notes on provisioning e-mail through Brevo, two separate gates); https://github.com/mirage/colombe/blob/086184c8276e9c4c1b762ea3111e25ad43a2a757/test/test_sendmail.ml; SMTP-to-Graph relay README, troubleshooting table (code index id 52167266990); https://github.com/nkhorman/spamilter/blob/HEAD/src/hndlrs.c",
  },
  {
    // PolicyD v2's greylisting module auto-blacklists a host whose greylisted attempts were mostly
    // never retried: the words say greylisting, the refusal is the host's own local ban. Above
    // greylisting's wording (0.93).
    cause: "ip-not-allowed",
    pattern: /\bsending server blacklisted\b/i,
    confidence: 0.94,
    example: "action=REJECT Greylisting in effect, sending server blacklisted",
    source:
      "https://github.com/hummermania/policyd/blob/17f73fb5c4d6072cca1e127a45715c7973ed7366/cbp/modules/Greylisting.pm; policyd v2 (cluebringer) greylisting module, auto-blacklist branch (code index id 9230124913)",
  },
  {
    // A receiver's own block list of client host names (iRedAPD's reverse-DNS blacklist): the
    // client's name is refused by local rule, not missing. Above "reverse DNS" (0.92).
    cause: "ip-not-allowed",
    pattern: /\bBlacklisted reverse DNS name\b/i,
    confidence: 0.94,
    example:
      "554 5.7.1 <user@example.com>: Recipient address rejected: Blacklisted reverse DNS name of server IP address",
    source:
      "https://github.com/iredmail/iRedAPD/blob/00184c2184eb0797b00c33168fbc11ba8976bc40/libs/__init__.py (SMTP_ACTIONS['reject_blacklisted_rdns'])",
  },
  {
    // The family: the receiver refuses residential, dynamic or dial-up addresses by its own rule.
    cause: "ip-not-allowed",
    pattern:
      /\bno (?:residential|dynamic|dial-?up) (?:connections|IPs?|hosts)\b|\b(?:residential|dynamic|dial-?up) (?:IPs?|connections|hosts|addresses) (?:are )?not (?:allowed|accepted|permitted)\b/i,
    confidence: 0.8,
    example: "550 no residential connections",
    source: "https://gist.github.com/ekollof/e4ee7064d94df2711c9168de45f8cec4",
  },
  {
    // The family: the connecting IP, named in the reply, is not allowed by the receiver's own rule.
    cause: "ip-not-allowed",
    pattern: /\bIP \S+ not (?:authori[sz]ed|allowed|whitelisted|permitted)(?: to send)?\b/i,
    confidence: 0.85,
    example: "550 IP is not allowed",
    source:
      "Python aiosmtpd handler with Redis queue, handle_RCPT IP and sender checks (code index id 67155046230); Node smtp-server handleData() relaying with OAuth client credentials and IP block check (code index id 55170918396); SubEthaSMTP ingestion server receive() with allowed-client check and STARTTLS keystore (code index id 70278507662); code index id 30005585846 (ZoneMTA plugin with node:net BlockList allowlist on smtp:connect)",
  },
  {
    // The family: the server takes no connections from where the client is ('Connection from this IP address not allowed', 'Connections from private networks are not allowed').
    cause: "ip-not-allowed",
    pattern: /\bconnections? from\b[^.\n]{0,40}\b(?:are |is )?not (?:allowed|permitted|accepted)\b/i,
    confidence: 0.85,
    example: "550 5.7.1 Connection from this IP address not allowed",
    source:
      "Python aiosmtpd handler with Redis queue, handle_RCPT IP and sender checks (code index id 67155046230); code index id 36776264907 (smtp-server based receiver, Connection.init connect checks)",
  },
  {
    // A server's access rule on the connecting host ('Access denied (user policy, sender host address)'): the client's address or name is not on its allow list.
    cause: "ip-not-allowed",
    pattern: /\bAccess denied \((?:system|user) policy, sender host (?:address|name)\)/i,
    confidence: 0.8,
    example: "550 Access denied (user policy, sender host name)",
    source:
      "https://github.com/roman-rybalko/af/blob/HEAD/tests/smtp/acl/30-system-bwlists/10-spamtrap-off/10-ip-black/test.sh; https://github.com/roman-rybalko/af/blob/399b4fd014f57608a6269f1f6b9b4fa262b89897/tests/smtp/acl/40-user-bwlists/60-bwlists/10-ip-black-client/test.sh; https://github.com/roman-rybalko/af/blob/0212359dca67d1e0c505e3a61ccc50d32965e52a/tests/smtp/acl/40-user-bwlists/60-bwlists/20-hostname-black-client/test.sh",
  },
  {
    // Exchange's refusal of an external client's IP on a receive connector that does not let it submit (its SubmitDenied text); as Exchange words it, not a listing.
    cause: "ip-not-allowed",
    pattern: /External client with IP address \S+ does not have permissions? to submit/i,
    confidence: 0.8,
    example: "External client with IP address {0} does not have permissions to submit to this server.",
    source:
      "code index id 32631740552 (decompiled Exchange IPBlockListConfigSchema, default rejection responses); code index id 11734616306 (decompiled Exchange IPBlockListConfigSchema with tokens, DefaultMachineRejectionResponse)",
  },
  {
    // A relay's own allow list of client hosts, in plain words.
    cause: "ip-not-allowed",
    pattern: /\b(?:Sender|Client|Your|Connecting|Remote) (?:host|network|IP) (?:is )?not allowed\b/i,
    confidence: 0.75,
    example: "550 Sender host not allowed",
    source:
      "code index id 59183985731 (Python aiosmtpd relay handler handle_DATA, allowed_peers check); Python send-only ESMTP listener 'noreply-gateway' ('Client network is not allowed', code index id 69439635027)",
  },
  {
    // Postfix's postscreen: the client IP is on the receiver's own deny list (postscreen_access_list),
    // logged as DENYLISTED (BLACKLISTED before Postfix 3.6); a server's "554 Blacklisted [IP]".
    cause: "ip-not-allowed",
    pattern: /\b(?:DENYLISTED|BLACKLISTED|Blacklisted) \[[\d.:a-f]+\]/,
    confidence: 0.8,
    example: "Jan 1 00:00:00 hostname postfix/postscreen[12345]: DENYLISTED [123.45.67.89]:12345",
    source:
      "sergeymakinen/postfix_exporter exporter/testdata/mail.log (code index id 24290002124); Postfix postscreen(8) (DENYLISTED, BLACKLISTED before 3.6)",
  },
]);
