import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * The PostgreSQL the tests use: DATABASE_URL when set, else the machine's own (127.0.0.1:5432,
 * database `test`; scripts/test.sh installs and starts one where it is missing). Each store under
 * test gets a schema of its own, dropped afterwards, so tests never see each other's rows.
 */
export const TEST_DATABASE_URL =
  process.env.SMTP_DOCTOR_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export function freshSchemaName(): string {
  return `t_${randomBytes(6).toString("hex")}`;
}

export async function dropSchema(schema: string, url = TEST_DATABASE_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/** A plain client on the test database, for checks the store's own API cannot make (SQL). */
export async function withTestClient<T>(
  work: (client: pg.Client) => Promise<T>,
  schema?: string,
): Promise<T> {
  const client = new pg.Client({
    connectionString: TEST_DATABASE_URL,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
