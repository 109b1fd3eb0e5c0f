import { providerById } from "../providers/known";
import type { ProviderId } from "../providers/provider-schema";
import { ENHANCED_CLASS, ENHANCED_SUBJECT, REPLY_CODES } from "./code-meanings";
import type { Codes } from "./diagnosis-schema";
import { readStatusCode } from "./status-codes/read-status-code";
import type { StatusCodeEntry } from "./status-codes/status-code-schema";

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

function providerName(entry: StatusCodeEntry): string {
  return entry.providers?.[0] ? providerById(entry.providers[0]).name : "a provider";
}

/** Whose reading it is: the registering RFC, or the provider that documents the code. */
function owner(entry: StatusCodeEntry): string {
  return entry.providers ? `as documented by ${providerName(entry)}` : (entry.rfc ?? "IANA");
}

function describeEnhanced(enhanced: string, basic: number | null, provider?: ProviderId | null): string {
  const [cls = "", subject = "", detail = ""] = enhanced.split(".");
  const head = `${enhanced}: ${ENHANCED_CLASS[cls] ?? `class ${cls}`}; ${ENHANCED_SUBJECT[subject] ?? `subject ${subject}`}`;
  const reading = readStatusCode(enhanced, basic, provider);
  const entry = reading?.entry;
  if (!reading || !entry)
    return `${head} (detail ${detail} is not in the IANA registry: a provider's own code)`;
  const parts = [`${head}: ${entry.title} (${owner(entry)}): ${entry.meaning}`];
  // A provider's reading shown first still says what the registry means by the same code.
  if (entry.providers && reading.registered)
    parts.push(`registered meaning: ${reading.registered.title} (${reading.registered.rfc})`);
  for (const other of reading.elsewhere) parts.push(`${providerName(other)} uses it for: ${other.title}`);
  return parts.join("; ");
}

/**
 * The meaning of a reply's codes (RFC 5321 reply code; enhanced code from the IANA registry or
 * the provider's documentation), or a plain statement that there were none.
 */
export function describeCodes(
  code: number | null,
  enhanced: string | null,
  provider?: ProviderId | null,
): Codes {
  const parts: string[] = [];
  if (code !== null && code > 0) parts.push(describeBasic(code));
  if (enhanced) parts.push(describeEnhanced(enhanced, code !== null && code > 0 ? code : null, provider));
  return {
    code: code !== null && code > 0 ? code : null,
    enhanced,
    meaning:
      parts.length > 0
        ? parts.join(". ")
        : "No SMTP reply code in the evidence (a client-side or network error).",
  };
}
