import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clientIp, PEER_HEADER } from "@/lib/network/client-ip";
import { probeInputSchema } from "@/lib/smtp/probe-input-schema";
import { canonicalUsername, limitsFromEnv, ProbeLimiter, RateLimitedError } from "./probe-limiter";
import { networkOf } from "./probe-slots";

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
    for (let i = 0; i < 3; i++) (await limiter.acquire("203.0.113.5", input())).release();
    await assert.rejects(limiter.acquire("203.0.113.5", input()), (err: unknown) => {
      assert.ok(err instanceof RateLimitedError);
      assert.ok(err.retryAfterSeconds > 0 && err.retryAfterSeconds <= 600);
      return true;
    });
    // Another client is not affected.
    (await limiter.acquire("203.0.113.6", input())).release();
  });

  it("rotating X-Forwarded-For does not reset the limit (the peer address is what counts)", async () => {
    const limiter = new ProbeLimiter(limitsFromEnv({ SMTP_DOCTOR_LIMIT_PER_CLIENT: "2" }));
    const request = (i: number) =>
      new Headers({
        [PEER_HEADER]: "198.51.100.9",
        "x-forwarded-for": `10.0.0.${i}`,
        "x-real-ip": `10.1.0.${i}`,
      });
    for (let i = 0; i < 2; i++) (await limiter.acquire(clientIp(request(i), null), input())).release();
    await assert.rejects(limiter.acquire(clientIp(request(3), null), input()), RateLimitedError);
  });

  it("limits login attempts per (target, username), whoever asks", async () => {
    const limiter = new ProbeLimiter(limitsFromEnv({ SMTP_DOCTOR_LIMIT_PER_LOGIN: "2" }));
    const creds = { credentials: { kind: "password", username: "Office@Contoso.com", password: "x" } };
    const target = { name: "smtp.example.com", addresses: ["192.0.2.10"], port: 587 };
    const attempt = async (client: string, on = target, extra = creds) => {
      const ticket = await limiter.acquire(client, input(extra));
      try {
        const admission = await ticket.admit(on);
        admission.connected(on.addresses[0] ?? "");
        admission.authSent();
        admission.end();
      } finally {
        ticket.release();
      }
    };
    await attempt("203.0.113.1");
    await attempt("203.0.113.2");
    await assert.rejects(attempt("203.0.113.3"), /login attempts/);
    const spelled = { credentials: { ...creds.credentials, username: " office@CONTOSO.com. " } };
    await assert.rejects(attempt("203.0.113.3", target, spelled), /login attempts/);
    // The same account on another server is another key.
    await attempt("203.0.113.3", { name: "smtp.other.example", addresses: ["192.0.2.20"], port: 587 });
  });

  it("caps concurrent probes per client and frees the slot when released", async () => {
    const limiter = new ProbeLimiter(limitsFromEnv({ SMTP_DOCTOR_LIMIT_CONCURRENT_PER_CLIENT: "1" }));
    const { release } = await limiter.acquire("203.0.113.5", input());
    await assert.rejects(limiter.acquire("203.0.113.5", input()), /still running/);
    release();
    release(); // idempotent
    (await limiter.acquire("203.0.113.5", input())).release();
  });

  it("real test messages are capped per day", async () => {
    const limiter = new ProbeLimiter(limitsFromEnv({ SMTP_DOCTOR_LIMIT_SENDS_PER_DAY: "1" }));
    (await limiter.acquire("203.0.113.5", input({ send: true }))).release();
    await assert.rejects(
      limiter.acquire("203.0.113.5", input({ send: true, to: ["c@example.com"] })),
      /daily limit/,
    );
  });

  it("a recipient's daily cap is charged only for runs the guard let through and that connected", async () => {
    const limiter = new ProbeLimiter(limitsFromEnv({ SMTP_DOCTOR_LIMIT_SENDS_PER_DAY: "100" }));
    const target = { name: "smtp.example.com", addresses: ["192.0.2.10"], port: 587 };
    const send = async (client: string, reach: "guard-refused" | "no-connection" | "connected") => {
      const ticket = await limiter.acquire(client, input({ send: true, to: ["victim@example.org"] }));
      try {
        if (reach === "guard-refused") return; // the guard refused: admit is never called
        const admission = await ticket.admit(target);
        if (reach === "connected") admission.connected(target.addresses[0] ?? "");
        admission.end();
      } finally {
        ticket.release();
      }
    };
    // Refused or unreachable attempts, however many, leave the recipient's three messages intact.
    for (let i = 0; i < 5; i++) await send(`203.0.113.${i}`, "guard-refused");
    for (let i = 0; i < 5; i++) await send(`198.51.100.${i}`, "no-connection");
    await new Promise((resolve) => setTimeout(resolve, 10)); // refunds are fire-and-forget
    for (let i = 0; i < 3; i++) await send(`192.0.2.${i + 1}`, "connected");
    await assert.rejects(send("192.0.2.9", "connected"), /enough test messages today/);
  });

  it("a reserve must leave slots to hold", () => {
    assert.throws(() =>
      limitsFromEnv({ SMTP_DOCTOR_LIMIT_CONCURRENT_TOTAL: "4", SMTP_DOCTOR_LIMIT_CONCURRENT_RESERVE: "4" }),
    );
    assert.equal(limitsFromEnv({}).SMTP_DOCTOR_LIMIT_CONCURRENT_RESERVE, 4);
  });
});

describe("canonical keys", () => {
  it("usernames: trimmed, lower-cased, invisible characters and a trailing dot dropped", () => {
    for (const spelling of [
      "office@contoso.com",
      " Office@Contoso.COM ",
      "office@contoso.com.",
      "of\u200Bfice@contoso.com",
      "\uFF4Fffice@contoso.com",
    ]) {
      assert.equal(canonicalUsername(spelling), "office@contoso.com", JSON.stringify(spelling));
    }
  });

  it("client networks: IPv4 /24 (mapped forms too), IPv6 /56", () => {
    assert.equal(networkOf("203.0.113.77"), "203.0.113.0/24");
    assert.equal(networkOf("::ffff:203.0.113.77"), "203.0.113.0/24");
    assert.equal(networkOf("[::ffff:cb00:714d]"), "203.0.113.0/24");
    assert.equal(networkOf("2001:db8:0:ff:1:2:3:4"), "2001:db8::/56");
    assert.equal(networkOf("2001:DB8:0:100::1"), "2001:db8:0:100::/56");
    assert.equal(networkOf("unknown"), "unknown");
  });
});
