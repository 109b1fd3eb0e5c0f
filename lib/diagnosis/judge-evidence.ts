import { catalogueLink, causeById } from "./causes";
import type { DiagnosisContext } from "./diagnosis-context";
import type { Codes, OtherCause, RootCause } from "./diagnosis-schema";
import type { Evidence } from "./evidence";
import { replyClass } from "./reply-class";

export { replyClass };

import { ruledOutByFacts } from "./probe-fact-rules";
import { diagnosisRules } from "./rules";
import type { Rule, RuleMatch } from "./rules/rule-types";
import { UNRECOGNISED_LEAD } from "./unrecognised-text";

/** Below this, nothing is named as the root cause: an honest "unrecognised" beats a confident guess. */
export const ROOT_THRESHOLD = 0.4;
const OTHER_MIN = 0.15;
const MAX_OTHERS = 4;

/** `codeOnly`: the cause rests on a reply code alone, basic or enhanced, not on any words. */
export type Ranked = { rule: Rule; confidence: number; signal: string; codeOnly: boolean };

export type Verdict = { rootCause: RootCause; otherCauses: OtherCause[]; unrecognised: boolean };

/** Every rule's verdict, strongest first (a stable sort: ties keep registry order). */
const isCodeAlone = (m: RuleMatch) => m.codeOnly === true || m.fromStatusCode === true;

export function rankCauses(evidence: Evidence, rules: readonly Rule[] = diagnosisRules): Ranked[] {
  const ranked: Ranked[] = [];
  const persistence = replyClass(evidence);
  for (const rule of rules) {
    if (ruledOutByFacts(evidence, rule.id, rule.cause.group)) continue;
    const matched = rule.match(evidence);
    if (!matched || matched.confidence <= 0) continue;
    // A code alone names a cause only where that cause can happen: Microsoft's 5.5.0 read as an
    // unknown recipient cannot be what a server said at its greeting. Where the code was only the
    // strongest of the rule's signals, its wording still counts (Exchange's 5.7.57 refusal of MAIL
    // FROM quoting "535 5.7.3 Authentication unsuccessful": the login's failure, told later).
    const offStage = evidence.stage !== null && !rule.stages.includes(evidence.stage);
    // The rule runs again without what the codes say, so its own weighing (a login refused earlier
    // halves "not authenticated") still applies to what is left.
    const withoutCodes = () => {
      const again = rule.match({ ...evidence, codeHits: new Map() });
      return again && !isCodeAlone(again) ? again : null;
    };
    const match = offStage && isCodeAlone(matched) ? withoutCodes() : matched;
    if (!match || match.confidence <= 0) continue;
    const codeAlone = isCodeAlone(match);
    ranked.push({
      rule,
      confidence: round(
        match.confidence *
          (againstTheClass(rule, persistence) ? AGAINST_THE_CLASS : 1) *
          (recipientBeforeEnvelope(rule, evidence.stage) ? BEFORE_THE_ENVELOPE : 1),
      ),
      signal: match.signal,
      codeOnly: codeAlone,
    });
  }
  ranked.sort((a, b) => b.confidence - a.confidence);
  // A bare code does not outrank the reply's own words, even words that name a cause of the other
  // class: "535 5.7.8 … authentication failed: Connection lost to authentication server" is the
  // server's back end failing, not a refused password. The words lead at the code's confidence.
  const top = ranked[0];
  if (top?.codeOnly) {
    const worded = ranked.find((r) => !r.codeOnly && againstTheClass(r.rule, persistence));
    if (worded && round(worded.confidence / AGAINST_THE_CLASS) > top.confidence) {
      ranked.splice(ranked.indexOf(worded), 1);
      ranked.unshift({ ...worded, confidence: top.confidence });
    }
  }
  return ranked;
}

const AGAINST_THE_CLASS = 0.8;
const BEFORE_THE_ENVELOPE = 0.7;

/**
 * A recipient's cause in a reply given before any recipient was named (greeting, EHLO, TLS, AUTH):
 * "535 5.7.8 Unknown user" after the password is the login's user, not a recipient.
 */
function recipientBeforeEnvelope(rule: Rule, stage: Evidence["stage"]): boolean {
  return (
    rule.id.startsWith("recipient-") &&
    (stage === "greeting" || stage === "ehlo" || stage === "tls" || stage === "auth")
  );
}

/** A cause reported against its usual class (a permanent cause under a 4xx, or the reverse) weighs less. */
function againstTheClass(rule: Rule, cls: "4" | "5" | null): boolean {
  return (
    (cls === "4" && rule.persistence === "permanent") || (cls === "5" && rule.persistence === "temporary")
  );
}

