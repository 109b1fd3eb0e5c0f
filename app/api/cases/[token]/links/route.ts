import { z } from "zod";
import { apiHandler } from "@/lib/server/api-handler";
import { createLink } from "@/lib/server/case-links";
import { jsonResponse } from "@/lib/server/http-errors";
import { parseJsonBody } from "@/lib/server/parse-json-body";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const bodySchema = z.object({ kind: z.enum(["customer", "report"]) });

/** A new customer or report link for the case this owner token opens; the token is shown once. */
export const POST = apiHandler(
  async (request: Request, ctx: { params: Promise<{ token: string }> }): Promise<Response> => {
    const { token } = await ctx.params;
    const body = await parseJsonBody(request, bodySchema);
    const created = await createLink(token, body.kind);
    return jsonResponse(
      {
        token: created.token,
        url: created.url,
        expiresAt: created.expiresAt,
        link: { id: created.link.id },
      },
      201,
    );
  },
  { share: true },
);
