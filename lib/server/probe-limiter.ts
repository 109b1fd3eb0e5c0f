import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { z } from "zod";
import type { ProbeInput } from "@/lib/smtp/probe-schema";

/**
 * Abuse limits for probes (security checklist §1–2): per client IP, per target, per
 * (target, username) — a password oracle is the risk —, real test messages per client and per
 * recipient per day, and a concurrency cap per client and overall. In memory: one server process.
 */
const limitsSchema = z.object({
  SMTP_DOCTOR_LIMIT_PER_CLIENT: z.coerce.number().int().positive().default(30),
  SMTP_DOCTOR_LIMIT_PER_TARGET: z.coerce.number().int().positive().default(60),
  SMTP_DOCTOR_LIMIT_PER_LOGIN: z.coerce.number().int().positive().default(5),
  SMTP_DOCTOR_LIMIT_SENDS_PER_DAY: z.coerce.number().int().positive().default(10),
  SMTP_DOCTOR_LIMIT_CONCURRENT_PER_CLIENT: z.coerce.number().int().positive().default(2),
  SMTP_DOCTOR_LIMIT_CONCURRENT_TOTAL: z.coerce.number().int().positive().default(16),
});
export type ProbeLimits = z.infer<typeof limitsSchema>;

export function limitsFromEnv(env: Record<string, string | undefined>): ProbeLimits {
  return limitsSchema.parse(env);
}

export class RateLimitedError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = "RateLimitedError";
  }
}

/**
 * Takes one point for `key`, or throws RateLimitedError with the seconds until it would succeed:
 * the one place a limiter's refusal becomes the 429 the routes answer.
 */
export async function consumeOrRefuse(
  limiter: RateLimiterMemory,
  key: string,
  message: string,
): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      throw new RateLimitedError(message, Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    }
    throw rejection;
  }
}

const TEN_MINUTES = 600;
const DAY = 86_400;

export class ProbeLimiter {
  private readonly perClient: RateLimiterMemory;
  private readonly perTarget: RateLimiterMemory;
  private readonly perLogin: RateLimiterMemory;
  private readonly sendsPerClient: RateLimiterMemory;
  private readonly sendsPerRecipient: RateLimiterMemory;
  private readonly running = new Map<string, number>();
  private total = 0;

  constructor(private readonly limits: ProbeLimits) {
    this.perClient = new RateLimiterMemory({
      points: limits.SMTP_DOCTOR_LIMIT_PER_CLIENT,
      duration: TEN_MINUTES,
    });
    this.perTarget = new RateLimiterMemory({
      points: limits.SMTP_DOCTOR_LIMIT_PER_TARGET,
      duration: TEN_MINUTES,
    });
    this.perLogin = new RateLimiterMemory({ points: limits.SMTP_DOCTOR_LIMIT_PER_LOGIN, duration: 15 * 60 });
    this.sendsPerClient = new RateLimiterMemory({
      points: limits.SMTP_DOCTOR_LIMIT_SENDS_PER_DAY,
      duration: DAY,
    });
    this.sendsPerRecipient = new RateLimiterMemory({ points: 3, duration: DAY });
  }

  /**
   * Takes a slot for one probe or throws RateLimitedError. The returned function frees the
   * concurrency slot; call it when the probe ends. `client` is null when the address is unknown:
   * all such requests then share one bucket, which is safe (never a way around the limits).
   */
  async acquire(client: string | null, input: ProbeInput): Promise<() => void> {
    const who = client ?? "unknown";
    const target = input.host.toLowerCase();
    await this.take(this.perClient, who, "Too many tests from your address. Please wait a few minutes.");
    await this.take(
      this.perTarget,
      target,
      `Too many tests against ${target} right now. Please wait a few minutes.`,
    );
    if (input.credentials) {
      await this.take(
        this.perLogin,
        `${target}|${input.credentials.username.toLowerCase()}`,
        "Too many login attempts for this account on this server. Please wait before trying again.",
      );
    }
    if (input.send) {
      await this.take(this.sendsPerClient, who, "The daily limit of real test messages is reached.");
      await this.take(
        this.sendsPerRecipient,
        (input.to[0] ?? "").toLowerCase(),
        "This recipient got enough test messages today.",
      );
    }
    const mine = this.running.get(who) ?? 0;
    if (mine >= this.limits.SMTP_DOCTOR_LIMIT_CONCURRENT_PER_CLIENT) {
      throw new RateLimitedError("A test from your address is still running. Wait for it to finish.", 5);
    }
    if (this.total >= this.limits.SMTP_DOCTOR_LIMIT_CONCURRENT_TOTAL) {
      throw new RateLimitedError("SMTP Doctor is busy. Please try again in a moment.", 5);
    }
    this.running.set(who, mine + 1);
    this.total += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total -= 1;
      const left = (this.running.get(who) ?? 1) - 1;
      if (left > 0) this.running.set(who, left);
      else this.running.delete(who);
    };
  }

  private take(limiter: RateLimiterMemory, key: string, message: string): Promise<void> {
    return consumeOrRefuse(limiter, key, message);
  }
}
