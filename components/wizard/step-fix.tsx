"use client";

import { AlternativesList } from "@/components/diagnosis/alternatives-list";
import { BeforeAfter } from "@/components/diagnosis/before-after";
import { SettingsTable } from "@/components/diagnosis/settings-table";
import { Button } from "@/components/ui/button";
import type { SendAsProvider } from "@/lib/providers/send-as-gap";
import { judgeRun } from "@/lib/reports/run-proof";
import type { ProbeInput } from "@/lib/smtp/probe-input-schema";
import { STAGE_LABELS } from "@/lib/smtp/stage-labels";
import { draftFromRecommended } from "./draft-from-recommended";
import { LiveStageList } from "./live-stage-list";
import type { StreamState } from "./use-probe-stream";
import { ValidationForm } from "./validation-form";
import { failedOnCertificate } from "./wizard-proof";
import type { RunRecord, SettingsDraft } from "./wizard-state";

type Props = {
  initial: RunRecord | null;
  validation: RunRecord | null;
  settings: SettingsDraft;
  stream: StreamState;
  /** The recommended path's platform, as the Send As question needs it. */
  provider: SendAsProvider | null;
  onValidate: (input: ProbeInput) => void;
  /** Runs the last validation again with one real test message (DATA). */
  onSendTest: () => void;
  onBack: () => void;
};

/** Step 6: current vs recommended, the ranked alternatives, and a validation run shown before/after. */
export function StepFix({
  initial,
  validation,
  settings,
  stream,
  provider,
  onValidate,
  onSendTest,
  onBack,
}: Props) {
  const recommended = initial?.diagnosis?.recommended;
  if (!initial || !recommended) return <p>There is no recommendation for this run.</p>;
  const running = stream.phase === "running";
  // What the validation proves about the stage that failed, or could fail (Send As, at DATA).
  const proof = validation
    ? judgeRun(validation.result, { failedStage: initial.result.failedStage, provider: provider?.id })
    : null;
  const through = proof?.reached ? STAGE_LABELS[proof.reached] : "the greeting";
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="table-heading" className="flex flex-col gap-2">
        <h3 id="table-heading" className="text-lg font-semibold">
          Settings that will work
        </h3>
        <SettingsTable recommended={recommended} />
      </section>
      <section aria-labelledby="paths-heading" className="flex flex-col gap-2">
        <h3 id="paths-heading" className="text-lg font-semibold">
          Ways to send, best first
        </h3>
        <AlternativesList paths={recommended.alternatives} />
      </section>
      <ValidationForm
        initial={draftFromRecommended(recommended, settings)}
        running={running}
        provider={provider}
        certificateCause={failedOnCertificate(initial)}
        onRun={onValidate}
      />
      {stream.phase === "running" || stream.phase === "done" ? (
        <LiveStageList stages={stream.stages} />
      ) : null}
      {stream.phase === "error" ? (
        <p role="alert" className="text-red-800 dark:text-red-300">
          {stream.message}
        </p>
      ) : null}
      {validation && proof ? (
        <section
          aria-labelledby="validation-heading"
          className="flex flex-col gap-3"
          data-proven={proof.proven}
        >
          <h3 id="validation-heading" className="text-lg font-semibold">
            {proof.proven
              ? `The new settings passed through ${through}`
              : `The new settings ${lowerFirst(proof.title)}`}
          </h3>
          {validation.result.outcome !== "failed" && !proof.proven ? (
            <div className="flex flex-col items-start gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100">
              <p>{proof.detail}</p>
              <Button onClick={onSendTest} disabled={running}>
                Send a real test message
              </Button>
            </div>
          ) : null}
          <BeforeAfter before={initial.result} after={validation.result} />
        </section>
      ) : null}
      <div>
        <Button onClick={onBack} className="bg-zinc-600 hover:bg-zinc-700 dark:bg-zinc-700">
          Back to the diagnosis
        </Button>
      </div>
    </div>
  );
}

function lowerFirst(text: string): string {
  return text.length > 0 ? `${text[0]?.toLowerCase()}${text.slice(1)}` : text;
}
