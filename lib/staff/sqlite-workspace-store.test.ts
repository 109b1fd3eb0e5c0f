import { afterEach } from "node:test";
import { openSqliteCaseStore } from "../reports/sqlite-case-store";
import { tempDatabase } from "../reports/testing/temp-store";
import { openSqliteWorkspaceStore } from "./sqlite-workspace-store";
import { workspaceStoreContract } from "./testing/workspace-contract";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

workspaceStoreContract("SQLite", async () => {
  const db = tempDatabase();
  cleanups.push(db.cleanup);
  const cases = openSqliteCaseStore({ file: db.file });
  return { cases, workspace: openSqliteWorkspaceStore(db.file) };
});
