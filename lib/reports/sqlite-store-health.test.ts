import assert from "node:assert/strict";
import { chmodSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, test } from "node:test";
import { CaseStoreError } from "./case-store";
import { openSqliteCaseStore } from "./sqlite-case-store";
import { tempDatabase } from "./testing/temp-store";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
function freshDatabase() {
  const db = tempDatabase();
  cleanups.push(db.cleanup);
  return db;
}

/** A database with some cases in it, closed (checkpointed into the main file), as a restart finds it. */
async function filledDatabase(): Promise<string> {
  const { file } = freshDatabase();
  const store = openSqliteCaseStore({ file });
  for (let i = 0; i < 200; i++) {
    await store.createCase({ title: `case ${i} ${"x".repeat(150)}`, context: {} });
  }
  await store.close();
  return file;
}

/** The one-line reason opening gave, asserting it is a CaseStoreError("unavailable"). */
function openFailure(file: string): string {
  try {
    openSqliteCaseStore({ file });
  } catch (error) {
    assert.ok(error instanceof CaseStoreError, `a CaseStoreError, not ${String(error)}`);
    assert.equal(error.code, "unavailable");
    assert.doesNotMatch(error.message, /\n/, "one line");
    return error.message;
  }
  assert.fail("the store opened");
}

// Root writes anywhere a mode bit forbids; /proc refuses new files even to root.
const isRoot = process.getuid?.() === 0;
function readOnlyFolder(): string {
  if (isRoot) return "/proc";
  const { dir } = freshDatabase();
  const folder = path.join(dir, "read-only");
  mkdirSync(folder);
  chmodSync(folder, 0o555);
  cleanups.unshift(() => chmodSync(folder, 0o755));
  return folder;
}

describe("sqlite case store: an unusable database is named when it opens", () => {
  test("a data folder that cannot be created", () => {
    const { dir } = freshDatabase();
    writeFileSync(path.join(dir, "in-the-way"), "a file, not a folder");
    const reason = openFailure(path.join(dir, "in-the-way", "data", "cases.db"));
    assert.match(reason, /cannot create the data folder/);
  });

  test("a data folder that is not writable", () => {
    const reason = openFailure(path.join(readOnlyFolder(), "smtp-doctor.db"));
    assert.match(reason, /cannot open or create the database file/);
  });

  test("a truncated file", async () => {
    const file = await filledDatabase();
    truncateSync(file, Math.floor(readFileSync(file).length / 2));
    assert.match(openFailure(file), /damaged/);
  });

  test("an overwritten header", async () => {
    const file = await filledDatabase();
    const bytes = readFileSync(file);
    bytes.write("overwritten by a backup tool", 0, "latin1");
    writeFileSync(file, bytes);
    assert.match(openFailure(file), /not an SQLite database/);
  });

  test("a healthy file opens and checks clean", async () => {
    const file = await filledDatabase();
    const store = openSqliteCaseStore({ file });
    assert.equal(await store.check(), null);
    await store.close();
  });
});

describe("sqlite case store: check() sees what breaks while it runs", () => {
  test("the header overwritten in place", async () => {
    const file = await filledDatabase();
    const store = openSqliteCaseStore({ file });
    const bytes = readFileSync(file);
    bytes.write("overwritten by a backup tool", 0, "latin1");
    writeFileSync(file, bytes);
    assert.match((await store.check()) ?? "", /not an SQLite database/);
    await store.close();
  });

  test("the file truncated in place", async () => {
    const file = await filledDatabase();
    const store = openSqliteCaseStore({ file });
    truncateSync(file, Math.floor(readFileSync(file).length / 2));
    assert.match((await store.check()) ?? "", /truncated/);
    await store.close();
  });

  test("the file deleted: check names it, and a save fails as unavailable, not as a bug", async () => {
    const file = await filledDatabase();
    const store = openSqliteCaseStore({ file });
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    assert.match((await store.check()) ?? "", /gone/);
    await assert.rejects(
      store.createCase({ title: "after the delete", context: {} }),
      (error) => error instanceof CaseStoreError && error.code === "unavailable",
    );
    await store.close();
  });
});
