import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { probeInputSchema } from "../lib/smtp/probe-input-schema";
import { runProbe } from "../lib/smtp/run-probe";
import { policyFromEnv } from "../lib/smtp/target-policy";
import { measureAnalyzer } from "./analyze-time";
import { printCaseList } from "./case-list";
import { measureCliVsSwaks, type ProcessCost } from "./cli-vs-swaks";
import { printConcurrentProbes } from "./concurrent-probes";
import { startLatencyProxy } from "./latency-proxy";
import { measureFirstLoadJs } from "./page-weight";
import { measurePdfLoad } from "./pdf-load";
import { measurePdfMedian } from "./pdf-time";
import { RAW_ROUND_TRIPS, rawSmtpRun } from "./raw-smtp-client";
import { printStoreLoad } from "./store-load";

/**
 * Prints, side by side from one run: the engine's full staged probe (STARTTLS + AUTH) against a
 * loopback fixture vs a minimal raw-socket client doing the same commands, then both again with
 * 100 ms added to every server reply, against the ideal (round trips × 100 ms).
 */
const USER = "office@contoso.example";
const PASSWORD = "Corr3ct-Horse!";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/** Alternates the two contenders so drift in machine load hits both alike. */
async function sideBySide(runs: number, a: () => Promise<unknown>, b: () => Promise<unknown>) {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    ta.push(await time(a));
    tb.push(await time(b));
  }
  return { a: median(ta), b: median(tb) };
}

async function startFixtureProcess() {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/fixture-child.ts"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [line] = await createInterface({ input: child.stdout })
    [Symbol.asyncIterator]()
    .next()
    .then((r) => [r.value as string]);
  const { port, caCert } = JSON.parse(line ?? "{}") as { port: number; caCert: string };
  return { port, caCert, close: () => child.kill("SIGTERM") };
}

