import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type RunningFixture, startFixture } from "@/e2e/fixtures/smtp/start-fixture";
import { diagnoseProbe } from "@/lib/diagnosis/diagnose-probe";
import { probeFixture } from "@/lib/testing/probe-harness";
import { failedOnCertificate, sendAsProviderOf } from "./wizard-proof";

let selfSigned: RunningFixture;
let mx: RunningFixture;
before(async () => {
  selfSigned = await startFixture("self-signed");
  mx = await startFixture("m365-mx");
});
after(async () => {
  await selfSigned.close();
  await mx.close();
});

test("the validation step offers an untrusted certificate only when the failing run stopped on one", async () => {
  const credentials = { kind: "password" as const, username: "u@example.com", password: "S3cret-pass" };
  const withheld = await probeFixture({ port: selfSigned.port, credentials });
  assert.equal(withheld.stages.find((stage) => stage.name === "auth")?.error?.code, "ECERT");
  assert.equal(failedOnCertificate({ result: withheld, diagnosis: diagnoseProbe(withheld) }), true);
  assert.equal(failedOnCertificate({ result: withheld, diagnosis: null }), true, "from the run alone");
  const blocked = await probeFixture({ port: mx.port });
  assert.equal(failedOnCertificate({ result: blocked, diagnosis: diagnoseProbe(blocked) }), false);
  assert.equal(failedOnCertificate(null), false);
});

test("the wizard's provider options carry what the Send As question needs", () => {
  const providers = [
    { id: "microsoft-365", name: "Microsoft 365", checksSendAs: true },
    { id: "sendgrid", name: "SendGrid", checksSendAs: false },
  ];
  assert.deepEqual(sendAsProviderOf(providers, "microsoft-365"), providers[0]);
  assert.equal(sendAsProviderOf(providers, null), null);
  assert.equal(sendAsProviderOf(providers, "yahoo"), null);
});
