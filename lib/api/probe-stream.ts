import { z } from "zod";
import { diagnosisSchema } from "../diagnosis/diagnosis-schema";
import {
  probeResultSchema,
  stageNameSchema,
  stageResultSchema,
  transcriptEntrySchema,
} from "../smtp/probe-schema";

/**
 * One line of the live test's stream (`POST /api/probe/stream`, newline-delimited JSON): the
 * engine's events as they happen, then the result with its diagnosis, or an error, last. The route
 * writes these and the wizard reads them through `readStreamLine`, so both sides share one shape.
 */
export const probeStreamLineSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("stage-start"), stage: stageNameSchema, at: z.number() }),
  z.object({ type: z.literal("stage-end"), stage: stageResultSchema }),
  z.object({ type: z.literal("transcript"), entry: transcriptEntrySchema }),
  z.object({ type: z.literal("result"), result: probeResultSchema, diagnosis: diagnosisSchema.nullable() }),
  z.object({ type: z.literal("error"), message: z.string() }),
]);
export type ProbeStreamLine = z.infer<typeof probeStreamLineSchema>;

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
  const parsed = probeStreamLineSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
