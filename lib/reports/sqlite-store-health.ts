import { closeSync, openSync, readSync, type Stats, statSync } from "node:fs";
import type Database from "better-sqlite3";
import { type CaseStore, CaseStoreError } from "./case-store";

/**
 * Whether the SQLite case database can be used, in words an operator can act on. Opening runs the
 * thorough check (every page read by quick_check); `watchDatabaseFile` is the cheap one (a stat and
 * the 100-byte header) that runs before every store call and on every health check, because SQLite
 * itself notices a deleted, replaced or overwritten file late or never: a save into a deleted
 * file succeeds and is lost. Reasons are one line and name no path (the health check is public).
 */

const HEADER_MAGIC = "SQLite format 3\0";

const FS_HINTS: Record<string, string> = {
  ENOTDIR: "a file is in the way",
  EEXIST: "a file is in the way",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
  ENOSPC: "disk full",
};

/** SQLite result codes (extended ones start with these) that mean the database itself is unusable. */
const SQLITE_REASONS: [prefix: string, reason: string][] = [
  ["SQLITE_CANTOPEN", "cannot open or create the database file (is the data folder writable?)"],
  ["SQLITE_READONLY", "the database file is read-only"],
  ["SQLITE_NOTADB", "the file is not an SQLite database (its header is overwritten?)"],
  ["SQLITE_CORRUPT", "the database file is damaged (truncated or overwritten)"],
  ["SQLITE_FULL", "the disk is full"],
  ["SQLITE_IOERR", "the database file cannot be read or written"],
];

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

function firstLine(text: string): string {
  const line = text.split("\n", 1)[0] ?? "";
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

/** The reason a SQLite failure makes the store unusable, or null for any other error (a bug, a bad row). */
export function unusableReason(error: unknown): string | null {
  const code = errorCode(error);
  const known = SQLITE_REASONS.find(([prefix]) => code.startsWith(prefix));
  return known ? `${known[1]} (${code})` : null;
}

/** One line for whatever stopped the store from opening. */
export function describeOpenFailure(error: unknown): string {
  if (error instanceof CaseStoreError) return error.message;
  const code = errorCode(error);
  if ((error as { syscall?: unknown }).syscall === "mkdir") {
    return `cannot create the data folder (${code}${FS_HINTS[code] ? `: ${FS_HINTS[code]}` : ""})`;
  }
  return unusableReason(error) ?? firstLine(error instanceof Error ? error.message : String(error));
}

/**
 * The thorough check at open: every page of every table read once. A truncated file opens and
 * migrates fine (only the header is read); its first query past the cut fails instead.
 */
export function assertIntact(db: Database.Database): void {
  const verdict = String(db.pragma("quick_check", { simple: true }));
  if (verdict !== "ok") {
    throw new CaseStoreError(
      "unavailable",
      `the database file is damaged (truncated or overwritten): ${firstLine(verdict)}`,
    );
  }
}

function readHeader(file: string): Buffer {
  const header = Buffer.alloc(100);
  const fd = openSync(file, "r");
  try {
    const read = readSync(fd, header, 0, header.length, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * The cheap check for the file just opened: is it still there, the same file, with its header,
 * and no shorter than it has been? SQLite only grows the main file (we never VACUUM), so a smaller
 * file is a truncated one; a header page count would race another process's checkpoint.
 */
export function watchDatabaseFile(file: string): () => string | null {
  const opened: Stats = statSync(file);
  let largest = opened.size;
  return () => {
    let stats: Stats;
    let header: Buffer;
    try {
      stats = statSync(file);
      header = readHeader(file);
    } catch (error) {
      const code = errorCode(error);
      return code === "ENOENT"
        ? "the database file is gone (deleted while the server runs)"
        : `cannot read the database file (${code || "unknown error"})`;
    }
    if (stats.dev !== opened.dev || stats.ino !== opened.ino) {
      return "the database file was replaced while the server runs (restart to open the new one)";
    }
    if (header.length < 100 || header.toString("latin1", 0, 16) !== HEADER_MAGIC) {
      return "the file is not an SQLite database any more (its header is overwritten)";
    }
    if (stats.size < largest) return `the database file is truncated (${stats.size} of ${largest} bytes)`;
    largest = stats.size;
    return null;
  };
}

type Method = (...args: unknown[]) => Promise<unknown>;

/**
 * Every store call checks the file first and names an unusable database as such
 * (`CaseStoreError("unavailable")`), so the routes answer 503 instead of a bare 500 — or, worse,
 * a save that succeeds into a deleted file.
 */
export function guardUsable(store: CaseStore, problem: () => string | null): CaseStore {
  const guarded: Record<string, Method> = {};
  for (const [name, method] of Object.entries(store) as [string, Method][]) {
    if (name === "check" || name === "close") {
      guarded[name] = method;
      continue;
    }
    guarded[name] = async (...args) => {
      const reason = problem();
      if (reason !== null) throw new CaseStoreError("unavailable", reason);
      try {
        return await method(...args);
      } catch (error) {
        const unusable = unusableReason(error);
        throw unusable === null ? error : new CaseStoreError("unavailable", unusable);
      }
    };
  }
  return guarded as unknown as CaseStore;
}
