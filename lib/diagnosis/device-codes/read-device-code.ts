import { MAX_ANALYSED_CHARS } from "../normalise-reply";
import type { DeviceCodeEntry, DeviceVendor } from "./device-code-schema";
import { DEVICE_CODE_SHAPES, type DeviceCodeShape, MAKER_WORDS } from "./device-code-shapes";
import { deviceCodes } from "./device-codes";

/**
 * A code the device itself shows (panel, send log, transmission report), not the server's reply.
 * Documented: the maker's meaning, with the cause it decides (if any). Not documented: only that
 * it is the device's own code, so the analyzer can say "run the wizard to get the server's words"
 * instead of guessing.
 */
export type DeviceCodeReading =
  | ({ documented: true } & Pick<
      DeviceCodeEntry,
      "vendor" | "code" | "meaning" | "cause" | "confidence" | "source"
    >)
  | { documented: false; vendor: DeviceVendor | null; code: string };

/** How far from a code a maker's name still counts as "next to it" (a panel line or two). */
const NEAR = 200;
/** Matches looked at per shape: a paste with more candidates than this says nothing more. */
const MAX_MATCHES_PER_SHAPE = 64;
const SMTP_REPLY_CODE = /^[2-5]\d\d$/;

/** One spelling per code: Canon prints "#801" and "#0801"; the rest are compared upper-cased. */
export function canonicalDeviceCode(vendor: DeviceVendor | null, code: string): string {
  const trimmed = code.trim().toUpperCase();
  if (vendor === "canon") {
    const digits = /^#?0*(\d{3,4})$/.exec(trimmed)?.[1];
    if (digits) return `#${digits.padStart(3, "0")}`;
  }
  return trimmed;
}

type Hit = { at: number; vendor: DeviceVendor | null; code: string };

/** The maker named nearest to text[from, to), among `vendors`, within NEAR characters. */
function makerNear(
  text: string,
  from: number,
  to: number,
  vendors: readonly DeviceVendor[] | "any",
): DeviceVendor | null {
  const start = Math.max(0, from - NEAR);
  const window = text.slice(start, Math.min(text.length, to + NEAR));
  let best: { vendor: DeviceVendor; distance: number } | null = null;
  for (const { vendor, pattern } of MAKER_WORDS) {
    if (vendors !== "any" && !vendors.includes(vendor)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
      const at = start + m.index;
      const distance = at < from ? from - (at + m[0].length) : at - to;
      if (!best || distance < best.distance) best = { vendor, distance };
    }
  }
  return best?.vendor ?? null;
}

function hitsOf(text: string, shape: DeviceCodeShape): Hit[] {
  const hits: Hit[] = [];
  const { owner, pattern } = shape;
  pattern.lastIndex = 0;
  for (let looked = 0; looked < MAX_MATCHES_PER_SHAPE; looked++) {
    const m = pattern.exec(text);
    if (!m) break;
    const raw = m[1] ?? "";
    const at = m.index + m[0].lastIndexOf(raw);
    let vendor: DeviceVendor | null;
    if (owner.kind === "own") vendor = owner.vendor;
    else if (owner.kind === "hint") vendor = makerNear(text, at, at + raw.length, [owner.vendor]);
    else {
      vendor = makerNear(text, at, at + raw.length, owner.vendors);
      if (!vendor || SMTP_REPLY_CODE.test(raw)) continue;
    }
    hits.push({ at, vendor, code: canonicalDeviceCode(vendor, raw) });
  }
  return hits;
}

/**
 * A reader over a table of documented codes (`deviceCodes` in production; tests pass their own).
 * The first documented code in the text wins; else the first device-shaped code, its maker named
 * where the shape or a nearby name says it; else null (an ordinary server reply has none).
 */
export function createDeviceCodeReader(
  table: readonly DeviceCodeEntry[],
): (text: string) => DeviceCodeReading | null {
  const byCode = new Map(
    table.map((entry) => [`${entry.vendor} ${canonicalDeviceCode(entry.vendor, entry.code)}`, entry]),
  );
  return (raw) => {
    const text = raw.slice(0, MAX_ANALYSED_CHARS);
    const hits = DEVICE_CODE_SHAPES.flatMap((shape) => hitsOf(text, shape))
      // Text order; at one place, a hit that names its maker before one that does not.
      .sort((a, b) => a.at - b.at || Number(b.vendor !== null) - Number(a.vendor !== null));
    for (const hit of hits) {
      const entry = hit.vendor ? byCode.get(`${hit.vendor} ${hit.code}`) : undefined;
      if (entry) {
        const { vendor, code, meaning, cause, confidence, source } = entry;
        return { documented: true, vendor, code, meaning, cause, confidence, source };
      }
    }
    const first = hits[0];
    return first ? { documented: false, vendor: first.vendor, code: first.code } : null;
  };
}

/** Reads a device's own code out of pasted text, against the documented table. Never throws. */
export const readDeviceCode = createDeviceCodeReader(deviceCodes);
