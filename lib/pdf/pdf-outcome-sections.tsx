import { View } from "@react-pdf/renderer";
import type { ReportModel } from "../reports/report-model-types";
import { Bullets, Note, Section, Subheading, T } from "./pdf-blocks";
import { styles } from "./pdf-styles";
import { KeyValueTable, Table } from "./pdf-table";
import { RunStageTable } from "./pdf-testing-sections";

/** What it means, what to change, and the proof that the change works. */

export function FindingsSection({ model }: { model: ReportModel }) {
  const { rootCause, items, otherCauses, unrecognised } = model.findings;
  return (
    <Section id="findings">
      {rootCause ? (
        <View wrap={false}>
          <T style={[styles.paragraph, { fontFamily: "Helvetica-Bold" }]}>
            {`Root cause${rootCause.confidence ? ` (confidence: ${rootCause.confidence})` : ""}: ${rootCause.title}`}
          </T>
          {rootCause.explanation ? <T style={styles.paragraph}>{rootCause.explanation}</T> : null}
          {rootCause.fix ? <T style={styles.paragraph}>{`Fix: ${rootCause.fix}`}</T> : null}
          {rootCause.decidedBy ? <T style={styles.paragraph}>{rootCause.decidedBy}</T> : null}
        </View>
      ) : null}
      {unrecognised ? (
        <Note>
          The server's reply was not recognised. It is quoted verbatim above, with no guess at its cause.
        </Note>
      ) : null}
      {!rootCause && !unrecognised && items.length === 0 ? <Note>No diagnosis recorded.</Note> : null}
      <Bullets items={items} />
      {otherCauses.length > 0 ? (
        <View>
          <Subheading>Other possible causes</Subheading>
          <Bullets items={otherCauses} />
        </View>
      ) : null}
    </Section>
  );
}

export function CorrectiveActionSection({ model }: { model: ReportModel }) {
  const { recommended, alternatives, updatedConfiguration } = model.correctiveAction;
  return (
    <Section id="correctiveAction">
      {recommended.length === 0 ? <Note>No corrected settings recorded.</Note> : null}
      {recommended.length > 0 ? (
        <Table
          columns={[
            { title: "Setting", width: "20%" },
            { title: "Current", width: "24%" },
            { title: "Recommended", width: "24%" },
            { title: "Why", width: "32%" },
          ]}
          rows={recommended.map((row) => [
            { text: row.setting, bold: true },
            row.current,
            { text: row.recommended, bold: true },
            row.why,
          ])}
        />
      ) : null}
      {alternatives.length > 0 ? (
        <View>
          <Subheading>Alternatives, in order of preference</Subheading>
          <Bullets items={alternatives} />
        </View>
      ) : null}
      {updatedConfiguration ? (
        <View>
          <Subheading>{`Updated configuration (as validated in ${updatedConfiguration.runLabel})`}</Subheading>
          <KeyValueTable rows={updatedConfiguration.rows} />
        </View>
      ) : null}
    </Section>
  );
}

export function ValidationSection({ model }: { model: ReportModel }) {
  const validation = model.validation;
  return (
    <Section id="validation">
      {validation === null ? <Note>No validation test has been run yet.</Note> : null}
      {validation ? (
        <View>
          <Bullets items={validation.statements} />
          <Subheading>Before and after</Subheading>
          <Table
            columns={[
              { title: "Setting", width: "20%" },
              { title: "Before", width: "40%" },
              { title: "After", width: "40%" },
            ]}
            rows={validation.beforeAfter.map((row) => [
              { text: row.setting, bold: true },
              row.before,
              row.after,
            ])}
          />
          {validation.runs.map((run) => (
            <RunStageTable key={run.runId} run={run} />
          ))}
        </View>
      ) : null}
    </Section>
  );
}

export function NextStepsSection({ model }: { model: ReportModel }) {
  return (
    <Section id="nextSteps">
      <Bullets items={model.nextSteps} empty="Nothing further." />
    </Section>
  );
}
