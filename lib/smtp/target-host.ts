import ipaddr from "ipaddr.js";

// Runs in the browser too (the wizard validates with the API's schema), so no node:net here.
const isIPv4 = (text: string) => ipaddr.IPv4.isValidFourPartDecimal(text);
const isIPv6 = (text: string) => text.includes(":") && ipaddr.IPv6.isValid(text);

/**
 * Accepts a bare DNS name or an IP literal, never a URL. Rejects the spellings that turn into
 * something else on the way to a socket: numeric and hex "hostnames" (`2130706433`, `0x7f.1`,
 * `127.1`), single-label names, and names reserved for local networks.
 */
export function isValidTargetHost(raw: string): boolean {
  return describeTargetHostProblem(raw) === null;
}

const RESERVED_SUFFIXES = [
  ".local",
  ".internal",
  ".localhost",
  ".localdomain",
  ".home.arpa",
  ".lan",
  ".corp",
];
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export function describeTargetHostProblem(raw: string): string | null {
  const host = raw.trim();
  if (host.length === 0) return "server is required";
  if (/[\s\r\n]/.test(host)) return "no spaces or line breaks";
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host) || host.includes("/") || host.includes("@")) {
    return "that is a URL, type just the server name";
  }
  const unbracketed = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  if (isIPv6(unbracketed)) return null;
  if (isIPv4(host)) return null;
  const name = host.toLowerCase().replace(/\.$/, "");
  if (name.includes(":")) return "type the port in the port field";
  const labels = name.split(".");
  if (labels.length < 2) return "use the full server name (e.g. smtp.example.com)";
  if (!labels.every((label) => LABEL.test(label))) return "not a valid server name";
  // All-numeric or hex-looking names are IPv4 in disguise (inet_aton accepts 127.1, 0x7f.1, 0177.0.0.1).
  if (labels.every((label) => /^(0x[0-9a-f]*|[0-9]+)$/.test(label))) return "not a valid IP address";
  const tld = labels[labels.length - 1] ?? "";
  if (/^[0-9]+$/.test(tld) || /^0x[0-9a-f]+$/.test(tld)) return "not a valid server name";
  if (RESERVED_SUFFIXES.some((suffix) => `.${name}`.endsWith(suffix)))
    return "local network names cannot be tested";
  return null;
}

/** The host as an IP literal if it is one (brackets removed), else null. */
export function ipLiteral(raw: string): string | null {
  const host = raw.trim();
  const unbracketed = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  return isIPv4(unbracketed) || isIPv6(unbracketed) ? unbracketed : null;
}
