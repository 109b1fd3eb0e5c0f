import type { Evidence } from "../evidence";
import { codeAfterSecureConnectionWrapper, onlySecureConnectionWrapper } from "../normalise-reply";
import { mustSignInFact } from "../probe-fact-rules";
import { submissionAdvice } from "./advice";
import { replyWording } from "./auth-required.wording";
import { defineRule } from "./define-rule";
import { enhancedCode, replyCode, strongest, wording } from "./rule-helpers";

// A pasted trace where the login itself was refused (535, 5.7.139, 5.7.3, 5.7.8) before the
// server said "not authenticated": the refused login is the cause, the later refusal its effect.
const LOGIN_REFUSED = /\b535[ -]|\b5\.7\.(?:139|3|8)\b|Authentication unsuccessful/i;

function loginRefusedEarlier(e: Evidence): boolean {
  return e.source === "text" && LOGIN_REFUSED.test(e.verbatim);
}

export const authRequired = defineRule("auth-required", {
  cause: {
    group: "authentication",
    title: "Authentication is required",
    meaning: "the server requires authentication before sending",
    evidence: "530 5.7.0 Authentication required; 530 5.7.57 Client not authenticated",
  },
  settingsCanFix: true,
  persistence: "permanent",
  wording: replyWording,
  stages: ["mail", "rcpt", "auth"],
  match: (e) => {
    const m = strongest(
      mustSignInFact(e),
      wording(e, "auth-required"),
      enhancedCode(e, "auth-required"),
      !/STARTTLS/i.test(e.words) && replyCode(e, [530], 0.6),
      onlySecureConnectionWrapper(e.verbatim) && {
        confidence: 0.45,
        signal: ".NET SmtpException without the server reply",
      },
      // .NET's wrapper around a bare or localised 5.7.1: Exchange's "530 5.7.1 Client was not
      // authenticated" in the server's language (10 of 10 in the corpus).
      !/STARTTLS/i.test(e.words) &&
        codeAfterSecureConnectionWrapper(e.verbatim) === "5.7.1" && {
          confidence: 0.75,
          signal: ".NET's \"client was not authenticated\" around the server's 5.7.1",
        },
    );
    return m && loginRefusedEarlier(e) ? { ...m, confidence: m.confidence * 0.5 } : m;
  },
  explain: (e) => ({
    explanation:
      "The server only accepts mail from clients that have logged in, and the device sent without authenticating (authentication off, or the login silently skipped).",
    fix: `Switch SMTP authentication on with the sender's mailbox and password (or OAuth 2.0): ${submissionAdvice(e.provider)}.`,
  }),
});
