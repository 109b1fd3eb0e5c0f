import { createHash, randomBytes } from "node:crypto";

/** Session and setup secrets: 32 random bytes for the browser, only their SHA-256 in the database. */

export function newSecret(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashSecret(token) };
}

export function hashSecret(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** A setup code people type from a log line: 12 letters and digits in groups of four, no look-alikes. */
export function newSetupCode(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(12);
  const chars = [...bytes].map((byte) => alphabet[byte % alphabet.length]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((group) => group.join("")).join("-");
}

/** What was typed, in the form the code was hashed in: upper case, no spaces, dashes where they go. */
export function normaliseSetupCode(typed: string): string {
  const plain = typed.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return plain.length === 12 ? `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}` : plain;
}
