import type { ProbeResult, StageName } from "../smtp/probe-schema";

/**
 * Exit codes, swaks-style: a script can tell which stage stopped the run without parsing output.
 * Documented in the README; never renumber, only add.
 */
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  warningsOnly: 3,
  /** The run finished but could not be added to the case (--case): nothing was uploaded. */
  uploadFailed: 4,
} as const;

export const STAGE_EXIT: Record<StageName, number> = {
  resolve: 10,
  guard: 11,
  connect: 12,
  greeting: 13,
  ehlo: 14,
  tls: 15,
  auth: 16,
  mail: 17,
  rcpt: 18,
  data: 19,
  quit: 20,
};

export function exitCodeFor(result: ProbeResult): number {
  if (result.failedStage) return STAGE_EXIT[result.failedStage];
  return result.outcome === "warn" ? EXIT.warningsOnly : EXIT.ok;
}
