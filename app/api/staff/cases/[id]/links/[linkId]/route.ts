import { apiHandler } from "@/lib/server/api-handler";
import { handleStaffRevokeLink } from "@/lib/server/staff-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const DELETE = apiHandler(
  async (request: Request, { params }: { params: Promise<{ id: string; linkId: string }> }) => {
    const { id, linkId } = await params;
    return handleStaffRevokeLink(request, id, linkId);
  },
);
