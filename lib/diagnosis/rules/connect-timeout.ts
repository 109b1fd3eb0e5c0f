import type { Evidence } from "../evidence";
import { isRelayReport, NO_ROUTE } from "../remote-bounce";
import { replyWording } from "./connect-timeout.wording";
import { defineRule } from "./define-rule";
import { probeError, strongest, systemCode, wording } from "./rule-helpers";

export const connectTimeout = defineRule("connect-timeout", {
  cause: {
    group: "reaching",
    title: "The connection timed out (port blocked)",
    meaning: "packets dropped: firewall or ISP blocks the port (often outbound 25)",
    evidence: "ETIMEDOUT at connect",
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["connect"],
  match: (e) =>
    strongest(
      probeError(e, ["ETIMEDOUT"], 0.95, ["connect"]),
      probeError(e, ["ENETUNREACH"], 0.7),
      systemCode(e, ["ETIMEDOUT"], 0.6),
      systemCode(e, ["EHOSTUNREACH", "ENETUNREACH"], 0.7),
      wording(e, "connect-timeout"),
      // Said at a later stage (a lookup, a session's reply, a server's own callout at RCPT), it is
      // not the device's connection that timed out: only the bare reading below is left.
      e.code === null &&
        (e.stage === null || e.stage === "connect" || e.stage === "greeting") &&
        /connect(?:ion)? (?:attempt )?timed out|timed out (?:while |when )?connecting/i.test(e.words) && {
          confidence: 0.65,
          signal: 'wording "connection timed out"',
        },
      // At the connect stage, a timeout in any words ("{error,timeout}", "ConnectionTimeoutError",
      // "Expiró el tiempo de conexión", "(TimedOut:0000274C)") is the connection's: 83 of the
      // 95 connect-stage replies that say so are connect timeouts (2026-12-02).
      e.code === null &&
        e.stage === "connect" &&
        CONNECT_STAGE_TIMEOUT.test(e.words) && {
          confidence: 0.6,
          signal: "a timeout while connecting",
        },
      // A bare "timed out" may be a read, a session or a queue lifetime: only a possible cause.
      e.code === null &&
        /timed out/i.test(e.words) && {
          confidence: 0.38,
          signal: 'wording "timed out" (not said of the connection)',
        },
    ),
  explain: (e) => {
    if (saysNoRoute(e)) return noRoute(e);
    if (isRelayReport(e)) return relayCouldNotConnect("got no answer from");
    return {
      explanation: `${e.target ? `The connection to port ${e.target.port}` : "The connection to the server"} got no answer at all: packets are being dropped. Most often a firewall or the internet provider blocks the port (outbound port 25 is blocked by many ISPs and cloud hosts), or the server does not offer that port (Microsoft 365 does not offer 465).`,
      fix: "Use the submission port the provider documents (587 with STARTTLS in most cases). Ask the ISP or firewall admin whether outbound SMTP ports are blocked; test from the device's own network.",
    };
  },
});

// Not a timeout setting a client prints with its attempt ("timeout -1;", "timeout=300").
const CONNECT_STAGE_TIMEOUT =
  /time[d ]?out(?![ \t]*=[ \t]*-?\d|[ \t]+-?\d)|tiempo de conexi[oó]n|zeit[üu]berschreitung|d[ée]lai d.attente|超时|タイムアウト/i;

/** A relay's own report of a connection it could not make: the device's connection worked. */
export function relayCouldNotConnect(what: string) {
  return {
    title: "A relay could not connect to the next server",
    explanation: `A mail server passing the message on (its log or bounce says so) ${what} the next server named in the text. The device's own connection worked. If that relay is yours (a local relay sending on to your provider), its firewall or internet provider may block the port; otherwise the next server was down or unreachable from the relay.`,
    fix: "If the relay is yours, test from it that the next server's port answers (ISPs often block outbound port 25: relay through your provider's submission port 587 instead). If the relay is your provider's, it retries on its own; if the message was finally returned, ask the recipient's admin whether their mail server is reachable.",
  };
}

/** Whether the words or the client's error codes say there is no route to the network. */
export function saysNoRoute(e: Pick<Evidence, "words" | "systemCodes">): boolean {
  return NO_ROUTE.test(e.words) || e.systemCodes.some((c) => c === "ENETUNREACH" || c === "EHOSTUNREACH");
}

/** No route to the server's network: not a dropped or refused connection. */
export function noRoute(e: Pick<Evidence, "target" | "source" | "verbatim">) {
  if (isRelayReport(e))
    return {
      title: "A relay has no route to the next server",
      explanation:
        'A mail server passing the message on (its log or bounce says so) has no route to the next server\'s network: "network unreachable" or "no route to host". The device\'s own connection worked. Most often the next server\'s name resolved to an IPv6 address and the relay has no IPv6 connectivity.',
      fix: "On the relay, send over IPv4 only (Postfix: inet_protocols = ipv4; Exim: disable_ipv6 = true), or give it working IPv6; check its default route.",
    };
  return {
    title: "No route to the server's network",
    explanation: `There is no route to the server's network${e.target ? ` from where the test ran (port ${e.target.port})` : ""}: "network unreachable" or "no route to host". Common causes: the name resolved to an IPv6 address on a network without IPv6, no default gateway on the device, or a router that drops the route.`,
    fix: "Check the device's gateway and network settings; if the server resolves to IPv6 and the site has no IPv6, use the IPv4 address or the provider's IPv4 host name.",
  };
}
