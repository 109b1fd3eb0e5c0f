import type { ProbeResult, StageResult } from "../../smtp/probe-schema";
import type { NewRun } from "../case-schemas";
import { foundingDiagnosis } from "./founding-diagnosis";

/**
 * A small, schema-valid run for store tests that do not need a real probe (child processes,
 * concurrency). Report and PDF tests use real probes against the fixtures instead.
 */
export function sampleProbeResult(runId = "sample-run"): ProbeResult {
  const reply = {
    code: 550,
    enhanced: "5.7.1",
    text: "Service unavailable, Client host [203.0.113.5] blocked using Spamhaus",
    lines: ["550 5.7.1 Service unavailable, Client host [203.0.113.5] blocked using Spamhaus"],
  };
  return {
    runId,
    startedAt: "2026-03-02T10:00:00.000Z",
    durationMs: 412,
    target: {
      host: "contoso-com.mail.protection.outlook.com",
      port: 25,
      security: "starttls",
      auth: "none",
      username: null,
      from: "office@contoso.com",
      to: ["someone@contoso.com"],
      ehloName: "probe.example",
      send: false,
    },
    outcome: "failed",
    failedStage: "rcpt",
    stages: [
      stage("connect", "ok", "Connected to 203.0.113.10:25"),
      { ...stage("rcpt", "failed", "Recipient refused"), reply },
    ],
    transcript: [
      { t: 0, dir: "server", line: "220 mail.protection.outlook.com ready" },
      { t: 40, dir: "client", line: "RCPT TO:<someone@contoso.com>" },
      { t: 80, dir: "server", line: reply.lines[0] ?? "" },
    ],
  };
}

function stage(name: StageResult["name"], status: StageResult["status"], summary: string): StageResult {
  return {
    name,
    status,
    startedAt: "2026-03-02T10:00:00.000Z",
    durationMs: 20,
    summary,
    reply: null,
    error: null,
    facts: {},
    warnings: [],
  };
}

export function sampleNewRun(runId?: string): NewRun {
  const result = sampleProbeResult(runId);
  return {
    kind: "initial",
    result,
    diagnosis: foundingDiagnosis(result),
    network: { describes: "server", label: "SMTP Doctor server" },
  };
}
