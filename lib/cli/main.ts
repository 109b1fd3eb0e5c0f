import { parseArgs } from "node:util";
import { probeInputSchema } from "../smtp/probe-input-schema";
import { uploadTargetOf } from "./case-upload";
import { EXIT, exitCodeFor } from "./exit-codes";

// Loaded when a command needs them, not at start: a probe connects first and reads the diagnosis
// engine (the largest part of the tool) only once the server has answered, and --version or a
// usage error loads nothing else at all.

/** Set by the bundler (scripts/build-cli.mjs); "dev" when run from source with tsx. */
const VERSION = process.env.SMTP_DOCTOR_CLI_VERSION ?? "dev";

const USAGE = `usage: smtp-doctor probe --host H --port P --security none|starttls|tls
         [--user U (--password-env VAR | --token-env VAR)] [--allow-untrusted-cert]
         --from ADDR --to ADDR [--to ADDR ...] [--ehlo NAME] [--send] [--json]
         [--case LINK]   add the run to the case the helpdesk's link opens ("ran on site")
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
  let upload: ReturnType<typeof uploadTargetOf> | null = null;
  if (v.case !== undefined) {
    try {
      upload = uploadTargetOf(v.case);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  return { input: input.data, json: v.json ?? false, upload };
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
  case: { type: "string" },
} as const;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "--version" || command === "-v" || command === "version") {
    process.stdout.write(`smtp-doctor ${VERSION}\n`);
    return EXIT.ok;
  }
  if (command === "analyze") {
    const { runAnalyzeCommand } = await import("./analyze-command");
    return runAnalyzeCommand(rest, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  }
  if (command === undefined || command === "--help" || command === "help" || rest.includes("--help")) {
    const { ANALYZE_USAGE } = await import("./analyze-command");
    process.stdout.write(`${USAGE}\n${ANALYZE_USAGE}\n`);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command !== "probe") throw new UsageError(`unknown command "${command}"`);
  const { input, json, upload } = parseProbeArgs(rest);
  const [{ runProbe }, { probeSettingsFromEnv }] = await Promise.all([
    import("../smtp/run-probe"),
    import("../smtp/probe-env"),
  ]);
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort());
  const result = await runProbe(input, { ...probeSettingsFromEnv(process.env), signal: controller.signal });
  const code = exitCodeFor(result);
  const [{ diagnoseProbe }, { formatDiagnosis }, { formatProbe }] = await Promise.all([
    import("../diagnosis/diagnose-probe"),
    import("./format-diagnosis"),
    import("./format-probe"),
  ]);
  const diagnosis = diagnoseProbe(result);
  process.stdout.write(
    json
      ? `${JSON.stringify({ ...result, diagnosis })}\n`
      : `${formatProbe(result, code)}\n\n${formatDiagnosis(diagnosis)}\n`,
  );
  if (upload) {
    const { uploadRun } = await import("./case-upload");
    try {
      const landed = await uploadRun(upload, result, input.credentials, { version: VERSION });
      process.stderr.write(`Added to ${landed.reference} as test ${landed.seq} (ran on site).\n`);
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
      return EXIT.uploadFailed;
    }
  }
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
