import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clientIp, PEER_HEADER } from "@/lib/network/client-ip";
import { probeInputSchema } from "@/lib/smtp/probe-input-schema";
import { limitsFromEnv, ProbeLimiter, RateLimitedError } from "./probe-limiter";

const input = (extra: Record<string, unknown> = {}) =>
  probeInputSchema.parse({
    host: "smtp.example.com",
    port: 587,
    security: "starttls",
    from: "a@example.com",
    to: ["b@example.com"],
    ...extra,
  });

describe("ProbeLimiter", () => {
  it("the N+1th probe from one client inside the window is refused with a retry time", async () => {
    const limiter = new ProbeLimiter(limitsFromEnv({ SMTP_DOCTOR_LIMIT_PER_CLIENT: "3" }));
    for (let i = 0; i < 3; i++) (await limiter.acquire("203.0.113.5", input()))();
    await assert.rejects(limiter.acquire("203.0.113.5", input()), (err: unknown) => {
      assert.ok(err instanceof RateLimitedError);
      assert.ok(err.retryAfterSeconds > 0 && err.retryAfterSeconds <= 600);
      return true;
    });
    // Another client is not affected.
    (await limiter.acquire("203.0.113.6", input()))();
  });

  it("rotating X-Forwarded-For does not reset the limit (the peer address is what counts)", async () => {
    const limiter = new ProbeLimiter(limitsFromEnv({ SMTP_DOCTOR_LIMIT_PER_CLIENT: "2" }));
    const request = (i: number) =>
      new Headers({
        [PEER_HEADER]: "198.51.100.9",
        "x-forwarded-for": `10.0.0.${i}`,
        "x-real-ip": `10.1.0.${i}`,
      });
    for (let i = 0; i < 2; i++) (await limiter.acquire(clientIp(request(i), null), input()))();
    await assert.rejects(limiter.acquire(clientIp(request(3), null), input()), RateLimitedError);
  });

  it("limits login attempts per (target, username), whoever asks", async () => {
    const limiter = new ProbeLimiter(limitsFromEnv({ SMTP_DOCTOR_LIMIT_PER_LOGIN: "2" }));
    const creds = { credentials: { kind: "password", username: "Office@Contoso.com", password: "x" } };
    (await limiter.acquire("203.0.113.1", input(creds)))();
    (await limiter.acquire("203.0.113.2", input(creds)))();
    await assert.rejects(limiter.acquire("203.0.113.3", input(creds)), /login attempts/);
    // The same account on another server is another key.
    (await limiter.acquire("203.0.113.3", input({ ...creds, host: "smtp.other.example" })))();
  });

  it("caps concurrent probes per client and frees the slot when released", async () => {
    const limiter = new ProbeLimiter(limitsFromEnv({ SMTP_DOCTOR_LIMIT_CONCURRENT_PER_CLIENT: "1" }));
    const release = await limiter.acquire("203.0.113.5", input());
    await assert.rejects(limiter.acquire("203.0.113.5", input()), /still running/);
    release();
    release(); // idempotent
    (await limiter.acquire("203.0.113.5", input()))();
  });

  it("real test messages are capped per day", async () => {
    const limiter = new ProbeLimiter(limitsFromEnv({ SMTP_DOCTOR_LIMIT_SENDS_PER_DAY: "1" }));
    (await limiter.acquire("203.0.113.5", input({ send: true })))();
    await assert.rejects(
      limiter.acquire("203.0.113.5", input({ send: true, to: ["c@example.com"] })),
      /daily limit/,
    );
  });
});
