import { defineRule } from "./define-rule";
import { pastedEhloOffersNeither } from "./rule-helpers";

// Words that say something went wrong even when the only reply code in a paste is a success
// (e.g. a curl transcript: "220 2.0.0 SMTP server ready" after STARTTLS, then "schannel: failed").
const FAILURE_WORDS =
  /\b(?:error|fail(?:ed|ure)?|exception|refused|denied|rejected|timed? ?out|unable|could not|cannot)\b/i;

// Facts a log states about a finished delivery or handshake, with or without a reply code beside
// them: Postfix's `status=sent` and `dsn=2.x.x`, a DSN's "2.0.0 (success)", its TLS handshake line,
// nodemailer's info object (or an app's summary of it) with nobody rejected.
const SUCCESS_FACTS =
  /\bstatus=sent\b|\bdsn=2\.\d{1,3}\.\d{1,3}\b|\b2\.\d{1,3}\.\d{1,3} \(success\)|\b(?:Verified|Trusted|Untrusted|Anonymous) TLS connection established\b|\brejected(?: recipients)?: \[\s*\]/i;

// RFC 5321's own text for 252 ("Cannot VRFY user, but will attempt delivery") is a success.
const VRFY_252 = /\bCannot VRFY user\b/gi;

const UNEXPECTED_REPLY =
  /\bexpected (?:response )?code\b.{0,40}\bbut got\b|\bunexpected (?:reply|response)\b/i;

export const noError = defineRule("no-error", {
  cause: {
    group: "none",
    title: "No error: a success reply",
    meaning: "the text is a success reply: nothing failed here",
    evidence: "220 greeting, 250 OK, 2.0.0",
  },
  settingsCanFix: false,
  persistence: "either",
  wording: () => [],
  stages: ["greeting", "ehlo", "tls", "auth", "mail", "rcpt", "data", "quit"],
  match: (e) => {
    const success = e.code !== null && e.code >= 200 && e.code < 400;
    const failureSeen =
      e.errorCode !== null ||
      e.systemCodes.length > 0 ||
      e.enhancedCodes.some((c) => c[0] === "4" || c[0] === "5") ||
      // Any failure wording recognised in the text outranks the success code next to it.
      e.patternHits.size > 0 ||
      // A client that waited for another reply ("Expected response code 354 but got code 250"):
      // the success code is the wrong answer, not a success.
      UNEXPECTED_REPLY.test(e.words);
    if (failureSeen) return null;
    const fact = SUCCESS_FACTS.exec(e.verbatim);
    if (fact) return { confidence: 0.88, signal: `the log's own words "${fact[0]}"` };
    if (!success) return null;
    // An EHLO reply offering neither AUTH nor STARTTLS is no failure by itself, but it is what a
    // device that cannot sign in meets: not called a success with confidence.
    if (pastedEhloOffersNeither(e))
      return { confidence: 0.3, signal: "an EHLO reply that offers neither AUTH nor STARTTLS" };
    // A transcript that stops at the server's 334 (after the password, say): the login never got
    // its answer, which is no success.
    if (e.source === "text" && e.replyCodes.at(-1) === 334)
      return { confidence: 0.3, signal: "a login that stops at the server's 334 challenge" };
    // Unrecognised failure words: too weak to call it a success, so the result stays "unrecognised".
    if (e.source === "text" && FAILURE_WORDS.test(e.words.replace(VRFY_252, "")))
      return { confidence: 0.3, signal: `success reply ${e.code} beside failure words` };
    return { confidence: 0.9, signal: `success reply ${e.code}` };
  },
  explain: (e) => ({
    explanation:
      e.code !== null && e.code >= 200 && e.code < 400
        ? `This is a success reply (${e.code}): nothing failed at this point.`
        : "The log says this step succeeded: nothing failed at this point.",
    fix: "Nothing to fix here. If mail still does not arrive, look at the stages after this one, or send a real test message.",
  }),
});
