import { providerById } from "../providers/known";
import type { ProviderId } from "../providers/provider-schema";
import type { CaseContext, RunKind, RunSettings } from "./case-schemas";

/** Words the report (page and PDF) uses for stored values, so both say the same thing. */

/** The report's sections, in the order of the founding case study. */
export const REPORT_SECTIONS = [
  { id: "overview", heading: "Overview" },
  { id: "environment", heading: "Environment" },
  { id: "initialConfiguration", heading: "Initial configuration" },
  { id: "symptoms", heading: "Observed symptoms" },
  { id: "testing", heading: "Diagnostic testing performed" },
  { id: "device", heading: "What the device did" },
  // Not "server rejection": a timeout or our own target check is evidence too, labelled as such.
  { id: "evidence", heading: "Evidence" },
  { id: "findings", heading: "Key findings" },
  { id: "correctiveAction", heading: "Corrective action" },
  { id: "validation", heading: "Validation after changes" },
  { id: "nextSteps", heading: "Next steps" },
  { id: "appendix", heading: "Appendix: transcripts" },
] as const;
export type ReportSectionId = (typeof REPORT_SECTIONS)[number]["id"];

// One set of words for stages, shared with the live stage table.
export { STAGE_LABELS, STATUS_LABELS } from "../smtp/stage-labels";

export const SECURITY_LABELS: Record<RunSettings["security"], string> = {
  none: "None",
  starttls: "STARTTLS",
  tls: "Implicit TLS (SSL/TLS)",
};

export const AUTH_LABELS: Record<RunSettings["auth"], string> = {
  none: "Disabled",
  password: "Enabled (username and password)",
  oauth2: "Enabled (OAuth 2.0)",
};

export const RUN_KIND_LABELS: Record<RunKind, string> = {
  initial: "initial test",
  validation: "validation",
  customer: "test from the customer's link",
};

export const NEEDS_LABELS: Record<CaseContext["needs"], string> = {
  "internal-only": "Internal recipients only",
  external: "External recipients too",
  unknown: "Unknown",
};

export const TRI_STATE_LABELS: Record<CaseContext["staticIp"], string> = {
  yes: "Yes",
  no: "No",
  unknown: "Unknown",
};

export function providerLabel(id: ProviderId | null): string {
  return id === null ? "Not identified" : providerById(id).name;
}
