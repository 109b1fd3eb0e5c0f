import { apiHandler } from "@/lib/server/api-handler";
import { appendSiteRun, MAX_SITE_RUN_BYTES, siteRunUploadSchema } from "@/lib/server/case-save";
import { jsonResponse } from "@/lib/server/http-errors";
import { parseJsonBody } from "@/lib/server/parse-json-body";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * A run the command-line tool made on the customer's network, added to the case an owner or
 * customer link opens (`smtp-doctor probe … --case LINK`). Stored as the tool reported it and
 * labelled so; diagnosed here. 201 when stored, 200 when it already was.
 */
export const POST = apiHandler(
  async (request: Request, ctx: { params: Promise<{ token: string }> }): Promise<Response> => {
    const { token } = await ctx.params;
    const body = await parseJsonBody(request, siteRunUploadSchema, MAX_SITE_RUN_BYTES);
    const { run, created, reference } = await appendSiteRun(token, body, request);
    return jsonResponse({ runId: run.id, seq: run.seq, kind: run.kind, reference }, created ? 201 : 200);
  },
  { share: true },
);
