import type { CauseId } from "../causes";
import type { ReplyPattern } from "./reply-pattern-schema";

/**
 * A client's own messages in every language it ships (PHPMailer's language files, Thunderbird's
 * language packs, msmtp's and mutt's catalogues) read as one wording pattern: each text as the
 * program prints it, with what the program fills in ("%s", "%S", "%1$s") matching any word.
 */
export type TableText = { lang: string; text: string };

const PLACEHOLDER = /%(?:\d\$)?[sSdu]/g;
// What the program fills in at either end of a message (a host, a method), quoted or not: it adds
// nothing to the match, and a wildcard there would be tried at every position of a long text.
const EDGE_PLACEHOLDERS =
  /^(?:\s*["'«„“]?%(?:\d\$)?[sSdu]["'»“”]?[\s,:]*)+|(?:[\s,:]*["'«„“]?%(?:\d\$)?[sSdu]["'»“”]?\s*)+$/g;
const DIRECTION_MARK = "\ue000";

const asPattern = (text: string) =>
  text
    .replace(EDGE_PLACEHOLDERS, "")
    .replace(/[\s.!。]+$/, "")
    // Right-to-left texts carry direction marks a paste may drop.
    .replace(/[\u200e\u200f]/g, DIRECTION_MARK)
    .replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")
    .replace(PLACEHOLDER, "\\S{1,100}?")
    // Quotes and apostrophes are retyped in every style; spacing is not kept either.
    .replace(/["'’‘“”„«»]/g, "[\"'’‘“”„«»]?")
    .replace(/\s+/g, "\\s*")
    .split(DIRECTION_MARK)
    .join("[\\u200e\\u200f]?");

// A catalogue's truncated translation names nothing: mutt's zh_TW text for "Could not negotiate
// TLS connection" is "未能" ("could not"), which any Chinese sentence about a failure contains.
const MIN_CONTENT = 3;
const content = (text: string) => text.replace(PLACEHOLDER, "").replace(/[\s\p{P}]+/gu, "");

/** One alternation of the texts (case ignored), each distinct text once, too-short texts left out. */
function tablePattern(texts: readonly TableText[]): RegExp {
  const kept = texts.filter((t) => content(t.text).length >= MIN_CONTENT);
  return new RegExp([...new Set(kept.map((t) => asPattern(t.text)))].join("|"), "i");
}

/** A client's table as a wording pattern of one cause: the texts, their sources, a real example. */
export function tableWording(
  cause: CauseId,
  texts: readonly TableText[],
  confidence: number,
  example: string,
  source: string,
): ReplyPattern {
  return { cause, pattern: tablePattern(texts), confidence, origin: "client", example, source };
}
