import { defineRule } from "./define-rule";
import { certificateAtTls, probeError, strongest, systemCode, tlsFacts, wording } from "./rule-helpers";
import { replyWording } from "./tls-cert-name-mismatch.wording";

export const tlsCertNameMismatch = defineRule("tls-cert-name-mismatch", {
  cause: {
    group: "encryption",
    title: "The certificate does not match the server name",
    meaning: "certificate does not name the server as typed",
    evidence: "ERR_TLS_CERT_ALTNAME_INVALID",
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["tls", "auth"],
  match: (e) => {
    const facts = tlsFacts(e);
    const nameOnly = facts?.trusted === true && facts.hostnameMatches === false;
    return strongest(
      nameOnly && probeError(e, ["ECERT"], 0.93),
      systemCode(e, ["ERR_TLS_CERT_ALTNAME_INVALID"], 0.97),
      wording(e, "tls-cert-name-mismatch"),
      certificateAtTls(e) === "name" && {
        confidence: 0.45,
        signal: "the certificate's name spoken of at the TLS stage",
      },
    );
  },
  explain: (e) => ({
    explanation: `The certificate is valid but does not name the server as typed${e.target ? ` ("${e.target.host}")` : ""}: for example the device uses an IP address or an internal alias while the certificate names the public host name.`,
    fix: "Enter the server exactly as the certificate names it (the provider's documented host name, not an IP address or alias).",
  }),
});
