import type { Evidence } from "../evidence";
import { isRelayReport } from "../remote-bounce";
import { replyWording } from "./connection-reset.wording";
import { defineRule } from "./define-rule";
import { probeError, strongest, systemCode, wording } from "./rule-helpers";

export const connectionReset = defineRule("connection-reset", {
  cause: {
    group: "reaching",
    title: "The connection was cut",
    meaning: "the connection was cut (firewall, IPS, server policy)",
    evidence: "ECONNRESET, closed before greeting",
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["connect", "greeting", "ehlo", "tls", "auth", "mail", "rcpt", "data"],
  match: (e) =>
    strongest(
      probeError(e, ["ECONNRESET", "ECLOSED"], 0.85),
      systemCode(e, ["ECONNRESET", "EPIPE", "ECONNABORTED"], 0.88),
      closedAfterARefusal(e) ? null : wording(e, "connection-reset"),
    ),
  explain: (e) =>
    // A relay's own log or bounce ("status=deferred (lost connection with …)"): the relay's
    // connection to the next server was cut, not the device's.
    isRelayReport(e)
      ? {
          title: "A relay lost its connection to the next server",
          explanation:
            "A mail server passing the message on (its log or bounce says so) lost its connection to the next server named in the text before that server answered. The device's own connection worked. A firewall or content filter on the relay's side that intercepts outbound SMTP, a next server that drops clients it does not like (often for the relay's IP or its missing reverse DNS), or a short network fault can all do this.",
          fix: "If the relay is yours, test from it that the next server's port answers with a greeting (telnet or openssl s_client), check its outbound firewall and reverse DNS; a deferred message is retried on its own. If the relay is your provider's, it retries on its own; ask its support if it keeps failing.",
        }
      : {
          explanation: `The connection was cut${e.stage ? ` during the ${e.stage} stage` : ""} without an SMTP reply. A firewall or intrusion-prevention system inspecting SMTP, a proxy, or a server policy that drops clients it does not like can all do this.`,
          fix: "Retry once; if it repeats at the same stage, check firewalls/IPS with SMTP inspection between the device and the server, and ask the server's admin whether your IP is being dropped.",
        },
});

/**
 * telnet's "Connection closed by foreign host." after the server's own 4xx/5xx reply: the server
 * hung up after refusing, as servers do; the refusal is the evidence, not the closing.
 */
function closedAfterARefusal(e: Evidence): boolean {
  const hit = e.patternHits.get("connection-reset");
  return (
    hit !== undefined &&
    /closed by foreign host/i.test(hit.matched) &&
    ((e.code !== null && e.code >= 400) ||
      /(?:^|\s)[45]\d\d[ -][^\n]*?closed by foreign host/i.test(e.verbatim))
  );
}
