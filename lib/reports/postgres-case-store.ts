import path from "node:path";
import type pg from "pg";
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
import { inNewTransaction, openSchemaPool } from "./postgres-pool";
import { randomId } from "./random-id";
import { linkLifetime, resolveShareToken } from "./share-link-policy";
import { createShareToken } from "./share-token";
import { caseFromRow, caseReference, linkFromRow, runFromRow, siteCheckFromRow } from "./store-rows";

export type PostgresCaseStoreOptions = {
  /** postgres://user:password@host:port/database (DATABASE_URL). */
  connectionString: string;
  /** The schema the tables live in (created if missing); tests use one each. Default `public`. */
  schema?: string;
  shareTtlDays?: number;
  now?: () => Date;
  /** Connections this process may hold; several app instances share the server's limit. */
  poolSize?: number;
};

/** Where the migrations are: SQL files shipped with the app (the Dockerfile copies the folder). */
export const POSTGRES_MIGRATIONS_DIR = path.resolve(
  process.env.SMTP_DOCTOR_PG_MIGRATIONS_DIR ?? "lib/reports/postgres-migrations",
);

type Queryable = Pick<pg.Pool, "query"> | pg.PoolClient;

/**
 * The case store on PostgreSQL, for several app instances sharing one database. Opening is
 * immediate; the first call waits for the migrations (node-pg-migrate, under its advisory lock, so
 * instances starting together migrate once). A database that cannot be reached or used is a
 * `CaseStoreError("unavailable")` with a one-line reason that never holds the password.
 */
