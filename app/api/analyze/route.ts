import * as z from "zod/mini";
import { analyzeText } from "@/lib/diagnosis/analyze-text";
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
});

/** Paste an error: a reply line, an NDR, a device log or a transcript → the same diagnosis. */
export const POST = apiHandler(async (request: Request): Promise<Response> => {
  const { text } = await parseJsonBody(request, bodySchema);
  return jsonResponse(analyzeText(text));
});
