import "server-only";
import type { Case, Run, ShareLink, ShareLinkKind, SiteCheck } from "@/lib/reports/case-schemas";
import type { Viewer } from "@/lib/reports/mask-for-viewer";
import { buildReportModel } from "@/lib/reports/report-model";
import type { ReportModel } from "@/lib/reports/report-model-types";
import { shareAccess } from "@/lib/reports/share-access";
import { ticketSummary } from "@/lib/reports/ticket-summary";
import { linkPath } from "./case-paths";
import { caseStore as store } from "./case-store-singleton";
import { deviceSessionsForReport } from "./device-captures";
import { HttpError } from "./http-errors";
import { recordActivity } from "./workspace";

/**
 * Cases opened by share token: which kinds of link open what, and the links an owner makes and
 * revokes. Every rule about tokens and kinds lives here; routes and pages stay thin.
 */

export type ResolvedLink = { case: Case; link: ShareLink };

/** The case a token opens, if the token is of one of the expected kinds. */
export async function resolveLink(
  token: string,
  expectedKind: ShareLinkKind | readonly ShareLinkKind[],
): Promise<ResolvedLink> {
  const kinds: readonly ShareLinkKind[] = typeof expectedKind === "string" ? [expectedKind] : expectedKind;
  // A token of another kind opens nothing here, live or dead: answered as if it were unknown.
  const access = shareAccess(await store().resolveShareToken(token), kinds);
  if (access.status === "not-found") throw new HttpError("not-found", "This link does not exist.");
  if (access.status === "gone")
    throw new HttpError(
      "gone",
      access.reason === "expired" ? "This link has expired." : "This link has been revoked.",
    );
  return { case: access.case, link: access.link };
}

/** A case opened by id (staff pages and routes): 404 when there is none. */
export async function existingCase(caseId: string): Promise<Case> {
  const theCase = await store().getCase(caseId);
  if (theCase === null) throw new HttpError("not-found", "No such case.");
  return theCase;
}

export async function listRuns(caseId: string): Promise<Run[]> {
  return store().listRuns(caseId);
}

/**
 * The report a link opens: masked for a report link (`/r/…`, its PDF), complete for the owner
 * (`/case/…/report`, its PDF). Each kind only through its own routes: a report URL is pasted into
 * tickets, so an owner token must never work there (nor a report token as the owner's).
 */
export async function loadReport(
  token: string,
  viewer: Viewer,
): Promise<{ model: ReportModel; resolved: ResolvedLink }> {
  const resolved = await resolveLink(token, viewer === "owner" ? "owner" : "report");
  const [runs, siteChecks] = await Promise.all([
    store().listRuns(resolved.case.id),
    store().listSiteChecks(resolved.case.id),
  ]);
  const device = await deviceSessionsForReport(resolved.case.id, runs, siteChecks);
  return { model: buildReportModel(resolved.case, runs, { viewer, siteChecks, device }), resolved };
}

export type CreatedLink = { token: string; url: string; expiresAt: string; link: ShareLink };

export async function createLink(ownerToken: string, kind: "customer" | "report"): Promise<CreatedLink> {
  const owner = await resolveLink(ownerToken, "owner");
  return createLinkForCase(owner.case.id, kind, "Owner link");
}

/** A new link of the case (owner page or staff page): the token is returned this once. */
export async function createLinkForCase(
  caseId: string,
  kind: "customer" | "report",
  actor: string,
  ip: string | null = null,
): Promise<CreatedLink> {
  const { link, token } = await store().createShareLink(caseId, { kind });
  await recordActivity(caseId, actor, `${kind === "customer" ? "Customer" : "Report"} link created`, ip);
  return { token, url: linkPath(kind, token), expiresAt: link.expiresAt, link };
}

export async function revokeLink(ownerToken: string, linkId: string): Promise<ShareLink> {
  const owner = await resolveLink(ownerToken, "owner");
  return revokeLinkOfCase(owner.case.id, linkId, "Owner link");
}

export async function revokeLinkOfCase(
  caseId: string,
  linkId: string,
  actor: string,
  ip: string | null = null,
): Promise<ShareLink> {
  const revoked = await store().revokeShareLink(caseId, linkId);
  if (revoked === null) throw new HttpError("not-found", "This case has no such link.");
  await recordActivity(
    caseId,
    actor,
    `${revoked.kind[0]?.toUpperCase()}${revoked.kind.slice(1)} link revoked`,
    ip,
  );
  return revoked;
}

export async function listLinks(ownerToken: string): Promise<ShareLink[]> {
  const owner = await resolveLink(ownerToken, "owner");
  return store().listShareLinks(owner.case.id);
}

export async function listSiteChecks(caseId: string): Promise<SiteCheck[]> {
  return store().listSiteChecks(caseId);
}

export type TicketSummary = { text: string; reportUrl: string; expiresAt: string };

/**
 * The case as text for the helpdesk's ticket, with a new report link in it (a link's token is
 * shown once, so an earlier one cannot be put in again). Built from the masked report: a ticket is
 * read by more people than the case page.
 */
export async function ticketSummaryForOwner(ownerToken: string, origin: string): Promise<TicketSummary> {
  const owner = await resolveLink(ownerToken, "owner");
  return ticketSummaryForCase(owner.case.id, origin, "Owner link");
}

export async function ticketSummaryForCase(
  caseId: string,
  origin: string,
  actor: string,
  ip: string | null = null,
): Promise<TicketSummary> {
  const created = await createLinkForCase(caseId, "report", actor, ip);
  const { model } = await loadReport(created.token, "report");
  const reportUrl = new URL(created.url, origin).toString();
  return { text: ticketSummary(model, reportUrl), reportUrl, expiresAt: created.expiresAt };
}
