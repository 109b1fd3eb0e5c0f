"use client";

import { TranscriptView } from "@/components/probe/transcript-view";
import { Button } from "@/components/ui/button";
import { LiveStageList } from "./live-stage-list";
import type { StreamState } from "./use-probe-stream";

type Props = {
  stream: StreamState;
  onCancel: () => void;
  onBack: () => void;
  onNext: () => void;
  onRetry: () => void;
};

/** Step 4: the stages appear one by one as they run; cancel stops the test on the server too. */
export function StepLiveTest({ stream, onCancel, onBack, onNext, onRetry }: Props) {
  if (stream.phase === "idle") return <p>No test has run yet.</p>;
  if (stream.phase === "error") {
    return (
      <div className="flex flex-col gap-4">
        <div
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {/* A refusal for now says itself when to try again (lib/server/probe-limiter.ts). */}
          <p className="font-medium">{stream.message}</p>
          {stream.issues?.map((issue) => (
            <p key={issue.path} className="text-sm">
              {issue.path}: {issue.message}
            </p>
          ))}
        </div>
        <div className="flex gap-3">
          <Button onClick={onBack}>Back to the settings</Button>
          <Button onClick={onRetry} className="bg-zinc-600 hover:bg-zinc-700">
            Try again
          </Button>
        </div>
      </div>
    );
  }
  const running = stream.phase === "running";
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-zinc-700 dark:text-zinc-300" aria-live="polite">
        {running
          ? "Testing from the SMTP Doctor server… each stage appears as it runs."
          : stream.phase === "cancelled"
            ? "The test was cancelled."
            : "The test is finished."}
      </p>
      <LiveStageList stages={stream.stages} />
      <details>
        <summary className="cursor-pointer text-sm font-medium">
          {running ? "Transcript so far" : "Transcript"} (passwords hidden)
        </summary>
        <TranscriptView transcript={stream.transcript} />
      </details>
      <div className="flex gap-3">
        {running ? (
          <Button onClick={onCancel} className="bg-red-700 hover:bg-red-800">
            Cancel the test
          </Button>
        ) : (
          <>
            <Button onClick={onBack} className="bg-zinc-600 hover:bg-zinc-700 dark:bg-zinc-700">
              Change the settings
            </Button>
            {stream.phase === "done" ? <Button onClick={onNext}>See the diagnosis</Button> : null}
          </>
        )}
      </div>
    </div>
  );
}
