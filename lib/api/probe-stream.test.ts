import assert from "node:assert/strict";
import { after, test } from "node:test";
import { startFixture } from "../../e2e/fixtures/smtp/start-fixture";
import { diagnoseProbe } from "../diagnosis/diagnose-probe";
import { diagnosisSchema } from "../diagnosis/diagnosis-schema";
import { probeResultSchema } from "../smtp/probe-schema";
import { probeFixture } from "../testing/probe-harness";
import { readStreamLine, writeStreamLine } from "./probe-stream";

const open: { close(): Promise<void> }[] = [];
after(async () => {
  await Promise.all(open.map((f) => f.close()));
});

test("a real run's events, result and diagnosis come through the stream unchanged", async () => {
  const fixture = await startFixture("m365-mx");
  open.push(fixture);
  const events: string[] = [];
  const result = await probeFixture(
    { port: fixture.port, security: "none" },
    { onEvent: (event) => events.push(writeStreamLine(event)) },
  );
  const diagnosis = diagnoseProbe(result, { today: "2026-11-28" });
  const last = writeStreamLine({ type: "result", result, diagnosis });
  assert.ok(events.length > 4, "the engine sent its events");
  for (const text of events) assert.deepEqual(readStreamLine(text), JSON.parse(text));
  // Nothing the page shows is dropped by the schema: the parsed line is the line sent.
  assert.deepEqual(readStreamLine(last), JSON.parse(last));
  const line = readStreamLine(last);
  assert.equal(line?.type, "result");
  // The reader checks only what the page uses; the complete schemas still describe the whole line.
  if (line?.type !== "result") throw new Error("not a result");
  assert.deepEqual(probeResultSchema.parse(line.result), line.result);
  assert.ok(diagnosisSchema.safeParse(line.diagnosis).success);
});

test("a line that is not JSON, or not one of ours, is refused rather than cast", () => {
  assert.equal(readStreamLine("{not json"), null);
  assert.equal(readStreamLine(JSON.stringify({ type: "stage-start", stage: "teleport", at: 1 })), null);
  assert.equal(
    readStreamLine(JSON.stringify({ type: "result", result: { outcome: "ok" }, diagnosis: null })),
    null,
  );
  assert.equal(readStreamLine(JSON.stringify({ type: "surprise" })), null);
  assert.deepEqual(readStreamLine(JSON.stringify({ type: "error", message: "x" })), {
    type: "error",
    message: "x",
  });
});
