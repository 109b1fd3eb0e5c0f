import { StyleSheet } from "@react-pdf/renderer";

/** One place for the report's look: built-in fonts only (no network fonts), A4, quiet colours. */
export const PAGE_MARGIN = 42;
export const CONTENT_WIDTH = 595.28 - 2 * PAGE_MARGIN;
export const MONO_SIZE = 7.5;
export const VERBATIM_PADDING = 6;

export const COLORS = {
  text: "#1f2937",
  muted: "#6b7280",
  rule: "#cbd5e1",
  accent: "#1d4ed8",
  headerFill: "#eef2f7",
  verbatimFill: "#f6f7f9",
  ok: "#15803d",
  warn: "#b45309",
  failed: "#b91c1c",
  skipped: "#64748b",
} as const;

export const styles = StyleSheet.create({
  page: {
    paddingTop: PAGE_MARGIN,
    paddingBottom: PAGE_MARGIN + 18,
    paddingHorizontal: PAGE_MARGIN,
    fontFamily: "Helvetica",
    fontSize: 9,
    color: COLORS.text,
  },
  // lineHeight is set on text, not on the page: inherited by the fixed footer, it makes react-pdf
  // 4.9 drop the footer's "Page X of Y" (render-prop) text, and the whole footer with it.
  // fontSize beside it: react-pdf resolves a unitless lineHeight against the fontSize of the same node.
  text: { fontSize: 9, lineHeight: 1.35 },
  kicker: { fontSize: 8, letterSpacing: 1.2, color: COLORS.accent, fontFamily: "Helvetica-Bold" },
  title: { fontSize: 18, fontFamily: "Helvetica-Bold", marginTop: 4, marginBottom: 4, lineHeight: 1.2 },
  meta: { fontSize: 8, color: COLORS.muted, marginBottom: 10 },
  banner: { paddingVertical: 6, paddingHorizontal: 8, borderLeftWidth: 4, marginBottom: 6 },
  bannerText: { fontFamily: "Helvetica-Bold", fontSize: 10.5 },
  heading: {
    fontSize: 12.5,
    fontFamily: "Helvetica-Bold",
    color: COLORS.accent,
    marginTop: 14,
    marginBottom: 6,
    paddingBottom: 2,
    borderBottomWidth: 0.75,
    borderBottomColor: COLORS.rule,
  },
  subheading: { fontSize: 9.5, fontFamily: "Helvetica-Bold", marginTop: 8, marginBottom: 3 },
  paragraph: { marginBottom: 4 },
  note: { color: COLORS.muted, fontFamily: "Helvetica-Oblique", marginBottom: 4 },
  bulletRow: { flexDirection: "row", marginBottom: 2 },
  bullet: { width: 10 },
  bulletText: { flex: 1 },
  // Borders belong to cells, not the table: a table split across pages would otherwise draw its
  // frame past its last row.
  table: { marginBottom: 6 },
  row: { flexDirection: "row" },
  headerRow: {
    flexDirection: "row",
    backgroundColor: COLORS.headerFill,
    borderTopWidth: 0.75,
    borderColor: COLORS.rule,
  },
  firstCell: { borderLeftWidth: 0.75 },
  cell: {
    borderRightWidth: 0.75,
    borderBottomWidth: 0.75,
    borderColor: COLORS.rule,
    paddingVertical: 2.5,
    paddingHorizontal: 4,
  },
  headerCell: { fontFamily: "Helvetica-Bold" },
  mono: { fontFamily: "Courier", fontSize: MONO_SIZE, lineHeight: 1.3 },
  verbatim: {
    backgroundColor: COLORS.verbatimFill,
    borderLeftWidth: 2,
    borderLeftColor: COLORS.failed,
    padding: VERBATIM_PADDING,
    marginBottom: 4,
  },
  transcript: { backgroundColor: COLORS.verbatimFill, padding: VERBATIM_PADDING, marginBottom: 8 },
  footer: {
    position: "absolute",
    bottom: PAGE_MARGIN - 14,
    left: PAGE_MARGIN,
    right: PAGE_MARGIN,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 7.5,
    color: COLORS.muted,
    borderTopWidth: 0.5,
    borderTopColor: COLORS.rule,
    paddingTop: 4,
  },
});
