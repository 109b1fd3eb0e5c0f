import { defineRule } from "./define-rule";
import { probeError, strongest, systemCode, wording } from "./rule-helpers";

export const tlsHandshakeFailed = defineRule("tls-handshake-failed", {
  stages: ["tls"],
  match: (e) =>
    strongest(
      wording(e, "tls-handshake-failed"),
      probeError(e, ["ETLS"], 0.6),
      systemCode(e, ["EPROTO", "ETLS"], 0.6),
      /SSL routines|\bSSL(?:Error|Exception)\b/i.test(e.words) && {
        confidence: 0.5,
        signal: "an OpenSSL error",
      },
    ),
  explain: () => ({
    explanation:
      "The encrypted (TLS) connection could not be set up for a reason other than the version or the certificate: no cipher in common, a protocol error, or the server's TLS setup is broken.",
    fix: "Update the device firmware (newer firmware brings newer ciphers). If the server is yours, check its TLS configuration; otherwise send the exact error to its administrator.",
  }),
});
