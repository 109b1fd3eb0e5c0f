import ipaddr from "ipaddr.js";
import { DNSBL_LISTS, type DnsblList, SPAMHAUS_ZEN } from "./dnsbl-lists";
import { dnsErrorKind, type NetworkResolver, withTimeout } from "./network-resolver";
import type { DnsblCode, DnsblResult } from "./site-network-schema";

export type DnsblOptions = {
  lists?: DnsblList[];
  /** A Spamhaus Data Query Service key: queries go to <key>.zen.dq.spamhaus.net instead of the public mirrors. */
  spamhausDqsKey?: string;
  timeoutMs?: number;
};

/** The reversed form a DNSBL expects: 203.0.113.5 → 5.113.0.203; IPv6 as reversed nibbles. */
export function reverseForDnsbl(ip: string): string | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.process(ip);
  } catch {
    return null;
  }
  if (parsed.kind() === "ipv4") return parsed.toByteArray().reverse().join(".");
  const hex = parsed
    .toByteArray()
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("");
  return [...hex].reverse().join(".");
}

function zoneFor(list: DnsblList, dqsKey: string | undefined): string {
  return list.id === SPAMHAUS_ZEN.id && dqsKey ? `${dqsKey}.zen.dq.spamhaus.net` : list.zone;
}

async function checkOne(
  resolver: NetworkResolver,
  list: DnsblList,
  ip: string,
  options: DnsblOptions,
): Promise<DnsblResult> {
  const reversed = reverseForDnsbl(ip);
  const base = {
    listId: list.id,
    listName: list.name,
    impact: list.impact,
    query: reversed ? `${reversed}.${list.zone}` : ip,
    answers: [] as DnsblCode[],
    delistUrl: null,
  };
  const v6 = reversed !== null && ipaddr.process(ip).kind() === "ipv6";
  if (!reversed) return { ...base, status: "could-not-check", reason: `${ip} is not an IP address` };
  if (v6 && !list.ipv6) return { ...base, status: "could-not-check", reason: "this list only covers IPv4" };
  try {
    const addresses = await withTimeout(
      resolver.resolve4(`${reversed}.${zoneFor(list, options.spamhausDqsKey)}`),
      options.timeoutMs ?? 4_000,
    );
    const answers = addresses.map((a) => list.codes.find((c) => c.address === a) ?? list.otherAnswer(a));
    const listed = answers.filter((a) => a.listed);
    if (listed.length > 0)
      return { ...base, answers, status: "listed", reason: null, delistUrl: list.delistUrl(ip) };
    // Only refusal codes came back (127.255.255.x): that is not "clean".
    const refusal = answers.find((a) => !a.listed);
    return {
      ...base,
      answers,
      status: "could-not-check",
      reason: refusal ? `${list.name}: ${refusal.meaning}` : "unexpected empty answer",
    };
  } catch (err) {
    const kind = dnsErrorKind(err);
    if (kind === "not-found") return { ...base, status: "not-listed", reason: null };
    return {
      ...base,
      status: "could-not-check",
      reason: kind === "timeout" ? "the list did not answer in time" : "the DNS lookup failed",
    };
  }
}

/** Checks one IP against the lists that matter, in parallel, each bounded by a timeout. */
export function checkDnsbl(
  resolver: NetworkResolver,
  ip: string,
  options: DnsblOptions = {},
): Promise<DnsblResult[]> {
  return Promise.all((options.lists ?? DNSBL_LISTS).map((list) => checkOne(resolver, list, ip, options)));
}
