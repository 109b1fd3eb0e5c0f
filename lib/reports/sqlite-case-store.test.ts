import assert from "node:assert/strict";
import { afterEach, describe, test } from "node:test";
import Database from "better-sqlite3";
import { secretNeedles } from "../smtp/redact-secrets";
import { UNKNOWN_CONTEXT } from "./case-schemas";
import { CaseStoreError } from "./case-store";
import { openSqliteCaseStore } from "./sqlite-case-store";
import { applyMigrations, migrations } from "./sqlite-migrations";
import { caseStoreContract } from "./testing/case-store-contract";
import { sampleNewRun, sampleProbeResult } from "./testing/sample-run";
import { listedSiteReport } from "./testing/site-report";
import { databaseBytes, spawnStoreChild, tempDatabase } from "./testing/temp-store";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
function freshDatabase() {
  const db = tempDatabase();
  cleanups.push(db.cleanup);
  return db;
}

caseStoreContract("SQLite", async (options) => {
  const { file } = freshDatabase();
  return openSqliteCaseStore({ file, ...options });
});

describe("sqlite case store", () => {
  test("finds everything another process wrote after that process exits", async () => {
    const { file } = freshDatabase();
    const child = spawnStoreChild(["create", file]);
    const { caseId, token } = JSON.parse(await child.nextLine()) as { caseId: string; token: string };
    assert.equal(await child.exited, 0);
    const store = openSqliteCaseStore({ file });
    assert.equal((await store.getCase(caseId))?.context.device, "Sharp MX-4070N");
    const runs = await store.listRuns(caseId);
    assert.deepEqual(
      runs.map((run) => [run.seq, run.kind, run.result.runId]),
      [
        [1, "initial", "child-1"],
        [2, "validation", "child-2"],
      ],
    );
    const resolved = await store.resolveShareToken(token);
    assert.equal(resolved?.status, "ok");
    assert.equal((await store.listShareLinks(caseId)).length, 1);
    await store.close();
  });

  test("20 concurrent appends from four processes lose nothing and never share a seq", async () => {
    const { file } = freshDatabase();
    const store = openSqliteCaseStore({ file });
    const created = await store.createCase({ title: "busy" });
    const children = [0, 1, 2, 3].map(() => spawnStoreChild(["append", file, created.id, "5"]));
    // A barrier, not a sleep: every child has its connection open before any of them writes.
    for (const child of children) assert.equal(await child.nextLine(), "ready");
    for (const child of children) {
      child.send("go");
      child.closeInput();
    }
    const seqs = (
      await Promise.all(children.map(async (c) => JSON.parse(await c.nextLine()) as number[]))
    ).flat();
    for (const child of children) assert.equal(await child.exited, 0);
    assert.deepEqual(
      [...seqs].sort((a, b) => a - b),
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    const runs = await store.listRuns(created.id);
    assert.equal(runs.length, 20);
    assert.equal(new Set(runs.map((run) => run.result.runId)).size, 20, "every append is there");
    await store.close();
  });

  test("a corrupted row fails loudly, naming the table and the id", async () => {
    const { file } = freshDatabase();
    const store = openSqliteCaseStore({ file });
    const created = await store.createCase({ title: "to corrupt" });
    const run = await store.appendRun(created.id, sampleNewRun());
    const check = await store.appendSiteCheck(created.id, { report: await listedSiteReport() });
    const raw = new Database(file);
    raw.prepare("UPDATE runs SET body = ? WHERE id = ?").run('{"schemaVersion": 1, "kind": "init', run.id);
    // Valid JSON, wrong shape: a listing whose status is not one the checker can give.
    const body = JSON.parse(
      raw.prepare("SELECT body FROM site_checks WHERE id = ?").pluck().get(check.id) as string,
    );
    body.report.listed[0].status = "probably";
    raw.prepare("UPDATE site_checks SET body = ? WHERE id = ?").run(JSON.stringify(body), check.id);
    raw
      .prepare("UPDATE cases SET body = ? WHERE id = ?")
      .run('{"schemaVersion": 1, "title": 42}', created.id);
    raw.close();
    await assert.rejects(store.listRuns(created.id), (error: unknown) => {
      assert.ok(error instanceof CaseStoreError);
      assert.equal(error.code, "corrupt-row");
      assert.match(error.message, new RegExp(`^runs row "${run.id}" holds invalid JSON`));
      return true;
    });
    await assert.rejects(store.listSiteChecks(created.id), (error: unknown) => {
      assert.ok(error instanceof CaseStoreError);
      assert.match(
        error.message,
        new RegExp(`^site_checks row "${check.id}" does not match its schema:[\\s\\S]*status`),
      );
      return true;
    });
    await assert.rejects(store.getCase(created.id), (error: unknown) => {
      assert.ok(error instanceof CaseStoreError);
      assert.match(
        error.message,
        new RegExp(`^cases row "${created.id}" does not match its schema:[\\s\\S]*title`),
      );
      return true;
    });
    await store.close();
  });

  test("migrates a new file to the latest version, in WAL mode, and refuses a newer one", async () => {
    const { file } = freshDatabase();
    await openSqliteCaseStore({ file }).close();
    const raw = new Database(file);
    assert.equal(raw.pragma("user_version", { simple: true }), migrations.length);
    assert.equal(raw.pragma("journal_mode", { simple: true }), "wal");
    raw.pragma(`user_version = ${migrations.length + 1}`);
    raw.close();
    assert.throws(() => openSqliteCaseStore({ file }), /newer than this build knows/);
  });

  test("a database from before references gets them in the order its cases were created", async () => {
    const { file } = freshDatabase();
    const raw = new Database(file);
    applyMigrations(raw, migrations.slice(0, 3));
    const insert = raw.prepare("INSERT INTO cases (id, created_at, updated_at, body) VALUES (?, ?, ?, ?)");
    const body = (title: string) => JSON.stringify({ schemaVersion: 1, title, context: UNKNOWN_CONTEXT });
    insert.run("case-b", "2026-03-02T10:00:02.000Z", "2026-03-02T10:00:02.000Z", body("second"));
    insert.run("case-a", "2026-03-02T10:00:01.000Z", "2026-03-02T10:00:01.000Z", body("first"));
    raw.close();
    const store = openSqliteCaseStore({ file });
    assert.equal((await store.getCase("case-a"))?.reference, "SD-1001");
    assert.equal((await store.getCase("case-b"))?.reference, "SD-1002");
    assert.equal((await store.createCase({ title: "third" })).reference, "SD-1003");
    await store.close();
  });

  test("a password passed to appendRun by mistake never reaches the database files", async () => {
    const { dir, file } = freshDatabase();
    const password = "Corr3ct-Horse!";
    const store = openSqliteCaseStore({ file });
    const created = await store.createCase({ title: "secrets" });
    const result = sampleProbeResult();
    const leaky = {
      ...sampleNewRun(),
      password,
      settings: {
        ...result.target,
        auth: "password",
        username: "office@contoso.com",
        password,
        accessToken: password,
      },
      result: { ...result, password, target: { ...result.target, password } },
    };
    const run = await store.appendRun(created.id, leaky as unknown as Parameters<typeof store.appendRun>[1]);
    assert.equal(JSON.stringify(run).includes(password), false);
    assert.equal(JSON.stringify(await store.listRuns(created.id)).includes(password), false);
    const bytesWhileOpen = databaseBytes(dir);
    await store.close();
    for (const bytes of [bytesWhileOpen, databaseBytes(dir)]) {
      assert.ok(bytes.includes("office@contoso.com"), "the run itself was written");
      for (const needle of secretNeedles(password)) assert.equal(bytes.includes(needle), false, needle);
    }
  });
});
