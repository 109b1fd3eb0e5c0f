/**
 * The DNS lookups the site-network checks need; `dns.promises.Resolver` satisfies it. PTR goes
 * through `resolvePtr` (a query), not `reverse()`: c-ares' getHostByAddr reports SERVFAIL,
 * REFUSED and timeouts all as ENOTFOUND, which would turn "no answer" into "no record".
 */
export type NetworkResolver = {
  resolve4(hostname: string): Promise<string[]>;
  resolve6(hostname: string): Promise<string[]>;
  resolveTxt(hostname: string): Promise<string[][]>;
  resolveMx(hostname: string): Promise<{ exchange: string; priority: number }[]>;
  resolvePtr(hostname: string): Promise<string[]>;
  resolveSoa(hostname: string): Promise<{ nsname: string }>;
};

/**
 * Why a lookup gave no records. NXDOMAIN and NODATA are answers ("there is no such record");
 * the others mean the resolver did not say, so nothing may be concluded from them.
 */
export type DnsFailure = "nxdomain" | "nodata" | "servfail" | "refused" | "timeout" | "failure";

export function dnsFailure(err: unknown): DnsFailure {
  const code = (err as { code?: string }).code ?? "";
  if (code === "ENOTFOUND" || code === "NXDOMAIN") return "nxdomain";
  if (code === "ENODATA") return "nodata";
  if (code === "ESERVFAIL") return "servfail";
  if (code === "EREFUSED") return "refused";
  if (code === "ETIMEOUT" || code === "ETIMEDOUT" || code === "ECANCELLED") return "timeout";
  return "failure";
}

export function isNoRecord(failure: DnsFailure): failure is "nxdomain" | "nodata" {
  return failure === "nxdomain" || failure === "nodata";
}

/** How a failure reads after the name that was asked: "NXDOMAIN", "no answer within 4 s". */
export function dnsFailureWords(failure: DnsFailure, timeoutMs: number): string {
  switch (failure) {
    case "nxdomain":
      return "NXDOMAIN";
    case "nodata":
      return "NODATA";
    case "servfail":
      return "SERVFAIL";
    case "refused":
      return "REFUSED";
    case "timeout":
      return `no answer within ${Math.max(1, Math.round(timeoutMs / 1_000))} s`;
    case "failure":
      return "lookup failed";
  }
}

/** A failure that is not an answer, as the start of a reason: "no answer: SERVFAIL". */
export function noAnswerWords(failure: DnsFailure, timeoutMs: number): string {
  const words = dnsFailureWords(failure, timeoutMs);
  return failure === "timeout" ? words : `no answer: ${words}`;
}

export type DnsOutcome<T> = { ok: true; value: T } | { ok: false; failure: DnsFailure };

/** Runs one lookup, bounded by a timeout, as a value: callers judge failures, never catch them. */
export async function lookup<T>(promise: Promise<T>, timeoutMs: number): Promise<DnsOutcome<T>> {
  try {
    return { ok: true, value: await withTimeout(promise, timeoutMs) };
  } catch (err) {
    return { ok: false, failure: dnsFailure(err) };
  }
}

/** "23.45.67.89" → "89.67.45.23.in-addr.arpa"; IPv6 as nibbles under ip6.arpa. */
export function reverseName(parsed: { kind(): string; toByteArray(): number[] }): string {
  const bytes = parsed.toByteArray();
  if (parsed.kind() === "ipv4") return `${[...bytes].reverse().join(".")}.in-addr.arpa`;
  const nibbles = bytes.flatMap((b) => [b >> 4, b & 15].map((n) => n.toString(16)));
  return `${nibbles.reverse().join(".")}.ip6.arpa`;
}

/**
 * Does this resolver answer for a name that always exists? The SOA of the reverse tree is
 * published by the RIRs' servers; a resolver that answers NXDOMAIN (or nothing) even there makes
 * every "no record" it gives meaningless.
 */
export type ResolverControl = { ok: true } | { ok: false; query: string; failure: DnsFailure };

export async function checkResolverWorks(
  resolver: NetworkResolver,
  tree: "in-addr.arpa" | "ip6.arpa",
  timeoutMs: number,
): Promise<ResolverControl> {
  const outcome = await lookup(resolver.resolveSoa(tree), timeoutMs);
  return outcome.ok ? { ok: true } : { ok: false, query: tree, failure: outcome.failure };
}

/** Bounds any lookup by a timeout, so one slow list cannot hold the whole check. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(Object.assign(new Error(`DNS timeout after ${ms} ms`), { code: "ETIMEOUT" })),
      ms,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}
