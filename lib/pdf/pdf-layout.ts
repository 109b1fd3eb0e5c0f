import PDFDocument from "pdfkit";
import {
  COLORS,
  CONTENT_WIDTH,
  FOOTER_ROOM,
  PAGE_HEIGHT,
  PAGE_MARGIN,
  TEXT,
  type TextStyle,
  VERBATIM_PADDING,
} from "./pdf-styles";
import { monospaceColumns, pdfProse, wrapMonospace } from "./pdf-text";

/**
 * A small flow layout over PDFKit: a cursor that moves down the page, blocks that keep together
 * (a bullet, a table row, a short verbatim reply), headings kept with what follows, tables that
 * repeat their header on a new page, and a footer with "Page X of Y" drawn once all pages exist.
 *
 * Why not a component renderer: react-pdf laid this report out in ~450 ms (flexbox over thousands
 * of nodes, measured twice for pagination); this writes the same content in a few milliseconds,
 * with line breaks only at spaces (or inside a word longer than the line), never a hyphen, so
 * server names and evidence stay exactly as received.
 */

export type Cell = string | { text: string; color?: string; bold?: boolean };
export type Column = { title: string /** Share of the content width, 0–1. */; width: number };
/** A line of monospace text; `prefix` (e.g. a time and direction) stays left, the text's continuation lines are indented under it. */
export type MonoLine = { text: string; prefix?: string; color?: string };

export type DocumentInfo = {
  title: string;
  subject: string;
  keywords: string;
  date: Date;
};

const BOTTOM = PAGE_HEIGHT - PAGE_MARGIN - FOOTER_ROOM;
const CELL_PAD_X = 4;
const CELL_PAD_Y = 2.5;
const RULE = 0.75;

export class PdfLayout {
  private readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  y = PAGE_MARGIN;

  constructor(info: DocumentInfo) {
    this.doc = new PDFDocument({
      size: "A4",
      margins: { top: PAGE_MARGIN, left: PAGE_MARGIN, right: PAGE_MARGIN, bottom: PAGE_HEIGHT - BOTTOM },
      bufferPages: true,
      lang: "en",
      displayTitle: true,
      info: {
        Title: info.title,
        Author: "SMTP Doctor",
        Subject: info.subject,
        Keywords: info.keywords,
        Creator: "SMTP Doctor",
        Producer: "SMTP Doctor",
        CreationDate: info.date,
        ModDate: info.date,
      },
    });
    this.doc.on("data", (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.doc.on("end", () => resolve(Buffer.concat(this.chunks)));
      this.doc.on("error", reject);
    });
  }

  /** Sets the font, size and colour; returns the line gap that gives the style's line height. */
  private use(style: TextStyle, color = style.color): number {
    this.doc.font(style.font).fontSize(style.size).fillColor(color);
    return Math.max(0, style.lineHeight * style.size - this.doc.currentLineHeight(true));
  }

  private options(style: TextStyle, width: number, lineGap: number): PDFKit.Mixins.TextOptions {
    return { width, lineGap, characterSpacing: style.characterSpacing ?? 0 };
  }

  /** Height of a text block at a width, as `text` would lay it out. */
  measure(text: string, style: TextStyle, width = CONTENT_WIDTH): number {
    const lineGap = this.use(style);
    return this.doc.heightOfString(pdfProse(text), this.options(style, width, lineGap));
  }

  newPage() {
    this.doc.addPage();
    this.y = PAGE_MARGIN;
  }

  /**
   * Headings wait here until the block after them is placed, so a heading is never left alone at
   * a page's foot: the block's first piece and the headings move to the next page together.
   */
  private pending: { gapBefore: number; height: number; draw: () => void }[] = [];

