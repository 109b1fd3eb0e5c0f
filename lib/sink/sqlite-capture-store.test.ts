import { afterEach } from "node:test";
import { openSqliteCaseStore } from "../reports/sqlite-case-store";
import { tempDatabase } from "../reports/testing/temp-store";
import { openSqliteCaptureStore } from "./sqlite-capture-store";
import { captureStoreContract } from "./testing/capture-store-contract";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

captureStoreContract("SQLite", async () => {
  const db = tempDatabase();
  const cases = openSqliteCaseStore({ file: db.file });
  const captures = openSqliteCaptureStore(db.file);
  cleanups.push(
    db.cleanup,
    () => cases.close(),
    () => captures.close(),
  );
  return { cases, captures };
});
