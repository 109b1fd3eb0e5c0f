import { View } from "@react-pdf/renderer";
import { formatTime } from "../reports/format-time";
import type { ReportModel, ReportStatus } from "../reports/report-model-types";
import { Bullets, Note, Paragraphs, Section, T } from "./pdf-blocks";
import { COLORS, styles } from "./pdf-styles";
import { KeyValueTable } from "./pdf-table";

/** Page 1: who, what, where, and what the first failing test showed. */

const STATUS_COLORS: Record<ReportStatus, string> = {
  resolved: COLORS.ok,
  failing: COLORS.failed,
  unproven: COLORS.warn,
  "no-failure": COLORS.warn,
  "not-tested": COLORS.skipped,
};

export function ReportHeader({ model }: { model: ReportModel }) {
  const color = STATUS_COLORS[model.overview.status];
  const audience =
    model.viewer === "report" ? "Shared copy: usernames and recipients masked" : "Owner's copy";
  return (
    <View>
      <T style={styles.kicker}>SMTP DOCTOR · DIAGNOSTIC REPORT</T>
      <T style={styles.title}>{model.title}</T>
      <T style={styles.meta}>
        {`Case ${model.reference} · opened ${formatTime(model.createdAt)} · updated ${formatTime(model.updatedAt)} · ${audience}`}
      </T>
      <View style={[styles.banner, { borderLeftColor: color, backgroundColor: `${color}14` }]}>
        <T style={[styles.bannerText, { color }]}>{model.overview.statusText}</T>
      </View>
    </View>
  );
}

export function OverviewSection({ model }: { model: ReportModel }) {
  return (
    <Section id="overview">
      <Paragraphs items={model.overview.paragraphs} />
    </Section>
  );
}

export function EnvironmentSection({ model }: { model: ReportModel }) {
  return (
    <Section id="environment">
      <KeyValueTable rows={model.environment.rows} />
    </Section>
  );
}

export function InitialConfigurationSection({ model }: { model: ReportModel }) {
  const initial = model.initialConfiguration;
  return (
    <Section id="initialConfiguration">
      {initial ? (
        <View>
          <Note>{`As used in ${initial.runLabel}. Result: ${initial.outcomeText}`}</Note>
          <KeyValueTable rows={initial.rows} />
        </View>
      ) : (
        <Note>No test has been run yet.</Note>
      )}
    </Section>
  );
}

export function SymptomsSection({ model }: { model: ReportModel }) {
  const symptoms = model.symptoms;
  return (
    <Section id="symptoms">
      {symptoms ? (
        <View>
          <Note>{`From ${symptoms.runLabel}:`}</Note>
          <Bullets items={symptoms.items} />
        </View>
      ) : (
        <Note>No failing test recorded.</Note>
      )}
    </Section>
  );
}
