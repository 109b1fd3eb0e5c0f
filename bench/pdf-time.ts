import { renderReportPdf } from "../lib/pdf/render-report-pdf";
import { pdfInfo } from "../lib/pdf/testing/read-pdf";
import { buildReportModel } from "../lib/reports/report-model";
import { openSqliteCaseStore } from "../lib/reports/sqlite-case-store";
import { recordFoundingCase } from "../lib/reports/testing/founding-case";
import { tempDatabase } from "../lib/reports/testing/temp-store";

/**
 * Median time to render the founding case's PDF from a saved case (model built each time, as the
 * render thread does per request), and how many pages it has.
 */
export async function measurePdfMedian(runs = 10): Promise<{ ms: number; pages: number }> {
  const db = tempDatabase();
  const store = openSqliteCaseStore({ file: db.file });
  try {
    const { theCase, runs: caseRuns } = await recordFoundingCase(store);
    const times: number[] = [];
    let pdf: Buffer | null = null;
    for (let i = 0; i < runs + 2; i++) {
      const started = performance.now();
      pdf = await renderReportPdf(buildReportModel(theCase, caseRuns, { viewer: "report" }));
      if (i >= 2) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const info = pdf ? await pdfInfo(pdf) : {};
    return { ms: times[Math.floor(times.length / 2)] ?? Number.NaN, pages: Number(info.Pages ?? Number.NaN) };
  } finally {
    await store.close();
    db.cleanup();
  }
}
