import { defineRule } from "./define-rule";
import { certificateAtTls, enhancedCode, probeError, strongest, tlsFacts, wording } from "./rule-helpers";
import { replyWording } from "./tls-cert-untrusted.wording";

export const tlsCertUntrusted = defineRule("tls-cert-untrusted", {
  cause: {
    group: "encryption",
    title: "The server certificate is not trusted",
    meaning: "certificate self-signed, expired or from an unknown CA",
    evidence: "UNABLE_TO_VERIFY_LEAF_SIGNATURE, CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT",
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["tls", "auth"],
  match: (e) => {
    const facts = tlsFacts(e);
    // ECERT means "did not verify": untrusted chain, unless only the name was wrong.
    const nameOnly = facts?.trusted === true && facts.hostnameMatches === false;
    return strongest(
      probeError(e, ["ECERT"], nameOnly ? 0.3 : 0.93),
      wording(e, "tls-cert-untrusted"),
      enhancedCode(e, "tls-cert-untrusted"),
      certificateAtTls(e) === "trust" && {
        confidence: 0.45,
        signal: "the certificate named at the TLS stage",
      },
    );
  },
  explain: (e) => {
    const reason = tlsFacts(e)?.trustError;
    return {
      explanation: `The server's certificate is not trusted${reason ? ` (${reason})` : ""}: self-signed, expired, or issued by a CA the client does not know. ${
        e.source === "probe"
          ? "SMTP Doctor does not send a password over a certificate it cannot verify, because anyone in the path could be listening."
          : "A client that checks certificates (as it should) stops here, before any password is sent."
      }`,
      fix: "If the server is yours, install a certificate from a public CA (or the internal CA on the device) and renew it before it expires. If it is a provider's, check the server name is the one the provider documents.",
    };
  },
});
