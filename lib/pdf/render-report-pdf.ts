import { formatTime } from "../reports/format-time";
import { REPORT_SECTIONS, type ReportSectionId } from "../reports/report-labels";
import type {
  KeyValueRow,
  NetworkCheckView,
  ReportModel,
  ReportStatus,
  RunTable,
  TranscriptLine,
} from "../reports/report-model-types";
import type { StageStatus } from "../smtp/probe-schema";
import { type Cell, PdfLayout } from "./pdf-layout";
import { COLORS, TEXT } from "./pdf-styles";

/**
 * The report as PDF bytes, written in-process (no browser, no network: built-in fonts only), in
 * the founding case study's order. Takes the model, not the case, so masking and redaction have
 * already happened.
 */
export async function renderReportPdf(model: ReportModel): Promise<Buffer> {
  const layout = new PdfLayout({
    title: `SMTP diagnostic report: ${model.title}`,
    subject: `SMTP delivery diagnosis: the server's replies, the cause and the fix (case ${model.reference})`,
    keywords: "SMTP, diagnosis, mail delivery, report",
    date: new Date(model.updatedAt),
  });
  header(layout, model);
  for (const { id, heading } of REPORT_SECTIONS) {
    if (NOT_IN_PDF.has(id)) continue;
    // Only a case whose device was captured has this section.
    if (id === "device" && model.device === null) continue;
    layout.heading(heading);
    SECTIONS[id](layout, model);
  }
  const title = model.title.length > 90 ? `${model.title.slice(0, 90)}…` : model.title;
  return layout.finish(`SMTP Doctor · ${model.reference} · ${title}`);
}

/**
 * Sections the web report shows that the PDF leaves out: "Observed symptoms" lists the first
 * test's stages, which its stage table under "Diagnostic testing performed" prints line for line.
 */
const NOT_IN_PDF: ReadonlySet<ReportSectionId> = new Set(["symptoms"]);

const REPORT_STATUS_COLORS: Record<ReportStatus, string> = {
  resolved: COLORS.ok,
  failing: COLORS.failed,
  unproven: COLORS.warn,
  "no-failure": COLORS.warn,
  "not-tested": COLORS.skipped,
};

const STAGE_COLORS: Record<StageStatus, string> = {
  ok: COLORS.ok,
  warn: COLORS.warn,
  failed: COLORS.failed,
  skipped: COLORS.skipped,
};

const LIST_COLORS: Record<NetworkCheckView["lists"][number]["status"], string> = {
  listed: COLORS.failed,
  "not-listed": COLORS.ok,
  "could-not-check": COLORS.warn,
};

function header(layout: PdfLayout, model: ReportModel) {
  const audience =
    model.viewer === "report" ? "Shared copy: usernames and recipients masked" : "Owner's copy";
  layout.text("SMTP DOCTOR · DIAGNOSTIC REPORT", TEXT.kicker);
  layout.text(model.title, TEXT.title);
  layout.text(
    `Case ${model.reference} · opened ${formatTime(model.createdAt)} · updated ${formatTime(model.updatedAt)} · ${audience}`,
    TEXT.meta,
  );
  layout.banner(model.overview.statusText, REPORT_STATUS_COLORS[model.overview.status]);
}

function keyValues(layout: PdfLayout, rows: readonly KeyValueRow[]) {
  layout.table(
    [
      { title: "Setting", width: 0.32 },
      { title: "Value", width: 0.68 },
    ],
    rows.map((row) => [{ text: row.label, bold: true }, row.value]),
  );
}

/** Room for a test's title, its target line, the table header and three rows, in points. */
const STAGE_TABLE_START = 120;

