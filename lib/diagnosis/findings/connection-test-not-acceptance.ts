import type { StageName } from "../../smtp/probe-schema";
import type { Evidence } from "../evidence";
import type { FindingCheck } from "./finding-types";

const CLEAN = ["connect", "greeting", "ehlo"] as const;

/** The founding case's lesson: everything up to RCPT worked, so a device's "connection test" passed. */
export const connectionTestNotAcceptance: FindingCheck = {
  id: "connection-test-not-acceptance",
  check(e) {
    const failedLate = e.stage === "rcpt" || e.stage === "mail";
    if (!failedLate) return null;
    if (e.probe) {
      const clean = CLEAN.every((name) => e.probe?.stages.find((s) => s.name === name)?.status !== "failed");
      if (!clean || e.probe.failedStage !== e.stage) return null;
    }
    return {
      severity: "info",
      title: "A connection test does not prove acceptance",
      detail: e.probe ? probeDetail(e) : textDetail(e.stage),
      asOf: null,
      source: "Cleichleiter/smtp-diagnostics-m365 examples/real-world-failure-spamhaus.md",
    };
  },
};

function textDetail(stage: StageName | null): string {
  return `A refusal at ${stage === "rcpt" ? "RCPT TO" : "MAIL FROM"} comes after the connection, greeting and EHLO have worked. A device's "connection test" usually stops before this point, so it passes while every real message is refused.`;
}

function probeDetail(e: Evidence): string {
  const encrypted = e.probe?.stages.some(
    (s) => s.name === "tls" && s.status !== "skipped" && s.status !== "failed",
  );
  return `The connection, greeting and EHLO${encrypted ? " and encryption" : ""} worked; the refusal came at ${e.stage === "rcpt" ? "RCPT TO" : "MAIL FROM"}. A device's "connection test" usually stops before this point, so it passes while every real message is refused.`;
}
