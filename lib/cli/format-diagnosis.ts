import { describeSignal } from "../diagnosis/describe-signal";
import type { Diagnosis } from "../diagnosis/diagnosis-schema";

function indent(text: string, prefix = "  "): string {
  return text
    .split("\n")
    .map((line) => `${prefix}${line}`)
    .join("\n");
}

/** A diagnosis as plain text for a terminal: verdict first, then the evidence, fix and extras. */
export function formatDiagnosis(d: Diagnosis): string {
  const out: string[] = [];
  const root = d.rootCause;
  if (d.unrecognised) {
    out.push("Not recognised: SMTP Doctor does not name a cause for this reply rather than guess.");
  } else {
    out.push(`Root cause: ${root.title} (${root.id}, confidence ${root.confidence.toFixed(2)})`);
  }
  out.push(`Stage: ${d.stage ?? "unknown"}   Provider: ${d.provider ?? "unknown"}`);
  if (root.evidence.reply) out.push("Reply:", indent(root.evidence.reply.slice(0, 2_000)));
  out.push(`Codes: ${d.codes.meaning}`);
  out.push("", "What it means:", indent(root.explanation), "", "Fix:", indent(root.fix));
  const decided = describeSignal(root.signal);
  if (decided) out.push("", indent(decided));
  if (d.otherCauses.length > 0) {
    out.push("", "Other possible causes:");
    for (const other of d.otherCauses)
      out.push(`  - ${other.title} (${other.id}, ${other.confidence.toFixed(2)})`);
  }
  if (d.findings.length > 0) {
    out.push("", "Also noticed:");
    for (const finding of d.findings)
      out.push(`  - ${finding.title}${finding.asOf ? ` (as of ${finding.asOf})` : ""}: ${finding.detail}`);
  }
  if (d.recommended) {
    out.push("", "Recommended settings:");
    for (const row of d.recommended.table)
      out.push(`  ${row.setting.padEnd(10)} ${row.current} -> ${row.recommended}   (${row.why})`);
    for (const path of d.recommended.alternatives) {
      out.push(
        `  ${path.rank}. ${path.title}: ${path.host}:${path.port} ${path.security}, auth ${path.auth}`,
      );
      for (const note of path.notes) out.push(indent(note, "     "));
    }
  }
  return `${out.join("\n")}\n`;
}
