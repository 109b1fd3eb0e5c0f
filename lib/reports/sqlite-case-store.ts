import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import {
  type Case,
  caseUpdateSchema,
  mergeContext,
  newCaseSchema,
  newRunSchema,
  newShareLinkSchema,
  newSiteCheckSchema,
  type Run,
  type ShareLink,
  type SiteCheck,
  UNKNOWN_CONTEXT,
} from "./case-schemas";
import {
  type CaseStore,
  CaseStoreError,
  type CaseStoreTx,
  STORED_SCHEMA_VERSION,
  storedCaseBodySchema,
  storedRunBodySchema,
  storedSiteCheckBodySchema,
} from "./case-store";
import { randomId } from "./random-id";
import { linkLifetime, resolveShareToken } from "./share-link-policy";
import { createShareToken } from "./share-token";
import { applyMigrations } from "./sqlite-migrations";
import { assertIntact, describeOpenFailure, guardUsable, watchDatabaseFile } from "./sqlite-store-health";
import { caseFromRow, caseReference, linkFromRow, runFromRow, siteCheckFromRow } from "./store-rows";

export type SqliteCaseStoreOptions = {
  /** The database file; its folder is created if missing. */
  file: string;
  shareTtlDays?: number;
  /** The clock, for expiry tests. */
  now?: () => Date;
  /** How long a writer waits for another connection's lock before failing. */
  busyTimeoutMs?: number;
};

/**
 * Opens (creating and migrating as needed) the SQLite case database, and checks it whole. Anything
 * that makes it unusable (folder not creatable or writable, damaged file, overwritten header) is a
 * `CaseStoreError("unavailable")` with a one-line reason, here rather than at a user's first save.
 */
