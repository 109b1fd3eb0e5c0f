import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { analyzeText } from "../lib/diagnosis/analyze-text";
import { loadCorpus } from "../lib/diagnosis/evaluation/corpus";
import { e2eRunDir, testCaFile } from "./support/e2e-run-dir";
import { fixtureServer } from "./support/fixture-servers";
import { PASSWORD, SENDER, saveFoundingCase } from "./support/founding-case";

/**
 * The command-line tool as a technician runs it on the customer's network: the bundled file
 * (npm run build:cli) with plain node, its run uploaded into the case through the customer link.
 */

const run = promisify(execFile);
const BUNDLE = path.resolve("lib/cli/package/smtp-doctor.cjs");
// The tool's code cache goes here, not into the home folder of whoever runs the suite.
const CACHE_HOME = mkdtempSync(path.join(tmpdir(), "smtp-doctor-cli-cache-"));

function cliEnv(): NodeJS.ProcessEnv {
  return {
    NODE_ENV: "production",
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    XDG_CACHE_HOME: CACHE_HOME,
    SMTP_DOCTOR_ALLOW_TARGETS: "127.0.0.0/8",
    SMTP_DOCTOR_EXTRA_CA_FILE: testCaFile(e2eRunDir()),
    SMTP_DOCTOR_PW: PASSWORD,
  };
}

function probeArgs(extra: string[] = []): string[] {
  return [
    BUNDLE,
    "probe",
    "--host",
    "127.0.0.1",
    "--port",
    String(fixtureServer("m365-submission").port),
    "--security",
    "starttls",
    "--user",
    SENDER,
    "--password-env",
    "SMTP_DOCTOR_PW",
    "--from",
    SENDER,
    "--to",
    "someone@contoso.example",
    ...extra,
  ];
}

test("a run on site goes into the case through the customer link, labelled as the tool reported it", async ({
  page,
  request,
  baseURL,
}) => {
  const saved = await saveFoundingCase(request, { title: "Sharp MX-4070N (site run)" });
  const link = await request.post(`/api/cases/${saved.ownerToken}/links`, { data: { kind: "customer" } });
  const { url } = (await link.json()) as { url: string };
  const customerUrl = new URL(url, baseURL).toString();

  const { stdout, stderr } = await run(process.execPath, probeArgs(["--case", customerUrl]), {
    env: cliEnv(),
  });
  expect(stdout).toContain("Result: passed (exit 0)");
  expect(stderr).toMatch(/^Added to SD-\d+ as test 3 \(ran on site\)\.$/m);
  // Nothing the tool printed or sent holds the password.
  expect(stdout + stderr).not.toContain(PASSWORD);

  await page.goto(saved.ownerUrl);
  const site = page.locator('[data-run-kind="customer"]');
  await expect(site).toContainText("3. ");
  await expect(site).toContainText("tested there with the SMTP Doctor command line");
  await expect(site).toContainText("as the tool reported it");
  await page.screenshot({ path: "e2e/artifacts/cli-site-run.png", fullPage: true });
});

