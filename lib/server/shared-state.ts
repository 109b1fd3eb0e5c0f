import { Redis } from "ioredis";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from "rate-limiter-flexible";
import { z } from "zod";
import { processSingleton } from "./process-singleton";

/**
 * State several app instances must share: rate limits, probe slots and the runs a case may be
 * saved from. With REDIS_URL set it lives in Redis, so a limit spent on one instance refuses on
 * another; unset (the embedded default), in this process's memory.
 */

const redisUrlSchema = z
  .string()
  .trim()
  .refine((value) => /^rediss?:\/\//.test(value), "REDIS_URL must be a redis:// or rediss:// URL");

/** REDIS_URL, validated; null when unset or empty (the embedded default). */
export function redisUrlFromEnv(env: Record<string, string | undefined>): string | null {
  const raw = env.REDIS_URL;
  if (raw === undefined || raw.trim() === "") return null;
  return redisUrlSchema.parse(raw);
}

/**
 * A client for shared state. No offline queue: while Redis is unreachable a command fails at
 * once (limits then fall back to this process's memory) instead of hanging a request.
 */
export function connectRedis(url: string): Redis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 3_000,
    // Reconnect with a capped back-off, forever: Redis coming back must need no app restart.
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  let reported = false;
  client.on("error", (error) => {
    if (reported) return;
    reported = true; // once per outage, not once per retry
    console.error(`[shared-state] Redis unavailable: ${error.message}`);
  });
  client.on("ready", () => {
    reported = false;
  });
  return client;
}

/** This process's Redis client for shared state, or null when REDIS_URL is unset. */
export function sharedRedis(): Redis | null {
  return processSingleton("redis", () => {
    const url = redisUrlFromEnv(process.env);
    return url === null ? null : connectRedis(url);
  });
}

export type LimiterOptions = {
  /** Names the limit in Redis keys: two limiters never share a key. */
  keyPrefix: string;
  points: number;
  /** Seconds. */
  duration: number;
};

/**
 * A rate limiter on the shared store when there is one, with an in-memory insurance limiter that
 * takes over while Redis cannot be reached: the limits still hold, per instance, rather than fail
 * open or refuse everyone.
 */
export function makeRateLimiter(
  options: LimiterOptions,
  redis: Redis | null = sharedRedis(),
): RateLimiterAbstract {
  const keyPrefix = `sd:${options.keyPrefix}`;
  const memory = new RateLimiterMemory({ points: options.points, duration: options.duration, keyPrefix });
  if (redis === null) return memory;
  return new RateLimiterRedis({
    storeClient: redis,
    points: options.points,
    duration: options.duration,
    keyPrefix,
    insuranceLimiter: memory,
  });
}

/**
 * Waits (briefly) for the connection to be up: without an offline queue, a command sent while the
 * client is still connecting (just after start, or reconnecting) fails at once. Resolves either
 * way; the command that follows then fails fast if Redis is really away.
 */
export function redisReady(redis: Redis, withinMs = 1_000): Promise<void> {
  if (redis.status === "ready") return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off("ready", done);
      resolve();
    };
    const timer = setTimeout(done, withinMs);
    timer.unref();
    redis.once("ready", done);
  });
}

/** Whether Redis answers, for /api/health: null when it does (or is not configured), else why not. */
export async function redisProblem(redis: Redis | null = sharedRedis()): Promise<string | null> {
  if (redis === null) return null;
  try {
    await redisReady(redis);
    const answer = await Promise.race([
      redis.ping(),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error("no answer within 1 s")), 1_000).unref(),
      ),
    ]);
    return answer === "PONG" ? null : `Redis answered ${String(answer).slice(0, 40)}`;
  } catch (error) {
    return `Redis cannot be used: ${error instanceof Error ? error.message : String(error)}`;
  }
}
