import { renderReportPdf } from "@/lib/pdf/render-report-pdf";
import { loadReport } from "@/lib/server/case-service";
import { errorResponse } from "@/lib/server/http-errors";
import { withShareHeaders } from "@/lib/server/share-headers";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The report PDF from the saved case (never a new test): report links see it masked, the owner in full. */
export async function GET(_request: Request, ctx: { params: Promise<{ token: string }> }): Promise<Response> {
  try {
    const { token } = await ctx.params;
    const { model } = await loadReport(token);
    const pdf = await renderReportPdf(model);
    return withShareHeaders(
      new Response(new Uint8Array(pdf), {
        headers: {
          "Content-Type": "application/pdf",
          "Content-Disposition": `attachment; filename="smtp-doctor-report-${model.caseId}.pdf"`,
          "Content-Length": String(pdf.byteLength),
        },
      }),
    );
  } catch (error) {
    return withShareHeaders(errorResponse(error));
  }
}
