import { defineRule } from "./define-rule";
import { probeError, strongest, wording } from "./rule-helpers";

export const starttlsNotOffered = defineRule("starttls-not-offered", {
  stages: ["ehlo", "tls"],
  match: (e) => strongest(probeError(e, ["ENOSTARTTLS"], 0.95), wording(e, "starttls-not-offered")),
  explain: (e) => ({
    explanation: `The settings ask for STARTTLS, but ${e.target?.host ?? "the server"} does not offer it on this port. It may be the wrong port, an old server, or a firewall that strips STARTTLS from the server's reply.`,
    fix: "Check the port against the provider's documentation (587 normally offers STARTTLS; 465 needs SSL/TLS instead). If a firewall does SMTP inspection, turn that off for this traffic. Do not fall back to sending passwords unencrypted.",
  }),
});
