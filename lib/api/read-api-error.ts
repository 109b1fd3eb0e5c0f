import type { ApiErrorBody } from "./api-error";

/**
 * An API error body read with the one shared schema, loaded only when an error comes back: the
 * browser's first page load carries no zod (it is most of the wizard's own weight).
 */
export async function readApiError(json: unknown): Promise<ApiErrorBody["error"] | null> {
  const { apiErrorBodySchema } = await import("./api-error");
  const parsed = apiErrorBodySchema.safeParse(json);
  return parsed.success ? parsed.data.error : null;
}
