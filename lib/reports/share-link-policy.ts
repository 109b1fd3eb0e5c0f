import type { Case, ShareLink } from "./case-schemas";
import type { ShareResolution } from "./case-store";
import { hashShareToken, isWellFormedShareToken, sameTokenHash } from "./share-token";
import { DEFAULT_SHARE_TTL_DAYS } from "./store-env";

/**
 * How long a share link lives and what a stored link still opens: one rule for every store, so a
 * link expires and a revocation holds the same way on SQLite and on PostgreSQL. A store only finds
 * rows; the decisions are here.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export type LinkLifetime = { createdAt: string; expiresAt: string };

/** A new link's times: `ttlDays` as asked, else the store's configured lifetime. */
export function linkLifetime(now: Date, ttlDays: number | undefined, storeTtlDays?: number): LinkLifetime {
  const days = ttlDays ?? storeTtlDays ?? DEFAULT_SHARE_TTL_DAYS;
  return {
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + days * DAY_MS).toISOString(),
  };
}

export type StoredLinkLookup = {
  /** The link whose token hashes to this, if any. */
  linkByHash(tokenHash: string): Promise<ShareLink | null>;
  getCase(caseId: string): Promise<Case | null>;
};

/**
 * What a token opens now: null for a malformed or unknown token (callers answer both with 404).
 * Revocation wins over expiry, so a revoked link says so even after it would have expired.
 */
export async function resolveShareToken(
  token: string,
  now: Date,
  lookup: StoredLinkLookup,
): Promise<ShareResolution | null> {
  if (!isWellFormedShareToken(token)) return null;
  const tokenHash = hashShareToken(token);
  const link = await lookup.linkByHash(tokenHash);
  if (link === null || !sameTokenHash(link.tokenHash, tokenHash)) return null;
  if (link.revokedAt !== null) return { status: "revoked", kind: link.kind };
  if (Date.parse(link.expiresAt) <= now.getTime()) return { status: "expired", kind: link.kind };
  const found = await lookup.getCase(link.caseId);
  return found === null ? null : { status: "ok", case: found, link };
}
