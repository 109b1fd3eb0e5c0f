import ipaddr from "ipaddr.js";
import { checkDnsbl, type DnsblOptions } from "./check-dnsbl";
import { checkPtr, type ResolverCheck } from "./check-ptr";
import { checkSpf } from "./check-spf";
import {
  checkResolverWorks,
  type NetworkResolver,
  type ResolverControl,
  withTimeout,
} from "./network-resolver";
import type { DnsblResult, NetworkLabel, SiteNetworkReport } from "./site-network-schema";

export function networkLabel(describes: NetworkLabel["describes"], ip: string | null): NetworkLabel {
  if (describes === "server") {
    return { describes, ip, label: ip ? `SMTP Doctor's server (${ip})` : "SMTP Doctor's server" };
  }
  return { describes, ip, label: ip ? `the site's network (public IP ${ip})` : "the site's network" };
}

/** Only a public unicast address has a reputation worth checking. */
export function isCheckableIp(ip: string): boolean {
  try {
    return ipaddr.process(ip).range() === "unicast";
  } catch {
    return false;
  }
}

const IMPACT_ORDER = { high: 0, medium: 1, low: 2 } as const;

/**
 * The site's view that a probe from our server cannot give: is this IP on the blocklists that
 * matter, does its reverse DNS look like a mail sender, and may it send for the sender's domain.
 */
export async function checkSiteNetwork(
  resolver: NetworkResolver,
  params: { ip: string; describes: NetworkLabel["describes"]; senderDomain?: string | null },
  options: DnsblOptions = {},
): Promise<SiteNetworkReport> {
  const timeoutMs = options.timeoutMs ?? 4_000;
  const domain = params.senderDomain?.trim().toLowerCase() || null;
  // "No PTR" and "no SPF record" both need the resolver to work: asked once, only if needed.
  const controls = new Map<string, Promise<ResolverControl>>();
  const resolverWorks: ResolverCheck = (tree) => {
    const asked = controls.get(tree) ?? checkResolverWorks(resolver, tree, timeoutMs);
    controls.set(tree, asked);
    return asked;
  };
  const [dnsbl, ptr, senderMx, spf] = await Promise.all([
    checkDnsbl(resolver, params.ip, options),
    checkPtr(resolver, params.ip, timeoutMs, resolverWorks),
    domain
      ? withTimeout(resolver.resolveMx(domain), timeoutMs)
          .then((mx) => [...mx].sort((a, b) => a.priority - b.priority))
          // No MX (or no answer) only means provider detection has nothing to go on.
          .catch(() => [])
      : Promise.resolve([]),
    domain ? checkSpf(resolver, domain, params.ip, timeoutMs, resolverWorks) : Promise.resolve(null),
  ]);
  const byImpact = (a: DnsblResult, b: DnsblResult) => IMPACT_ORDER[a.impact] - IMPACT_ORDER[b.impact];
  return {
    network: networkLabel(params.describes, params.ip),
    checkedAt: new Date().toISOString(),
    dnsbl,
    ptr,
    senderDomain: domain,
    senderMx,
    spf,
    listed: dnsbl.filter((r) => r.status === "listed").sort(byImpact),
    couldNotCheck: dnsbl.filter((r) => r.status === "could-not-check"),
  };
}
