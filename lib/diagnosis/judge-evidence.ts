import { catalogueLink, causeById } from "./causes";
import type { DiagnosisContext } from "./diagnosis-context";
import type { Codes, OtherCause, RootCause } from "./diagnosis-schema";
import type { Evidence } from "./evidence";
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
  for (const rule of rules) {
    const match = rule.match(evidence);
    if (match && match.confidence > 0)
      ranked.push({ rule, confidence: round(match.confidence), signal: match.signal });
  }
  return ranked.sort((a, b) => b.confidence - a.confidence);
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
