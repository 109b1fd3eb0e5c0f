import type { ProbeErrorCode, StageName } from "../../smtp/probe-schema";
import type { CauseId } from "../causes";
import type { Evidence } from "../evidence";
import type { RuleMatch } from "./rule-types";

/** The strongest of several matches (nulls ignored). */
export function strongest(...matches: (RuleMatch | null | undefined | false)[]): RuleMatch | null {
  let best: RuleMatch | null = null;
  for (const m of matches) if (m && (!best || m.confidence > best.confidence)) best = m;
  return best;
}

/** The cause's best wording match in the reply text. */
export function wording(e: Evidence, cause: CauseId): RuleMatch | null {
  const hit = e.patternHits.get(cause);
  return hit ? { confidence: hit.confidence, signal: `wording /${hit.pattern.source.slice(0, 60)}/` } : null;
}

/** An enhanced code that the knowledge table ties to this cause. */
export function enhancedCode(e: Evidence, cause: CauseId): RuleMatch | null {
  const hit = e.codeHits.get(cause);
  return hit ? { confidence: hit.confidence, signal: `enhanced code ${hit.code}` } : null;
}

/** The probe engine's error code (optionally at given stages). */
export function probeError(
  e: Evidence,
  codes: readonly ProbeErrorCode[],
  confidence: number,
  stages?: readonly StageName[],
): RuleMatch | null {
  if (!e.errorCode || !codes.includes(e.errorCode)) return null;
  if (stages && (!e.stage || !stages.includes(e.stage))) return null;
  return { confidence, signal: `probe error ${e.errorCode}${e.stage ? ` at ${e.stage}` : ""}` };
}

/** A client/OS error code printed in the text. */
export function systemCode(e: Evidence, codes: readonly string[], confidence: number): RuleMatch | null {
  const found = e.systemCodes.find((c) => codes.includes(c));
  return found ? { confidence, signal: `error code ${found}` } : null;
}

/** The decisive basic reply code (optionally only at given stages). */
export function replyCode(
  e: Evidence,
  codes: readonly number[],
  confidence: number,
  stages?: readonly StageName[],
): RuleMatch | null {
  if (e.code === null || !codes.includes(e.code)) return null;
  if (stages && (!e.stage || !stages.includes(e.stage))) return null;
  return { confidence, signal: `reply code ${e.code}` };
}

/** Whether a wording match for another cause is at least this strong (to step aside for it). */
export function outranked(e: Evidence, causes: readonly CauseId[], atLeast: number): boolean {
  return causes.some((cause) => (e.patternHits.get(cause)?.confidence ?? 0) >= atLeast);
}

/** The provider's name for explanations, or a neutral phrase. */
export function isProvider(e: Evidence, id: string): boolean {
  return e.provider === id;
}

/** The TLS facts the probe recorded (implicit TLS or STARTTLS), if any. */
export function tlsFacts(e: Evidence) {
  return e.probe?.stages.find((stage) => stage.facts.tls)?.facts.tls ?? null;
}
