import { analyzeText } from "../analyze-text";
import { replyPatterns } from "../reply-patterns";
import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { type PatternKnowledge, phrasingKnowledge, usableInFold } from "./alternatives";
import { type CorpusCase, foldsByBatch, foldsBySource, sourceKeys } from "./corpus";

/** What the analyzer said about one case, and with how much of the knowledge. */
export type Prediction = {
  case: CorpusCase;
  got: string;
  confidence: number;
  signal: string | null;
  /** Wording patterns left out because they came from this case's fold. */
  withheld: number;
};

/**
 * The wording knowledge a fold may use: every pattern except those whose sources all belong to
 * the fold (same thread, page or file); knowledge an independent source also gives stays. A
 * provider's fixed message seen in a fold's reply is not the fold's: the pattern cites where the
 * provider documents it. Enhanced-code knowledge cites RFCs and provider documentation and stays.
 * With the corpus at hand (cross-validation) the judgement is made phrasing by phrasing instead:
 * a phrasing only the fold's own replies show is withheld; one that recurs in another source, or
 * that came from a cited source outside the fold no reply of which shows it, stays (alternatives.ts).
 */
export function patternsWithout(
  fold: readonly CorpusCase[],
  patterns: readonly ReplyPattern[] = replyPatterns(),
  knowledge?: Map<ReplyPattern, PatternKnowledge>,
  strict = false,
): ReplyPattern[] {
  const keys = new Set(fold.flatMap((c) => sourceKeys(c.source)));
  const out: ReplyPattern[] = [];
  for (const p of patterns) {
    const known = knowledge?.get(p);
    if (known) {
      const usable = usableInFold(p, known, keys, strict);
      if (usable) out.push(usable);
      continue;
    }
    const own = sourceKeys(p.source);
    if (!(own.length > 0 && own.every((k) => keys.has(k)))) out.push(p);
  }
  return out;
}

/**
 * How a case is put to the analyzer. `pasted`: without its stage, as the paste page sends a text
 * (the analyzer infers the stage from the words); otherwise with the stage the source gives.
 */
export type Judging = { strict?: boolean; pasted?: boolean };

function predict(
  c: CorpusCase,
  patterns?: readonly ReplyPattern[],
  withheld = 0,
  pasted = false,
): Prediction {
  const d = analyzeText(c.reply, { stage: pasted ? null : c.stage, ...(patterns ? { patterns } : {}) });
  return {
    case: c,
    got: d.rootCause.id,
    confidence: d.rootCause.confidence,
    signal: d.rootCause.signal,
    withheld,
  };
}

/** Every case judged with all the knowledge (the resubstitution figure: an upper bound). */
export function evaluateAll(cases: readonly CorpusCase[], pasted = false): Prediction[] {
  return cases.map((c) => predict(c, undefined, 0, pasted));
}

/** Source-grouped k-fold cross-validation: each fold judged without the patterns its sources gave. */
export function crossValidate(cases: readonly CorpusCase[], k = 10, judging: Judging = {}): Prediction[] {
  return judgeFolds(cases, foldsBySource(cases, k), judging);
}

/** Leave one batch out: each batch judged without the phrasings only its own replies show. */
export function crossValidateByBatch(cases: readonly CorpusCase[]): Prediction[] {
  return judgeFolds(cases, foldsByBatch(cases));
}

function judgeFolds(
  cases: readonly CorpusCase[],
  folds: readonly CorpusCase[][],
  { strict = false, pasted = false }: Judging = {},
): Prediction[] {
  const out: Prediction[] = [];
  const knowledge = phrasingKnowledge(replyPatterns(), cases);
  for (const fold of folds) {
    const patterns = patternsWithout(fold, replyPatterns(), knowledge, strict);
    const withheld = replyPatterns().length - patterns.length;
    for (const c of fold) out.push(predict(c, patterns, withheld, pasted));
  }
  const order = new Map(cases.map((c, i) => [c, i]));
  return out.sort((a, b) => (order.get(a.case) ?? 0) - (order.get(b.case) ?? 0));
}

export type Score = { n: number; right: number; accuracy: number };

export function score(predictions: readonly Prediction[]): Score {
  const right = predictions.filter((p) => p.got === p.case.cause).length;
  return { n: predictions.length, right, accuracy: predictions.length ? right / predictions.length : 1 };
}

/**
 * Expected calibration error of the root cause's confidence over named answers (not
 * `unrecognised`): per bin of width 0.1, |accuracy − mean confidence| weighted by the bin's share.
 */
export function calibration(predictions: readonly Prediction[]) {
  const named = predictions.filter((p) => p.got !== "unrecognised");
  const bins = Array.from({ length: 10 }, (_, i) => ({
    from: i / 10,
    to: (i + 1) / 10,
    n: 0,
    right: 0,
    confidence: 0,
  }));
  for (const p of named) {
    const bin = bins[Math.min(9, Math.floor(p.confidence * 10))];
    if (!bin) continue;
    bin.n++;
    bin.confidence += p.confidence;
    if (p.got === p.case.cause) bin.right++;
  }
  let ece = 0;
  for (const bin of bins) {
    if (bin.n === 0) continue;
    ece += (bin.n / named.length) * Math.abs(bin.right / bin.n - bin.confidence / bin.n);
  }
  return { ece, bins: bins.filter((b) => b.n > 0), named: named.length };
}

/** Wrong answers as "expected → got" pairs, most frequent first. */
export function confusions(predictions: readonly Prediction[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const p of predictions) {
    if (p.got === p.case.cause) continue;
    const key = `${p.case.cause} → ${p.got}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const CLIENT_TEXT =
  /Exception|Error:|error:|\bE[A-Z]{4,}\b|errno|SMTP Error|smtplib|javax?\.mail|System\.Net|MailKit|PHPMailer|\bssl\b|SSL routines|handshake|x509|getaddrinfo|net\/smtp|socket/;
const WRAPPED =
  /Diagnostic-Code|Remote Server returned|\bsaid:|in reply to (?:RCPT|MAIL|end of|DATA)|SMTP error from remote|The server response was|all recipients were rejected|Remote host said/i;

// The kinds of sender the shared development set is made of (Microsoft 365 and Exchange, Google,
// Yahoo, Apple, the common MTAs, client libraries, the big filtering gateways): what a helpdesk
// meets most, told by the collector's provider field.
const MAINSTREAM =
  /^(?:m365|microsoft|office|outlook|exchange|hotmail|google|gmail|g ?suite|postfix|exim|sendmail|client|nodemailer|yahoo|aol|icloud|apple|godaddy|mimecast|proofpoint|barracuda|zoho|rackspace|orange|trend)/i;

/** The slices the issue tracks: each a predicate over a case. */
export const SLICES: readonly [string, (c: CorpusCase) => boolean][] = [
  [
    "temporary (4xx) replies",
    (c) => /(?:^|[\s:;'"(])4\d\d[ -]|(?:^|[\s(])4\.\d{1,3}\.\d{1,3}\b/.test(c.reply),
  ],
  [
    "client-side errors",
    (c) => c.provider === "client" || (!/\b[245]\d\d[ -]/.test(c.reply) && CLIENT_TEXT.test(c.reply)),
  ],
  ["wrapped replies (NDR, bounce, exception)", (c) => WRAPPED.test(c.reply)],
  ["labelled unrecognised", (c) => c.cause === "unrecognised"],
  ["big providers, common MTAs and clients", (c) => MAINSTREAM.test(c.provider)],
];
