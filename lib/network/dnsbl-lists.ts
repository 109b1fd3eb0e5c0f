import type { DnsblCode } from "./site-network-schema";

/**
 * The blocklists that matter for mail from a site, weighted by real impact — not "70 lists".
 * Return codes as documented by each operator (see `source`). Codes 127.255.255.x from Spamhaus
 * mean the query was refused (public/open resolver, unregistered, over limit): "could not check".
 * Each list's test entries (RFC 5782 §5: 127.0.0.2 is listed, 127.0.0.1 never is) are asked
 * first with the same resolver: only a list that answers them as it should can say "not listed".
 */

export type DnsblList = {
  id: string;
  name: string;
  /** How much a listing matters to big receivers (Microsoft 365, Google): high lists block outright. */
  impact: "high" | "medium" | "low";
  zone: string;
  ipv6: boolean;
  codes: DnsblCode[];
  /** The entries every working copy of the list answers, and where that is documented. */
  testEntries: { listed: string; unlisted: string; source: string };
  source: string;
  delistUrl: (ip: string) => string;
};

const RFC_5782_TEST_ENTRIES = "RFC 5782 §5 (127.0.0.2 must be listed, 127.0.0.1 must not)";

/**
 * What one A record from a list means. 127.255.255.x is the list refusing the query (Spamhaus
 * documents these as errors, never listings); any other 127.0.0.0/8 answer is a listing, known or
 * not; anything outside 127.0.0.0/8 is no list's answer (a resolver that rewrites NXDOMAIN).
 */
export function decodeAnswer(
  list: DnsblList,
  address: string,
): { kind: "listed" | "refusal" | "foreign"; code: DnsblCode } {
  const known = list.codes.find((c) => c.address === address);
  if (address.startsWith("127.255.255.")) {
    return {
      kind: "refusal",
      code: known ?? { address, listed: false, meaning: "query refused by the list (error code)" },
    };
  }
  if (address.startsWith("127.")) {
    return {
      kind: "listed",
      code: known ?? { address, listed: true, meaning: "listed (unrecognised return code)" },
    };
  }
  return { kind: "foreign", code: { address, listed: false, meaning: "not a blocklist answer" } };
}

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
      address: "127.0.0.30",
      listed: true,
      sublist: "BCL",
      meaning: "BCL: a botnet command-and-control server",
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
  testEntries: {
    listed: "127.0.0.2",
    unlisted: "127.0.0.1",
    source: `${RFC_5782_TEST_ENTRIES}; Spamhaus answers 127.0.0.2 with a code per sub-list`,
  },
  source:
    "https://www.spamhaus.org/faq/section/DNSBL%20Usage and https://docs.spamhaus.com/datasets/docs/source/10-data-type-documentation/datasets/040-zones.html (return codes, as of 2026)",
  delistUrl: (ip) => `https://check.spamhaus.org/results/?query=${encodeURIComponent(ip)}`,
};

export const BARRACUDA: DnsblList = {
  id: "barracuda",
  name: "Barracuda Reputation Block List",
  impact: "medium",
  zone: "b.barracudacentral.org",
  ipv6: false,
  codes: [{ address: "127.0.0.2", listed: true, meaning: "listed for poor reputation" }],
  testEntries: {
    listed: "127.0.0.2",
    unlisted: "127.0.0.1",
    source: `${RFC_5782_TEST_ENTRIES}; "the general DNSBL test address of 127.0.0.2 is listed in BRBL" (how-to-use page)`,
  },
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
  testEntries: { listed: "127.0.0.2", unlisted: "127.0.0.1", source: RFC_5782_TEST_ENTRIES },
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
  testEntries: {
    listed: "127.0.0.2",
    unlisted: "127.0.0.1",
    source: `${RFC_5782_TEST_ENTRIES}; not documented on PSBL's own pages`,
  },
  source: "https://psbl.org/",
  delistUrl: (ip) => `https://psbl.org/listing?ip=${encodeURIComponent(ip)}`,
};

export const DNSBL_LISTS: DnsblList[] = [SPAMHAUS_ZEN, BARRACUDA, SPAMCOP, PSBL];
