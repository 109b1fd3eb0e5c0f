import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Redis } from "ioredis";
import { probeInputSchema } from "@/lib/smtp/probe-input-schema";
import { CaseLimiter } from "./case-limiter";
import { limitsFromEnv, ProbeLimiter, RateLimitedError } from "./probe-limiter";
import { RedisSlotPool, slotPool } from "./probe-slots";
import { connectRedis, makeRateLimiter, redisProblem, redisUrlFromEnv } from "./shared-state";

/**
 * Limits shared by several app instances through Redis: each "instance" here is its own limiter
 * object with its own connection, as two processes would have. Redis is the machine's own
 * (127.0.0.1:6379; scripts/test.sh starts one where it is missing), in a database of its own.
 */
const REDIS_URL = process.env.SMTP_DOCTOR_TEST_REDIS_URL ?? "redis://127.0.0.1:6379/11";
const clients: Redis[] = [];
function connect(url = REDIS_URL): Redis {
  const client = connectRedis(url);
  clients.push(client);
  return client;
}
before(async () => {
  const admin = new Redis(REDIS_URL);
  await admin.flushdb();
  admin.disconnect();
});
after(() => {
  for (const client of clients) client.disconnect();
});
const ready = (client: Redis) =>
  client.status === "ready"
    ? Promise.resolve()
    : new Promise<void>((resolve) => client.once("ready", resolve));

const input = (extra: Record<string, unknown> = {}) =>
  probeInputSchema.parse({
    host: "smtp.example.com",
    port: 587,
    security: "starttls",
    from: "a@example.com",
    to: ["b@example.com"],
    ...extra,
  });

describe("shared state on Redis", () => {
  test("REDIS_URL: unset or empty is the embedded default; anything but redis:// is refused", () => {
    assert.equal(redisUrlFromEnv({}), null);
    assert.equal(redisUrlFromEnv({ REDIS_URL: "" }), null);
    assert.equal(redisUrlFromEnv({ REDIS_URL: "redis://cache:6379/0" }), "redis://cache:6379/0");
    assert.throws(() => redisUrlFromEnv({ REDIS_URL: "http://cache" }), /redis:\/\//);
  });

  test("a login limit spent on instance A refuses on instance B", async () => {
    const [a, b] = [connect(), connect()];
    await Promise.all([ready(a), ready(b)]);
    const limits = limitsFromEnv({ SMTP_DOCTOR_LIMIT_PER_LOGIN: "2" });
    const [onA, onB] = [new ProbeLimiter(limits, a), new ProbeLimiter(limits, b)];
    const creds = { credentials: { kind: "password", username: "office@contoso.com", password: "x" } };
    const target = { name: "smtp.shared.example", addresses: ["192.0.2.77"], port: 587 };
    const attempt = async (limiter: ProbeLimiter, client: string) => {
      const ticket = await limiter.acquire(client, input(creds));
      try {
        const admission = await ticket.admit(target);
        admission.connected(target.addresses[0] ?? "");
        admission.authSent();
        admission.end();
      } finally {
        ticket.release();
      }
    };
    await attempt(onA, "203.0.113.1");
    await attempt(onA, "203.0.113.2");
    await assert.rejects(attempt(onB, "203.0.113.3"), /login attempts/);
  });

  test("a client's concurrent slots are counted across instances, and come free on release", async () => {
    const [a, b] = [connect(), connect()];
    await Promise.all([ready(a), ready(b)]);
    const limits = { perClient: 2, perNetwork: 4, perTarget: 4, total: 16, reserve: 4 };
    const [onA, onB] = [new RedisSlotPool(a, limits), new RedisSlotPool(b, limits)];
    const first = await onA.takeClient("198.51.100.20");
    const second = await onB.takeClient("198.51.100.20");
    assert.ok("release" in first && "release" in second);
    assert.match(
      String(((await onA.takeClient("198.51.100.20")) as { refused?: string }).refused),
      /still running/,
    );
    assert.match(
      String(((await onB.takeClient("::ffff:198.51.100.20")) as { refused?: string }).refused),
      /still running/,
    );
    first.release();
    await new Promise((resolve) => setTimeout(resolve, 50)); // the release is sent, not awaited
    assert.ok("release" in (await onB.takeClient("198.51.100.20")));
  });

  test("slots an instance died holding come free when their lease ends", async () => {
    const redis = connect();
    await ready(redis);
    const limits = { perClient: 1, perNetwork: 4, perTarget: 1, total: 16, reserve: 4 };
    const dying = new RedisSlotPool(redis, limits, { prefix: "sd:test-lease", leaseMs: 300 });
    assert.ok("release" in (await dying.takeTarget(["smtp.lease.example:587"])));
    assert.ok("refused" in (await dying.takeTarget(["smtp.lease.example:587"])));
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.ok("release" in (await dying.takeTarget(["smtp.lease.example:587"])), "the lease expired");
  });

  test("new cases per client per hour are one budget across instances", async () => {
    const [a, b] = [connect(), connect()];
    await Promise.all([ready(a), ready(b)]);
    const [onA, onB] = [new CaseLimiter(2, a), new CaseLimiter(2, b)];
    await onA.take("203.0.113.40");
    await onB.take("203.0.113.40");
    await assert.rejects(onA.take("203.0.113.40"), RateLimitedError);
  });

  test("with Redis unreachable, limits still hold in this process's memory, and health says why", async () => {
    const down = connect("redis://127.0.0.1:1/0");
    const limiter = makeRateLimiter({ keyPrefix: "test:down", points: 2, duration: 60 }, down);
    await limiter.consume("client");
    await limiter.consume("client");
    await assert.rejects(limiter.consume("client"));
    const slots = slotPool(down, { perClient: 1, perNetwork: 4, perTarget: 4, total: 16, reserve: 4 });
    assert.ok("release" in (await slots.takeClient("203.0.113.50")));
    assert.ok("refused" in (await slots.takeClient("203.0.113.50")));
    assert.match((await redisProblem(down)) ?? "", /^Redis cannot be used/);
    assert.equal(await redisProblem(null), null, "not configured is no problem");
  });
});
