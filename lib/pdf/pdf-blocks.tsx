import { type Styles, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { REPORT_SECTIONS, type ReportSectionId } from "../reports/report-labels";
import { CONTENT_WIDTH, MONO_SIZE, styles, VERBATIM_PADDING } from "./pdf-styles";
import { breakLongWords, monospaceColumns, pdfSafe, wrapMonospace } from "./pdf-text";

/** Small pieces every section uses. All text goes through `T`, so none can skip `pdfSafe`. */

type Style = Styles[string];

export function T({ children, style }: { children: string; style?: Style | Style[] }) {
  return (
    // A high penalty: break inside a long word only when it cannot fit on a line of its own.
    <Text
      style={[styles.text, ...(Array.isArray(style) ? style : style ? [style] : [])]}
      hyphenationCallback={breakLongWords}
      hyphenationPenalty={9999}
    >
      {pdfSafe(children)}
    </Text>
  );
}

export function Section({ id, children }: { id: ReportSectionId; children: ReactNode }) {
  const heading = REPORT_SECTIONS.find((section) => section.id === id)?.heading ?? id;
  return (
    <View>
      {/* Keeps a heading from sitting alone at the foot of a page. */}
      <Text style={styles.heading} minPresenceAhead={48}>
        {heading}
      </Text>
      {children}
    </View>
  );
}

export function Subheading({ children }: { children: string }) {
  return (
    <View minPresenceAhead={36}>
      <T style={styles.subheading}>{children}</T>
    </View>
  );
}

export function Note({ children }: { children: string }) {
  return <T style={styles.note}>{children}</T>;
}

export function Paragraphs({ items }: { items: string[] }) {
  return (
    <View>
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a static list, rendered once.
        <T key={index} style={styles.paragraph}>
          {item}
        </T>
      ))}
    </View>
  );
}

export function Bullets({ items, empty }: { items: string[]; empty?: string }) {
  if (items.length === 0) return empty ? <Note>{empty}</Note> : null;
  return (
    <View>
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a static list, rendered once.
        <View key={index} style={styles.bulletRow} wrap={false}>
          <Text style={styles.bullet}>•</Text>
          <T style={styles.bulletText}>{item}</T>
        </View>
      ))}
    </View>
  );
}

const VERBATIM_COLUMNS = monospaceColumns(CONTENT_WIDTH - 2 * VERBATIM_PADDING - 4, MONO_SIZE);

/** Server words, exactly: monospace, wrapped to the box so nothing runs off the page. */
export function Verbatim({ lines }: { lines: string[] }) {
  return (
    <View style={styles.verbatim} wrap={false}>
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: reply lines have no identity but their order.
        <Text key={index} style={styles.mono} hyphenationCallback={(word) => [word]}>
          {wrapMonospace(line, VERBATIM_COLUMNS).join("\n")}
        </Text>
      ))}
    </View>
  );
}
