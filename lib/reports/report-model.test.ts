import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startFixture } from "../../e2e/fixtures/smtp/start-fixture";
import { sampleDeviceCapture, TLS10_HELLO } from "../sink/testing/sample-capture";
import { secretNeedles } from "../smtp/redact-secrets";
import { probeFixture } from "../testing/probe-harness";
import type { Case, Run } from "./case-schemas";
import type { CaseStore } from "./case-store";
import { REPORT_SECTIONS } from "./report-labels";
import { buildReportModel } from "./report-model";
import { openSqliteCaseStore } from "./sqlite-case-store";
import { FOUNDING_PASSWORD, FOUNDING_USERNAME, recordFoundingCase } from "./testing/founding-case";
import { tempDatabase } from "./testing/temp-store";

const database = tempDatabase();
let store: CaseStore;
let theCase: Case;
let runs: Run[];
before(async () => {
  store = openSqliteCaseStore({ file: database.file });
  ({ theCase, runs } = await recordFoundingCase(store));
});
after(async () => {
  await store.close();
  database.cleanup();
});

const SPAMHAUS = /^550 5\.7\.1 Service unavailable, Client host \[127\.0\.0\.1\] blocked using Spamhaus\./;

describe("buildReportModel on the founding case (real fixture probes)", () => {
  test("has every section of the case study, filled from the runs", () => {
    const model = buildReportModel(theCase, runs, { viewer: "owner" });
    // "What the device did" is there only once a device capture saw the device.
    for (const { id } of REPORT_SECTIONS)
      assert.equal(model[id] !== null, id !== "device", `${id} is ${id === "device" ? "absent" : "filled"}`);
    assert.equal(model.overview.status, "resolved");
    assert.match(model.overview.paragraphs.join(" "), /Sharp MX-4070N could not complete "scan to email"/);
    assert.equal(model.environment.rows.find((row) => row.label === "Site public IP")?.value, "203.0.113.5");
    const initial = model.initialConfiguration?.rows.map((row) => [row.label, row.value]);
    assert.deepEqual(initial?.slice(2, 4), [
      ["Encryption", "STARTTLS"],
      ["SMTP authentication", "Disabled"],
    ]);
    assert.ok(model.symptoms?.items.includes("MAIL FROM succeeded: Sender accepted"));
    assert.ok(model.symptoms?.items.some((item) => /^RCPT TO failed: 550 5\.7\.1 .*Spamhaus/.test(item)));
    assert.deepEqual(
      model.testing.runs.map((run) => [run.label, run.outcome]),
      [
        ["Test 1 (initial test)", "failed"],
        ["Test 2 (validation)", "ok"],
      ],
    );
    const rcpt = model.testing.runs[0]?.stages.find((stage) => stage.stage === "RCPT TO");
    assert.equal(rcpt?.result, "Failed");
    assert.equal(typeof rcpt?.ms, "number");
  });

  test("quotes the server's refusal verbatim as evidence", () => {
    const model = buildReportModel(theCase, runs, { viewer: "owner" });
    const rcptReply = runs[0]?.result.stages.find((stage) => stage.name === "rcpt")?.reply;
    assert.equal(model.evidence.items.length, 1);
    const [item] = model.evidence.items;
    assert.deepEqual(item?.lines, rcptReply?.lines);
    assert.match(item?.lines[0] ?? "", SPAMHAUS);
    assert.ok(item?.confirms.includes("It happened after TLS was negotiated: encryption worked."));
    assert.ok(item?.confirms.includes("No authentication was involved at this stage."));
  });

  test("carries the diagnosis into findings and corrective action, and shows the validation", () => {
    const model = buildReportModel(theCase, runs, { viewer: "owner" });
    assert.match(model.findings.rootCause?.title ?? "", /Spamhaus/);
    assert.equal(model.findings.rootCause?.confidence, "95%");
    assert.ok(
      model.findings.items.includes(
        "MX endpoints do not accept SMTP authentication: Port 25 on the MX is for Direct Send and connectors.",
      ),
    );
    assert.deepEqual(model.findings.otherCauses, ["The server does not relay for this sender (10%)"]);
    const server = model.correctiveAction.recommended.find((row) => row.setting === "SMTP server");
    assert.equal(server?.recommended, "smtp.office365.com");
    assert.equal(
      model.correctiveAction.recommended.find((row) => row.setting === "Port")?.recommended,
      "587",
    );
    // The first sending path is the table; the rest are alternatives, with their dated notes.
    assert.deepEqual(model.correctiveAction.alternatives, [
      "SMTP relay through a connector (contoso-com.mail.protection.outlook.com:25, STARTTLS, no authentication). As of 2026-01-27, needs a static public IP or a certificate on the connector.",
    ]);
    const validation = model.validation;
    assert.ok(validation);
    assert.ok(validation.statements.includes("SMTP authentication succeeded"));
    assert.ok(validation.statements.includes("Recipient accepted (RCPT TO)"));
    const result = validation.beforeAfter.find((row) => row.setting === "Result");
    assert.match(result?.before ?? "", /^Failed at RCPT TO: 550 5\.7\.1/);
    assert.equal(result?.after, "Passed every stage through RCPT TO");
    assert.ok(validation.beforeAfter.some((row) => row.setting === "SMTP authentication"));
    assert.ok(
      model.nextSteps.some((step) => /customer's site/.test(step)),
      "says the tests ran from our server",
    );
    assert.equal(model.appendix.length, 2);
    assert.ok(model.appendix[1]?.lines.some((entry) => entry.line === "235 2.7.0 Authentication successful"));
  });

  test("never contains the password, for any viewer", () => {
    for (const viewer of ["owner", "report"] as const) {
      const text = JSON.stringify(buildReportModel(theCase, runs, { viewer, secrets: [FOUNDING_PASSWORD] }));
      for (const needle of secretNeedles(FOUNDING_PASSWORD))
        assert.equal(text.includes(needle), false, needle);
    }
  });

  test("masks usernames and recipients for a report link, not for the owner", () => {
    const owner = JSON.stringify(buildReportModel(theCase, runs, { viewer: "owner" }));
    assert.ok(owner.includes(FOUNDING_USERNAME));
    const report = buildReportModel(theCase, runs, { viewer: "report" });
    const text = JSON.stringify(report);
    assert.equal(text.includes(FOUNDING_USERNAME), false);
    assert.equal(text.includes("someone@contoso.example"), false);
    const sender = report.initialConfiguration?.rows.find((row) => row.label === "Sender address");
    assert.equal(sender?.value, "o***e@contoso.example");
    assert.match(report.evidence.items[0]?.lines[0] ?? "", SPAMHAUS, "server replies stay verbatim");
  });

  test("is pure: same input, same model; the input is not changed", () => {
    const snapshot = structuredClone({ theCase, runs });
    const first = buildReportModel(theCase, runs, { viewer: "report" });
    assert.deepEqual(buildReportModel(theCase, [...runs].reverse(), { viewer: "report" }), first);
    assert.deepEqual({ theCase, runs }, snapshot);
  });

  test("a case with no runs says it has not been tested", () => {
    const model = buildReportModel(theCase, [], { viewer: "owner" });
    assert.equal(model.overview.status, "not-tested");
    assert.equal(model.initialConfiguration, null);
    assert.equal(model.validation, null);
    assert.deepEqual(model.nextSteps, ["Run the live test with the device's current settings."]);
  });

  test("hostile server text stays inert, visible text", async () => {
    const fixture = await startFixture("hostile-banner");
    try {
      const result = await probeFixture({ port: fixture.port, security: "none" });
      const hostile = await store.createCase({ title: "hostile" });
      const run = await store.appendRun(hostile.id, {
        kind: "initial",
        result,
        network: { describes: "server", label: "SMTP Doctor server" },
      });
      const model = buildReportModel(hostile, [run], { viewer: "owner" });
      const lines = model.appendix[0]?.lines.map((entry) => entry.line).join("\n") ?? "";
      assert.match(lines, /<script>alert\("pwned"\)<\/script>/);
      assert.match(lines, /\\x1B\[31mRED\\x1B\[0m/);
      assert.match(lines, /\\u202Egnp\.exe/);
      assert.equal(
        JSON.stringify(model).includes("\u001b") || JSON.stringify(model).includes("\u202e"),
        false,
      );
    } finally {
      await fixture.close();
    }
  });
});

describe("What the device did", () => {
  const session = {
    at: "2026-11-30T10:00:00.000Z",
    capture: sampleDeviceCapture({ clientHello: TLS10_HELLO }),
    findings: [
      {
        id: "device-tls-below-provider-minimum" as const,
        severity: "high" as const,
        title: "The device speaks at most TLS 1.0: Microsoft 365 refuses it",
        detail: "The normal endpoints refuse TLS 1.0/1.1 clients with 421 4.7.66.",
        evidence: "ClientHello from 203.0.113.7: versions offered TLS 1.0",
        fix: "Update the device's firmware.",
        asOf: "2025-01-01",
      },
    ],
  };

  test("shows the device's IP, EHLO, TLS offered, sign-in and sender, with what they mean", () => {
    const model = buildReportModel(theCase, runs, { viewer: "owner", device: [session] });
    const rows = Object.fromEntries(model.device?.sessions[0]?.rows.map((r) => [r.label, r.value]) ?? []);
    assert.equal(rows["Public IP (observed)"], "203.0.113.7");
    assert.equal(rows["Name in EHLO"], "SHARP-MX4070N");
    assert.equal(rows["TLS versions offered"], "TLS 1.0");
    assert.equal(rows["Sign-in"], "AUTH LOGIN");
    assert.equal(rows["MAIL FROM"], "office@contoso.example");
    assert.match(
      model.device?.sessions[0]?.findings[0] ?? "",
      /Microsoft 365 refuses it.*policy as of 2025-01-01/,
    );
  });

  test("a report link's viewer sees the device's facts with the addresses masked", () => {
    const model = buildReportModel(theCase, runs, { viewer: "report", device: [session] });
    const text = JSON.stringify(model.device);
    assert.ok(!text.includes("office@contoso.example"));
    assert.ok(text.includes("203.0.113.7") && text.includes("SHARP-MX4070N"));
  });
});
