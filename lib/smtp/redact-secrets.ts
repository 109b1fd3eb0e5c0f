import { isUtf8 } from "node:buffer";
import type { Credentials } from "./probe-schema";

/**
 * Redaction from what is known, not a search of everything for the secret.
 *
 * - The client lines of an AUTH exchange are ours: the command's argument and every answer to a
 *   334 challenge are replaced whole, whatever the mechanism.
 * - Server text is the server's exact words. It changes only where it echoes the credential: in
 *   the replies to the AUTH exchange (a banner cannot echo a password it never saw, and later
 *   replies answer commands that carry none: searching them finds only coincidences), where the
 *   secret stands as a word of its own — not "x" inside "exist", "outlook" inside a host name,
 *   "2026" inside a timestamp or "p" inside a URL — or in a base64 run that decodes to text
 *   echoing it (what we sent, or part of it, at any alignment).
 * - It runs on the raw text, before sanitising and truncation, and matches the way the page will
 *   read it: an invisible or control character in the secret also matches its visible escape, a
 *   space, or nothing (a server may flatten or drop it).
 * - Every echo becomes one fixed marker, a base64 run replaced whole, so neither the secret's
 *   length nor any of its letters show.
 * - Structural fields (ids, statuses, stage names, times, codes, keys) are never searched.
 *
 * A server that sets out to publish the password (encoded its own way) cannot be stopped; this
 * catches servers that quote what they were sent, which is what real ones do.
 */

/** What replaces a server's echo of the secret. */
export const REDACTED = "[redacted]";
/** What replaces our own client lines that carry it. */
export const MASK = "<redacted>";

/**
 * The secrets compiled for searching server text, and the invisible characters they contain.
 * `mayEcho` is the cheap necessary test: a text can hold an echo only if some secret's visible
 * characters appear in it in order. Most texts fail it, so the Unicode-aware `token` pattern (a
 * millisecond or two to compile) is compiled only for a text that passes.
 */
export type EchoMatcher = { readonly token: RegExp; soft: Set<string>; mayEcho(text: string): boolean };

/**
 * The forms a leak check looks for: the secret in plain text and the base64 characters fully
 * determined by its bytes at each of the three alignments it can take inside a longer base64
 * string (AUTH PLAIN and XOAUTH2 wrap it). Redaction does not search for these; tests do.
 */
export function secretNeedles(secret: string): string[] {
  if (secret.length === 0) return [];
  const bytes = Buffer.from(secret, "utf8");
  const needles = new Set<string>([secret]);
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString("base64");
    const needle = encoded.slice(Math.ceil((offset * 8) / 6), Math.floor(((offset + bytes.length) * 8) / 6));
    if (needle.length >= 4) needles.add(needle);
  }
  return [...needles].sort((a, b) => b.length - a.length);
}

// Characters the display turns into visible escapes (sanitize-text.ts), as the raw text has them
// (line breaks excluded: an echo never spans lines), and as the display writes them.
const SOFT = String.raw`(?:[^\P{Cc}\n\r]|\p{Cf}|\p{Zl}|\p{Zp})`;
const ESCAPED = String.raw`(?:\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4})`;
const SPACE = String.raw`[^\S\n\r]`;
// A word ends where letters and digits end; ".", "-" and "@" between them join one word (host
// names, addresses, timestamps).
const WORD = String.raw`[\p{L}\p{N}\p{M}_]`;
const JOIN = "[.@-]";
const BEFORE = `(?<!${WORD}|${WORD}${JOIN})`;
const AFTER = `(?!${WORD}|${JOIN}${WORD})`;
// Built on first use: a Unicode property class costs a fraction of a millisecond to build, and most
// runs (an ASCII password) need neither.
function oneCharTest(cls: string): { test(ch: string): boolean } {
  let pattern: RegExp | null = null;
  return {
    test: (ch) => {
      pattern ??= new RegExp(`^${cls}$`, "u");
      return pattern.test(ch);
    },
  };
}
const SOFT_CHAR = oneCharTest(SOFT);
const WORD_CHAR = oneCharTest(WORD);
// Only the syntax characters: in a "u" pattern any other escape is an error.
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

// Printable ASCII is visible and never soft; only other characters need the Unicode test.
const isSoft = (ch: string) => !/^[!-~]$/.test(ch) && SOFT_CHAR.test(ch);

/** Whether `chars` appear in `text` in this order (other characters may stand between them). */
function inOrder(text: string, chars: readonly string[]): boolean {
  let at = 0;
  for (const ch of chars) {
    const found = text.indexOf(ch, at);
    if (found === -1) return false;
    at = found + ch.length;
  }
  return true;
}

