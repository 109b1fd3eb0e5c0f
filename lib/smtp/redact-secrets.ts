/**
 * Our own redaction pass, run over everything a probe returns: the secret in plain text and in
 * base64 at each of the three byte alignments it can take inside a longer base64 string (AUTH
 * PLAIN and XOAUTH2 wrap it with other bytes), so a server that echoes it back is masked too.
 */
export const REDACTED = "[redacted]";

const MIN_NEEDLE = 4;

export function secretNeedles(secret: string): string[] {
  if (secret.length === 0) return [];
  const bytes = Buffer.from(secret, "utf8");
  const needles = new Set<string>([secret]);
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString("base64");
    // Characters fully determined by the secret's bits, whatever surrounds it.
    const start = Math.ceil((offset * 8) / 6);
    const end = Math.floor(((offset + bytes.length) * 8) / 6);
    const needle = encoded.slice(start, end);
    if (needle.length >= MIN_NEEDLE) needles.add(needle);
  }
  return [...needles].sort((a, b) => b.length - a.length);
}

export function redactString(text: string, needles: string[]): string {
  let out = text;
  for (const needle of needles) {
    if (out.includes(needle)) out = out.split(needle).join(REDACTED);
  }
  return out;
}

/** Returns a deep copy of a JSON-shaped value with every string scrubbed. */
export function redactDeep<T>(value: T, secrets: string[]): T {
  const needles = [...new Set(secrets.flatMap(secretNeedles))].sort((a, b) => b.length - a.length);
  if (needles.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return redactString(v, needles);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") {
      return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, walk(inner)]));
    }
    return v;
  };
  return walk(value) as T;
}
