/**
 * A cheap test that lets the analyzer skip most of its several hundred wording patterns without
 * running (and so compiling) them: the literal text any match of a pattern must contain, read from
 * the pattern's source. A match of `/Relay access denied|not permitted to relay/i` contains "relay
 * access denied" or "not permitted to relay"; text with neither cannot match, so the expression is
 * never run on it. Conservative by construction: where the source does not pin a literal down (a
 * branch made only of classes, groups or optional characters), the answer is null and the pattern
 * is always run.
 */

const MIN_LITERAL = 3;
// Escapes that stand for one literal character.
const LITERAL_ESCAPE = /[^\w]/;

/** The pattern's alternatives at the top level (outside every group and class), or null. */
function topLevelAlternatives(source: string): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      continue;
    }
    if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) return null;
  }
  if (depth !== 0 || inClass) return null;
  parts.push(source.slice(start));
  return parts;
}

/** The longest run of characters every match of this alternative contains, lower-cased. */
function longestRequiredRun(alternative: string): string {
  let best = "";
  let run = "";
  const end = () => {
    if (run.length > best.length) best = run;
    run = "";
  };
  let depth = 0;
  for (let i = 0; i < alternative.length; i++) {
    const ch = alternative[i] as string;
    if (ch === "\\") {
      const next = alternative[i + 1] ?? "";
      i++;
      // \u00e7, \u{e7}, \x41: the character they spell (a bundler writes non-ASCII letters so).
      const spelled = /^(?:u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]{1,6})\}|x([0-9a-fA-F]{2}))/.exec(
        alternative.slice(i),
      );
      if (spelled) {
        i += spelled[0].length - 1;
        if (depth === 0)
          run += String.fromCodePoint(Number.parseInt(spelled[1] ?? spelled[2] ?? spelled[3] ?? "", 16));
        continue;
      }
      // \p{L}, \k<name>, \cX, and what is left of \u and \x: skipped; none is taken as literal.
      if (next === "u" || next === "x" || next === "p" || next === "P" || next === "k" || next === "c") {
        if (alternative[i + 1] === "{" || alternative[i + 1] === "<") {
          const close = alternative.indexOf(alternative[i + 1] === "{" ? "}" : ">", i + 1);
          i = close === -1 ? alternative.length : close;
        }
        if (depth === 0) end();
        continue;
      }
      if (depth > 0) continue;
      if (LITERAL_ESCAPE.test(next)) run += next;
      else end();
      continue;
    }
    if (ch === "[") {
      // Skip the class (its "]" may be escaped).
      for (i++; i < alternative.length && alternative[i] !== "]"; i++) if (alternative[i] === "\\") i++;
      if (depth === 0) end();
      continue;
    }
    if (ch === "(") {
      depth++;
      if (depth === 1) end();
      continue;
    }
    if (ch === ")") {
      depth--;
      continue;
    }
    if (depth > 0) continue;
    if (ch === "?" || ch === "*" || ch === "{") {
      // The character before is optional (or a group's: already ended); its run stops before it.
      run = run.slice(0, -1);
      end();
      if (ch === "{") {
        const close = alternative.indexOf("}", i);
        i = close === -1 ? alternative.length : close;
      }
      continue;
    }
    if (ch === "+") {
      end();
      continue;
    }
    if (ch === "." || ch === "^" || ch === "$") {
      end();
      continue;
    }
    run += ch;
  }
  end();
  return best.toLowerCase();
}

const cache = new WeakMap<RegExp, readonly string[] | null>();

/** One literal per alternative, at least one of which every match contains; null when unknown. */
export function requiredLiterals(pattern: RegExp): readonly string[] | null {
  if (cache.has(pattern)) return cache.get(pattern) ?? null;
  const alternatives = topLevelAlternatives(pattern.source);
  let literals: string[] | null = null;
  if (alternatives) {
    literals = alternatives.map(longestRequiredRun);
    if (literals.some((l) => l.length < MIN_LITERAL)) literals = null;
  }
  cache.set(pattern, literals);
  return literals;
}

/** False only when `lowerText` cannot match `pattern`; true means "run it". */
export function mayMatch(pattern: RegExp, lowerText: string): boolean {
  const literals = requiredLiterals(pattern);
  return literals === null || literals.some((literal) => lowerText.includes(literal));
}