/** The secret as a word of its own, whatever a server or the display did to its invisible characters. */
function tokenPattern(secret: string): string | null {
  const chars = [...secret];
  const visible = chars.filter((ch) => !SOFT_CHAR.test(ch));
  const first = visible[0];
  const last = visible.at(-1);
  if (first === undefined || last === undefined) return null;
  // The word boundaries sit outside any invisible characters at the edges.
  let pattern = WORD_CHAR.test(first) ? BEFORE : "";
  let seen = 0;
  let softRun = false;
  for (const ch of chars) {
    if (SOFT_CHAR.test(ch)) {
      softRun = true;
      continue;
    }
    if (softRun) pattern += seen === 0 ? `(?:${SOFT}|${ESCAPED})*` : `(?:${SOFT}|${ESCAPED}|${SPACE})*`;
    pattern += escapeRegExp(ch);
    seen++;
    softRun = false;
  }
  if (softRun) pattern += `(?:${SOFT}|${ESCAPED})*`;
  return WORD_CHAR.test(last) ? pattern + AFTER : pattern;
}

/** Compiles the secrets for searching; null when none has a visible character to look for. */
export function echoMatcher(secrets: string[]): EchoMatcher | null {
  const visible = secrets
    .map((secret) => [...secret].filter((ch) => !isSoft(ch)))
    .filter((chars) => chars.length > 0);
  if (visible.length === 0) return null;
  const soft = new Set(secrets.flatMap((secret) => [...secret].filter(isSoft)));
  let token: RegExp | null = null;
  return {
    get token() {
      if (!token) {
        const tokens = secrets.map(tokenPattern).filter((pattern): pattern is string => pattern !== null);
        token = new RegExp(tokens.join("|"), "gu");
      }
      return token;
    },
    soft,
    mayEcho: (text) => visible.some((chars) => inOrder(text, chars)),
  };
}

const URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"')\]]*/gi;
const BASE64_RUN = /[A-Za-z0-9+/]+={0,2}/g;
// One group of four: the shortest thing we send (a one-character password in AUTH LOGIN).
const MIN_BASE64_RUN = 4;
const OTHER = /\p{C}/u;
// What SASL puts between fields (PLAIN's NUL, XOAUTH2's ^A) and line breaks.
const SEPARATORS = new Set(["\0", "\x01", "\t", "\n", "\r"]);

// Long enough that noise almost never reads as text: (95/256)^12 is about 1 in 150 000.
const LONG_BLOB = 12;

/**
 * Whether decoded bytes echo the secret the way a credential blob does: exactly the secret (AUTH
 * LOGIN), the secret among SASL fields (PLAIN, XOAUTH2), or inside longer text. Most base64-looking
 * words decode to a few bytes of noise, which would otherwise spell a short secret now and then.
 */
function blobEchoes(decoded: string, matcher: EchoMatcher): boolean {
  if (!matcher.mayEcho(decoded)) return false;
  if (![...decoded].every((ch) => !OTHER.test(ch) || SEPARATORS.has(ch) || matcher.soft.has(ch)))
    return false;
  const hits = tokenEchoes(decoded, matcher);
  if (hits.length === 0) return false;
  const whole = hits.some(([start, end]) => start === 0 && end === decoded.length);
  const fields = decoded.includes("\0") || decoded.includes("\x01");
  return whole || fields || Buffer.byteLength(decoded) >= LONG_BLOB;
}

type Range = [number, number];

const spans = (text: string, pattern: RegExp): Range[] =>
  [...text.matchAll(pattern)].map((hit) => [hit.index, hit.index + hit[0].length]);

const inside = (ranges: Range[], [start, end]: Range) => ranges.some(([a, b]) => start >= a && end <= b);

/** Where the secret stands as a word of its own, outside URLs. */
function tokenEchoes(text: string, matcher: EchoMatcher): Range[] {
  if (!matcher.mayEcho(text)) return [];
  const urls = spans(text, URL);
  return spans(text, matcher.token).filter((range) => range[1] > range[0] && !inside(urls, range));
}

/** Whether a base64 run, read from any of its four character offsets, decodes to text that echoes the secret. */
function carriesSecret(run: string, matcher: EchoMatcher): boolean {
  for (let shift = 0; shift < 4; shift++) {
    const body = run.slice(shift);
    // The run as it stands may be a whole blob (its padding dropped or not); read from inside it,
    // only whole groups of four count: a cut group decodes to a byte or two of noise, which
    // spells a one-letter secret far too often.
    const groups = shift === 0 ? body : body.slice(0, body.length - (body.length % 4));
    if (groups.length < 4) break;
    // Bytes that are not UTF-8 are skipped, as a fatal decoder would; checked without one, since a
    // thrown error per run made masking a 20-run report take ~150 ms (most runs are plain words).
    const bytes = Buffer.from(groups, "base64");
    if (!isUtf8(bytes)) continue;
    if (blobEchoes(bytes.toString("utf8"), matcher)) return true;
  }
  return false;
}

