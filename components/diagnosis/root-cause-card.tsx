import type { Diagnosis } from "@/lib/diagnosis/diagnosis-schema";
import { STAGE_LABELS } from "@/lib/smtp/stage-labels";

/** The root cause in one sentence, the server's exact words as evidence, what it means and the fix. */
export function RootCauseCard({ diagnosis }: { diagnosis: Diagnosis }) {
  const { rootCause, unrecognised, codes, otherCauses } = diagnosis;
  if (rootCause.id === "no-error") {
    return (
      <section
        aria-labelledby="root-cause"
        data-cause={rootCause.id}
        className="rounded-md border border-green-300 bg-green-50 p-4 dark:border-green-800 dark:bg-green-950"
      >
        <h3 id="root-cause" className="text-xl font-semibold">
          <span aria-hidden="true">✓ </span>No failure: {rootCause.title}
        </h3>
        <p className="mt-2">{rootCause.explanation}</p>
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
