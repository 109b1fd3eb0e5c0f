import type { Cause } from "../causes";

/** Reaching the server: DNS, our guard, TCP, greeting, session. Mirrors the shared causes.md table. */
export const reachingCauses: readonly Cause[] = [
  {
    id: "dns-not-found",
    group: "reaching",
    title: "The server name does not exist",
    meaning: "the server name does not exist",
    evidence: "ENOTFOUND / NXDOMAIN at resolve",
  },
  {
    id: "dns-failure",
    group: "reaching",
    title: "DNS did not answer",
    meaning: "DNS did not answer or failed (SERVFAIL, timeout)",
    evidence: "EAI_AGAIN, ESERVFAIL, DNS timeout",
  },
  {
    id: "target-not-allowed",
    group: "reaching",
    title: "SMTP Doctor refused to test this target",
    meaning: "our own guard refused the target (private address, port not allowed)",
    evidence: "guard stage",
  },
  {
    id: "connect-refused",
    group: "reaching",
    title: "The connection was refused",
    meaning: "nothing listens on that port, or a firewall rejects",
    evidence: "ECONNREFUSED",
  },
  {
    id: "connect-timeout",
    group: "reaching",
    title: "The connection timed out (port blocked)",
    meaning: "packets dropped: firewall or ISP blocks the port (often outbound 25)",
    evidence: "ETIMEDOUT at connect",
  },
  {
    id: "connection-reset",
    group: "reaching",
    title: "The connection was cut",
    meaning: "the connection was cut (firewall, IPS, server policy)",
    evidence: "ECONNRESET, closed before greeting",
  },
  {
    id: "greeting-timeout",
    group: "reaching",
    title: "The server never greeted",
    meaning: "connected but no 220 greeting (often plain SMTP sent to an implicit-TLS port)",
    evidence: "greeting timeout",
  },
  {
    id: "server-busy",
    group: "reaching",
    title: "The server is busy or refusing for now",
    meaning: "the server refuses for now: too many connections, overloaded, shutting down",
    evidence: "421 at greeting, 421 4.3.2",
  },
  {
    id: "not-smtp-service",
    group: "reaching",
    title: "Not an SMTP server on this port",
    meaning: "the port answers, but not with an SMTP greeting (another service, a proxy)",
    evidence: '"Invalid greeting", a non-220 first line',
  },
  {
    id: "session-timeout",
    group: "reaching",
    title: "The server timed out the session",
    meaning: "the server gave up waiting for the client mid-session",
    evidence: "421 \u2026 command timeout, 451 4.7.0 Timeout waiting for client input",
  },
  {
    id: "routing-error",
    group: "reaching",
    title: "The destination's mail routing is broken",
    meaning: "the destination's mail routing is broken: null MX, MX loop, hop count exceeded",
    evidence: '"does not accept mail (nullMX)", "loops back to myself", 5.4.6',
  },
];
