import { parseArgs } from "node:util";
import { diagnoseProbe } from "../diagnosis/diagnose-probe";
import { probeSettingsFromEnv } from "../smtp/probe-env";
import { probeInputSchema } from "../smtp/probe-input-schema";
import { runProbe } from "../smtp/run-probe";
import { ANALYZE_USAGE, runAnalyzeCommand } from "./analyze-command";
import { EXIT, exitCodeFor } from "./exit-codes";
import { formatDiagnosis } from "./format-diagnosis";
import { formatProbe } from "./format-probe";

const USAGE = `usage: npm run --silent cli -- probe --host H --port P --security none|starttls|tls
         [--user U (--password-env VAR | --token-env VAR)] [--allow-untrusted-cert]
         --from ADDR --to ADDR [--to ADDR ...] [--ehlo NAME] [--send] [--json]
Passwords and tokens are read from the environment variable you name, never from the command line.`;

class UsageError extends Error {}

function parseProbeArgs(argv: string[]) {
  let parsed: ReturnType<
    typeof parseArgs<{ options: typeof OPTIONS; strict: true; allowPositionals: false }>
  >;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
  } catch (err) {
    const message = (err as Error).message;
    if (/--password\b|--token\b/.test(message)) {
      throw new UsageError("secrets never go on the command line: use --password-env VAR or --token-env VAR");
    }
    throw new UsageError(message.split("\n")[0] ?? message);
  }
  const v = parsed.values;
  if (v["password-env"] && v["token-env"])
    throw new UsageError("use either --password-env or --token-env, not both");
  const secretVar = v["password-env"] ?? v["token-env"];
  let credentials: unknown;
  if (secretVar !== undefined) {
    if (!v.user) throw new UsageError(`--${v["password-env"] ? "password" : "token"}-env needs --user`);
    const secret = process.env[secretVar];
    if (!secret) throw new UsageError(`environment variable ${secretVar} is not set or empty`);
    credentials = v["password-env"]
      ? { kind: "password", username: v.user, password: secret }
      : { kind: "oauth2", username: v.user, accessToken: secret };
  } else if (v.user) {
    throw new UsageError("--user needs --password-env VAR or --token-env VAR");
  }
  const input = probeInputSchema.safeParse({
    host: v.host ?? "",
    port: v.port ?? "",
    security: v.security ?? "",
    credentials,
    allowUntrustedCert: v["allow-untrusted-cert"] ?? false,
    from: v.from ?? "",
    to: v.to ?? [],
    ehloName: v.ehlo,
    send: v.send ?? false,
  });
  if (!input.success) {
    const issue = input.error.issues[0];
    throw new UsageError(`--${issue?.path.join(".") || "input"}: ${issue?.message ?? "invalid"}`);
  }
  return { input: input.data, json: v.json ?? false };
}

const OPTIONS = {
  host: { type: "string" },
  port: { type: "string" },
  security: { type: "string" },
  user: { type: "string" },
  "password-env": { type: "string" },
  "token-env": { type: "string" },
  "allow-untrusted-cert": { type: "boolean" },
  from: { type: "string" },
  to: { type: "string", multiple: true },
  ehlo: { type: "string" },
  send: { type: "boolean" },
  json: { type: "boolean" },
} as const;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "analyze") {
    return runAnalyzeCommand(rest, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  }
  if (command === "--help" || command === "help" || rest.includes("--help")) {
    process.stdout.write(`${USAGE}\n${ANALYZE_USAGE}\n`);
    return EXIT.ok;
  }
  if (command !== "probe")
    throw new UsageError(command ? `unknown command "${command}"` : "no command given");
  const { input, json } = parseProbeArgs(rest);
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort());
  const result = await runProbe(input, { ...probeSettingsFromEnv(process.env), signal: controller.signal });
  const code = exitCodeFor(result);
  const diagnosis = diagnoseProbe(result);
  process.stdout.write(
    json
      ? `${JSON.stringify({ ...result, diagnosis })}\n`
      : `${formatProbe(result, code)}\n\n${formatDiagnosis(diagnosis)}\n`,
  );
  return code;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    if (err instanceof UsageError) {
      process.stderr.write(`error: ${err.message} (see --help)\n`);
      process.exitCode = EXIT.usage;
    } else {
      process.stderr.write(`internal error: ${(err as Error).message}\n`);
      process.exitCode = EXIT.internal;
    }
  },
);
