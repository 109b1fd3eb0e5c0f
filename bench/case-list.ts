import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { openSqliteCaseStore } from "../lib/reports/sqlite-case-store";
import { openSqliteWorkspaceStore } from "../lib/staff/sqlite-workspace-store";
import type { CaseListQuery, CaseSummary } from "../lib/staff/workspace-store";

/**
 * The staff case list (/cases) over 100,000 cases in the embedded SQLite store: the first page,
 * a page 2,000 pages deep (keyset: it should cost what the first does), a status filter, and a
 * search for words that only 1 % of cases hold. Cases are written straight into the tables (the
 * list reads only them), each with its summary, as the app keeps them.
 */
const CASES = 100_000;
const PAGE = 25;
const SAMPLES = 30;

const DEVICES = [
  "Sharp MX-4070N",
  "Canon iR-ADV C5535",
  "Ricoh IM C3000",
  "Kyocera TASKalfa 3554ci",
  "HP M528",
];
const CAUSES = [
  { id: "ip-blocklisted", title: "The sending IP address is on a blocklist" },
  { id: "auth-failed", title: "The server rejected the username or password" },
  { id: "connect-timeout", title: "The connection timed out" },
];

function seed(file: string) {
  openSqliteCaseStore({ file }).close();
  const db = new Database(file);
  const insertCase = db.prepare(
    "INSERT INTO cases (id, created_at, updated_at, revision, ref, body) VALUES (?, ?, ?, 1, ?, ?)",
  );
  const insertSummary = db.prepare(
    "INSERT INTO case_summaries (case_id, revision, status, body, search) VALUES (?, 1, ?, ?, ?)",
  );
  const start = Date.parse("2026-01-01T00:00:00Z");
  db.transaction(() => {
    for (let i = 0; i < CASES; i++) {
      const id = `bench-${i.toString(36).padStart(8, "0")}`;
      const at = new Date(start + i * 60_000).toISOString();
      const device = DEVICES[i % DEVICES.length] ?? "";
      const cause = CAUSES[i % CAUSES.length] ?? null;
      const rare = i % 100 === 7 ? " spamhaus zen.spamhaus.org" : "";
      const summary: CaseSummary = {
        status: i % 3 === 0 ? "resolved" : "failing",
        device,
        site: `Site ${i % 997}`,
        server: "smtp.office365.com:587",
        senderDomain: `customer${i % 5000}.example`,
        rootCause: cause,
      };
      const title = `${device} scan to email`;
      insertCase.run(id, at, at, 1001 + i, JSON.stringify({ schemaVersion: 1, title, context: {} }));
      insertSummary.run(
        id,
        summary.status,
        JSON.stringify(summary),
        `sd-${1001 + i}\n${title}\n${device}\nsite ${i % 997}\nsmtp.office365.com:587\ncustomer${i % 5000}.example\n${cause?.title ?? ""}${rare}`.toLowerCase(),
      );
    }
  })();
  db.close();
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
}

export async function measureCaseList(): Promise<{ label: string; ms: number; rows: number }[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "smtp-doctor-list-"));
  const file = path.join(dir, "bench.db");
  try {
    seed(file);
    const workspace = openSqliteWorkspaceStore(file);
    const deep = await (async () => {
      // The cursor of page 2,000: read by walking the index once, as a user paging would.
      const db = new Database(file, { readonly: true });
      const row = db
        .prepare("SELECT id, updated_at FROM cases ORDER BY updated_at DESC, id DESC LIMIT 1 OFFSET ?")
        .get(PAGE * 2_000 - 1) as { id: string; updated_at: string };
      db.close();
      return { updatedAt: row.updated_at, id: row.id };
    })();
    const queries: [string, CaseListQuery][] = [
      ["first page", { limit: PAGE }],
      ["page 2,001 (keyset)", { limit: PAGE, after: deep }],
      ["status filter (open)", { limit: PAGE, status: "open" }],
      ["search, words in 1 % of cases", { limit: PAGE, q: "zen.spamhaus.org ricoh" }],
      // The worst case: nothing matches, so every summary is read (LIKE, no full-text index yet).
      ["search, no case matches", { limit: PAGE, q: "no-such-word" }],
    ];
    const results = [];
    for (const [label, query] of queries) {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < SAMPLES + 3; i++) {
        const started = performance.now();
        rows = (await workspace.listCases(query)).items.length;
        if (i >= 3) times.push(performance.now() - started);
      }
      results.push({ label, ms: median(times), rows });
    }
    await workspace.close();
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function printCaseList(row: (label: string, value: string) => void): Promise<void> {
  console.log(`\ncase list (/cases) over ${CASES.toLocaleString("en")} cases, SQLite, median of ${SAMPLES}`);
  for (const { label, ms, rows } of await measureCaseList()) {
    row(`${label} (${rows} rows)`, `${ms.toFixed(2)} ms`);
  }
}
