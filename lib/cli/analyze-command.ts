import { parseArgs } from "node:util";
import { analyzeText } from "../diagnosis/analyze-text";
import type { Diagnosis } from "../diagnosis/diagnosis-schema";
import { PROVIDER_IDS } from "../providers/provider-ids";
import type { ProviderId } from "../providers/provider-schema";
import type { StageName } from "../smtp/probe-schema";
import { STAGE_NAMES } from "../smtp/stage-names";
import { EXIT } from "./exit-codes";
import { formatDiagnosis } from "./format-diagnosis";

export const ANALYZE_USAGE = `usage: smtp-doctor analyze --reply "TEXT" [--stage STAGE] [--provider ID] [--json]
       smtp-doctor analyze --reply - [--stage STAGE] [--json]   (the text is read from stdin)
       smtp-doctor analyze --jsonl   (stdin: one {"reply": "...", "stage": "rcpt"|null} per line)
STAGE is one of ${STAGE_NAMES.join(", ")}.`;

type Io = { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

class UsageError extends Error {}

const OPTIONS = {
  reply: { type: "string" },
  stage: { type: "string" },
  provider: { type: "string" },
  json: { type: "boolean" },
  jsonl: { type: "boolean" },
  help: { type: "boolean" },
} as const;

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

function parseStage(value: unknown, where: string): StageName | null {
  if (value === undefined || value === null || value === "") return null;
  // Plain lists, not the result schemas: those are zod classic, which this tool does not load.
  const stage = STAGE_NAMES.find((name) => name === value);
  if (!stage) throw new UsageError(`${where}: unknown stage ${JSON.stringify(value)}`);
  return stage;
}

function parseProvider(value: unknown, where: string): ProviderId | null {
  if (value === undefined || value === null || value === "") return null;
  const provider = PROVIDER_IDS.find((id) => id === value);
  if (!provider) throw new UsageError(`${where}: unknown provider ${JSON.stringify(value)}`);
  return provider;
}

type Request = { reply: string; stage: StageName | null; provider: ProviderId | null };

/** Parses every line before answering any: bad input fails the whole batch with one line, not half an answer. */
function parseJsonl(text: string): Request[] {
  const requests: Request[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim();
    if (!line) continue;
    const where = `line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new UsageError(`${where}: not valid JSON`);
    }
    if (typeof value !== "object" || value === null || Array.isArray(value))
      throw new UsageError(`${where}: expected an object like {"reply": "...", "stage": "rcpt"}`);
    const record = value as Record<string, unknown>;
    if (typeof record.reply !== "string") throw new UsageError(`${where}: "reply" must be a string`);
    requests.push({
      reply: record.reply,
      stage: parseStage(record.stage, where),
      provider: parseProvider(record.provider, where),
    });
  }
  return requests;
}

function analyze(request: Request): Diagnosis {
  return analyzeText(request.reply, { stage: request.stage, provider: request.provider });
}

/**
 * `analyze`: diagnoses pasted replies without touching the network. Exit 0 when the text was
 * analysed (whatever the verdict), 2 on bad input with a one-line message.
 */
export async function runAnalyzeCommand(argv: string[], io: Io): Promise<number> {
  try {
    let parsed: ReturnType<
      typeof parseArgs<{ options: typeof OPTIONS; strict: true; allowPositionals: false }>
    >;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
    } catch (err) {
      const message = (err as Error).message;
      throw new UsageError(message.split("\n")[0] ?? message);
    }
    const v = parsed.values;
    if (v.help) {
      io.stdout.write(`${ANALYZE_USAGE}\n`);
      return EXIT.ok;
    }
    if (v.jsonl) {
      if (v.reply !== undefined || v.stage !== undefined)
        throw new UsageError("--jsonl reads stdin: drop --reply/--stage");
      const requests = parseJsonl(await readAll(io.stdin));
      // One write for the whole batch: 1,000 small writes to a pipe cost more than the analysis.
      io.stdout.write(requests.map((r) => `${JSON.stringify(analyze(r))}\n`).join(""));
      return EXIT.ok;
    }
    if (v.reply === undefined) throw new UsageError("--reply TEXT (or --jsonl) is required");
    const request: Request = {
      reply: v.reply === "-" ? await readAll(io.stdin) : v.reply,
      stage: parseStage(v.stage, "--stage"),
      provider: parseProvider(v.provider, "--provider"),
    };
    const diagnosis = analyze(request);
    io.stdout.write(v.json ? `${JSON.stringify(diagnosis)}\n` : formatDiagnosis(diagnosis));
    return EXIT.ok;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`analyze: ${err.message}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`analyze: internal error: ${(err as Error).message}\n`);
    return EXIT.internal;
  }
}
