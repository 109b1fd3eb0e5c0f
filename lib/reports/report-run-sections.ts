import { evidenceVerb, stageEvidence } from "../smtp/evidence-origin";
import type { StageResult } from "../smtp/probe-schema";
import type { Run, RunSettings } from "./case-schemas";
import { formatTime } from "./format-time";
import { AUTH_LABELS, RUN_KIND_LABELS, SECURITY_LABELS, STAGE_LABELS, STATUS_LABELS } from "./report-labels";
import type { BeforeAfterRow, EvidenceItem, KeyValueRow, RunTable } from "./report-model-types";

/** Report pieces built from one run. */

export function runLabel(run: Run): string {
  return `Test ${run.seq} (${RUN_KIND_LABELS[run.kind]})`;
}

/** Where the SMTP connection came from, and where the browser that asked for it was. */
export function networkText(run: Run): string {
  const { ip, label, requestedFrom } = run.network;
  const place = ip && !label.includes(ip) ? `${label} (${ip})` : label;
  return requestedFrom ? `${place}, requested from a browser at ${requestedFrom}` : place;
}

export function targetText(settings: RunSettings): string {
  const auth =
    settings.auth === "none"
      ? "no authentication"
      : settings.auth === "oauth2"
        ? "OAuth 2.0"
        : "authenticated";
  const security = settings.security === "none" ? "no encryption" : SECURITY_LABELS[settings.security];
  return `${settings.host}:${settings.port}, ${security}, ${auth}`;
}

const SUMMARY_QUOTE = 300;

/** A reply quoted in a summary; past 300 characters it points to the full, verbatim evidence. */
export function quoteReply(line: string): string {
  if (line.length <= SUMMARY_QUOTE) return line;
  return `${line.slice(0, SUMMARY_QUOTE)}… [cut here; the full reply is under "Evidence"]`;
}

/** "Failed at RCPT TO: 550 5.7.1 …" / "Passed every stage through RCPT TO". */
export function outcomeText(run: Run): string {
  const { failedStage, outcome, stages } = run.result;
  if (failedStage !== null) {
    const failed = stages.find((stage) => stage.name === failedStage);
    const reply = failed?.reply?.lines[0];
    const why = reply !== undefined ? quoteReply(reply) : (failed?.error?.message ?? failed?.summary ?? "");
    return `Failed at ${STAGE_LABELS[failedStage]}${why ? `: ${why}` : ""}`;
  }
  const last = [...stages]
    .reverse()
    .find((stage) => stage.name !== "quit" && (stage.status === "ok" || stage.status === "warn"));
  const through = last ? ` through ${STAGE_LABELS[last.name]}` : "";
  return outcome === "warn" ? `Passed${through}, with warnings` : `Passed every stage${through}`;
}

/** "Failed at RCPT TO" without the reply (where the reply is quoted elsewhere), or the outcome as it is. */
export function outcomeHeadline(run: Run): string {
  const { failedStage } = run.result;
  return failedStage !== null ? `Failed at ${STAGE_LABELS[failedStage]}` : outcomeText(run);
}

export function runTable(run: Run): RunTable {
  return {
    runId: run.id,
    label: runLabel(run),
    startedAt: formatTime(run.result.startedAt),
    network: networkText(run),
    target: targetText(run.settings),
    outcome: run.result.outcome,
    outcomeText: outcomeText(run),
    outcomeHeadline: outcomeHeadline(run),
    stages: run.result.stages
      .filter((stage) => stage.name !== "quit")
      .map((stage) => ({
        stage: STAGE_LABELS[stage.name],
        status: stage.status,
        result: STATUS_LABELS[stage.status],
        ms: stage.status === "skipped" ? null : Math.round(stage.durationMs),
        detail: [stage.summary, ...stage.warnings].filter(Boolean).join(" "),
      })),
  };
}

export function settingsRows(settings: RunSettings): KeyValueRow[] {
  const rows: KeyValueRow[] = [
    { label: "SMTP server", value: settings.host },
    { label: "Port", value: String(settings.port) },
    { label: "Encryption", value: SECURITY_LABELS[settings.security] },
    { label: "SMTP authentication", value: AUTH_LABELS[settings.auth] },
  ];
  if (settings.auth !== "none") rows.push({ label: "Username", value: settings.username ?? "(none)" });
  // As in the case study's working configuration: say a password is needed, never what it is.
  if (settings.auth === "password")
    rows.push({ label: "Password", value: "Entered on the device (never stored here)" });
  rows.push({ label: "Sender address", value: settings.from });
  rows.push({
    label: settings.to.length > 1 ? "Test recipients" : "Test recipient",
    value: settings.to.join(", "),
  });
  return rows;
}

