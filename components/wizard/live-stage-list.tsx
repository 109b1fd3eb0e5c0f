"use client";

import { useEffect, useState } from "react";
import { StageStatusBadge } from "@/components/probe/stage-status-badge";
import { STAGE_LABELS } from "@/lib/smtp/stage-labels";
import type { LiveStage } from "./use-probe-stream";

function Elapsed({ since }: { since: number }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(timer);
  }, []);
  return <span>{((now - since) / 1000).toFixed(1)} s</span>;
}

/** The stages as they run: pending, running (spinner + elapsed time), then the result and reply. */
export function LiveStageList({ stages }: { stages: LiveStage[] }) {
  return (
    <ol className="flex flex-col divide-y divide-zinc-200 rounded-md border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
      {stages.map((stage) => (
        <li
          key={stage.name}
          data-stage={stage.name}
          data-status={stage.result?.status ?? stage.state}
          className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 px-3 py-2 text-sm sm:grid-cols-[9rem_7rem_5rem_1fr]"
        >
          <span className="font-medium">{STAGE_LABELS[stage.name]}</span>
          <span>
            {stage.result ? (
              <StageStatusBadge status={stage.result.status} />
            ) : stage.state === "running" ? (
              <span className="inline-flex items-center gap-1.5 text-blue-800 dark:text-blue-300">
                <span
                  aria-hidden="true"
                  className="inline-block h-3 w-3 animate-spin rounded-full border-2 border-current border-t-transparent"
                />
                Running
              </span>
            ) : (
              <span className="text-zinc-500 dark:text-zinc-400">Waiting</span>
            )}
          </span>
          <span className="text-zinc-600 tabular-nums dark:text-zinc-400">
            {stage.result && stage.result.status !== "skipped" ? (
              `${Math.round(stage.result.durationMs)} ms`
            ) : stage.state === "running" && stage.startedAt ? (
              <Elapsed since={stage.startedAt} />
            ) : null}
          </span>
          <span className="col-span-2 min-w-0 break-words sm:col-span-1">
            {stage.result ? <span>{stage.result.summary}</span> : null}
            {stage.result?.reply && stage.result.status !== "ok" ? (
              <code className="mt-1 block font-mono text-xs whitespace-pre-wrap">
                {stage.result.reply.lines.join("\n")}
              </code>
            ) : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
