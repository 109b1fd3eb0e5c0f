import { replyWording } from "./auth-mechanism-unsupported.wording";
import { defineRule } from "./define-rule";
import { enhancedCode, probeError, replyCode, strongest, wording } from "./rule-helpers";

export const authMechanismUnsupported = defineRule("auth-mechanism-unsupported", {
  cause: {
    group: "authentication",
    title: "Authentication method not supported",
    meaning: "the auth mechanism is not accepted",
    evidence: "504 5.7.4 Unrecognized authentication type",
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["auth"],
  match: (e) =>
    strongest(
      wording(e, "auth-mechanism-unsupported"),
      enhancedCode(e, "auth-mechanism-unsupported"),
      // Our own refusal: the server's mechanisms do not fit the credentials (no reply involved).
      e.code === null && probeError(e, ["EAUTH"], 0.85, ["auth"]),
      replyCode(e, [504], 0.55, ["auth"]),
    ),
  explain: (e) =>
    // Exchange Online offers AUTH (LOGIN, XOAUTH2) only after STARTTLS: its 504 5.7.4 is as often a
    // sign-in tried before encryption as a method it lacks. In a paste, only Exchange's own host in
    // brackets after the reply says the 504 is its (an outlook.com name elsewhere may be a relay's).
    (e.source === "probe" && e.provider === "microsoft-365") ||
    /Unrecognized authentication type\s*\[[^\]\s]*\.(?:outlook\.com|exchangelabs\.com|outlook\.cn)\b/i.test(
      e.verbatim,
    )
      ? {
          explanation:
            "Microsoft 365 did not accept the sign-in method. Exchange Online offers only LOGIN and XOAUTH2 (OAuth), and only after STARTTLS: the device either tried to sign in before switching on encryption, or used a method such as CRAM-MD5 or NTLM.",
          fix: 'Use port 587 with STARTTLS switched on and the authentication method "LOGIN" (or "Auto"), or OAuth 2.0 where the device has it.',
        }
      : {
          explanation:
            "The server does not accept the authentication method the device used (for example CRAM-MD5 or NTLM where the server offers only LOGIN/PLAIN, or a password where it offers only OAuth).",
          fix: 'Set the device\'s authentication method to "LOGIN" or "PLAIN" (or "Auto"), over STARTTLS; use OAuth 2.0 if that is what the server offers.',
        },
});
