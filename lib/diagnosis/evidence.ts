import type { ProviderId } from "../providers/provider-schema";
import type { ProbeErrorCode, ProbeResult, Security, StageName } from "../smtp/probe-schema";
import type { CauseId } from "./causes";
import { findInOriginal, negationVariants } from "./negation-forms";
import { replyPatterns } from "./reply-patterns";
import { findEnhancedSignal } from "./reply-patterns/find-enhanced-signal";
import type { ReplyPattern } from "./reply-patterns/reply-pattern-schema";
import { mayMatch } from "./reply-patterns/required-literals";

/** The best wording match for one cause, and the words it matched (for saying why). */
export type PatternHit = {
  confidence: number;
  pattern: RegExp;
  matched: string;
  provider: ProviderId | null;
  origin: "server" | "client";
};

/**
 * Everything a rule may look at, the same shape whether it came from a probe run or from pasted
 * text: rules never care where the evidence came from, only what it says.
 */
export type Evidence = {
  source: "probe" | "text";
  stage: StageName | null;
  /** The decisive reply: the first refusal (4xx/5xx), else the only reply. */
  code: number | null;
  enhanced: string | null;
  /** Every enhanced code seen (a pasted trace can hold several replies). */
  enhancedCodes: readonly string[];
  /** Every reply code read from the text, in order (a pasted transcript holds several). */
  replyCodes: readonly number[];
  /** Client/OS error codes printed in the text (ECONNREFUSED, EAI_AGAIN, …). */
  systemCodes: readonly string[];
  /** The probe engine's error code for the failed stage. */
  errorCode: ProbeErrorCode | null;
  /** The evidence verbatim: the reply lines, or the pasted text. */
  verbatim: string;
  /** Normalised text the wording patterns ran on. */
  words: string;
  provider: ProviderId | null;
  /** The settings that were tested (probe runs only). */
  target: {
    host: string;
    port: number;
    security: Security;
    auth: "none" | "password" | "oauth2";
    username: string | null;
    from: string;
  } | null;
  probe: ProbeResult | null;
  /** Best wording match per cause, computed once. */
  patternHits: ReadonlyMap<CauseId, PatternHit>;
  /** Best enhanced-code signal per cause, computed once. */
  codeHits: ReadonlyMap<CauseId, CodeHit>;
};

/** The strongest enhanced code pointing at one cause, with what the code means. */
export type CodeHit = { confidence: number; code: string; title: string; providerSpecific: boolean };

/**
 * Looks every enhanced code up in the knowledge table once. The decisive reply's code counts with
 * its basic code; other codes in a pasted trace count with a basic code of the same class.
 */
export function matchEnhancedCodes(
  code: number | null,
  enhanced: string | null,
  all: readonly string[],
  provider: ProviderId | null = null,
): Map<CauseId, CodeHit> {
  const hits = new Map<CauseId, CodeHit>();
  const codes = enhanced ? [enhanced, ...all.filter((c) => c !== enhanced)] : all;
  for (const candidate of new Set(codes)) {
    const basic = candidate === enhanced || (code !== null && String(code)[0] === candidate[0]) ? code : null;
    const signal = findEnhancedSignal(candidate, basic, provider);
    if (!signal) continue;
    const previous = hits.get(signal.cause);
    if (!previous || previous.confidence < signal.confidence)
      hits.set(signal.cause, {
        confidence: signal.confidence,
        code: candidate,
        title: signal.title,
        providerSpecific: Boolean(signal.providers),
      });
  }
  return hits;
}

// Wording found only outside the decisive reply (a later line of a transcript, a log around it)
// still counts, but less than the server's own words in that reply.
const OUTSIDE_DECISIVE_REPLY = 0.8;

/**
 * Runs every wording pattern once; a pattern restricted to other stages does not count. `focus`
 * is the decisive reply's own words, when the text holds more than that reply.
 */