function runStages(layout: PdfLayout, run: RunTable) {
  const color = run.outcome === "failed" ? COLORS.failed : run.outcome === "warn" ? COLORS.warn : COLORS.ok;
  // The test's title, its one-line target and the start of its table stay on one page.
  layout.ensure(STAGE_TABLE_START);
  layout.subheading(`${run.label} · ${run.startedAt}`);
  layout.text(`${run.target} · from ${run.network}`);
  layout.table(
    [
      { title: "Stage", width: 0.17 },
      { title: "Result", width: 0.11 },
      { title: "Time (ms)", width: 0.11 },
      { title: "Detail", width: 0.61 },
    ],
    run.stages.map((stage): Cell[] => [
      { text: stage.stage, bold: true },
      { text: stage.result, color: STAGE_COLORS[stage.status], bold: stage.status === "failed" },
      stage.ms === null ? "-" : String(stage.ms),
      stage.detail,
    ]),
  );
  // The failing reply is quoted once, under "Evidence"; the outcome line names the stage.
  const quotedElsewhere = run.outcomeHeadline !== run.outcomeText;
  layout.text(
    `Outcome: ${run.outcomeHeadline}${quotedElsewhere ? ' (the server\'s words are under "Evidence")' : ""}`,
    TEXT.bold,
    { color },
  );
}

function networkCheck(layout: PdfLayout, check: NetworkCheckView) {
  layout.subheading(`${check.label} · ${check.checkedAt}`);
  layout.text(`Blocklists, reverse DNS and SPF of ${check.network}.`);
  layout.table(
    [
      { title: "Blocklist", width: 0.24 },
      { title: "Impact", width: 0.14 },
      { title: "Result", width: 0.12 },
      { title: "Meaning", width: 0.26 },
      { title: "DNS answer", width: 0.24 },
    ],
    check.lists.map((list): Cell[] => [
      { text: list.list, bold: true },
      list.impact,
      { text: list.result, color: LIST_COLORS[list.status], bold: list.status === "listed" },
      list.detail,
      list.answer,
    ]),
  );
  keyValues(layout, check.rows);
}

const TIME_CHARS = 7;
const DIRECTION: Record<TranscriptLine["dir"], { mark: string; color: string }> = {
  client: { mark: "C:", color: COLORS.accent },
  server: { mark: "S:", color: COLORS.text },
  info: { mark: "--", color: COLORS.muted },
};

/** "   132 S: ": the time right-aligned, then who wrote the line. */
function transcriptPrefix(entry: TranscriptLine): string {
  return `${String(Math.round(entry.t)).padStart(TIME_CHARS - 1)} ${DIRECTION[entry.dir].mark} `;
}

