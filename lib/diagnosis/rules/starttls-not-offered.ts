import { defineRule } from "./define-rule";
import { pastedEhloOffersNeither, probeError, replyCode, strongest, wording } from "./rule-helpers";
import { replyWording } from "./starttls-not-offered.wording";

export const starttlsNotOffered = defineRule("starttls-not-offered", {
  cause: {
    group: "encryption",
    title: "The server does not offer STARTTLS",
    meaning: "the server does not advertise STARTTLS but the settings require it",
    evidence: "EHLO without STARTTLS",
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["ehlo", "tls"],
  match: (e) =>
    strongest(
      probeError(e, ["ENOSTARTTLS"], 0.95),
      wording(e, "starttls-not-offered"),
      // "500/502 unrecognized command" in answer to our STARTTLS: the server has no STARTTLS.
      replyCode(e, [500, 502], 0.75, ["tls"]),
      pastedEhloOffersNeither(e) && {
        confidence: 0.45,
        signal: "the pasted EHLO reply, which offers neither AUTH nor STARTTLS",
      },
    ),
  explain: (e) => ({
    explanation: `The settings ask for STARTTLS, but ${e.target?.host ?? "the server"} does not offer it on this port. It may be the wrong port, an old server, or a firewall that strips STARTTLS from the server's reply.`,
    fix: "Check the port against the provider's documentation (587 normally offers STARTTLS; 465 needs SSL/TLS instead). If a firewall does SMTP inspection, turn that off for this traffic. Do not fall back to sending passwords unencrypted.",
  }),
});
