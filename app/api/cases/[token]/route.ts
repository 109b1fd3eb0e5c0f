import { isIP } from "node:net";
import { z } from "zod";
import { caseContextPatchSchema } from "@/lib/reports/case-schemas";
import { apiHandler } from "@/lib/server/api-handler";
import { updateCaseDetails } from "@/lib/server/case-save";
import { jsonResponse } from "@/lib/server/http-errors";
import { parseJsonBody } from "@/lib/server/parse-json-body";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const bodySchema = z.object({
  title: z.string().trim().min(1, "a case needs a title").max(200).optional(),
  context: caseContextPatchSchema
    .extend({
      site: z
        .object({
          publicIp: z
            .string()
            .trim()
            .max(64)
            .refine((ip) => ip === "" || isIP(ip) !== 0, "type an IPv4 or IPv6 address, or leave it empty")
            .optional(),
          note: z.string().trim().max(2000).optional(),
        })
        .optional(),
    })
    .optional(),
});

/** The owner corrects what the case knows: its title, the device, the site. */
export const PATCH = apiHandler(
  async (request: Request, ctx: { params: Promise<{ token: string }> }): Promise<Response> => {
    const { token } = await ctx.params;
    const body = await parseJsonBody(request, bodySchema);
    const updated = await updateCaseDetails(token, body);
    return jsonResponse({ title: updated.title, context: updated.context, updatedAt: updated.updatedAt });
  },
  { share: true },
);
