import { z } from "zod";
import { apiHandler } from "@/lib/server/api-handler";
import { appendRunToCase } from "@/lib/server/case-save";
import { jsonResponse } from "@/lib/server/http-errors";
import { parseJsonBody } from "@/lib/server/parse-json-body";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const runIdSchema = z.string().min(1).max(64);

const bodySchema = z.object({
  runId: runIdSchema,
  kind: z.enum(["initial", "validation"]).optional(),
  validatesRunId: runIdSchema.optional(),
});

/**
 * Adds a test this server ran to the case an owner or customer link opens (a customer's tests are
 * always stored as customer tests). 201 when stored, 200 when it already was.
 */
export const POST = apiHandler(
  async (request: Request, ctx: { params: Promise<{ token: string }> }): Promise<Response> => {
    const { token } = await ctx.params;
    const body = await parseJsonBody(request, bodySchema);
    const { run, created } = await appendRunToCase(token, body);
    return jsonResponse(
      { runId: run.id, seq: run.seq, kind: run.kind, validatesRunId: run.validatesRunId },
      created ? 201 : 200,
    );
  },
  { share: true },
);
