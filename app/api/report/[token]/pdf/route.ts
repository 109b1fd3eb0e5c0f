import { reportPdfResponse } from "@/lib/server/report-pdf-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The report link's PDF, masked. Report tokens only: an owner token here is unknown (404). */
export async function GET(request: Request, ctx: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await ctx.params;
  return reportPdfResponse(request, token, "report");
}
