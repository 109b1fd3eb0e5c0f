import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

/**
 * Staff passwords, hashed with scrypt (memory-hard, in Node's own crypto: no native add-on). The
 * stored form carries its parameters, so they can be raised later without breaking old hashes.
 */

const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

/** At least 12 characters (a passphrase beats rules about symbols), at most 200. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize("NFKC"),
      salt,
      KEY_LENGTH,
      { ...options, maxmem: 256 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64url"), key.toString("base64url")].join(
    "$",
  );
}

/** Constant-time for a well-formed hash; false for anything else (never throws on stored junk). */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parts = (stored ?? "").split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") {
    // Spend the same time as a real check, so a missing account does not answer faster.
    await derive(password, randomBytes(16), PARAMS);
    return false;
  }
  const [, n, r, p, salt, key] = parts;
  const expected = Buffer.from(key ?? "", "base64url");
  const N = Number(n);
  if (!Number.isInteger(N) || N < 2 ** 14 || N > 2 ** 20 || expected.length !== KEY_LENGTH) return false;
  const actual = await derive(password, Buffer.from(salt ?? "", "base64url"), {
    N,
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(actual, expected);
}
