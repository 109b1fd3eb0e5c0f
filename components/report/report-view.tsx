import type { ReactNode } from "react";
import { REPORT_SECTIONS, type ReportSectionId } from "@/lib/reports/report-labels";
import type { KeyValueRow, NetworkCheckView, ReportModel, RunTable } from "@/lib/reports/report-model-types";

/**
 * The report model as a web page, in the same order and words as the PDF. Every server string is
 * rendered as React text (never HTML), so a hostile banner stays inert.
 */
export function ReportView({ model }: { model: ReportModel }) {
  const { findings, correctiveAction, validation } = model;
  return (
    <article className="flex min-w-0 flex-col gap-8 [overflow-wrap:anywhere]" data-viewer={model.viewer}>
      <Section id="overview">
        <p className="font-medium" data-status={model.overview.status}>
          {model.overview.statusText}
        </p>
        {model.overview.paragraphs.map((text) => (
          <p key={text}>{text}</p>
        ))}
      </Section>
      <Section id="environment">
        <KeyValues rows={model.environment.rows} caption="Environment" />
      </Section>
      {model.initialConfiguration && (
        <Section id="initialConfiguration">
          <p>
            {model.initialConfiguration.runLabel}: {model.initialConfiguration.outcomeText}
          </p>
          <KeyValues rows={model.initialConfiguration.rows} caption="Initial configuration" />
        </Section>
      )}
      {model.symptoms && (
        <Section id="symptoms">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{model.symptoms.runLabel}</p>
          <Bullets items={model.symptoms.items} />
        </Section>
      )}
      <Section id="testing">
        {model.testing.runs.map((run) => (
          <RunStages key={run.runId} run={run} />
        ))}
        {model.testing.networkChecks.map((check) => (
          <NetworkCheck key={check.label} check={check} />
        ))}
      </Section>
      {model.device && (
        <Section id="device">
          {model.device.sessions.map((session) => (
            <div key={session.heading} className="flex flex-col gap-2" data-device-session>
              <h3 className="font-semibold">{session.heading}</h3>
              <KeyValues rows={session.rows} caption={session.heading} />
              <Bullets items={session.findings} />
            </div>
          ))}
        </Section>
      )}
      {model.evidence.items.length > 0 && (
        <Section id="evidence">
          {model.evidence.items.map((item) => (
            <div
              key={item.heading}
              className="flex flex-col gap-2"
              data-evidence={item.stage}
              data-evidence-origin={item.origin ?? "blocklist"}
            >
              <h3 className="font-semibold">{item.heading}</h3>
              <Verbatim lines={item.lines} />
              <Bullets items={item.confirms} />
            </div>
          ))}
        </Section>
      )}
      <Section id="findings">
        {findings.rootCause && (
          <div className="flex flex-col gap-1" data-root-cause>
            <h3 className="text-lg font-semibold">
              {findings.unrecognised ? "Not recognised: " : "Root cause: "}
              {findings.rootCause.title}
            </h3>
            {findings.rootCause.confidence && (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                Confidence: {findings.rootCause.confidence}
              </p>
            )}
            {findings.rootCause.explanation && <p>{findings.rootCause.explanation}</p>}
            {findings.rootCause.fix && <p className="font-medium">{findings.rootCause.fix}</p>}
            {findings.rootCause.decidedBy && (
              <p className="text-sm text-zinc-600 dark:text-zinc-400" data-decided-by>
                {findings.rootCause.decidedBy}
              </p>
            )}
          </div>
        )}
        <Bullets items={findings.items} />
        {findings.otherCauses.length > 0 && (
          <>
            <h3 className="font-semibold">Other possible causes</h3>
            <Bullets items={findings.otherCauses} />
          </>
        )}
      </Section>
      {(correctiveAction.recommended.length > 0 ||
        correctiveAction.alternatives.length > 0 ||
        correctiveAction.updatedConfiguration) && (
        <Section id="correctiveAction">
          {correctiveAction.recommended.length > 0 && (
            <Table
              caption="Recommended settings"
              head={["Setting", "Current", "Recommended", "Why"]}
              rows={correctiveAction.recommended.map((row) => [
                row.setting,
                row.current,
                row.recommended,
                row.why,
              ])}
            />
          )}
          {correctiveAction.alternatives.length > 0 && (
            <>
              <h3 className="font-semibold">Alternatives, in order of preference</h3>
              <Bullets items={correctiveAction.alternatives} />
            </>
          )}
          {correctiveAction.updatedConfiguration && (
            <>
              <h3 className="font-semibold">
                Updated configuration (as validated in {correctiveAction.updatedConfiguration.runLabel})
              </h3>
              <KeyValues rows={correctiveAction.updatedConfiguration.rows} caption="Updated configuration" />
            </>
          )}
        </Section>
      )}
      {validation && (
        <Section id="validation">
          {validation.runs.map((run) => (
            <RunStages key={run.runId} run={run} />
          ))}
          {validation.beforeAfter.length > 0 && (
            <Table
              caption="Before and after"
              head={["Setting", "Before", "After"]}
              rows={validation.beforeAfter.map((row) => [row.setting, row.before, row.after])}
            />
          )}
          <Bullets items={validation.statements} />
        </Section>
      )}
      {model.nextSteps.length > 0 && (
        <Section id="nextSteps">
          <Bullets items={model.nextSteps} />
        </Section>
      )}
      {model.appendix.length > 0 && (
        <Section id="appendix">
          {model.appendix.map((run) => (
            <details
              key={run.runLabel}
              className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800"
            >
              <summary className="cursor-pointer font-medium">{run.runLabel}</summary>
              <Verbatim
                lines={run.lines.map(
                  (line) =>
                    `${(line.t / 1000).toFixed(3).padStart(7)}s ${line.dir === "client" ? "C:" : line.dir === "server" ? "S:" : "--"} ${line.line}`,
                )}
              />
            </details>
          ))}
        </Section>
      )}
    </article>
  );
}

