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

// What decides the top-level branches: an escape, a character class (its closing bracket captured:
// an unclosed one makes the source unreadable), a parenthesis, a bar, or a run of anything else.
const BRANCH_PIECE = /\\[\s\S]?|\[(?:\\[\s\S]?|[^\]\\])*(\])?|[()|]|[^\\[()|]+/g;

/** The pattern's alternatives at the top level (outside every group and class), or null. */
function topLevelAlternatives(source: string): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  BRANCH_PIECE.lastIndex = 0;
  for (let piece = BRANCH_PIECE.exec(source); piece; piece = BRANCH_PIECE.exec(source)) {
    const first = piece[0][0];
    if (first === "[") {
      if (piece[1] === undefined) return null;
    } else if (first === "(") depth++;
    else if (first === ")") {
      if (--depth < 0) return null;
    } else if (first === "|" && depth === 0) {
      parts.push(source.slice(start, piece.index));
      start = piece.index + 1;
    }
  }
  if (depth !== 0) return null;
  parts.push(source.slice(start));
  return parts;
}

// The pieces of a pattern's source, longest first where they overlap: an escape that spells a
// letter, another escape (with its {…} or <…> if it has one), a character class, a quantifier's
// braces, one character of regex syntax, or a run of plain characters. Read by the native regex
// engine: walking the sources one character at a time in JavaScript took about 15 ms on a cold
// start (before the interpreter had warmed up); this takes about half of that.
const PIECE =
  /\\u([0-9a-fA-F]{4})|\\u\{([0-9a-fA-F]{1,6})\}|\\x([0-9a-fA-F]{2})|\\[uxpPkc](?:\{[^}]*\}?|<[^>]*>?)?|\\([\s\S]?)|\[(?:\\[\s\S]?|[^\]\\])*\]?|\{[^}]*\}?|[()?*+.^$]|[^\\[(){?*+.^$]+/g;

/** The longest run of characters every match of this alternative contains, lower-cased. */
function longestRequiredRun(alternative: string): string {
  let best = "";
  let run = "";
  const end = () => {
    if (run.length > best.length) best = run;
    run = "";
  };
  let depth = 0;
  PIECE.lastIndex = 0;
  for (let piece = PIECE.exec(alternative); piece; piece = PIECE.exec(alternative)) {
    const text = piece[0];
    const first = text[0];
    const hex = piece[1] ?? piece[2] ?? piece[3];
    if (hex !== undefined) {
      // \u00e7, \u{e7}, \x41: the character they spell (a bundler writes non-ASCII letters so).
      if (depth === 0) run += String.fromCodePoint(Number.parseInt(hex, 16));
    } else if (first === "\\") {
      const escaped = piece[4];
      if (escaped === undefined) {
        // \p{L}, \k<name>, \cX, and what is left of \u and \x: none is taken as literal.
        if (depth === 0) end();
      } else if (depth === 0) {
        if (escaped !== "" && LITERAL_ESCAPE.test(escaped)) run += escaped;
        else end();
      }
    } else if (first === "[") {
      if (depth === 0) end();
    } else if (first === "(") {
      depth++;
      if (depth === 1) end();
    } else if (first === ")") {
      depth--;
    } else if (depth > 0) {
      // Inside a group: nothing there is required.
    } else if (first === "?" || first === "*" || first === "{") {
      // The character before is optional (or a group's: already ended); its run stops before it.
      run = run.slice(0, -1);
      end();
    } else if (first === "+" || first === "." || first === "^" || first === "$") {
      end();
    } else {
      run += text;
    }
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
