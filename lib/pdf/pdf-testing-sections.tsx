import { View } from "@react-pdf/renderer";
import type { NetworkCheckView, ReportModel, RunTable } from "../reports/report-model-types";
import type { StageStatus } from "../smtp/probe-schema";
import { Bullets, Note, Section, Subheading, T, Verbatim } from "./pdf-blocks";
import { COLORS, styles } from "./pdf-styles";
import { KeyValueTable, Table } from "./pdf-table";

/** What was tested and what the server said. */

const STATUS_COLORS: Record<StageStatus, string> = {
  ok: COLORS.ok,
  warn: COLORS.warn,
  failed: COLORS.failed,
  skipped: COLORS.skipped,
};

export function RunStageTable({ run }: { run: RunTable }) {
  const color = run.outcome === "failed" ? COLORS.failed : run.outcome === "warn" ? COLORS.warn : COLORS.ok;
  return (
    <View>
      <Subheading>{`${run.label} · ${run.startedAt}`}</Subheading>
      <T style={styles.paragraph}>{`${run.target} · from ${run.network}`}</T>
      <Table
        columns={[
          { title: "Stage", width: "17%" },
          { title: "Result", width: "11%" },
          { title: "Time (ms)", width: "11%" },
          { title: "Detail", width: "61%" },
        ]}
        rows={run.stages.map((stage) => [
          { text: stage.stage, bold: true },
          { text: stage.result, color: STATUS_COLORS[stage.status], bold: stage.status === "failed" },
          stage.ms === null ? "-" : String(stage.ms),
          stage.detail,
        ])}
      />
      <T
        style={[styles.paragraph, { color, fontFamily: "Helvetica-Bold" }]}
      >{`Outcome: ${run.outcomeText}`}</T>
    </View>
  );
}

const LIST_COLORS: Record<NetworkCheckView["lists"][number]["status"], string> = {
  listed: COLORS.failed,
  "not-listed": COLORS.ok,
  "could-not-check": COLORS.warn,
};

function NetworkCheckTables({ check }: { check: NetworkCheckView }) {
  return (
    <View>
      <Subheading>{`${check.label} · ${check.checkedAt}`}</Subheading>
      <T style={styles.paragraph}>{`Blocklists, reverse DNS and SPF of ${check.network}.`}</T>
      <Table
        columns={[
          { title: "Blocklist", width: "24%" },
          { title: "Impact", width: "14%" },
          { title: "Result", width: "12%" },
          { title: "Meaning", width: "26%" },
          { title: "DNS answer", width: "24%" },
        ]}
        rows={check.lists.map((list) => [
          { text: list.list, bold: true },
          list.impact,
          { text: list.result, color: LIST_COLORS[list.status], bold: list.status === "listed" },
          list.detail,
          list.answer,
        ])}
      />
      <KeyValueTable rows={check.rows} />
    </View>
  );
}

export function TestingSection({ model }: { model: ReportModel }) {
  return (
    <Section id="testing">
      {model.testing.runs.length === 0 ? <Note>No test has been run yet.</Note> : null}
      {model.testing.runs.map((run) => (
        <RunStageTable key={run.runId} run={run} />
      ))}
      {model.testing.networkChecks.map((check) => (
        <NetworkCheckTables key={check.label} check={check} />
      ))}
    </Section>
  );
}

export function EvidenceSection({ model }: { model: ReportModel }) {
  return (
    <Section id="evidence">
      {model.evidence.items.length === 0 ? (
        <Note>No stage failed, so there is no refusal to quote.</Note>
      ) : null}
      {model.evidence.items.map((item) => (
        <View key={item.heading}>
          <Subheading>{item.heading}</Subheading>
          <Verbatim lines={item.lines} />
          {item.confirms.length > 0 ? <T style={styles.paragraph}>This confirms that:</T> : null}
          <Bullets items={item.confirms} />
        </View>
      ))}
    </Section>
  );
}
