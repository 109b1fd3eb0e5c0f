/**
 * Text preparation for the PDF. The built-in fonts (Helvetica, Courier) only have WinAnsi glyphs,
 * and react-pdf neither breaks an over-long word nor shows a missing glyph, so: characters outside
 * WinAnsi become visible escapes (like the engine's \x1B and \u202E), long words get break points,
 * and verbatim lines are wrapped to the exact width of the monospace column.
 */

// CP1252 characters in 0x80–0x9F, besides printable ASCII and Latin-1.
const WIN_ANSI_EXTRA = new Set([..."€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"]);

export function pdfSafe(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const printable = (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || ch === "\n";
    if (printable || WIN_ANSI_EXTRA.has(ch)) out += ch;
    else if (code <= 0xff) out += `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`;
    else if (code <= 0xffff) out += `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
    else out += `\\u{${code.toString(16).toUpperCase()}}`;
  }
  return out;
}

const LONG_WORD = 28;
const PIECE = 20;

/**
 * A hyphenation callback for proportional text: ordinary words stay whole (no English
 * hyphenation inside server names), over-long ones (URLs, hashes) may break after punctuation or
 * every 20 characters, so they cannot run off the page. react-pdf marks such a break with a hyphen;
 * verbatim evidence is shown in monospace blocks wrapped without one.
 */
export function breakLongWords(word: string): string[] {
  if (word.length <= LONG_WORD) return [word];
  const pieces: string[] = [];
  let current = "";
  // Not after "-": react-pdf adds its own hyphen at every break, which would double it.
  for (const part of word.split(/(?<=[/._:@?&=,;\]])/)) {
    if (current.length + part.length > PIECE && current !== "") {
      pieces.push(current);
      current = "";
    }
    current += part;
    while (current.length > PIECE) {
      pieces.push(current.slice(0, PIECE));
      current = current.slice(PIECE);
    }
  }
  if (current !== "") pieces.push(current);
  return pieces;
}

/** Characters of Courier (600/1000 em wide) that fit in a width. */
export function monospaceColumns(widthPt: number, fontSize: number): number {
  return Math.max(10, Math.floor(widthPt / (0.6 * fontSize)));
}

/** Past this a line is cut: the engine already cuts at 1,000, this guards other sources. */
export const MAX_PDF_LINE = 2_000;

/** One verbatim line → lines of at most `columns` characters, broken at a space where one is near. */
export function wrapMonospace(line: string, columns: number): string[] {
  let rest = pdfSafe(line);
  if (rest.length > MAX_PDF_LINE) {
    rest = `${rest.slice(0, MAX_PDF_LINE)}... [${rest.length - MAX_PDF_LINE} more characters cut]`;
  }
  const out: string[] = [];
  while (rest.length > columns) {
    const space = rest.lastIndexOf(" ", columns - 1);
    const cut = space >= columns / 2 ? space + 1 : columns;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out;
}
