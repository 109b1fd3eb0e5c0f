import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * The command-line tool against swaks, whole process, side by side against the same loopback
 * fixture doing the same session (STARTTLS, AUTH LOGIN, MAIL, RCPT, QUIT), runs interleaved:
 * wall time, CPU (user + system) and peak memory per run, medians. Three commands: swaks, the
 * bundle run with node, and the command as npm installs it from the packed tarball (through its
 * bin shim). Needs the bundle (npm run build:cli), swaks and GNU time (apt packages swaks, time).
 */

export type ProcessCost = { wallMs: number; cpuMs: number; peakMb: number };
export type CliBench =
  | { skipped: string }
  | {
      runs: number;
      swaks: ProcessCost;
      /** swaks checking the server's certificate against the fixture's CA, as the tool always does. */
      swaksVerifying: ProcessCost;
      bundle: ProcessCost;
      installed: ProcessCost;
      nodeFloor: ProcessCost;
    };

const USER = "office@contoso.example";
const PASSWORD = "Corr3ct-Horse!";
const BUNDLE = path.resolve("lib/cli/package/smtp-doctor.cjs");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * One run under GNU time: user + system CPU and peak resident memory of the whole process, and the
 * wall time around it read from a monotonic clock here (GNU time prints it in hundredths of a
 * second, too coarse beside swaks's hundred milliseconds; the few hundred microseconds GNU time
 * itself takes are in every command's figure alike).
 */
function measure(command: string, args: string[], env: NodeJS.ProcessEnv, expectExit = 0): ProcessCost {
  const started = process.hrtime.bigint();
  const out = spawnSync("/usr/bin/time", ["-f", "@@ %e %U %S %M", command, ...args], {
    env,
    encoding: "utf8",
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const line = /@@ ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(out.stderr);
  if (!line || out.status !== expectExit) {
    throw new Error(`${path.basename(command)} exited ${out.status}: ${out.stderr.slice(-400)}`);
  }
  return {
    wallMs,
    cpuMs: (Number(line[2]) + Number(line[3])) * 1000,
    peakMb: Number(line[4]) / 1024,
  };
}

function mean(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * Medians of wall time and memory; the mean of CPU, which the kernel counts in 10 ms ticks (a
 * median of ticks would only ever say 100, 110 or 120 ms).
 */
function summarise(costs: ProcessCost[]): ProcessCost {
  return {
    wallMs: median(costs.map((c) => c.wallMs)),
    cpuMs: mean(costs.map((c) => c.cpuMs)),
    peakMb: median(costs.map((c) => c.peakMb)),
  };
}

export function measureCliVsSwaks(port: number, caCert: string, runs = 21): CliBench {
  if (!existsSync("/usr/bin/swaks")) return { skipped: "swaks is not installed (apt-get install swaks)" };
  if (!existsSync("/usr/bin/time")) return { skipped: "GNU time is not installed (apt-get install time)" };
  if (!existsSync(BUNDLE)) return { skipped: "no bundle: run npm run build:cli first" };
  const work = mkdtempSync(path.join(tmpdir(), "smtp-doctor-cli-bench-"));
  try {
    const ca = path.join(work, "ca.pem");
    writeFileSync(ca, caCert);
    // The installed command: the packed tarball installed into an empty folder, run via its bin.
    execFileSync("npm", ["pack", "--silent", "--pack-destination", work], { cwd: path.dirname(BUNDLE) });
    const tarball = readdirSync(work).find((name) => name.endsWith(".tgz")) ?? "";
    const project = path.join(work, "installed");
    mkdirSync(project);
    execFileSync("npm", ["install", "--silent", "--no-audit", "--no-fund", path.join(work, tarball)], {
      cwd: project,
    });
    const installed = path.join(project, "node_modules", ".bin", "smtp-doctor");

    // A machine-wide NODE_EXTRA_CA_CERTS (this one has the whole system store there) costs every
    // node process tens of milliseconds at start; it is not the tool's to pay.
    const { NODE_EXTRA_CA_CERTS: _machineWide, ...base } = process.env;
    const env = {
      ...base,
      SMTP_DOCTOR_ALLOW_TARGETS: "127.0.0.0/8",
      SMTP_DOCTOR_EXTRA_CA_FILE: ca,
      SMTP_DOCTOR_BENCH_PASSWORD: PASSWORD,
    };
    const probe = [
      "probe",
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
      "--security",
      "starttls",
      "--user",
      USER,
      "--password-env",
      "SMTP_DOCTOR_BENCH_PASSWORD",
      "--from",
      USER,
      "--to",
      "someone@contoso.example",
    ];
    const swaksArgs = [
      "--server",
      `127.0.0.1:${port}`,
      "--tls",
      "--auth",
      "LOGIN",
      "--auth-user",
      USER,
      "--auth-password",
      PASSWORD,
      "--from",
      USER,
      "--to",
      "someone@contoso.example",
      "--quit-after",
      "RCPT",
      "--silent",
      "3",
    ];
    const costs = {
      swaks: [] as ProcessCost[],
      swaksVerifying: [] as ProcessCost[],
      bundle: [] as ProcessCost[],
      installed: [] as ProcessCost[],
      floor: [] as ProcessCost[],
    };
    for (let i = 0; i < runs + 2; i++) {
      const round = {
        swaks: measure("/usr/bin/swaks", swaksArgs, env),
        swaksVerifying: measure("/usr/bin/swaks", [...swaksArgs, "--tls-verify", "--tls-ca-path", ca], env),
        bundle: measure(process.execPath, [BUNDLE, ...probe], env),
        installed: measure(installed, probe, env),
        floor: measure(process.execPath, ["-e", "0"], env),
      };
      // The first two rounds warm the disk cache and the fixture.
      if (i < 2) continue;
      costs.swaks.push(round.swaks);
      costs.swaksVerifying.push(round.swaksVerifying);
      costs.bundle.push(round.bundle);
      costs.installed.push(round.installed);
      costs.floor.push(round.floor);
    }
    return {
      runs,
      swaks: summarise(costs.swaks),
      swaksVerifying: summarise(costs.swaksVerifying),
      bundle: summarise(costs.bundle),
      installed: summarise(costs.installed),
      nodeFloor: summarise(costs.floor),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
