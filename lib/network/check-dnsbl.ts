import ipaddr from "ipaddr.js";
import { DNSBL_LISTS, type DnsblList, decodeAnswer, SPAMHAUS_ZEN } from "./dnsbl-lists";
import {
  type DnsOutcome,
  dnsFailureWords,
  isNoRecord,
  lookup,
  type NetworkResolver,
} from "./network-resolver";
import { dnsblReason } from "./network-words";
import type { DnsblCause, DnsblCode, DnsblLookup, DnsblResult } from "./site-network-schema";

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

type Asked = { lookup: DnsblLookup; outcome: DnsOutcome<string[]> };

/** What one lookup says, before its role (test entry or IP) decides what that means. */
type Verdict =
  | { kind: "no-record" }
  | { kind: "listed"; answers: DnsblCode[] }
  | { kind: "unchecked"; cause: DnsblCause; asking: DnsblLookup; refusal?: DnsblCode };

const FAILURE_CAUSES = {
  servfail: "servfail",
  refused: "refused",
  timeout: "timeout",
  failure: "lookup-failed",
} as const;

function judge(list: DnsblList, { outcome, lookup: asking }: Asked): Verdict {
  if (!outcome.ok) {
    if (isNoRecord(outcome.failure)) return { kind: "no-record" };
    return { kind: "unchecked", cause: FAILURE_CAUSES[outcome.failure], asking };
  }
  const decoded = outcome.value.map((address) => decodeAnswer(list, address));
  if (decoded.some((d) => d.kind === "foreign"))
    return { kind: "unchecked", cause: "not-a-list-answer", asking };
  const listed = decoded.filter((d) => d.kind === "listed");
  const refusal = decoded.find((d) => d.kind === "refusal");
  if (listed.length === 0 && refusal) {
    return { kind: "unchecked", cause: "list-refused", asking, refusal: refusal.code };
  }
  return { kind: "listed", answers: decoded.map((d) => d.code) };
}

/**
 * Why the list's answers cannot be believed, from its test entries, or null when it answered both
 * as it must: 127.0.0.2 listed, 127.0.0.1 not.
 */
function testEntriesProblem(list: DnsblList, [listedTest, unlistedTest]: [Asked, Asked]): Verdict | null {
  const listed = judge(list, listedTest);
  if (listed.kind === "unchecked") return listed;
  if (listed.kind === "no-record")
    return { kind: "unchecked", cause: "test-entry-missing", asking: listedTest.lookup };
  const unlisted = judge(list, unlistedTest);
  if (unlisted.kind === "unchecked") return unlisted;
  if (unlisted.kind === "listed")
    return { kind: "unchecked", cause: "test-entry-listed", asking: unlistedTest.lookup };
  return null;
}

async function ask(
  resolver: NetworkResolver,
  role: DnsblLookup["role"],
  reversed: string,
  list: DnsblList,
  options: DnsblOptions,
): Promise<Asked> {
  const timeoutMs = options.timeoutMs ?? 4_000;
  const outcome = await lookup(
    resolver.resolve4(`${reversed}.${zoneFor(list, options.spamhausDqsKey)}`),
    timeoutMs,
  );
  const answer = outcome.ok
    ? `IN A ${outcome.value.join(", ")}`
    : dnsFailureWords(outcome.failure, timeoutMs);
  // Shown and stored under the public zone: a DQS key is a secret.
  return { lookup: { role, query: `${reversed}.${list.zone}`, answer }, outcome };
}

const reversedTestEntry = (address: string) => address.split(".").reverse().join(".");

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
    lookups: [] as DnsblLookup[],
    delistUrl: null,
  };
  const couldNotCheck = (cause: DnsblCause, asking: DnsblLookup | null, refusal?: DnsblCode) => ({
    ...base,
    status: "could-not-check" as const,
    cause,
    reason: dnsblReason(cause, asking, refusal?.meaning),
    // Where a person can look the IP up when we could not.
    delistUrl: reversed ? list.delistUrl(ip) : null,
  });
  if (!reversed) return couldNotCheck("not-an-ip", null);
  if (ipaddr.process(ip).kind() === "ipv6" && !list.ipv6) return couldNotCheck("ipv4-only", null);

  // The test entries first, with the same resolver: they say whether an answer about the IP means anything.
  const tests = await Promise.all([
    ask(resolver, "test-listed", reversedTestEntry(list.testEntries.listed), list, options),
    ask(resolver, "test-unlisted", reversedTestEntry(list.testEntries.unlisted), list, options),
  ]);
  base.lookups.push(...tests.map((t) => t.lookup));
  const problem = testEntriesProblem(list, tests);
  if (problem?.kind === "unchecked") return couldNotCheck(problem.cause, problem.asking, problem.refusal);

  const asked = await ask(resolver, "ip", reversed, list, options);
  base.lookups.push(asked.lookup);
  const verdict = judge(list, asked);
  if (verdict.kind === "unchecked") return couldNotCheck(verdict.cause, verdict.asking, verdict.refusal);
  if (verdict.kind === "no-record") return { ...base, status: "not-listed", cause: null, reason: null };
  return {
    ...base,
    answers: verdict.answers,
    status: "listed",
    cause: null,
    reason: null,
    delistUrl: list.delistUrl(ip),
  };
}

/**
 * Checks one IP against the lists that matter, in parallel, each bounded by a timeout. A list is
 * "not listed" only when it answered its own test entries as it should and then NXDOMAIN for the IP.
 */
export function checkDnsbl(
  resolver: NetworkResolver,
  ip: string,
  options: DnsblOptions = {},
): Promise<DnsblResult[]> {
  return Promise.all((options.lists ?? DNSBL_LISTS).map((list) => checkOne(resolver, list, ip, options)));
}
