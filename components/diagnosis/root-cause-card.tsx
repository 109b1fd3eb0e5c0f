import { describeConfidence } from "@/lib/diagnosis/calibration";
import { describeSignal } from "@/lib/diagnosis/describe-signal";
import type { Diagnosis } from "@/lib/diagnosis/diagnosis-schema";
import { noteBeforeUnrecognised } from "@/lib/diagnosis/unrecognised-text";
import { judgeRun } from "@/lib/reports/run-proof";
import { evidenceLabel } from "@/lib/smtp/evidence-origin";
import type { ProbeResult } from "@/lib/smtp/probe-schema";
import { rootCauseEvidence } from "./evidence-parts";

/** The root cause in one sentence, its evidence labelled by who wrote it, what it means and the fix. */
export function RootCauseCard({ diagnosis, result }: { diagnosis: Diagnosis; result?: ProbeResult }) {
  const { rootCause, unrecognised, codes, otherCauses } = diagnosis;
  const deviceNote = unrecognised ? noteBeforeUnrecognised(rootCause.explanation) : null;
  const decidedBy = describeSignal(rootCause.signal);
  const howRight = describeConfidence(rootCause.confidence);
  if (rootCause.id === "no-error") {
    // What the run proves, no more: e.g. a login that is not the From, never sent through DATA.
    const words = result
      ? judgeRun(result, { provider: diagnosis.provider })
      : // A paste: the catalogue's title ("No error: a success reply") would repeat the heading's words.
        { title: "No failure in the text you pasted", detail: rootCause.explanation, proven: true };
    return (
      <section
        aria-labelledby="root-cause"
        data-cause={rootCause.id}
        data-proven={words.proven}
        className={
          words.proven
            ? "rounded-md border border-green-300 bg-green-50 p-4 dark:border-green-800 dark:bg-green-950"
            : "rounded-md border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950/60"
        }
      >
        <h3 id="root-cause" className="text-xl font-semibold">
          {words.proven ? <span aria-hidden="true">✓ </span> : null}
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
      {rootCauseEvidence(rootCause, result).map((block) => (
        <div key={block.origin} data-evidence-origin={block.origin}>
          <p className="text-sm font-medium">{evidenceLabel(block.origin, block.stage)}:</p>
          <pre className="mt-1 overflow-x-auto rounded bg-white p-2 font-mono text-sm whitespace-pre-wrap break-words dark:bg-zinc-900">
            {block.text}
          </pre>
        </div>
      ))}
      {unrecognised ? (
        <>
          <p>
            <span className="font-medium">Generic meaning of the codes: </span>
            {codes.meaning}
          </p>
          {deviceNote ? <p>{deviceNote}</p> : null}
          <p data-next-step>
            <span className="font-medium">Next step: </span>
            {rootCause.fix}
          </p>
        </>
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
              {decidedBy} Confidence {Math.round(rootCause.confidence * 100)}%
              {howRight ? `: ${howRight}.` : "."}
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
