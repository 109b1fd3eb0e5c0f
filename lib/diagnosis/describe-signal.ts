/**
 * The root cause's `signal` as a sentence for a helpdesk agent: which layer of the analyzer
 * decided (what the test saw, the enhanced status code, a provider's or the server's wording, the
 * client's error, the reply code alone) and on what. Null when nothing was decided.
 */
export function describeSignal(signal: string | null | undefined): string | null {
  if (!signal) return null;
  const dnsbl = /^dnsbl:(.+)$/.exec(signal);
  if (dnsbl) return `Decided by the site's own blocklist check (${dnsbl[1]}).`;
  const text = signal.replace(/\.$/, "");
  return `Decided by ${text}.`;
}
