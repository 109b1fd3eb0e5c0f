import { type NextRequest, NextResponse } from "next/server";
import { isStoreUnavailable } from "@/lib/reports/case-store";
import { sharePathToken } from "@/lib/reports/share-access";
import { isGoneShareToken } from "@/lib/server/case-store-singleton";
import {
  hasMalformedEscape,
  malformedPathResponse,
  storeUnavailableResponse,
} from "@/lib/server/early-responses";
import { SHARE_HEADERS } from "@/lib/server/share-headers";

/**
 * A fresh nonce per page request and a strict CSP built on it: only scripts Next.js marks with
 * the nonce run. No `upgrade-insecure-requests`: on-site installs are often plain HTTP on a LAN
 * address. API responses are JSON and get the static headers from next.config.ts.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Next.js would fail to decode a malformed escape (/r/%zz) into a route param: a bare 500.
  if (hasMalformedEscape(pathname)) return malformedPathResponse(pathname);
  // The share API paths come here for that check only; their headers are the routes' own.
  if (pathname.startsWith("/api/")) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const isDev = process.env.NODE_ENV === "development";
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const share = sharePathToken(pathname);
  let gone = false;
  try {
    gone = share !== null && (await isGoneShareToken(share.token, share.kinds));
  } catch (error) {
    // An unusable case database: an error page with the share headers, not a bare 500.
    if (isStoreUnavailable(error)) return storeUnavailableResponse();
    throw error;
  }
  if (gone) {
    // A page cannot set its own status: an expired or revoked link is answered here, with a real 410.
    return new NextResponse(goneHtml(nonce, share?.kinds.includes("owner") === true), {
      status: 410,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Security-Policy": policy,
        ...SHARE_HEADERS,
      },
    });
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  // Share pages carry a token in their URL: never send it on, index it, or cache the page.
  if (share !== null) {
    for (const [name, value] of Object.entries(SHARE_HEADERS)) response.headers.set(name, value);
  }
  return response;
}

/** A self-contained page (no case data, no scripts) for a share link that no longer opens anything. */
function goneHtml(nonce: string, ownerLink: boolean): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Link no longer valid — SMTP Doctor</title>
<style nonce="${nonce}">
body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#18181b}
p.code{color:#52525b;font-size:.875rem}a{color:#1d4ed8}
@media (prefers-color-scheme:dark){body{background:#09090b;color:#f4f4f5}p.code{color:#a1a1aa}a{color:#60a5fa}}
</style>
</head>
<body>
<main data-link-status="gone">
<p class="code">410 · Link no longer valid</p>
<h1>This link has expired or been revoked.</h1>
<p>Share links last a limited time and can be revoked by whoever owns the case. Ask them for a new link.</p>
${ownerLink ? '<p>Helpdesk staff: the case is still in the case list. <a href="/sign-in?next=/cases">Sign in</a> to find it by its reference.</p>' : ""}
<p><a href="/">Go to SMTP Doctor</a></p>
</main>
</body>
</html>
`;
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    // For the malformed-escape check only (see above).
    "/api/report/:path*",
    "/api/cases/:path*",
  ],
};
