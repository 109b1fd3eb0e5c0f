import type { ApiErrorCode, ApiIssue } from "./api-error";
import { readApiError } from "./read-api-error";

/**
 * The browser's one way to call our API: JSON in and out, and every failure as words a person can
 * act on (the server's own message, the field it is about, when to try again), including the
 * failures the server never answered (offline, a dropped connection). Pages switch on `ok`.
 */

export type ApiFailure = {
  ok: false;
  /** The API's error code, or "network" when no answer came back, or "http" for an answer that is not ours. */
  code: ApiErrorCode | "network" | "http";
  message: string;
  issues?: ApiIssue[];
  retryAfterSeconds?: number;
  status: number | null;
};

export type ApiResult<T> = { ok: true; value: T; status: number } | ApiFailure;

export type ApiCall = {
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
  /** Checks the answer's shape (a schema's parse, say); a throw is reported as a failure. */
  parse?: (json: unknown) => unknown;
};

const UNREACHABLE = "The server could not be reached. Check the connection and try again.";

export async function callApi<T>(url: string, call: ApiCall = {}): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: call.method ?? (call.body === undefined ? "GET" : "POST"),
      ...(call.body === undefined
        ? {}
        : { headers: { "content-type": "application/json" }, body: JSON.stringify(call.body) }),
      cache: "no-store",
      // Share pages carry a token in their address: it must not travel in a Referer.
      referrerPolicy: "no-referrer",
      signal: call.signal,
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    return { ok: false, code: "network", message: UNREACHABLE, status: null };
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) {
    try {
      return { ok: true, value: (call.parse ? call.parse(json) : json) as T, status: response.status };
    } catch {
      return {
        ok: false,
        code: "http",
        message: "The server's answer was not what this page expects. Reload the page and try again.",
        status: response.status,
      };
    }
  }
  const error = await readApiError(json);
  if (!error) {
    return {
      ok: false,
      code: "http",
      message: `The server answered ${response.status}. Try again in a moment; if it keeps happening, tell whoever runs this SMTP Doctor.`,
      status: response.status,
    };
  }
  return {
    ok: false,
    code: error.code,
    message: error.message,
    ...(error.issues ? { issues: error.issues } : {}),
    ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    status: response.status,
  };
}

/** A failure in one line: the message, and the first field's problem when there is one. */
export function failureText(failure: ApiFailure): string {
  const issue = failure.issues?.[0]?.message;
  return issue && !failure.message.includes(issue) ? `${failure.message} (${issue})` : failure.message;
}
