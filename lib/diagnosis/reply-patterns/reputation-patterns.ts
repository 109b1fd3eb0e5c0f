import type { ReplyPattern } from "./reply-pattern-schema";

const SMTP_CODES = "fm/smtp-codes data/codes (smtp.codes, fetched snapshot f506d34)";
const MS_NDR =
  "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online";
const POSTFIX = "vdukhovni/postfix (postfix-3.12-20260821) postfix/src/smtpd";

// Public and provider blocklists by name. A name alone is a strong hint; "blocked using <list>" or
// "listed in <list>" is the receiver saying so.
const LISTS = String.raw`spamhaus|barracuda(?:central)?|spamcop|sorbs|uceprotect|cloudmark|spamrats|psbl|mailspike|abuseat|\bcbl\b|invaluement|senderscore|proofpoint|\bdnsbl\b|\brbl\b|black ?list|block ?list`;

/** Who the receiver thinks the sending IP is: blocklists, reputation, allow lists, rDNS. */
export const reputationPatterns: readonly ReplyPattern[] = [
  // Receiver-side breakage first: a "blocklisted" reply that really says the receiver's DNSBL query failed.
  {
    cause: "receiver-misconfigured",
    pattern: /open resolver|spamhaus\.org\/returnc|\b127\.255\.255\.\d+\b|Licen[cs]e (?:has )?Expired/i,
    confidence: 0.97,
    example:
      "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/198.51.100.7/",
    source: "https://github.com/simple-login/app/issues/2675",
  },
  // Domain lists, before IP lists: "Helo domain is listed in Spamhaus" names Spamhaus too.
  {
    cause: "domain-blocklisted",
    pattern:
      /(?:Helo|sender|sending|From) domain (?:is )?(?:listed|blacklisted|blocklisted)|\bdbl\.spamhaus|Spamhaus DBL|\b(?:multi\.)?(?:uribl|surbl)\b|spam URL|URL (?:in (?:the )?(?:message|content) )?(?:is )?(?:listed|on a (?:block|black) ?list)|domain (?:is )?(?:listed|blacklisted|blocklisted) (?:in|on|at|by)/i,
    confidence: 0.95,
    example:
      "550 5.7.1 Service unavailable, Helo domain is listed in Spamhaus. (S8001) [#.prod.protection.outlook.com]",
    source: `${SMTP_CODES}/550.json`,
  },
  {
    cause: "ip-not-allowed",
    pattern:
      /Customer (?:Allow|Block) ?list|not in (?:the )?(?:white|allow) ?list|Host network not allowed|rejected by recipient|does not accept (?:e-?mail|mail|connections) over IPv6|Client host rejected: Access denied/i,
    confidence: 0.95,
    example:
      "Service unavailable, Client host [203.0.113.5] blocked by example.com using Customer Block list (AS16012607)",
    source: MS_NDR,
  },
  {
    cause: "ip-blocklisted",
    pattern:
      /blocked using [\w.-]+|(?:is |was )?listed (?:in|on|at|by) (?:the )?(?:[\w.'-]+ ){0,3}(?:block ?list|black ?list|spamhaus|barracuda|spamcop|sorbs|\bsbl\b|\bxbl\b|\bpbl\b|[\w-]+\.[a-z]{2,})|rejected due to listing in|in a black ?list at|\bis in an RBL\b|blocked by (?:RBL|DNSBL)|banned sending IP|on our block ?list|\b(?:IP|IP address|client|host) (?:is |has been )?(?:block|black|deny)[- ]?listed\b|traffic not accepted from this IP/i,
    confidence: 0.92,
    example:
      "550 5.7.1 Service unavailable, Client host [203.0.113.5] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.5 AS(1450) [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]",
    source: "Cleichleiter/smtp-diagnostics-m365 examples/real-world-failure-spamhaus.md (the founding case)",
  },
  {
    cause: "ip-blocklisted",
    pattern: new RegExp(`\\b(?:${LISTS})\\b`, "i"),
    confidence: 0.8,
    example:
      "553 Mail from 203.0.113.5 not allowed - 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL [550]",
    source: `${SMTP_CODES}/553.json`,
  },
  {
    cause: "ip-blocklisted",
    pattern:
      /ipcheck\.proofpoint\.com|Email Reputation Service|Client host (?:\[[^\]]*\] )?blocked for spamming|not authorized to send (?:e-?mail )?directly to our servers|\[BL2\d\]|\((?:A?S)31[45]0\)|\bSC-00\d\b|part of their network is on our block list/i,
    confidence: 0.9,
    example:
      "550 5.7.1 Unfortunately, messages from [203.0.113.5] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    source: "https://github.com/regnull/ubikom/issues/26",
  },
  {
    // Deutsche Telekom (T-Online) tags its refusals; "(BL)" is its blocklist. Contact tosa@rx.t-online.de.
    cause: "ip-blocklisted",
    pattern: /(?:^|\s)\(BL\)(?:\s|$)/i,
    confidence: 0.85,
    example:
      "554 IP=203.0.113.7 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)",
    source:
      "https://github.com/mailcow/mailcow-dockerized/issues/2639 (maintainer: 'IP ist blacklisted'); https://postmaster.t-online.de/",
  },
  {
    cause: "ip-blocklisted",
    pattern: /banned sender/i,
    stages: ["resolve", "connect", "greeting", "ehlo", "tls"],
    confidence: 0.82,
    example: "Access denied, banned sender",
    source: `${MS_NDR} (5.7.511)`,
  },
  {
    cause: "ip-blocklisted",
    pattern: /(?:dynamic|dynamically[- ]assigned|residential|dial-?up) (?:IP|address|range|pool)/i,
    confidence: 0.7,
    example:
      "550 DY-001 (BAY0-MC1-F3) Unfortunately, messages from 203.0.113.10 weren't sent. Please contact your Internet service provider. You can tell them that Hotmail does not relay dynamically-assigned IP ranges.",
    source: "https://github.com/warmshowers/Warmshowers.org/issues/240",
  },
  {
    cause: "ip-reputation",
    pattern:
      /unusual rate of (?:unsolicited )?mail originating from your IP|(?:very )?low reputation of the sending IP|rate limited due to IP reputation|IP Reputation|temporarily deferred due to (?:unexpected volume or )?user complaints|\[(?:TSS?|IPTS)\d\d\]|Policy Rejection-? ?Abuse|poor reputation/i,
    confidence: 0.92,
    example:
      "421 4.7.0 [TSS04] Messages from 185.205.69.214 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
    source: "ActiveCampaign/smtp-field-manual pull request #88",
  },
  {
    cause: "ip-reputation",
    pattern: /\[CS0\d\] Message rejected due to local policy/i,
    confidence: 0.85,
    provider: "icloud",
    example:
      "550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
    source: `${SMTP_CODES}/550.json`,
  },
  {
    cause: "reverse-dns-missing",
    pattern:
      /cannot find your (?:reverse )?hostname|no PTR record|PTR (?:resource )?record|Reverse DNS (?:for [\w.:]+ )?(?:failed|lookup failed|missing|does not|not)|\brDNS\b|reverse (?:dns|lookup|hostname)|IP name lookup failed/i,
    confidence: 0.92,
    example: "450 4.7.1 Client host rejected: cannot find your hostname, [203.0.113.5]",
    source: `${POSTFIX}/smtpd_check*.ref`,
  },
];
