import type { DnsblCode } from "./site-network-schema";

/**
 * The blocklists that matter for mail from a site, weighted by real impact — not "70 lists".
 * Return codes as documented by each operator (see `source`). Codes 127.255.255.x from Spamhaus
 * mean the query was refused (public/open resolver, unregistered, over limit): "could not check".
 */

export type DnsblList = {
  id: string;
  name: string;
  /** How much a listing matters to big receivers (Microsoft 365, Google): high lists block outright. */
  impact: "high" | "medium" | "low";
  zone: string;
  ipv6: boolean;
  codes: DnsblCode[];
  /** Meaning for an answer not in `codes`: listed, or refused (e.g. 127.255.255.x). */
  otherAnswer: (address: string) => DnsblCode;
  source: string;
  delistUrl: (ip: string) => string;
};

const refusedOrListed = (address: string): DnsblCode =>
  address.startsWith("127.255.255.")
    ? { address, listed: false, meaning: "the list refused to answer this query" }
    : { address, listed: true, meaning: "listed (unrecognised return code)" };

export const SPAMHAUS_ZEN: DnsblList = {
  id: "spamhaus-zen",
  name: "Spamhaus ZEN (SBL, CSS, XBL, PBL)",
  impact: "high",
  zone: "zen.spamhaus.org",
  ipv6: true,
  codes: [
    {
      address: "127.0.0.2",
      listed: true,
      sublist: "SBL",
      meaning: "SBL: a known spam source or spam operation",
    },
    {
      address: "127.0.0.3",
      listed: true,
      sublist: "CSS",
      meaning: "CSS: sent low-reputation or snowshoe spam",
    },
    {
      address: "127.0.0.4",
      listed: true,
      sublist: "XBL",
      meaning: "XBL: infected or hijacked machine (exploit/botnet)",
    },
    { address: "127.0.0.5", listed: true, sublist: "XBL", meaning: "XBL: infected or hijacked machine" },
    { address: "127.0.0.6", listed: true, sublist: "XBL", meaning: "XBL: infected or hijacked machine" },
    { address: "127.0.0.7", listed: true, sublist: "XBL", meaning: "XBL: infected or hijacked machine" },
    {
      address: "127.0.0.9",
      listed: true,
      sublist: "SBL",
      meaning: "SBL DROP: a hijacked or criminal network",
    },
    {
      address: "127.0.0.10",
      listed: true,
      sublist: "PBL",
      meaning:
        "PBL (ISP maintained): the provider says this range should not send mail directly to other servers",
    },
    {
      address: "127.0.0.11",
      listed: true,
      sublist: "PBL",
      meaning:
        "PBL (Spamhaus maintained): a residential, cellular or dynamic range that should not send mail directly",
    },
    { address: "127.255.255.252", listed: false, meaning: "query refused: typing error in the list name" },
    {
      address: "127.255.255.254",
      listed: false,
      meaning: "query refused: asked through a public or open resolver",
    },
    { address: "127.255.255.255", listed: false, meaning: "query refused: too many queries" },
  ],
  otherAnswer: refusedOrListed,
  source: "https://www.spamhaus.org/faq/section/DNSBL%20Usage (return codes, as of 2026)",
  delistUrl: (ip) => `https://check.spamhaus.org/results/?query=${encodeURIComponent(ip)}`,
};

export const BARRACUDA: DnsblList = {
  id: "barracuda",
  name: "Barracuda Reputation Block List",
  impact: "medium",
  zone: "b.barracudacentral.org",
  ipv6: false,
  codes: [{ address: "127.0.0.2", listed: true, meaning: "listed for poor reputation" }],
  otherAnswer: refusedOrListed,
  source: "https://www.barracudacentral.org/rbl/how-to-use",
  delistUrl: () => "https://www.barracudacentral.org/rbl/removal-request",
};

export const SPAMCOP: DnsblList = {
  id: "spamcop",
  name: "SpamCop Blocking List",
  impact: "medium",
  zone: "bl.spamcop.net",
  ipv6: false,
  codes: [
    {
      address: "127.0.0.2",
      listed: true,
      meaning: "reported as a spam source recently (listings expire in 24 h)",
    },
  ],
  otherAnswer: refusedOrListed,
  source: "https://www.spamcop.net/fom-serve/cache/291.html",
  delistUrl: (ip) => `https://www.spamcop.net/w3m?action=checkblock&ip=${encodeURIComponent(ip)}`,
};

export const PSBL: DnsblList = {
  id: "psbl",
  name: "Passive Spam Block List",
  impact: "low",
  zone: "psbl.surriel.com",
  ipv6: false,
  codes: [{ address: "127.0.0.2", listed: true, meaning: "sent mail to spam traps" }],
  otherAnswer: refusedOrListed,
  source: "https://psbl.org/",
  delistUrl: (ip) => `https://psbl.org/listing?ip=${encodeURIComponent(ip)}`,
};

export const DNSBL_LISTS: DnsblList[] = [SPAMHAUS_ZEN, BARRACUDA, SPAMCOP, PSBL];
