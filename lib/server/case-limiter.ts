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

  constructor(
    perHour: number,
    redis: Redis | null = sharedRedis(),
    private readonly keyPrefix = "cases:client",
  ) {
    this.perClient = makeRateLimiter({ keyPrefix, points: perHour, duration: 3_600 }, redis);
  }

  /** `keyPrefix` counts another kind of write against a budget of the same size (site uploads). */
  static fromEnv(env: Record<string, string | undefined>, keyPrefix?: string): CaseLimiter {
    return new CaseLimiter(envSchema.parse(env).SMTP_DOCTOR_LIMIT_CASES_PER_HOUR, sharedRedis(), keyPrefix);
  }

  /** Takes one from the client's budget, or throws RateLimitedError (→ 429 with Retry-After). */
  take(client: string | null): Promise<void> {
    const what = this.keyPrefix === "cases:client" ? "new cases" : "uploads";
    return consumeOrRefuse(this.perClient, client ?? "unknown", `Too many ${what} from your address.`);
  }
}
