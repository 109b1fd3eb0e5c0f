/**
 * A paste that is one JSON document (a structured log line, an API's error body, a client's error
 * object printed as JSON): its string values are what people and servers wrote, the keys and the
 * escaping are not. Read as those strings, one per line, a reply inside ("error": "554 Message
 * rejected for policy reasons.") is read as it would be bare: its escaped line breaks and quotes
 * back, at the start of a line. Only for the analysis; the evidence shown stays the paste.
 */
export function readJsonPaste(text: string): string | null {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed) || !/[\]}]$/.test(trimmed)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return null;
  }
  const strings: string[] = [];
  collect(parsed, strings, 0);
  const joined = strings.join("\n").trim();
  return joined && joined !== trimmed ? joined : null;
}

function collect(value: unknown, out: string[], depth: number): void {
  if (depth > 20) return;
  if (typeof value === "string") {
    // A value that is itself a JSON document (an error serialised twice) is read the same way.
    out.push(readJsonPaste(value) ?? value);
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
  } else if (value && typeof value === "object") {
    for (const item of Object.values(value)) collect(item, out, depth + 1);
  }
}
