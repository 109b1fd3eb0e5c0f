import type { ProbeResult, StageResult } from "../smtp/probe-schema";

const MARK: Record<StageResult["status"], string> = {
  ok: "ok  ",
  warn: "WARN",
  failed: "FAIL",
  skipped: "skip",
};

/** A readable stage-by-stage report for a terminal. Server text is already sanitised by the engine. */
export function formatProbe(result: ProbeResult, exitCode: number): string {
  const t = result.target;
  const auth = t.auth === "none" ? "no auth" : `auth ${t.auth} as ${t.username}`;
  const lines = [
    `SMTP Doctor probe of ${t.host}:${t.port} (${t.security}, ${auth}) from this machine's network`,
    "",
  ];
  for (const stage of result.stages) {
    const ms = stage.status === "skipped" ? "" : `${Math.round(stage.durationMs)} ms`;
    lines.push(`  [${MARK[stage.status]}] ${stage.name.padEnd(8)} ${ms.padStart(8)}  ${stage.summary}`);
    const pad = " ".repeat(28);
    if (stage.reply && stage.status !== "ok") {
      for (const line of stage.reply.lines) lines.push(`${pad}< ${line}`);
    }
    if (stage.error) lines.push(`${pad}error ${stage.error.code}`);
    for (const warning of stage.warnings) lines.push(`${pad}warning: ${warning}`);
  }
  lines.push("");
  lines.push(
    result.failedStage
      ? `Result: FAILED at ${result.failedStage} (exit ${exitCode})`
      : `Result: ${result.outcome === "warn" ? "passed with warnings" : "passed"} (exit ${exitCode})`,
  );
  lines.push("", "Transcript:");
  for (const entry of result.transcript) {
    const who = entry.dir === "client" ? "C:" : entry.dir === "server" ? "S:" : "--";
    lines.push(`  ${String(entry.t).padStart(6)} ms ${who} ${entry.line}`);
  }
  return lines.join("\n");
}
