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
      wording(e, "connection-reset"),
    ),
  explain: (e) => ({
    explanation: `The connection was cut${e.stage ? ` during the ${e.stage} stage` : ""} without an SMTP reply. A firewall or intrusion-prevention system inspecting SMTP, a proxy, or a server policy that drops clients it does not like can all do this.`,
    fix: "Retry once; if it repeats at the same stage, check firewalls/IPS with SMTP inspection between the device and the server, and ask the server's admin whether your IP is being dropped.",
  }),
});
