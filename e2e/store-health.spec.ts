import { spawn } from "node:child_process";
import {
  chmodSync,
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { openSqliteCaseStore } from "../lib/reports/sqlite-case-store";
import { expectShareHeaders } from "./support/share-headers";

// Each test starts its own app on its own data folder: the shared e2e server's store stays whole.
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DB_FILE = "smtp-doctor.db";

const folders: string[] = [];
test.afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "smtp-doctor-store-health-"));
  folders.push(folder);
  return folder;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

type App = {
  url: string;
  exited: Promise<number | null>;
  started: Promise<boolean>;
  stderr: () => string;
  stop: () => void;
};

/** `node server.mjs` (the production build) with this data folder; `started` is false if it exited first. */
async function startApp(dataDir: string): Promise<App> {
  const port = await freePort();
  const child = spawn(process.execPath, ["server.mjs"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      SMTP_DOCTOR_DATA_DIR: dataDir,
      // No device capture beside it: these apps are about the store, and the sink's own
      // "listening" line must not be taken for the web server's.
      SMTP_DOCTOR_SINK_PORTS: "off",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const listening = new Promise<boolean>((resolve) =>
    child.stdout.on("data", (chunk) => {
      stdout += String(chunk);
      // The web server's own line (server.mjs), said once it accepts connections.
      if (stdout.includes("SMTP Doctor listening on http")) resolve(true);
    }),
  );
  return {
    url: `http://127.0.0.1:${port}`,
    exited,
    started: Promise.race([listening, exited.then(() => false)]),
    stderr: () => stderr,
    stop: () => child.kill("SIGTERM"),
  };
}

/** A data folder holding a case with an owner and a report link, closed as a restart finds it. */
async function filledFolder(): Promise<{ dir: string; file: string; owner: string; report: string }> {
  const dir = tempFolder();
  const file = path.join(dir, DB_FILE);
  const store = openSqliteCaseStore({ file });
  const created = await store.createCase({ title: "Store health" });
  for (let i = 0; i < 200; i++) await store.createCase({ title: `filler ${i} ${"x".repeat(150)}` });
  const owner = await store.createShareLink(created.id, { kind: "owner" });
  const report = await store.createShareLink(created.id, { kind: "report" });
  await store.close();
  return { dir, file, owner: owner.token, report: report.token };
}

/** Overwrites the file's first bytes where they are (same file, as a stray `dd` would). */
function overwriteHeader(file: string) {
  const fd = openSync(file, "r+");
  try {
    writeSync(fd, Buffer.from("overwritten by a backup tool"), 0, undefined, 0);
  } finally {
    closeSync(fd);
  }
}

const brokenFolders: [string, () => Promise<string>, RegExp][] = [
  [
    "a data folder that cannot be created",
    async () => {
      const dir = tempFolder();
      writeFileSync(path.join(dir, "in-the-way"), "a file, not a folder");
      return path.join(dir, "in-the-way", "data");
    },
    /cannot create the data folder \(ENOTDIR/,
  ],
  [
    "a data folder that is not writable",
    async () => {
      // Root writes past mode bits; /proc takes no new file even from root.
      if (process.getuid?.() === 0) return "/proc";
      const dir = path.join(tempFolder(), "read-only");
      mkdirSync(dir);
      chmodSync(dir, 0o555);
      return dir;
    },
    /cannot open or create the database file/,
  ],
  [
    "a truncated file",
    async () => {
      const { dir, file } = await filledFolder();
      truncateSync(file, Math.floor(readFileSync(file).length / 2));
      return dir;
    },
    /damaged/,
  ],
  [
    "an overwritten header",
    async () => {
      const { dir, file } = await filledFolder();
      overwriteHeader(file);
      return dir;
    },
    /not an SQLite database/,
  ],
];

test("an unusable case database stops start-up with one line saying why", async () => {
  test.setTimeout(120_000);
  for (const [label, prepare, reason] of brokenFolders) {
    const dataDir = await prepare();
    const app = await startApp(dataDir);
    const started = await app.started;
    if (started) app.stop();
    expect(started, `${label}: the app must not start`).toBe(false);
    expect(await app.exited, label).toBe(1);
    const lines = app.stderr().trim().split("\n");
    const said = lines.filter((line) => line.startsWith("SMTP Doctor cannot start: "));
    expect(said, `${label}: ${app.stderr()}`).toHaveLength(1);
    expect(said[0], label).toMatch(reason);
    expect(said[0], label).toContain(path.join(dataDir, DB_FILE));
    expect(app.stderr(), `${label}: no stack trace`).not.toMatch(/^\s+at /m);
  }
});

test("a database broken while the app runs: health says 503 and why, share pages and saves say unavailable", async ({
  request,
}) => {
  test.setTimeout(60_000);
  const { dir, file, owner, report } = await filledFolder();
  const app = await startApp(dir);
  try {
    expect(await app.started).toBe(true);
    const healthy = await request.get(`${app.url}/api/health`);
    expect(healthy.status()).toBe(200);
    expect(await healthy.json()).toMatchObject({ ok: true, dependencies: { store: { ok: true } } });
    expect((await request.get(`${app.url}/r/${report}`)).status()).toBe(200);

    overwriteHeader(file);

    const health = await request.get(`${app.url}/api/health`);
    expect(health.status()).toBe(503);
    const body = await health.json();
    expect(body.ok).toBe(false);
    expect(body.store).toMatch(/header is overwritten/);
    expect(body.dependencies.store).toMatchObject({ kind: "sqlite", ok: false });
    expect(body.store).not.toContain(dir);

    for (const pathname of [`/r/${report}`, `/case/${owner}`]) {
      const page = await request.get(`${app.url}${pathname}`, { maxRedirects: 0 });
      expect(page.status(), pathname).toBe(503);
      expectShareHeaders(page);
      expect(page.headers()["content-type"]).toContain("text/html");
      expect(await page.text(), pathname).toContain("This case cannot be opened right now.");
    }

    const save = await request.patch(`${app.url}/api/cases/${owner}`, { data: { title: "Renamed" } });
    expect(save.status()).toBe(503);
    expectShareHeaders(save);
    expect((await save.json()).error.code).toBe("unavailable");
  } finally {
    app.stop();
    await app.exited;
  }
});
