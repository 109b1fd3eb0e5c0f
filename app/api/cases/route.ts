import { z } from "zod";
import { caseContextPatchSchema, runKindSchema } from "@/lib/reports/case-schemas";
import { apiHandler } from "@/lib/server/api-handler";
import { saveCase } from "@/lib/server/case-save";
import { jsonResponse } from "@/lib/server/http-errors";
import { parseJsonBody } from "@/lib/server/parse-json-body";
import { caseAuthorOf } from "@/lib/server/staff-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const runIdSchema = z.string().min(1).max(64);

const bodySchema = z.object({
  title: z.string().trim().min(1, "a case needs a title").max(200),
  context: caseContextPatchSchema.optional(),
  runIds: z
    .array(z.object({ runId: runIdSchema, kind: runKindSchema, validatesRunId: runIdSchema.optional() }))
    .min(1, "a case needs at least one test")
    .max(20),
});

/**
 * Saves a case from runs this server made. A signed-in agent's case goes to the team's list (its
 * staff page); anyone else gets the owner link, shown once.
 */
export const POST = apiHandler(
  async (request: Request): Promise<Response> => {
    const author = await caseAuthorOf(request);
    const body = await parseJsonBody(request, bodySchema);
    const saved = await saveCase(body, request, author);
    return jsonResponse(saved, 201);
  },
  { share: true },
);
