import assert from "node:assert/strict";
import { after, test } from "node:test";
import { type FixtureName, type FixtureOptions, startFixture } from "../../e2e/fixtures/smtp/start-fixture";
import type { ProbeInputRaw } from "../smtp/probe-schema";
import { policyFromEnv } from "../smtp/target-policy";
import { probeFixture, stage } from "../testing/probe-harness";
import { diagnoseProbe } from "./diagnose-probe";
import { type Diagnosis, diagnosisSchema } from "./diagnosis-schema";

const CREDENTIALS = {
  kind: "password",
  username: "office@contoso.example",
  password: "Corr3ct-Horse!",
} as const;
const TODAY = { today: "2026-11-28" };

const open: { close(): Promise<void> }[] = [];
after(async () => {
  await Promise.all(open.map((f) => f.close()));
});

async function run(
  name: FixtureName,
  raw: Omit<Partial<ProbeInputRaw>, "port"> = {},
  options: FixtureOptions = {},
  extra: Parameters<typeof probeFixture>[1] = {},
) {
  const fixture = await startFixture(name, options);
  open.push(fixture);
  const result = await probeFixture({ port: fixture.port, ...raw }, extra);
  const diagnosis = diagnosisSchema.parse(diagnoseProbe(result, TODAY));
  return { result, diagnosis };
}

function findingIds(d: Diagnosis): string[] {
  return d.findings.map((f) => f.id);
}

test("founding case: M365 MX on 25-style plain SMTP, no auth, RCPT refused by Spamhaus", async () => {
  const { result, diagnosis: d } = await run("m365-mx", { security: "none" });
  const rcpt = stage(result, "rcpt");
  assert.equal(d.rootCause.id, "ip-blocklisted");
  assert.equal(d.rootCause.evidence.stage, "rcpt");
  assert.equal(d.rootCause.evidence.reply, rcpt.reply?.lines.join("\n"));
  assert.match(d.rootCause.evidence.reply, /blocked using Spamhaus/);
  assert.equal(d.provider, "microsoft-365");

  // Corrected settings: submission first, with the dated Basic-auth note and OAuth preferred.
  const first = d.recommended?.alternatives[0];
  assert.deepEqual([first?.host, first?.port, first?.security], ["smtp.office365.com", 587, "starttls"]);
  assert.match(first?.auth ?? "", /mailbox/);
  const note = first?.notes.join(" ") ?? "";
  assert.match(note, /As of 2026-01-27/);
  assert.match(note, /end of December 2026 it is off by default for existing tenants/);
  assert.match(note, /OAuth 2\.0/);
  const table = Object.fromEntries((d.recommended?.table ?? []).map((row) => [row.setting, row]));
  assert.deepEqual(Object.keys(table), ["server", "port", "encryption", "auth", "username", "sender"]);
  assert.equal(table.server?.recommended, "smtp.office365.com");
  assert.equal(table.port?.recommended, "587");
  assert.equal(table.encryption?.recommended, "STARTTLS");
  assert.equal(table.username?.recommended, "office@contoso.example");
  const ids = d.recommended?.alternatives.map((p) => p.id) ?? [];
  for (const id of ["submission-oauth", "connector-relay", "local-relay"]) assert.ok(ids.includes(id), id);

  assert.ok(findingIds(d).includes("mx-endpoint-no-auth"));
  assert.ok(findingIds(d).includes("connection-test-not-acceptance"));

  // One step per stage, in the probe's order, the failed one carrying the verbatim reply.
  assert.deepEqual(
    d.steps?.map((s) => s.stage),
    result.stages.map((s) => s.name),
  );
  const failed = d.steps?.find((s) => s.status === "failed");
  assert.equal(failed?.stage, "rcpt");
  assert.equal(failed?.reply, rcpt.reply?.lines.join("\n"));
  assert.match(failed?.meaning ?? "", /blocklist/);
});

test("validation: the recommended settings pass through RCPT on the submission fixture", async () => {
  const founding = await run("m365-mx", { security: "none" });
  const first = founding.diagnosis.recommended?.alternatives[0];
  assert.ok(first);
  // Same settings as recommended, but aimed at the loopback stand-in for smtp.office365.com.
  const { result, diagnosis } = await run(
    "m365-submission",
    { security: first.security, credentials: CREDENTIALS, from: "office@contoso.example" },
    { mode: "good" },
  );
  assert.equal(stage(result, "auth").status, "ok");
  assert.equal(stage(result, "rcpt").status, "ok");
  assert.equal(result.failedStage, null);
  assert.equal(diagnosis.rootCause.id, "no-error");
  assert.ok(findingIds(diagnosis).includes("basic-auth-retirement"));
});

