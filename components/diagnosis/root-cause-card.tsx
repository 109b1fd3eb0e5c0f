import { describeSignal } from "@/lib/diagnosis/describe-signal";
import type { Diagnosis } from "@/lib/diagnosis/diagnosis-schema";
import type { ProbeResult } from "@/lib/smtp/probe-schema";
import { STAGE_LABELS } from "@/lib/smtp/stage-labels";

/** What a run without a failure proves, in words: how far the server accepted, and what is left unproven. */
function passedWords(result: ProbeResult): { title: string; detail: string } {
  const passed = result.stages.filter((stage) => stage.status === "ok" || stage.status === "warn");
  const sent = passed.some((stage) => stage.name === "data");
  const last = [...passed].reverse().find((stage) => stage.name !== "quit");
  const warnings = result.stages.filter((stage) => stage.status === "warn").length;
  const through = last ? STAGE_LABELS[last.name] : "the greeting";
  return {
    title: `These settings work: the server accepted every step through ${through}`,
    detail:
      (sent
        ? "The test message was accepted for delivery."
        : "No message was sent (the test stops after RCPT TO unless you ask for one), so acceptance is proven, delivery is not.") +
      (warnings > 0
        ? ` ${warnings === 1 ? "One step" : `${warnings} steps`} passed with a warning: see below.`
        : ""),
  };
}

/** The root cause in one sentence, the server's exact words as evidence, what it means and the fix. */
export function RootCauseCard({ diagnosis, result }: { diagnosis: Diagnosis; result?: ProbeResult }) {
  const { rootCause, unrecognised, codes, otherCauses } = diagnosis;
  const decidedBy = describeSignal(rootCause.signal);
  if (rootCause.id === "no-error") {
    const words = result
      ? passedWords(result)
      : { title: `No failure: ${rootCause.title}`, detail: rootCause.explanation };
    return (
      <section
        aria-labelledby="root-cause"
        data-cause={rootCause.id}
        className="rounded-md border border-green-300 bg-green-50 p-4 dark:border-green-800 dark:bg-green-950"
      >
        <h3 id="root-cause" className="text-xl font-semibold">
          <span aria-hidden="true">✓ </span>
          {words.title}
        </h3>
        <p className="mt-2">{words.detail}</p>
      </section>
    );
  }
  return (
    <section
      aria-labelledby="root-cause"
      data-cause={rootCause.id}
      className="flex flex-col gap-3 rounded-md border border-red-300 bg-red-50 p-4 dark:border-red-800 dark:bg-red-950/60"
    >
      <p className="text-sm font-medium text-red-900 dark:text-red-200">
        {unrecognised ? "Not recognised" : "Root cause"}
      </p>
      <h3 id="root-cause" className="text-xl font-semibold">
        {unrecognised ? "We do not recognise this reply — here is what its codes mean" : rootCause.title}
      </h3>
      {rootCause.evidence.reply ? (
        <div>
          <p className="text-sm font-medium">
            The server&apos;s exact words
            {rootCause.evidence.stage ? ` at ${STAGE_LABELS[rootCause.evidence.stage]}` : ""}:
          </p>
          <pre className="mt-1 overflow-x-auto rounded bg-white p-2 font-mono text-sm whitespace-pre-wrap break-words dark:bg-zinc-900">
            {rootCause.evidence.reply}
          </pre>
        </div>
      ) : null}
      {unrecognised ? (
        <p>
          <span className="font-medium">Generic meaning of the codes: </span>
          {codes.meaning}
        </p>
      ) : (
        <>
          <p>
            <span className="font-medium">What it means: </span>
            {rootCause.explanation}
          </p>
          <p>
            <span className="font-medium">The fix: </span>
            {rootCause.fix}
          </p>
          {decidedBy ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400" data-decided-by>
              {decidedBy} Confidence {Math.round(rootCause.confidence * 100)}% (calibrated on real replies the
              analyzer had not seen).
            </p>
          ) : null}
        </>
      )}
      {otherCauses.length > 0 ? (
        <div className="text-sm">
          <p className="font-medium">Other possible causes</p>
          <ul className="list-disc pl-5">
            {otherCauses.map((cause) => (
              <li key={cause.id}>
                {cause.title}{" "}
                <span className="text-zinc-600 dark:text-zinc-400">
                  ({Math.round(cause.confidence * 100)}% likely)
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
