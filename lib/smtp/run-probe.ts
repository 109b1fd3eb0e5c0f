import { authStage } from "./auth-stage";
import { canonicalAddress } from "./canonical-target";
import { envelopeStages } from "./envelope-stages";
import { handshakeStages } from "./handshake-stages";
import { connectStage, guardStage, implicitTlsStage, resolveStage } from "./network-stages";
import type { ProbeOptions } from "./probe-options";
import { ProbeRun, RefusedByCaller } from "./probe-run";
import type { ProbeInput, ProbeResult } from "./probe-schema";

/**
 * Runs the staged probe: resolve → guard → connect → greeting → EHLO → TLS → AUTH → MAIL → RCPT
 * → (DATA only when asked) → QUIT. Never throws for what a server says: a refusal is a result,
 * and a failed stage stops the run (later stages are listed as skipped, with the reason).
 * Only a refusal from the caller's own `admit` hook is thrown, before anything connected.
 */
export async function runProbe(input: ProbeInput, options: ProbeOptions): Promise<ProbeResult> {
  const run = new ProbeRun(input, options);
  try {
    await runStages(run);
  } catch (err) {
    if (err instanceof RefusedByCaller) {
      run.finish();
      throw err.reason;
    }
    // Deadline, cancellation, a dropped connection mid-command: the open stage fails with it.
    run.failUnexpected(err);
  }
  await run.settleSenderMx();
  const result = run.finish();
  run.admission?.end();
  return result;
}

async function runStages(run: ProbeRun): Promise<void> {
  const addresses = await resolveStage(run);
  if (!addresses || !guardStage(run, addresses)) return;
  await run.admit(addresses);
  const socket = await connectStage(run, addresses);
  if (!socket) return;
  run.admission?.connected(canonicalAddress(socket.remoteAddress ?? addresses[0] ?? ""));
  const carrier = await implicitTlsStage(run, socket);
  if (!carrier) return;
  const ehlo = await handshakeStages(run, carrier, socket.remoteAddress ?? addresses[0] ?? run.host);
  if (!ehlo) return;
  if (!(await authStage(run, ehlo))) return run.quit(false);
  const { envelopeOpen } = await envelopeStages(run);
  await run.quit(envelopeOpen);
}
