import { type EnhancedCodeSignal, enhancedCodeSignals } from "./enhanced-codes";

type ParsedSignal = { signal: EnhancedCodeSignal; cls: string; subject: string; low: number; high: number };

// Parsed once: the lookup runs for every analysed reply.
const PARSED: readonly ParsedSignal[] = enhancedCodeSignals.map((signal) => {
  const [cls = "", subject = "", detail = ""] = signal.code.split(".");
  const [low = "", high = low] = detail.split("-");
  return { signal, cls, subject, low: Number(low), high: Number(high) };
});

/** The signal for an enhanced code (with its basic code), if the table has one. */
export function findEnhancedSignal(enhanced: string, basic: number | null): EnhancedCodeSignal | null {
  const [cls, subject, detail] = enhanced.split(".");
  const n = Number(detail);
  for (const { signal, ...p } of PARSED) {
    if (p.cls !== cls || p.subject !== subject || n < p.low || n > p.high) continue;
    if (signal.basic && (basic === null || !signal.basic.includes(basic))) continue;
    return signal;
  }
  return null;
}
