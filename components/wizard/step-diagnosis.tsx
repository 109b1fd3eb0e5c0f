"use client";

import { DiagnosisSteps } from "@/components/diagnosis/diagnosis-steps";
import { FindingsList } from "@/components/diagnosis/findings-list";
import { NetworkNote } from "@/components/diagnosis/network-note";
import { RootCauseCard } from "@/components/diagnosis/root-cause-card";
import { SiteNetworkPanel } from "@/components/network/site-network-panel";
import { TranscriptView } from "@/components/probe/transcript-view";
import { Button } from "@/components/ui/button";
import type { CaseRef } from "./case-api";
import type { RunRecord } from "./wizard-state";

type Props = {
  run: RunRecord | null;
  /** The case this wizard stores into, if any: a site check is kept with it. */
  caseRef?: CaseRef;
  /** Opened by a customer from their helpdesk's link (they are probably at the site). */
  fromCustomerLink?: boolean;
  onDiagnosis: (diagnosis: NonNullable<RunRecord["diagnosis"]>) => void;
  onBack: () => void;
  onNext: () => void;
};

/** Step 5: the root cause at the top, the evidence, then each stage in order and the transcript. */
export function StepDiagnosis({
  run,
  caseRef,
  fromCustomerLink = false,
  onDiagnosis,
  onBack,
  onNext,
}: Props) {
  if (!run) return <p>Run the live test first.</p>;
  const { result, diagnosis } = run;
  return (
    <div className="flex flex-col gap-6">
      {diagnosis ? (
        <RootCauseCard diagnosis={diagnosis} result={result} />
      ) : (
        <p role="alert">The diagnosis could not be made for this run.</p>
      )}
      <NetworkNote label="SMTP Doctor's server" onCaseLink={fromCustomerLink} />
      {diagnosis ? <FindingsList findings={diagnosis.findings} /> : null}
      <SiteNetworkPanel
        senderDomain={result.target.from.split("@").pop() ?? null}
        runId={result.runId}
        caseRef={caseRef}
        onReport={(reports) => {
          if (reports.diagnosis) onDiagnosis(reports.diagnosis);
        }}
      />
      {diagnosis?.steps ? (
        <section aria-labelledby="steps-heading" className="flex flex-col gap-2">
          <h3 id="steps-heading" className="text-lg font-semibold">
            Step by step
          </h3>
          <DiagnosisSteps steps={diagnosis.steps} />
        </section>
      ) : null}
      <details>
        <summary className="cursor-pointer text-sm font-medium">
          The full conversation (passwords hidden)
        </summary>
        <TranscriptView transcript={result.transcript} />
      </details>
      <div className="flex gap-3">
        <Button onClick={onBack} className="bg-zinc-600 hover:bg-zinc-700 dark:bg-zinc-700">
          Back to the test
        </Button>
        {diagnosis?.recommended ? <Button onClick={onNext}>See corrected settings</Button> : null}
      </div>
    </div>
  );
}