  /**
   * Makes room for a block whose first unsplittable piece is `height` points high: a new page
   * unless it fits (with any waiting headings) on this one. Then draws the waiting headings.
   */
  ensure(height: number) {
    const headings = this.pending.reduce((sum, h) => sum + h.gapBefore + h.height, 0);
    if (this.y + headings + height > BOTTOM && this.y > PAGE_MARGIN) this.newPage();
    const waiting = this.pending;
    this.pending = [];
    for (const [index, heading] of waiting.entries()) {
      // No gap at the top of a page.
      if (!(index === 0 && this.y === PAGE_MARGIN)) this.y += heading.gapBefore;
      heading.draw();
    }
  }

  gap(points: number) {
    this.y = Math.min(this.y + points, BOTTOM);
  }

  /** A paragraph; a long one flows on to the next page (kept with a heading by its first three lines). */
  text(
    text: string,
    style: TextStyle = TEXT.body,
    opts: { x?: number; width?: number; color?: string } = {},
  ) {
    const x = opts.x ?? PAGE_MARGIN;
    const width = opts.width ?? CONTENT_WIDTH - (x - PAGE_MARGIN);
    if (this.pending.length > 0) {
      this.ensure(Math.min(this.measure(text, style, width), 3 * style.size * style.lineHeight));
    } else this.ensure(style.size * style.lineHeight);
    this.draw(text, style, x, width, opts.color);
  }

  private draw(text: string, style: TextStyle, x: number, width: number, color?: string) {
    const lineGap = this.use(style, color);
    this.doc.text(pdfProse(text), x, this.y, this.options(style, width, lineGap));
    this.y = this.doc.y + style.after;
  }

  /** A section heading with its rule; drawn with the block that follows it. */
  heading(text: string) {
    const style = TEXT.heading;
    const height = this.measure(text, style) + 8;
    this.pending.push({
      gapBefore: 14,
      height,
      draw: () => {
        this.draw(text, { ...style, after: 0 }, PAGE_MARGIN, CONTENT_WIDTH);
        this.doc
          .moveTo(PAGE_MARGIN, this.y + 1)
          .lineTo(PAGE_MARGIN + CONTENT_WIDTH, this.y + 1)
          .lineWidth(RULE)
          .strokeColor(COLORS.rule)
          .stroke();
        this.y += 7;
      },
    });
  }

  /** A subheading; drawn with the block that follows it. */
  subheading(text: string) {
    const style = TEXT.subheading;
    this.pending.push({
      gapBefore: 8,
      height: this.measure(text, style) + style.after,
      draw: () => this.draw(text, style, PAGE_MARGIN, CONTENT_WIDTH),
    });
  }

  note(text: string) {
    this.text(text, TEXT.note);
  }

  /** A coloured bar with bold text: the report's status. */
  banner(text: string, color: string) {
    const style = TEXT.banner;
    const height = this.measure(text, style, CONTENT_WIDTH - 16) + 12;
    this.ensure(height);
    this.doc.rect(PAGE_MARGIN, this.y, CONTENT_WIDTH, height).fillOpacity(0.08).fill(color).fillOpacity(1);
    this.doc.rect(PAGE_MARGIN, this.y, 4, height).fill(color);
    const top = this.y;
    this.y += 6;
    this.draw(text, style, PAGE_MARGIN + 10, CONTENT_WIDTH - 16, color);
    this.y = top + height + 6;
  }

  /** Bullets, each kept whole on one page. */
  bullets(items: readonly string[]) {
    const indent = 10;
    for (const item of items) {
      const height = this.measure(item, TEXT.body, CONTENT_WIDTH - indent);
      this.ensure(height);
      const top = this.y;
      this.use(TEXT.body);
      this.doc.text("•", PAGE_MARGIN, top, { lineBreak: false });
      this.draw(item, { ...TEXT.body, after: 2 }, PAGE_MARGIN + indent, CONTENT_WIDTH - indent);
    }
  }

