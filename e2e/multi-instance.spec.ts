import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { Redis } from "ioredis";
import pg from "pg";
import { E2E_DNS_PORT_DEFAULT, e2eRunDir, testCaFile } from "./support/e2e-run-dir";
import { fixtureServer } from "./support/fixture-servers";

/**
 * Two app instances behind one PostgreSQL and one Redis, as an MSP runs them behind a load
 * balancer: any instance serves any request. The database is a fresh one made for this spec and
 * dropped after it; Redis uses a database index of its own, emptied first.
 */
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PG_URL = process.env.SMTP_DOCTOR_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const REDIS_URL = process.env.SMTP_DOCTOR_TEST_REDIS_URL_E2E ?? "redis://127.0.0.1:6379/12";
const DATABASE = `sd_e2e_${randomBytes(5).toString("hex")}`;
const databaseUrl = (() => {
  const url = new URL(PG_URL);
  url.pathname = `/${DATABASE}`;
  return url.toString();
})();

type Instance = { url: string; child: ChildProcess; log: () => string };
const instances: Instance[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

async function startInstance(extraEnv: Record<string, string> = {}): Promise<Instance> {
  const port = await freePort();
  const runDir = e2eRunDir();
  const child = spawn(process.execPath, ["server.mjs"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      SMTP_DOCTOR_ALLOW_TARGETS: "127.0.0.0/8",
      SMTP_DOCTOR_LIMIT_PER_CLIENT: "500",
      SMTP_DOCTOR_LIMIT_CASES_PER_HOUR: "3",
      SMTP_DOCTOR_EXTRA_CA_FILE: testCaFile(runDir),
      SMTP_DOCTOR_DNS_SERVERS: `127.0.0.1:${process.env.E2E_DNS_PORT ?? E2E_DNS_PORT_DEFAULT}`,
      // No SQLite file anywhere: with DATABASE_URL set, this folder must stay empty.
      SMTP_DOCTOR_DATA_DIR: path.join(runDir, `unused-${port}`),
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    output += String(chunk);
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`instance exited: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const instance = { url, child, log: () => output };
  instances.push(instance);
  return instance;
}

/** The founding case's failing probe (Microsoft 365's MX refusing the site's IP), run on one instance. */
async function probeOn(request: APIRequestContext, on: Instance): Promise<string> {
  const response = await request.post(`${on.url}/api/probe`, {
    data: {
      host: "127.0.0.1",
      port: fixtureServer("m365-mx").port,
      security: "starttls",
      from: "office@contoso.example",
      to: ["someone@contoso.example"],
    },
  });
  expect(response.status()).toBe(200);
  return (await response.json()).runId as string;
}

test.beforeAll(async () => {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  const redis = new Redis(REDIS_URL);
  await redis.flushdb();
  redis.disconnect();
});

test.afterAll(async () => {
  for (const instance of instances.splice(0)) instance.child.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.end();
});

test("two instances share PostgreSQL and Redis: probe on A, save on B, links and PDF on either, one rate limit", async ({
  request,
  page,
}) => {
  test.setTimeout(120_000);
  const [a, b] = await Promise.all([startInstance(), startInstance()]);
  for (const instance of [a, b]) {
    const health = await request.get(`${instance.url}/api/health`);
    expect(await health.json()).toMatchObject({
      ok: true,
      dependencies: { store: { kind: "postgres", ok: true }, redis: { configured: true, ok: true } },
    });
  }

  // The founding case's probe runs on A...
  const probe = (on: Instance) => probeOn(request, on);
  const runId = await probe(a);

  // ... and is saved as a case on B (the run was kept in Redis, not in A's memory).
  const save = (on: Instance, id: string) =>
    request.post(`${on.url}/api/cases`, {
      data: { title: "Sharp MX-4070N — two instances", runIds: [{ runId: id, kind: "initial" }] },
    });
  const saved = await save(b, runId);
  expect(saved.status()).toBe(201);
  const { ownerToken } = await saved.json();

  // Links made on B open on A, and the other way round.
  const link = async (on: Instance, kind: "customer" | "report") => {
    const response = await request.post(`${on.url}/api/cases/${ownerToken}/links`, { data: { kind } });
    expect(response.status()).toBe(201);
    return (await response.json()).token as string;
  };
  const customer = await link(a, "customer");
  const opened = await page.goto(`${b.url}/c/${customer}`);
  expect(opened?.status()).toBe(200);
  // The customer's own page, from the case saved on the other instance.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Test the device's email settings");
  await expect(page.getByText(/^Your helpdesk's case SD-\d+$/)).toBeVisible();

  const report = await link(b, "report");
  const reportPage = await request.get(`${a.url}/r/${report}`);
  expect(reportPage.status()).toBe(200);
  expect(await reportPage.text()).toContain("blocked using Spamhaus");
  const pdf = await request.get(`${a.url}/api/report/${report}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  // The cache key is the stored revision: B answers A's ETag with 304 without rendering.
  const again = await request.get(`${b.url}/api/report/${report}/pdf`, {
    headers: { "If-None-Match": pdf.headers().etag ?? "" },
  });
  expect(again.status()).toBe(304);

  // A limit spent on A refuses on B: 3 new cases per hour per client, one already taken on B.
  expect((await save(a, await probe(a))).status()).toBe(201);
  expect((await save(a, await probe(b))).status()).toBe(201);
  const refused = await save(b, await probe(a));
  expect(refused.status()).toBe(429);
  expect(refused.headers()["retry-after"]).toBeTruthy();

  // Nothing went to a SQLite file: the cases are rows in PostgreSQL.
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const { rows } = await db.query("SELECT count(*)::int AS n FROM cases");
  await db.end();
  expect(rows[0].n).toBe(3);
});

test("kill -9 of one instance in a burst of saves: every acknowledged case is whole, none is half-made, the other keeps serving", async ({
  request,
}) => {
  test.setTimeout(180_000);
  const roomy = { SMTP_DOCTOR_LIMIT_CASES_PER_HOUR: "1000" };
  const [a, b] = await Promise.all([startInstance(roomy), startInstance(roomy)]);
  const runIds: string[] = [];
  for (let i = 0; i < 24; i++) runIds.push(await probeOn(request, i % 2 === 0 ? a : b));

  // 24 saves at once, half on each instance; A dies with -9 as soon as it has answered one, so
  // the others it holds are under way: some written, some in a transaction, some not started.
  const title = `burst ${randomBytes(3).toString("hex")}`;
  let killed: () => void = () => undefined;
  const firstOnA = new Promise<void>((resolve) => {
    killed = resolve;
  });
  const saves = runIds.map((runId, i) =>
    fetch(`${(i % 2 === 0 ? a : b).url}/api/cases`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: `${title} ${i}`, runIds: [{ runId, kind: "initial" }] }),
    })
      .then(async (response) => {
        // Acknowledged = the whole answer arrived, owner link included.
        const body = await response.json().catch(() => null);
        if (i % 2 === 0 && response.status === 201 && body !== null) {
          a.child.kill("SIGKILL");
          killed();
        }
        return { i, status: body === null ? 0 : response.status, body };
      })
      .catch(() => ({ i, status: 0, body: null })),
  );
  await Promise.race([firstOnA, new Promise((resolve) => setTimeout(resolve, 30_000))]);
  const results = await Promise.all(saves);
  const acknowledged = results.filter((result) => result.status === 201);
  test.info().annotations.push({
    type: "burst",
    description: results.map((r) => `${r.i % 2 === 0 ? "A" : "B"}:${r.status}`).join(" "),
  });
  expect(results.some((r) => r.i % 2 === 0 && r.status === 201)).toBe(true); // A answered before dying
  expect(acknowledged.length).toBeGreaterThanOrEqual(12); // every save sent to B at least

  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    // Every acknowledged save is there, whole: its case, its one run, its owner link.
    for (const { body } of acknowledged) {
      const { rows } = await db.query(
        `SELECT (SELECT count(*)::int FROM runs WHERE case_id = $1) AS runs,
                (SELECT count(*)::int FROM share_links WHERE case_id = $1 AND kind = 'owner') AS owners`,
        [body.caseId],
      );
      expect(rows[0]).toEqual({ runs: 1, owners: 1 });
    }
    // No half-made case anywhere: none without its run or without its owner link.
    const half = await db.query(
      `SELECT id FROM cases c WHERE c.body LIKE $1 AND (
         NOT EXISTS (SELECT 1 FROM runs r WHERE r.case_id = c.id) OR
         NOT EXISTS (SELECT 1 FROM share_links l WHERE l.case_id = c.id AND l.kind = 'owner'))`,
      [`%${title}%`],
    );
    expect(half.rows).toEqual([]);
    const stored = await db.query("SELECT count(*)::int AS n FROM cases WHERE body LIKE $1", [`%${title}%`]);
    expect(stored.rows[0].n).toBeGreaterThanOrEqual(acknowledged.length);
  } finally {
    await db.end();
  }

  // B keeps serving: healthy, and it saves a new case.
  expect((await request.get(`${b.url}/api/health`)).status()).toBe(200);
  const after = await request.post(`${b.url}/api/cases`, {
    data: { title: `${title} after`, runIds: [{ runId: await probeOn(request, b), kind: "initial" }] },
  });
  expect(after.status()).toBe(201);
});
