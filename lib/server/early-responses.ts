import type { ApiErrorBody } from "@/lib/api/api-error";
import { SHARE_HEADERS } from "./share-headers";

/**
 * Answers proxy.ts gives itself, before any route runs: a path with a malformed percent-escape
 * (Next.js fails decoding it into route params and answers a bare 500 without our headers) and a
 * share page while the case database is unusable. Both carry the share headers: the URL may hold
 * a token. No server-only import: proxy.ts loads this.
 */

/** `/r/%zz`, a truncated `%E2%82`, an overlong `%C0%AF`: nothing a route of ours can be given. */
export function hasMalformedEscape(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** 404 for a malformed path: JSON under /api (what API clients read), a small page elsewhere. */
export function malformedPathResponse(pathname: string): Response {
  if (pathname.startsWith("/api/")) {
    const body: ApiErrorBody = { error: { code: "not-found", message: "This link does not exist." } };
    return Response.json(body, { status: 404, headers: SHARE_HEADERS });
  }
  return page(404, {
    code: "404 · Link not found",
    title: "This link does not exist.",
    text: "Check that the whole link was copied, or ask whoever sent it for a new one.",
  });
}

/** 503 for a share page while saved cases cannot be used; the reason is the health check's to tell. */
export function storeUnavailableResponse(): Response {
  return page(503, {
    code: "503 · Saved cases unavailable",
    title: "This case cannot be opened right now.",
    text: "The server cannot use its case database at the moment. Please try again later.",
  });
}

function page(status: number, words: { code: string; title: string; text: string }): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${words.title} — SMTP Doctor</title>
</head>
<body>
<main data-link-status="${status}">
<p>${words.code}</p>
<h1>${words.title}</h1>
<p>${words.text}</p>
<p><a href="/">Go to SMTP Doctor</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      // No scripts, no styles, nothing to load: the strictest policy fits.
      "Content-Security-Policy":
        "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      ...(status === 503 ? { "Retry-After": "60" } : {}),
      ...SHARE_HEADERS,
    },
  });
}
