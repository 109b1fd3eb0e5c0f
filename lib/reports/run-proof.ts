import type { ProviderId } from "../providers/provider-schema";
import { sendAsProvider } from "../providers/send-as";
import { type SendAsGap, sendAsGap } from "../providers/send-as-gap";
import { plannedStages } from "../smtp/planned-stages";
import type { ProbeResult, StageName } from "../smtp/probe-schema";
import { STAGE_LABELS } from "../smtp/stage-labels";

/**
 * What a run proves, no more: the stages the server accepted, and whether that covers the stage
 * that failed before (or could still fail: Send As, which Microsoft 365 and Google judge only at
 * the end of DATA). The wizard's verdict and the report's "Resolved" both come from here.
 */
export type RunProof = {
  /** The last stage the server accepted (QUIT aside), or null when none was. */
  reached: StageName | null;
  /** The stage this run had to pass to prove the fix, or null when any passing run does. */
  required: StageName | null;
  /** The run passed and reached the required stage. */
  proven: boolean;
  /** Set when the run passed without DATA while the login and the From differ at such a provider. */
  sendAsUntested: SendAsGap | null;
  title: string;
  detail: string;
};

/** Stages in the order this run's mode runs them (implicit TLS before the greeting). */
const ranker = (result: ProbeResult) => {
  const order = plannedStages(result.target.security);
  return (stage: StageName) => order.indexOf(stage);
};

const passed = (result: ProbeResult, stage: StageName) =>
  result.stages.some((s) => s.name === stage && (s.status === "ok" || s.status === "warn"));

/** The last stage the server accepted, QUIT aside. */
export function lastAcceptedStage(result: ProbeResult): StageName | null {
  const rank = ranker(result);
  const stages = result.stages.filter((s) => s.name !== "quit" && (s.status === "ok" || s.status === "warn"));
  return stages.reduce<StageName | null>(
    (last, s) => (last === null || rank(s.name) > rank(last) ? s.name : last),
    null,
  );
}

/**
 * Judges one run. `failedStage` is where the run it validates failed (null for a first run);
 * `provider` is the platform the run went to, for what it checks late.
 */
export function judgeRun(
  result: ProbeResult,
  {
    failedStage = null,
    provider = null,
    sendAs,
  }: {
    failedStage?: StageName | null;
    provider?: ProviderId | null;
    /** The Send As question, when already judged (a report judges it before masking the addresses). */
    sendAs?: SendAsGap | null;
  },
): RunProof {
  const rank = ranker(result);
  const reached = lastAcceptedStage(result);
  const through = reached ? STAGE_LABELS[reached] : "the greeting";
  const gap = sendAs === undefined ? sendAsGap(result.target, sendAsProvider(provider)) : sendAs;
  const candidates = [failedStage, gap ? ("data" as const) : null].filter(
    (stage): stage is StageName => stage !== null,
  );
  const required = candidates.reduce<StageName | null>(
    (latest, stage) => (latest === null || rank(stage) > rank(latest) ? stage : latest),
    null,
  );
  if (result.outcome === "failed") {
    const at = result.failedStage ? STAGE_LABELS[result.failedStage] : "a stage";
    return { reached, required, proven: false, sendAsUntested: null, title: `Failed at ${at}`, detail: "" };
  }
  const sendAsUntested = gap && !passed(result, "data") ? gap : null;
  if (sendAsUntested) {
    return {
      reached,
      required,
      proven: false,
      sendAsUntested,
      title: `Passed through ${through} — Send As not tested`,
      detail: `The login (${sendAsUntested.username}) and the sender (${sendAsUntested.from}) differ. ${sendAsUntested.providerName} checks whether the login may send as the sender only at the end of DATA, after the message; this test stopped after ${through}. Only a real test message shows whether the device's mail will be accepted.`,
    };
  }
  if (required !== null && !passed(result, required)) {
    const needed = STAGE_LABELS[required];
    return {
      reached,
      required,
      proven: false,
      sendAsUntested: null,
      title: `Passed through ${through} — ${needed} not tested`,
      detail: `The earlier test failed at ${needed}; this one stopped after ${through}, so it cannot show that the change fixed it. Send a real test message.`,
    };
  }
  const warnings = result.stages.filter((s) => s.status === "warn").length;
  return {
    reached,
    required,
    proven: true,
    sendAsUntested: null,
    title: `These settings work: the server accepted every step through ${through}`,
    detail:
      (passed(result, "data")
        ? "The test message was accepted for delivery."
        : "No message was sent (the test stops after RCPT TO unless you ask for one), so acceptance is proven, delivery is not.") +
      (warnings > 0
        ? ` ${warnings === 1 ? "One step" : `${warnings} steps`} passed with a warning: see below.`
        : ""),
  };
}
