/** One place for the report's look: built-in fonts only (no network fonts), A4, quiet colours. */
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
export const PAGE_MARGIN = 42;
/** Room under the content for the footer (rule, reference, "Page X of Y"). */
export const FOOTER_ROOM = 18;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * PAGE_MARGIN;
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

export type FontName = "Helvetica" | "Helvetica-Bold" | "Helvetica-Oblique" | "Courier";

/** How a run of text looks: the built-in font, its size, colour and the line height as a factor of the size. */
export type TextStyle = {
  font: FontName;
  size: number;
  color: string;
  lineHeight: number;
  /** Space after the block, in points. */
  after: number;
  characterSpacing?: number;
};

const body: TextStyle = { font: "Helvetica", size: 9, color: COLORS.text, lineHeight: 1.35, after: 4 };

export const TEXT = {
  body,
  bold: { ...body, font: "Helvetica-Bold" },
  note: { ...body, font: "Helvetica-Oblique", color: COLORS.muted },
  kicker: { ...body, font: "Helvetica-Bold", size: 8, color: COLORS.accent, after: 4, characterSpacing: 1.2 },
  title: { ...body, font: "Helvetica-Bold", size: 18, lineHeight: 1.2, after: 4 },
  meta: { ...body, size: 8, color: COLORS.muted, after: 10 },
  banner: { ...body, font: "Helvetica-Bold", size: 10.5, lineHeight: 1.3, after: 0 },
  heading: { ...body, font: "Helvetica-Bold", size: 12.5, color: COLORS.accent, lineHeight: 1.2, after: 2 },
  subheading: { ...body, font: "Helvetica-Bold", size: 9.5, after: 3 },
  cell: { ...body, lineHeight: 1.3, after: 0 },
  mono: { font: "Courier", size: MONO_SIZE, color: COLORS.text, lineHeight: 1.3, after: 0 },
  footer: { ...body, size: 7.5, color: COLORS.muted, lineHeight: 1.2, after: 0 },
} satisfies Record<string, TextStyle>;
