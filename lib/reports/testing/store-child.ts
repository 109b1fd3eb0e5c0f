import { createInterface } from "node:readline";
import { openSqliteCaseStore } from "../sqlite-case-store";
import { sampleNewRun } from "./sample-run";

/**
 * Run by store tests as a separate process: `create FILE` makes a case with two runs and a share
 * link and prints them; `append FILE CASE N` opens the store, prints "ready", waits for "go" on
 * stdin (so every child appends at the same moment), appends N runs and prints their seqs.
 */
const [command, file, caseId, count] = process.argv.slice(2);
if (file === undefined) throw new Error("usage: store-child create|append FILE [CASE N]");
const store = openSqliteCaseStore({ file });

if (command === "create") {
  const created = await store.createCase({
    title: "From a child process",
    context: { device: "Sharp MX-4070N" },
  });
  const first = await store.appendRun(created.id, sampleNewRun("child-1"));
  await store.appendRun(created.id, {
    ...sampleNewRun("child-2"),
    kind: "validation",
    validatesRunId: first.id,
  });
  const { token } = await store.createShareLink(created.id, { kind: "report" });
  process.stdout.write(`${JSON.stringify({ caseId: created.id, token })}\n`);
} else if (command === "append" && caseId !== undefined) {
  process.stdout.write("ready\n");
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) if (line === "go") break;
  lines.close();
  const seqs: number[] = [];
  for (let i = 0; i < Number(count); i++) {
    seqs.push((await store.appendRun(caseId, sampleNewRun(`pid-${process.pid}-${i}`))).seq);
  }
  process.stdout.write(`${JSON.stringify(seqs)}\n`);
} else {
  throw new Error(`unknown command ${command}`);
}
await store.close();
