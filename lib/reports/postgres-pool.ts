import pg from "pg";

/**
 * A connection pool whose every connection works in one schema (tests use one each; nothing else
 * in the database is touched), shared by the case store and the workspace store.
 */
export function openSchemaPool(options: {
  connectionString: string;
  schema: string;
  max: number;
  /** The application_name the server shows for these connections. */
  name: string;
  /** The log line's tag when an idle connection is lost. */
  logTag: string;
}): pg.Pool {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) {
    throw new Error(`not a plain schema name: "${options.schema}"`);
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max,
    connectionTimeoutMillis: 5_000,
    options: `-c search_path=${options.schema}`,
    application_name: options.name,
  });
  // An idle connection the server drops (restart, failover) must not crash the process.
  pool.on("error", (error) =>
    console.error(`[${options.logTag}] PostgreSQL connection lost: ${error.message}`),
  );
  return pool;
}

/** Runs `work` in a transaction of its own: committed when it returns, rolled back when it throws. */
export async function inNewTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    try {
      await client.query("ROLLBACK");
    } catch (rollbackError) {
      broken = rollbackError as Error; // the connection is gone: do not give it back to the pool
    }
    throw error;
  } finally {
    client.release(broken);
  }
}

/**
 * A schema pool whose queries and transactions wait for `ready` (the case store's migrations)
 * first: what the stores that live in the case database beside it share.
 */
export function openReadyPool(
  options: Parameters<typeof openSchemaPool>[0],
  ready: Promise<unknown>,
): {
  pool: pg.Pool;
  query(text: string, values?: unknown[]): Promise<pg.QueryResult>;
  transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T>;
} {
  const pool = openSchemaPool(options);
  const settled = ready.then(() => undefined);
  return {
    pool,
    async query(text, values = []) {
      await settled;
      return pool.query(text, values);
    },
    async transaction(work) {
      await settled;
      return inNewTransaction(pool, work);
    },
  };
}
