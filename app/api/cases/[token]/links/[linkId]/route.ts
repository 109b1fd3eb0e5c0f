import { apiHandler } from "@/lib/server/api-handler";
import { revokeLink } from "@/lib/server/case-links";
import { jsonResponse } from "@/lib/server/http-errors";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Revokes one of the case's links (owner token only). Revoking twice keeps the first time. */
export const DELETE = apiHandler(
  async (
    _request: Request,
    ctx: { params: Promise<{ token: string; linkId: string }> },
  ): Promise<Response> => {
    const { token, linkId } = await ctx.params;
    const link = await revokeLink(token, linkId);
    return jsonResponse({ id: link.id, revokedAt: link.revokedAt });
  },
  { share: true },
);
