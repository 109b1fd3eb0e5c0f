import { StageStatusBadge } from "@/components/probe/stage-status-badge";
import type { Step } from "@/lib/diagnosis/diagnosis-schema";
import { STAGE_LABELS } from "@/lib/smtp/stage-labels";

/** Each stage in order: what was tried, what happened (verbatim), what it means. */
export function DiagnosisSteps({ steps }: { steps: Step[] }) {
  return (
    <ol className="flex flex-col gap-3">
      {steps.map((step) => (
        <li
          key={step.stage}
          data-step={step.stage}
          data-status={step.status}
          className="rounded-md border border-zinc-200 p-3 text-sm dark:border-zinc-800"
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <span className="font-semibold">{STAGE_LABELS[step.stage]}</span>
            <span className="flex items-center gap-3">
              <StageStatusBadge status={step.status} />
              {step.status !== "skipped" ? (
                <span className="tabular-nums text-zinc-600 dark:text-zinc-400">
                  {Math.round(step.durationMs)} ms
                </span>
              ) : null}
            </span>
          </div>
          <p className="mt-1">
            <span className="text-zinc-600 dark:text-zinc-400">Tried: </span>
            {step.tried}
          </p>
          <p>
            <span className="text-zinc-600 dark:text-zinc-400">Happened: </span>
            {step.happened}
          </p>
          {step.reply ? (
            <pre className="mt-1 font-mono text-xs whitespace-pre-wrap break-words">{step.reply}</pre>
          ) : null}
          <p className="mt-1">{step.meaning}</p>
        </li>
      ))}
    </ol>
  );
}
