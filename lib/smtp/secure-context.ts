import tls from "node:tls";

/**
 * A TLS context that trusts Node's roots plus the operator's extra ones. Building it parses
 * every root certificate (~60 ms), so it is made once per distinct set and reused by every run.
 */
const cache = new Map<string, tls.SecureContext>();
const MAX_CACHED = 8;

export function secureContextFor(extraCa: string[] | undefined): tls.SecureContext | undefined {
  if (!extraCa?.length) return undefined;
  const key = extraCa.join("\n");
  let context = cache.get(key);
  if (!context) {
    // `ca` replaces Node's roots, so the extra roots are added to them rather than used alone.
    context = tls.createSecureContext({ ca: [...tls.rootCertificates, ...extraCa] });
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
    cache.set(key, context);
  }
  return context;
}
