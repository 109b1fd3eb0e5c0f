import { MAX_ANALYSED_CHARS } from "./normalise-reply";

/**
 * Reads the structured parts out of pasted text: SMTP reply codes, RFC 3463 enhanced codes and the
 * error codes client libraries print (ECONNREFUSED, EAI_AGAIN, …). A number only counts as a reply
 * code where replies put one (a line start, before an enhanced code, after "said:"), so "waited 300
 * seconds" or "port: 587" never becomes a reply.
 */

export type CodeHit = {
  code: number;
  enhanced: string | null;
  index: number;
  /** Read from a client's "[451]" or "(550)": the code alone, the server's words are elsewhere. */
  bracketed?: boolean;
};

export type ReadText = {
  /** The first failure reply (4xx/5xx), else the first reply. */
  primary: CodeHit | null;
  codes: number[];
  /** Every enhanced code in the text, in order (also the ones without a basic code). */
  enhancedCodes: string[];
  /** Client/OS error codes, e.g. ECONNREFUSED. */
  systemCodes: string[];
  /** The line holding the primary reply, verbatim. */
  replyLine: string | null;
  /** The primary reply with its continuation lines ("550-…" then "550 …"), verbatim. */
  replyBlock: string | null;
};

const ENHANCED = String.raw`[245]\.[0-7]\.\d{1,3}`;
// Transcript prefixes before a server line: "<~ ", "S: ", "SERVER -> CLIENT: ", timestamps. A
// run of marks is taken whole (the lookahead): a loop free to split "|-------|" among its turns
// backtracked exponentially on such lines, and took 80 % of the analyzer's time.
const LINE_PREFIX = String.raw`^[ \t]*(?:(?:[<>~*|-]+(?![<>~*|-])|[SC]:|SERVER\s*->\s*CLIENT:|SMTP\s*->\s*FROM SERVER:|\[(?:DEBUG|INFO|TRACE)\]|(?:[\w.-]+:\s*)?recv:\s*['"]?|\[?\d{4}-\d\d-\d\d[T ][\d:.]+Z?\]?|\w+\s*\|)[ \t]*)*`;
const AT_LINE_START = new RegExp(`${LINE_PREFIX}([2-5][0-5]\\d)(?:[ -]+(${ENHANCED}))?(?=[ -]|:\\s|$)`, "gm");
const WITH_ENHANCED = new RegExp(`(?<![\\w.])([2-5][0-5]\\d)[ -]+(${ENHANCED})(?![\\w]|\\.\\d)`, "g");
// go-smtp prints "SMTP error 502: Not implemented" (and "SMTP error 535 5.7.8: …"): a colon may end the code.
const AFTER_CUE =
  /(?:said|response|reply|error|failed|returned|message|smtp;|:)\s*["'=]?\s*([45][0-5]\d)(?=[ -]|["',]|:\s|$)/gim;
// A success reply a log or a client's info object quotes after its cue ("response: '250 2.0.0 Ok:
// queued as …'", "S: 250 recipient <…> OK"): the server's own last word, read as such.
// PHPMailer's "SERVER -> CLIENT:" also after a logger's own prefix ("SMTP (level 2): SERVER -> CLIENT: 250 ok").
const SUCCESS_AFTER_CUE =
  /(?:\bsaid|\bresponse|\breply|\breturned|smtp;|\bS:|\bSERVER\s*->\s*CLIENT:):?\s*["'=]?\s*(2[25][0-2])(?=[ -]|["',]|:\s|$)/gim;
// Python's smtplib hands replies on as (code, b'text') tuples: "SMTPAuthenticationError: (535, b'5.7.8 …')".
const PYTHON_TUPLE = /\(([2-5][0-5]\d), b?['"]/g;
// Clients that print the refusal's code in brackets: PHPMailer's "Failed to send data. [451] 4.7.1 …",
// Roundcube's "SMTP Error (550): …". Only refusals (4xx, 5xx): a bracketed 250 is a client's report
// of the last reply it had, not the server's refusal.
// Not a process id after its name ("postfix/smtp[450]:", "sendmail[26616]") or a line number ("file.php(421)").
const BRACKETED = /(?<![\w/.-])[[(]([45][0-5]\d)[\])]/g;
// .NET's SmtpException names the status code in words, then gives the server's text without it
// ("Service not available, closing transmission channel. The server response was: 4.4.1 Connection
// timed out"): the words stand for the code (SmtpStatusCode), read like a client's bracketed code.
const DOTNET_STATUS_CODES: Readonly<Record<string, number>> = {
  "service not available, closing transmission channel": 421,
  "error in processing": 451,
  "insufficient system storage": 452,
  "syntax error, command unrecognized": 500,
  "syntax error in parameters or arguments": 501,
  "command not implemented": 502,
  "bad sequence of commands": 503,
  "command parameter not implemented": 504,
  "user not local; please try a different path": 551,
  "exceeded storage allocation": 552,
  "mailbox name not allowed": 553,
  "transaction failed": 554,
};
const DOTNET_STATUS = new RegExp(
  // Only with the server's words after it: with none, .NET could not read a reply at all (its
  // "command unrecognized" for an empty or unreadable line), and no server said 500.
  `(${Object.keys(DOTNET_STATUS_CODES).join("|")})\\.?\\s*The server\\s+response was:(?=[ \\t]*['"]?[ \\t]*\\w)`,
  "gi",
);
// Rust's lettre prints a reply's code as its three digits spelled out, with no number in sight:
// "Code { severity: PermanentNegativeCompletion, category: Unspecified3, detail: Five }" is 535,
// also pretty-printed ({:#?}) over several lines with a trailing comma.
const LETTRE_CODE = /\bCode \{\s*severity: (\w+),\s*category: (\w+),\s*detail: (\w+),?\s*\}/g;
const LETTRE_SEVERITY: Record<string, number> = {
  PositiveCompletion: 2,
  PositiveIntermediate: 3,
  TransientNegativeCompletion: 4,
  PermanentNegativeCompletion: 5,
};
const LETTRE_CATEGORY: Record<string, number> = {
  Syntax: 0,
  Information: 1,
  Connections: 2,
  Unspecified3: 3,
  Unspecified4: 4,
  MailSystem: 5,
};
const LETTRE_DETAIL = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"];

function lettreCode(severity: string, category: string, detail: string): number | null {
  const s = LETTRE_SEVERITY[severity];
  const c = LETTRE_CATEGORY[category];
  const d = LETTRE_DETAIL.indexOf(detail);
  return s === undefined || c === undefined || d < 0 ? null : s * 100 + c * 10 + d;
}

const ENHANCED_ANYWHERE = new RegExp(`(?<![\\w.])(${ENHANCED})(?![\\w]|\\.\\d)`, "g");

const SYSTEM_CODES = new Set([
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_NONAME",
  "ESERVFAIL",
  "ETIMEOUT",
  "EREFUSED",
  "ECONNREFUSED",
  "ETIMEDOUT",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPROTO",
  "ESOCKET",
  "EDNS",
  "EAUTH",
  "ENOAUTH",
  "EENVELOPE",
  "EMESSAGE",
  "ETLS",
  "ECONNECTION",
  "EPROTOCOL",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "ERR_SSL_WRONG_VERSION_NUMBER",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
]);

// Reply codes servers really send (RFC 5321, 4954, 7504, plus 422 seen from appliances). A bare
// number outside this list ("port: 443") is not taken for a reply unless an enhanced code follows.
const KNOWN_CODES = new Set([
  211, 214, 220, 221, 235, 250, 251, 252, 334, 354, 421, 422, 432, 450, 451, 452, 454, 455, 500, 501, 502,
  503, 504, 521, 530, 534, 535, 538, 550, 551, 552, 553, 554, 555, 556,
]);

function collect(text: string): CodeHit[] {
  const hits: CodeHit[] = [];
  for (const m of text.matchAll(AT_LINE_START)) {
    const index = (m.index ?? 0) + m[0].lastIndexOf(m[1] ?? "");
    if (KNOWN_CODES.has(Number(m[1])) || m[2])
      hits.push({ code: Number(m[1]), enhanced: m[2] ?? null, index });
  }
  for (const m of text.matchAll(WITH_ENHANCED))
    hits.push({ code: Number(m[1]), enhanced: m[2] ?? null, index: m.index ?? 0 });
  for (const cue of [AFTER_CUE, SUCCESS_AFTER_CUE]) {
    for (const m of text.matchAll(cue)) {
      const index = (m.index ?? 0) + m[0].lastIndexOf(m[1] ?? "");
      if (KNOWN_CODES.has(Number(m[1]))) hits.push({ code: Number(m[1]), enhanced: null, index });
    }
  }
  for (const m of text.matchAll(PYTHON_TUPLE)) {
    const index = (m.index ?? 0) + 1;
    if (KNOWN_CODES.has(Number(m[1]))) hits.push({ code: Number(m[1]), enhanced: null, index });
  }
  for (const m of text.matchAll(LETTRE_CODE)) {
    const code = lettreCode(m[1] ?? "", m[2] ?? "", m[3] ?? "");
    if (code !== null && KNOWN_CODES.has(code)) hits.push({ code, enhanced: null, index: m.index ?? 0 });
  }
  // A bracketed code only where no other reading found that code: the client's "(553)" comes before
  // the server's own "553 Relaying disallowed…", which is the reply to judge.
  const seen = new Set(hits.map((h) => h.code));
  for (const m of text.matchAll(BRACKETED)) {
    const index = (m.index ?? 0) + 1;
    const code = Number(m[1]);
    if (KNOWN_CODES.has(code) && !seen.has(code)) hits.push({ code, enhanced: null, index, bracketed: true });
  }
  for (const m of text.matchAll(DOTNET_STATUS)) {
    const code = DOTNET_STATUS_CODES[(m[1] ?? "").toLowerCase()];
    if (code && !seen.has(code)) hits.push({ code, enhanced: null, index: m.index ?? 0, bracketed: true });
  }
  hits.sort((a, b) => a.index - b.index);
  // The same code found by two readings: keep one, with its enhanced code if either saw it.
  const unique: CodeHit[] = [];
  for (const hit of hits) {
    const twin = unique.find((u) => Math.abs(u.index - hit.index) <= 1 && u.code === hit.code);
    if (twin) twin.enhanced ??= hit.enhanced;
    else unique.push({ ...hit });
  }
  return unique;
}

/** The enhanced code that belongs to a basic code: same class, nearest after it. */
function enhancedFor(hit: CodeHit, text: string, all: string[]): string | null {
  if (hit.enhanced && hit.enhanced[0] === String(hit.code)[0]) return hit.enhanced;
  const after = text.slice(hit.index, hit.index + 40);
  const near = new RegExp(`^\\d{3}[ -]+(${ENHANCED})`).exec(after)?.[1];
  if (near && near[0] === String(hit.code)[0]) return near;
  return all.find((e) => e[0] === String(hit.code)[0] && e !== "5.0.0" && e !== "4.0.0") ?? null;
}

// A reply that only passes another server's on ("550 5.7.350 Remote server returned message
// detected as spam -> 554 5.7.1 Service unavailable; …", "400 4.4.7 The server responded with: 554
// 5.2.0 …"): its own words end in a hand-over, and the reply after them is the one that says why.
const HANDS_OVER = /(?:->|=>|\bresponded with:?|\breturned:?|\bsaid:?|\breplied:?)\s*$/i;

function relayedBy(failure: CodeHit | null, hits: readonly CodeHit[], text: string): CodeHit | null {
  let current = failure;
  for (let hops = 0; current && hops < 3; hops++) {
    const at: CodeHit = current;
    const inner = hits.find((hit) => hit.index > at.index && hit.code >= 400);
    if (!inner || text.slice(at.index, inner.index).includes("\n\n")) return current;
    const between = text
      .slice(at.index, inner.index)
      .replace(/^\d{3}[ -]+(?:[245]\.\d{1,3}\.\d{1,3}\s*)?/, "");
    if (!HANDS_OVER.test(between.trim()) || between.length > 160) return current;
    current = inner;
  }
  return current;
}

export function readErrorText(raw: string): ReadText {
  const text = raw.slice(0, MAX_ANALYSED_CHARS);
  const hits = collect(text);
  const enhancedCodes = [...text.matchAll(ENHANCED_ANYWHERE)].map((m) => m[1] ?? "").filter(Boolean);
  const outer = hits.find((h) => h.code >= 400) ?? null;
  const failure = relayedBy(outer, hits, text);
  const chosen = failure ?? hits[0] ?? null;
  const primary = chosen ? { ...chosen, enhanced: enhancedFor(chosen, text, enhancedCodes) } : null;
  const systemCodes = [
    ...new Set([...text.matchAll(/\b(E[A-Z_]{3,}|ERR_[A-Z_]+|[A-Z_]{8,})\b/g)].map((m) => m[1] ?? "")),
  ].filter((code) => SYSTEM_CODES.has(code));
  let replyLine: string | null = null;
  let replyBlock: string | null = null;
  if (primary && !primary.bracketed) {
    const start = text.lastIndexOf("\n", primary.index) + 1;
    const end = text.indexOf("\n", primary.index);
    replyLine = text.slice(start, end === -1 ? undefined : end).trim();
    replyBlock = blockAround(text, start, end, primary.code);
    // A log that strings several replies on one line ("Response: 501 … Response: 554 …"): the
    // decisive reply runs from its code to the next reply's, so the refusals after it (often its
    // consequences) count as outside it.
    // Not a reply quoted inside it ("554 5.1.0 < #5.1.10 smtp;550 5.1.10 …") or restated ("Got: 553 |
    // 553 5.7.1 …"): the decisive reply must have words of its own before the next one starts.
    const lineEnd = end === -1 ? text.length : end;
    const next = hits.find(
      (hit) => hit.index > primary.index && hit.index < lineEnd && hit.code !== primary.code,
    );
    const own = next ? text.slice(primary.index, next.index) : "";
    if (next && (own.match(/[A-Za-z]{3,}/g) ?? []).length >= 3) replyBlock = own.trim();
    // A passed-on reply runs from its own code, over the lines it wraps onto, to a blank line or
    // the next reply: the wrapper's words before it are not its evidence.
    if (failure !== outer) replyBlock = relayedBlock(text, primary.index, hits);
  }
  return { primary, codes: hits.map((h) => h.code), enhancedCodes, systemCodes, replyLine, replyBlock };
}

/** The reply's line plus the neighbouring lines that carry the same code (a multi-line reply). */
function relayedBlock(text: string, from: number, hits: readonly CodeHit[]): string {
  const blank = text.indexOf("\n\n", from);
  const later = hits.find((hit) => hit.index > from && text.lastIndexOf("\n", hit.index) >= from);
  const ends = [blank, later ? text.lastIndexOf("\n", later.index) : -1, text.length].filter((i) => i > from);
  return text.slice(from, Math.min(...ends)).trim();
}

// A bounce folds a long reply onto indented lines ("host … said: 553\n    5.7.1 <…>: Sender address
// rejected: not logged in\n    (in reply to RCPT TO command)", Postfix at 80 columns): they are the
// reply's own words. Not a stack frame ("   at System.Net.Mail…") or an indented reply of its own.
// A line that starts with ":" or ";" goes on the line before it too ("553 5.7.1 <addr>\n: Sender
// address rejected: not owned by user …", an address that broke the line when pasted).
const FOLDED = /^(?:[ \t]+(?!at\s|\d{3}[ -])\S|[ \t]*[:;])/;

function blockAround(text: string, start: number, end: number, code: number): string {
  const same = new RegExp(`${LINE_PREFIX}${code}[ -]`);
  let from = start;
  let to = end === -1 ? text.length : end;
  for (let lines = 0; from > 0 && lines < 20; lines++) {
    const prev = text.lastIndexOf("\n", from - 2) + 1;
    if (!same.test(text.slice(prev, from - 1))) break;
    from = prev;
  }
  to = bareCodeContinued(text, start, to, code);
  for (let lines = 0; to < text.length && lines < 20; lines++) {
    const next = text.indexOf("\n", to + 1);
    const line = text.slice(to + 1, next === -1 ? undefined : next);
    // A line that ends in ":" ("553 5.7.1 <addr>:") is finished by the next one.
    const open = /:[ \t]*$/.test(text.slice(text.lastIndexOf("\n", to - 1) + 1, to));
    if (!same.test(line) && !FOLDED.test(line) && !(open && line.trim() !== "")) break;
    to = next === -1 ? text.length : next;
  }
  return text.slice(from, to).trim();
}

/**
 * A reply whose code ends its line and whose enhanced code and words start the next one, perhaps
 * after a blank line ("SMTPSenderRefused: 553\n\n5.7.1 Sender address rejected: not owned by auth
 * user.", as Odoo shows smtplib's exception): the next line is the same reply's text.
 */
function bareCodeContinued(text: string, start: number, to: number, code: number): number {
  if (!new RegExp(`\\b${code}[ \\t]*$`).test(text.slice(start, to))) return to;
  const rest = /^\n(?:[ \t]*\n)?([ \t]*([245])\.\d{1,3}\.\d{1,3}\b[^\n]*)/.exec(text.slice(to));
  if (!rest || rest[2] !== String(code)[0]) return to;
  return to + rest[0].length;
}
