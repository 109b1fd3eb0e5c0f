import { normaliseReply } from "../normalise-reply";
import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { type CorpusCase, sourceKeys } from "./corpus";

/** The top-level alternatives of a regular expression's source ("a|(b|c)|d" → a, (b|c), d). */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** One alternative of a pattern, and the pattern's own sources that show it in a real reply. */
export type SupportedAlternative = { source: string; flags: string; support: ReadonlySet<string> };

/**
 * A wording pattern often joins several phrasings, each seen in other sources, and cites them all.
 * Withholding the pattern only when all its sources are in a fold would let a held-out reply keep
 * the phrasing taken from its own thread because another phrasing came from elsewhere. So each
 * alternative carries the sources (among the pattern's own) whose corpus replies of that cause it
 * matches; a fold drops the alternatives whose support lies wholly inside it. An alternative no
 * cited reply shows (documentation knowledge) stays.
 */
export function supportOfAlternatives(
  patterns: readonly ReplyPattern[],
  cases: readonly CorpusCase[],
): Map<ReplyPattern, SupportedAlternative[]> {
  const byCause = new Map<string, { keys: string[]; words: string }[]>();
  for (const c of cases) {
    const list = byCause.get(c.cause) ?? [];
    list.push({ keys: sourceKeys(c.source), words: normaliseReply(c.reply) });
    byCause.set(c.cause, list);
  }
  const out = new Map<ReplyPattern, SupportedAlternative[]>();
  for (const p of patterns) {
    const alternatives = topLevelAlternatives(p.pattern.source);
    const cited = new Set(sourceKeys(p.source));
    if (alternatives.length < 2 || cited.size < 2) continue;
    const flags = p.pattern.flags.replace(/[gy]/g, "");
    out.set(
      p,
      alternatives.map((alt) => {
        const re = new RegExp(alt, flags);
        const support = new Set<string>();
        for (const c of byCause.get(p.cause) ?? []) {
          if (!c.keys.some((k) => cited.has(k)) || !re.test(c.words)) continue;
          for (const k of c.keys) if (cited.has(k)) support.add(k);
        }
        return { source: alt, flags, support };
      }),
    );
  }
  return out;
}

/** The pattern with the alternatives a fold may not use removed; null when none is left. */
export function withoutFoldAlternatives(
  p: ReplyPattern,
  alternatives: readonly SupportedAlternative[] | undefined,
  foldKeys: ReadonlySet<string>,
): ReplyPattern | null {
  if (!alternatives) return p;
  const kept = alternatives.filter(
    (a) => a.support.size === 0 || [...a.support].some((k) => !foldKeys.has(k)),
  );
  if (kept.length === alternatives.length) return p;
  if (kept.length === 0) return null;
  return { ...p, pattern: new RegExp(kept.map((a) => a.source).join("|"), p.pattern.flags) };
}
