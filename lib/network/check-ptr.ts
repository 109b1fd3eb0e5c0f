import ipaddr from "ipaddr.js";
import { dnsErrorKind, type NetworkResolver, withTimeout } from "./network-resolver";
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

/** PTR of the IP and whether it is forward-confirmed (FCrDNS), with an ISP-wording hint. */
export async function checkPtr(resolver: NetworkResolver, ip: string, timeoutMs = 4_000): Promise<PtrResult> {
  const base = { ip, names: [] as string[], forwardConfirmed: false, hint: null };
  let names: string[];
  try {
    // More than a few PTR names is unusual; a hostile zone could return hundreds.
    names = (await withTimeout(resolver.reverse(ip), timeoutMs)).slice(0, 10);
  } catch (err) {
    if (dnsErrorKind(err) === "not-found")
      return { ...base, status: "missing", reason: `${ip} has no PTR record` };
    return { ...base, status: "could-not-check", reason: "the reverse lookup did not answer" };
  }
  if (names.length === 0) return { ...base, status: "missing", reason: `${ip} has no PTR record` };
  const v6 = ipaddr.process(ip).kind() === "ipv6";
  const normalised = ipaddr.process(ip).toString();
  let confirmed = false;
  for (const name of names) {
    try {
      const forward = await withTimeout(v6 ? resolver.resolve6(name) : resolver.resolve4(name), timeoutMs);
      if (forward.some((a) => ipaddr.process(a).toString() === normalised)) confirmed = true;
    } catch {
      // A PTR name that does not resolve forward is exactly the mismatch we report.
    }
  }
  const hint = names.map(ptrHint).find((h) => h !== null) ?? null;
  return {
    ip,
    names,
    forwardConfirmed: confirmed,
    hint,
    status: confirmed ? "ok" : "mismatch",
    reason: confirmed ? null : `${names[0]} does not resolve back to ${ip}`,
  };
}