test("the server stores only a sign-in masked the way the engine masks it", async ({ request, baseURL }) => {
  const saved = await saveFoundingCase(request, { title: "Sharp MX-4070N (tampered upload)" });
  const link = await request.post(`/api/cases/${saved.ownerToken}/links`, { data: { kind: "customer" } });
  const token = new URL((await link.json()).url as string, baseURL).pathname.split("/").at(-1);
  const { stdout } = await run(process.execPath, probeArgs(["--json"]), { env: cliEnv() });
  const { diagnosis: _ours, ...result } = JSON.parse(stdout) as Record<string, unknown> & {
    transcript: { t: number; dir: string; line: string }[];
  };
  const tampered = {
    ...result,
    transcript: result.transcript.map((entry) =>
      entry.line.startsWith("AUTH ")
        ? { ...entry, line: "AUTH PLAIN AG9mZmljZUBjb250b3NvAGh1bnRlcjI=" }
        : entry,
    ),
  };
  const refused = await request.post(`/api/cases/${token}/site-runs`, {
    data: { result: tampered, tool: { name: "smtp-doctor", version: "0.1.0" } },
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.issues[0]).toEqual({
    path: "result.transcript",
    message: "the sign-in is not masked; nothing was stored",
  });

  // The untouched result is stored once, however often it is sent.
  const body = { result, tool: { name: "smtp-doctor", version: "0.1.0" } };
  const first = await request.post(`/api/cases/${token}/site-runs`, { data: body });
  expect(first.status()).toBe(201);
  const again = await request.post(`/api/cases/${token}/site-runs`, { data: body });
  expect(again.status()).toBe(200);
  expect((await again.json()).seq).toBe((await first.json()).seq);
});

test("the bundled tool judges every reply in the corpus exactly as the analyzer's source does", async () => {
  // The bundle is minified and written in ASCII: a pattern that reads its own source (the
  // literal prefilter) once skipped 57 replies there that the source judged right.
  const corpus = loadCorpus();
  const input = corpus.map((c) => JSON.stringify({ reply: c.reply, stage: c.stage })).join("\n");
  const child = execFile(process.execPath, [BUNDLE, "analyze", "--jsonl"], {
    env: cliEnv(),
    maxBuffer: 256 * 1024 * 1024,
  });
  child.stdin?.end(input);
  let stdout = "";
  child.stdout?.on("data", (chunk: string) => {
    stdout += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(code).toBe(0);
  const answers = stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line).rootCause);
  expect(answers).toHaveLength(corpus.length);
  const differ = corpus.flatMap((c, i) => {
    const expected = analyzeText(c.reply, { stage: c.stage }).rootCause;
    const got = answers[i];
    return got.id === expected.id && got.confidence === expected.confidence
      ? []
      : [`${c.id}: ${got.id} ${got.confidence}, source says ${expected.id} ${expected.confidence}`];
  });
  expect(differ).toEqual([]);
});

test("the packed tool installs into an empty folder and runs with npx", async () => {
  test.setTimeout(120_000);
  const work = mkdtempSync(path.join(tmpdir(), "smtp-doctor-pack-"));
  await run("npm", ["pack", "--silent", "--pack-destination", work], {
    cwd: path.resolve("lib/cli/package"),
  });
  const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"));
  expect(tarball).toBeDefined();
  const project = path.join(work, "empty");
  await run("mkdir", ["-p", project]);
  await run("npm", ["install", "--silent", "--no-audit", "--no-fund", path.join(work, tarball ?? "")], {
    cwd: project,
  });
  const { stdout } = await run("npx", ["--no-install", "smtp-doctor", "--version"], { cwd: project });
  expect(stdout.trim()).toMatch(/^smtp-doctor \d+\.\d+\.\d+$/);
});

test("the code cache is made on the first run, and a damaged one is replaced, never trusted", async () => {
  const cacheDir = path.join(CACHE_HOME, "smtp-doctor");
  const env = cliEnv();
  await run(process.execPath, [BUNDLE, "--version"], { env });
  const made = readdirSync(cacheDir).filter((name) => name.endsWith("-version.v8"));
  expect(made).toHaveLength(0);
  // "--version" is not a command word: its cache is "other"'s.
  expect(readdirSync(cacheDir).some((name) => name.endsWith("-other.v8"))).toBe(true);
  await run(process.execPath, probeArgs(), { env });
  const probeCache = readdirSync(cacheDir).find((name) => name.endsWith("-probe.v8"));
  expect(probeCache).toBeDefined();
  writeFileSync(path.join(cacheDir, probeCache ?? ""), "not a code cache");
  // Other builds' caches of the same command (same node): the two most recently used stay (someone
  // may run two versions in turn), older ones go when a new one is written; another command's stays.
  const build = (hex: string) =>
    (probeCache ?? "").replace(/^([\w.]+)-[0-9a-f]{16}-/, `$1-${hex.repeat(16)}-`);
  const [oldest, older, recent] = [build("a"), build("b"), build("c")];
  for (const [name, daysAgo] of [
    [oldest, 3],
    [older, 2],
    [recent, 1],
  ] as const) {
    const at = path.join(cacheDir, name);
    writeFileSync(at, "another build's cache");
    const when = new Date(Date.now() - daysAgo * 86_400_000);
    utimesSync(at, when, when);
  }
  const { stdout } = await run(process.execPath, probeArgs(), { env });
  expect(stdout).toContain("Result: passed (exit 0)");
  const left = readdirSync(cacheDir);
  expect(left).not.toContain(oldest);
  expect(left).toEqual(expect.arrayContaining([probeCache, older, recent]));
  expect(left.some((name) => name.endsWith("-other.v8"))).toBe(true);
});
