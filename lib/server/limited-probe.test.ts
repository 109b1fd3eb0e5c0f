import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { type DnsZone, startDnsFixture } from "../../e2e/fixtures/dns/start-dns-fixture";
import { m365SubmissionAccount } from "../../e2e/fixtures/smtp/scenarios/m365-submission";
import { type FixtureName, type RunningFixture, startFixture } from "../../e2e/fixtures/smtp/start-fixture";
import type { ProbeInputRaw } from "../smtp/probe-input-schema";
import type { ProbeOptions } from "../smtp/probe-options";
import type { ProbeResult } from "../smtp/probe-schema";
import { policyFromEnv } from "../smtp/target-policy";
import { fixtureInput, fixtureOptions, statusLine } from "../testing/probe-harness";
import { startLimitedProbe } from "./limited-probe";
import { limitsFromEnv, ProbeLimiter, RateLimitedError } from "./probe-limiter";

const running: { close(): Promise<void> }[] = [];
async function fixture(name: FixtureName, port?: number): Promise<RunningFixture> {
  const f = await startFixture(name, { port });
  running.push(f);
  return f;
}
async function dns(zone: DnsZone) {
  const d = await startDnsFixture(zone);
  running.push(d);
  return d;
}
after(() => Promise.all(running.map((f) => f.close())));

const limiter = (env: Record<string, string>) => new ProbeLimiter(limitsFromEnv(env));
const strictPolicy = policyFromEnv({});
const login = {
  credentials: {
    kind: "password",
    username: m365SubmissionAccount.username,
    password: m365SubmissionAccount.password,
  },
  // The fixtures' certificate names 127.0.0.1 only: AUTH must still go out for the other spellings.
  allowUntrustedCert: true,
} as const;

type Attempt =
  | { admitted: true; finished: Promise<ProbeResult> }
  | { admitted: false; error: RateLimitedError };

/** Starts one probe under the limiter: admitted (and running) or refused with a RateLimitedError. */
async function attempt(
  on: ProbeLimiter,
  client: string | null,
  raw: Partial<ProbeInputRaw> & { port: number },
  extra: Partial<ProbeOptions> & { dnsServer?: string } = {},
): Promise<Attempt> {
  try {
    const started = await startLimitedProbe(on, client, fixtureInput(raw), await fixtureOptions(extra));
    return { admitted: true, finished: started.finished };
  } catch (error) {
    if (error instanceof RateLimitedError) return { admitted: false, error };
    throw error;
  }
}

/** Runs one probe to its end; null when the limiter refused it. */
async function finished(...args: Parameters<typeof attempt>): Promise<ProbeResult | null> {
  const a = await attempt(...args);
  return a.admitted ? a.finished : null;
}

/** Probes that hold their slot (a silent server) until `stop` is aborted. */
function holders() {
  const stop = new AbortController();
  const started: Attempt[] = [];
  const options = { signal: stop.signal, timeouts: { greetingMs: 10_000, runMs: 20_000 } };
  return {
    async start(on: ProbeLimiter, client: string, port: number, host = "127.0.0.1") {
      const a = await attempt(on, client, { port, host }, options);
      started.push(a);
      return a;
    },
    get admitted() {
      return started.filter((a) => a.admitted).length;
    },
    async release() {
      stop.abort();
      await Promise.all(started.map((a) => (a.admitted ? a.finished : null)));
    },
  };
}

