import type { Case, ShareLink, ShareLinkKind } from "./case-schemas";
import type { ShareResolution } from "./case-store";

/**
 * What a token opens on a page that accepts some link kinds. A token of another kind, live or
 * dead, opens nothing there and is answered exactly like an unknown one: a report URL pasted into
 * a ticket must never become the owner's page by editing its path, nor tell that a token exists.
 */
export type ShareAccess =
  | { status: "ok"; case: Case; link: ShareLink }
  | { status: "gone"; reason: "expired" | "revoked" }
  | { status: "not-found" };

export function shareAccess(
  resolution: ShareResolution | null,
  kinds: readonly ShareLinkKind[],
): ShareAccess {
  if (resolution === null) return { status: "not-found" };
  const kind = resolution.status === "ok" ? resolution.link.kind : resolution.kind;
  if (!kinds.includes(kind)) return { status: "not-found" };
  if (resolution.status !== "ok") return { status: "gone", reason: resolution.status };
  return { status: "ok", case: resolution.case, link: resolution.link };
}

/**
 * The token in a share page's path and the one link kind that page opens: /case/… (and its /test
 * and /report pages) the owner's, /r/… a report link's, /c/… a customer's. Null for any other path
 * or a malformed escape (no token of ours: the page answers 404).
 */
export function sharePathToken(pathname: string): { token: string; kinds: readonly ShareLinkKind[] } | null {
  const match = /^\/(?:case\/([^/]+)(?:\/test|\/report)?|r\/([^/]+)|c\/([^/]+))\/?$/.exec(pathname);
  if (!match) return null;
  const kinds: readonly ShareLinkKind[] =
    match[1] !== undefined ? ["owner"] : match[2] !== undefined ? ["report"] : ["customer"];
  try {
    return { token: decodeURIComponent(match[1] ?? match[2] ?? match[3] ?? ""), kinds };
  } catch {
    return null;
  }
}
