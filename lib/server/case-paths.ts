import type { ShareLinkKind } from "@/lib/reports/case-schemas";

/** Where each kind of link and report lives: the one place a share URL is spelled. */
export const ownerPath = (token: string) => `/case/${token}`;
/** The owner's own, unmasked report: under the owner's path, so it is as private as the case page. */
export const ownerReportPath = (token: string) => `/case/${token}/report`;
export const ownerPdfPath = (token: string) => `/api/cases/${token}/pdf`;
/** A case's home for staff, behind sign-in. */
export const staffCasePath = (caseId: string) => `/cases/${caseId}`;
export const reportPath = (token: string) => `/r/${token}`;
export const customerPath = (token: string) => `/c/${token}`;
export const pdfPath = (token: string) => `/api/report/${token}/pdf`;

export function linkPath(kind: ShareLinkKind, token: string): string {
  if (kind === "owner") return ownerPath(token);
  if (kind === "report") return reportPath(token);
  return customerPath(token);
}
