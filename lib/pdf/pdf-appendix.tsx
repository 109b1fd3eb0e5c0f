import { Text, View } from "@react-pdf/renderer";
import type { ReportModel, TranscriptLine } from "../reports/report-model-types";
import { Note, Section, Subheading } from "./pdf-blocks";
import { COLORS, CONTENT_WIDTH, MONO_SIZE, styles, VERBATIM_PADDING } from "./pdf-styles";
import { monospaceColumns, wrapMonospace } from "./pdf-text";

/**
 * Each run's redacted transcript: time, direction, the line as sent or received. One Text per run
 * with a span per line: a View per line made this section most of the PDF's render time.
 */

const NBSP = "\u00a0";
const TIME_CHARS = 7;
const PREFIX_CHARS = TIME_CHARS + 4; // "   132 S: "
const LINE_COLUMNS = monospaceColumns(CONTENT_WIDTH - 2 * VERBATIM_PADDING - 4, MONO_SIZE) - PREFIX_CHARS;
const DIRECTION: Record<TranscriptLine["dir"], { mark: string; color: string }> = {
  client: { mark: "C:", color: COLORS.accent },
  server: { mark: "S:", color: COLORS.text },
  info: { mark: "--", color: COLORS.muted },
};
const noHyphenation = (word: string) => [word];

/** "   132 S: line", continuation lines indented under the line; no-break spaces are not trimmed. */
export function transcriptText(entry: TranscriptLine): string {
  const time = String(Math.round(entry.t)).padStart(TIME_CHARS - 1, NBSP);
  const [first = "", ...rest] = wrapMonospace(entry.line, LINE_COLUMNS);
  const indent = NBSP.repeat(PREFIX_CHARS);
  return [
    `${time}${NBSP}${DIRECTION[entry.dir].mark}${NBSP}${first}`,
    ...rest.map((line) => `${indent}${line}`),
  ].join("\n");
}

export function AppendixSection({ model }: { model: ReportModel }) {
  return (
    <Section id="appendix">
      <Note>
        Times are milliseconds from the start of each test. C: sent by SMTP Doctor, S: the server. Secrets are
        redacted.
      </Note>
      {model.appendix.length === 0 ? <Note>No test has been run yet.</Note> : null}
      {model.appendix.map((run) => (
        <View key={run.runLabel}>
          <Subheading>{run.runLabel}</Subheading>
          <View style={styles.transcript}>
            <Text style={styles.mono} hyphenationCallback={noHyphenation}>
              {run.lines.map((entry, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: transcript lines are identified by their order.
                <Text key={index} style={{ color: DIRECTION[entry.dir].color }}>
                  {`${transcriptText(entry)}${index < run.lines.length - 1 ? "\n" : ""}`}
                </Text>
              ))}
            </Text>
          </View>
        </View>
      ))}
    </Section>
  );
}
