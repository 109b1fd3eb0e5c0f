import tls from "node:tls";

/**
 * A TLS context that trusts Node's roots plus the operator's extra ones, made once per distinct
 * set and reused by every run.
 *
 * `ca` would replace Node's roots, and passing them back in with the extra ones parses all ~140
 * again in JavaScript (about 50 ms: the command-line tool paid it on every run). Instead the
 * extra roots are added to a default context's store: Node then copies its roots, already parsed,
 * into a store of this context's own and adds ours to it — what it does for NODE_EXTRA_CA_CERTS.
 */
const cache = new Map<string, tls.SecureContext>();
const MAX_CACHED = 8;

type NativeContext = { addCACert?: (pem: string) => void };

export function secureContextFor(extraCa: string[] | undefined): tls.SecureContext | undefined {
  if (!extraCa?.length) return undefined;
  const key = extraCa.join("\n");
  let context = cache.get(key);
  if (!context) {
    context = withExtraRoots(extraCa);
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
    cache.set(key, context);
  }
  return context;
}

function withExtraRoots(extraCa: string[]): tls.SecureContext {
  const context = tls.createSecureContext();
  const native = (context as unknown as { context?: NativeContext }).context;
  if (typeof native?.addCACert === "function") {
    for (const pem of extraCa) native.addCACert(pem);
    return context;
  }
  return tls.createSecureContext({ ca: [...tls.rootCertificates, ...extraCa] });
}
