import ipaddr from "ipaddr.js";
import {
  checkResolverWorks,
  dnsFailureWords,
  isNoRecord,
  lookup,
  type NetworkResolver,
  noAnswerWords,
  type ResolverControl,
  reverseName,
} from "./network-resolver";
import type { PtrResult } from "./site-network-schema";

// Wording ISPs use in the names of consumer and mobile ranges. A hint only: names vary by ISP.
const CELLULAR = /\b(mobile|cellular|lte|5g|4g|3g|wireless|wwan|myvzw|tmodns|mobil)\b/i;
const DYNAMIC =
  /\b(dyn(amic)?|dhcp|pool|ppp|dsl|adsl|vdsl|cable|cpe|dial(up)?|res(idential)?|broadband|home|client|fios|customer|cust|user)\b|\d{1,3}[-.]\d{1,3}[-.]\d{1,3}[-.]\d{1,3}/i;
const STATIC = /\b(static|business|biz|colo|server|mail|smtp|mx)\b/i;

export function ptrHint(name: string): PtrResult["hint"] {
  const words = name.toLowerCase().replace(/\.$/, "");
  if (CELLULAR.test(words)) return { kind: "cellular", evidence: words.match(CELLULAR)?.[0] ?? words };
  if (STATIC.test(words)) return { kind: "static-business", evidence: words.match(STATIC)?.[0] ?? words };
  if (DYNAMIC.test(words))
    return { kind: "residential-or-dynamic", evidence: words.match(DYNAMIC)?.[0] ?? words };
  return null;
}

/** Asks whether the resolver answers for its reverse tree at all; shared so it is asked once. */
export type ResolverCheck = (tree: "in-addr.arpa" | "ip6.arpa") => Promise<ResolverControl>;

/**
 * PTR of the IP and whether it is forward-confirmed (FCrDNS), with an ISP-wording hint. "missing"
 * only when a resolver that answers for the reverse tree says there is no record; a lookup that
 * got no answer (SERVFAIL, REFUSED, silence) is "could not check", never "missing" or "mismatch".
 */
export async function checkPtr(
  resolver: NetworkResolver,
  ip: string,
  timeoutMs = 4_000,
  resolverWorks: ResolverCheck = (tree) => checkResolverWorks(resolver, tree, timeoutMs),
): Promise<PtrResult> {
  const base = { ip, names: [] as string[], forwardConfirmed: false, hint: null };
  const address = ipaddr.process(ip);
  const name = reverseName(address);
  const asked = await lookup(resolver.resolvePtr(name), timeoutMs);
  if (!asked.ok) {
    const answer = dnsFailureWords(asked.failure, timeoutMs);
    if (!isNoRecord(asked.failure)) {
      return {
        ...base,
        status: "could-not-check",
        reason: `${noAnswerWords(asked.failure, timeoutMs)} for ${name}`,
      };
    }
    const control = await resolverWorks(address.kind() === "ipv6" ? "ip6.arpa" : "in-addr.arpa");
    if (!control.ok) {
      return {
        ...base,
        status: "could-not-check",
        reason: `the resolver answered ${answer} for ${name}, but also ${dnsFailureWords(control.failure, timeoutMs)} for ${control.query}, which always exists: it does not work, so “no record” means nothing`,
      };
    }
    return { ...base, status: "missing", reason: `${ip} has no PTR record (${answer} for ${name})` };
  }
  // More than a few PTR names is unusual; a hostile zone could return hundreds.
  const names = asked.value.slice(0, 10);
  if (names.length === 0) return { ...base, status: "missing", reason: `${ip} has no PTR record` };
  const v6 = address.kind() === "ipv6";
  const normalised = address.toString();
  const forward = await Promise.all(
    names.map(async (host) => ({
      host,
      outcome: await lookup(v6 ? resolver.resolve6(host) : resolver.resolve4(host), timeoutMs),
    })),
  );
  const confirmed = forward.some(
    ({ outcome }) => outcome.ok && outcome.value.some((a) => ipaddr.process(a).toString() === normalised),
  );
  const hint = names.map(ptrHint).find((h) => h !== null) ?? null;
  const result = { ip, names, forwardConfirmed: confirmed, hint };
  if (confirmed) return { ...result, status: "ok", reason: null };
  // A name with no address is the mismatch we report; a name whose lookup got no answer is not.
  const unanswered = forward.find(({ outcome }) => !outcome.ok && !isNoRecord(outcome.failure));
  if (unanswered && !unanswered.outcome.ok) {
    return {
      ...result,
      status: "could-not-check",
      reason: `${noAnswerWords(unanswered.outcome.failure, timeoutMs)} for ${unanswered.host}, so whether it points back to ${ip} is unknown`,
    };
  }
  return { ...result, status: "mismatch", reason: `${names[0]} does not resolve back to ${ip}` };
}
