import { apiHandler } from "@/lib/server/api-handler";
import { listCaptures, newCaptureInputSchema, startCapture } from "@/lib/server/device-captures";
import { jsonResponse } from "@/lib/server/http-errors";
import { parseJsonBody } from "@/lib/server/parse-json-body";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The case's device captures and what the device did (no secrets), for the owner or customer link. */
export const GET = apiHandler(
  async (_request: Request, ctx: { params: Promise<{ token: string }> }): Promise<Response> => {
    const { token } = await ctx.params;
    return jsonResponse(await listCaptures(token), 200);
  },
  { share: true },
);

/** Starts a device capture: one-time credentials for the sink, shown in this answer only. */
export const POST = apiHandler(
  async (request: Request, ctx: { params: Promise<{ token: string }> }): Promise<Response> => {
    const { token } = await ctx.params;
    const body = await parseJsonBody(request, newCaptureInputSchema);
    return jsonResponse(await startCapture(token, body, request), 201);
  },
  { share: true },
);
