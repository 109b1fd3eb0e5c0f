/**
 * Server text is attacker-controlled. Before it is stored or shown, control characters, ANSI
 * escapes and bidi overrides become visible escapes (so the evidence stays readable and exact),
 * and very long lines are cut.
 */
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export const MAX_STORED_LINE = 1_000;

export function neutraliseText(text: string): string {
  return text.replace(INVISIBLE, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code <= 0xff
      ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  });
}

export function sanitiseLine(line: string, max = MAX_STORED_LINE): string {
  const clean = neutraliseText(line);
  if (clean.length <= max) return clean;
  return `${clean.slice(0, max)}… [${clean.length - max} more characters cut]`;
}
