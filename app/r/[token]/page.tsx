import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LinkGone } from "@/components/report/link-gone";
import { ReportView } from "@/components/report/report-view";
import { PageShell } from "@/components/ui/page-shell";
import { loadReport, pdfPath } from "@/lib/server/case-service";
import { HttpError } from "@/lib/server/http-errors";

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

/** The read-only report: masked for a report link, complete for the case owner. */
export default async function ReportPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let loaded: Awaited<ReturnType<typeof loadReport>>;
  try {
    loaded = await loadReport(token);
  } catch (error) {
    if (error instanceof HttpError && error.code === "gone") return <LinkGone message={error.message} />;
    if (error instanceof HttpError && error.code === "not-found") notFound();
    throw error;
  }
  const { model } = loaded;
  return (
    <PageShell>
      <div className="flex flex-col gap-6">
        <header className="flex flex-col gap-2">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            SMTP diagnostic report · case {model.caseId}
          </p>
          <h1 className="text-3xl font-bold tracking-tight">{model.title}</h1>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Updated {model.updatedAt}
            {model.viewer === "report" ? " · Usernames and recipients are masked in this view." : ""}
          </p>
          <p>
            {/* A plain link: the PDF is a download, not a page to prefetch. */}
            <a
              href={pdfPath(token)}
              download
              rel="noreferrer"
              className="inline-flex items-center justify-center rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 dark:bg-blue-600 dark:hover:bg-blue-500"
            >
              Download PDF
            </a>
          </p>
        </header>
        <ReportView model={model} />
      </div>
    </PageShell>
  );
}