describe("slot fairness: a few addresses cannot take every probe slot", () => {
  it("one IPv4 /24 holds at most its share, whatever the number of addresses in it", async () => {
    const silent = await fixture("never-greets");
    const on = limiter({ SMTP_DOCTOR_LIMIT_CONCURRENT_PER_TARGET: "100" });
    const h = holders();
    try {
      for (let i = 1; i <= 8; i++)
        for (let j = 0; j < 2; j++) await h.start(on, `203.0.113.${i}`, silent.port);
      assert.equal(h.admitted, 4);
      const refused = await h.start(on, "203.0.113.99", silent.port);
      assert.ok(!refused.admitted && /network/.test(refused.error.message), "the /24 is full");
      assert.ok((await h.start(on, "198.51.100.7", silent.port)).admitted, "another network is not");
    } finally {
      await h.release();
    }
  });

  it("one IPv6 /56 is one network; IPv4-mapped clients count as their IPv4", async () => {
    const silent = await fixture("never-greets");
    const on = limiter({ SMTP_DOCTOR_LIMIT_CONCURRENT_PER_TARGET: "100" });
    const h = holders();
    try {
      for (const client of ["2001:db8:0:1::1", "2001:db8:0:2::1", "2001:db8:0:ff::1"])
        for (let j = 0; j < 2; j++) await h.start(on, client, silent.port);
      assert.equal(h.admitted, 4);
      assert.ok((await h.start(on, "2001:db8:0:100::1", silent.port)).admitted, "the next /56");
      assert.ok((await h.start(on, "::ffff:192.0.2.1", silent.port)).admitted);
      assert.ok((await h.start(on, "::ffff:c000:201", silent.port)).admitted);
      const third = await h.start(on, "192.0.2.1", silent.port);
      assert.ok(!third.admitted && /still running/.test(third.error.message), "one client, three spellings");
    } finally {
      await h.release();
    }
  });

  it("a share of capacity stays free for clients holding nothing", async () => {
    const silent = await fixture("never-greets");
    const on = limiter({ SMTP_DOCTOR_LIMIT_CONCURRENT_PER_TARGET: "100" });
    const h = holders();
    try {
      // 8 addresses in 8 networks × 2 probes: the attack. Today they take all 16 slots.
      for (let i = 1; i <= 8; i++) for (let j = 0; j < 2; j++) await h.start(on, `10.${i}.0.1`, silent.port);
      assert.ok(h.admitted <= 14, `the attack holds ${h.admitted} slots`);
      const newcomer = await h.start(on, "198.51.100.7", silent.port);
      assert.ok(newcomer.admitted, "a newcomer still gets a slot");
    } finally {
      await h.release();
    }
  });

  it("one target (address and port, however spelled) holds at most its share", async () => {
    const silent = await fixture("never-greets");
    const other = await fixture("never-greets");
    const on = limiter({});
    const h = holders();
    try {
      for (let i = 1; i <= 6; i++) await h.start(on, `10.${i}.0.1`, silent.port);
      assert.equal(h.admitted, 4);
      const spelled = await h.start(on, "10.7.0.1", silent.port, "::ffff:7f00:1");
      assert.ok(!spelled.admitted && /running against/.test(spelled.error.message));
      assert.ok((await h.start(on, "10.8.0.1", other.port)).admitted, "another target is free");
    } finally {
      await h.release();
    }
  });
});

