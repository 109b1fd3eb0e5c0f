"use client";

import { type FormEvent, useState } from "react";
import { FindingsList } from "@/components/diagnosis/findings-list";
import { RootCauseCard } from "@/components/diagnosis/root-cause-card";
import { Button } from "@/components/ui/button";
import { controlErrorProps, Field } from "@/components/ui/field";
import { SelectInput } from "@/components/ui/select-input";
import { controlClassName } from "@/components/ui/text-input";
import { callApi } from "@/lib/api/client";
import type { Diagnosis } from "@/lib/diagnosis/diagnosis-schema";
import { PASTE_STAGES, type PasteStage, pasteStageLabel } from "@/lib/diagnosis/paste-stages";

/** Paste what you have — a reply line, an NDR, a device log, a transcript — and get the diagnosis. */
export function PasteErrorForm() {
  const [text, setText] = useState("");
  // "" is "not sure": the stage is then read from the text.
  const [stage, setStage] = useState<PasteStage | "">("");
  const [error, setError] = useState<string | undefined>();
  const [diagnosis, setDiagnosis] = useState<Diagnosis | null>(null);
  // The stage the shown answer was asked with ("" when left to the text).
  const [askedStage, setAskedStage] = useState<PasteStage | "">("");
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setError("paste the error message or the server's reply");
    setBusy(true);
    setError(undefined);
    const answer = await callApi<Diagnosis>("/api/analyze", { body: { text, stage: stage || null } });
    setBusy(false);
    if (!answer.ok) return setError(answer.issues?.[0]?.message ?? answer.message);
    setDiagnosis(answer.value);
    setAskedStage(stage);
  };
  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={submit} noValidate className="flex flex-col gap-3" aria-label="Paste an error">
        <Field
          id="paste-text"
          label="Error message, bounce or server reply"
          hint="(one line or many)"
          error={error}
        >
          <textarea
            id="paste-text"
            rows={5}
            value={text}
            spellCheck={false}
            onChange={(e) => setText(e.target.value)}
            className={`${controlClassName} font-mono`}
            {...controlErrorProps("paste-text", error)}
          />
        </Field>
        <Field id="paste-stage" label="Where it failed" hint="(if you know; else it is read from the text)">
          <SelectInput
            id="paste-stage"
            value={stage}
            onChange={(e) => setStage(PASTE_STAGES.find((s) => s.stage === e.target.value)?.stage ?? "")}
            className="sm:max-w-sm"
          >
            <option value="">Not sure</option>
            {PASTE_STAGES.map((s) => (
              <option key={s.stage} value={s.stage}>
                {s.label}
              </option>
            ))}
          </SelectInput>
        </Field>
        <div>
          <Button type="submit" disabled={busy}>
            {busy ? "Reading…" : "Diagnose this error"}
          </Button>
        </div>
      </form>
      {diagnosis ? (
        <div className="flex flex-col gap-4" data-testid="paste-diagnosis">
          <RootCauseCard diagnosis={diagnosis} />
          <JudgedAt stage={diagnosis.stage} chosen={askedStage !== ""} />
          <FindingsList findings={diagnosis.findings} />
        </div>
      ) : null}
    </div>
  );
}

/** Which stage the answer was judged at, and whether the person chose it or the text named it. */
function JudgedAt({ stage, chosen }: { stage: Diagnosis["stage"]; chosen: boolean }) {
  const label = pasteStageLabel(stage);
  return (
    <p className="text-sm text-zinc-600 dark:text-zinc-400" data-judged-stage={stage ?? ""}>
      {label
        ? `Judged at the stage “${label}”, ${chosen ? "as you chose" : "as the text names it"}.`
        : "The text does not say at which stage it failed: choosing one under “Where it failed” can sharpen the answer."}
    </p>
  );
}
