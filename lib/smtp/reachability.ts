import ipaddr from "ipaddr.js";
import { ipLiteral } from "./target-host";
import { judgeAddress, type TargetPolicy } from "./target-policy";

/**
 * What this installation may test, as the browser is told it (the operator's allowed ranges as
 * CIDR text, the ports it tests): the wizard says at the field that an address cannot be reached
 * from here, instead of failing a test later. The server's guard still decides every run.
 */
export type ReachableTargets = { allowRanges: string[]; allowedPorts: number[] };

export function reachableTargetsOf(policy: TargetPolicy): ReachableTargets {
  return {
    allowRanges: policy.allowRanges.map(([range, bits]) => `${range.toString()}/${bits}`),
    allowedPorts: policy.allowedPorts,
  };
}

/**
 * Why this server cannot test `host`:`port`, in a helpdesk's words, or null when it may (or when
 * only a DNS lookup can tell: a name is judged by the server's guard once resolved).
 */
export function unreachableBecause(host: string, port: number, targets: ReachableTargets): string | null {
  const ip = ipLiteral(host);
  if (ip === null) return null;
  const policy: TargetPolicy = {
    allowedPorts: targets.allowedPorts,
    allowRanges: targets.allowRanges.map((cidr) => ipaddr.parseCIDR(cidr)),
  };
  if (judgeAddress(ip, port, policy).allowed) return null;
  // The address on a port the guard always allows: if that passes, only the port is the problem.
  if (judgeAddress(ip, targets.allowedPorts[0] ?? 25, policy).allowed) {
    return `this SMTP Doctor tests mail servers on ports ${targets.allowedPorts.join(", ")} only`;
  }
  return `${ip} is an address inside a private network, which this SMTP Doctor cannot reach from where it runs. Test the public server the device should send through, or run the test on site, on a computer in that network.`;
}
