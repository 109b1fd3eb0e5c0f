/**
 * "doesn't" and "does not", "can't" and "cannot": one server says it one way, the next the other
 * ("sending domain doesn't meet the required authentication level" beside Microsoft's documented
 * "does not meet"). A wording pattern is written in one form; the text is also read in the other,
 * and what matched is quoted back in the paste's own words.
 */

const AUX = "do|does|did|is|are|was|were|has|have|had|could|would|should|must|need";
const CONTRACTED = new RegExp(`\\b(${AUX})n't\\b|\\b(can|won|shan)'t\\b`, "gi");
const SPELLED = new RegExp(`\\b(${AUX}) not\\b|\\b(can) ?not\\b|\\b(will) not\\b`, "gi");
// Whether a text holds either form at all: most replies hold neither, and cost nothing more.
const ANY_FORM = /n't\b|\bnot\b|cannot/i;

const SPELLED_OF: Readonly<Record<string, string>> = { can: "cannot", won: "will not", shan: "shall not" };
const CONTRACTED_OF: Readonly<Record<string, string>> = { can: "can't", will: "won't" };

/** Keeps a capital first letter where the text had one ("Doesn't" → "Does not"). */
function likeCase(original: string, replacement: string): string {
  return /^[A-Z]/.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/** The text with every negation in the other form(s): spelled out, and contracted. */
export function negationVariants(text: string): string[] {
  if (!ANY_FORM.test(text)) return [];
  const spelled = text.replace(CONTRACTED, (m, aux?: string, modal?: string) =>
    likeCase(m, aux ? `${aux.toLowerCase()} not` : (SPELLED_OF[(modal ?? "").toLowerCase()] ?? m)),
  );
  const contracted = text.replace(SPELLED, (m, aux?: string, can?: string, will?: string) =>
    likeCase(m, aux ? `${aux.toLowerCase()}n't` : (CONTRACTED_OF[(can ?? will ?? "").toLowerCase()] ?? m)),
  );
  return [...new Set([spelled, contracted])].filter((variant) => variant !== text);
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const EITHER_FORM = new RegExp(
  `\\b(${AUX})(?:n't| not)\\b|\\bcan(?:'t| ?not)\\b|\\b(?:won't|will not)\\b|\\b(?:shan't|shall not)\\b`,
  "gi",
);

/**
 * Where words matched in a variant stand in the text itself: the same words, each negation in
 * whichever form the text used. Null if they are not there (they always are, for a variant of it).
 */
export function findInOriginal(
  text: string,
  matchedInVariant: string,
): { index: number; words: string } | null {
  let source = "";
  let last = 0;
  for (const m of matchedInVariant.matchAll(EITHER_FORM)) {
    source += matchedInVariant.slice(last, m.index).replace(ESCAPE, "\\$&");
    const aux = m[1];
    const word = m[0].toLowerCase();
    source += aux
      ? `${aux}(?:n't| not)`
      : word.startsWith("can")
        ? "can(?:'t| ?not)"
        : word.startsWith("w")
          ? "(?:won't|will not)"
          : "(?:shan't|shall not)";
    last = (m.index ?? 0) + m[0].length;
  }
  source += matchedInVariant.slice(last).replace(ESCAPE, "\\$&");
  const found = new RegExp(source, "i").exec(text);
  return found ? { index: found.index, words: found[0] } : null;
}