  /**
   * A table: a header row repeated on each page it spans, rows never split, cells wrapped, and
   * never a header with one lonely row at the foot of a page (it starts where three rows fit).
   */
  table(columns: readonly Column[], rows: readonly Cell[][]) {
    const widths = columns.map((column) => column.width * CONTENT_WIDTH);
    const header: Cell[] = columns.map((column) => ({ text: column.title, bold: true }));
    const heights = rows.map((row) => this.rowHeight(row, widths));
    const headerHeight = this.rowHeight(header, widths);
    this.ensure(headerHeight + heights.slice(0, 3).reduce((sum, height) => sum + height, 0));
    this.row(header, widths, headerHeight, { fill: COLORS.headerFill, top: true });
    rows.forEach((row, index) => {
      const height = heights[index] ?? 0;
      if (this.y + height > BOTTOM) {
        this.newPage();
        this.row(header, widths, headerHeight, { fill: COLORS.headerFill, top: true });
      }
      this.row(row, widths, height, {});
    });
    this.y += 6;
  }

  private cellStyle(cell: Cell): { text: string; style: TextStyle; color: string } {
    const { text, color, bold } =
      typeof cell === "string" ? { text: cell, color: undefined, bold: false } : cell;
    const style = bold ? { ...TEXT.cell, font: "Helvetica-Bold" as const } : TEXT.cell;
    return { text, style, color: color ?? style.color };
  }

  private rowHeight(row: readonly Cell[], widths: readonly number[]): number {
    let height = 0;
    widths.forEach((width, index) => {
      const { text, style } = this.cellStyle(row[index] ?? "");
      height = Math.max(height, this.measure(text, style, width - 2 * CELL_PAD_X));
    });
    // A row never taller than a page: past that its cells are cut (with an ellipsis) rather than overflowing.
    return Math.min(height + 2 * CELL_PAD_Y, BOTTOM - PAGE_MARGIN);
  }

  private row(
    row: readonly Cell[],
    widths: readonly number[],
    height: number,
    opts: { fill?: string; top?: boolean },
  ) {
    let x = PAGE_MARGIN;
    const y = this.y;
    if (opts.fill) this.doc.rect(PAGE_MARGIN, y, CONTENT_WIDTH, height).fill(opts.fill);
    widths.forEach((width, index) => {
      const { text, style, color } = this.cellStyle(row[index] ?? "");
      const lineGap = this.use(style, color);
      this.doc.text(pdfProse(text), x + CELL_PAD_X, y + CELL_PAD_Y, {
        ...this.options(style, width - 2 * CELL_PAD_X, lineGap),
        height: height - 2 * CELL_PAD_Y,
        ellipsis: true,
      });
      x += width;
    });
    // Borders belong to rows, so a table split across pages has no frame past its last row.
    const doc = this.doc.lineWidth(RULE).strokeColor(COLORS.rule);
    if (opts.top) doc.moveTo(PAGE_MARGIN, y).lineTo(PAGE_MARGIN + CONTENT_WIDTH, y);
    doc.moveTo(PAGE_MARGIN, y + height).lineTo(PAGE_MARGIN + CONTENT_WIDTH, y + height);
    let edge = PAGE_MARGIN;
    doc.moveTo(edge, y).lineTo(edge, y + height);
    for (const width of widths) {
      edge += width;
      doc.moveTo(edge, y).lineTo(edge, y + height);
    }
    doc.stroke();
    this.y = y + height;
  }

