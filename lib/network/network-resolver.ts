/** The DNS lookups the site-network checks need; `dns.promises.Resolver` satisfies it. */
export type NetworkResolver = {
  resolve4(hostname: string): Promise<string[]>;
  resolve6(hostname: string): Promise<string[]>;
  resolveTxt(hostname: string): Promise<string[][]>;
  resolveMx(hostname: string): Promise<{ exchange: string; priority: number }[]>;
  reverse(ip: string): Promise<string[]>;
};

export type DnsErrorKind = "not-found" | "timeout" | "failure";

/** NXDOMAIN / NODATA are answers ("not there"); timeouts and SERVFAIL mean we could not tell. */
export function dnsErrorKind(err: unknown): DnsErrorKind {
  const code = (err as { code?: string }).code ?? "";
  if (code === "ENOTFOUND" || code === "ENODATA" || code === "NXDOMAIN") return "not-found";
  if (code === "ETIMEOUT" || code === "ETIMEDOUT" || code === "ECANCELLED") return "timeout";
  return "failure";
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
