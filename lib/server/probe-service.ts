import "server-only";
import { probeSettingsFromEnv } from "@/lib/smtp/probe-env";
import type { ProbeInput, ProbeResult } from "@/lib/smtp/probe-schema";
import { runProbe } from "@/lib/smtp/run-probe";

/**
 * Runs one probe for an HTTP request, with the operator's settings from the environment. The
 * settings are read per request (a few KB): a replaced CA file takes effect without a restart.
 */
export async function runProbeForRequest(input: ProbeInput, signal: AbortSignal): Promise<ProbeResult> {
  return runProbe(input, { ...probeSettingsFromEnv(process.env), signal });
}
