import { renderReportPdf } from "../lib/pdf/render-report-pdf";
import { buildReportModel } from "../lib/reports/report-model";
import { openSqliteCaseStore } from "../lib/reports/sqlite-case-store";
import { recordFoundingCase } from "../lib/reports/testing/founding-case";
import { tempDatabase } from "../lib/reports/testing/temp-store";

/** Median time to render the founding case's PDF from a saved case (model built once, as the route does per request). */
export async function measurePdfMedian(runs = 10): Promise<number> {
  const db = tempDatabase();
  const store = openSqliteCaseStore({ file: db.file });
  try {
    const { theCase, runs: caseRuns } = await recordFoundingCase(store);
    const times: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const started = performance.now();
      await renderReportPdf(buildReportModel(theCase, caseRuns, { viewer: "report" }));
      if (i >= 2) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)] ?? Number.NaN;
  } finally {
    await store.close();
    db.cleanup();
  }
}
