import { after } from "node:test";
import { openPostgresCaseStore } from "../reports/postgres-case-store";
import { dropSchema, freshSchemaName, TEST_DATABASE_URL } from "../reports/testing/postgres-test-db";
import { openPostgresCaptureStore } from "./postgres-capture-store";
import { captureStoreContract } from "./testing/capture-store-contract";

const schemas: string[] = [];
const closers: (() => Promise<void>)[] = [];
after(async () => {
  for (const close of closers) await close();
  for (const schema of schemas) await dropSchema(schema);
});

captureStoreContract("PostgreSQL", async () => {
  const schema = freshSchemaName();
  schemas.push(schema);
  const cases = openPostgresCaseStore({ connectionString: TEST_DATABASE_URL, schema });
  const captures = openPostgresCaptureStore({
    connectionString: TEST_DATABASE_URL,
    schema,
    ready: cases.check(),
  });
  closers.push(
    () => captures.close(),
    () => cases.close(),
  );
  return { cases, captures };
});
