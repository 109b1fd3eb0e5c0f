import type { Redis } from "ioredis";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { z } from "zod";
import { consumeOrRefuse } from "./probe-limiter";
import { makeRateLimiter, sharedRedis } from "./shared-state";

const envSchema = z.object({
  SMTP_DOCTOR_LIMIT_PDF_PER_CLIENT: z.coerce.number().int().positive().default(30),
  SMTP_DOCTOR_LIMIT_PDF_PER_LINK: z.coerce.number().int().positive().default(60),
});

const TEN_MINUTES = 600;

/**
 * PDF downloads per client and per share link, each per 10 minutes. Every request is charged,
 * a cached or 304 one too: the budget is far above what a person clicks, and the per-link one
 * keeps a link pasted somewhere public from being used to keep the renderer busy from many
 * addresses. The per-client budget is taken first, so unknown tokens cost their sender as well.
 */
export class PdfLimiter {
  private readonly perClient: RateLimiterAbstract;
  private readonly perLink: RateLimiterAbstract;

  constructor(limits: { perClient: number; perLink: number }, redis: Redis | null = sharedRedis()) {
    const limiter = (keyPrefix: string, points: number) =>
      makeRateLimiter({ keyPrefix, points, duration: TEN_MINUTES }, redis);
    this.perClient = limiter("pdf:client", limits.perClient);
    this.perLink = limiter("pdf:link", limits.perLink);
  }

  static fromEnv(env: Record<string, string | undefined>): PdfLimiter {
    const parsed = envSchema.parse(env);
    return new PdfLimiter({
      perClient: parsed.SMTP_DOCTOR_LIMIT_PDF_PER_CLIENT,
      perLink: parsed.SMTP_DOCTOR_LIMIT_PDF_PER_LINK,
    });
  }

  /** One download from the client's budget, or RateLimitedError (→ 429 with Retry-After). */
  takeClient(client: string | null): Promise<void> {
    return consumeOrRefuse(this.perClient, client ?? "unknown", "Too many PDF downloads from your address.");
  }

  /** One download from the link's budget (by link id: a token is never kept), or RateLimitedError. */
  takeLink(linkId: string): Promise<void> {
    return consumeOrRefuse(this.perLink, linkId, "This report's PDF has been downloaded too often just now.");
  }
}