export function openSqliteCaseStore(options: SqliteCaseStoreOptions): CaseStore {
  let db: Database.Database;
  try {
    db = openDatabase(options);
  } catch (error) {
    throw new CaseStoreError("unavailable", describeOpenFailure(error));
  }
  const fileProblem = watchDatabaseFile(options.file);
  // A closed store is no broken one: its calls fail as they always did ("not open").
  const problem = () => (db.open ? fileProblem() : null);

  const now = options.now ?? (() => new Date());
  const sql = {
    // One statement: the next reference is taken and used atomically (SQLite has one writer).
    insertCase: db
      .prepare(
        "INSERT INTO cases (id, created_at, updated_at, revision, ref, body) SELECT ?, ?, ?, 1, COALESCE(MAX(ref), 1000) + 1, ? FROM cases RETURNING ref",
      )
      .pluck(),
    caseById: db.prepare("SELECT id, created_at, updated_at, revision, ref, body FROM cases WHERE id = ?"),
    updateCase: db.prepare("UPDATE cases SET updated_at = ?, revision = revision + 1, body = ? WHERE id = ?"),
    touchCase: db.prepare("UPDATE cases SET updated_at = ?, revision = revision + 1 WHERE id = ?"),
    runsByCase: db.prepare(
      "SELECT id, case_id, seq, created_at, body FROM runs WHERE case_id = ? ORDER BY seq",
    ),
    runInCase: db.prepare("SELECT 1 FROM runs WHERE id = ? AND case_id = ?"),
    nextSeq: db.prepare("SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM runs WHERE case_id = ?").pluck(),
    insertRun: db.prepare("INSERT INTO runs (id, case_id, seq, created_at, body) VALUES (?, ?, ?, ?, ?)"),
    insertLink: db.prepare(
      "INSERT INTO share_links (id, case_id, kind, token_hash, created_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, NULL)",
    ),
    linkByHash: db.prepare("SELECT * FROM share_links WHERE token_hash = ?"),
    linkInCase: db.prepare("SELECT * FROM share_links WHERE id = ? AND case_id = ?"),
    revokeLink: db.prepare("UPDATE share_links SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
    linksByCase: db.prepare("SELECT * FROM share_links WHERE case_id = ? ORDER BY created_at, id"),
    checksByCase: db.prepare(
      "SELECT id, case_id, seq, created_at, body FROM site_checks WHERE case_id = ? ORDER BY seq",
    ),
    nextCheckSeq: db
      .prepare("SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM site_checks WHERE case_id = ?")
      .pluck(),
    deleteCase: db.prepare("DELETE FROM cases WHERE id = ?"),
    probe: db.prepare("SELECT 1 FROM cases LIMIT 1"),
    insertCheck: db.prepare(
      "INSERT INTO site_checks (id, case_id, seq, created_at, body) VALUES (?, ?, ?, ?, ?)",
    ),
  };

  const readCase = (caseId: string): Case | null => {
    const row = sql.caseById.get(caseId);
    return row === undefined ? null : caseFromRow(row);
  };
  const requireCase = (caseId: string): Case => {
    const found = readCase(caseId);
    if (found === null) throw new CaseStoreError("case-not-found", `no case "${caseId}"`);
    return found;
  };

  // Each write is its own transaction (a savepoint inside a unit of work). BEGIN IMMEDIATE takes
  // the write lock up front: no other connection can take the same seq between read and insert.
  const updateCase = db.transaction((caseId: string, update: ReturnType<typeof caseUpdateSchema.parse>) => {
    const current = requireCase(caseId);
    const next: Case = {
      ...current,
      title: update.title ?? current.title,
      context: mergeContext(current.context, update.context),
      updatedAt: now().toISOString(),
      revision: current.revision + 1,
    };
    const body = storedCaseBodySchema.parse({ schemaVersion: STORED_SCHEMA_VERSION, ...next });
    sql.updateCase.run(next.updatedAt, JSON.stringify(body), caseId);
    return next;
  });

  const appendRun = db.transaction((caseId: string, input: ReturnType<typeof newRunSchema.parse>): Run => {
    requireCase(caseId);
    if (input.validatesRunId !== null && sql.runInCase.get(input.validatesRunId, caseId) === undefined) {
      throw new CaseStoreError("run-not-found", `case "${caseId}" has no run "${input.validatesRunId}"`);
    }
    const body = storedRunBody(input);
    const createdAt = now().toISOString();
    const id = randomId();
    const seq = Number(sql.nextSeq.get(caseId));
    sql.insertRun.run(id, caseId, seq, createdAt, JSON.stringify(body));
    sql.touchCase.run(createdAt, caseId);
    const { schemaVersion: _version, ...rest } = body;
    return { id, caseId, seq, createdAt, ...rest };
  });

  const appendSiteCheck = db.transaction(
    (caseId: string, input: ReturnType<typeof newSiteCheckSchema.parse>): SiteCheck => {
      requireCase(caseId);
      if (input.runId !== null && sql.runInCase.get(input.runId, caseId) === undefined) {
        throw new CaseStoreError("run-not-found", `case "${caseId}" has no run "${input.runId}"`);
      }
      const body = storedSiteCheckBodySchema.parse({ schemaVersion: STORED_SCHEMA_VERSION, ...input });
      const createdAt = now().toISOString();
      const id = randomId();
      const seq = Number(sql.nextCheckSeq.get(caseId));
      sql.insertCheck.run(id, caseId, seq, createdAt, JSON.stringify(body));
      sql.touchCase.run(createdAt, caseId);
      return { id, caseId, seq, createdAt, runId: body.runId, report: body.report };
    },
  );

  const revoke = db.transaction((caseId: string, linkId: string): ShareLink | null => {
    if (sql.linkInCase.get(linkId, caseId) === undefined) return null;
    sql.revokeLink.run(now().toISOString(), linkId);
    return linkFromRow(sql.linkInCase.get(linkId, caseId));
  });

  // The reads and writes, synchronous underneath (better-sqlite3); `tx` and the store share them.
  const operations: CaseStoreTx = {
    async createCase(input) {
      const parsed = newCaseSchema.parse(input);
      const at = now().toISOString();
      const context = mergeContext(UNKNOWN_CONTEXT, parsed.context);
      const id = randomId();
      const base = { id, title: parsed.title, createdAt: at, updatedAt: at, revision: 1, context };
      const body = storedCaseBodySchema.parse({ schemaVersion: STORED_SCHEMA_VERSION, ...base });
      const ref = Number(sql.insertCase.get(id, at, at, JSON.stringify(body)));
      return { ...base, reference: caseReference(ref) };
    },
    async getCase(caseId) {
      return readCase(caseId);
    },
    // A unit of work already holds the one writer's lock (BEGIN IMMEDIATE) and the process lock.
    async lockCase(caseId) {
      return readCase(caseId);
    },
    async updateCase(caseId, update) {
      return updateCase.immediate(caseId, caseUpdateSchema.parse(update));
    },
    async listRuns(caseId) {
      return sql.runsByCase.all(caseId).map(runFromRow);
    },
    async appendRun(caseId, input) {
      return appendRun.immediate(caseId, newRunSchema.parse(input));
    },
    async createShareLink(caseId, input) {
      const { kind, ttlDays } = newShareLinkSchema.parse(input);
      requireCase(caseId);
      const { token, tokenHash } = createShareToken();
      const link: ShareLink = {
        id: randomId(),
        caseId,
        kind,
        tokenHash,
        ...linkLifetime(now(), ttlDays, options.shareTtlDays),
        revokedAt: null,
      };
      sql.insertLink.run(link.id, caseId, kind, tokenHash, link.createdAt, link.expiresAt);
      return { link, token };
    },
    async resolveShareToken(token) {
      return resolveShareToken(token, now(), {
        linkByHash: async (hash) => {
          const row = sql.linkByHash.get(hash);
          return row === undefined ? null : linkFromRow(row);
        },
        getCase: async (caseId) => readCase(caseId),
      });
    },
    async revokeShareLink(caseId, linkId) {
      return revoke.immediate(caseId, linkId);
    },
    async listShareLinks(caseId) {
      return sql.linksByCase.all(caseId).map(linkFromRow);
    },
    async appendSiteCheck(caseId, input) {
      return appendSiteCheck.immediate(caseId, newSiteCheckSchema.parse(input));
    },
    async listSiteChecks(caseId) {
      return sql.checksByCase.all(caseId).map(siteCheckFromRow);
    },
    async deleteCase(caseId) {
      // ON DELETE CASCADE (foreign_keys = ON) takes the runs, checks and links with it.
      return sql.deleteCase.run(caseId).changes > 0;
    },
  };

  // One connection: while a unit of work is open (between its awaits), every other call waits,
  // or it would run inside that transaction and could be rolled back with it after it answered.
  const lock = createLock();
  const locked = Object.fromEntries(
    Object.entries(operations).map(([name, operation]) => [
      name,
      (...args: unknown[]) => lock.run(() => (operation as (...a: unknown[]) => Promise<unknown>)(...args)),
    ]),
  ) as CaseStoreTx;

  const store: CaseStore = {
    ...locked,
    transaction(work) {
      return lock.run(async () => {
        db.exec("BEGIN IMMEDIATE");
        try {
          const result = await work(operations);
          db.exec("COMMIT");
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec("ROLLBACK");
          throw error;
        }
      });
    },
    async check() {
      if (!db.open) return "the database is closed";
      const found = problem();
      if (found !== null) return found;
      try {
        sql.probe.get();
        return null;
      } catch (error) {
        return describeOpenFailure(error);
      }
    },
    async close() {
      await lock.run(async () => {
        if (db.open) db.close();
      });
    },
  };
  return guardUsable(store, problem);
}

function storedRunBody(input: ReturnType<typeof newRunSchema.parse>) {
  const { host, port, security, auth, username, from, to } = input.result.target;
  return storedRunBodySchema.parse({
    schemaVersion: STORED_SCHEMA_VERSION,
    ...input,
    settings: input.settings ?? { host, port, security, auth, username, from, to },
  });
}

/** Runs async jobs one at a time, in call order; a failed job does not stop the next. */
function createLock() {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(job: () => Promise<T>): Promise<T> {
      const result = tail.then(job, job);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}

function openDatabase(options: SqliteCaseStoreOptions): Database.Database {
  mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
  const db = new Database(options.file);
  try {
    // busy_timeout first: switching to WAL needs a lock another process may hold at start-up.
    db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5_000)}`);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    applyMigrations(db);
    assertIntact(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
