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

/** One phrasing (top-level alternative) of a pattern, and where real replies show it. */
export type Phrasing = {
  source: string;
  flags: string;
  /** Source keys of every corpus reply of the pattern's cause that this phrasing matches. */
  seen: ReadonlySet<string>;
  /** Whether one of those replies comes from a source the pattern itself cites. */
  citedSeen: boolean;
};
export type PatternKnowledge = { cited: ReadonlySet<string>; phrasings: readonly Phrasing[] };

/**
 * Where each phrasing of each pattern could have been learnt. A pattern often joins several
 * phrasings and cites every source they came from; withholding a pattern only when all its sources
 * lie in a fold let a held-out reply keep the phrasing taken from its own thread. Judged phrasing
 * by phrasing instead, a fold may use a phrasing when
 *  - a reply outside the fold (cited or not) shows it: the same words recur elsewhere, so they are
 *    knowledge another source gives; or
 *  - no reply from the pattern's own sources shows it (it came from documentation, source code or
 *    a page the corpus holds no reply of) and one of those sources lies outside the fold; or
 *  - no reply at all shows it (it decides nothing here).
 * A phrasing shown only by replies inside the fold is withheld from it.
 */
export function phrasingKnowledge(
  patterns: readonly ReplyPattern[],
  cases: readonly CorpusCase[],
): Map<ReplyPattern, PatternKnowledge> {
  const byCause = new Map<string, { keys: string[]; words: string }[]>();
  for (const c of cases) {
    const list = byCause.get(c.cause) ?? [];
    list.push({ keys: sourceKeys(c.source), words: normaliseReply(c.reply) });
    byCause.set(c.cause, list);
  }
  const out = new Map<ReplyPattern, PatternKnowledge>();
  for (const p of patterns) {
    const cited = new Set(sourceKeys(p.source));
    const flags = p.pattern.flags.replace(/[gy]/g, "");
    const phrasings = topLevelAlternatives(p.pattern.source).map((alt) => {
      const re = new RegExp(alt, flags);
      const seen = new Set<string>();
      let citedSeen = false;
      for (const c of byCause.get(p.cause) ?? []) {
        if (!re.test(c.words)) continue;
        for (const k of c.keys) seen.add(k);
        if (c.keys.some((k) => cited.has(k))) citedSeen = true;
      }
      return { source: alt, flags, seen, citedSeen };
    });
    out.set(p, { cited, phrasings });
  }
  return out;
}

/**
 * The pattern with only the phrasings a fold may use (see phrasingKnowledge); null when none is.
 * `strict`: a phrasing the corpus shows only inside the fold is withheld even where the pattern
 * cites documentation outside it (the figure if no documentation had been read).
 */
export function usableInFold(
  p: ReplyPattern,
  knowledge: PatternKnowledge,
  foldKeys: ReadonlySet<string>,
  strict = false,
): ReplyPattern | null {
  const outside = (keys: Iterable<string>) => [...keys].some((k) => !foldKeys.has(k));
  const citedOutside = outside(knowledge.cited);
  const kept = knowledge.phrasings.filter(
    (ph) => ph.seen.size === 0 || outside(ph.seen) || (!strict && !ph.citedSeen && citedOutside),
  );
  if (kept.length === knowledge.phrasings.length) return p;
  if (kept.length === 0) return null;
  return { ...p, pattern: new RegExp(kept.map((ph) => ph.source).join("|"), p.pattern.flags) };
}
