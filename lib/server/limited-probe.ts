import type { ProbeOptions } from "@/lib/smtp/probe-options";
import type { ProbeInput, ProbeResult } from "@/lib/smtp/probe-schema";
import { runProbe } from "@/lib/smtp/run-probe";
import type { ProbeLimiter } from "./probe-limiter";

export type LimitedProbe = { finished: Promise<ProbeResult> };

/**
 * Starts one probe under the limits. Resolves once the run is past its admission (the guard let
 * the target through and the target's limits took it) or ended before reaching it (DNS, guard);
 * rejects with RateLimitedError when a limit refuses it, before anything connected, so a route
 * can still answer a plain 429. The client slot is freed when the run ends.
 */
export async function startLimitedProbe(
  limiter: ProbeLimiter,
  client: string | null,
  input: ProbeInput,
  options: ProbeOptions,
): Promise<LimitedProbe> {
  const ticket = await limiter.acquire(client, input);
  let admitted = () => {};
  const passed = new Promise<void>((resolve) => {
    admitted = resolve;
  });
  const finished = runProbe(input, {
    ...options,
    admit: async (target) => {
      const admission = await ticket.admit(target);
      admitted();
      return admission;
    },
  }).finally(() => ticket.release());
  await Promise.race([passed, finished]);
  return { finished };
}
