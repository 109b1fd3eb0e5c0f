// The file itself: a directory import fails under plain Node ESM (the package has no "exports").
import { spf } from "mailauth/lib/spf/index.js";
import type { ResolverCheck } from "./check-ptr";
import {
  checkResolverWorks,
  type DnsFailure,
  dnsFailure,
  dnsFailureWords,
  isNoRecord,
  type NetworkResolver,
  noAnswerWords,
  withTimeout,
} from "./network-resolver";
import type { SpfResult } from "./site-network-schema";

/**
 * SPF is evaluated by mailauth (postalsys, RFC 7208: every mechanism, macros, the lookup and void
 * limits, temperror for a lookup that fails inside an include), through our resolver so tests
 * stay on 127.0.0.1. What mailauth does not tell — which lookup failed, which domains were
 * included — we read from the lookups it made through us. mailauth 5+ declares Node >= 22.19 (for
 * undici, which its SPF code does not load); 4.x, the last line for Node 20, turns a SERVFAIL
 * inside an include into "fail".
 */

type Traced = { name: string; type: string; failure: DnsFailure | null };

const MTA = "smtp-doctor";

function tracingResolver(resolver: NetworkResolver, timeoutMs: number, trace: Traced[]) {
  const ask = (name: string, type: string): Promise<unknown> => {
    switch (type) {
      case "TXT":
        return resolver.resolveTxt(name);
      case "A":
        return resolver.resolve4(name);
      case "AAAA":
        return resolver.resolve6(name);
      case "MX":
        return resolver.resolveMx(name);
      case "PTR":
        return resolver.resolvePtr(name);
      default:
        return Promise.reject(
          Object.assign(new Error(`${type} lookups are not supported`), { code: "ENOTIMP" }),
        );
    }
  };
  return async (name: string, type: string) => {
    try {
      const value = await withTimeout(ask(name, type), timeoutMs);
      trace.push({ name, type, failure: null });
      // mailauth's resolver type says string arrays; MX answers are objects, as from dns.resolve.
      return value as string[];
    } catch (err) {
      trace.push({ name, type, failure: dnsFailure(err) });
      throw err;
    }
  };
}

function noAnswer(entry: Traced, timeoutMs: number): string {
  return `${noAnswerWords(entry.failure ?? "failure", timeoutMs)} for ${entry.type} ${entry.name}`;
}

/**
 * Whether `ip` may send for `domain` per its SPF record. "none" only when a working resolver says
 * there is no record; a lookup that got no answer makes it "temperror", with the lookup named.
 */
export async function checkSpf(
  resolver: NetworkResolver,
  domain: string,
  ip: string,
  timeoutMs = 4_000,
  resolverWorks: ResolverCheck = (tree) => checkResolverWorks(resolver, tree, timeoutMs),
): Promise<SpfResult> {
  const trace: Traced[] = [];
  const sender = `postmaster@${domain}`;
  const base = { domain, record: null, matched: null, includes: [] as string[], reason: null };
  const budgetMs = timeoutMs * 2;
  const evaluated = await spf({
    sender,
    ip,
    mta: MTA,
    resolver: tracingResolver(resolver, timeoutMs, trace),
    // A record with ten slow includes must not hold the page: the whole evaluation has a budget.
    maxElapsedTime: budgetMs,
  });
  const result = evaluated.status.result as SpfResult["result"];
  const includes = [
    ...new Set(trace.filter((t) => t.type === "TXT" && t.name !== domain).map((t) => t.name)),
  ];
  // Bounded like the stored schema: a domain may publish a record longer than any report needs.
  const record = evaluated.rr?.slice(0, 4096) ?? null;
  const outcome = { ...base, record, includes: includes.slice(0, 20), result };
  if (result === "temperror") {
    const failed = trace.find((t) => t.failure && !isNoRecord(t.failure));
    return {
      ...outcome,
      reason: failed
        ? noAnswer(failed, timeoutMs)
        : `no answer: the evaluation took longer than ${Math.round(budgetMs / 1_000)} s`,
    };
  }
  if (result === "permerror") {
    const comment = evaluated.status.comment ?? "";
    const reason = comment.split(`lookup of ${sender}: `)[1] ?? comment.replace(`${MTA}: `, "");
    return { ...outcome, reason: reason.slice(0, 500) };
  }
  if (result === "none") {
    const top = trace.find((t) => t.type === "TXT" && t.name === domain);
    if (top?.failure && isNoRecord(top.failure)) {
      const control = await resolverWorks("in-addr.arpa");
      if (!control.ok) {
        return {
          ...outcome,
          result: "temperror",
          reason: `the resolver answered ${dnsFailureWords(top.failure, timeoutMs)} for TXT ${domain}, but also ${dnsFailureWords(control.failure, timeoutMs)} for ${control.query}, which always exists: it does not work, so “no record” means nothing`,
        };
      }
    }
  }
  return outcome;
}
