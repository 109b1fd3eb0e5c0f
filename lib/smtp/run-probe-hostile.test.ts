import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { type FixtureName, type RunningFixture, startFixture } from "../../e2e/fixtures/smtp/start-fixture";
import { probeFixture, stage } from "../testing/probe-harness";
import { DEFAULT_CAPS } from "./probe-options";

const running: RunningFixture[] = [];
async function fixture(name: FixtureName) {
  const f = await startFixture(name);
  running.push(f);
  return f;
}
after(() => Promise.all(running.map((f) => f.close())));

const quick = { dnsMs: 500, connectMs: 1_000, greetingMs: 400, commandMs: 400, runMs: 5_000 };

describe("hostile and broken servers", () => {
  it("no banner: the greeting times out within its limit", async () => {
    const server = await fixture("never-greets");
    const started = performance.now();
    const result = await probeFixture({ port: server.port }, { timeouts: quick });
    const elapsed = performance.now() - started;
    const greeting = stage(result, "greeting");
    assert.equal(greeting.status, "failed");
    assert.equal(greeting.error?.code, "ETIMEDOUT");
    assert.ok(elapsed < quick.runMs, `took ${elapsed} ms`);
    assert.equal(stage(result, "ehlo").status, "skipped");
  });

  it("a 10 MB banner without CRLF is cut at the line cap", async () => {
    const server = await fixture("huge-banner");
    const before = process.memoryUsage().heapUsed;
    const result = await probeFixture({ port: server.port }, { timeouts: quick });
    const greeting = stage(result, "greeting");
    assert.equal(greeting.error?.code, "ETOOLARGE");
    assert.match(greeting.error?.message ?? "", new RegExp(`longer than ${DEFAULT_CAPS.maxLineBytes} bytes`));
    const grown = process.memoryUsage().heapUsed - before;
    assert.ok(grown < 8 * 1024 * 1024, `heap grew by ${grown} bytes`);
    assert.ok(
      result.transcript.every((e) => e.line.length <= 1_100),
      "stored lines are capped",
    );
  });

  it("an endless 250- drip is stopped by the lines-per-reply cap", async () => {
    const server = await fixture("endless-drip");
    // A reply budget longer than 10 drip lines, so the cap is what stops it.
    const result = await probeFixture(
      { port: server.port },
      { timeouts: { ...quick, commandMs: 5_000 }, caps: { maxLinesPerReply: 10 } },
    );
    const ehlo = stage(result, "ehlo");
    assert.equal(ehlo.error?.code, "ETOOLARGE");
    assert.match(ehlo.error?.message ?? "", /more than 10 lines/);
  });

  it("an endless 250- drip under the caps is stopped by the run deadline", async () => {
    const server = await fixture("endless-drip");
    const started = performance.now();
    const result = await probeFixture(
      { port: server.port },
      { timeouts: { ...quick, commandMs: 5_000, greetingMs: 5_000, runMs: 800 } },
    );
    const elapsed = performance.now() - started;
    assert.equal(result.failedStage, "ehlo");
    assert.equal(stage(result, "ehlo").error?.code, "EDEADLINE");
    assert.ok(elapsed < 3_000, `took ${elapsed} ms`);
  });

  it("a server that closes mid-EHLO: the EHLO stage fails with ECLOSED", async () => {
    const server = await fixture("close-mid-ehlo");
    const result = await probeFixture({ port: server.port }, { timeouts: quick });
    const ehlo = stage(result, "ehlo");
    assert.equal(ehlo.status, "failed");
    assert.equal(ehlo.error?.code, "ECLOSED");
    assert.equal(stage(result, "quit").status, "skipped");
  });

  it("a run can be cancelled with an AbortSignal", async () => {
    const server = await fixture("never-greets");
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const result = await probeFixture(
      { port: server.port },
      { signal: controller.signal, timeouts: { ...quick, greetingMs: 5_000 } },
    );
    assert.equal(stage(result, "greeting").error?.code, "ECANCELLED");
  });

  it("nothing listening: connect fails with ECONNREFUSED", async () => {
    const server = await fixture("never-greets");
    const port = server.port;
    await server.close();
    const result = await probeFixture({ port }, { timeouts: quick });
    assert.equal(stage(result, "connect").error?.code, "ECONNREFUSED");
    assert.equal(stage(result, "connect").facts.attempts?.[0]?.address, "127.0.0.1");
  });

  it("emits stage events as the run goes, ending with every stage", async () => {
    const server = await fixture("m365-mx");
    const events: string[] = [];
    const result = await probeFixture(
      { port: server.port },
      {
        onEvent: (event) => {
          if (event.type === "stage-start") events.push(`start:${event.stage}`);
          if (event.type === "stage-end") events.push(`end:${event.stage.name}`);
        },
      },
    );
    assert.deepEqual(events.slice(0, 6), [
      "start:resolve",
      "end:resolve",
      "start:guard",
      "end:guard",
      "start:connect",
      "end:connect",
    ]);
    assert.ok(events.indexOf("end:greeting") < events.indexOf("start:ehlo"));
    assert.equal(events.filter((e) => e.startsWith("end:")).length, result.stages.length);
  });
});

describe("hostile text and broken TLS", () => {
  it("garbage after STARTTLS: a clean TLS error in the TLS stage", async () => {
    const server = await fixture("garbage-after-starttls");
    const result = await probeFixture({ port: server.port }, { timeouts: quick });
    const tls = stage(result, "tls");
    assert.equal(tls.status, "failed");
    assert.equal(tls.error?.code, "ETLS");
    assert.match(tls.error?.message ?? "", /TLS/);
    assert.ok(!/deps\/openssl|0A0000/.test(tls.error?.message ?? ""), "OpenSSL noise is cleaned");
  });

  it("markup, ANSI escapes and bidi overrides in replies come back as visible, inert text", async () => {
    const server = await fixture("hostile-banner");
    const result = await probeFixture({ port: server.port, security: "none" }, { timeouts: quick });
    const json = JSON.stringify(result);
    assert.ok(!json.includes("\u001b"), "no raw ESC");
    assert.ok(!json.includes("\u202E"), "no raw RLO");
    assert.match(stage(result, "greeting").reply?.text ?? "", /\\x1B\[31mRED/);
    assert.match(stage(result, "rcpt").reply?.text ?? "", /\\u202Edenied/);
    assert.equal(stage(result, "rcpt").reply?.code, 550);
  });
});
