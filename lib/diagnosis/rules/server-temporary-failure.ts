import { defineRule } from "./define-rule";
import { enhancedCode, miltersTempfail, replyCode, strongest, wording } from "./rule-helpers";
import { replyWording } from "./server-temporary-failure.wording";

export const serverTemporaryFailure = defineRule("server-temporary-failure", {
  cause: {
    group: "policy",
    title: "The server had a temporary error",
    meaning: "the server had a local or transient error",
    evidence: "451 4.3.0, 4.4.x, 4.3.5",
  },
  settingsCanFix: false,
  persistence: "temporary",
  wording: replyWording,
  stages: ["greeting", "ehlo", "tls", "auth", "mail", "rcpt", "data"],
  match: (e) =>
    strongest(
      wording(e, "server-temporary-failure"),
      enhancedCode(e, "server-temporary-failure"),
      // A bare 451 is RFC 5321's "local error in processing": too little to name a cause (in the
      // corpus, 2 of 10 bare 451s were this one, the rest spread over 7 causes), so it stays a
      // possibility under the threshold and the answer is "unrecognised, temporary".
      replyCode(e, [451], 0.35),
      replyCode(e, [452], 0.35),
      // A milter's tempfail (rule-helpers.ts): in the corpus most such replies were a filter on the
      // receiving server that failed (a DKIM key it refused, a virus scan that timed out, a
      // filter that was down); greylisting filters use the same words, so it is a likelihood.
      miltersTempfail(e) && {
        confidence: 0.55,
        signal: "Postfix's text for a mail filter's temporary failure",
      },
    ),
  explain: (e) =>
    miltersTempfail(e)
      ? {
          explanation:
            "A mail filter on the receiving server (a virus or spam scanner, a DKIM signer, or a greylisting filter) deferred the message or could not be reached. The refusal is temporary (4xx) and not caused by the device's settings.",
          fix: "Retry later; a greylisting filter accepts the retry after a few minutes. If it persists, send the exact reply and its time to the receiving server's administrator: their mail log names the filter that failed.",
        }
      : {
          explanation:
            "The receiving server hit a local or transient error (a lookup failed, storage is short, a setting is broken). The refusal is temporary (4xx) and not caused by the device.",
          fix: "Retry later. If it persists, send the exact reply to the receiving server's administrator.",
        },
});
