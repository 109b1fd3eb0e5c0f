import { apiHandler } from "@/lib/server/api-handler";
import { appendedRunResponse, appendRunInputSchema, appendRunToCase } from "@/lib/server/case-save";
import { parseJsonBody } from "@/lib/server/parse-json-body";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Adds a test this server ran to the case an owner or customer link opens (a customer's tests are
 * always stored as customer tests). 201 when stored, 200 when it already was.
 */
export const POST = apiHandler(
  async (request: Request, ctx: { params: Promise<{ token: string }> }): Promise<Response> => {
    const { token } = await ctx.params;
    const body = await parseJsonBody(request, appendRunInputSchema);
    return appendedRunResponse(await appendRunToCase(token, body));
  },
  { share: true },
);
