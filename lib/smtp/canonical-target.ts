import ipaddr from "ipaddr.js";

/**
 * One spelling per address: IPv4-mapped IPv6 (`::ffff:127.0.0.1`, `::ffff:7f00:1`) becomes the
 * IPv4 it is, brackets go, IPv6 takes its RFC 5952 form (lower case, zeros compressed). Anything
 * keyed on an address (rate limits) uses this, so a change of notation is the same key.
 * Returns the input trimmed when it is not an address.
 */
export function canonicalAddress(raw: string): string {
  const text = raw.trim();
  const unbracketed = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  try {
    return ipaddr.process(unbracketed).toString();
  } catch {
    return text;
  }
}

/** A DNS name as the DNS sees it: case and the trailing root dot make no difference. */
export function canonicalHostName(raw: string): string {
  return raw.trim().toLowerCase().replace(/\.+$/, "");
}
