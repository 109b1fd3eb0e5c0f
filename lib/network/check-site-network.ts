import ipaddr from "ipaddr.js";
import { checkDnsbl, type DnsblOptions, type DnsblResult } from "./check-dnsbl";
import { checkPtr, type PtrResult } from "./check-ptr";
import { checkSpf, type SpfResult } from "./check-spf";
import { type NetworkResolver, withTimeout } from "./network-resolver";

/** Which network a check or a probe describes: ours, or the customer's site at a given IP. */
export type NetworkLabel = { describes: "server" | "site"; ip: string | null; label: string };

export function networkLabel(describes: NetworkLabel["describes"], ip: string | null): NetworkLabel {
  if (describes === "server") {
    return { describes, ip, label: ip ? `SMTP Doctor's server (${ip})` : "SMTP Doctor's server" };
  }
  return { describes, ip, label: ip ? `the site's network (public IP ${ip})` : "the site's network" };
}

export type SiteNetworkReport = {
  network: NetworkLabel;
  checkedAt: string;
  dnsbl: DnsblResult[];
  ptr: PtrResult;
  senderDomain: string | null;
  senderMx: { exchange: string; priority: number }[];
  /** Does the sender domain's SPF allow this IP? Matters for Direct Send from the site. */
  spf: SpfResult | null;
  /** The listings that matter, most impactful first. */
  listed: DnsblResult[];
  couldNotCheck: DnsblResult[];
};

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
  const [dnsbl, ptr, senderMx, spf] = await Promise.all([
    checkDnsbl(resolver, params.ip, options),
    checkPtr(resolver, params.ip, timeoutMs),
    domain
      ? withTimeout(resolver.resolveMx(domain), timeoutMs)
          .then((mx) => [...mx].sort((a, b) => a.priority - b.priority))
          // No MX (or no answer) only means provider detection has nothing to go on.
          .catch(() => [])
      : Promise.resolve([]),
    domain ? checkSpf(resolver, domain, params.ip, timeoutMs) : Promise.resolve(null),
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
