import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The receiving server is misconfigured": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  // Receiver-side breakage first: a "blocklisted" reply that really says the receiver's DNSBL query failed.
  {
    // Postfix's recipient address verification could not reach the receiver's own next hop (its
    // mailbox server, LMTP socket or lookup): the receiving side is at fault, not this client's
    // connection, whatever the probe's words after "unverified address:" say.
    cause: "receiver-misconfigured",
    pattern:
      /\bRecipient address rejected: unverified address:\s*(?:connect to\b|Address lookup failure\b|[^\n]{0,120}?\b(?:Connection refused|Connection timed out)\b)/i,
    confidence: 0.89,
    example:
      "450 4.1.1 <user@example.com>: Recipient address rejected: unverified address: connect to mailgate.example.co.uk[193.195.220.67]: Connection timed out",
    source:
      "https://github.com/Mailu/Mailu/issues/938; https://github.com/modoboa/modoboa/issues/1131; MantaMTA.Core.Tests BounceTests (C#, NUnit): BounceMessageParsing test data and NDR_AOL/NDR_Hotmail/NDR_Yahoo tests (code index id 48152097967)",
  },
  {
    cause: "receiver-misconfigured",
    pattern: /open resolver|spamhaus\.org\/returnc|\b127\.255\.255\.\d+\b|Licen[cs]e (?:has )?Expired/i,
    confidence: 0.97,
    example:
      "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/198.51.100.7/",
    source: "https://github.com/simple-login/app/issues/2675",
  },

  {
    cause: "receiver-misconfigured",
    pattern:
      /Query Refused|refused\.shtml|Your DNS IP:|server you are sending to is misconfigured|open resolver|public resolver|returnc\/pub|excessive number of queries/i,
    confidence: 0.97,
    example:
      "554 5.7.1 Service unavailable; Client host [mail.example.com] blocked using multi.uribl.com; 127.0.0.1 -> Query Refused. See http://uribl.com/refused.shtml",
    source:
      "zone-eu/zone-mta config/bounces.txt; ammarfaizi2/lore-inbox (LKML 2002-10-30, ORBZ); https://github.com/openstreetmap/operations/issues/674; https://github.com/docker-mailserver/docker-mailserver/issues/2918; https://github.com/spamhaus/spamassassin-dqs/issues/53; https://github.com/anonaddy/anonaddy/issues/533",
  },
  {
    cause: "receiver-misconfigured",
    pattern:
      /SASL: Connect to \S+ failed|fatal: no SASL authentication mechanisms|Timeout waiting for handshake from auth server|cannot load Certificate Authority data|milter \S+: can't read (?:packet header|SMFIC)/i,
    confidence: 0.9,
    example:
      "Feb 09 05:33:28 MainServer postfix/smtps/smtpd[24431]: warning: SASL: Connect to private/auth failed: No such file or directory\nFeb 09 05:33:28 MainServer postfix/smtps/smtpd[24431]: fatal: no SASL authentication mechanisms",
    source:
      "https://github.com/LukeSmithxyz/emailwiz/issues/129; https://github.com/docker-mailserver/docker-mailserver/issues/3376; https://github.com/docker-mailserver/docker-mailserver/issues/701; https://github.com/kvaps/docker-kolab/issues/8; Postfix MILTER_README (Debian postfix-doc 3.7.11)",
  },
  {
    cause: "receiver-misconfigured",
    pattern: /cannot connect to saslauthd|saslauthd server/i,
    confidence: 0.88,
    example: "warning: SASL authentication failure: cannot connect to saslauthd server: Permission denied",
    source: "https://github.com/cyrusimap/cyrus-sasl (lib/checkpw.c: cannot connect to saslauthd server)",
  },
  {
    // An IP looked up in a domain list (DBL): the receiver's DNSBL setting is wrong, nothing is listed.
    cause: "receiver-misconfigured",
    pattern: /\bNo IP queries\b/i,
    confidence: 0.97,
    example:
      "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using dbl.spamhaus.org; No IP queries",
    source:
      "https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-am-i-seeing-spamhaus-dbl-block-messages-for-ip-address-lookups; Spamhaus DBL FAQ (127.0.1.255: IP queries prohibited)",
  },
  {
    cause: "receiver-misconfigured",
    pattern: /has no mail-enabled subscriptions/i,
    confidence: 0.88,
    example:
      "550 4.4.4 Mail received as unauthenticated, incoming to a recipient domain configured in a hosted tenant which has no mail-enabled subscriptions. ATTR5",
    source:
      "Microsoft 365 Multi-Geo In-Region Routing doc, 'Potential errors' section (MicrosoftDocs, code index id 58960778356)",
  },
  {
    cause: "receiver-misconfigured",
    pattern: /RESOLVER\.ADR\.Ambiguous/i,
    confidence: 0.85,
    example: "420 4.2.0 RESOLVER.ADR.Ambiguous; ambiguous address",
    source:
      "https://support.microsoft.com/pt-pt/help/3028012/-550-5.7.12,-550-4.4.7,-or-420-4.2.0-ndr-when-a-user-can-t-receive-email-messages-through-eop-in-office-365-dedicated-itar",
  },
  {
    // An SPF verdict on a private address: the receiver checked its own network's hop (a container bridge, a proxy), not the sender, so no change to the sender's SPF record helps.
    cause: "receiver-misconfigured",
    pattern:
      /(?:\bSPF\b|openspf\.\w+\/Why)[^\n]{0,300}?[;?&\s](?:client-)?ip=(?:10|127|172\.(?:1[6-9]|2\d|3[01])|192\.168)\.\d/i,
    confidence: 0.94,
    example:
      "NOQUEUE: reject: RCPT from unknown[172.21.0.1]: 550 5.7.1 <XXXXX>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=helo;id=eur01-db5-obe.outbound.protection.outlook.com;ip=172.21.0.1;r=XXXXXXX; from=<XXXXXXXX> to=<XXXXXX> proto=",
    source:
      "https://github.com/docker-mailserver/docker-mailserver/issues/611; https://github.com/docker-mailserver/docker-mailserver/issues/1202; https://github.com/docker-mailserver/docker-mailserver/issues/766",
  },
  {
    // Postfix postscreen's DNSBL lookups got no answer: the receiver's own resolver is down, no list was consulted.
    cause: "receiver-misconfigured",
    pattern: /\bdnsblog reply timeout\b/i,
    confidence: 0.9,
    example:
      "postfix-mailcow_1    | Jul  2 06:20:43 mail postfix/postscreen[5926]: warning: dnsblog reply timeout 10s for zen.spamhaus.org",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/2751",
  },
  {
    // A DNS blocklist "listing" a private (RFC 1918) address: no public list holds one, so the receiver applied the list to its own internal hop (a gateway, a container bridge). Loopback is left out: 127.0.0.2 is every list's test entry, and documentation uses 127.0.0.1 as a placeholder.
    cause: "receiver-misconfigured",
    pattern:
      /\b(?:Client host|client) \[(?:10|172\.(?:1[6-9]|2\d|3[01])|192\.168)\.[\d.]+\] blocked using\b/i,
    confidence: 0.95,
    example:
      "host 172.17.17.201[172.17.17.201] said: 550\n5.7.1 Service unavailable; client [172.17.17.172] blocked using\nzen.spamhaus.org (in reply to RCPT TO command)",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/2288",
  },
  {
    // Postini could not hand the mail on to the customer's own server (wrong delivery server set, server down or blocking Postini).
    cause: "receiver-misconfigured",
    pattern: /\bCan't connect to \S+ - psmtp\b/i,
    confidence: 0.85,
    example: "451 Can't connect to <domain> - psmtp",
    source:
      "http://cms.orlinpilot.com/index.php?/Knowledgebase/Article/View/22/0/451-cant-connect-to-domaincom---psmtp",
  },
  {
    cause: "receiver-misconfigured",
    pattern: /\bRESOLVER\.GRP\.DDLQuery\b/i,
    confidence: 0.88,
    example: "550 5.2.4 RESOLVER.GRP.DDLQuery; the dynamic distribution list has a misconfigured query",
    source: "evilashz/exchange-server-27065:Microsoft.Exchange.Transport/Exchange/Transport/AckReason.cs",
  },
  {
    cause: "receiver-misconfigured",
    pattern: /\bdistribution list has a misconfigured query\b/i,
    confidence: 0.88,
    example: "550 5.2.4 RESOLVER.GRP.DDLQuery; the dynamic distribution list has a misconfigured query",
    source: "evilashz/exchange-server-27065:Microsoft.Exchange.Transport/Exchange/Transport/AckReason.cs",
  },
  {
    // Domino: the recipient name matches several entries in its directory, so the server cannot
    // tell which mailbox to deliver to (the receiving administrator's directory to mend).
    cause: "receiver-misconfigured",
    pattern: /\bnot unique\.?\s+Several matches found in (?:the )?Domino Directory\b/i,
    confidence: 0.88,
    example:
      "Recipient user name info (info@example.com) not unique.  Several matches found in Domino Directory.",
    source: "https://github.com/ronbeltran/bounce_email/blob/HEAD/tests/bounces/tt_bounce_15.txt",
  },
  {
    // Postfix's own log when it cannot reach its policy service (a greylisting or SPF daemon down):
    // "problem talking to server", which a server log names as the receiving side broken (3 of 4
    // such logs). The reply senders see, "451 4.3.5 Server configuration problem", is read as the
    // server's temporary failure (8 of 13 corpus replies).
    cause: "receiver-misconfigured",
    pattern: /\bwarning: problem talking to server\b/i,
    confidence: 0.9,
    example:
      "postfix/smtpd[454316]: warning: connect to 127.0.0.1:9999: Connection refused\npostfix/smtpd[454316]: warning: problem talking to server 127.0.0.1:9999: Connection refused",
    source:
      "https://github.com/modoboa/modoboa/issues/3089; code index id 56898403581 (forum post 'What kind of Server configuration problem?', Postfix maillog); code index id 42049423732 (write-up on policyd-spf failing under Postfix, maillog excerpt)",
  },
  {
    // A submission server or relay with no onward relay set up ("Mail relay is not configured",
    // "Relay not configured"): the server cannot pass mail on, a fault of its own setup.
    cause: "receiver-misconfigured",
    pattern: /\b(?:mail )?relay (?:host )?(?:is )?not configured\b/i,
    confidence: 0.75,
    example: "451 4.3.0 Mail relay is not configured",
    source:
      "Go go-smtp submission server of tkodcumpeg4/zorven, server/mail submission.go (code index id 71374999538); Python asyncio SMTP relay for exe.dev VMs with OWNER_EMAIL restriction (code index id 53993854127)",
  },
  {
    // The family: the receiving side says its own configuration is wrong (misconfigured, a configuration error, a service not configured). Below a relay refusal that says 'the remote server is misconfigured' for relaying (relay-denied), and not Postfix's 'Server configuration error' (a temporary failure).
    cause: "receiver-misconfigured",
    pattern:
      /\bmisconfigured\b|(?<!Local |Server )\bConfiguration error\b|\b(?:EWS|service) not configured\b|\bconfiguration is wrong\b/i,
    confidence: 0.7,
    example: "450 Configuration error",
    source:
      "evilashz/exchange-server-27065:Microsoft.Exchange.Transport/Exchange/Transport/AckReason.cs; https://github.com/ledgersmb/LedgerSMB/issues/7810; Mireka handler wrapper translating ConfigurationException/RuntimeException to RejectException (code index id 24409343643); Python aiosmtpd AioMdaServer smtp_RCPT with NOTIFYZP module (code index id 14096777422); Python SMTP-to-EWS relay handler, config.ews is None branch (code index id 58750312811); Rust Postfix rate-limit policy daemon, shared response-text constants (code index id 60215787169) [policy action as returned to Postfix]; ammarfaizi2/lore-inbox m (LKML 2002-10-30, 'Usage of ORBZ.ORG is bad for your email...')",
  },
]);
