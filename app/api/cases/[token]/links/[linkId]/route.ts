import { revokeLink } from "@/lib/server/case-links";
import { errorResponse, jsonResponse } from "@/lib/server/http-errors";
import { withShareHeaders } from "@/lib/server/share-headers";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Revokes one of the case's links (owner token only). Revoking twice keeps the first time. */
export async function DELETE(
  _request: Request,
  ctx: { params: Promise<{ token: string; linkId: string }> },
): Promise<Response> {
  try {
    const { token, linkId } = await ctx.params;
    const link = await revokeLink(token, linkId);
    return withShareHeaders(jsonResponse({ id: link.id, revokedAt: link.revokedAt }));
  } catch (error) {
    return withShareHeaders(errorResponse(error));
  }
}
