import { errorResponse } from "./http-errors";
import { withShareHeaders } from "./share-headers";

/**
 * A route handler whose thrown errors become the API's error answers (http-errors.ts: 4xx with
 * issues, 429 with Retry-After, 503 for an unusable store, a generic 500 that never echoes the
 * request). `share` routes carry the share headers on every answer, error or not.
 */
export function apiHandler<A extends unknown[]>(
  handler: (...args: A) => Promise<Response>,
  options: { share?: boolean } = {},
): (...args: A) => Promise<Response> {
  const finish = options.share ? withShareHeaders : (response: Response) => response;
  return async (...args) => {
    try {
      return finish(await handler(...args));
    } catch (error) {
      return finish(errorResponse(error));
    }
  };
}
