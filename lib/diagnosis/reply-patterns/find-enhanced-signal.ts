import type { ProviderId } from "../../providers/provider-schema";
import type { CauseId } from "../causes";
import { readStatusCode } from "../status-codes/read-status-code";

/** An enhanced code that names one cause by itself (from lib/diagnosis/status-codes). */
export type EnhancedCodeSignal = {
  /** The registry entry's code: "X.1.1", "5.7.57" or a range such as "5.7.606-649". */
  code: string;
  cause: CauseId;
  confidence: number;
  /** The basic reply codes the reading is limited to, when it is. */
  basic?: readonly number[];
  source: string;
  /** The registry's title, or the provider's documented text, for saying what the code means. */
  title: string;
  /** Set when the reading is a provider's own use of the code. */
  providers?: readonly string[];
};

/**
 * The cause an enhanced code names, with its basic code (and the provider, when known), if the
 * status-code registry gives it one. 5.7.1 and the other catch-alls give none: wording decides.
 */
export function findEnhancedSignal(
  enhanced: string,
  basic: number | null,
  provider?: ProviderId | null,
): EnhancedCodeSignal | null {
  const reading = readStatusCode(enhanced, basic, provider);
  if (reading && !reading.entry && reading.detail !== 0)
    return subjectSignal(reading.cls, reading.subject, basic);
  if (!reading?.entry || !reading.cause) return null;
  const { entry, cause } = reading;
  const limits = cause.basic ?? entry.basic?.filter((b): b is number => b !== null);
  return {
    code: entry.code,
    cause: cause.cause,
    confidence: cause.confidence,
    ...(limits && limits.length > 0 ? { basic: limits } : {}),
    source: entry.source,
    title: entry.title,
    ...(entry.providers ? { providers: entry.providers } : {}),
  };
}

// A detail no registry or provider documents ("4.3.111", "4.2.15") still has its class and
// subject: it is read as the subject's own "other or undefined" code (X.3.0: a passing problem on
// the receiving system, when temporary), with less weight than a documented code.
const UNDOCUMENTED_DETAIL = 0.8;

function subjectSignal(cls: string, subject: number, basic: number | null): EnhancedCodeSignal | null {
  const general = findEnhancedSignal(`${cls}.${subject}.0`, basic, null);
  if (!general) return null;
  return {
    ...general,
    confidence: Math.round(general.confidence * UNDOCUMENTED_DETAIL * 100) / 100,
    title: `${general.title}: an undocumented detail of that subject`,
  };
}
