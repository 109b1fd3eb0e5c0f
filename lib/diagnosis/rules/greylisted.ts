import type { Evidence } from "../evidence";
import { defineRule } from "./define-rule";
import { replyWording } from "./greylisted.wording";
import { codeAsShown, miltersTempfail, outranked, strongest, wording } from "./rule-helpers";

export const greylisted = defineRule("greylisted", {
  cause: {
    group: "policy",
    title: "Greylisted: retry later",
    meaning: "temporary refusal asking to retry later",
    evidence: "450/451 4.7.1 Greylisted, try again",
  },
  settingsCanFix: false,
  persistence: "temporary",
  wording: replyWording,
  stages: ["mail", "rcpt", "data"],
  match: (e) =>
    strongest(
      wording(e, "greylisted"),
      // A bare "4xx 4.7.1 try again later" at the envelope is greylisting's usual shape. Not when
      // the words also name something else (an error, a failure, a busy or unavailable service,
      // spam): of 29 such replies read this way, 11 were greylisting, and most of the rest said so.
      greylistingCodes(e) &&
        /try (?:again )?later|retry|come back later|temporarily (?:rejected|deferred)/i.test(e.words) &&
        // (Postfix's milter tempfail, "Service unavailable - try again later", stays: a greylisting
        // filter answers with it.)
        (miltersTempfail(e) || !NAMES_SOMETHING_ELSE.test(e.words)) &&
        !outranked(e, ["rate-limited", "ip-reputation", "reverse-dns-missing"], 0.8) &&
        // A milter's tempfail text reads like a busy server but is not one (rule-helpers.ts).
        (miltersTempfail(e) || !outranked(e, ["server-busy"], 0.8)) && {
          confidence: 0.5,
          signal: `${e.code === null ? "" : `${codeAsShown(e)} `}"try again later"`,
        },
    ),
  explain: (e) =>
    e.patternHits.has("greylisted")
      ? {
          explanation:
            "Greylisting: the receiving server turns away the first attempt from an unfamiliar sender with a temporary refusal and accepts the retry a few minutes later. Real mail servers retry; many copiers and apps do not.",
          fix: "Nothing is wrong with the settings: retry after the delay. If the device does not retry, send through your provider's submission server or a local relay that queues and retries.",
        }
      : {
          // Only the reply's shape ("4xx 4.7.1 try again later") says so: greylisting is the
          // likeliest reason, not a certain one.
          explanation:
            "A temporary refusal asking to retry later. The reply does not say why; greylisting is the commonest reason for this shape: the receiving server turns away the first attempt from an unfamiliar sender and accepts the retry a few minutes later.",
          fix: "Retry after a few minutes. If the retry is accepted, it was greylisting; if the device does not retry, send through your provider's submission server or a local relay that queues and retries. If every retry is refused, ask the receiver's admin what the deferral means.",
        },
});

const NAMES_SOMETHING_ELSE =
  /\b(?:error|problem|fail(?:ure|ed)?|busy|unavailable|capacity|spam|declined|disabled|deferred|unknown|split)\b/i;

/**
 * The codes a greylisting deferral comes with: 450 or 451 with no enhanced code, 4.7.1 or 4.7.0
 * (smtpf's); a 452, or a reply printed without its code, only with 4.7.1 (Mailu, rmilter).
 */
function greylistingCodes(e: Pick<Evidence, "code" | "enhanced">): boolean {
  if (e.code === 450 || e.code === 451)
    return e.enhanced === null || e.enhanced === "4.7.1" || e.enhanced === "4.7.0";
  return (e.code === 452 || e.code === null) && e.enhanced === "4.7.1";
}
