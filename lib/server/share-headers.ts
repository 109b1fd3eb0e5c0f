/** Headers for every share-related response: the token is in the URL, so it must not leak or be kept. Shared by proxy.ts (no server-only import) and the case routes. */
export const SHARE_HEADERS: Readonly<Record<string, string>> = {
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex",
  "Cache-Control": "no-store",
};

export function withShareHeaders(response: Response): Response {
  for (const [name, value] of Object.entries(SHARE_HEADERS)) response.headers.set(name, value);
  return response;
}