/** Replaces every echo of the secret in one piece of server text with the fixed marker. */
export function redactEchoes(text: string, matcher: EchoMatcher | null): string {
  if (!matcher) return text;
  const ranges = tokenEchoes(text, matcher);
  const urls = spans(text, URL);
  for (const run of spans(text, BASE64_RUN)) {
    if (run[1] - run[0] < MIN_BASE64_RUN || inside(urls, run)) continue;
    // The whole run: the characters around the secret's carry bits of it too.
    if (carriesSecret(text.slice(run[0], run[1]), matcher)) ranges.push(run);
  }
  if (ranges.length === 0) return text;
  // Overlapping or touching echoes become one marker.
  const merged: Range[] = [];
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  let out = "";
  let at = 0;
  for (const [start, end] of merged) {
    out += `${text.slice(at, start)}${REDACTED}`;
    at = end;
  }
  return out + text.slice(at);
}

/**
 * One session's redaction, in the order things happen: client lines pass `client()` as they are
 * sent, server text passes `server()` as it arrives, before anything parses, sanitises or stores it.
 */
export class AuthRedactor {
  private readonly matcher: EchoMatcher | null;
  /** From our AUTH command until the next command: the replies that may echo the credential. */
  private exchange = false;
  /** The server's last reply in the exchange was a 334 challenge: the client's next line answers it. */
  private challenged = false;

  constructor(credentials: Credentials | undefined) {
    const secret = credentials?.kind === "oauth2" ? credentials.accessToken : credentials?.password;
    this.matcher = secret ? echoMatcher([secret]) : null;
  }

  client(line: string): string {
    const auth = /^AUTH(?:\s+(\S+))?(\s+\S.*)?$/is.exec(line);
    if (auth) {
      this.exchange = true;
      this.challenged = false;
      if (!auth[1]) return "AUTH";
      // The mechanism is our choice and worth showing; the rest of the line is not.
      if (!/^[A-Z0-9_-]{1,40}$/i.test(auth[1])) return `AUTH ${MASK}`;
      return `AUTH ${auth[1].toUpperCase()}${auth[2] ? ` ${MASK}` : ""}`;
    }
    if (!this.exchange) return line;
    // An answer to a challenge; an empty one (XOAUTH2's acknowledgement of an error) carries nothing.
    if (this.challenged) return line === "" ? "" : MASK;
    this.exchange = false;
    return line;
  }

  /** One server reply (its lines joined by "\n"), as received; the same reply may pass twice. */
  server(text: string): string {
    if (this.exchange) this.challenged = /^334(?:[ -]|$)/.test(text);
    return this.echoes(text);
  }

  /** Server text that is not a reply (an error quoting one): redacted the same way, state unchanged. */
  echoes(text: string): string {
    return this.exchange ? redactEchoes(text, this.matcher) : text;
  }
}

/**
 * A deep copy of a JSON-shaped value with every string value scrubbed of echoes of these secrets
 * (keys are left alone). For a report's last pass over text it shows; a probe result is redacted
 * as it is made, by `AuthRedactor`, and needs none.
 */
export function redactDeep<T>(value: T, secrets: string[]): T {
  const matcher = echoMatcher(secrets);
  if (!matcher) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return redactEchoes(v, matcher);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") {
      return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, walk(inner)]));
    }
    return v;
  };
  return walk(value) as T;
}

/**
 * Whether a transcript's sign-in is masked the way this engine masks it: every AUTH command shows
 * at most its mechanism, and every client answer to a 334 challenge is the mask. For results made
 * elsewhere (the command-line tool's uploads): a result whose sign-in shows anything else is not
 * stored, whatever it contains.
 */
export function authExchangeMasked(transcript: readonly { dir: string; line: string }[]): boolean {
  let challenged = false;
  for (const { dir, line } of transcript) {
    if (dir === "server") {
      challenged = /^334(?:[ -]|$)/.test(line);
      continue;
    }
    if (dir !== "client") continue;
    if (challenged) {
      if (line !== MASK && line !== "" && line !== "*") return false;
      challenged = false;
      continue;
    }
    if (/^AUTH\b/i.test(line) && !/^AUTH(?: [A-Z0-9_-]{1,40})?(?: <redacted>)?$/.test(line)) return false;
  }
  return true;
}
