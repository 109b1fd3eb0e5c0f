import { replyWording } from "./auth-encryption-required.wording";
import { defineRule } from "./define-rule";
import { enhancedCode, probeError, replyCode, strongest, wording } from "./rule-helpers";

export const authEncryptionRequired = defineRule("auth-encryption-required", {
  cause: {
    group: "authentication",
    title: "Authentication needs an encrypted connection",
    meaning: "the mechanism needs TLS first",
    evidence: "538 5.7.11 Encryption required",
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["auth"],
  match: (e) =>
    strongest(
      enhancedCode(e, "auth-encryption-required"),
      replyCode(e, [538], 0.93),
      probeError(e, ["ENOTLS"], 0.92),
      wording(e, "auth-encryption-required"),
    ),
  explain: (e) => ({
    explanation:
      e.errorCode === "ENOTLS"
        ? "Authentication is switched on but encryption is off, so the password would cross the network in clear text. SMTP Doctor did not send it. Most providers (Microsoft 365, Google) only offer login after STARTTLS anyway."
        : "The server only accepts this login method over an encrypted connection, and the device tried it before starting TLS.",
    fix: 'Turn on STARTTLS (often labelled "TLS" or "Enable SSL/TLS") and use port 587, then log in.',
  }),
});
