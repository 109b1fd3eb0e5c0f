import { findEnhancedSignal } from "./reply-patterns/find-enhanced-signal";
import { causeById } from "./causes";
import { ENHANCED_CLASS, ENHANCED_DETAIL, ENHANCED_SUBJECT, REPLY_CODES } from "./code-meanings";
import type { Codes } from "./diagnosis-schema";

function describeBasic(code: number): string {
  const known = REPLY_CODES[code];
  if (known) return `${code}: ${known}`;
  const first = String(code)[0];
  const kind =
    first === "2"
      ? "success"
      : first === "3"
        ? "intermediate (more input expected)"
        : first === "4"
          ? "temporary failure"
          : "permanent failure";
  return `${code}: a ${kind} reply (no standard meaning for this exact code)`;
}

function describeEnhanced(enhanced: string, basic: number | null): string {
  const [cls = "", subject = "", detail = ""] = enhanced.split(".");
  const parts = [ENHANCED_CLASS[cls] ?? `class ${cls}`, ENHANCED_SUBJECT[subject] ?? `subject ${subject}`];
  const standard = ENHANCED_DETAIL[`${subject}.${detail}`];
  if (standard) return `${enhanced}: ${parts.join("; ")}: ${standard} (RFC 3463)`;
  const signal = findEnhancedSignal(enhanced, basic);
  const reading = signal ? `; providers use it for: ${causeById(signal.cause).title.toLowerCase()}` : "";
  return `${enhanced}: ${parts.join("; ")} (detail ${detail} is provider-specific${reading})`;
}

/** The generic meaning of a reply's codes, or a plain statement that there were none. */
export function describeCodes(code: number | null, enhanced: string | null): Codes {
  const parts: string[] = [];
  if (code !== null && code > 0) parts.push(describeBasic(code));
  if (enhanced) parts.push(describeEnhanced(enhanced, code));
  return {
    code: code !== null && code > 0 ? code : null,
    enhanced,
    meaning:
      parts.length > 0
        ? parts.join(". ")
        : "No SMTP reply code in the evidence (a client-side or network error).",
  };
}