const SECTIONS: Record<ReportSectionId, (layout: PdfLayout, model: ReportModel) => void> = {
  overview(layout, model) {
    for (const paragraph of model.overview.paragraphs) layout.text(paragraph);
  },

  environment(layout, model) {
    // Short values: two settings to a row.
    const rows = model.environment.rows;
    const pairs: Cell[][] = [];
    for (let i = 0; i < rows.length; i += 2) {
      const [left, right] = [rows[i], rows[i + 1]];
      if (!left) continue;
      pairs.push([
        { text: left.label, bold: true },
        left.value,
        { text: right?.label ?? "", bold: true },
        right?.value ?? "",
      ]);
    }
    layout.table(
      [
        { title: "Setting", width: 0.2 },
        { title: "Value", width: 0.3 },
        { title: "Setting", width: 0.2 },
        { title: "Value", width: 0.3 },
      ],
      pairs,
    );
  },

  initialConfiguration(layout, model) {
    const initial = model.initialConfiguration;
    if (!initial) return layout.note("No test has been run yet.");
    layout.note(`As used in ${initial.runLabel}. Result: ${initial.outcomeHeadline}.`);
    keyValues(layout, initial.rows);
  },

  symptoms(layout, model) {
    const symptoms = model.symptoms;
    if (!symptoms) return layout.note("No failing test recorded.");
    layout.note(`From ${symptoms.runLabel}:`);
    layout.bullets(symptoms.items);
  },

  device(layout, model) {
    for (const session of model.device?.sessions ?? []) {
      layout.subheading(session.heading);
      keyValues(layout, session.rows);
      layout.bullets(session.findings);
    }
  },

  testing(layout, model) {
    if (model.testing.runs.length === 0) layout.note("No test has been run yet.");
    for (const run of model.testing.runs) runStages(layout, run);
    for (const check of model.testing.networkChecks) networkCheck(layout, check);
  },

  evidence(layout, model) {
    if (model.evidence.items.length === 0) layout.note("No stage failed, so there is no refusal to quote.");
    for (const item of model.evidence.items) {
      layout.subheading(item.heading);
      layout.monospace(
        item.lines.map((text) => ({ text })),
        { border: COLORS.failed, keepTogether: true },
      );
      if (item.confirms.length > 0) layout.text("This confirms that:");
      layout.bullets(item.confirms);
    }
  },

  findings(layout, model) {
    const { rootCause, items, otherCauses, unrecognised } = model.findings;
    if (rootCause) {
      const confidence = rootCause.confidence ? ` (confidence: ${rootCause.confidence})` : "";
      const lines = [
        rootCause.explanation,
        rootCause.fix ? `Fix: ${rootCause.fix}` : null,
        rootCause.decidedBy,
      ].filter((line): line is string => line !== null);
      // The root cause is kept together: its title alone at a page's foot says nothing.
      const title = `Root cause${confidence}: ${rootCause.title}`;
      layout.ensure([title, ...lines].reduce((sum, line) => sum + layout.measure(line, TEXT.body) + 4, 0));
      layout.text(title, TEXT.bold);
      for (const line of lines) layout.text(line);
    }
    if (unrecognised) {
      layout.note(
        "The server's reply was not recognised. It is quoted verbatim above, with no guess at its cause.",
      );
    }
    if (!rootCause && !unrecognised && items.length === 0) layout.note("No diagnosis recorded.");
    layout.bullets(items);
    if (otherCauses.length > 0) {
      layout.subheading("Other possible causes");
      layout.bullets(otherCauses);
    }
  },

  correctiveAction(layout, model) {
    const { recommended, alternatives, updatedConfiguration } = model.correctiveAction;
    if (recommended.length === 0) layout.note("No corrected settings recorded.");
    else
      layout.table(
        [
          { title: "Setting", width: 0.2 },
          { title: "Current", width: 0.24 },
          { title: "Recommended", width: 0.24 },
          { title: "Why", width: 0.32 },
        ],
        recommended.map((row): Cell[] => [
          { text: row.setting, bold: true },
          row.current,
          { text: row.recommended, bold: true },
          row.why,
        ]),
      );
    if (alternatives.length > 0) {
      layout.subheading("Alternatives, in order of preference");
      layout.bullets(alternatives);
    }
    if (updatedConfiguration) {
      layout.subheading(`Updated configuration, as validated in ${updatedConfiguration.runLabel}`);
      keyValues(layout, updatedConfiguration.rows);
    }
  },

  validation(layout, model) {
    const validation = model.validation;
    if (!validation) return layout.note("No validation test has been run yet.");
    // The stages it passed in one line (its stage table has them one by one), then what it proves.
    const notes = validation.statements.slice(validation.passed.length);
    layout.bullets([...(validation.passed.length > 0 ? [`${validation.passed.join("; ")}.`] : []), ...notes]);
    layout.subheading("Before and after");
    layout.table(
      [
        { title: "Setting", width: 0.2 },
        { title: "Before", width: 0.4 },
        { title: "After", width: 0.4 },
      ],
      // The result row would quote the failing reply a fourth time: the outcome lines above say it.
      validation.beforeAfter
        .filter((row) => row.setting !== "Result")
        .map((row): Cell[] => [{ text: row.setting, bold: true }, row.before, row.after]),
    );
    // A validation run is already in "Diagnostic testing performed": name it rather than print its stages twice.
    const printed = new Set(model.testing.runs.map((run) => run.runId));
    for (const run of validation.runs) {
      if (printed.has(run.runId))
        layout.note(`${run.label}, stage by stage: see "Diagnostic testing performed".`);
      else runStages(layout, run);
    }
  },

  nextSteps(layout, model) {
    if (model.nextSteps.length === 0) layout.note("Nothing further.");
    layout.bullets(model.nextSteps);
  },

  appendix(layout, model) {
    layout.note(
      "Times are milliseconds from the start of each test. C: sent by SMTP Doctor, S: the server. Secrets are redacted.",
    );
    if (model.appendix.length === 0) layout.note("No test has been run yet.");
    for (const run of model.appendix) {
      layout.subheading(run.runLabel);
      layout.monospace(
        run.lines.map((entry) => ({
          prefix: transcriptPrefix(entry),
          text: entry.line,
          color: DIRECTION[entry.dir].color,
        })),
        { columns: 2, compact: true },
      );
    }
  },
};
