import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Share tokens: 32 random bytes (256 bits) as base64url. Only the SHA-256 of a token is stored, so
 * a copy of the database does not open any link. A token is shown once, when it is created.
 */
const TOKEN_BYTES = 32;
/** 32 bytes in unpadded base64url. */
export const SHARE_TOKEN_LENGTH = 43;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export type NewShareToken = { token: string; tokenHash: string };

export function createShareToken(): NewShareToken {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashShareToken(token) };
}

/** Hex SHA-256. A slow hash is not needed: the input has 256 bits of entropy. */
export function hashShareToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * True only for what `createShareToken` can produce: the right length, the base64url alphabet, and
 * canonical (the last character carries 4 bits, so 3 in 4 final characters are impossible). Anything
 * else is refused before the database is asked.
 */
export function isWellFormedShareToken(token: unknown): token is string {
  if (typeof token !== "string" || !TOKEN_SHAPE.test(token)) return false;
  return Buffer.from(token, "base64url").toString("base64url") === token;
}

/** Constant-time comparison of two hex hashes, for checks after a lookup by hash. */
export function sameTokenHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}