/** The case study's symptom list: what passed, where it stopped, what was never reached. */
export function symptomItems(run: Run): string[] {
  const items: string[] = [];
  const skipped: string[] = [];
  for (const stage of run.result.stages) {
    if (stage.name === "quit") continue;
    const label = STAGE_LABELS[stage.name];
    if (stage.status === "skipped") skipped.push(label);
    else if (stage.status === "ok") items.push(`${label} succeeded: ${stage.summary}`);
    else if (stage.status === "warn") items.push(`${label} succeeded with a warning: ${stage.summary}`);
    else
      items.push(
        `${label} failed: ${quoteReply(stage.reply?.lines.join(" ") || stage.error?.message || stage.summary)}`,
      );
  }
  if (skipped.length > 0) items.push(`Not reached: ${skipped.join(", ")}`);
  const failed = run.result.failedStage;
  if (failed === "mail" || failed === "rcpt" || failed === "data") {
    items.push("A connection test (TCP or EHLO only) would have reported success: the refusal came later.");
  }
  return items;
}

/** Each failed stage's evidence, one item per origin: only a reply is headed as the server's. */
export function evidenceItems(run: Run): EvidenceItem[] {
  return run.result.stages
    .filter((stage) => stage.status === "failed")
    .flatMap((stage) => {
      const parts = stageEvidence(stage);
      const shown = parts.length > 0 ? parts : [{ origin: "doctor" as const, lines: [stage.summary] }];
      return shown.map((part, index) => ({
        heading: `${runLabel(run)}, at ${STAGE_LABELS[stage.name]}, ${evidenceVerb(part.origin)}:`,
        origin: part.origin,
        runLabel: runLabel(run),
        stage: STAGE_LABELS[stage.name],
        lines:
          part.origin === "server" || !stage.error
            ? part.lines
            : part.lines.map((line) => `${stage.error?.code}: ${line}`),
        // What it establishes, said once per stage, under its last piece.
        confirms: index === shown.length - 1 ? confirms(run.result.stages, stage) : [],
      }));
    });
}

function confirms(stages: StageResult[], failed: StageResult): string[] {
  const passed = (name: StageResult["name"]) =>
    stages.some((stage) => stage.name === name && (stage.status === "ok" || stage.status === "warn"));
  const out: string[] = [];
  const code = failed.reply?.code;
  if (code !== undefined) {
    out.push(
      `The server itself refused at ${STAGE_LABELS[failed.name]} (reply ${code}): this is not a network block.`,
    );
    if (code >= 500) out.push("The refusal is permanent (5xx): retrying the same settings will not help.");
    else if (code >= 400)
      out.push("The refusal is temporary (4xx): the server asks the client to retry later.");
  } else if (failed.error) {
    out.push(
      `No server reply at ${STAGE_LABELS[failed.name]}: the client stopped with ${failed.error.code}.`,
    );
  }
  if (passed("tls") && failed.name !== "tls")
    out.push("It happened after TLS was negotiated: encryption worked.");
  if (["mail", "rcpt", "data"].includes(failed.name)) {
    out.push(
      passed("auth")
        ? "Authentication had succeeded first."
        : "No authentication was involved at this stage.",
    );
  }
  return out;
}

/** The settings that changed between a failing run and its validation, plus the result of each. */
export function beforeAfterRows(before: Run, after: Run): BeforeAfterRow[] {
  const left = new Map(settingsRows(before.settings).map((row) => [row.label, row.value]));
  const right = new Map(settingsRows(after.settings).map((row) => [row.label, row.value]));
  const labels = [...new Set([...left.keys(), ...right.keys()])];
  const rows = labels
    .filter((label) => left.get(label) !== right.get(label))
    .map((label) => ({
      setting: label,
      before: left.get(label) ?? "(not set)",
      after: right.get(label) ?? "(not set)",
    }));
  rows.push({ setting: "Result", before: outcomeText(before), after: outcomeText(after) });
  return rows;
}
