import * as z from "zod/mini";
import type { Diagnosis } from "../diagnosis/diagnosis-schema";
import type { ProbeResult, StageResult, TranscriptEntry } from "../smtp/probe-schema";
import { STAGE_NAMES } from "../smtp/stage-names";

/**
 * One line of the live test's stream (`POST /api/probe/stream`, newline-delimited JSON): the
 * engine's events as they happen, then the result with its diagnosis, or an error, last. The route
 * writes these and the wizard reads them through `readStreamLine`, so both sides share one shape.
 *
 * zod/mini, and only the fields the page relies on, checked strictly; the rest of a result or a
 * diagnosis passes through untouched. The complete schemas (probe-schema.ts, diagnosis-schema.ts)
 * are classic zod and would more than double the wizard's JavaScript; the server builds these lines
 * from values those schemas already describe, and a test holds the two together.
 */
const stageName = z.enum(STAGE_NAMES);
const status = z.enum(["ok", "warn", "failed", "skipped"]);
const stage = z.looseObject({ name: stageName, status, durationMs: z.number(), summary: z.string() });
const entry = z.object({ t: z.number(), dir: z.enum(["client", "server", "info"]), line: z.string() });
const result = z.looseObject({
  runId: z.string(),
  outcome: z.enum(["ok", "warn", "failed"]),
  failedStage: z.nullable(stageName),
  stages: z.array(stage),
  transcript: z.array(entry),
});
const diagnosis = z.looseObject({
  rootCause: z.looseObject({ id: z.string(), title: z.string(), confidence: z.number() }),
  unrecognised: z.boolean(),
  findings: z.array(z.looseObject({ id: z.string() })),
});

const lineSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("stage-start"), stage: stageName, at: z.number() }),
  z.object({ type: z.literal("stage-end"), stage }),
  z.object({ type: z.literal("transcript"), entry }),
  z.object({ type: z.literal("result"), result, diagnosis: z.nullable(diagnosis) }),
  z.object({ type: z.literal("error"), message: z.string() }),
]);

export type ProbeStreamLine =
  | { type: "stage-start"; stage: StageResult["name"]; at: number }
  | { type: "stage-end"; stage: StageResult }
  | { type: "transcript"; entry: TranscriptEntry }
  | { type: "result"; result: ProbeResult; diagnosis: Diagnosis | null }
  | { type: "error"; message: string };

/** A stream line as written to the wire. */
export function writeStreamLine(line: ProbeStreamLine): string {
  return `${JSON.stringify(line)}\n`;
}

/** One received line checked against the schema; null when it is not JSON or not a known line. */
export function readStreamLine(text: string): ProbeStreamLine | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = z.safeParse(lineSchema, json);
  // The fields checked above are the ones the page uses; the others are the server's own values.
  return parsed.success ? (parsed.data as ProbeStreamLine) : null;
}
