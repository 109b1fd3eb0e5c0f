import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CaseStore } from "../lib/reports/case-store";
import { openSqliteCaseStore } from "../lib/reports/sqlite-case-store";
import { DATABASE_FILE_NAME } from "../lib/reports/store-env";
import { recordFoundingCase } from "../lib/reports/testing/founding-case";
import { tempDatabase } from "../lib/reports/testing/temp-store";

/**
 * The production server (server.mjs on a spare port) while 50 PDF downloads of 20-run cases run
 * at once from one address: how long /api/health takes meanwhile (p99 of a probe every 10 ms),
 * what the downloads got, and the server's memory. Two loads: all 50 for one case (the cache and
 * one shared render answer them), and 50 different cases (every download wants its own render:
 * the pool renders what its queue holds and refuses the rest with 503). Limits are raised so the
 * renderer, not the rate limit, is what is measured. Needs a production build.
 */

export type PdfLoadResult = {
  label: string;
  healthP99Ms: number;
  healthMaxMs: number;
  healthRequests: number;
  /** Health requests that failed outright (reset, refused): each one a failure of the server. */
  healthErrors: number;
  /** HTTP status → downloads that got it; 0 for none (connection reset or refused). */
  statuses: Map<number, number>;
  downloadsMs: number;
  rssBeforeMb: number;
  rssPeakMb: number;
};

const RUNS_PER_CASE = 20;
const DOWNLOADS = 50;

/** Founding-case runs (real probes against the fixtures), repeated to 20 in each case. */
async function prepareCases(store: CaseStore, cases: number): Promise<string[]> {
  const founding = await recordFoundingCase(store);
  const tokens: string[] = [];
  for (let c = 0; c < cases; c++) {
    const created = await store.createCase({ title: `${founding.theCase.title} (${c + 1})` });
    for (let i = 0; i < RUNS_PER_CASE; i++) {
      const run = founding.runs[i % founding.runs.length];
      if (!run) continue;
      await store.appendRun(created.id, {
        kind: i === 0 ? "initial" : "validation",
        result: run.result,
        diagnosis: run.diagnosis,
        network: run.network,
      });
    }
    tokens.push((await store.createShareLink(created.id, { kind: "report" })).token);
  }
  return tokens;
}

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export async function measurePdfLoad(): Promise<{ firstDownloadMs: number; loads: PdfLoadResult[] }> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npm run build` first");
  const db = tempDatabase();
  const store = openSqliteCaseStore({ file: path.join(db.dir, DATABASE_FILE_NAME) });
  const [shared = ""] = await prepareCases(store, 1);
  const [warm = ""] = await prepareCases(store, 1);
  const distinct = await prepareCases(store, DOWNLOADS);
  await store.close();

  const port = 3191;
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ["server.mjs"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      SMTP_DOCTOR_DATA_DIR: db.dir,
      SMTP_DOCTOR_LIMIT_PDF_PER_CLIENT: "100000",
      SMTP_DOCTOR_LIMIT_PDF_PER_LINK: "100000",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.stdout?.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("listening")) resolve();
      });
      server.once("exit", () => reject(new Error("the app server exited")));
    });
    const pid = server.pid ?? 0;
    // Warm-up: the health route compiled and loaded once, as on a server that has been up a while.
    for (let i = 0; i < 5; i++) await (await fetch(`${base}/api/health`)).arrayBuffer();
    // Steady state: one download of a case of its own first loads the PDF route's code and starts
    // the render threads, a cost paid once per process (measured on its own line below).
    const coldStarted = performance.now();
    await (await fetch(`${base}/api/report/${warm}/pdf`)).arrayBuffer();
    const firstDownloadMs = performance.now() - coldStarted;

    const run = async (label: string, paths: string[]): Promise<PdfLoadResult> => {
      const rssBeforeMb = rssMb(pid);
      let rssPeakMb = rssBeforeMb;
      const statuses = new Map<number, number>();
      const started = performance.now();
      let done = false;
      const downloads = Promise.all(
        paths.map(async (requestPath) => {
          // 0: no HTTP answer at all (connection reset or refused).
          let status = 0;
          try {
            const response = await fetch(`${base}${requestPath}`);
            await response.arrayBuffer();
            status = response.status;
          } catch {}
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }),
      ).finally(() => {
        done = true;
      });
      // Open loop, as a load balancer probes: one health request every 10 ms whatever the last
      // one is doing, so a stall is sampled as often as it lasts (a back-to-back loop would take
      // one slow sample and hide the rest of the stall behind it).
      const health: number[] = [];
      let healthErrors = 0;
      const probes: Promise<void>[] = [];
      while (!done) {
        const t = performance.now();
        probes.push(
          fetch(`${base}/api/health`)
            .then((response) => response.arrayBuffer())
            .then(
              () => {
                health.push(performance.now() - t);
              },
              () => {
                healthErrors++;
              },
            ),
        );
        rssPeakMb = Math.max(rssPeakMb, rssMb(pid));
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await Promise.all(probes);
      await downloads;
      return {
        label,
        healthP99Ms: percentile(health, 99),
        healthMaxMs: Math.max(...health),
        healthRequests: health.length,
        healthErrors,
        statuses,
        downloadsMs: performance.now() - started,
        rssBeforeMb,
        rssPeakMb,
      };
    };
    const pdf = (token: string) => `/api/report/${token}/pdf`;
    const loads = [
      // For comparison: 50 requests at once that server.mjs does not queue (a static file) still
      // hold /api/health up behind them; PDF downloads are handed over one per turn.
      await run(
        "50 static-file requests (not queued, for comparison)",
        Array.from({ length: DOWNLOADS }, () => "/icon.svg"),
      ),
      await run(
        "one 20-run case",
        Array.from({ length: DOWNLOADS }, () => pdf(shared)),
      ),
      await run("50 different 20-run cases", distinct.map(pdf)),
    ];
    return { firstDownloadMs, loads };
  } finally {
    // Next.js finishes in-flight requests on SIGTERM; a stuck one must not keep the port.
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    const forced = setTimeout(() => server.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(forced);
    db.cleanup();
  }
}
