import type { Redis } from "ioredis";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { z } from "zod";
import { consumeOrRefuse } from "./probe-limiter";
import { makeRateLimiter, sharedRedis } from "./shared-state";

const envSchema = z.object({
  SMTP_DOCTOR_LIMIT_CASES_PER_HOUR: z.coerce.number().int().positive().default(60),
});

/**
 * New cases per client per hour. One probe's run id could otherwise be saved into any number of
 * cases, filling the disk; appends are already bounded (runs are rate-limited, a case holds 50).
 */
export class CaseLimiter {
  private readonly perClient: RateLimiterAbstract;

  constructor(perHour: number, redis: Redis | null = sharedRedis()) {
    this.perClient = makeRateLimiter({ keyPrefix: "cases:client", points: perHour, duration: 3_600 }, redis);
  }

  static fromEnv(env: Record<string, string | undefined>): CaseLimiter {
    return new CaseLimiter(envSchema.parse(env).SMTP_DOCTOR_LIMIT_CASES_PER_HOUR);
  }

  /** Takes one case from the client's budget, or throws RateLimitedError (→ 429 with Retry-After). */
  take(client: string | null): Promise<void> {
    return consumeOrRefuse(this.perClient, client ?? "unknown", "Too many new cases from your address.");
  }
}
