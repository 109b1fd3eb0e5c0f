import type { StageStatus } from "../smtp/probe-schema";
import type { Viewer } from "./mask-for-viewer";

/**
 * The report as data: the founding case study's structure filled from a case. The web page and
 * the PDF both render this, so they cannot disagree. Strings from servers are verbatim (the engine
 * already made control characters visible).
 */

export type KeyValueRow = { label: string; value: string };

export type StageRow = {
  stage: string;
  status: StageStatus;
  result: string;
  ms: number | null;
  detail: string;
};

export type RunTable = {
  runId: string;
  /** "Test 1 — initial test". */
  label: string;
  startedAt: string;
  /** Where the test ran from, e.g. "SMTP Doctor server (198.51.100.7)". */
  network: string;
  /** "host:port, STARTTLS, no authentication". */
  target: string;
  outcome: "ok" | "warn" | "failed";
  outcomeText: string;
  /** The outcome without the server's reply: for where the reply is quoted elsewhere (the PDF). */
  outcomeHeadline: string;
  stages: StageRow[];
};

export type EvidenceItem = {
  /** Says who wrote the lines: the server ("…the server replied:"), our client, our own check, a blocklist's DNS. */
  heading: string;
  /** Who wrote the lines; absent for a blocklist's answer (its heading names the list). */
  origin?: "server" | "client" | "doctor";
  runLabel: string;
  stage: string;
  /** The server's reply lines verbatim, or the client's error, or our own check's words, as `origin` says. */
  lines: string[];
  /** What the reply establishes, in the case study's "this confirmed that" style. */
  confirms: string[];
};

/** One check of a network's reputation: which network, each blocklist, its reverse DNS and SPF. */
export type NetworkCheckView = {
  /** "Network check 1". */
  label: string;
  checkedAt: string;
  describes: "server" | "site";
  /** "the site's network (public IP 23.45.67.89)". */
  network: string;
  lists: {
    list: string;
    impact: string;
    status: "listed" | "not-listed" | "could-not-check";
    result: string;
    detail: string;
    answer: string;
  }[];
  rows: KeyValueRow[];
};

export type SettingRow = { setting: string; current: string; recommended: string; why: string };

export type BeforeAfterRow = { setting: string; before: string; after: string };

export type TranscriptLine = { t: number; dir: "client" | "server" | "info"; line: string };

/** "unproven": the last test passed, but stopped before the stage that failed or could fail (e.g. Send As at DATA). */
export type ReportStatus = "resolved" | "unproven" | "failing" | "no-failure" | "not-tested";

import type { DeviceSectionView } from "./report-device-section";

export type ReportModel = {
  title: string;
  caseId: string;
  /** "SD-1042": what people quote on the phone and in tickets. */
  reference: string;
  createdAt: string;
  updatedAt: string;
  viewer: Viewer;
  overview: { status: ReportStatus; statusText: string; paragraphs: string[] };
  environment: { rows: KeyValueRow[] };
  initialConfiguration: {
    runLabel: string;
    outcomeText: string;
    outcomeHeadline: string;
    rows: KeyValueRow[];
  } | null;
  symptoms: { runLabel: string; items: string[] } | null;
  testing: { runs: RunTable[]; networkChecks: NetworkCheckView[] };
  /** What the device itself did, seen by the capture server; null when no capture saw it. */
  device: DeviceSectionView | null;
  evidence: { items: EvidenceItem[] };
  findings: {
    rootCause: {
      /** The catalogue id (lib/diagnosis/causes.ts), for lists and filters. */
      id: string;
      title: string;
      confidence: string | null;
      explanation: string | null;
      fix: string | null;
      decidedBy: string | null;
    } | null;
    items: string[];
    otherCauses: string[];
    unrecognised: boolean;
  };
  correctiveAction: {
    recommended: SettingRow[];
    alternatives: string[];
    /** The settings the validation run used: the case study's "updated configuration". */
    updatedConfiguration: { runLabel: string; rows: KeyValueRow[] } | null;
  };
  validation: {
    runs: RunTable[];
    beforeAfter: BeforeAfterRow[];
    statements: string[];
    /** The stages it passed, in words ("SMTP connection succeeded", …): the first of `statements`. */
    passed: string[];
  } | null;
  nextSteps: string[];
  appendix: { runLabel: string; lines: TranscriptLine[] }[];
};
