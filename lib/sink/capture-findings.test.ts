import assert from "node:assert/strict";
import { test } from "node:test";
import { E2E_SITE_IP } from "../../e2e/fixtures/dns/e2e-zone";
import { listedSiteReport } from "../reports/testing/site-report";
import { captureFindings } from "./capture-findings";
import { sampleDeviceCapture } from "./testing/sample-capture";

const capture = sampleDeviceCapture;

const M365 = { provider: "microsoft-365" as const, mailbox: "office@contoso.example" };

test("a device that tops out at TLS 1.0 cannot use Microsoft 365's submission endpoint, said with the policy's date", () => {
  const findings = captureFindings(
    capture({ clientHello: { versions: ["TLSv1"], highest: "TLSv1", cipherSuites: [], serverName: null } }),
    M365,
  );
  const tls = findings.find((f) => f.id === "device-tls-below-provider-minimum");
  assert.equal(tls?.severity, "high");
  assert.match(tls?.title ?? "", /TLS 1\.0: Microsoft 365 refuses it/);
  assert.match(tls?.detail ?? "", /421 4\.7\.66/);
  assert.equal(tls?.asOf, "2025-01-01");
  assert.match(tls?.evidence ?? "", /203\.0\.113\.7: versions offered TLS 1\.0/);
});

test("elsewhere the same device is told TLS 1.0 is deprecated, not that a provider refuses it", () => {
  const findings = captureFindings(
    capture({
      clientHello: { versions: ["TLSv1.1"], highest: "TLSv1.1", cipherSuites: [], serverName: null },
    }),
    { provider: null, mailbox: null },
  );
  assert.deepEqual(
    findings.map((f) => f.id),
    ["device-tls-deprecated"],
  );
});

test("a TLS 1.2 device sending as its own mailbox has nothing against it", () => {
  assert.deepEqual(captureFindings(capture(), M365), []);
});

test("no STARTTLS, or a sign-in before it, is said with what the device did", () => {
  assert.equal(
    captureFindings(capture({ clientHello: null, usedStartTls: false, encryptedAtAuth: false }), M365)[0]?.id,
    "device-did-not-encrypt",
  );
  assert.equal(
    captureFindings(capture({ encryptedAtAuth: false }), M365)[0]?.id,
    "device-signed-in-unencrypted",
  );
});

test("a From that is not the mailbox is Send As, checked by Microsoft 365 only after the message", () => {
  const findings = captureFindings(
    capture({
      mailFrom: "scanner@contoso.example",
      message: { size: 10, headers: [{ name: "From", value: "Scanner <scanner@contoso.example>" }] },
    }),
    M365,
  );
  const sendAs = findings.find((f) => f.id === "device-sender-not-mailbox");
  assert.match(sendAs?.detail ?? "", /5\.7\.60 SendAsDenied/);
  assert.match(sendAs?.fix ?? "", /office@contoso\.example/);
});

test("a device signing in with a method the case's server did not advertise is told which one to pick", () => {
  const serverAuth = {
    host: "smtp.office365.com",
    mechanisms: ["LOGIN", "XOAUTH2"],
    testedAt: "2026-11-30 10:00 UTC",
  };
  const plain = captureFindings(capture({ auth: { mechanism: "PLAIN", username: "sd-1" } }), {
    ...M365,
    serverAuth,
  });
  const finding = plain.find((f) => f.id === "device-auth-mechanism-not-offered");
  assert.equal(finding?.severity, "high");
  assert.match(
    finding?.evidence ?? "",
    /Device: AUTH PLAIN\. smtp\.office365\.com advertised "AUTH LOGIN XOAUTH2"/,
  );
  assert.match(finding?.fix ?? "", /to LOGIN/);
  // The same device with LOGIN, or a server whose test showed no AUTH line, has nothing said.
  assert.deepEqual(captureFindings(capture(), { ...M365, serverAuth }), []);
  assert.deepEqual(
    captureFindings(capture({ auth: { mechanism: "PLAIN", username: "sd-1" } }), {
      ...M365,
      serverAuth: { ...serverAuth, mechanisms: [] },
    }),
    [],
  );
});

test("the address the device came from, checked and listed, is a finding with the DNS answer as evidence", async () => {
  const site = await listedSiteReport();
  const findings = captureFindings(capture({ remoteAddress: `::ffff:${E2E_SITE_IP}` }), {
    ...M365,
    siteChecks: [site],
  });
  const listed = findings.find((f) => f.id === "device-ip-listed");
  assert.equal(listed?.severity, "high");
  assert.match(
    listed?.title ?? "",
    new RegExp(`${E2E_SITE_IP.replaceAll(".", "\\.")} is listed by Spamhaus ZEN`),
  );
  assert.match(
    listed?.evidence ?? "",
    /zen\.spamhaus\.org\. IN A 127\.0\.0\.11 \(asked \d{4}-\d\d-\d\d \d\d:\d\d UTC\)/,
  );
  // A check of another address says nothing about this device.
  assert.deepEqual(captureFindings(capture(), { ...M365, siteChecks: [site] }), []);
});
