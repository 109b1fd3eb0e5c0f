import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { afterEach, describe, test } from "node:test";
import type { CaseStore } from "../case-store";
import { createShareToken } from "../share-token";
import { sampleNewRun, sampleProbeResult } from "./sample-run";
import { listedSiteReport } from "./site-report";

export type ContractStoreOptions = { now?: () => Date; shareTtlDays?: number };

/** Opens a fresh, empty store of the implementation under test. */
export type OpenContractStore = (options?: ContractStoreOptions) => Promise<CaseStore>;

const DAY = 24 * 60 * 60 * 1000;

/**
 * What every case store must do, whatever it is built on: the same tests run against SQLite and
 * PostgreSQL (lib/reports/*-case-store.test.ts). Implementation-specific behaviour (files,
 * processes, migrations) stays in each implementation's own tests.
 */
export function caseStoreContract(name: string, openStore: OpenContractStore): void {
  const opened: CaseStore[] = [];
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
  });
  const open = async (options?: ContractStoreOptions) => {
    const store = await openStore(options);
    opened.push(store);
    return store;
  };
  const clock = (start = "2026-03-02T10:00:00Z") => {
    let at = Date.parse(start);
    return {
      now: () => new Date(at),
      advance: (ms: number) => {
        at += ms;
      },
    };
  };

  describe(`case store contract: ${name}`, () => {
    test("creates a case, appends runs in order and reads them back", async () => {
      const time = clock();
      const store = await open({ now: time.now });
      const created = await store.createCase({
        title: "Sharp scan to email",
        context: { device: "Sharp MX-4070N", failingFunction: "scan to email", needs: "internal-only" },
      });
      assert.match(created.id, /^[A-Za-z0-9_-]{22}$/);
      assert.equal(created.context.staticIp, "unknown", "unknown fields default to unknown");
      time.advance(1_000);
      const first = await store.appendRun(created.id, sampleNewRun("a"));
      time.advance(1_000);
      const second = await store.appendRun(created.id, {
        ...sampleNewRun("b"),
        kind: "validation",
        validatesRunId: first.id,
        network: { describes: "site", ip: "203.0.113.5", label: "Customer site (Verizon 5G)" },
      });
      assert.deepEqual([first.seq, second.seq], [1, 2]);
      assert.deepEqual(await store.listRuns(created.id), [first, second]);
      assert.deepEqual(first.settings.to, ["someone@contoso.com"], "settings default to the result's target");
      const reread = await store.getCase(created.id);
      assert.equal(reread?.updatedAt, second.createdAt, "appending a run touches the case");
      assert.equal(await store.getCase("no-such-case"), null);
      assert.deepEqual(await store.listRuns("no-such-case"), []);
    });

    test("the revision counts every write that changes the report, and nothing else", async () => {
      const store = await open();
      const created = await store.createCase({ title: "revisions" });
      assert.equal(created.revision, 1);
      const run = await store.appendRun(created.id, sampleNewRun("a"));
      assert.equal((await store.getCase(created.id))?.revision, 2, "a run");
      await store.appendSiteCheck(created.id, { runId: run.id, report: await listedSiteReport() });
      assert.equal((await store.getCase(created.id))?.revision, 3, "a network check");
      const edited = await store.updateCase(created.id, { title: "renamed" });
      assert.equal(edited.revision, 4, "an edit");
      const { link } = await store.createShareLink(created.id, { kind: "report" });
      await store.revokeShareLink(created.id, link.id);
      assert.equal((await store.getCase(created.id))?.revision, 4, "links are not in the report");
    });

    test("keeps network checks in order, tied to a run of the case or to none", async () => {
      const store = await open();
      const report = await listedSiteReport();
      const created = await store.createCase({ title: "site" });
      const other = await store.createCase({ title: "other" });
      const run = await store.appendRun(created.id, sampleNewRun("a"));
      const otherRun = await store.appendRun(other.id, sampleNewRun("b"));
      const first = await store.appendSiteCheck(created.id, { runId: run.id, report });
      const second = await store.appendSiteCheck(created.id, { report });
      assert.deepEqual([first.seq, second.seq, second.runId], [1, 2, null]);
      await assert.rejects(store.appendSiteCheck(created.id, { runId: otherRun.id, report }), {
        code: "run-not-found",
      });
      await assert.rejects(store.appendSiteCheck("no-such-case", { report }), { code: "case-not-found" });
      const checks = await store.listSiteChecks(created.id);
      assert.deepEqual(checks, [first, second]);
      assert.equal(checks[0]?.report.listed[0]?.answers[0]?.sublist, "PBL");
      assert.deepEqual(await store.listSiteChecks(other.id), []);
    });

    test("updates a case's title and context without losing what the update leaves out", async () => {
      const store = await open();
      const created = await store.createCase({ title: "t", context: { device: "Sharp MX-4070N" } });
      const updated = await store.updateCase(created.id, {
        context: { staticIp: "no", site: { publicIp: "203.0.113.5" } },
      });
      assert.equal(updated.context.device, "Sharp MX-4070N");
      assert.equal(updated.context.staticIp, "no");
      assert.deepEqual(await store.getCase(created.id), updated);
      await assert.rejects(store.updateCase("no-such-case", { title: "x" }), { code: "case-not-found" });
    });

    test("refuses runs for an unknown case or validating another case's run, leaving nothing", async () => {
      const store = await open();
      await assert.rejects(store.appendRun("missing", sampleNewRun()), { code: "case-not-found" });
      const one = await store.createCase({ title: "one" });
      const two = await store.createCase({ title: "two" });
      const run = await store.appendRun(one.id, sampleNewRun());
      await assert.rejects(
        store.appendRun(two.id, { ...sampleNewRun(), kind: "validation", validatesRunId: run.id }),
        { code: "run-not-found" },
      );
      assert.deepEqual(await store.listRuns(two.id), [], "the refused run left nothing behind");
      assert.equal((await store.getCase(two.id))?.revision, 1);
    });

    test("30 concurrent appends to one case lose nothing and never share a seq", async () => {
      const store = await open();
      const created = await store.createCase({ title: "busy" });
      const appended = await Promise.all(
        Array.from({ length: 30 }, (_, i) => store.appendRun(created.id, sampleNewRun(`r${i}`))),
      );
      const runs = await store.listRuns(created.id);
      assert.equal(runs.length, 30);
      assert.deepEqual(
        runs.map((run) => run.seq),
        Array.from({ length: 30 }, (_, i) => i + 1),
      );
      assert.deepEqual(new Set(runs.map((run) => run.id)), new Set(appended.map((run) => run.id)));
      assert.equal((await store.getCase(created.id))?.revision, 31);
    });

    test("deletes a case with its runs, checks and links; its tokens stop opening anything", async () => {
      const store = await open();
      const doomed = await store.createCase({ title: "doomed" });
      const kept = await store.createCase({ title: "kept" });
      const run = await store.appendRun(doomed.id, sampleNewRun("a"));
      await store.appendSiteCheck(doomed.id, { runId: run.id, report: await listedSiteReport() });
      const { token } = await store.createShareLink(doomed.id, { kind: "report" });
      await store.appendRun(kept.id, sampleNewRun("b"));
      assert.equal(await store.deleteCase(doomed.id), true);
      assert.equal(await store.deleteCase(doomed.id), false);
      assert.equal(await store.getCase(doomed.id), null);
      assert.deepEqual(await store.listRuns(doomed.id), []);
      assert.deepEqual(await store.listSiteChecks(doomed.id), []);
      assert.deepEqual(await store.listShareLinks(doomed.id), []);
      assert.equal(await store.resolveShareToken(token), null);
      assert.equal((await store.listRuns(kept.id)).length, 1);
    });

    test("a server's exact words round-trip, NUL, control characters and all scripts included", async () => {
      const store = await open();
      const created = await store.createCase({ title: "Grüße — 測試 ✉" });
      const text = '550 5.7.1 \u0000 bad\u0007 byte; Zugriff verweigert — 拒绝 \u{1F4E7} \\u0000 "quoted"';
      const result = sampleProbeResult("exact");
      const stages = result.stages.map((stage) =>
        stage.reply ? { ...stage, reply: { ...stage.reply, text, lines: [text] } } : stage,
      );
      const run = await store.appendRun(created.id, {
        ...sampleNewRun("exact"),
        result: { ...result, stages },
      });
      const [read] = await store.listRuns(created.id);
      assert.equal(read?.result.stages.find((stage) => stage.reply)?.reply?.text, text);
      assert.deepEqual(read, run);
      assert.equal((await store.getCase(created.id))?.title, "Grüße — 測試 ✉");
    });

    test("a link lasts the configured lifetime, then resolves as expired", async () => {
      const time = clock();
      const store = await open({ now: time.now, shareTtlDays: 14 });
      const created = await store.createCase({ title: "expiring" });
      const { token, link } = await store.createShareLink(created.id, { kind: "customer" });
      assert.equal(Date.parse(link.expiresAt) - Date.parse(link.createdAt), 14 * DAY);
      const chosen = (await store.createShareLink(created.id, { kind: "report", ttlDays: 30 })).link;
      assert.equal(Date.parse(chosen.expiresAt) - Date.parse(chosen.createdAt), 30 * DAY);
      time.advance(14 * DAY - 1);
      const live = await store.resolveShareToken(token);
      assert.equal(live?.status === "ok" ? live.case.id : null, created.id);
      time.advance(1);
      assert.deepEqual(await store.resolveShareToken(token), { status: "expired", kind: "customer" });
    });

    test("a revoked link stays revoked (first time kept), even past expiry; others keep working", async () => {
      const time = clock();
      const store = await open({ now: time.now });
      const created = await store.createCase({ title: "revoking" });
      const other = await store.createCase({ title: "someone else's" });
      await assert.rejects(store.createShareLink("no-such-case", { kind: "report" }), {
        code: "case-not-found",
      });
      const revoked = await store.createShareLink(created.id, { kind: "report", ttlDays: 1 });
      const kept = await store.createShareLink(created.id, { kind: "owner" });
      assert.equal(await store.revokeShareLink(other.id, revoked.link.id), null, "only the case's own links");
      const first = await store.revokeShareLink(created.id, revoked.link.id);
      assert.ok(first?.revokedAt);
      time.advance(1_000);
      assert.equal((await store.revokeShareLink(created.id, revoked.link.id))?.revokedAt, first.revokedAt);
      assert.deepEqual(await store.resolveShareToken(revoked.token), { status: "revoked", kind: "report" });
      time.advance(2 * DAY);
      assert.deepEqual(await store.resolveShareToken(revoked.token), { status: "revoked", kind: "report" });
      assert.equal((await store.resolveShareToken(kept.token))?.status, "ok");
      const links = await store.listShareLinks(created.id);
      assert.deepEqual(links.map((link) => [link.kind, link.revokedAt !== null]).sort(), [
        ["owner", false],
        ["report", true],
      ]);
    });

    test("unknown and malformed tokens open nothing", async () => {
      const store = await open();
      const created = await store.createCase({ title: "guessing" });
      await store.createShareLink(created.id, { kind: "report" });
      for (let i = 0; i < 200; i++) {
        assert.equal(await store.resolveShareToken(randomBytes(32).toString("base64url")), null);
      }
      assert.equal(await store.resolveShareToken("not-a-token"), null);
      assert.equal(await store.resolveShareToken(`${createShareToken().token.slice(0, 42)}B`), null);
    });

    test("a unit of work lands whole: case, runs, check and link together", async () => {
      const store = await open();
      const saved = await store.transaction(async (tx) => {
        const created = await tx.createCase({ title: "together" });
        const run = await tx.appendRun(created.id, sampleNewRun("a"));
        await tx.appendSiteCheck(created.id, { runId: run.id, report: await listedSiteReport() });
        const { token } = await tx.createShareLink(created.id, { kind: "owner" });
        return { caseId: created.id, token };
      });
      assert.equal((await store.listRuns(saved.caseId)).length, 1);
      assert.equal((await store.listSiteChecks(saved.caseId)).length, 1);
      assert.equal((await store.resolveShareToken(saved.token))?.status, "ok");
    });

    test("a unit of work that fails leaves nothing: no case without its owner link", async () => {
      const store = await open();
      let caseId = "";
      let token = "";
      await assert.rejects(
        store.transaction(async (tx) => {
          const created = await tx.createCase({ title: "half-made" });
          caseId = created.id;
          await tx.appendRun(created.id, sampleNewRun("a"));
          token = (await tx.createShareLink(created.id, { kind: "owner" })).token;
          await tx.appendRun(created.id, { ...sampleNewRun("b"), validatesRunId: "no-such-run" });
        }),
        { code: "run-not-found" },
      );
      assert.equal(await store.getCase(caseId), null);
      assert.deepEqual(await store.listRuns(caseId), []);
      assert.equal(await store.resolveShareToken(token), null);
      // The store still works after a rollback, inside and outside units of work.
      const after = await store.transaction((tx) => tx.createCase({ title: "after" }));
      assert.equal((await store.getCase(after.id))?.title, "after");
    });

    test("units of work running at once each land whole", async () => {
      const store = await open();
      const saved = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          store.transaction(async (tx) => {
            const created = await tx.createCase({ title: `case ${i}` });
            for (let r = 0; r < 3; r++) await tx.appendRun(created.id, sampleNewRun(`${i}-${r}`));
            return created.id;
          }),
        ),
      );
      for (const id of saved) {
        assert.deepEqual(
          (await store.listRuns(id)).map((run) => run.seq),
          [1, 2, 3],
        );
      }
    });

    test("a read-then-write under lockCase cannot race: the same run appended twice at once is stored once", async () => {
      const store = await open();
      const created = await store.createCase({ title: "dedupe" });
      const appendOnce = () =>
        store.transaction(async (tx) => {
          await tx.lockCase(created.id);
          const runs = await tx.listRuns(created.id);
          if (runs.some((run) => run.result.runId === "same")) return false;
          await new Promise((resolve) => setTimeout(resolve, 20)); // widen the window a race needs
          await tx.appendRun(created.id, sampleNewRun("same"));
          return true;
        });
      const outcomes = await Promise.all([appendOnce(), appendOnce(), appendOnce()]);
      assert.deepEqual(outcomes.filter(Boolean).length, 1);
      assert.equal((await store.listRuns(created.id)).length, 1);
      assert.equal(await store.lockCase("no-such-case"), null);
    });

    test("every case gets the next readable reference, SD-1001 first, unique under concurrency", async () => {
      const store = await open();
      const first = await store.createCase({ title: "first" });
      assert.equal(first.reference, "SD-1001");
      assert.equal((await store.getCase(first.id))?.reference, "SD-1001");
      const together = await Promise.all(
        Array.from({ length: 10 }, (_, i) => store.createCase({ title: `together ${i}` })),
      );
      const numbers = together.map((created) => Number(created.reference.slice(3))).sort((a, b) => a - b);
      assert.equal(new Set(numbers).size, 10);
      assert.ok(numbers.every((n) => n > 1001));
      const inUnit = await store.transaction((tx) => tx.createCase({ title: "in a unit of work" }));
      assert.ok(Number(inUnit.reference.slice(3)) > Math.max(...numbers));
    });

    test("check() says the store is usable", async () => {
      const store = await open();
      assert.equal(await store.check(), null);
    });
  });
}