describe("limits keyed on canonical forms", () => {
  it("the login limit counts one account through every spelling of one address", async () => {
    const server = await fixture("m365-submission");
    const on = limiter({ SMTP_DOCTOR_LIMIT_PER_LOGIN: "5" });
    const spellings = [
      "127.0.0.1",
      "::ffff:127.0.0.1",
      "[::ffff:127.0.0.1]",
      "::ffff:7f00:1",
      "[::ffff:7f00:1]",
    ];
    for (const [i, host] of spellings.entries()) {
      const username = i % 2 ? m365SubmissionAccount.username.toUpperCase() : m365SubmissionAccount.username;
      const result = await finished(on, `10.${i}.0.1`, {
        port: server.port,
        host,
        ...login,
        credentials: { ...login.credentials, username },
      });
      assert.ok(result, `${host} was refused`);
      assert.equal(result.failedStage, null, statusLine(result));
    }
    assert.equal(server.authAttempts.length, 5);
    const sixth = await finished(on, "10.9.0.1", {
      port: server.port,
      host: "0:0:0:0:0:ffff:7f00:1",
      ...login,
    });
    assert.equal(sixth, null, "the sixth attempt is refused");
    assert.equal(server.authAttempts.length, 5);
  });

  it("a trailing dot or capitals do not dodge a lock on a name, nor its address", async () => {
    const server = await fixture("m365-submission");
    const zone = await dns({ "smtp.example.test": { A: ["127.0.0.1"] } });
    const on = limiter({ SMTP_DOCTOR_LIMIT_PER_LOGIN: "2" });
    const via = (host: string) =>
      finished(on, "198.51.100.7", { port: server.port, host, ...login }, { dnsServer: zone.server });
    assert.ok(await via("smtp.example.test"));
    assert.ok(await via("SMTP.Example.TEST."));
    assert.equal(await via("smtp.example.test."), null);
    assert.equal(await via("127.0.0.1"), null, "the name's address carries the same lock");
    assert.equal(server.authAttempts.length, 2);
  });

  it("the per-target limit counts an address and port, however spelled", async () => {
    const server = await fixture("m365-mx");
    const other = await fixture("m365-mx");
    const on = limiter({ SMTP_DOCTOR_LIMIT_PER_TARGET: "3" });
    for (const host of ["127.0.0.1", "[::ffff:127.0.0.1]", "::FFFF:7F00:1"])
      assert.ok(await finished(on, "198.51.100.7", { port: server.port, host }), host);
    assert.equal(await finished(on, "198.51.100.8", { port: server.port, host: "::ffff:127.0.0.1" }), null);
    assert.ok(await finished(on, "198.51.100.8", { port: other.port }), "another port is another target");
  });
});

describe("limits charged only for attempts that reached the target", () => {
  it("requests the guard refused do not count against the target", async () => {
    const server = await fixture("m365-mx");
    const on = limiter({ SMTP_DOCTOR_LIMIT_PER_TARGET: "2" });
    for (let i = 0; i < 5; i++) {
      const refused = await finished(on, `10.${i}.0.1`, { port: server.port }, { policy: strictPolicy });
      assert.equal(refused?.failedStage, "guard");
    }
    for (let i = 0; i < 2; i++) {
      const result = await finished(on, "198.51.100.7", { port: server.port });
      assert.equal(result?.failedStage, "rcpt", result ? statusLine(result) : "refused");
    }
    assert.equal(await finished(on, "198.51.100.7", { port: server.port }), null, "then the limit holds");
  });

  it("connections that failed do not count against the target", async () => {
    const closed = await fixture("m365-mx");
    const port = closed.port;
    await closed.close();
    const on = limiter({ SMTP_DOCTOR_LIMIT_PER_TARGET: "2" });
    for (let i = 0; i < 3; i++) {
      const result = await finished(on, `10.${i}.0.1`, { port });
      assert.equal(result?.failedStage, "connect");
    }
    await fixture("m365-mx", port);
    assert.ok(await finished(on, "198.51.100.7", { port }));
    assert.ok(await finished(on, "198.51.100.7", { port }));
    assert.equal(await finished(on, "198.51.100.7", { port }), null);
  });

  it("a login is charged only when AUTH was sent", async () => {
    const server = await fixture("m365-submission");
    const silent = await fixture("never-greets");
    const on = limiter({ SMTP_DOCTOR_LIMIT_PER_LOGIN: "1" });
    for (let i = 0; i < 3; i++) {
      const wrongPort = await finished(
        on,
        `10.${i}.0.1`,
        { port: server.port, ...login },
        { policy: strictPolicy },
      );
      assert.equal(wrongPort?.failedStage, "guard");
      const noGreeting = await finished(
        on,
        `10.${i}.0.1`,
        { port: silent.port, ...login },
        { timeouts: { greetingMs: 100 } },
      );
      assert.equal(noGreeting?.failedStage, "greeting");
    }
    assert.equal(server.authAttempts.length, 0);
    const result = await finished(on, "198.51.100.7", { port: server.port, ...login });
    assert.equal(result?.failedStage, null, result ? statusLine(result) : "refused");
    assert.equal(await finished(on, "198.51.100.7", { port: server.port, ...login }), null);
    assert.equal(server.authAttempts.length, 1);
  });
});
