import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { probeInputSchema } from "../lib/smtp/probe-input-schema";
import { runProbe } from "../lib/smtp/run-probe";
import { policyFromEnv } from "../lib/smtp/target-policy";

/**
 * 50 probes at once against one loopback fixture (its own process, STARTTLS + AUTH LOGIN through
 * RCPT) vs the same probe alone: per-probe p50/p95, the peak RSS of this process, and errors (a
 * run that is not "ok" or throws). The engine alone, without the rate limits a web request meets.
 */
const CONCURRENT = 50;
const SINGLE_RUNS = 20;
const USER = "office@contoso.example";
const PASSWORD = "Corr3ct-Horse!";

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function startFixtureProcess() {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/fixture-child.ts"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const first = await createInterface({ input: child.stdout })[Symbol.asyncIterator]().next();
  const { port, caCert } = JSON.parse((first.value as string | undefined) ?? "{}") as {
    port: number;
    caCert: string;
  };
  return { port, caCert, close: () => child.kill("SIGTERM") };
}

export async function printConcurrentProbes(): Promise<void> {
  const fixture = await startFixtureProcess();
  const policy = policyFromEnv({ SMTP_DOCTOR_ALLOW_TARGETS: "127.0.0.0/8" });
  const noDns = { resolve4: async () => [], resolve6: async () => [], resolveMx: async () => [] };
  const input = probeInputSchema.parse({
    host: "127.0.0.1",
    port: fixture.port,
    security: "starttls",
    credentials: { kind: "password", username: USER, password: PASSWORD },
    from: USER,
    to: ["someone@contoso.example"],
    ehloName: "bench.example",
  });
  let errors = 0;
  const probe = async (): Promise<number> => {
    const started = performance.now();
    try {
      const result = await runProbe(input, { policy, resolver: noDns, trustedCa: [fixture.caCert] });
      if (result.outcome !== "ok") errors += 1;
    } catch {
      errors += 1;
    }
    return performance.now() - started;
  };

  for (let i = 0; i < 5; i++) await probe(); // warm-up
  errors = 0;
  const single: number[] = [];
  for (let i = 0; i < SINGLE_RUNS; i++) single.push(await probe());
  const singleErrors = errors;

  errors = 0;
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }, 10);
  const wallStarted = performance.now();
  const together = await Promise.all(Array.from({ length: CONCURRENT }, probe));
  const wall = performance.now() - wallStarted;
  clearInterval(sampler);
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  fixture.close();

  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const ms = (values: number[]) =>
    `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms`;
  const row = (label: string, value: string) => console.log(`${label.padEnd(58)} ${value}`);
  console.log("");
  console.log(`concurrent probes (STARTTLS + AUTH LOGIN through RCPT, loopback fixture in its own process)`);
  row(`one probe at a time (${SINGLE_RUNS} runs)`, `${ms(single)}, ${singleErrors} errors`);
  row(`${CONCURRENT} probes at once`, `${ms(together)}, ${errors} errors, all done in ${wall.toFixed(0)} ms`);
  row(`${CONCURRENT} probes at once: RSS before -> peak`, `${mb(rssBefore)} -> ${mb(rssPeak)}`);
}
