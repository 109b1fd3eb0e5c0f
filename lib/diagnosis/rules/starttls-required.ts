import { onlySecureConnectionWrapper } from "../normalise-reply";
import { defineRule } from "./define-rule";
import { enhancedCode, strongest, wording } from "./rule-helpers";
import { replyWording } from "./starttls-required.wording";

const TLS_IN_530_LINE = /\b530\b[^\n]*(?:STARTTLS|\bTLS\b)|(?:STARTTLS|\bTLS\b)[^\n]*\b530\b/i;

export const starttlsRequired = defineRule("starttls-required", {
  cause: {
    group: "encryption",
    title: "The server requires STARTTLS first",
    meaning: "the server requires STARTTLS before MAIL/AUTH",
    evidence: "530 5.7.0 Must issue a STARTTLS command first",
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["auth", "mail", "rcpt"],
  match: (e) =>
    strongest(
      wording(e, "starttls-required"),
      enhancedCode(e, "starttls-required"),
      // TLS named in the 530's own line, not in a log line beside it ("TLS error on connection …").
      e.code === 530 &&
        TLS_IN_530_LINE.test(e.verbatim) && { confidence: 0.92, signal: "530 asking for TLS" },
      // .NET's wrapper alone ("requires a secure connection or the client was not authenticated").
      onlySecureConnectionWrapper(e.verbatim) && {
        confidence: 0.45,
        signal: ".NET SmtpException without the server reply",
      },
    ),
  explain: () => ({
    explanation:
      "The server requires an encrypted connection (STARTTLS) before it accepts the login or the sender, and the device sent the command in plain text.",
    fix: 'Turn on STARTTLS (often labelled "TLS", "Use TLS" or "Enable SSL/TLS") with port 587. If the device has no such option, it needs a firmware update or a local relay.',
  }),
});