async function main() {
  const fixture = await startFixtureProcess();
  const { caCert } = fixture;
  const policy = policyFromEnv({ SMTP_DOCTOR_ALLOW_TARGETS: "127.0.0.0/8" });
  const noDns = { resolve4: async () => [], resolve6: async () => [], resolveMx: async () => [] };

  const engine = (port: number) => async () => {
    const input = probeInputSchema.parse({
      host: "127.0.0.1",
      port,
      security: "starttls",
      credentials: { kind: "password", username: USER, password: PASSWORD },
      from: USER,
      to: ["someone@contoso.example"],
      ehloName: "bench.example",
    });
    const result = await runProbe(input, { policy, resolver: noDns, trustedCa: [caCert] });
    if (result.outcome !== "ok") throw new Error(`engine run not ok: ${result.failedStage}`);
  };
  const raw = (port: number) => () =>
    rawSmtpRun({
      port,
      ca: caCert,
      user: USER,
      password: PASSWORD,
      from: USER,
      to: "someone@contoso.example",
    });

  // Warm-up: JIT, certificate parsing, module loading.
  for (let i = 0; i < 5; i++) {
    await engine(fixture.port)();
    await raw(fixture.port)();
  }
  const loop = await sideBySide(41, engine(fixture.port), raw(fixture.port));

  const delayMs = 100;
  const proxy = await startLatencyProxy({ host: "127.0.0.1", port: fixture.port }, delayMs);
  const slow = await sideBySide(5, engine(proxy.port), raw(proxy.port));
  const ideal = RAW_ROUND_TRIPS * delayMs;
  await proxy.close();
  const cli = measureCliVsSwaks(fixture.port, caCert);
  fixture.close();

  const row = (label: string, value: string) => console.log(`${label.padEnd(58)} ${value}`);
  console.log("probe engine benchmark (median; STARTTLS + AUTH LOGIN through RCPT, RSET, QUIT)");
  row("loopback: engine full staged run", `${loop.a.toFixed(2)} ms`);
  row("loopback: raw-socket script, same commands", `${loop.b.toFixed(2)} ms`);
  row("loopback: ratio engine / raw (goal <= 1.3)", `${(loop.a / loop.b).toFixed(2)}`);
  row(`+${delayMs} ms per reply: engine`, `${slow.a.toFixed(0)} ms`);
  row(`+${delayMs} ms per reply: raw-socket script`, `${slow.b.toFixed(0)} ms`);
  row(`+${delayMs} ms per reply: ideal (${RAW_ROUND_TRIPS} round trips x ${delayMs} ms)`, `${ideal} ms`);
  row("+latency: ratio engine / ideal (goal <= 1.05)", `${(slow.a / ideal).toFixed(3)}`);

  console.log("");
  console.log(
    "command-line tool vs swaks, whole process, same fixture and session (STARTTLS, AUTH LOGIN, MAIL, RCPT, QUIT); medians (CPU: means of the kernel's 10 ms ticks)",
  );
  if ("skipped" in cli) {
    row("command-line tool vs swaks", `skipped: ${cli.skipped}`);
  } else {
    const cost = (c: ProcessCost) =>
      `${c.wallMs.toFixed(0)} ms wall, ${c.cpuMs.toFixed(0)} ms CPU, ${c.peakMb.toFixed(1)} MB`;
    row("swaks", cost(cli.swaks));
    row("swaks --tls-verify (checks the certificate, as the tool does)", cost(cli.swaksVerifying));
    row("smtp-doctor (the bundle, run with node)", cost(cli.bundle));
    row("smtp-doctor (installed from npm pack, via its bin)", cost(cli.installed));
    row("node -e 0 (the floor of any node program)", cost(cli.nodeFloor));
    row("wall: bundle / swaks (goal <= 1.2)", (cli.bundle.wallMs / cli.swaks.wallMs).toFixed(2));
    row("wall: installed / swaks (goal <= 1.2)", (cli.installed.wallMs / cli.swaks.wallMs).toFixed(2));
    row("CPU: bundle / swaks (goal <= 2)", (cli.bundle.cpuMs / cli.swaks.cpuMs).toFixed(2));
    row(
      "wall: bundle / swaks --tls-verify (the same work)",
      (cli.bundle.wallMs / cli.swaksVerifying.wallMs).toFixed(2),
    );
    row("peak memory of the bundle (goal <= 60 MB)", `${cli.bundle.peakMb.toFixed(1)} MB`);
  }

  const analyzer = measureAnalyzer();
  console.log("");
  row(
    `analyzer: one reply, median over the ${analyzer.replies}-reply corpus`,
    `${analyzer.perReplyUs.toFixed(0)} µs`,
  );
  row("analyzer: a single regex test per reply (baseline)", `${analyzer.baselineUs.toFixed(2)} µs`);
  row("analyzer: 1,000 replies (goal <= 1,000 ms)", `${(analyzer.perReplyUs).toFixed(0)} ms`);

  const pdf = await measurePdfMedian();
  console.log("");
  row("PDF report of the founding case, median of 10 (goal <= 100 ms)", `${pdf.ms.toFixed(0)} ms`);
  row("PDF report of the founding case with its validation: pages (goal <= 4)", String(pdf.pages));

  // The not-found page has no client code of ours: what React and Next.js weigh on their own.
  const FLOOR = "/no-such-page";
  const weights = await measureFirstLoadJs(["/wizard", "/", FLOOR]);
  console.log("");
  console.log("first-load JavaScript (all scripts the browser fetched, gzip level 6)");
  for (const [path, bytes] of weights) {
    const label = path === FLOOR ? "framework floor (the not-found page)" : path;
    row(`${label}${path === "/wizard" ? " (goal <= 130 kB)" : ""}`, `${(bytes / 1024).toFixed(1)} kB`);
  }
  const floor = weights.get(FLOOR) ?? 0;
  const wizard = weights.get("/wizard") ?? 0;
  row("/wizard: our own code above the floor", `${((wizard - floor) / 1024).toFixed(1)} kB`);

  console.log("");
  console.log(
    "production server, 50 concurrent requests from one address (a static file, not queued, for comparison; then PDF downloads of 20-run cases)",
  );
  const { firstDownloadMs, loads } = await measurePdfLoad();
  row(
    "first PDF download after start (loads the route, starts render threads)",
    `${firstDownloadMs.toFixed(0)} ms`,
  );
  for (const load of loads) {
    const statuses = [...load.statuses].map(([status, count]) => `${count} x ${status}`).join(", ");
    row(`${load.label}: /api/health p99 (goal <= 50 ms)`, `${load.healthP99Ms.toFixed(1)} ms`);
    row(
      `${load.label}: /api/health worst, requests, errors`,
      `${load.healthMaxMs.toFixed(1)} ms, ${load.healthRequests}, ${load.healthErrors}`,
    );
    row(
      `${load.label}: downloads (all 50 done in)`,
      `${statuses} (${(load.downloadsMs / 1000).toFixed(1)} s)`,
    );
    row(
      `${load.label}: server RSS before -> peak`,
      `${load.rssBeforeMb.toFixed(0)} -> ${load.rssPeakMb.toFixed(0)} MB`,
    );
  }

  await printConcurrentProbes();
  await printStoreLoad();
  await printCaseList(row);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
