import type { Reply } from "./probe-schema";
import { sanitiseLine } from "./sanitize-text";

const LINE = /^(\d{3})(?:[ -](.*))?$/;
const ENHANCED = /^([245]\.\d{1,3}\.\d{1,3})(?:\s+|$)/;

/**
 * Parses one complete server reply (lines joined by "\n", as nodemailer hands them over) into
 * code, enhanced status code, text and the sanitised lines. A reply that does not start with
 * three digits gets code 0: the caller treats it as a protocol error, with the text kept.
 */
export function parseReply(raw: string): Reply {
  const rawLines = raw
    .replace(/\r/g, "")
    .split("\n")
    .filter((line, i, all) => line.length > 0 || i < all.length - 1);
  const lines = rawLines.map((line) => sanitiseLine(line));
  const first = LINE.exec(rawLines[0] ?? "");
  if (!first) {
    return { code: 0, enhanced: null, text: lines.join("\n"), lines };
  }
  const code = Number(first[1]);
  let enhanced: string | null = null;
  const texts = rawLines.map((line) => {
    const match = LINE.exec(line);
    let rest = match ? (match[2] ?? "") : line;
    const enh = ENHANCED.exec(rest);
    // RFC 3463: the enhanced code's class must match the reply's first digit.
    if (enh?.[1] && enh[1][0] === String(code)[0]) {
      enhanced ??= enh[1];
      rest = rest.slice(enh[0].length);
    }
    return sanitiseLine(rest);
  });
  return { code, enhanced, text: texts.join("\n").trim(), lines };
}

/** The reply in one line for summaries and error messages. */
export function formatReply(reply: Reply): string {
  return reply.lines.join(" ").slice(0, 500);
}
