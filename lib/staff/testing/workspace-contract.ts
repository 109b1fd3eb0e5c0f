import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import type { CaseStore } from "../../reports/case-store";
import { sampleNewRun } from "../../reports/testing/sample-run";
import { refreshSummaries } from "../case-summary";
import { sweepExpiredCases } from "../retention";
import { hashSecret } from "../session-token";
import { WorkspaceError, type WorkspaceStore } from "../workspace-store";

export type OpenWorkspace = () => Promise<{ cases: CaseStore; workspace: WorkspaceStore }>;

const HOUR = 60 * 60 * 1000;

/** What every workspace store must do, on SQLite and on PostgreSQL alike: accounts, sessions, the list, case handling, retention. */
export function workspaceStoreContract(name: string, openStores: OpenWorkspace): void {
  const opened: { cases: CaseStore; workspace: WorkspaceStore }[] = [];
  afterEach(async () => {
    for (const { cases, workspace } of opened.splice(0)) {
      await workspace.close();
      await cases.close();
    }
  });
  const open = async () => {
    const stores = await openStores();
    opened.push(stores);
    return stores;
  };
  const admin = { email: "Admin@Example.com ", name: " Ada ", role: "admin" as const, passwordHash: "x" };

  test(`${name}: the first admin is created only with the live setup code, and only once`, async () => {
    const { workspace } = await open();
    const now = new Date("2026-11-30T10:00:00Z");
    assert.equal(
      await workspace.offerSetupCode(hashSecret("CODE-1"), now, new Date(now.getTime() + HOUR)),
      true,
    );
    assert.equal(
      await workspace.offerSetupCode(hashSecret("CODE-2"), now, new Date(now.getTime() + HOUR)),
      false,
      "a second instance does not replace the printed code",
    );
    assert.equal(await workspace.claimFirstAdmin(hashSecret("WRONG"), now, admin), null);
    const late = new Date(now.getTime() + 2 * HOUR);
    assert.equal(await workspace.claimFirstAdmin(hashSecret("CODE-1"), late, admin), null, "expired");
    const [first, second] = await Promise.all([
      workspace.claimFirstAdmin(hashSecret("CODE-1"), now, admin),
      workspace.claimFirstAdmin(hashSecret("CODE-1"), now, { ...admin, email: "other@example.com" }),
    ]);
    const created = [first, second].filter((staff) => staff !== null);
    assert.equal(created.length, 1, "two claims at once: exactly one admin");
    assert.equal(created[0]?.email, "admin@example.com", "stored trimmed and lower-cased");
    assert.equal(created[0]?.role, "admin");
    assert.equal(await workspace.countStaff(), 1);
    assert.equal(await workspace.claimFirstAdmin(hashSecret("CODE-1"), now, admin), null, "used up");
  });

  test(`${name}: one account per address, whatever its case`, async () => {
    const { workspace } = await open();
    await workspace.createStaff({ ...admin, role: "staff" });
    await assert.rejects(
      workspace.createStaff({ ...admin, email: "ADMIN@example.COM" }),
      (error: unknown) => error instanceof WorkspaceError && error.code === "email-taken",
    );
    const found = await workspace.staffByEmail("admin@EXAMPLE.com");
    assert.equal(found?.name, "Ada");
    assert.equal(found?.passwordHash, "x");
  });

  test(`${name}: an invitation makes one account, once, before it expires`, async () => {
    const { workspace } = await open();
    const inviter = await workspace.createStaff(admin);
    // The clock's now, not a fixed date: the inviter's account is made at the real time, and the
    // list is ordered by when accounts were made (a fixed date sorted Bea before her inviter once
    // the real clock passed it).
    const now = new Date();
    const invite = (tokenHash: string, email: string, hours = 1) => ({
      tokenHash,
      email,
      role: "staff" as const,
      invitedBy: inviter.id,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + hours * HOUR).toISOString(),
    });
    await workspace.createInvite(invite("i1", "Bea@Example.com"));
    await workspace.createInvite(invite("i2", "cy@example.com", -1));
    await workspace.createInvite(invite("i3", "admin@example.com"));
    assert.deepEqual(
      (await workspace.pendingInvites(now)).map((i) => i.email).sort(),
      ["admin@example.com", "bea@example.com"],
      "expired ones are not pending",
    );
    const [first, second] = await Promise.all([
      workspace.acceptInvite("i1", now, { name: "Bea", passwordHash: "h" }),
      workspace.acceptInvite("i1", now, { name: "Bea again", passwordHash: "h" }),
    ]);
    const made = [first, second].filter((staff) => staff !== null);
    assert.equal(made.length, 1, "used once");
    assert.equal(made[0]?.email, "bea@example.com");
    assert.equal(made[0]?.role, "staff");
    assert.ok((await workspace.inviteByHash("i1"))?.usedAt);
    assert.equal(await workspace.acceptInvite("i2", now, { name: "Cy", passwordHash: "h" }), null, "expired");
    assert.equal(await workspace.acceptInvite("nope", now, { name: "X", passwordHash: "h" }), null);
    await assert.rejects(
      workspace.acceptInvite("i3", now, { name: "Dup", passwordHash: "h" }),
      (error: unknown) => error instanceof WorkspaceError && error.code === "email-taken",
    );
    assert.equal((await workspace.inviteByHash("i3"))?.usedAt, null, "a refused acceptance leaves it unused");
    assert.deepEqual(
      (await workspace.listStaff()).map((staff) => staff.email),
      ["admin@example.com", "bea@example.com"],
    );
  });

  test(`${name}: sessions are found by their hash, kept alive, ended one by one or all at once`, async () => {
    const { workspace } = await open();
    const staff = await workspace.createStaff(admin);
    const session = (tokenHash: string) => ({
      tokenHash,
      staffId: staff.id,
      createdAt: "2026-11-30T10:00:00.000Z",
      lastSeenAt: "2026-11-30T10:00:00.000Z",
      expiresAt: "2026-11-30T22:00:00.000Z",
      ip: "192.0.2.7",
      userAgent: "test",
    });
    await workspace.createSession(session("h1"));
    await workspace.createSession(session("h2"));
    await workspace.createSession(session("h3"));
    const found = await workspace.sessionByHash("h1");
    assert.equal(found?.staff.email, "admin@example.com");
    assert.equal(found?.session.ip, "192.0.2.7");
    await workspace.touchSession("h1", "2026-11-30T11:00:00.000Z", "2026-11-30T23:00:00.000Z");
    assert.equal((await workspace.sessionByHash("h1"))?.session.expiresAt, "2026-11-30T23:00:00.000Z");
    await workspace.deleteSession("h1");
    assert.equal(await workspace.sessionByHash("h1"), null);
    assert.equal(await workspace.deleteSessionsOf(staff.id), 2);
    assert.equal(await workspace.sessionByHash("h2"), null);
    assert.equal(await workspace.sessionByHash("unknown"), null);
  });

  test(`${name}: the case list is newest first, searchable, filterable and paged by key`, async () => {
    const { cases, workspace } = await open();
    const made = [];
    for (const [i, device] of ["Sharp MX-4070N", "Canon iR-ADV C5535", "Ricoh IM C3000"].entries()) {
      const created = await cases.createCase({ title: `Scan to email ${i}`, context: { device } });
      await cases.appendRun(created.id, sampleNewRun(`r${i}`));
      made.push(created);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    assert.equal((await workspace.staleSummaries(10)).length, 3);
    assert.equal(await refreshSummaries(cases, workspace), 3);
    assert.deepEqual(await workspace.staleSummaries(10), [], "all current");

    const all = await workspace.listCases({ limit: 10 });
    assert.deepEqual(
      all.items.map((item) => item.title),
      ["Scan to email 2", "Scan to email 1", "Scan to email 0"],
    );
    assert.equal(all.items[2]?.reference, made[0]?.reference);
    assert.equal(all.items[2]?.summary?.device, "Sharp MX-4070N");
    assert.equal(all.next, null);

    const canon = await workspace.listCases({ q: "canon C5535", limit: 10 });
    assert.deepEqual(
      canon.items.map((item) => item.title),
      ["Scan to email 1"],
    );
    assert.equal((await workspace.listCases({ q: "canon ricoh", limit: 10 })).items.length, 0, "every word");
    assert.equal(
      (await workspace.listCases({ q: "100%_", limit: 10 })).items.length,
      0,
      "LIKE's wildcards are text",
    );
    const byRef = await workspace.listCases({ q: made[1]?.reference, limit: 10 });
    assert.deepEqual(
      byRef.items.map((item) => item.id),
      [made[1]?.id],
    );

    const first = await workspace.listCases({ limit: 2 });
    assert.equal(first.items.length, 2);
    assert.ok(first.next);
    const second = await workspace.listCases({ limit: 2, after: first.next ?? undefined });
    assert.deepEqual(
      second.items.map((item) => item.title),
      ["Scan to email 0"],
    );
    assert.equal(second.next, null);

    const statuses = new Set(all.items.map((item) => item.summary?.status));
    const openCases = await workspace.listCases({ status: "open", limit: 10 });
    const resolved = await workspace.listCases({ status: "resolved", limit: 10 });
    assert.equal(openCases.items.length + resolved.items.length, 3, `statuses ${[...statuses].join(", ")}`);

    // A change to a case makes its summary stale; an older summary never overwrites a newer one.
    await cases.updateCase(made[0]?.id ?? "", { context: { device: "Kyocera TASKalfa 3554ci" } });
    assert.deepEqual(await workspace.staleSummaries(10), [made[0]?.id]);
    await refreshSummaries(cases, workspace);
    const kyocera = await workspace.listCases({ q: "taskalfa", limit: 10 });
    assert.equal(kyocera.items[0]?.summary?.device, "Kyocera TASKalfa 3554ci");
    const stale = {
      ...(kyocera.items[0]?.summary ?? { status: "failing" as const }),
      device: "old",
    } as never;
    await workspace.saveSummary(made[0]?.id ?? "", 1, stale, "old");
    assert.equal((await workspace.listCases({ q: "taskalfa", limit: 10 })).items.length, 1, "kept the newer");
  });

  test(`${name}: status by hand, assignee and ticket number show in the list and are searchable`, async () => {
    const { cases, workspace } = await open();
    const staff = await workspace.createStaff({
      email: "bea@example.com",
      name: "Bea",
      role: "staff",
      passwordHash: null,
    });
    const created = await cases.createCase({ title: "Copier", context: { device: "Sharp MX-4070N" } });
    await cases.appendRun(created.id, sampleNewRun("w1"));
    await refreshSummaries(cases, workspace);
    const before = (await workspace.listCases({ limit: 5 })).items[0];
    assert.ok(before?.status === "open" || before?.status === "resolved", "follows the tests");
    assert.equal(before?.assignee, null);

    const at = new Date("2026-11-30T12:00:00Z");
    await workspace.setWorkflow(
      created.id,
      { status: "waiting", assigneeId: staff.id, ticketRef: "ZD-48213" },
      at,
    );
    await workspace.setWorkflow(created.id, { ticketRef: "ZD-48213 " }, at);
    const flow = await workspace.workflowOf(created.id);
    assert.deepEqual(
      { status: flow?.status, assigneeId: flow?.assigneeId },
      { status: "waiting", assigneeId: staff.id },
      "a patch keeps what it does not name",
    );
    const listed = (await workspace.listCases({ limit: 5 })).items[0];
    assert.equal(listed?.status, "waiting");
    assert.equal(listed?.assignee, "Bea");
    assert.equal(
      (await workspace.listCases({ q: "zd-48213", limit: 5 })).items.length,
      1,
      "by ticket number",
    );
    assert.equal((await workspace.listCases({ status: "waiting", limit: 5 })).items.length, 1);
    assert.equal((await workspace.listCases({ status: "open", limit: 5 })).items.length, 0);
    await workspace.setWorkflow(created.id, { status: null }, at);
    assert.notEqual(
      (await workspace.listCases({ limit: 5 })).items[0]?.status,
      "waiting",
      "back to the tests",
    );

    await workspace.logActivity(created.id, {
      at: at.toISOString(),
      actor: "Bea",
      action: "first",
      ip: "192.0.2.1",
    });
    await workspace.logActivity(created.id, {
      at: at.toISOString(),
      actor: "Bea",
      action: "second",
      ip: null,
    });
    assert.deepEqual(
      (await workspace.activityOf(created.id, 10)).map((entry) => entry.action),
      ["second", "first"],
    );
    assert.equal(await cases.deleteCase(created.id), true);
    assert.deepEqual(await workspace.activityOf(created.id, 10), [], "deleted with the case");
  });

  test(`${name}: retention deletes resolved cases left alone for the configured days, with everything in them`, async () => {
    const { cases, workspace } = await open();
    const resolved = await cases.createCase({ title: "Resolved by hand" });
    await cases.appendRun(resolved.id, sampleNewRun("r1"));
    const stillOpen = await cases.createCase({ title: "Still open" });
    await cases.appendRun(stillOpen.id, sampleNewRun("r2"));
    const at = new Date();
    await workspace.setWorkflow(resolved.id, { status: "resolved" }, at);
    await workspace.logActivity(resolved.id, {
      at: at.toISOString(),
      actor: "Ada",
      action: "resolved",
      ip: null,
    });
    await cases.createShareLink(resolved.id, { kind: "report" });

    const DAY = 24 * 60 * 60 * 1000;
    assert.equal(
      await sweepExpiredCases(cases, workspace, 180, new Date(at.getTime() + 179 * DAY)),
      0,
      "not yet",
    );
    assert.equal(
      await sweepExpiredCases(cases, workspace, 0, new Date(at.getTime() + 9_999 * DAY)),
      0,
      "0 keeps all",
    );
    assert.equal(await sweepExpiredCases(cases, workspace, 180, new Date(at.getTime() + 181 * DAY)), 1);
    assert.equal(await cases.getCase(resolved.id), null);
    assert.deepEqual(await cases.listRuns(resolved.id), []);
    assert.deepEqual(await cases.listShareLinks(resolved.id), []);
    assert.deepEqual(await workspace.activityOf(resolved.id, 5), []);
    assert.ok(await cases.getCase(stillOpen.id), "an open case is kept however old");
  });
}
