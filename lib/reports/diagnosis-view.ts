import { describeSignal } from "../diagnosis/describe-signal";
import type { SendingPath, SettingRow } from "../diagnosis/diagnosis-schema";
import { SECURITY_LABELS } from "./report-labels";
import type { StoredDiagnosis } from "./stored-diagnosis";

/** What the report says about a diagnosis: its structured fields turned into report sentences. */
export type DiagnosisView = {
  rootCause: {
    id: string;
    title: string;
    confidence: string;
    explanation: string;
    fix: string;
    /** Which layer of the analyzer decided, in words ("Decided by the enhanced status code 5.1.1 …"). */
    decidedBy: string | null;
  } | null;
  otherCauses: string[];
  unrecognised: boolean;
  findings: string[];
  recommended: {
    rows: { setting: string; current: string; recommended: string; why: string }[];
    alternatives: string[];
  };
};

const SETTING_LABELS: Record<SettingRow["setting"], string> = {
  server: "SMTP server",
  port: "Port",
  encryption: "Encryption",
  auth: "SMTP authentication",
  username: "Username",
  sender: "Sender address",
};

const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;

export function readDiagnosis(diagnosis: StoredDiagnosis | null): DiagnosisView | null {
  if (diagnosis === null) return null;
  const { rootCause, recommended } = diagnosis;
  const findings = diagnosis.findings.map(
    (finding) => `${finding.title}: ${finding.detail}${finding.asOf ? ` (as of ${finding.asOf})` : ""}`,
  );
  // Never a confident wrong answer: an unrecognised reply gets the generic meaning of its codes.
  // Never a confident wrong answer: an unrecognised reply gets the generic meaning of its codes, what
  // else can be said (a device's own code) and the next step.
  if (diagnosis.unrecognised) findings.unshift(rootCause.explanation, `Next step: ${rootCause.fix}`);
  const table = recommended?.table ?? [];
  return {
    rootCause: diagnosis.unrecognised
      ? null
      : {
          id: rootCause.id,
          title: rootCause.title,
          confidence: percent(rootCause.confidence),
          explanation: rootCause.explanation,
          fix: rootCause.fix,
          decidedBy: describeSignal(rootCause.signal),
        },
    otherCauses: diagnosis.otherCauses.map((cause) => `${cause.title} (${percent(cause.confidence)})`),
    unrecognised: diagnosis.unrecognised,
    findings,
    recommended: {
      rows: table.map((row) => ({ ...row, setting: SETTING_LABELS[row.setting] })),
      // The table already shows the first path.
      alternatives: (recommended?.alternatives ?? []).slice(table.length > 0 ? 1 : 0).map(describePath),
    },
  };
}

function describePath(path: SendingPath): string {
  const auth = path.auth === "none" ? "no authentication" : `authentication: ${path.auth}`;
  const recipients = path.recipients === "any" ? "" : `; recipients: ${path.recipients}`;
  const notes = path.notes.length > 0 ? `. ${path.notes.join(" ")}` : "";
  return `${path.title} (${path.host}:${path.port}, ${SECURITY_LABELS[path.security]}, ${auth}${recipients})${notes}`;
}