  /**
   * Monospace lines in a shaded box, wrapped to the box's exact width and never hyphenated: the
   * server's words as received. With `keepTogether`, on one page when it fits one; otherwise it
   * starts where at least six lines fit and continues on the next page, shaded there too.
   */
  monospace(
    lines: readonly MonoLine[],
    opts: { border?: string; keepTogether?: boolean; columns?: 1 | 2; compact?: boolean } = {},
  ) {
    // Compact: the appendix's listings, a point smaller and tighter than the evidence quoted above them.
    const style = opts.compact ? { ...TEXT.mono, size: TEXT.mono.size - 0.5, lineHeight: 1.2 } : TEXT.mono;
    const lineHeight = style.size * style.lineHeight;
    // Two columns for long listings of short lines (transcripts): half the pages, every line whole.
    const columnCount = opts.columns ?? 1;
    const columnGap = 10;
    const columnWidth = (CONTENT_WIDTH - (columnCount - 1) * columnGap) / columnCount;
    const inner = columnWidth - 2 * VERBATIM_PADDING - 4;
    const columns = monospaceColumns(inner, style.size);
    const wrapped = lines.flatMap((line) => {
      const prefix = line.prefix ?? "";
      const indent = " ".repeat(prefix.length);
      return wrapMonospace(line.text, columns - prefix.length).map((text, index) => ({
        text: `${index === 0 ? prefix : indent}${text}`,
        color: line.color,
      }));
    });
    const total = wrapped.length * lineHeight + 2 * VERBATIM_PADDING;
    const first = opts.keepTogether ? total : Math.min(6, wrapped.length) * lineHeight + 2 * VERBATIM_PADDING;
    this.ensure(Math.min(first, BOTTOM - PAGE_MARGIN));
    let index = 0;
    while (index < wrapped.length) {
      if (this.y + lineHeight + 2 * VERBATIM_PADDING > BOTTOM) this.newPage();
      const top = this.y;
      const fit = Math.max(1, Math.floor((BOTTOM - top - 2 * VERBATIM_PADDING) / lineHeight));
      let bottom = top;
      for (let column = 0; column < columnCount && index < wrapped.length; column++) {
        // Columns fill down the page; what is left for the last page is shared out evenly.
        const remaining = wrapped.length - index;
        const take =
          remaining <= fit * (columnCount - column) ? Math.ceil(remaining / (columnCount - column)) : fit;
        const chunk = wrapped.slice(index, index + Math.min(fit, take));
        const height = chunk.length * lineHeight + 2 * VERBATIM_PADDING;
        const x = PAGE_MARGIN + column * (columnWidth + columnGap);
        this.doc.rect(x, top, columnWidth, height).fill(COLORS.verbatimFill);
        if (opts.border) this.doc.rect(x, top, 2, height).fill(opts.border);
        this.use(style);
        let y = top + VERBATIM_PADDING + (lineHeight - style.size) / 2;
        for (const line of chunk) {
          this.doc.fillColor(line.color ?? style.color).text(line.text, x + VERBATIM_PADDING + 2, y, {
            lineBreak: false,
          });
          y += lineHeight;
        }
        bottom = Math.max(bottom, top + height);
        index += chunk.length;
      }
      this.y = bottom;
    }
    this.y += 6;
  }

  /** Draws the footer on every page, then the finished PDF's bytes. */
  async finish(footer: string): Promise<Buffer> {
    const { start, count } = this.doc.bufferedPageRange();
    const style = TEXT.footer;
    const top = PAGE_HEIGHT - PAGE_MARGIN + 4;
    for (let page = start; page < start + count; page++) {
      this.doc.switchToPage(page);
      // Below the bottom margin: without this PDFKit would start a new page for the footer.
      this.doc.page.margins.bottom = 0;
      this.doc
        .moveTo(PAGE_MARGIN, top)
        .lineTo(PAGE_MARGIN + CONTENT_WIDTH, top)
        .lineWidth(0.5)
        .strokeColor(COLORS.rule)
        .stroke();
      this.use(style);
      const number = `Page ${page - start + 1} of ${count}`;
      const numberWidth = this.doc.widthOfString(number);
      this.doc.text(pdfProse(footer), PAGE_MARGIN, top + 4, {
        lineBreak: false,
        width: CONTENT_WIDTH - numberWidth - 12,
        ellipsis: true,
      });
      this.doc.text(number, PAGE_MARGIN + CONTENT_WIDTH - numberWidth, top + 4, { lineBreak: false });
    }
    this.doc.end();
    return this.done;
  }
}
