import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CaseLimiter } from "./case-limiter";
import { RateLimitedError } from "./probe-limiter";

describe("CaseLimiter", () => {
  it("allows the budget per client, then refuses with a retry time; other clients are unaffected", async () => {
    const limiter = new CaseLimiter(3);
    for (let i = 0; i < 3; i++) await limiter.take("203.0.113.9");
    await assert.rejects(limiter.take("203.0.113.9"), (error: unknown) => {
      assert.ok(error instanceof RateLimitedError);
      assert.ok(error.retryAfterSeconds > 0 && error.retryAfterSeconds <= 3_600);
      assert.match(error.message, /Too many new cases/);
      return true;
    });
    await limiter.take("198.51.100.4");
  });

  it("reads its budget from the environment (default 60 an hour) and refuses a bad value", async () => {
    const limiter = CaseLimiter.fromEnv({});
    for (let i = 0; i < 60; i++) await limiter.take(null);
    await assert.rejects(limiter.take(null), RateLimitedError);
    assert.throws(() => CaseLimiter.fromEnv({ SMTP_DOCTOR_LIMIT_CASES_PER_HOUR: "0" }));
  });
});
