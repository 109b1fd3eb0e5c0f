import type { Redis } from "ioredis";
import { type RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import { z } from "zod";
import type { Admission, AdmittedTarget } from "@/lib/smtp/probe-options";
import type { ProbeInput } from "@/lib/smtp/probe-schema";
import { type SlotGrant, type SlotPool, slotPool } from "./probe-slots";
import { makeRateLimiter, sharedRedis } from "./shared-state";

/**
 * Abuse limits for probes (security checklist §1–2): per client IP, per target, per
 * (target, username) — a password oracle is the risk —, real test messages per client and per
 * recipient per day, and concurrency shared fairly (probe-slots.ts). In Redis when REDIS_URL is set
 * (shared by every app instance), else in this process's memory.
 */
const limitsSchema = z
  .object({
    SMTP_DOCTOR_LIMIT_PER_CLIENT: z.coerce.number().int().positive().default(30),
    SMTP_DOCTOR_LIMIT_PER_TARGET: z.coerce.number().int().positive().default(60),
    SMTP_DOCTOR_LIMIT_PER_LOGIN: z.coerce.number().int().positive().default(5),
    SMTP_DOCTOR_LIMIT_SENDS_PER_DAY: z.coerce.number().int().positive().default(10),
    SMTP_DOCTOR_LIMIT_CONCURRENT_PER_CLIENT: z.coerce.number().int().positive().default(2),
    SMTP_DOCTOR_LIMIT_CONCURRENT_PER_NETWORK: z.coerce.number().int().positive().default(4),
    SMTP_DOCTOR_LIMIT_CONCURRENT_PER_TARGET: z.coerce.number().int().positive().default(4),
    SMTP_DOCTOR_LIMIT_CONCURRENT_TOTAL: z.coerce.number().int().positive().default(16),
    SMTP_DOCTOR_LIMIT_CONCURRENT_RESERVE: z.coerce.number().int().nonnegative().default(4),
  })
  .refine(
    (limits) => limits.SMTP_DOCTOR_LIMIT_CONCURRENT_RESERVE < limits.SMTP_DOCTOR_LIMIT_CONCURRENT_TOTAL,
    {
      message: "SMTP_DOCTOR_LIMIT_CONCURRENT_RESERVE must be less than SMTP_DOCTOR_LIMIT_CONCURRENT_TOTAL",
    },
  );
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

/** "in 40 seconds", "in 3 minutes", "in 2 hours": when a refused request will be taken again. */
export function retryInWords(seconds: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (seconds <= 90) return `in ${plural(Math.max(1, Math.ceil(seconds)), "second")}`;
  if (seconds <= 90 * 60) return `in ${plural(Math.ceil(seconds / 60), "minute")}`;
  return `in ${plural(Math.ceil(seconds / 3600), "hour")}`;
}

/**
 * Takes one point for `key`, or throws RateLimitedError with the seconds until it would succeed:
 * the one place a limiter's refusal becomes the 429 the routes answer. The message is the
 * `reason` and when to try again, so every screen that shows it says when.
 */
export async function consumeOrRefuse(
  limiter: RateLimiterAbstract,
  key: string,
  reason: string,
): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new RateLimitedError(`${reason} Try again ${retryInWords(seconds)}.`, seconds);
    }
    throw rejection;
  }
}

/**
 * A login name as the limit sees it: trimmed, compatibility-normalised (full-width letters),
 * invisible format characters dropped, the whole of it lower-cased and a trailing dot off the
 * domain. Local parts may be case-sensitive in theory, but the platforms we test (Microsoft 365,
 * Google, common relays) log in case-insensitively, and merging two spellings only makes the
 * limit stricter, while keeping them apart would give an attacker a fresh budget per spelling.
 */
export function canonicalUsername(raw: string): string {
  return raw
    .normalize("NFKC")
    .replace(/\p{Cf}/gu, "")
    .trim()
    .toLowerCase()
    .replace(/\.+$/, "");
}

/** A probe's hold on its client slot; `admit` is the run's admission hook (ProbeOptions.admit). */
export type ProbeTicket = {
  admit(target: AdmittedTarget): Promise<Admission>;
  release(): void;
};

const TEN_MINUTES = 600;
const DAY = 86_400;
const SLOT_RETRY_SECONDS = 5;

export class ProbeLimiter {
  private readonly perClient: RateLimiterAbstract;
  private readonly perTarget: RateLimiterAbstract;
  private readonly perLogin: RateLimiterAbstract;
  private readonly sendsPerClient: RateLimiterAbstract;
  private readonly sendsPerRecipient: RateLimiterAbstract;
  private readonly slots: SlotPool;

