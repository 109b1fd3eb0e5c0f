/**
 * Logs and JSON dumps write a multi-line reply's line breaks as the two characters "\n" (Exim's
 * log, a JSON-encoded error, Python's repr): "421-4.7.0 … unusual rate of\n421-4.7.0 unsolicited
 * mail". Read that way, the next line's reply code sticks to the word before it and the server's
 * phrase is split by a code nobody can strip. The same escape before a capital letter glues the
 * next line's first word to the last one ("mx.example.in\nIP blacklisted in …", smtplib's bytes).
 * A reply wrapped onto an indented next line ("cannot find your reverse\n   hostname", in a JSON
 * log) has the escape before spaces. This puts the break back where the escape is followed by a
 * reply code, a capital letter or an indentation (a tab, or two spaces or more), for the analysis only; evidence shown to people
 * stays as pasted.
 */
const ESCAPED_BREAK_BEFORE_CODE = /(?:\\r)?\\n(?=[2-5][0-5]\d[ -]|[A-Z]| {2}|\t)/g;

/**
 * A string pasted as its JSON or log escape, quotes written \" (a failed job's payload, a
 * Symfony error inside a JSON log: got code \"502\", with message \"502 unimplemented\r\n\"):
 * there every \n is an escape, and the quoted reply's code only reads as a code unescaped.
 * A doubled escape (\\r\\n, an escaped string escaped again) is read the same way.
 */
const ESCAPED_IN_QUOTED = /\\{1,2}(?:r\\{1,2}n|n|(["/]))/g;

/**
 * A paste written out whole as one escaped line (a bounce copied from a JSON log or a repr): no
 * real line break, several "\n", and no backslash but escapes (a Windows path, "C:\new\mail",
 * has others). There every "\n" is a break, also inside a phrase ("Your address is not\nliked").
 */
function escapedThroughout(text: string): boolean {
  return !text.includes("\n") && (text.match(/\\n/g)?.length ?? 0) >= 2 && !/\\(?![nrt"\\/])/.test(text);
}

/** The text with escaped line breaks before reply codes made real, or null when it has none. */
export function unescapeBreaks(text: string): string | null {
  const quoted = text.includes('\\"');
  if (!quoted && !text.includes("\\n")) return null;
  const out = quoted
    ? text.replace(ESCAPED_IN_QUOTED, (_, char?: string) => char ?? "\n")
    : escapedThroughout(text)
      ? text.replace(/(?:\\r)?\\n/g, "\n")
      : text.replace(ESCAPED_BREAK_BEFORE_CODE, "\n");
  return out === text ? null : out;
}
