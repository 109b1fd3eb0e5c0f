import ipaddr from "ipaddr.js";
import { dnsErrorKind, type NetworkResolver, withTimeout } from "./network-resolver";
import type { SpfResult } from "./site-network-schema";

const QUALIFIERS: Record<string, SpfResult["result"]> = {
  "+": "pass",
  "-": "fail",
  "~": "softfail",
  "?": "neutral",
};
const LOOKUP_LIMIT = 10;

class SpfAbort extends Error {
  constructor(
    readonly result: "permerror" | "temperror",
    message: string,
  ) {
    super(message);
  }
}

function inCidr(ip: ipaddr.IPv4 | ipaddr.IPv6, spec: string, defaultBits: number): boolean {
  const [addr = "", bitsText] = spec.split("/");
  try {
    const range = ipaddr.parse(addr);
    if (range.kind() !== ip.kind()) return false;
    return ip.match(range, bitsText ? Number(bitsText) : defaultBits);
  } catch {
    throw new SpfAbort("permerror", `bad address in SPF: ${spec}`);
  }
}

async function fetchSpf(
  resolver: NetworkResolver,
  domain: string,
  timeoutMs: number,
): Promise<string | null> {
  try {
    const records = (await withTimeout(resolver.resolveTxt(domain), timeoutMs)).map((chunks) =>
      chunks.join(""),
    );
    const spf = records.filter((r) => /^v=spf1(\s|$)/i.test(r));
    if (spf.length > 1) throw new SpfAbort("permerror", `${domain} has more than one SPF record`);
    return spf[0] ?? null;
  } catch (err) {
    if (err instanceof SpfAbort) throw err;
    if (dnsErrorKind(err) === "not-found") return null;
    throw new SpfAbort("temperror", `TXT lookup of ${domain} failed`);
  }
}

/**
 * Evaluates whether `ip` may send for `domain` per its SPF record (RFC 7208: ip4, ip6, a, mx,
 * include, redirect, all; ten-lookup limit). Macros and exists: are not expanded: they end as
 * neutral with the reason said, rather than a guess.
 */
export async function checkSpf(
  resolver: NetworkResolver,
  domain: string,
  ip: string,
  timeoutMs = 4_000,
): Promise<SpfResult> {
  const includes: string[] = [];
  let lookups = 0;
  const address = ipaddr.process(ip);
  const count = () => {
    lookups += 1;
    if (lookups > LOOKUP_LIMIT) throw new SpfAbort("permerror", "more than 10 DNS lookups (RFC 7208 limit)");
  };
  const hostMatches = async (host: string, cidr4: number, cidr6: number) => {
    const v6 = address.kind() === "ipv6";
    try {
      const found = await withTimeout(v6 ? resolver.resolve6(host) : resolver.resolve4(host), timeoutMs);
      return found.some((a) => inCidr(address, `${a}/${v6 ? cidr6 : cidr4}`, v6 ? 128 : 32));
    } catch (err) {
      if (dnsErrorKind(err) === "not-found") return false;
      throw new SpfAbort("temperror", `lookup of ${host} failed`);
    }
  };

  const evaluate = async (
    target: string,
    depth: number,
  ): Promise<{ result: SpfResult["result"]; matched: string | null; record: string | null }> => {
    const record = await fetchSpf(resolver, target, timeoutMs);
    if (!record) return { result: depth === 0 ? "none" : "permerror", matched: null, record };
    const terms = record.split(/\s+/).slice(1).filter(Boolean);
    let redirect: string | null = null;
    for (const term of terms) {
      if (/^redirect=/i.test(term)) {
        redirect = term.slice(9);
        continue;
      }
      if (/^[a-z]+=/i.test(term)) continue; // other modifiers (exp=) do not decide
      const qualifier = /^[+\-~?]/.test(term) ? (term[0] ?? "+") : "+";
      const body = /^[+\-~?]/.test(term) ? term.slice(1) : term;
      const [name = "", ...rest] = body.split(":");
      const arg = rest.join(":");
      const mech = name.toLowerCase().split("/")[0] ?? "";
      const cidrs = body.match(/\/(\d+)(?:\/\/(\d+))?$/);
      const c4 = cidrs?.[1] ? Number(cidrs[1]) : 32;
      const c6 = cidrs?.[2] ? Number(cidrs[2]) : 128;
      const spec = arg.replace(/\/\d+(\/\/\d+)?$/, "") || target;
      let match = false;
      if (/%\{/.test(term)) return { result: "neutral", matched: term, record };
      if (mech === "all") match = true;
      else if (mech === "ip4" || mech === "ip6") match = inCidr(address, arg, mech === "ip4" ? 32 : 128);
      else if (mech === "a") {
        count();
        match = await hostMatches(spec, c4, c6);
      } else if (mech === "mx") {
        count();
        let mx: { exchange: string }[] = [];
        try {
          mx = await withTimeout(resolver.resolveMx(spec), timeoutMs);
        } catch (err) {
          if (dnsErrorKind(err) !== "not-found")
            throw new SpfAbort("temperror", `MX lookup of ${spec} failed`);
        }
        for (const m of mx) if (await hostMatches(m.exchange, c4, c6)) match = true;
      } else if (mech === "include") {
        count();
        includes.push(arg);
        const inner = await evaluate(arg, depth + 1);
        if (inner.result === "permerror" || inner.result === "temperror") return { ...inner, record };
        match = inner.result === "pass";
      } else if (mech === "exists" || mech === "ptr") {
        count(); // not expanded; cannot match
      } else {
        throw new SpfAbort("permerror", `unknown SPF mechanism "${term}"`);
      }
      if (match) return { result: QUALIFIERS[qualifier] ?? "pass", matched: term, record };
    }
    if (redirect) {
      count();
      const inner = await evaluate(redirect, depth + 1);
      return { ...inner, record };
    }
    return { result: "neutral", matched: null, record };
  };

  try {
    const outcome = await evaluate(domain, 0);
    return {
      domain,
      record: outcome.record,
      result: outcome.result,
      matched: outcome.matched,
      includes,
      reason: null,
    };
  } catch (err) {
    if (err instanceof SpfAbort)
      return { domain, record: null, result: err.result, matched: null, includes, reason: err.message };
    throw err;
  }
}
