import { reportPdfResponse } from "@/lib/server/report-pdf-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The owner's PDF, complete: under the owner's API path, like every other owner action. */
export async function GET(request: Request, ctx: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await ctx.params;
  return reportPdfResponse(request, token, "owner");
}
