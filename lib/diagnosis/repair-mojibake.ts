/**
 * Pasted errors often carry a server's non-ASCII words mangled on the way: Python prints the
 * bytes of a GBK reply as `\xc7\xeb\xca\xb9…`, a Latin-1 reading turns them into `ÇëÊ¹ÓÃ…`, a
 * UTF-8 "é" read as Latin-1 becomes "Ã©". QQ Mail's "请使用授权码登录" (use an authorization code
 * to sign in) reaches the analyzer in all three forms. This gives the text as it was meant to
 * read, for the analysis only: evidence shown to people stays exactly as pasted.
 *
 * A run is replaced only when its bytes decode without error as UTF-8, or as GBK into Chinese
 * characters; anything else is left alone.
 */

const ESCAPED_BYTES = /(?:\\x[0-9a-fA-F]{2}){4,}/g;
// Latin-1 letters and signs only, no ASCII between: how multi-byte text looks read byte by byte.
const LATIN1_RUN = /[\u00a1-\u00ff]{4,}/g;
const CJK = /[\u3400-\u9fff]/;

function decodeBytes(bytes: Uint8Array): string | null {
  // Text in another encoding has high bytes; control characters are not text.
  if (!bytes.some((b) => b >= 0x80) || bytes.some((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d))
    return null;
  try {
    // Valid UTF-8 across four or more high bytes is very unlikely by chance.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {}
  try {
    const gbk = new TextDecoder("gbk", { fatal: true }).decode(bytes);
    if (CJK.test(gbk)) return gbk;
  } catch {}
  return null;
}

/** The text with mangled runs decoded, or null when nothing in it needed repair. */
export function repairMojibake(text: string): string | null {
  let changed = false;
  const fromEscapes = text.replace(ESCAPED_BYTES, (run) => {
    const bytes = Uint8Array.from(run.match(/[0-9a-fA-F]{2}/g) ?? [], (hex) => Number.parseInt(hex, 16));
    const decoded = decodeBytes(bytes);
    if (decoded === null) return run;
    changed = true;
    return decoded;
  });
  const repaired = fromEscapes.replace(LATIN1_RUN, (run) => {
    const decoded = decodeBytes(Uint8Array.from(run, (ch) => ch.charCodeAt(0)));
    if (decoded === null) return run;
    changed = true;
    return decoded;
  });
  return changed ? repaired : null;
}
