import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { storedRevision } from "./case-revision";
import { openSqliteCaseStore } from "./sqlite-case-store";
import { sampleNewRun } from "./testing/sample-run";
import { tempDatabase } from "./testing/temp-store";

const database = tempDatabase();
const fixed = new Date("2026-03-02T10:00:00.000Z");
// A frozen clock: two writes within one millisecond must still give two revisions.
const store = openSqliteCaseStore({ file: database.file, now: () => fixed });
after(async () => {
  await store.close();
  database.cleanup();
});

describe("storedRevision", () => {
  test("moves with every write to the case, even within one millisecond, and names the case", async () => {
    const one = await store.createCase({ title: "A" });
    const two = await store.createCase({ title: "A" });
    assert.notEqual(storedRevision(one), storedRevision(two), "same counter, other case");
    const seen = new Set([storedRevision(one)]);
    await store.updateCase(one.id, { title: "B" });
    await store.updateCase(one.id, { title: "C" });
    const edited = await store.getCase(one.id);
    assert.ok(edited);
    seen.add(storedRevision(edited));
    await store.appendRun(one.id, sampleNewRun("r1"));
    const appended = await store.getCase(one.id);
    assert.ok(appended);
    seen.add(storedRevision(appended));
    assert.equal(seen.size, 3);
    assert.equal(storedRevision(appended), `${one.id}.4`);
  });
});
