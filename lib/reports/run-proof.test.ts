import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type RunningFixture, startFixture } from "../../e2e/fixtures/smtp/start-fixture";
import { sendAsProvider } from "../providers/send-as";
import { sendAsGap } from "../providers/send-as-gap";
import type { ProbeResult } from "../smtp/probe-schema";
import { probeFixture, statusLine } from "../testing/probe-harness";
import type { Case, Run } from "./case-schemas";
import { buildReportModel } from "./report-model";
import { judgeRun } from "./run-proof";
import { foundingDiagnosis } from "./testing/founding-diagnosis";

/**
 * Logged in as one mailbox, sending as another: Exchange Online answers only at the end of DATA
 * (the m365-submission fixture does the same), so a run that stops at RCPT TO proves nothing about it.
 */
const LOGIN = "office@contoso.example";
const PASSWORD = "Corr3ct-Horse!";
const OTHER_SENDER = "scanner@contoso.example";

let submission: RunningFixture;
let mx: RunningFixture;
before(async () => {
  submission = await startFixture("m365-submission", { mode: "good" });
  mx = await startFixture("m365-mx");
});
after(async () => {
  await submission.close();
  await mx.close();
});

const validate = (from: string, send: boolean) =>
  probeFixture({
    port: submission.port,
    credentials: { kind: "password", username: LOGIN, password: PASSWORD },
    from,
    send,
  });

const theCase: Case = {
  id: "case-send-as",
  title: "Scan to email from scanner@contoso.example",
  createdAt: "2026-03-02T10:00:00.000Z",
  updatedAt: "2026-03-02T10:00:00.000Z",
  revision: 1,
  reference: "SD-1001",
  context: {
    device: "Sharp MX-4070N",
    deviceFamily: null,
    failingFunction: "scan to email",
    provider: "microsoft-365",
    needs: "internal-only",
    staticIp: "no",
    deviceSupportsOAuth: "unknown",
    deviceSupportsTls12: "yes",
    site: {},
  },
};

function asRun(result: ProbeResult, seq: number, validatesRunId: string | null): Run {
  const { host, port, security, auth, username, from, to } = result.target;
  return {
    id: `run-${seq}`,
    caseId: theCase.id,
    seq,
    createdAt: result.startedAt,
    kind: validatesRunId ? "validation" : "initial",
    validatesRunId,
    settings: { host, port, security, auth, username, from, to },
    result,
    diagnosis: validatesRunId ? null : foundingDiagnosis(result),
    network: { describes: "server", label: "SMTP Doctor server" },
  };
}

describe("a validation proves what it says, no more (real fixture probes)", () => {
  test("the login differs from the From at Microsoft 365: passed through RCPT, Send As not tested", async () => {
    const result = await validate(OTHER_SENDER, false);
    assert.equal(result.outcome, "ok", statusLine(result));
    const proof = judgeRun(result, { failedStage: "rcpt", provider: "microsoft-365" });
    assert.equal(proof.proven, false);
    assert.equal(proof.required, "data");
    assert.equal(proof.title, "Passed through RCPT TO — Send As not tested");
    assert.match(
      proof.detail,
      /office@contoso\.example\) and the sender \(scanner@contoso\.example\) differ/,
    );
    assert.match(proof.detail, /Microsoft 365 \(Exchange Online\) checks .* only at the end of DATA/);
  });

  test("the real test message shows what RCPT could not: 550 5.7.60 at the end of DATA", async () => {
    const result = await validate(OTHER_SENDER, true);
    assert.equal(result.failedStage, "data", statusLine(result));
    assert.match(result.stages.find((s) => s.name === "data")?.reply?.lines[0] ?? "", /^550 5\.7\.60/);
    assert.equal(judgeRun(result, { failedStage: "rcpt", provider: "microsoft-365" }).proven, false);
  });

  test("the same address, or a provider that does not check late, is proven at RCPT", async () => {
    const same = await validate(LOGIN, false);
    assert.equal(judgeRun(same, { failedStage: "rcpt", provider: "microsoft-365" }).proven, true);
    const other = await validate(OTHER_SENDER, false);
    assert.equal(judgeRun(other, { failedStage: "rcpt", provider: "sendgrid" }).proven, true);
    const m365 = sendAsProvider("microsoft-365");
    assert.equal(
      sendAsGap({ auth: "password", username: "Office@Contoso.example", from: LOGIN }, m365),
      null,
    );
    assert.ok(
      sendAsGap(
        { auth: "password", username: LOGIN, from: OTHER_SENDER },
        sendAsProvider("google-workspace"),
      ),
    );
    assert.equal(sendAsGap({ auth: "none", username: null, from: OTHER_SENDER }, m365), null);
    assert.equal(sendAsProvider("sendgrid")?.checksSendAs, false);
  });

  test("a run that stops before the stage that failed does not prove the fix", async () => {
    const same = await validate(LOGIN, false);
    const proof = judgeRun(same, { failedStage: "data", provider: "microsoft-365" });
    assert.equal(proof.proven, false);
    assert.equal(proof.title, "Passed through RCPT TO — DATA not tested");
  });

  test("the report says Resolved only when the validation covered DATA", async () => {
    const initial = asRun(await probeFixture({ port: mx.port, from: OTHER_SENDER }), 1, null);
    assert.equal(initial.result.failedStage, "rcpt");
    const throughRcpt = asRun(await validate(OTHER_SENDER, false), 2, initial.id);
    for (const viewer of ["owner", "report"] as const) {
      const model = buildReportModel(theCase, [initial, throughRcpt], { viewer });
      assert.equal(model.overview.status, "unproven", viewer);
      assert.match(
        model.overview.statusText,
        /^Not proven yet: Test 2 \(validation\) passed through RCPT TO — Send As not tested$/,
      );
      assert.ok(
        model.nextSteps.some((step) => step.startsWith("Send a real test message")),
        viewer,
      );
      assert.ok(
        model.validation?.statements.some((s) => s.startsWith("Passed through RCPT TO — Send As not tested")),
      );
    }
    const masked = buildReportModel(theCase, [initial, throughRcpt], { viewer: "report" });
    assert.equal(JSON.stringify(masked).includes(LOGIN), false, "the words use the masked login");

    const sent = asRun(await validate(OTHER_SENDER, true), 3, initial.id);
    assert.equal(
      buildReportModel(theCase, [initial, throughRcpt, sent], { viewer: "owner" }).overview.status,
      "failing",
    );
    const fixed = asRun(await validate(LOGIN, true), 4, initial.id);
    const model = buildReportModel(theCase, [initial, throughRcpt, sent, fixed], { viewer: "owner" });
    assert.equal(model.overview.status, "resolved");
  });
});