  /** `redis`: the shared store (default: REDIS_URL's), or null for this process's memory. */
  constructor(limits: ProbeLimits, redis: Redis | null = sharedRedis()) {
    const limiter = (keyPrefix: string, points: number, duration: number) =>
      makeRateLimiter({ keyPrefix, points, duration }, redis);
    this.perClient = limiter("probe:client", limits.SMTP_DOCTOR_LIMIT_PER_CLIENT, TEN_MINUTES);
    this.perTarget = limiter("probe:target", limits.SMTP_DOCTOR_LIMIT_PER_TARGET, TEN_MINUTES);
    this.perLogin = limiter("probe:login", limits.SMTP_DOCTOR_LIMIT_PER_LOGIN, 15 * 60);
    this.sendsPerClient = limiter("probe:sends-client", limits.SMTP_DOCTOR_LIMIT_SENDS_PER_DAY, DAY);
    this.sendsPerRecipient = limiter("probe:sends-recipient", 3, DAY);
    this.slots = slotPool(redis, {
      perClient: limits.SMTP_DOCTOR_LIMIT_CONCURRENT_PER_CLIENT,
      perNetwork: limits.SMTP_DOCTOR_LIMIT_CONCURRENT_PER_NETWORK,
      perTarget: limits.SMTP_DOCTOR_LIMIT_CONCURRENT_PER_TARGET,
      total: limits.SMTP_DOCTOR_LIMIT_CONCURRENT_TOTAL,
      reserve: limits.SMTP_DOCTOR_LIMIT_CONCURRENT_RESERVE,
    });
  }

  /**
   * Charges the client's own budgets and takes a client slot, or throws RateLimitedError. The
   * target's budgets wait for the ticket's `admit`: they are keyed on what the name resolved to
   * and charged only for what the run reached. `client` is null when the address is unknown: all
   * such requests then share one bucket, which is safe (never a way around the limits).
   */
  async acquire(client: string | null, input: ProbeInput): Promise<ProbeTicket> {
    const who = client ?? "unknown";
    await consumeOrRefuse(
      this.perClient,
      who,
      "Too many tests from your address. Please wait a few minutes.",
    );
    if (input.send) {
      await consumeOrRefuse(this.sendsPerClient, who, "The daily limit of real test messages is reached.");
    }
    const release = granted(await this.slots.takeClient(client));
    return { admit: (target) => this.admit(target, input), release };
  }

  /**
   * The target side, once the guard admitted it and before anything connects. A target is each
   * of its keys — the name and port, the address it will connect to and port —, and a login is
   * (name or address, username) on any port: the server checks the same password on all of
   * them. Points are taken now, so concurrent attempts cannot overshoot, and given back when the
   * run ends without reaching them (no TCP connection; no AUTH sent).
   */
  private async admit(target: AdmittedTarget, input: ProbeInput): Promise<Admission> {
    const first = target.addresses[0] ?? "";
    const hosts = target.name === null ? [first] : [target.name, first];
    const targetKeys = hosts.map((host) => `${host}:${target.port}`);
    const username = input.credentials ? canonicalUsername(input.credentials.username) : null;
    const loginKey = (host: string) => `${host}|${username}`;

    const releaseTarget = granted(await this.slots.takeTarget(targetKeys));
    const targetCharges = new Charges(this.perTarget);
    const loginCharges = new Charges(this.perLogin);
    // A recipient's daily cap, like the target's, is charged only for runs the guard let through
    // (a refused request must not use up someone's test messages) and given back if none connected.
    const recipientCharges = new Charges(this.sendsPerRecipient);
    try {
      if (input.send) {
        await recipientCharges.take(
          (input.to[0] ?? "").toLowerCase(),
          "This recipient got enough test messages today.",
        );
      }
      for (const key of targetKeys) {
        await targetCharges.take(key, "Too many tests against this server right now.");
      }
      if (username !== null) {
        for (const host of hosts) {
          await loginCharges.take(loginKey(host), "Too many login attempts for this account on this server.");
        }
      }
    } catch (refusal) {
      await Promise.all([targetCharges.refund(), loginCharges.refund(), recipientCharges.refund()]);
      releaseTarget();
      throw refusal;
    }

    let connected = false;
    let authSent = false;
    let ended = false;
    return {
      connected: (address) => {
        connected = true;
        // The connect stage fell through to another address: that one was reached too.
        if (address !== first) {
          targetCharges.add(`${address}:${target.port}`);
          if (username !== null) loginCharges.add(loginKey(address));
        }
      },
      authSent: () => {
        authSent = true;
      },
      end: () => {
        if (ended) return;
        ended = true;
        releaseTarget();
        if (!connected) {
          void targetCharges.refund();
          void recipientCharges.refund();
        }
        if (!authSent) void loginCharges.refund();
      },
    };
  }
}

function granted(grant: SlotGrant): () => void {
  if ("refused" in grant) throw new RateLimitedError(grant.refused, SLOT_RETRY_SECONDS);
  return grant.release;
}

/** Points taken on one limiter for one run, so they can be given back if it did not get that far. */
class Charges {
  private readonly keys: string[] = [];

  constructor(private readonly limiter: RateLimiterAbstract) {}

  async take(key: string, message: string): Promise<void> {
    await consumeOrRefuse(this.limiter, key, message);
    this.keys.push(key);
  }

  /** Charges without refusing: the attempt already happened. */
  add(key: string): void {
    this.keys.push(key);
    void this.limiter.penalty(key);
  }

  /** Gives the points back, unless their window has already closed (that would be a bonus point). */
  async refund(): Promise<void> {
    for (const key of this.keys.splice(0)) {
      const state = await this.limiter.get(key);
      if (state !== null && state.consumedPoints > 0) await this.limiter.reward(key);
    }
  }
}
