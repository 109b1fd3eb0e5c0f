import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../analyze-text";
import type { DiagnosisContextInput } from "../diagnosis-context";
import { sendingPathSchema } from "../diagnosis-schema";

const SPAMHAUS =
  "550 5.7.1 Service unavailable, Client host [203.0.113.5] blocked using Spamhaus. [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]";

function paths(reply: string, context: DiagnosisContextInput) {
  return (
    analyzeText(reply, { stage: "rcpt", context: { today: "2026-11-28", ...context } }).recommended
      ?.alternatives ?? []
  );
}

test("Microsoft 365 paths are ranked for the case and every path parses", () => {
  const rows: [string, DiagnosisContextInput, string[]][] = [
    [
      "default: submission, then OAuth, then connector",
      {},
      ["submission", "submission-oauth", "connector-relay"],
    ],
    [
      "device stuck on TLS 1.0/1.1: local relay first",
      { supportsTls12: false },
      ["local-relay", "legacy-tls"],
    ],
    ["no OAuth on the device", { supportsOAuth: false }, ["submission", "connector-relay"]],
    [
      "internal recipients only: HVE ranks before the connector",
      { recipients: "internal" },
      ["submission", "submission-oauth", "hve"],
    ],
  ];
  for (const [name, context, head] of rows) {
    const got = paths(SPAMHAUS, context);
    for (const path of got) sendingPathSchema.parse(path);
    assert.deepEqual(
      got.slice(0, head.length).map((p) => p.id),
      head,
      name,
    );
    assert.deepEqual(
      got.map((p) => p.rank),
      got.map((_, i) => i + 1),
      `${name}: ranks 1..n`,
    );
  }
});

test("a blocked IP never gets Direct Send as an alternative", () => {
  assert.ok(!paths(SPAMHAUS, { recipients: "internal" }).some((p) => p.id === "direct-send"));
});

test("advice that rests on a policy says as of when", () => {
  const first = paths(SPAMHAUS, {})[0];
  assert.match(first?.notes.join(" ") ?? "", /^As of \d{4}-\d{2}-\d{2}/);
});

test("causes that settings cannot fix get no recommended settings", () => {
  const d = analyzeText("550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown", {
    provider: "microsoft-365",
  });
  assert.equal(d.rootCause.id, "recipient-unknown");
  assert.equal(d.recommended, undefined);
});

test("Google: app password on smtp.gmail.com first", () => {
  const d = analyzeText(
    "534-5.7.9 Application-specific password required. https://support.google.com/mail/?p=InvalidSecondFactor - gsmtp",
    { stage: "auth" },
  );
  assert.equal(d.rootCause.id, "auth-app-password-required");
  const first = d.recommended?.alternatives[0];
  assert.deepEqual([first?.host, first?.port], ["smtp.gmail.com", 587]);
});
