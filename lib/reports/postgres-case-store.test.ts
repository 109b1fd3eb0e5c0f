import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import type { CaseStore } from "./case-store";
import { openPostgresCaseStore } from "./postgres-case-store";
import { caseStoreContract } from "./testing/case-store-contract";
import { dropSchema, freshSchemaName, TEST_DATABASE_URL, withTestClient } from "./testing/postgres-test-db";
import { sampleNewRun } from "./testing/sample-run";

const schemas: string[] = [];
after(async () => {
  for (const schema of schemas) await dropSchema(schema);
});
function openFresh(options: Partial<Parameters<typeof openPostgresCaseStore>[0]> = {}): {
  store: CaseStore;
  schema: string;
} {
  const schema = freshSchemaName();
  schemas.push(schema);
  return {
    store: openPostgresCaseStore({ connectionString: TEST_DATABASE_URL, schema, ...options }),
    schema,
  };
}

caseStoreContract("PostgreSQL", async (options) => openFresh(options).store);

describe("postgres case store", () => {
  test("migrates a new schema once, even with three instances opening it at the same time", async () => {
    const schema = freshSchemaName();
    schemas.push(schema);
    const stores = Array.from({ length: 3 }, () =>
      openPostgresCaseStore({ connectionString: TEST_DATABASE_URL, schema }),
    );
    const results = await Promise.all(stores.map((store) => store.check()));
    assert.deepEqual(results, [null, null, null]);
    const created = await stores[0]?.createCase({ title: "shared" });
    assert.equal(
      (await stores[2]?.getCase(created?.id ?? ""))?.title,
      "shared",
      "one database, any instance",
    );
    for (const store of stores) await store.close();
    const applied = await withTestClient(
      (client) => client.query("SELECT name FROM schema_migrations ORDER BY id"),
      schema,
    );
    assert.deepEqual(
      applied.rows.map((row) => row.name),
      [
        "0001_cases",
        "0002_case_reference",
        "0003_workspace",
        "0004_staff_invites",
        "0005_case_workflow",
        "0006_device_captures",
      ],
    );
  });

  test("documents are stored as the exact JSON text, never as jsonb that would refuse a NUL", async () => {
    const { store, schema } = openFresh();
    const created = await store.createCase({ title: "exact" });
    await store.appendRun(created.id, sampleNewRun("a"));
    const { rows } = await withTestClient(
      (client) =>
        client.query("SELECT pg_typeof(body)::text AS type, body FROM runs WHERE case_id = $1", [created.id]),
      schema,
    );
    assert.equal(rows[0]?.type, "text");
    assert.equal(JSON.parse(rows[0]?.body).schemaVersion, 1);
    await store.close();
  });

  test("a database that cannot be reached is 'unavailable' with a reason and no password", async () => {
    const store = openPostgresCaseStore({
      connectionString: "postgres://doctor:s3cret-pass@127.0.0.1:1/none",
      schema: freshSchemaName(),
    });
    const reason = await store.check();
    assert.match(reason ?? "", /^PostgreSQL cannot be used: .*ECONNREFUSED/);
    assert.equal(reason?.includes("s3cret-pass"), false);
    await assert.rejects(store.createCase({ title: "x" }), { name: "CaseStoreError", code: "unavailable" });
    await store.close();
  });

  test("an unknown database is named as the reason", async () => {
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = "/no_such_database_here";
    const store = openPostgresCaseStore({ connectionString: url.toString(), schema: freshSchemaName() });
    assert.match((await store.check()) ?? "", /does not exist/);
    await store.close();
  });
});
