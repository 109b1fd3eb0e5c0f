import type { StageName, StageStatus } from "./probe-schema";

/** What each stage is called on screen: the protocol step a helpdesk recognises. */
export const STAGE_LABELS: Record<StageName, string> = {
  resolve: "DNS lookup",
  guard: "Target check",
  connect: "TCP connect",
  greeting: "Banner",
  ehlo: "EHLO",
  tls: "TLS",
  auth: "AUTH",
  mail: "MAIL FROM",
  rcpt: "RCPT TO",
  data: "DATA",
  quit: "QUIT",
};

export const STATUS_LABELS: Record<StageStatus, string> = {
  ok: "OK",
  warn: "Warning",
  failed: "Failed",
  skipped: "Skipped",
};