function Section({ id, children }: { id: ReportSectionId; children: ReactNode }) {
  const heading = REPORT_SECTIONS.find((section) => section.id === id)?.heading ?? id;
  return (
    <section aria-labelledby={`report-${id}`} className="flex flex-col gap-3" data-section={id}>
      <h2
        id={`report-${id}`}
        className="border-b border-zinc-200 pb-1 text-2xl font-semibold dark:border-zinc-800"
      >
        {heading}
      </h2>
      {children}
    </section>
  );
}

function Bullets({ items }: { items: string[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="list-disc space-y-1 pl-6">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function Verbatim({ lines }: { lines: string[] }) {
  return (
    <pre className="overflow-x-auto rounded-md bg-zinc-100 p-3 font-mono text-sm whitespace-pre-wrap [overflow-wrap:anywhere] dark:bg-zinc-900">
      {lines.join("\n")}
    </pre>
  );
}

function KeyValues({ rows, caption }: { rows: KeyValueRow[]; caption: string }) {
  return (
    <Table
      caption={caption}
      head={["", ""]}
      rows={rows.map((row) => [row.label, row.value])}
      headless
      wordsOnly={[0]}
    />
  );
}

function Table({
  caption,
  head,
  rows,
  headless = false,
  nowrap = [],
  wordsOnly = [],
}: {
  caption: string;
  head: string[];
  rows: string[][];
  headless?: boolean;
  /** Columns of short values (stage, result, time) that must not be squeezed letter by letter. */
  nowrap?: number[];
  /** Columns of labels: wrapped between words, never inside one ("Encryptio/n"). */
  wordsOnly?: number[];
}) {
  // Long unbroken server text may break anywhere, but only in the columns that can take it.
  const wrap = (column: number) =>
    nowrap.includes(column)
      ? "whitespace-nowrap"
      : wordsOnly.includes(column)
        ? "[overflow-wrap:break-word]"
        : "[overflow-wrap:anywhere]";
  return (
    <div className="overflow-x-auto rounded-md border border-zinc-200 dark:border-zinc-800">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        {!headless && (
          <thead className="bg-zinc-50 text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
            <tr>
              {head.map((cell) => (
                <th key={cell} scope="col" className="px-3 py-2 font-medium">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {rows.map((row, index) => (
            // Rows are static for the page's life: the index is a stable key.
            // biome-ignore lint/suspicious/noArrayIndexKey: static rows
            <tr key={index}>
              {row.map((cell, cellIndex) =>
                cellIndex === 0 ? (
                  <th
                    key={head[cellIndex] ?? cellIndex}
                    scope="row"
                    className={`px-3 py-2 align-top font-medium ${wrap(cellIndex)}`}
                  >
                    {cell}
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                  <td key={cellIndex} className={`px-3 py-2 align-top ${wrap(cellIndex)}`}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RunStages({ run }: { run: RunTable }) {
  return (
    <div className="flex flex-col gap-2" data-run={run.runId} data-outcome={run.outcome}>
      <h3 className="font-semibold">
        {run.label} · {run.startedAt}
      </h3>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        {run.target}. From {run.network}. {run.outcomeText}
      </p>
      <Table
        caption={`Stages of ${run.label}`}
        head={["Stage", "Result", "Time", "Detail"]}
        nowrap={[0, 1, 2]}
        rows={run.stages.map((stage) => [
          stage.stage,
          stage.result,
          stage.ms === null ? "—" : `${stage.ms} ms`,
          stage.detail,
        ])}
      />
    </div>
  );
}

function NetworkCheck({ check }: { check: NetworkCheckView }) {
  return (
    <div className="flex flex-col gap-2" data-network-check={check.describes}>
      <h3 className="font-semibold">
        {check.label} · {check.checkedAt}
      </h3>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Blocklists, reverse DNS and SPF of {check.network}.
      </p>
      <Table
        caption={`${check.label}: blocklists`}
        head={["Blocklist", "Impact", "Result", "Meaning", "DNS answer"]}
        nowrap={[2]}
        rows={check.lists.map((list) => [list.list, list.impact, list.result, list.detail, list.answer])}
      />
      <KeyValues rows={check.rows} caption={`${check.label}: reverse DNS and SPF`} />
    </div>
  );
}
