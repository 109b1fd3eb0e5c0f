import { Text, View } from "@react-pdf/renderer";
import type { KeyValueRow } from "../reports/report-model-types";
import { T } from "./pdf-blocks";
import { styles } from "./pdf-styles";

/** A table whose rows never split across pages (`wrap={false}`); cells wrap their own text. */

export type Column = { title: string; width: string };
export type Cell = string | { text: string; color?: string; bold?: boolean };

export function Table({ columns, rows }: { columns: Column[]; rows: Cell[][] }) {
  return (
    <View style={styles.table}>
      <View style={styles.headerRow} wrap={false} minPresenceAhead={24}>
        {columns.map((column, index) => (
          <Text
            key={column.title}
            style={[
              styles.cell,
              styles.headerCell,
              index === 0 ? styles.firstCell : {},
              { width: column.width },
            ]}
          >
            {column.title}
          </Text>
        ))}
      </View>
      {rows.map((row, rowIndex) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are rendered once, in order.
        <View key={rowIndex} style={styles.row} wrap={false}>
          {columns.map((column, index) => {
            const cell = row[index] ?? "";
            const { text, color, bold } =
              typeof cell === "string" ? { text: cell, color: undefined, bold: false } : cell;
            // The cell is the Text itself (no wrapping View): half the nodes to lay out.
            return (
              <T
                key={column.title}
                style={[
                  styles.cell,
                  index === 0 ? styles.firstCell : {},
                  { width: column.width, color, fontFamily: bold ? "Helvetica-Bold" : "Helvetica" },
                ]}
              >
                {text}
              </T>
            );
          })}
        </View>
      ))}
    </View>
  );
}

export function KeyValueTable({ rows }: { rows: KeyValueRow[] }) {
  return (
    <Table
      columns={[
        { title: "Setting", width: "32%" },
        { title: "Value", width: "68%" },
      ]}
      rows={rows.map((row) => [{ text: row.label, bold: true }, row.value])}
    />
  );
}
