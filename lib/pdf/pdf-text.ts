/**
 * Text preparation for the PDF. The built-in fonts (Helvetica, Courier) only have WinAnsi glyphs,
 * and a missing glyph would print as nothing, so: characters outside
 * WinAnsi become visible escapes (like the engine's \x1B and \u202E), and verbatim lines are wrapped
 * to the exact width of the monospace column.
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

// Our own prose uses a few typographic signs the built-in fonts lack; in prose they are read as
// their plain equivalents rather than escaped (verbatim evidence keeps the exact escape).
const PROSE_PLAIN: readonly [RegExp, string][] = [
  [/→/g, "->"],
  [/←/g, "<-"],
  [/≥/g, ">="],
  [/≤/g, "<="],
  [/≈/g, "~"],
  [/[\u2010\u2011\u2212]/g, "-"],
  [/[\u2009\u202f]/g, " "],
];

/** Our prose for the PDF: typographic signs outside WinAnsi as plain text, the rest as `pdfSafe`. */
export function pdfProse(text: string): string {
  let out = text;
  for (const [sign, plain] of PROSE_PLAIN) out = out.replace(sign, plain);
  return pdfSafe(out);
}

/** Characters of Courier (600/1000 em wide) that fit in a width. */
export function monospaceColumns(widthPt: number, fontSize: number): number {
  return Math.max(10, Math.floor(widthPt / (0.6 * fontSize)));
}

/** Past this a line is cut: the engine already cuts at 1,000, this guards other sources. */
export const MAX_PDF_LINE = 2_000;

/**
 * One verbatim line → lines of at most `columns` characters, broken at the last space that fits:
 * a token that fits on a line of its own moves down whole; only a token longer than a line is cut.
 */
export function wrapMonospace(line: string, columns: number): string[] {
  let rest = pdfSafe(line);
  if (rest.length > MAX_PDF_LINE) {
    rest = `${rest.slice(0, MAX_PDF_LINE)}... [${rest.length - MAX_PDF_LINE} more characters cut]`;
  }
  const out: string[] = [];
  while (rest.length > columns) {
    const space = rest.lastIndexOf(" ", columns - 1);
    const nextSpace = space < 0 ? -1 : rest.indexOf(" ", space + 1);
    const token = (nextSpace < 0 ? rest.length : nextSpace) - (space + 1);
    const cut = space > 0 && token <= columns ? space + 1 : columns;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out;
}
