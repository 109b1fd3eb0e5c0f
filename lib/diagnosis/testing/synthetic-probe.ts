import type {
  EhloFacts,
  ProbeErrorCode,
  ProbeResult,
  StageFacts,
  StageName,
  StageResult,
  TlsFacts,
} from "../../smtp/probe-schema";
import { STAGE_LABELS } from "../../smtp/stage-labels";
import { STAGE_NAMES } from "../../smtp/stage-names";

/**
 * A probe result built as data, for outcomes the loopback fixtures cannot produce (our own guard
 * refusing a target, DNS failures, a port that never answers). Shapes follow lib/smtp/probe-schema.
 */
export type SyntheticProbe = {
  target?: Partial<ProbeResult["target"]>;
  failedStage?: StageName | null;
  error?: { code: ProbeErrorCode; message: string } | null;
  /** The failed (or last) stage's reply, as the server sent it. */
  reply?: { code: number; enhanced?: string | null; lines: string[] } | null;
  /** Facts to merge into named stages. */
  facts?: Partial<Record<StageName, StageFacts>>;
  greeting?: string;
};

const ORDER: readonly StageName[] = STAGE_NAMES;

export const plainEhlo: EhloFacts = {
  serverName: "mx.example.net",
  extensions: ["PIPELINING", "STARTTLS", "ENHANCEDSTATUSCODES"],
  authMechanisms: [],
  starttls: true,
  pipelining: true,
  size: null,
  usedHelo: false,
};

export function tlsFactsWith(overrides: Partial<TlsFacts>): TlsFacts {
  return {
    mode: "starttls",
    protocol: "TLSv1.3",
    cipher: "TLS_AES_256_GCM_SHA384",
    certificate: null,
    chain: [],
    trusted: true,
    trustError: null,
    hostnameMatches: true,
    hostnameError: null,
    servername: "mail.example.net",
    ...overrides,
  };
}

function replyOf(spec: NonNullable<SyntheticProbe["reply"]>) {
  const text = spec.lines.map((line) => line.replace(/^\d{3}[ -](?:\d\.\d{1,3}\.\d{1,3} )?/, "")).join("\n");
  return { code: spec.code, enhanced: spec.enhanced ?? null, text, lines: spec.lines };
}

export function syntheticProbe(spec: SyntheticProbe): ProbeResult {
  const target: ProbeResult["target"] = {
    host: "mail.example.net",
    port: 587,
    security: "starttls",
    auth: "none",
    username: null,
    from: "scanner@example.com",
    to: ["someone@example.org"],
    ehloName: "probe.example",
    send: false,
    ...spec.target,
  };
  const failedStage = spec.failedStage ?? null;
  const failedAt = failedStage ? ORDER.indexOf(failedStage) : ORDER.length;
  const stages: StageResult[] = ORDER.map((name, index) => {
    const failed = index === failedAt;
    const skipped = index > failedAt && name !== "quit";
    const reply =
      failed || (!failedStage && name === "rcpt")
        ? spec.reply
          ? replyOf(spec.reply)
          : failedStage
            ? null
            : replyOf({ code: 250, enhanced: "2.1.5", lines: ["250 2.1.5 Recipient OK"] })
        : name === "greeting" && index < failedAt
          ? replyOf({ code: 220, lines: [spec.greeting ?? "220 mx.example.net ESMTP"] })
          : null;
    return {
      name,
      status: failed ? "failed" : skipped ? "skipped" : "ok",
      startedAt: skipped ? null : "2026-11-28T12:00:00.000Z",
      durationMs: skipped ? 0 : 1,
      summary: failed
        ? (spec.error?.message ?? "Refused")
        : skipped
          ? `Not run: ${failedStage ? STAGE_LABELS[failedStage] : "an earlier stage"} failed first`
          : "ok",
      reply,
      error: failed ? (spec.error ?? null) : null,
      facts: { ...(name === "ehlo" && index < failedAt ? { ehlo: plainEhlo } : {}), ...spec.facts?.[name] },
      warnings: [],
    };
  });
  return {
    runId: "synthetic",
    startedAt: "2026-11-28T12:00:00.000Z",
    durationMs: 10,
    target,
    outcome: failedStage ? "failed" : "ok",
    failedStage,
    stages,
    transcript: [],
  };
}
