import { expect } from "@playwright/test";

/** Share pages and APIs hold a token: no referrer, no indexing, no caching. */
export function expectShareHeaders(response: { headers(): Record<string, string> } | null) {
  if (response === null) throw new Error("no response");
  const headers = response.headers();
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-robots-tag"]).toBe("noindex");
  expect(headers["cache-control"]).toContain("no-store");
}
