import type { ProviderId } from "../../providers/provider-schema";
import { statusCodes } from "./index";
import { STATUS_CODE_PATTERN } from "./status-code-pattern";
import type { CodeCause, StatusClass, StatusCodeEntry } from "./status-code-schema";

/** Where an entry sits: class ("X" = any), subject and the range of details it covers. */
export type CodeSpan = { cls: "X" | StatusClass; subject: number; low: number; high: number };

export function spanOf(code: string): CodeSpan {
  const m = STATUS_CODE_PATTERN.exec(code);
  if (!m) throw new Error(`not a status code: ${code}`);
  const low = Number(m[3]);
  return {
    cls: m[1] as CodeSpan["cls"],
    subject: Number(m[2]),
    low,
    high: m[4] === undefined ? low : Number(m[4]),
  };
}

// Parsed once: the lookup runs for every analysed reply.
const INDEXED = statusCodes.map((entry) => ({ entry, span: spanOf(entry.code) }));

const ENHANCED = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

const KIND = { "2": "success", "4": "temporary", "5": "permanent" } as const;

export type StatusCodeReading = {
  code: string;
  cls: StatusClass;
  /** From the class alone (RFC 3463 §3.1). */
  kind: (typeof KIND)[StatusClass];
  subject: number;
  detail: number;
  /** The reading that applies: the provider's where it has one for this reply, else the registry's. */
  entry: StatusCodeEntry | null;
  /** The IANA registry's own entry for the code, if it has one. */
  registered: StatusCodeEntry | null;
  /** Provider readings that apply only when the provider is known (it was not). */
  elsewhere: StatusCodeEntry[];
  /** The cause the code names by itself in this context, if it names one. */
  cause: CodeCause | null;
};

function basicFits(allowed: readonly (number | null)[] | undefined, basic: number | null): boolean {
  return !allowed || allowed.includes(basic);
}

/**
 * What an enhanced code says, given the basic reply code it came with and the provider when known.
 * A provider's entry outranks the registry's: a known provider's own entries first, then (provider
 * unknown) the provider entries that do not clash with the registry. Never throws.
 */
export function readStatusCode(
  enhanced: string,
  basic: number | null,
  provider?: ProviderId | null,
): StatusCodeReading | null {
  const m = ENHANCED.exec(enhanced);
  if (!m) return null;
  const cls = m[1] as StatusClass;
  const subject = Number(m[2]);
  const detail = Number(m[3]);
  let registered: StatusCodeEntry | null = null;
  let providers: StatusCodeEntry | null = null;
  const elsewhere: StatusCodeEntry[] = [];
  for (const { entry, span } of INDEXED) {
    if (span.cls !== "X" && span.cls !== cls) continue;
    if (span.subject !== subject || detail < span.low || detail > span.high) continue;
    if (!entry.providers) {
      registered ??= entry;
      continue;
    }
    if (!basicFits(entry.basic, basic)) continue;
    const known = provider ? entry.providers.includes(provider) : !entry.providerOnly;
    if (known) providers ??= entry;
    else if (!provider && entry.providerOnly) elsewhere.push(entry);
  }
  const entry = providers ?? registered;
  const cause =
    entry?.causes?.find((c) => (c.classes as readonly string[]).includes(cls) && basicFits(c.basic, basic)) ??
    null;
  return { code: enhanced, cls, kind: KIND[cls], subject, detail, entry, registered, elsewhere, cause };
}
