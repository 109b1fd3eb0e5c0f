import * as z from "zod/mini";
import { analyzeText } from "@/lib/diagnosis/analyze-text";
import { PASTE_STAGES } from "@/lib/diagnosis/paste-stages";
import { apiHandler } from "@/lib/server/api-handler";
import { jsonResponse } from "@/lib/server/http-errors";
import { parseJsonBody } from "@/lib/server/parse-json-body";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const bodySchema = z.object({
  text: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "paste the error message or the server's reply"),
      z.maxLength(50_000, "that is too long: paste the part with the error"),
    ),
  /** Where it failed, when the person knows: else the stage is read from the text. */
  stage: z.optional(z.nullable(z.enum(PASTE_STAGES.map((s) => s.stage)))),
});

/** Paste an error: a reply line, an NDR, a device log or a transcript → the same diagnosis. */
export const POST = apiHandler(async (request: Request): Promise<Response> => {
  const { text, stage } = await parseJsonBody(request, bodySchema);
  return jsonResponse(analyzeText(text, { stage: stage ?? null }));
});
