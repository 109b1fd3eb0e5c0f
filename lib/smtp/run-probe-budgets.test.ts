import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { type FixtureName, type RunningFixture, startFixture } from "../../e2e/fixtures/smtp/start-fixture";
import { probeFixture, stage } from "../testing/probe-harness";
import { probeSettingsFromEnv } from "./probe-env";
import { DEFAULT_TIMEOUTS } from "./probe-options";

const running: RunningFixture[] = [];
async function fixture(name: FixtureName) {
  const f = await startFixture(name);
  running.push(f);
  return f;
}
after(() => Promise.all(running.map((f) => f.close())));

/** Long enough that only the budget under test can stop the run early. */
const patient = { dnsMs: 500, connectMs: 1_000, greetingMs: 5_000, commandMs: 5_000, runMs: 8_000 };

describe("what a slow server may cost", () => {
  it("a reply dripped one byte at a time is cut by the per-line budget, not the run deadline", async () => {
    const server = await fixture("byte-drip");
    const started = performance.now();
    const result = await probeFixture({ port: server.port }, { timeouts: { ...patient, lineMs: 500 } });
    const elapsed = performance.now() - started;
    const ehlo = stage(result, "ehlo");
    assert.equal(ehlo.error?.code, "ETIMEDOUT", ehlo.summary);
    assert.match(ehlo.error?.message ?? "", /line .*500 ms/);
    assert.ok(elapsed < 2_500, `took ${elapsed} ms`);
  });

  it("whole lines that never end the reply are cut by the reply budget, not the run deadline", async () => {
    const server = await fixture("endless-drip");
    const started = performance.now();
    const result = await probeFixture(
      { port: server.port },
      { timeouts: { ...patient, commandMs: 1_000 }, caps: { maxLinesPerReply: 100_000 } },
    );
    const elapsed = performance.now() - started;
    const ehlo = stage(result, "ehlo");
    assert.equal(ehlo.error?.code, "ETIMEDOUT", ehlo.summary);
    assert.match(ehlo.error?.message ?? "", /EHLO .*1000 ms/);
    assert.ok(elapsed < 3_000, `took ${elapsed} ms`);
  });

  it("a greeting dripped line by line counts against one greeting budget", async () => {
    // endless-drip greets at once; byte-drip too: the silent server is the greeting case.
    const server = await fixture("never-greets");
    const started = performance.now();
    const result = await probeFixture({ port: server.port }, { timeouts: { ...patient, greetingMs: 600 } });
    const elapsed = performance.now() - started;
    assert.equal(stage(result, "greeting").error?.code, "ETIMEDOUT");
    assert.ok(elapsed < 2_000, `took ${elapsed} ms`);
  });

  it("defaults: a silent server costs at most 10 s to greet, a dripping line 3 s", () => {
    assert.ok(DEFAULT_TIMEOUTS.greetingMs <= 10_000, `greeting ${DEFAULT_TIMEOUTS.greetingMs} ms`);
    assert.ok(DEFAULT_TIMEOUTS.lineMs <= 3_000, `line ${DEFAULT_TIMEOUTS.lineMs} ms`);
  });

  it("the budgets are operator settings, and a bad value stops start-up", () => {
    const settings = probeSettingsFromEnv({
      SMTP_DOCTOR_TIMEOUT_GREETING_MS: "4000",
      SMTP_DOCTOR_TIMEOUT_LINE_MS: "1500",
      SMTP_DOCTOR_TIMEOUT_COMMAND_MS: "9000",
      SMTP_DOCTOR_TIMEOUT_RUN_MS: "30000",
    });
    assert.deepEqual(settings.timeouts, {
      greetingMs: 4_000,
      lineMs: 1_500,
      commandMs: 9_000,
      runMs: 30_000,
    });
    assert.deepEqual(probeSettingsFromEnv({}).timeouts, {});
    assert.throws(() => probeSettingsFromEnv({ SMTP_DOCTOR_TIMEOUT_LINE_MS: "soon" }));
    assert.throws(() => probeSettingsFromEnv({ SMTP_DOCTOR_TIMEOUT_RUN_MS: "0" }));
  });
});