export function openPostgresCaseStore(options: PostgresCaseStoreOptions): CaseStore {
  const schema = options.schema ?? "public";
  const pool = openSchemaPool({
    connectionString: options.connectionString,
    schema,
    max: options.poolSize ?? 10,
    name: "smtp-doctor",
    logTag: "store",
  });
  const now = options.now ?? (() => new Date());
  let closed = false;

  const ready = migrate(pool, schema).catch((error: unknown) => {
    throw unavailable(error);
  });
  // Without a caller yet, a failed start-up must not be an unhandled rejection.
  ready.catch(() => undefined);

  const operations = (q: Queryable, inTransaction: boolean): CaseStoreTx => {
    /** Runs `work` atomically: inside the caller's unit of work, or in a transaction of its own. */
    const atomically = <T>(work: (client: Queryable) => Promise<T>): Promise<T> =>
      inTransaction ? work(q) : inNewTransaction(pool, work);

    const readCase = async (client: Queryable, caseId: string, lock = false): Promise<Case | null> => {
      const { rows } = await client.query(
        `SELECT id, created_at, updated_at, revision, ref, body FROM cases WHERE id = $1${lock ? " FOR UPDATE" : ""}`,
        [caseId],
      );
      return rows[0] === undefined ? null : caseFromRow(isoTimes(rows[0]));
    };
    const requireCase = async (client: Queryable, caseId: string, lock = false): Promise<Case> => {
      const found = await readCase(client, caseId, lock);
      if (found === null) throw new CaseStoreError("case-not-found", `no case "${caseId}"`);
      return found;
    };
    const requireRunInCase = async (client: Queryable, caseId: string, runId: string | null) => {
      if (runId === null) return;
      const { rowCount } = await client.query("SELECT 1 FROM runs WHERE id = $1 AND case_id = $2", [
        runId,
        caseId,
      ]);
      if (rowCount === 0) throw new CaseStoreError("run-not-found", `case "${caseId}" has no run "${runId}"`);
    };
    const touch = (client: Queryable, caseId: string, at: string) =>
      client.query("UPDATE cases SET updated_at = $1, revision = revision + 1 WHERE id = $2", [at, caseId]);

    return {
      async createCase(input) {
        const parsed = newCaseSchema.parse(input);
        const at = now().toISOString();
        const base = {
          id: randomId(),
          title: parsed.title,
          createdAt: at,
          updatedAt: at,
          revision: 1,
          context: mergeContext(UNKNOWN_CONTEXT, parsed.context),
        };
        const body = storedCaseBodySchema.parse({ schemaVersion: STORED_SCHEMA_VERSION, ...base });
        // The reference comes from a sequence: unique across instances, never reused.
        const { rows } = await q.query(
          "INSERT INTO cases (id, created_at, updated_at, revision, body) VALUES ($1, $2, $2, 1, $3) RETURNING ref",
          [base.id, at, JSON.stringify(body)],
        );
        const created: Case = { ...base, reference: caseReference(Number(rows[0].ref)) };
        return created;
      },
      getCase: (caseId) => readCase(q, caseId),
      // FOR UPDATE holds the row until the transaction ends (outside one, it ends with the query).
      lockCase: (caseId) => readCase(q, caseId, true),
      async updateCase(caseId, update) {
        const parsed = caseUpdateSchema.parse(update);
        return atomically(async (client) => {
          const current = await requireCase(client, caseId, true);
          const next: Case = {
            ...current,
            title: parsed.title ?? current.title,
            context: mergeContext(current.context, parsed.context),
            updatedAt: now().toISOString(),
            revision: current.revision + 1,
          };
          const body = storedCaseBodySchema.parse({ schemaVersion: STORED_SCHEMA_VERSION, ...next });
          await client.query("UPDATE cases SET updated_at = $1, revision = $2, body = $3 WHERE id = $4", [
            next.updatedAt,
            next.revision,
            JSON.stringify(body),
            caseId,
          ]);
          return next;
        });
      },
      async listRuns(caseId) {
        const { rows } = await q.query(
          "SELECT id, case_id, seq, created_at, body FROM runs WHERE case_id = $1 ORDER BY seq",
          [caseId],
        );
        return rows.map((row) => runFromRow(isoTimes(row)));
      },
      async appendRun(caseId, input) {
        const parsed = newRunSchema.parse(input);
        return atomically(async (client): Promise<Run> => {
          // The case row's lock orders concurrent appends: each reads the seq the one before wrote.
          await requireCase(client, caseId, true);
          await requireRunInCase(client, caseId, parsed.validatesRunId);
          const { host, port, security, auth, username, from, to } = parsed.result.target;
          const body = storedRunBodySchema.parse({
            schemaVersion: STORED_SCHEMA_VERSION,
            ...parsed,
            settings: parsed.settings ?? { host, port, security, auth, username, from, to },
          });
          const createdAt = now().toISOString();
          const id = randomId();
          const { rows } = await client.query(
            `INSERT INTO runs (id, case_id, seq, created_at, body)
             SELECT $1, $2, COALESCE(MAX(seq), 0) + 1, $3, $4 FROM runs WHERE case_id = $2
             RETURNING seq`,
            [id, caseId, createdAt, JSON.stringify(body)],
          );
          await touch(client, caseId, createdAt);
          const { schemaVersion: _version, ...rest } = body;
          return { id, caseId, seq: Number(rows[0].seq), createdAt, ...rest };
        });
      },
      async createShareLink(caseId, input) {
        const { kind, ttlDays } = newShareLinkSchema.parse(input);
        const { token, tokenHash } = createShareToken();
        const link: ShareLink = {
          id: randomId(),
          caseId,
          kind,
          tokenHash,
          ...linkLifetime(now(), ttlDays, options.shareTtlDays),
          revokedAt: null,
        };
        // One statement: the link is written only if the case exists at that moment.
        const { rowCount } = await q.query(
          `INSERT INTO share_links (id, case_id, kind, token_hash, created_at, expires_at, revoked_at)
           SELECT $1, id, $3, $4, $5, $6, NULL FROM cases WHERE id = $2`,
          [link.id, caseId, kind, tokenHash, link.createdAt, link.expiresAt],
        );
        if (rowCount === 0) throw new CaseStoreError("case-not-found", `no case "${caseId}"`);
        return { link, token };
      },
      resolveShareToken(token) {
        return resolveShareToken(token, now(), {
          linkByHash: async (hash) => {
            const { rows } = await q.query("SELECT * FROM share_links WHERE token_hash = $1", [hash]);
            return rows[0] === undefined ? null : linkFromRow(isoTimes(rows[0]));
          },
          getCase: (caseId) => readCase(q, caseId),
        });
      },
      async revokeShareLink(caseId, linkId) {
        // Revoking twice keeps the first time: only a live link is updated.
        await q.query(
          "UPDATE share_links SET revoked_at = $1 WHERE id = $2 AND case_id = $3 AND revoked_at IS NULL",
          [now().toISOString(), linkId, caseId],
        );
        const { rows } = await q.query("SELECT * FROM share_links WHERE id = $1 AND case_id = $2", [
          linkId,
          caseId,
        ]);
        return rows[0] === undefined ? null : linkFromRow(isoTimes(rows[0]));
      },
      async listShareLinks(caseId) {
        const { rows } = await q.query(
          "SELECT * FROM share_links WHERE case_id = $1 ORDER BY created_at, id",
          [caseId],
        );
        return rows.map((row) => linkFromRow(isoTimes(row)));
      },
      async appendSiteCheck(caseId, input) {
        const parsed = newSiteCheckSchema.parse(input);
        return atomically(async (client): Promise<SiteCheck> => {
          await requireCase(client, caseId, true);
          await requireRunInCase(client, caseId, parsed.runId);
          const body = storedSiteCheckBodySchema.parse({ schemaVersion: STORED_SCHEMA_VERSION, ...parsed });
          const createdAt = now().toISOString();
          const id = randomId();
          const { rows } = await client.query(
            `INSERT INTO site_checks (id, case_id, seq, created_at, body)
             SELECT $1, $2, COALESCE(MAX(seq), 0) + 1, $3, $4 FROM site_checks WHERE case_id = $2
             RETURNING seq`,
            [id, caseId, createdAt, JSON.stringify(body)],
          );
          await touch(client, caseId, createdAt);
          return { id, caseId, seq: Number(rows[0].seq), createdAt, runId: body.runId, report: body.report };
        });
      },
      async listSiteChecks(caseId) {
        const { rows } = await q.query(
          "SELECT id, case_id, seq, created_at, body FROM site_checks WHERE case_id = $1 ORDER BY seq",
          [caseId],
        );
        return rows.map((row) => siteCheckFromRow(isoTimes(row)));
      },
      async deleteCase(caseId) {
        // ON DELETE CASCADE takes the runs, checks and links with it.
        const { rowCount } = await q.query("DELETE FROM cases WHERE id = $1", [caseId]);
        return (rowCount ?? 0) > 0;
      },
    };
  };

  const direct = operations(pool, false);
  /** Each call waits for the migrations, and says "unavailable" when the database cannot be used. */
  const guarded =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (closed) throw new Error("the case store is closed");
      await ready;
      try {
        return await call(...args);
      } catch (error) {
        throw isUnavailable(error) ? unavailable(error) : error;
      }
    };

  const store = Object.fromEntries(
    Object.entries(direct).map(([name, call]) => [
      name,
      guarded(call as (...a: unknown[]) => Promise<unknown>),
    ]),
  ) as CaseStoreTx;

  return {
    ...store,
    transaction: guarded(<T>(work: (tx: CaseStoreTx) => Promise<T>) =>
      inNewTransaction(pool, (client) => work(operations(client, true))),
    ) as CaseStore["transaction"],
    async check() {
      if (closed) return "the database is closed";
      try {
        await ready;
        await pool.query("SELECT 1 FROM cases LIMIT 1");
        return null;
      } catch (error) {
        return (
          isUnavailable(error) || error instanceof CaseStoreError ? unavailable(error) : (error as Error)
        ).message;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await ready.catch(() => undefined);
      await pool.end();
    },
  };
}