/**
 * "Other possible causes" only where the evidence allows them: never a permanent cause under a
 * temporary (4xx) reply or a temporary-only one under a 5xx, and under explicit words (a named
 * list, a named mailbox problem) never a cause that only a reply code suggests, basic or enhanced
 * (Facebook's "550 5.1.1 … Refused due to recipient preferences" is no unknown recipient).
 */
function allowedAsAlternative(r: Ranked, top: Ranked | undefined, cls: "4" | "5" | null): boolean {
  if (againstTheClass(r.rule, cls)) return false;
  return !(r.codeOnly && top !== undefined && top.confidence >= 0.8);
}

function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
}

// Where to look next, by the stage the refusal came at: what the server was judging there.
const STAGE_HINTS: Partial<Record<NonNullable<Evidence["stage"]>, string>> = {
  connect:
    "It failed while connecting: check the server name and port, and whether the site's firewall or ISP lets the port out.",
  greeting:
    "It failed at the server's greeting: check the port and the encryption setting (port 465 expects SSL/TLS from the start).",
  ehlo: "It failed at EHLO: the server judged the name the device introduced itself with.",
  tls: "It failed while starting encryption: compare the device's TLS setting and version with what the server offers.",
  auth: "It failed at sign-in: check the username (usually the full address), the password or app password, and whether the provider allows password sign-in for SMTP.",
  mail: "It failed at MAIL FROM: the server judged the sender address (or the sign-in behind it).",
  rcpt: "It failed at RCPT TO: the server judged the recipient, or whether it relays for this device.",
  data: "It failed after the message was sent: the server judged the content, size or headers.",
};

// What the reply code's class says when nothing names a cause.
const CODE_CLASS_MEANING: Readonly<Record<string, string>> = {
  "2": "The reply code is a positive one (2xx), not a refusal: look at the words beside it and at what happened after it.",
  "3": "The reply code is an intermediate one (3xx): the server is waiting for the client's next step.",
  "4": "The refusal is temporary: retry later; if it keeps happening, it is not transient.",
  "5": "The refusal is permanent: retrying the same way will not help.",
};

function unrecognisedCause(evidence: Evidence, codes: Codes, reply: string): RootCause {
  const cls = codes.code ? String(codes.code)[0] : codes.enhanced?.[0];
  const persistence = (cls && CODE_CLASS_MEANING[cls]) ?? "There is no SMTP reply code in the text.";
  const stageHint = evidence.stage ? STAGE_HINTS[evidence.stage] : undefined;
  const next =
    evidence.source === "probe"
      ? "Send the exact reply above to the server's administrator or the provider's support."
      : "Run the live test in the wizard with the device's settings to get the server's own words at every stage; if this came from a bounce, paste the whole bounce (its Diagnostic-Code line quotes the server).";
  return {
    id: "unrecognised",
    title: causeById("unrecognised").title,
    confidence: 0,
    evidence: { stage: evidence.stage, reply },
    explanation: `${UNRECOGNISED_LEAD} well enough to name a cause, so it does not guess. What the codes mean in general: ${codes.meaning}`,
    fix: [persistence, stageHint, next].filter(Boolean).join(" "),
    signal: null,
    catalogue: catalogueLink("unrecognised"),
  };
}

/** The root cause (or "unrecognised") and the runners-up, with explanation and fix. */
export function judgeEvidence(
  evidence: Evidence,
  context: DiagnosisContext,
  codes: Codes,
  reply: string,
  rules: readonly Rule[] = diagnosisRules,
): Verdict {
  const ranked = rankCauses(evidence, rules);
  const top = ranked[0];
  const recognised = top !== undefined && top.confidence >= ROOT_THRESHOLD;
  const cls = replyClass(evidence);
  const others = ranked
    .slice(recognised ? 1 : 0)
    .filter((r) => r.confidence >= OTHER_MIN && allowedAsAlternative(r, top, cls))
    .slice(0, MAX_OTHERS)
    .map((r) => ({ id: r.rule.id, title: r.rule.title, confidence: r.confidence }));
  if (!recognised || !top) {
    return { rootCause: unrecognisedCause(evidence, codes, reply), otherCauses: others, unrecognised: true };
  }
  const { explanation, fix, title } = top.rule.explain(evidence, context);
  return {
    rootCause: {
      id: top.rule.id,
      title: title ?? top.rule.title,
      confidence: top.confidence,
      evidence: { stage: evidence.stage, reply },
      explanation,
      fix,
      signal: top.signal,
      catalogue: top.rule.catalogue,
    },
    otherCauses: others,
    unrecognised: false,
  };
}
