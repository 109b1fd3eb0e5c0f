import { type CauseId, catalogueLink, causeById } from "./causes";
import type { DiagnosisContext } from "./diagnosis-context";
import type { Codes, OtherCause, RootCause } from "./diagnosis-schema";
import type { Evidence } from "./evidence";
import { ruledOutByFacts } from "./probe-fact-rules";
import { diagnosisRules } from "./rules";
import type { Rule } from "./rules/rule-types";

/** Below this, nothing is named as the root cause: an honest "unrecognised" beats a confident guess. */
export const ROOT_THRESHOLD = 0.4;
const OTHER_MIN = 0.15;
const MAX_OTHERS = 4;

export type Ranked = { rule: Rule; confidence: number; signal: string };

export type Verdict = { rootCause: RootCause; otherCauses: OtherCause[]; unrecognised: boolean };

/** Every rule's verdict, strongest first (a stable sort: ties keep registry order). */
export function rankCauses(evidence: Evidence, rules: readonly Rule[] = diagnosisRules): Ranked[] {
  const ranked: Ranked[] = [];
  const persistence = replyClass(evidence);
  for (const rule of rules) {
    if (ruledOutByFacts(evidence, rule.id)) continue;
    const match = rule.match(evidence);
    if (!match || match.confidence <= 0) continue;
    ranked.push({
      rule,
      confidence: round(match.confidence * persistenceWeight(rule.id, persistence)),
      signal: match.signal,
    });
  }
  return ranked.sort((a, b) => b.confidence - a.confidence);
}

/** Causes that are only ever a temporary refusal: a permanent (5xx) reply makes them unlikely. */
const TEMPORARY_ONLY: ReadonlySet<CauseId> = new Set([
  "greylisted",
  "server-busy",
  "session-timeout",
  "server-temporary-failure",
]);

/**
 * Causes a server normally reports with a permanent (5xx) refusal. A 4xx reply can still carry
 * one (Postfix's soft_bounce, "450 4.1.1 … User unknown"), so explicit words still name it, but a
 * temporary cause that fits as well comes first.
 */
const NORMALLY_PERMANENT: ReadonlySet<CauseId> = new Set([
  "recipient-unknown",
  "recipient-rejected-policy",
  "relay-denied",
  "direct-send-rejected",
  "sender-rejected",
  "sender-not-authorized",
  "sender-account-restricted",
  "sender-authentication-failed",
  "message-too-large",
  "message-rejected-content",
  "message-malformed",
  "domain-blocklisted",
  "ip-blocklisted",
  "ip-not-allowed",
  "no-recipients",
  "auth-failed",
  "auth-disabled-tenant",
  "auth-disabled-mailbox",
  "auth-basic-blocked",
  "auth-basic-retired",
  "auth-app-password-required",
  "auth-web-login-required",
  "auth-required",
]);

const AGAINST_THE_CLASS = 0.8;

/** "4" for a temporary refusal, "5" for a permanent one, from the basic code or else the enhanced code. */
export function replyClass(e: Evidence): "4" | "5" | null {
  const first = e.code !== null ? String(e.code)[0] : e.enhanced?.[0];
  return first === "4" || first === "5" ? first : null;
}

function persistenceWeight(cause: CauseId, cls: "4" | "5" | null): number {
  if (cls === "4" && NORMALLY_PERMANENT.has(cause)) return AGAINST_THE_CLASS;
  if (cls === "5" && TEMPORARY_ONLY.has(cause)) return AGAINST_THE_CLASS;
  return 1;
}

function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
}

function unrecognisedCause(evidence: Evidence, codes: Codes, reply: string): RootCause {
  const cls = codes.code ? String(codes.code)[0] : codes.enhanced?.[0];
  const fix =
    cls === "4"
      ? "The refusal is temporary: retry later. If it keeps happening, send the exact reply above to the server's administrator or the provider's support."
      : cls === "5"
        ? "The refusal is permanent: retrying the same way will not help. Send the exact reply above to the server's administrator or the provider's support, and check the sender, recipient and server settings."
        : "Paste the complete error (with any numeric code, e.g. 550 5.7.1) or run the live test for a precise diagnosis.";
  return {
    id: "unrecognised",
    title: causeById("unrecognised").title,
    confidence: 0,
    evidence: { stage: evidence.stage, reply },
    explanation: `SMTP Doctor does not recognise this reply well enough to name a cause, so it does not guess. What the codes mean in general: ${codes.meaning}`,
    fix,
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
  const others = ranked
    .slice(recognised ? 1 : 0)
    .filter((r) => r.confidence >= OTHER_MIN)
    .slice(0, MAX_OTHERS)
    .map((r) => ({ id: r.rule.id, title: r.rule.title, confidence: r.confidence }));
  if (!recognised || !top) {
    return { rootCause: unrecognisedCause(evidence, codes, reply), otherCauses: others, unrecognised: true };
  }
  const { explanation, fix } = top.rule.explain(evidence, context);
  return {
    rootCause: {
      id: top.rule.id,
      title: top.rule.title,
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
