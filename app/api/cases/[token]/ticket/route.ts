import { apiHandler } from "@/lib/server/api-handler";
import { ticketSummaryForOwner } from "@/lib/server/case-links";
import { jsonResponse } from "@/lib/server/http-errors";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The case as plain text for a helpdesk ticket, with a new report link (owner token only). */
export const POST = apiHandler(
  async (request: Request, ctx: { params: Promise<{ token: string }> }): Promise<Response> => {
    const { token } = await ctx.params;
    // The address the owner's browser used: the link in the text opens where they opened this page.
    const summary = await ticketSummaryForOwner(token, new URL(request.url).origin);
    return jsonResponse(summary, 201);
  },
  { share: true },
);
