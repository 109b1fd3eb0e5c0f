import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { rootCauseEvidence } from "../../components/diagnosis/evidence-parts";
import { type RunningFixture, startFixture } from "../../e2e/fixtures/smtp/start-fixture";
import { diagnoseProbe } from "../diagnosis/diagnose-probe";
import { renderReportPdf } from "../pdf/render-report-pdf";
import { pdfPages } from "../pdf/testing/read-pdf";
import { evidenceLabel } from "../smtp/evidence-origin";
import type { ProbeResult } from "../smtp/probe-schema";
import { probeFixture } from "../testing/probe-harness";
import type { Case, Run } from "./case-schemas";
import { buildReportModel } from "./report-model";

/**
 * "The server's exact words" only for what a server wrote: a timeout is our client's
 * error, the target check is SMTP Doctor's own, pasted text is the user's. Real probes throughout.
 */

let mx: RunningFixture;
let silent: RunningFixture;
before(async () => {
  mx = await startFixture("m365-mx");
  silent = await startFixture("never-greets");
});
after(async () => {
  await mx.close();
  await silent.close();
});

const theCase: Case = {
  id: "case-origin",
  title: "Evidence by origin",
  createdAt: "2026-03-02T10:00:00.000Z",
  updatedAt: "2026-03-02T10:00:00.000Z",
  revision: 1,
  reference: "SD-1001",
  context: {
    device: "",
    deviceFamily: null,
    failingFunction: "",
    provider: null,
    needs: "unknown",
    staticIp: "unknown",
    deviceSupportsOAuth: "unknown",
    deviceSupportsTls12: "unknown",
    site: {},
  },
};

function asRun(result: ProbeResult): Run {
  const { host, port, security, auth, username, from, to } = result.target;
  return {
    id: "run-1",
    caseId: theCase.id,
    seq: 1,
    createdAt: result.startedAt,
    kind: "initial",
    validatesRunId: null,
    settings: { host, port, security, auth, username, from, to },
    result,
    diagnosis: diagnoseProbe(result),
    network: { describes: "server", label: "SMTP Doctor server" },
  };
}

const cases = [
  {
    name: "a timeout is the client's error",
    probe: () => probeFixture({ port: silent.port }),
    origin: "client",
    heading: /^Test 1 \(initial test\), at Banner, the client reported an error/,
  },
  {
    name: "the target check is SMTP Doctor's own",
    probe: () => probeFixture({ host: "10.0.0.5", port: 25 }),
    origin: "doctor",
    heading: /^Test 1 \(initial test\), at Target check, SMTP Doctor's own check stopped the test/,
  },
  {
    name: "a refusal at RCPT TO is the server's reply",
    probe: () => probeFixture({ port: mx.port }),
    origin: "server",
    heading: /^Test 1 \(initial test\), at RCPT TO, the server replied:$/,
  },
] as const;

describe("evidence is labelled by who wrote it", () => {
  for (const c of cases) {
    test(`${c.name}: on the card, the report page and the PDF`, async () => {
      const result = await c.probe();
      assert.equal(result.outcome, "failed");
      const run = asRun(result);
      const blocks = rootCauseEvidence(run.diagnosis?.rootCause ?? assert.fail("no diagnosis"), result);
      assert.deepEqual(
        blocks.map((block) => block.origin),
        [c.origin],
      );
      const label = evidenceLabel(c.origin, blocks[0]?.stage ?? null);
      assert.equal(/server's reply/.test(label), c.origin === "server", label);

      const model = buildReportModel(theCase, [run], { viewer: "owner" });
      const [item] = model.evidence.items;
      assert.equal(item?.origin, c.origin);
      assert.match(item?.heading ?? "", c.heading);
      const pdf = (await pdfPages(await renderReportPdf(model))).join("\n").replace(/\s+/g, " ");
      assert.ok(pdf.includes(item?.heading ?? "?"), "the PDF says the same");
      if (c.origin !== "server") assert.equal(/the server replied/.test(pdf), false);
    });
  }

  test("pasted text is the user's, not the server's", () => {
    const blocks = rootCauseEvidence({
      id: "unrecognised",
      title: "",
      confidence: 0,
      evidence: { stage: "rcpt", reply: "550 5.7.1 nope" },
      explanation: "",
      fix: "",
      signal: null,
      catalogue: "",
    });
    assert.deepEqual(blocks, [{ origin: "pasted", stage: "rcpt", text: "550 5.7.1 nope" }]);
    assert.equal(evidenceLabel("pasted", "rcpt"), "The text you pasted");
  });
});