export function matchPatterns(
  words: string,
  stage: StageName | null,
  focus?: string,
  patterns: readonly ReplyPattern[] = replyPatterns(),
): Map<CauseId, PatternHit> {
  const hits = new Map<CauseId, PatternHit>();
  if (!words) return hits;
  const focused = focus && focus !== words ? focus : null;
  // Where each hit's words start in `words` (-1 when found only in the decisive reply).
  const starts = new Map<CauseId, number>();
  // The text as written first, then with its negations in the other form ("doesn't" / "does not").
  const texts = readings(words);
  const focusTexts = focused ? readings(focused) : [];
  for (const entry of patterns) {
    if (entry.stages && stage && !entry.stages.includes(stage)) continue;
    if (entry.requireStage && !stage) continue;
    const previous = hits.get(entry.cause);
    if (previous && previous.confidence >= entry.confidence) continue;
    // A pattern anchored to the reply's start or end ("^Message rejected for policy reasons",
    // "Temporary failure$") also finds it in the decisive reply, when a log line, a stack trace or
    // a JSON document surrounds it.
    const inWords = firstMatch(entry.pattern, texts);
    const inFocus = firstMatch(entry.pattern, focusTexts);
    const found = inWords ?? inFocus;
    if (!found) continue;
    const confidence = focused && !inFocus ? entry.confidence * OUTSIDE_DECISIVE_REPLY : entry.confidence;
    if (!previous || previous.confidence < confidence) {
      hits.set(entry.cause, {
        confidence,
        pattern: entry.pattern,
        matched: found.words.trim().slice(0, 80),
        provider: entry.provider ?? null,
        origin: entry.origin ?? "server",
      });
      starts.set(entry.cause, inWords ? inWords.index : -1);
    }
  }
  yieldToLongerWording(hits, starts);
  return hits;
}

type Reading = { text: string; lower: string };

/** A text as written (first), then as read with its negations in the other form. */
function readings(text: string): Reading[] {
  return [text, ...negationVariants(text)].map((variant) => ({
    text: variant,
    lower: variant.toLowerCase(),
  }));
}

/**
 * The pattern's first match in any reading, quoted in the text's own words and placed in it.
 * Most patterns cannot match most texts: a substring test says so without running them.
 */
function firstMatch(pattern: RegExp, texts: readonly Reading[]): { words: string; index: number } | null {
  const [written] = texts;
  for (const [i, reading] of texts.entries()) {
    if (!mayMatch(pattern, reading.lower)) continue;
    const found = pattern.exec(reading.text);
    if (!found) continue;
    if (i === 0) return { words: found[0], index: found.index };
    // Only words that read differently count: where the matched words are the text's own, the
    // other form only changed what a lookaround saw ("cannot authenticate … generic failure").
    const original = written && findInOriginal(written.text, found[0]);
    if (original && original.words !== found[0]) return original;
  }
  return null;
}

/**
 * Words that another cause's wording continues are that wording's beginning, not a reply of
 * their own: "Authentication failed" is the start of .NET's "Authentication failed because the
 * remote party has closed the transport stream" (a TLS handshake), msmtp's "the server does not
 * support authentication" the start of "… authentication method LOGIN". Where one hit's words
 * are a strict prefix of another's, at the same place in the text and ending where a word ends
 * ("blocked using <" does not end a word of "blocked using <spam…"), the shorter ranks just
 * below the longer.
 */
function yieldToLongerWording(hits: Map<CauseId, PatternHit>, starts: ReadonlyMap<CauseId, number>) {
  for (const [cause, hit] of hits) {
    const at = starts.get(cause) ?? -1;
    if (at < 0) continue;
    for (const [other, longer] of hits) {
      if (other === cause || starts.get(other) !== at || hit.confidence < longer.confidence) continue;
      const rest = longer.matched.slice(hit.matched.length);
      if (!longer.matched.startsWith(hit.matched) || !/^\s+\S/.test(rest)) continue;
      hits.set(cause, { ...hit, confidence: Math.max(0, longer.confidence - 0.01) });
    }
  }
}
