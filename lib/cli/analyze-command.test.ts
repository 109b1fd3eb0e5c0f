import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { PassThrough, Readable } from "node:stream";
import { test } from "node:test";
import { runAnalyzeCommand } from "./analyze-command";

async function cli(argv: string[], stdin = "") {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk) => {
    out += chunk;
  });
  stderr.on("data", (chunk) => {
    err += chunk;
  });
  const code = await runAnalyzeCommand(argv, { stdin: Readable.from([stdin]), stdout, stderr });
  return { code, out, err };
}

const SPAMHAUS =
  "550 5.7.1 Service unavailable, Client host [203.0.113.5] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.5 AS(1450) [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]";

test("analyze --reply --stage --json prints the diagnosis as one JSON object", async () => {
  const { code, out, err } = await cli(["--reply", SPAMHAUS, "--stage", "rcpt", "--json"]);
  assert.equal(code, 0, err);
  const d = JSON.parse(out);
  assert.equal(d.rootCause.id, "ip-blocklisted");
  assert.ok(d.rootCause.confidence > 0.5);
  assert.ok(Array.isArray(d.otherCauses));
  assert.equal(d.unrecognised, false);
  assert.equal(d.stage, "rcpt");
});

test("analyze --reply prints readable text by default", async () => {
  const { code, out } = await cli(["--reply", SPAMHAUS]);
  assert.equal(code, 0);
  assert.match(out, /^Root cause: The sending IP address is on a blocklist \(ip-blocklisted/);
  assert.match(out, /Fix:/);
  assert.match(out, /smtp\.office365\.com/);
});

test("analyze --reply - reads a multi-line paste from stdin", async () => {
  const ndr =
    "Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox table";
  const { code, out } = await cli(["--reply", "-", "--json"], ndr);
  assert.equal(code, 0);
  assert.equal(JSON.parse(out).rootCause.id, "recipient-unknown");
});

test("garbage is unrecognised, not an error", async () => {
  const { code, out } = await cli(["--reply", "\u0000\u0001 zz", "--json"]);
  assert.equal(code, 0);
  assert.equal(JSON.parse(out).unrecognised, true);
});

test("bad input exits 2 with one line on stderr", async () => {
  const rows: [string[], string][] = [
    [[], ""],
    [["--reply"], ""],
    [["--reply", "x", "--stage", "banana"], ""],
    [["--nope"], ""],
    [["--jsonl"], "not json\n"],
    [["--jsonl"], '{"stage":"rcpt"}\n'],
    [["--jsonl"], '{"reply":"550","stage":"nowhere"}\n'],
    [["--jsonl"], "[1,2]\n"],
  ];
  for (const [argv, stdin] of rows) {
    const { code, out, err } = await cli(argv, stdin);
    assert.equal(code, 2, `${argv.join(" ")} ${stdin}`);
    assert.equal(out, "");
    assert.equal(err.trim().split("\n").length, 1, err);
  }
});

test("analyze --jsonl: one result per line, in order, 1,000 lines (time printed; `npm run bench` measures the analyzer)", async () => {
  const cases = readFileSync(new URL("../diagnosis/testdata/dev-cases.jsonl", import.meta.url), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { reply: string; stage: string | null; cause: string });
  const batch = Array.from({ length: 1_000 }, (_, i) => cases[i % cases.length]);
  const stdin = `${batch.map((c) => JSON.stringify({ reply: c?.reply, stage: c?.stage ?? null })).join("\n")}\n`;
  const started = performance.now();
  const { code, out } = await cli(["--jsonl"], stdin);
  const ms = performance.now() - started;
  assert.equal(code, 0);
  const lines = out.trim().split("\n");
  assert.equal(lines.length, 1_000);
  lines.forEach((line, i) => {
    assert.equal(JSON.parse(line).rootCause.id, batch[i]?.cause, `line ${i + 1}`);
  });
  console.log(`analyze --jsonl, 1,000 lines: ${ms.toFixed(0)} ms`);
});

test("analyze --jsonl accepts a missing or null stage and skips blank lines", async () => {
  const { code, out } = await cli(["--jsonl"], '{"reply":"250 2.0.0 OK"}\n\n{"reply":"","stage":null}\n');
  assert.equal(code, 0);
  const [first, second] = out
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  assert.equal(first.rootCause.id, "no-error");
  assert.equal(second.unrecognised, true);
});
