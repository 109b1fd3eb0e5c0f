import { replyWording } from "./connect-refused.wording";
import { defineRule } from "./define-rule";
import { probeError, strongest, systemCode, wording } from "./rule-helpers";

export const connectRefused = defineRule("connect-refused", {
  cause: {
    group: "reaching",
    title: "The connection was refused",
    meaning: "nothing listens on that port, or a firewall rejects",
    evidence: "ECONNREFUSED",
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["connect"],
  match: (e) =>
    strongest(
      probeError(e, ["ECONNREFUSED"], 0.95),
      systemCode(e, ["ECONNREFUSED"], 0.95),
      wording(e, "connect-refused"),
      // "Connection refused" with no SMTP reply is the socket's refusal; with a reply it is the server's words.
      e.code === null &&
        /connection refused/i.test(e.words) && { confidence: 0.85, signal: 'wording "Connection refused"' },
    ),
  explain: (e) => ({
    explanation: `Nothing accepted the connection on port ${e.target?.port ?? "that port"}: no mail service listens there, or a firewall actively rejects it. The server name resolved, so DNS is fine.`,
    fix: "Check the port (587 for STARTTLS submission, 465 for implicit TLS, 25 for relays/MX). If the port is right, check firewalls between the device and the server, and that the mail service is running.",
  }),
});
