import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { caseRevision } from "./case-revision";
import { openSqliteCaseStore } from "./sqlite-case-store";
import { sampleNewRun } from "./testing/sample-run";
import { listedSiteReport } from "./testing/site-report";
import { tempDatabase } from "./testing/temp-store";

const database = tempDatabase();
const store = openSqliteCaseStore({ file: database.file });
after(async () => {
  await store.close();
  database.cleanup();
});

async function revisionOf(caseId: string): Promise<string> {
  const theCase = await store.getCase(caseId);
  assert.ok(theCase);
  return caseRevision(theCase, await store.listRuns(caseId), await store.listSiteChecks(caseId));
}

describe("caseRevision", () => {
  test("is stable while nothing changes, and changes with a run, a network check or an edit", async () => {
    const created = await store.createCase({ title: "Copier" });
    const seen = new Set([await revisionOf(created.id)]);
    assert.equal(await revisionOf(created.id), [...seen][0], "read twice, same revision");
    await store.appendRun(created.id, sampleNewRun("r1"));
    seen.add(await revisionOf(created.id));
    await store.appendSiteCheck(created.id, { runId: null, report: await listedSiteReport() });
    seen.add(await revisionOf(created.id));
    await store.updateCase(created.id, { title: "Copier, renamed" });
    seen.add(await revisionOf(created.id));
    assert.equal(seen.size, 4);
  });

  test("two edits within one millisecond still give two revisions", async () => {
    const fixed = new Date("2026-03-02T10:00:00.000Z");
    const frozen = tempDatabase();
    const clocked = openSqliteCaseStore({ file: frozen.file, now: () => fixed });
    try {
      const created = await clocked.createCase({ title: "A" });
      const read = async () => {
        const theCase = await clocked.getCase(created.id);
        assert.ok(theCase);
        return caseRevision(theCase, [], []);
      };
      await clocked.updateCase(created.id, { title: "B" });
      const first = await read();
      await clocked.updateCase(created.id, { title: "C" });
      assert.notEqual(await read(), first);
    } finally {
      await clocked.close();
      frozen.cleanup();
    }
  });
});
