import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ReportPage } from "@/components/report/report-page";
import { buildReportModel } from "@/lib/reports/report-model";
import { caseStore } from "@/lib/server/case-store-singleton";
import { currentStaff } from "@/lib/server/workspace";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Case — SMTP Doctor", robots: { index: false, follow: false } };

/** A case as staff see it: the complete report, behind sign-in. */
export default async function StaffCasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if ((await currentStaff()) === null) redirect(`/sign-in?next=${encodeURIComponent(`/cases/${id}`)}`);
  const store = caseStore();
  const theCase = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await store.getCase(id) : null;
  if (theCase === null) notFound();
  const [runs, siteChecks] = await Promise.all([
    store.listRuns(theCase.id),
    store.listSiteChecks(theCase.id),
  ]);
  const model = buildReportModel(theCase, runs, { viewer: "owner", siteChecks });
  return (
    <ReportPage
      model={model}
      pdfHref={`/api/staff/cases/${theCase.id}/pdf`}
      notice={
        <p className="text-sm">
          <Link href="/cases" className="text-blue-700 hover:underline dark:text-blue-400">
            ← All cases
          </Link>
        </p>
      }
    />
  );
}
