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

/**
 * Parses the address as the socket will see it, then unwraps ::ffff:a.b.c.d so an IPv4-mapped
 * address is judged as the IPv4 it is. IPv6 text goes through the WHATWG URL parser first:
 * ipaddr.js reads `::127.0.0.1` as `::ffff:127.0.0.1`, but on the wire it is `::7f00:1`.
 */
function normalise(address: string): ipaddr.IPv4 | ipaddr.IPv6 {
  if (!address.includes(":")) return ipaddr.process(address);
  if (!ipaddr.IPv6.isValid(address)) throw new Error("not an IPv6 address");
  return ipaddr.process(new URL(`http://[${address}]/`).hostname.slice(1, -1));
}

const IPV4_COMPATIBLE = ipaddr.parseCIDR("::/96");
const GLOBAL_UNICAST = ipaddr.parseCIDR("2000::/3");

/**
 * ipaddr.js's range name, narrowed where it says "unicast" too readily for IPv6: the deprecated
 * IPv4-compatible block (::/96, RFC 4291 2.5.5.1; some stacks still route it to the IPv4 inside)
 * and everything outside 2000::/3, the only block allocated for global unicast.
 */
function rangeOf(parsed: ipaddr.IPv4 | ipaddr.IPv6): { name: string; note: string } {
  const name = parsed.range();
  if (name !== "unicast" || parsed.kind() === "ipv4") return { name, note: "" };
  if (parsed.match(IPV4_COMPATIBLE)) return { name: "ipv4Compatible", note: " (::/96, deprecated)" };
  if (!parsed.match(GLOBAL_UNICAST)) return { name: "reserved", note: " (outside 2000::/3)" };
  return { name, note: "" };
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
  const range = rangeOf(parsed);
  if (range.name !== "unicast") {
    return { allowed: false, reason: `${address} is a ${range.name} address${range.note}, not a public one` };
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