async function migrate(pool: pg.Pool, schema: string): Promise<void> {
  // Loaded only here: the migration tool (and its CLI dependencies) is not part of every process
  // start, which keeps the start-up check of the embedded default as quick as it was.
  const { runner } = await import("node-pg-migrate");
  const client = await pool.connect();
  try {
    await runner({
      dbClient: client,
      dir: POSTGRES_MIGRATIONS_DIR,
      migrationsTable: "schema_migrations",
      schema,
      createSchema: true,
      direction: "up",
      checkOrder: true,
      // Instances starting together: one migrates, the others wait for it, then find nothing to do.
      advisoryLockMode: "wait",
      log: () => undefined,
    });
  } finally {
    client.release();
  }
}

/** PostgreSQL gives Date objects; the rows' schemas read ISO text, as SQLite stores it. */
function isoTimes(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row))
    out[key] = value instanceof Date ? value.toISOString() : value;
  return out;
}

const UNAVAILABLE_NODE_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "ECONNRESET",
  "EHOSTUNREACH",
]);

/**
 * Whether an error says the database cannot be used (not reachable, refused us, shutting down,
 * out of connections), as opposed to a bug or a bad row. SQLSTATE classes 08, 28, 3D, 53, 57.
 */
function isUnavailable(error: unknown): boolean {
  if (error instanceof CaseStoreError) return error.code === "unavailable";
  const code = (error as { code?: unknown })?.code;
  if (typeof code === "string") {
    if (UNAVAILABLE_NODE_CODES.has(code)) return true;
    if (/^(08|28|3D|53|57)[0-9A-Z]{3}$/.test(code)) return true;
  }
  const message = error instanceof Error ? error.message : "";
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    message,
  );
}

function unavailable(error: unknown): CaseStoreError {
  if (error instanceof CaseStoreError && error.code === "unavailable") return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown })?.code;
  const firstLine = message.split("\n", 1)[0] || "unknown error";
  return new CaseStoreError(
    "unavailable",
    `PostgreSQL cannot be used: ${firstLine}${typeof code === "string" && !firstLine.includes(code) ? ` (${code})` : ""}`,
  );
}
