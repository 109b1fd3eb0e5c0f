import "server-only";
import { type ProbeStreamLine, writeStreamLine } from "@/lib/api/probe-stream";
import { diagnoseProbe } from "@/lib/diagnosis/diagnose-probe";
import type { DiagnosisContextInput } from "@/lib/diagnosis/diagnosis-context";
import { diagnosisContextSchema } from "@/lib/diagnosis/diagnosis-context-schema";
import type { Diagnosis } from "@/lib/diagnosis/diagnosis-schema";
import { clientIp, parseTrustedProxy, type TrustedProxy } from "@/lib/network/client-ip";
import { probeSettingsFromEnv } from "@/lib/smtp/probe-env";
import type { ProbeInput, ProbeResult, StageEvent } from "@/lib/smtp/probe-schema";
import { startLimitedProbe } from "./limited-probe";
import { limitsFromEnv, ProbeLimiter } from "./probe-limiter";
import { processSingleton } from "./process-singleton";
import { rememberRun } from "./recent-runs";

type Services = { limiter: ProbeLimiter; trustedProxy: TrustedProxy };

function services(): Services {
  return processSingleton("probe-services", () => ({
    limiter: new ProbeLimiter(limitsFromEnv(process.env)),
    trustedProxy: parseTrustedProxy(process.env.SMTP_DOCTOR_TRUSTED_PROXY),
  }));
}

export function visitorIp(request: Request): string | null {
  return clientIp(request.headers, services().trustedProxy);
}

/**
 * Runs one probe for an HTTP request under the limits (a refusal throws RateLimitedError → 429),
 * with the operator's settings, read per request so a replaced CA file needs no restart.
 */
export async function runProbeForRequest(
  input: ProbeInput,
  request: Request,
): Promise<ProbeResult & { diagnosis: Diagnosis | null }> {
  const { finished } = await startLimitedProbe(services().limiter, visitorIp(request), input, {
    ...probeSettingsFromEnv(process.env),
    signal: request.signal,
  });
  const result = await finished;
  return { ...result, diagnosis: await diagnoseAndRemember(result, {}, request) };
}

/** The context the wizard sends; anything malformed is dropped (advice then covers every case). */
export function parseDiagnosisContext(raw: unknown): DiagnosisContextInput {
  const parsed = diagnosisContextSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : {};
}

/** Diagnoses a finished run and remembers it, so a case can be saved from it later. */
async function diagnoseAndRemember(
  result: ProbeResult,
  context: DiagnosisContextInput,
  request: Request,
): Promise<Diagnosis | null> {
  let diagnosis: Diagnosis | null = null;
  try {
    diagnosis = diagnoseProbe(result, context);
  } catch (error) {
    console.error("[diagnosis] failed:", error instanceof Error ? error.name : typeof error);
  }
  try {
    await rememberRun({ result, diagnosis, context, visitorIp: visitorIp(request), siteNetwork: null });
  } catch (error) {
    // The result is still the user's to see; only saving it as a case will say it is unknown.
    console.error("[recent-runs] not kept:", error instanceof Error ? error.message : typeof error);
  }
  return diagnosis;
}

/**
 * The live version for the wizard: waits until the limits admitted the run (so a refusal is a
 * plain 429; the target's limits are only known once its name resolved and the guard passed it),
 * then streams one JSON object per line as the stages happen, the ones so far first. Cancelling
 * the request (or the stream) cancels the probe.
 */
export async function streamProbeForRequest(
  input: ProbeInput,
  context: DiagnosisContextInput,
  request: Request,
): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const cancel = new AbortController();
  const signal = AbortSignal.any([request.signal, cancel.signal]);
  const early: StageEvent[] = [];
  let live: ((line: ProbeStreamLine) => void) | null = null;
  const { finished } = await startLimitedProbe(services().limiter, visitorIp(request), input, {
    ...probeSettingsFromEnv(process.env),
    signal,
    onEvent: (event) => (live ? live(event) : early.push(event)),
  });
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: ProbeStreamLine) => {
        if (!cancel.signal.aborted) controller.enqueue(encoder.encode(writeStreamLine(line)));
      };
      for (const event of early.splice(0)) send(event);
      live = send;
      try {
        const result = await finished;
        send({ type: "result", result, diagnosis: await diagnoseAndRemember(result, context, request) });
      } catch (error) {
        console.error("[probe-stream] unexpected error:", error instanceof Error ? error.name : typeof error);
        send({ type: "error", message: "The test failed unexpectedly on our side." });
      } finally {
        if (!cancel.signal.aborted) controller.close();
      }
    },
    cancel() {
      cancel.abort();
    },
  });
}
