import type { Reply, StageResult } from "@/lib/smtp/probe-schema";
import { STAGE_LABELS } from "@/lib/smtp/stage-labels";
import { StageStatusBadge } from "./stage-status-badge";

/** One row per stage: what ran, how it ended, and the server's exact reply. */
export function StageTable({ stages }: { stages: StageResult[] }) {
  return (
    <div className="overflow-x-auto rounded-md border border-zinc-200 dark:border-zinc-800">
      <table className="w-full min-w-3xl text-left text-sm [overflow-wrap:anywhere]">
        <caption className="sr-only">Stages of the SMTP conversation</caption>
        <thead className="bg-zinc-50 text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Stage
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Status
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Time
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Server reply
            </th>
            <th scope="col" className="w-40 px-3 py-2 font-medium">
              Error
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {stages.map((stage) => (
            <tr key={stage.name} data-stage={stage.name} data-status={stage.status} className="align-top">
              <th scope="row" className="w-1/4 px-3 py-2 font-medium">
                {STAGE_LABELS[stage.name]}
                {stage.summary ? (
                  <span className="block font-normal text-zinc-600 dark:text-zinc-400">{stage.summary}</span>
                ) : null}
              </th>
              <td className="px-3 py-2 whitespace-nowrap">
                <StageStatusBadge status={stage.status} />
              </td>
              <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                {stage.status === "skipped" ? "—" : `${Math.round(stage.durationMs)} ms`}
              </td>
              <td className="px-3 py-2">
                <ReplyText reply={stage.reply} />
              </td>
              <td className="px-3 py-2">
                {stage.error ? (
                  <>
                    <code className="font-mono font-medium">{stage.error.code}</code>
                    <span className="block text-zinc-600 dark:text-zinc-400">{stage.error.message}</span>
                  </>
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The verbatim reply: code, enhanced code, then the text as the server wrote it. */
function ReplyText({ reply }: { reply: Reply | null }) {
  if (!reply) return <>—</>;
  return (
    <span className="font-mono break-words whitespace-pre-wrap">
      <strong>{reply.code}</strong>
      {reply.enhanced ? ` ${reply.enhanced}` : ""} {reply.text}
    </span>
  );
}
