import { after } from "node:test";
import { openPostgresCaseStore } from "../reports/postgres-case-store";
import { dropSchema, freshSchemaName, TEST_DATABASE_URL } from "../reports/testing/postgres-test-db";
import { openPostgresWorkspaceStore } from "./postgres-workspace-store";
import { workspaceStoreContract } from "./testing/workspace-contract";

const schemas: string[] = [];
after(async () => {
  for (const schema of schemas) await dropSchema(schema);
});

workspaceStoreContract("PostgreSQL", async () => {
  const schema = freshSchemaName();
  schemas.push(schema);
  const cases = openPostgresCaseStore({ connectionString: TEST_DATABASE_URL, schema });
  const workspace = openPostgresWorkspaceStore({
    connectionString: TEST_DATABASE_URL,
    schema,
    ready: cases.check(),
  });
  return { cases, workspace };
});
