import ipaddr from "ipaddr.js";

/** The SSRF gate's settings: which addresses and ports the prober may reach. */
export type TargetPolicy = {
  /** Ports allowed for public unicast targets. */
  allowedPorts: number[];
  /** Operator-allowed ranges (any port), e.g. loopback for fixtures or an internal relay. */
  allowRanges: [ipaddr.IPv4 | ipaddr.IPv6, number][];
};

export const DEFAULT_ALLOWED_PORTS = [25, 465, 587, 2525];

/**
 * Parses the operator's `SMTP_DOCTOR_ALLOW_TARGETS` (comma-separated CIDRs). Throws on a bad entry:
 * a typo in a security setting must stop start-up, not silently widen or narrow the gate.
 */
export function parseAllowTargets(value: string | undefined): TargetPolicy["allowRanges"] {
  if (!value || value.trim() === "") return [];
  return value
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map((entry) => {
      try {
        const cidr = entry.includes("/")
          ? entry
          : `${entry}/${ipaddr.parse(entry).kind() === "ipv4" ? 32 : 128}`;
        return ipaddr.parseCIDR(cidr);
      } catch {
        throw new Error(`SMTP_DOCTOR_ALLOW_TARGETS: "${entry}" is not a CIDR range`);
      }
    });
}

export function policyFromEnv(env: Record<string, string | undefined>): TargetPolicy {
  return {
    allowedPorts: DEFAULT_ALLOWED_PORTS,
    allowRanges: parseAllowTargets(env.SMTP_DOCTOR_ALLOW_TARGETS),
  };
}

export type GuardVerdict =
  | { allowed: true; by: "public" | "operator-allow-list" }
  | { allowed: false; reason: string };

/** Unwraps ::ffff:a.b.c.d so an IPv4-mapped address is judged as the IPv4 it is. */
function normalise(address: string): ipaddr.IPv4 | ipaddr.IPv6 {
  return ipaddr.process(address);
}

export function judgeAddress(address: string, port: number, policy: TargetPolicy): GuardVerdict {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = normalise(address);
  } catch {
    return { allowed: false, reason: `${address} is not an IP address` };
  }
  for (const [range, bits] of policy.allowRanges) {
    if (range.kind() === parsed.kind() && parsed.match(range, bits)) {
      return { allowed: true, by: "operator-allow-list" };
    }
  }
  const range = parsed.range();
  if (range !== "unicast") {
    return { allowed: false, reason: `${address} is a ${range} address, not a public one` };
  }
  if (!policy.allowedPorts.includes(port)) {
    return {
      allowed: false,
      reason: `port ${port} is not an SMTP port we test (allowed: ${policy.allowedPorts.join(", ")})`,
    };
  }
  return { allowed: true, by: "public" };
}

/** Every address must pass: one private answer among public ones refuses the whole target. */
export function judgeTarget(addresses: string[], port: number, policy: TargetPolicy): GuardVerdict {
  if (addresses.length === 0) return { allowed: false, reason: "no addresses to check" };
  let by: "public" | "operator-allow-list" = "public";
  for (const address of addresses) {
    const verdict = judgeAddress(address, port, policy);
    if (!verdict.allowed) return verdict;
    if (verdict.by === "operator-allow-list") by = "operator-allow-list";
  }
  return { allowed: true, by };
}
