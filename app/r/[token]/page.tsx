import type { Metadata } from "next";
import { LinkGone } from "@/components/report/link-gone";
import { ReportPage } from "@/components/report/report-page";
import { loadReport } from "@/lib/server/case-links";
import { pdfPath } from "@/lib/server/case-paths";
import { openSharePage } from "@/lib/server/share-page";
import { retentionDays } from "@/lib/staff/retention";

export const dynamic = "force-dynamic";

const reportMetadata: Metadata = {
  title: "SMTP diagnostic report — SMTP Doctor",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export async function generateMetadata(): Promise<Metadata> {
  // Share pages hold a token in their URL: keep them out of search engines and referrers.
  return reportMetadata;
}

/**
 * The read-only report of a report link, masked. Report tokens only: this URL gets pasted into
 * tickets, so an owner's or a customer's token here is answered like an unknown one (404).
 */
export default async function ReportLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const opened = await openSharePage(() => loadReport(token, "report"));
  if ("gone" in opened) return <LinkGone message={opened.gone} />;
  const loaded = opened.value;
  return (
    <ReportPage model={loaded.model} pdfHref={pdfPath(token)} retentionDays={retentionDays(process.env)} />
  );
}
