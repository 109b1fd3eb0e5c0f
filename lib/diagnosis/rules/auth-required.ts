import { onlyWrapper } from "../normalise-reply";
import { mustSignInFact } from "../probe-fact-rules";
import { submissionAdvice } from "./advice";
import { defineRule } from "./define-rule";
import { enhancedCode, replyCode, strongest, wording } from "./rule-helpers";

export const authRequired = defineRule("auth-required", {
  stages: ["mail", "rcpt", "auth"],
  match: (e) =>
    strongest(
      mustSignInFact(e),
      wording(e, "auth-required"),
      enhancedCode(e, "auth-required"),
      !/STARTTLS/i.test(e.words) && replyCode(e, [530], 0.6),
      onlyWrapper(e.verbatim) && { confidence: 0.45, signal: ".NET SmtpException without the server reply" },
    ),
  explain: (e) => ({
    explanation:
      "The server only accepts mail from clients that have logged in, and the device sent without authenticating (authentication off, or the login silently skipped).",
    fix: `Switch SMTP authentication on with the sender's mailbox and password (or OAuth 2.0): ${submissionAdvice(e.provider)}.`,
  }),
});
