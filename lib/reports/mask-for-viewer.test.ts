import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { REDACTED, secretNeedles } from "../smtp/redact-secrets";
import { type Case, type Run, runSchema } from "./case-schemas";
import { maskForViewer, maskIdentity } from "./mask-for-viewer";
import { foundingDiagnosis } from "./testing/founding-diagnosis";
import { sampleProbeResult } from "./testing/sample-run";

const theCase: Case = {
  id: "case-1",
  title: "Scan to email for Office@Contoso.com",
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
    site: { publicIp: "203.0.113.5" },
  },
};

function authenticatedRun(): Run {
  const result = sampleProbeResult();
  result.target = { ...result.target, auth: "password", username: "office@contoso.com" };
  result.transcript.push(
    { t: 50, dir: "client", line: "MAIL FROM:<office@contoso.com>" },
    { t: 60, dir: "server", line: "250 2.1.5 Recipient OK <SOMEONE@contoso.com>" },
    { t: 70, dir: "client", line: "AUTH PLAIN AG9mZmljZUBjb250b3NvLmNvbQBDb3JyM2N0LUhvcnNlIQ==" },
  );
  const { host, port, security, auth, username, from, to } = result.target;
  return {
    id: "run-1",
    caseId: "case-1",
    seq: 1,
    createdAt: result.startedAt,
    kind: "initial",
    validatesRunId: null,
    settings: { host, port, security, auth, username, from, to },
    result,
    // The analyzer puts addresses into its advice (the recommended username and sender).
    diagnosis: foundingDiagnosis(result),
    network: { describes: "server", label: "SMTP Doctor server" },
  };
}

describe("maskForViewer", () => {
  test("masks the local part and keeps the domain", () => {
    assert.equal(maskIdentity("office@contoso.com"), "o***e@contoso.com");
    assert.equal(maskIdentity("ab@contoso.com"), "a***@contoso.com");
    assert.equal(maskIdentity("a@contoso.com"), "***@contoso.com");
    assert.equal(maskIdentity("scanner"), "s***r");
  });

  test("a report viewer sees usernames and recipients masked everywhere they occur", () => {
    const view = maskForViewer({ case: theCase, runs: [authenticatedRun()] }, { viewer: "report" });
    const run = view.runs[0];
    assert.ok(run);
    assert.equal(run.settings.username, "o***e@contoso.com");
    assert.deepEqual(run.settings.to, ["s***e@contoso.com"]);
    assert.equal(run.result.target.username, "o***e@contoso.com");
    const username = run.diagnosis?.recommended?.table.find((row) => row.setting === "username");
    assert.equal(username?.recommended, "o***e@contoso.com", "the diagnosis too");
    assert.equal(view.case.title, "Scan to email for o***e@contoso.com", "matched without regard to case");
    const text = JSON.stringify(view);
    assert.equal(/office@|someone@/i.test(text), false, "not in transcripts, replies or the diagnosis");
    // AUTH PLAIN carries the username in base64: that is masked too.
    for (const needle of secretNeedles("office@contoso.com")) assert.equal(text.includes(needle), false);
    assert.equal(run.settings.host, "contoso-com.mail.protection.outlook.com", "everything else as is");
    assert.equal(view.case.context.site.publicIp, "203.0.113.5");
    assert.equal(run.result.stages[1]?.reply?.lines[0], sampleProbeResult().stages[1]?.reply?.lines[0]);
  });

  test("the recommended username is masked where the rest is (a run without a login)", () => {
    // The first run sent no username; the analyzer recommends signing in as the sender's mailbox.
    const run = authenticatedRun();
    run.settings.username = null;
    run.settings.auth = "none";
    run.result.target = { ...run.result.target, auth: "none", username: null };
    run.result.transcript = run.result.transcript.filter((entry) => !entry.line.startsWith("AUTH"));
    const view = maskForViewer({ case: theCase, runs: [run] }, { viewer: "report" });
    const masked = view.runs[0];
    const username = masked?.diagnosis?.recommended?.table.find((row) => row.setting === "username");
    assert.equal(username?.recommended, "o***e@contoso.com");
    assert.equal(masked?.settings.from, "o***e@contoso.com", "the same address, masked the same way");
    assert.equal(/office@contoso\.com/i.test(JSON.stringify(view)), false);
  });

  test("masking never changes structural fields: a username that is a status, a stage or a year", () => {
    for (const username of ["ok", "rcpt", "failed", "2026", "initial", "starttls", "password", "server"]) {
      const run = authenticatedRun();
      run.settings.username = username;
      run.result.target = { ...run.result.target, username };
      const original = structuredClone(run);
      const [masked] = maskForViewer({ case: theCase, runs: [run] }, { viewer: "report" }).runs;
      assert.ok(masked);
      assert.equal(masked.settings.username, maskIdentity(username), username);
      // Ids, kinds, statuses, stage names, times, codes: exactly as stored, and still valid.
      assert.equal(masked.id, original.id);
      assert.equal(masked.kind, original.kind);
      assert.equal(masked.createdAt, original.createdAt);
      assert.deepEqual(masked.network, original.network);
      assert.equal(masked.result.outcome, original.result.outcome);
      assert.equal(masked.result.failedStage, original.result.failedStage);
      assert.equal(masked.result.startedAt, original.result.startedAt);
      assert.deepEqual(
        masked.result.stages.map((stage) => [stage.name, stage.status, stage.startedAt, stage.reply?.code]),
        original.result.stages.map((stage) => [stage.name, stage.status, stage.startedAt, stage.reply?.code]),
        username,
      );
      assert.deepEqual(
        masked.result.transcript.map((entry) => [entry.t, entry.dir]),
        original.result.transcript.map((entry) => [entry.t, entry.dir]),
      );
      assert.equal(masked.result.target.auth, original.result.target.auth);
      assert.equal(masked.result.target.security, original.result.target.security);
      assert.equal(masked.diagnosis?.rootCause.id, original.diagnosis?.rootCause.id);
      assert.equal(masked.diagnosis?.stage, original.diagnosis?.stage);
      runSchema.parse(masked);
    }
  });

  test("an identity is masked as a word of its own, not inside another word or address", () => {
    const run = authenticatedRun();
    run.settings.username = "ok";
    run.result.target = { ...run.result.target, username: "ok" };
    run.result.transcript.push({ t: 95, dir: "server", line: "250 2.6.0 Booked for ok@contoso.com" });
    const [masked] = maskForViewer({ case: theCase, runs: [run] }, { viewer: "report" }).runs;
    assert.equal(masked?.result.transcript.at(-1)?.line, "250 2.6.0 Booked for ok@contoso.com");
  });

  test("the owner sees the case unmasked", () => {
    const original = { case: theCase, runs: [authenticatedRun()] };
    assert.deepEqual(maskForViewer(original, { viewer: "owner" }), original);
  });

  test("a known secret is masked for every viewer, in plain text and base64", () => {
    const password = "Corr3ct-Horse!";
    for (const viewer of ["owner", "report"] as const) {
      const run = authenticatedRun();
      run.result.transcript.push({ t: 90, dir: "server", line: `535 5.7.3 bad password ${password}` });
      const text = JSON.stringify(
        maskForViewer({ case: theCase, runs: [run] }, { viewer, secrets: [password] }),
      );
      for (const needle of secretNeedles(password))
        assert.equal(text.includes(needle), false, `${viewer} ${needle}`);
      assert.ok(text.includes(`535 5.7.3 bad password ${REDACTED}`));
    }
  });
});
