import { randomBytes } from "node:crypto";

/** A random, URL-safe id (128 bits, base64url): unguessable, so ids leak nothing about volume. */
export function randomId(): string {
  return randomBytes(16).toString("base64url");
}
