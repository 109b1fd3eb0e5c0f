import type { ReportModel } from "./report-model-types";

/**
 * The case as plain text for a helpdesk ticket (Zendesk, Freshdesk, Jira Service Management,
 * ServiceNow): labelled lines and indented blocks only, no Markdown tables or HTML, so it pastes the
 * same into a rich-text editor, a plain-text field or an e-mail. The server's reply is verbatim,
 * indented so no ticket system reflows it; the report link is the proof to hand on.
 */
export function ticketSummary(model: ReportModel, reportUrl: string | null): string {
  const out: string[] = [];
  const line = (label: string, value: string | null | undefined) => {
    if (value && value.trim() !== "") out.push(`${label}: ${value.trim()}`);
  };
  const block = (heading: string, lines: readonly string[]) => {
    const kept = lines.filter((text) => text.trim() !== "");
    if (kept.length === 0) return;
    out.push("", heading.endsWith(":") ? heading : `${heading}:`, ...kept.map((text) => `    ${text}`));
  };
  const list = (heading: string, items: readonly string[]) => {
    const kept = items.filter((text) => text.trim() !== "");
    if (kept.length === 0) return;
    out.push("", `${heading}:`, ...kept.map((text) => `- ${text}`));
  };

  out.push(`SMTP Doctor case ${model.reference}: ${model.title}`);
  line("Status", model.overview.statusText);
  // What is known only: "Unknown" rows are noise in a ticket.
  for (const row of model.environment.rows) {
    if (!/^(?:unknown|not identified)$/i.test(row.value.trim())) line(row.label, row.value);
  }
  // The symptom without the stages that went well: what failed, what was never reached.
  if (model.symptoms) {
    list(
      `Symptom (${model.symptoms.runLabel})`,
      model.symptoms.items.filter((item) => !/^[\w ()/-]+ succeeded:/.test(item)),
    );
  }

  // The server's own words first: what a vendor or an ISP will want to see.
  const reply = model.evidence.items.find((item) => item.origin === "server") ?? model.evidence.items[0];
  if (reply) block(reply.heading, reply.lines);

  const cause = model.findings.rootCause;
  out.push("");
  if (cause) {
    line("Root cause", cause.confidence ? `${cause.title} (${cause.confidence})` : cause.title);
    line("Why", cause.explanation);
    line("Fix", cause.fix);
  } else {
    line("Root cause", model.findings.unrecognised ? "not recognised from the server's reply" : "none found");
  }
  list(
    "Recommended settings",
    model.correctiveAction.recommended.map((row) =>
      row.current === row.recommended
        ? `${row.setting}: ${row.recommended}`
        : `${row.setting}: ${row.current.trim() || "(none)"} -> ${row.recommended}`,
    ),
  );
  list(
    "Validation",
    model.validation?.statements ?? ["not validated yet: no test with the corrected settings"],
  );
  list("Next steps", model.nextSteps);
  if (reportUrl) out.push("", `Report (read-only, usernames and recipients masked): ${reportUrl}`);
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
