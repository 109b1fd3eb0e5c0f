import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { type OwnerLinkRow, OwnerLinks } from "@/components/case/case-links-panel";
import { DeviceCapturePanel } from "@/components/case/device-capture-panel";
import { TicketSummary } from "@/components/case/ticket-summary";
import { ReportPage } from "@/components/report/report-page";
import { DeleteCaseButton } from "@/components/staff/delete-case-button";
import { WorkflowForm } from "@/components/staff/workflow-form";
import { LocalTime } from "@/components/ui/local-time";
import { buildReportModel } from "@/lib/reports/report-model";
import { caseStore } from "@/lib/server/case-store-singleton";
import { currentStaff } from "@/lib/server/current-staff";
import { deviceSessionsForReport } from "@/lib/server/device-captures";
import { workspaceStore } from "@/lib/server/workspace";
import { retentionDays } from "@/lib/staff/retention";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Case — SMTP Doctor", robots: { index: false, follow: false } };

/** A case as staff see it: the complete report, behind sign-in. */
export default async function StaffCasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const signedIn = await currentStaff();
  if (signedIn === null) redirect(`/sign-in?next=${encodeURIComponent(`/cases/${id}`)}`);
  const store = caseStore();
  const theCase = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await store.getCase(id) : null;
  if (theCase === null) notFound();
  const [runs, siteChecks] = await Promise.all([
    store.listRuns(theCase.id),
    store.listSiteChecks(theCase.id),
  ]);
  const device = await deviceSessionsForReport(theCase.id, runs, siteChecks);
  const model = buildReportModel(theCase, runs, { viewer: "owner", siteChecks, device });
  const workspace = workspaceStore();
  const [workflow, team, activity, links] = await Promise.all([
    workspace.workflowOf(theCase.id),
    workspace.listStaff(),
    workspace.activityOf(theCase.id, 50),
    store.listShareLinks(theCase.id),
  ]);
  const now = Date.now();
  const linkRows: OwnerLinkRow[] = links
    .filter((link) => link.kind !== "owner")
    .map((link) => ({
      id: link.id,
      kind: link.kind,
      createdAt: link.createdAt,
      expiresAt: link.expiresAt,
      revokedAt: link.revokedAt,
      expired: Date.parse(link.expiresAt) <= now,
    }));
  const testsSay = model.overview.status === "resolved" ? "resolved" : "open";
  return (
    <ReportPage
      retentionDays={retentionDays(process.env)}
      model={model}
      pdfHref={`/api/staff/cases/${theCase.id}/pdf`}
      notice={
        <div className="flex flex-col gap-4">
          <p className="flex flex-wrap gap-4 text-sm">
            <Link href="/cases" className="text-blue-700 hover:underline dark:text-blue-400">
              ← All cases
            </Link>
            <Link
              href={`/cases/${theCase.id}/test`}
              className="text-blue-700 hover:underline dark:text-blue-400"
            >
              Test again in the wizard
            </Link>
          </p>
          <WorkflowForm
            caseId={theCase.id}
            status={workflow?.status ?? "follow"}
            testsSay={testsSay}
            assigneeId={workflow?.assigneeId ?? null}
            ticketRef={workflow?.ticketRef ?? ""}
            team={team.map((person) => ({ id: person.id, name: person.name }))}
          />
          <section aria-labelledby="case-device" className="flex flex-col gap-2">
            <h2 id="case-device" className="text-lg font-semibold">
              Test the device itself
            </h2>
            <DeviceCapturePanel apiBase={`/api/staff/cases/${theCase.id}`} />
          </section>
          <section aria-labelledby="case-links" className="flex flex-col gap-3">
            <h2 id="case-links" className="text-lg font-semibold">
              Links and ticket
            </h2>
            <TicketSummary apiBase={`/api/staff/cases/${theCase.id}`} />
            <OwnerLinks apiBase={`/api/staff/cases/${theCase.id}`} links={linkRows} />
          </section>
          {signedIn.staff.role === "admin" ? (
            <DeleteCaseButton caseId={theCase.id} reference={theCase.reference} />
          ) : null}
          <details className="text-sm" data-testid="case-activity">
            <summary className="cursor-pointer font-medium">Activity ({activity.length})</summary>
            <ol className="mt-2 flex flex-col gap-1">
              {activity.map((entry, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the log is newest first and never reordered.
                <li key={index}>
                  <span className="text-zinc-600 dark:text-zinc-400">
                    <LocalTime iso={entry.at} />
                  </span>{" "}
                  · {entry.actor}: {entry.action}
                  {entry.ip ? (
                    <span className="text-zinc-600 dark:text-zinc-400"> · from {entry.ip}</span>
                  ) : null}
                </li>
              ))}
            </ol>
          </details>
        </div>
      }
    />
  );
}
