import { z } from "zod";
import { createLink } from "@/lib/server/case-links";
import { errorResponse, jsonResponse } from "@/lib/server/http-errors";
import { parseJsonBody } from "@/lib/server/parse-json-body";
import { withShareHeaders } from "@/lib/server/share-headers";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const bodySchema = z.object({ kind: z.enum(["customer", "report"]) });

/** A new customer or report link for the case this owner token opens; the token is shown once. */
export async function POST(request: Request, ctx: { params: Promise<{ token: string }> }): Promise<Response> {
  try {
    const { token } = await ctx.params;
    const body = await parseJsonBody(request, bodySchema);
    const created = await createLink(token, body.kind);
    return withShareHeaders(
      jsonResponse(
        {
          token: created.token,
          url: created.url,
          expiresAt: created.expiresAt,
          link: { id: created.link.id },
        },
        201,
      ),
    );
  } catch (error) {
    return withShareHeaders(errorResponse(error));
  }
}
