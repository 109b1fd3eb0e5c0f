import type { Metadata } from "next";
import Link from "next/link";
import { LinkGone } from "@/components/report/link-gone";
import { ReportPage } from "@/components/report/report-page";
import { loadReport } from "@/lib/server/case-links";
import { ownerPath, ownerPdfPath } from "@/lib/server/case-paths";
import { openSharePage } from "@/lib/server/share-page";
import { retentionDays } from "@/lib/staff/retention";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  // Share pages hold a token in their URL: keep them out of search engines and referrers.
  return {
    title: "Case report (owner's view) — SMTP Doctor",
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

/** The owner's own report, unmasked, under the owner's path: its URL is the case's key, like the case page. */
export default async function OwnerReportPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const opened = await openSharePage(() => loadReport(token, "owner"));
  if ("gone" in opened) return <LinkGone message={opened.gone} />;
  const loaded = opened.value;
  return (
    <ReportPage
      retentionDays={retentionDays(process.env)}
      model={loaded.model}
      pdfHref={ownerPdfPath(token)}
      notice={
        <div
          role="note"
          data-owner-notice
          className="flex flex-col gap-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100"
        >
          <p className="font-medium">
            Your own view, unmasked. This page&apos;s address is the key to the case: do not paste it into a
            ticket or an e-mail.
          </p>
          <p>
            To share the report, create a report link on{" "}
            <Link href={ownerPath(token)} className="underline">
              the case page
            </Link>
            : it shows the same report with usernames and recipients masked, and you can revoke it.
          </p>
        </div>
      }
    />
  );
}
