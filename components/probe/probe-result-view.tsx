import type { ProbeResult } from "@/lib/smtp/probe-schema";
import { STAGE_LABELS } from "@/lib/smtp/stage-labels";
import { StageTable } from "./stage-table";
import { TranscriptView } from "./transcript-view";

const SECURITY_LABELS: Record<ProbeResult["target"]["security"], string> = {
  none: "no encryption",
  starttls: "STARTTLS",
  tls: "implicit TLS",
};

function headline(result: ProbeResult): string {
  if (result.outcome === "ok") return "Every stage passed.";
  if (result.outcome === "warn") return "The test passed with warnings.";
  return result.failedStage ? `The test stopped at ${STAGE_LABELS[result.failedStage]}.` : "The test failed.";
}

/** One run: the verdict in a sentence, the stage table, then the transcript. */
export function ProbeResultView({ result }: { result: ProbeResult }) {
  const { target } = result;
  return (
    <section aria-labelledby="probe-result-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="probe-result-heading" className="text-xl font-semibold">
          {headline(result)}
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {target.host}:{target.port} with {SECURITY_LABELS[target.security]},{" "}
          {target.auth === "none"
            ? "no authentication"
            : `signed in as ${target.username ?? "(no username)"}`}
          , in {Math.round(result.durationMs)} ms. {target.send ? "One test message was requested." : ""}
        </p>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          This test ran from the SMTP Doctor server, not from the device&apos;s network. Blocklists and ISP
          port-25 blocks depend on the public IP address a message comes from, so the device&apos;s site can
          get a different answer.
        </p>
      </div>
      <StageTable stages={result.stages} />
      <div>
        <h3 className="mb-2 font-semibold">Transcript</h3>
        <TranscriptView transcript={result.transcript} />
      </div>
    </section>
  );
}
