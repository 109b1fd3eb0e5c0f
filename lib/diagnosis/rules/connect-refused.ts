import { isRelayReport } from "../remote-bounce";
import { replyWording } from "./connect-refused.wording";
import { noRoute, relayCouldNotConnect, saysNoRoute } from "./connect-timeout";
import { defineRule } from "./define-rule";
import { enhancedCode, probeError, strongest, systemCode, wording } from "./rule-helpers";

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
      enhancedCode(e, "connect-refused"),
      // "Connection refused" with no SMTP reply is the socket's refusal. With a reply it is the
      // server's own refusal of us ("421 4.2.1 Connection refused", "550 5.7.1 Connection refused -
      // OXSUS001_403"), unless the enhanced code is of the network subject (X.4.x: Exchange's
      // "450 4.4.316 Connection refused" passes on the next hop's socket refusal).
      (e.code === null || e.enhanced?.split(".")[1] === "4") &&
        /connection refused/i.test(e.words) && { confidence: 0.85, signal: 'wording "Connection refused"' },
    ),
  explain: (e) => {
    if (saysNoRoute(e)) return noRoute(e);
    // Microsoft 365's 4.4.316: its own servers could not connect onward to the recipient's.
    if (isRelayReport(e) || e.enhancedCodes.includes("4.4.316"))
      return relayCouldNotConnect("was refused by");
    return {
      explanation: `Nothing accepted the connection on ${e.target ? `port ${e.target.port}` : "that port"}: no mail service listens there, or a firewall actively rejects it. The server name resolved, so DNS is fine.`,
      fix: "Check the port (587 for STARTTLS submission, 465 for implicit TLS, 25 for relays/MX). If the port is right, check firewalls between the device and the server, and that the mail service is running.",
    };
  },
});
