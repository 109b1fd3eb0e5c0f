import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface, type Interface } from "node:readline";
import { fileURLToPath } from "node:url";

/** A fresh folder per test for a real SQLite file; `cleanup` removes it. */
export function tempDatabase(): { dir: string; file: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "smtp-doctor-store-"));
  return {
    dir,
    file: path.join(dir, "cases.db"),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Every byte SQLite left in the folder (main file, WAL, shared memory), for "never stored" checks. */
export function databaseBytes(dir: string): string {
  return readdirSync(dir)
    .map((name) => readFileSync(path.join(dir, name)).toString("latin1"))
    .join("\n");
}

const CHILD = fileURLToPath(new URL("./store-child.ts", import.meta.url));

export type StoreChild = {
  lines: Interface;
  nextLine: () => Promise<string>;
  send: (line: string) => void;
  closeInput: () => void;
  exited: Promise<number | null>;
};

/** Starts `store-child.ts` in its own Node process (a real second connection, a real restart). */
export function spawnStoreChild(args: string[]): StoreChild {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, ...args], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout });
  const iterator = lines[Symbol.asyncIterator]();
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    lines,
    async nextLine() {
      const next = await iterator.next();
      if (next.done) throw new Error(`store child ${args.join(" ")} ended without output`);
      return next.value;
    },
    send: (line) => child.stdin.write(`${line}\n`),
    closeInput: () => child.stdin.end(),
    exited,
  };
}
