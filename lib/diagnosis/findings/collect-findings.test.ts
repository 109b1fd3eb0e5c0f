import assert from "node:assert/strict";
import { test } from "node:test";
import type { CertificateFacts } from "../../smtp/probe-schema";
import { decisiveStage, diagnoseProbe, probeEvidence } from "../diagnose-probe";
import { type DiagnosisContextInput, withDefaults } from "../diagnosis-context";
import { plainEhlo, type SyntheticProbe, syntheticProbe, tlsFactsWith } from "../testing/synthetic-probe";
import { collectFindings } from "./collect-findings";

const CERT: CertificateFacts = {
  subject: "CN=mail.example.net",
  issuer: "CN=Example CA",
  altNames: ["DNS:mail.example.net"],
  validFrom: "2026-01-01T00:00:00.000Z",
  validTo: "2026-12-05T00:00:00.000Z",
  daysRemaining: 7,
  fingerprint256: "AA:BB",
  selfSigned: false,
};

function findings(spec: SyntheticProbe, context: DiagnosisContextInput = {}): string[] {
  return diagnoseProbe(syntheticProbe(spec), { today: "2026-11-28", ...context }).findings.map((f) => f.id);
}

const SECURED = { ...plainEhlo, authMechanisms: ["LOGIN", "XOAUTH2"] };

test("findings: each warning shows up when its facts are there, and only then", () => {
  const rows: [string, SyntheticProbe, DiagnosisContextInput, string, boolean][] = [
    [
      "certificate expires in 7 days",
      { facts: { tls: { tls: tlsFactsWith({ certificate: CERT }) } } },
      {},
      "certificate-expiring",
      true,
    ],
    [
      "certificate has 60 days",
      { facts: { tls: { tls: tlsFactsWith({ certificate: { ...CERT, daysRemaining: 60 } }) } } },
      {},
      "certificate-expiring",
      false,
    ],
    [
      "server speaks TLS 1.0 only",
      { facts: { tls: { tls: tlsFactsWith({ protocol: "TLSv1" }) } } },
      {},
      "legacy-tls-only",
      true,
    ],
    [
      "TLS 1.3",
      { facts: { tls: { tls: tlsFactsWith({ protocol: "TLSv1.3" }) } } },
      {},
      "legacy-tls-only",
      false,
    ],
    ["site PTR missing (network check)", {}, { sitePtr: "missing" }, "ptr-missing", true],
    ["site PTR unknown", {}, {}, "ptr-missing", false],
    [
      "AUTH only after STARTTLS",
      { facts: { tls: { tls: tlsFactsWith({}), ehloAfterTls: SECURED } } },
      {},
      "auth-only-after-starttls",
      true,
    ],
    [
      "AUTH before STARTTLS too",
      { facts: { ehlo: { ehlo: SECURED }, tls: { tls: tlsFactsWith({}), ehloAfterTls: SECURED } } },
      {},
      "auth-only-after-starttls",
      false,
    ],
    [
      "M365 password sign-in: Basic-auth retirement ahead",
      { target: { host: "smtp.office365.com", auth: "password", username: "scanner@contoso.example" } },
      {},
      "basic-auth-retirement",
      true,
    ],
    ["M365 without sign-in", { target: { host: "smtp.office365.com" } }, {}, "basic-auth-retirement", false],
    [
      "port 465 at Microsoft 365",
      { target: { host: "smtp.office365.com", port: 465, security: "tls" } },
      {},
      "port-465-not-supported",
      true,
    ],
    [
      "refused at RCPT after a clean connection",
      {
        failedStage: "rcpt",
        error: { code: "EENVELOPE", message: "Recipient refused" },
        reply: { code: 550, enhanced: "5.7.1", lines: ["550 5.7.1 Relay access denied"] },
      },
      {},
      "connection-test-not-acceptance",
      true,
    ],
    [
      "refused at AUTH",
      {
        failedStage: "auth",
        error: { code: "EAUTH", message: "Login refused" },
        reply: { code: 535, enhanced: "5.7.8", lines: ["535 5.7.8 Error: authentication failed"] },
      },
      {},
      "connection-test-not-acceptance",
      false,
    ],
  ];
  for (const [name, spec, context, id, expected] of rows) {
    assert.equal(findings(spec, context).includes(id), expected, name);
  }
});

test("the Basic-auth finding is dated and says OAuth", () => {
  const d = diagnoseProbe(
    syntheticProbe({
      target: { host: "smtp.office365.com", auth: "password", username: "scanner@contoso.example" },
    }),
    { today: "2026-11-28" },
  );
  const finding = d.findings.find((f) => f.id === "basic-auth-retirement");
  assert.equal(finding?.asOf, "2026-01-27");
  assert.match(finding?.detail ?? "", /OAuth/);
});

test("a check that throws loses only itself", () => {
  const probe = syntheticProbe({});
  const evidence = probeEvidence(probe, decisiveStage(probe));
  // Evidence with a broken probe object: collectFindings must still return an array.
  const broken = { ...evidence, probe: { ...probe, stages: null as never } };
  assert.ok(Array.isArray(collectFindings(broken, withDefaults({}), "no-error")));
});
