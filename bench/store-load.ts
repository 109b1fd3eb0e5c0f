import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { CaseStore } from "../lib/reports/case-store";
import { openPostgresCaseStore } from "../lib/reports/postgres-case-store";
import { buildReportModel } from "../lib/reports/report-model";
import { openSqliteCaseStore } from "../lib/reports/sqlite-case-store";
import { sampleNewRun } from "../lib/reports/testing/sample-run";

/**
 * Case save (the wizard's "Save as a case": case, run and owner link in one unit of work) and
 * report load (what /r/<token> reads: the link, the case, its runs and checks, then the model), on
 * each store with 10,000 cases already in it. PostgreSQL is the machine's (DATABASE_URL for the
 * bench, else 127.0.0.1:5432/test), in a schema of its own that is dropped afterwards.
 */
const CASES = 10_000;
const SAMPLES = 300;

export type StoreLoad = {
  store: string;
  seedSeconds: number;
  save: { p50: number; p95: number };
  load: { p50: number; p95: number };
};

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function saveOne(store: CaseStore, i: number): Promise<string> {
  return store.transaction(async (tx) => {
    const created = await tx.createCase({ title: `Bench case ${i}`, context: { device: "Sharp MX-4070N" } });
    await tx.appendRun(created.id, sampleNewRun(`bench-${i}`));
    await tx.createShareLink(created.id, { kind: "owner" });
    const { token } = await tx.createShareLink(created.id, { kind: "report" });
    return token;
  });
}

async function measure(name: string, store: CaseStore): Promise<StoreLoad> {
  const seeded = performance.now();
  const tokens: string[] = [];
  for (let i = 0; i < CASES; i++) tokens.push(await saveOne(store, i));
  const seedSeconds = (performance.now() - seeded) / 1000;

  const saves: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    await saveOne(store, CASES + i);
    saves.push(performance.now() - started);
  }
  const loads: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const token = tokens[Math.floor(Math.random() * tokens.length)] ?? "";
    const started = performance.now();
    const resolved = await store.resolveShareToken(token);
    if (resolved?.status !== "ok") throw new Error("a seeded report link did not open");
    const runs = await store.listRuns(resolved.case.id);
    const siteChecks = await store.listSiteChecks(resolved.case.id);
    buildReportModel(resolved.case, runs, { viewer: "report", siteChecks });
    loads.push(performance.now() - started);
  }
  return {
    store: name,
    seedSeconds,
    save: { p50: percentile(saves, 50), p95: percentile(saves, 95) },
    load: { p50: percentile(loads, 50), p95: percentile(loads, 95) },
  };
}

export async function measureStoreLoad(): Promise<StoreLoad[]> {
  const results: StoreLoad[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), "smtp-doctor-bench-store-"));
  const sqlite = openSqliteCaseStore({ file: path.join(dir, "cases.db") });
  try {
    results.push(await measure("SQLite (embedded default)", sqlite));
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const url = process.env.SMTP_DOCTOR_BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const schema = `bench_${randomBytes(4).toString("hex")}`;
  const postgres = openPostgresCaseStore({ connectionString: url, schema });
  try {
    const problem = await postgres.check();
    if (problem !== null) throw new Error(problem);
    results.push(await measure("PostgreSQL", postgres));
  } finally {
    await postgres.close();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
  return results;
}

export async function printStoreLoad(): Promise<void> {
  const row = (label: string, value: string) => console.log(`${label.padEnd(58)} ${value}`);
  console.log("");
  console.log(`case store with ${CASES.toLocaleString("en")} cases (${SAMPLES} samples each)`);
  for (const result of await measureStoreLoad()) {
    row(`${result.store}: seeding ${CASES.toLocaleString("en")} cases`, `${result.seedSeconds.toFixed(1)} s`);
    row(
      `${result.store}: case save p50 / p95`,
      `${result.save.p50.toFixed(2)} / ${result.save.p95.toFixed(2)} ms`,
    );
    row(
      `${result.store}: report load p50 / p95`,
      `${result.load.p50.toFixed(2)} / ${result.load.p95.toFixed(2)} ms`,
    );
  }
}

// `npx tsx bench/store-load.ts` runs this part alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  printStoreLoad().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