const PROBE_CASES: [string, FixtureName, Omit<Partial<ProbeInputRaw>, "port">, FixtureOptions, string][] = [
  [
    "bad credentials 535 5.7.3",
    "m365-submission",
    { credentials: CREDENTIALS },
    { mode: "bad-credentials" },
    "auth-failed",
  ],
  [
    "tenant SMTP AUTH off 535 5.7.139",
    "m365-submission",
    { credentials: CREDENTIALS },
    { mode: "auth-disabled-tenant" },
    "auth-disabled-tenant",
  ],
  [
    "530 5.7.57 at MAIL without auth",
    "m365-submission",
    {},
    { mode: "unauthenticated-mail" },
    "auth-required",
  ],
  [
    "Google 534 5.7.9",
    "google-submission",
    { credentials: CREDENTIALS },
    { mode: "app-password-required" },
    "auth-app-password-required",
  ],
  ["relay denied", "relay-denied", {}, {}, "relay-denied"],
  ["greylisting 450", "greylist", {}, {}, "greylisted"],
  // The engine's error carries OpenSSL's "tlsv1 alert protocol version": the server named the
  // version mismatch, so this is tls-version-unsupported rather than a generic handshake failure.
  ["TLS 1.0-only server", "tls10-only", {}, {}, "tls-version-unsupported"],
  [
    "self-signed certificate, password withheld",
    "self-signed",
    { credentials: CREDENTIALS },
    {},
    "tls-cert-untrusted",
  ],
  [
    "certificate for another name, password withheld",
    "wrong-name",
    { credentials: CREDENTIALS },
    {},
    "tls-cert-name-mismatch",
  ],
  ["credentials against the MX (ENOAUTH)", "m365-mx", { credentials: CREDENTIALS }, {}, "auth-not-offered"],
  ["never greets on the submission port", "never-greets", {}, {}, "greeting-timeout"],
];

for (const [name, fixture, raw, options, cause] of PROBE_CASES) {
  test(`probe diagnosis: ${name} → ${cause}`, async () => {
    const { diagnosis } = await run(fixture, raw, options);
    assert.equal(diagnosis.rootCause.id, cause, diagnosis.rootCause.signal ?? "");
    assert.ok(diagnosis.rootCause.confidence >= 0.4);
    assert.ok(diagnosis.rootCause.evidence.reply.length > 0);
  });
}

test("ENOTLS: password withheld on a plain connection → root cause and a plaintext finding", async () => {
  const { diagnosis } = await run(
    "m365-submission",
    { security: "none", credentials: CREDENTIALS },
    { mode: "good" },
  );
  assert.equal(diagnosis.rootCause.id, "auth-encryption-required");
  assert.ok(findingIds(diagnosis).includes("plaintext-auth-refused"));
});

test("ENOAUTH on the MX also reports that the MX offers no AUTH", async () => {
  const { diagnosis } = await run("m365-mx", { credentials: CREDENTIALS });
  assert.ok(findingIds(diagnosis).includes("mx-endpoint-no-auth"));
});

test("greeting timeout on port 465 with STARTTLS or none → tls-wrong-mode", async () => {
  for (const security of ["starttls", "none"] as const) {
    const { result } = await run("never-greets", { security });
    // The fixture listens on a random port; the run is the same one a device on 465 would get.
    const on465 = { ...result, target: { ...result.target, port: 465 } };
    const d = diagnoseProbe(on465, TODAY);
    assert.equal(d.rootCause.id, "tls-wrong-mode", security);
    assert.ok(d.otherCauses.some((c) => c.id === "greeting-timeout"));
  }
});

test("EBLOCKED from our own guard → target-not-allowed", async () => {
  const { result, diagnosis } = await run("m365-mx", {}, {}, { policy: policyFromEnv({}) });
  assert.equal(result.failedStage, "guard");
  assert.equal(diagnosis.rootCause.id, "target-not-allowed");
});

test("the same run always gives the same diagnosis", async () => {
  const { result, diagnosis } = await run("relay-denied");
  assert.deepEqual(diagnoseProbe(result, TODAY), diagnosis);
});
