import type { $ZodError } from "zod/v4/core";
import type { ApiErrorBody, ApiErrorCode, ApiIssue } from "@/lib/api/api-error";
import { isStoreUnavailable } from "@/lib/reports/case-store";
import { RateLimitedError } from "./probe-limiter";

/** An error whose code and message may be shown to the client. */
export class HttpError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: ApiIssue[] | undefined;

  constructor(code: ApiErrorCode, message: string, issues?: ApiIssue[]) {
    super(message);
    this.name = "HttpError";
    this.code = code;
    this.issues = issues;
  }
}

/**
 * Whether an error is an HttpError, by name and code as well as by class: a process-wide service
 * (one per process, created by whichever bundle came first, e.g. instrumentation's) throws its own
 * bundle's copy of the class, which `instanceof` in a route's bundle does not recognise.
 */
export function isHttpError(error: unknown): error is HttpError {
  if (error instanceof HttpError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return (
    error instanceof Error &&
    error.name === "HttpError" &&
    typeof code === "string" &&
    Object.hasOwn(STATUS_BY_CODE, code)
  );
}

/** The one place an app error code becomes an HTTP status. */
const STATUS_BY_CODE: Record<ApiErrorCode, number> = {
  "invalid-json": 400,
  "invalid-input": 400,
  "rate-limited": 429,
  unauthorized: 401,
  forbidden: 403,
  "not-found": 404,
  gone: 410,
  "unsupported-media-type": 415,
  "payload-too-large": 413,
  internal: 500,
  unavailable: 503,
};

const INTERNAL_MESSAGE = "Something went wrong on our side. Please try again.";
const STORE_UNAVAILABLE_MESSAGE =
  "Saved cases are unavailable right now: this server cannot use its case database. Please try again later.";

export function jsonResponse(body: unknown, status = 200): Response {
  // Bodies may carry transcripts and settings: never let a cache keep them.
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export function invalidInputError(error: $ZodError): HttpError {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
  }));
  return new HttpError("invalid-input", "Some fields need attention.", issues);
}

/**
 * Turns anything thrown by a route into a response. Unknown errors become a generic 500: their
 * message may contain request data (a password, a JSON parser's excerpt of the body).
 */
export function errorResponse(error: unknown): Response {
  if (error instanceof RateLimitedError) {
    const body: ApiErrorBody = {
      error: { code: "rate-limited", message: error.message, retryAfterSeconds: error.retryAfterSeconds },
    };
    return Response.json(body, {
      status: STATUS_BY_CODE["rate-limited"],
      headers: { "Cache-Control": "no-store", "Retry-After": String(error.retryAfterSeconds) },
    });
  }
  if (isStoreUnavailable(error)) {
    // The reason is for the operator (log, /api/health), not for whoever happened to save.
    console.error(`[api] case database unavailable: ${(error as Error).message}`);
    const body: ApiErrorBody = { error: { code: "unavailable", message: STORE_UNAVAILABLE_MESSAGE } };
    return jsonResponse(body, STATUS_BY_CODE.unavailable);
  }
  if (isHttpError(error)) {
    const body: ApiErrorBody = { error: { code: error.code, message: error.message } };
    if (error.issues) body.error.issues = error.issues;
    return jsonResponse(body, STATUS_BY_CODE[error.code]);
  }
  console.error(
    "[api] unexpected error:",
    error instanceof Error ? (error.stack ?? error.name) : typeof error,
  );
  const body: ApiErrorBody = { error: { code: "internal", message: INTERNAL_MESSAGE } };
  return jsonResponse(body, STATUS_BY_CODE.internal);
}
