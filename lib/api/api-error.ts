import * as z from "zod/mini";

/**
 * The error body every API route returns, shared by the server (which builds it) and the browser
 * (which switches on `code`). Messages are safe to show: they never echo the request body.
 * zod/mini: this ships to the browser.
 */
export const apiErrorCodeSchema = z.enum([
  "invalid-json",
  "unsupported-media-type",
  "payload-too-large",
  "invalid-input",
  "rate-limited",
  "unauthorized",
  "forbidden",
  "not-found",
  "gone",
  "internal",
  "unavailable",
]);
export type ApiErrorCode = z.infer<typeof apiErrorCodeSchema>;

export const apiIssueSchema = z.object({
  /** Dot-joined path of the offending input field, e.g. "host", "credentials.password", "to.0". */
  path: z.string(),
  message: z.string(),
});
export type ApiIssue = z.infer<typeof apiIssueSchema>;

export const apiErrorBodySchema = z.object({
  error: z.object({
    code: apiErrorCodeSchema,
    message: z.string(),
    issues: z.optional(z.array(apiIssueSchema)),
    /** For rate-limited: seconds until a retry can succeed (also in the Retry-After header). */
    retryAfterSeconds: z.optional(z.number()),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
