import ipaddr from "ipaddr.js";

/** Written by server.mjs from the socket's address, overwriting any client-sent value. */
export const PEER_HEADER = "x-smtp-doctor-peer";

/**
 * Which proxy header to believe, set by the operator. Default (null): none — the socket's own
 * address is the visitor's. A client-supplied X-Forwarded-For is never trusted on its own.
 */
export type TrustedProxy =
  | { header: "x-forwarded-for"; hops: number }
  | { header: string; hops?: undefined }
  | null;

export function parseTrustedProxy(value: string | undefined): TrustedProxy {
  if (!value || value.trim() === "") return null;
  const [header = "", hopsText] = value.trim().toLowerCase().split(":");
  if (header === "x-forwarded-for") {
    const hops = hopsText ? Number(hopsText) : 1;
    if (!Number.isInteger(hops) || hops < 1 || hops > 10) {
      throw new Error(`SMTP_DOCTOR_TRUSTED_PROXY: "${value}": hops must be 1–10`);
    }
    return { header, hops };
  }
  if (!/^[a-z0-9-]+$/.test(header))
    throw new Error(`SMTP_DOCTOR_TRUSTED_PROXY: "${value}" is not a header name`);
  return { header };
}

function normalise(address: string | null | undefined): string | null {
  if (!address) return null;
  try {
    return ipaddr.process(address.trim()).toString();
  } catch {
    return null;
  }
}

/**
 * The visitor's IP address. With a trusted X-Forwarded-For proxy chain of N hops, the Nth entry
 * from the right is the one the outermost trusted proxy saw; entries left of it are the client's
 * own claims and are ignored. Null when unknown (e.g. run under `next start` without server.mjs).
 */
export function clientIp(headers: Headers, trusted: TrustedProxy): string | null {
  const peer = normalise(headers.get(PEER_HEADER));
  if (!trusted) return peer;
  const value = headers.get(trusted.header);
  if (!value) return peer;
  if (trusted.header === "x-forwarded-for" && trusted.hops !== undefined) {
    const chain = value
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    return normalise(chain[chain.length - trusted.hops]) ?? peer;
  }
  return normalise(value) ?? peer;
}
