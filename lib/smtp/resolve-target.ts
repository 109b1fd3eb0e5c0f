import { Resolver } from "node:dns/promises";
import { ProbeError } from "./probe-errors";
import type { ProbeResolver } from "./probe-options";

/** A resolver of our own (not getaddrinfo, which accepts `127.1` and reads /etc/hosts). */
export function createSystemResolver(timeoutMs: number): ProbeResolver & { cancel(): void } {
  return new Resolver({ timeout: timeoutMs, tries: 2 });
}

type DnsError = Error & { code?: string };

const NOT_FOUND = new Set(["ENOTFOUND", "ENODATA", "NXDOMAIN"]);

function isNotFound(err: unknown): boolean {
  return NOT_FOUND.has((err as DnsError).code ?? "");
}

async function lookup(fn: () => Promise<string[]>): Promise<{ addresses: string[]; error: DnsError | null }> {
  try {
    return { addresses: await fn(), error: null };
  } catch (err) {
    return { addresses: [], error: err as DnsError };
  }
}

/** A and AAAA of the server, IPv4 first. Throws ENOTFOUND or EDNS. */
export async function resolveServer(resolver: ProbeResolver, host: string): Promise<string[]> {
  const [v4, v6] = await Promise.all([
    lookup(() => resolver.resolve4(host)),
    lookup(() => resolver.resolve6(host)),
  ]);
  const addresses = [...v4.addresses, ...v6.addresses];
  if (addresses.length > 0) return addresses;
  const errors = [v4.error, v6.error].filter((e): e is DnsError => e !== null);
  if (errors.length > 0 && errors.every(isNotFound)) {
    const nx = errors.some((e) => e.code === "ENOTFOUND");
    throw new ProbeError(
      "ENOTFOUND",
      nx ? `${host} does not exist in DNS` : `${host} has no A or AAAA record`,
    );
  }
  const first = errors.find((e) => !isNotFound(e));
  throw new ProbeError("EDNS", `DNS lookup of ${host} failed (${first?.code ?? "no answer"})`);
}

export type SenderMx = { exchange: string; priority: number }[];

/** MX of the sender's domain, for provider detection later. A failure here is a fact, not a stop. */
export async function resolveSenderMx(
  resolver: ProbeResolver,
  domain: string,
): Promise<{ mx: SenderMx; error: string | null }> {
  try {
    const mx = await resolver.resolveMx(domain);
    return { mx: [...mx].sort((a, b) => a.priority - b.priority), error: null };
  } catch (err) {
    const code = (err as DnsError).code ?? "error";
    return {
      mx: [],
      error: isNotFound(err) ? `no MX record for ${domain} (${code})` : `MX lookup failed (${code})`,
    };
  }
}
