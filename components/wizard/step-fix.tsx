"use client";

import { AlternativesList } from "@/components/diagnosis/alternatives-list";
import { BeforeAfter } from "@/components/diagnosis/before-after";
import { SettingsTable } from "@/components/diagnosis/settings-table";
import { Button } from "@/components/ui/button";
import type { ProbeInput } from "@/lib/smtp/probe-input-schema";
import { draftFromRecommended } from "./draft-from-recommended";
import { LiveStageList } from "./live-stage-list";
import type { StreamState } from "./use-probe-stream";
import { ValidationForm } from "./validation-form";
import type { RunRecord, SettingsDraft } from "./wizard-state";

type Props = {
  initial: RunRecord | null;
  validation: RunRecord | null;
  settings: SettingsDraft;
  stream: StreamState;
  onValidate: (input: ProbeInput) => void;
  onBack: () => void;
};

/** Step 6: current vs recommended, the ranked alternatives, and a validation run shown before/after. */
export function StepFix({ initial, validation, settings, stream, onValidate, onBack }: Props) {
  const recommended = initial?.diagnosis?.recommended;
  if (!initial || !recommended) return <p>There is no recommendation for this run.</p>;
  const running = stream.phase === "running";
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
      {validation ? (
        <section aria-labelledby="validation-heading" className="flex flex-col gap-3">
          <h3 id="validation-heading" className="text-lg font-semibold">
            {validation.result.outcome === "failed"
              ? `The new settings failed at ${validation.result.failedStage ?? "a stage"}`
              : "The new settings passed through RCPT TO"}
          </h3>
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
