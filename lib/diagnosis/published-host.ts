import { knownProviders } from "../providers/known";
import type { Provider } from "../providers/provider-schema";
import type { Evidence } from "./evidence";

/**
 * A lookup that failed for a server name a provider publishes (smtp.gmail.com, smtp.office365.com,
 * …) did not fail because the name is missing: the name exists, so the device's own DNS did not
 * answer (no DNS server, DNS blocked, no network yet). The names are the endpoint hosts of
 * lib/providers, each with its provider's documentation as source.
 */

type Published = { pattern: RegExp; provider: Provider };

function escapeHost(host: string): string {
  return host.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const PUBLISHED: readonly Published[] = knownProviders.flatMap((provider) =>
  provider.endpoints
    .map((endpoint) => endpoint.host)
    // A placeholder stands for a tenant's or a customer's own name, except Amazon's region.
    .filter((host) => !host.includes("<") || host.includes("<region>"))
    .map((host) => ({
      pattern: new RegExp(`^${escapeHost(host).replace("<region>", "[a-z0-9-]+")}$`, "i"),
      provider,
    })),
);

// How clients say a name did not resolve: Node's codes, getaddrinfo's and Windows' words, Java's exception.
const LOOKUP_FAILED =
  /\b(?:ENOTFOUND|EAI_NONAME|EAI_AGAIN|EAI_FAIL)\b|Name or service not known|could not be resolved|No such host is known|UnknownHostException|nodename nor servname|Temporary failure in name resolution|Host not found|cannot locate host|getaddrinfo failed/i;

// A host name as clients print it right after the failed lookup: "ENOTFOUND smtp.gmail.com",
// "lookup smtp.gmail.com:", "could not be resolved: 'smtp.office365.com'", "locate host …",
// "UnknownHostException: …" (not any name elsewhere in a log, such as a relay's).
const HOST_AFTER_CUE =
  /\b(?:ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL|lookup|could not be resolved:?|locate host|UnknownHostException:?|hostname:)\s*['"“]?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)/gi;

/**
 * The published server name a failed lookup in the text names exactly, with its provider; null
 * when the text shows no failed lookup, names no published server, or shows the name with a stray
 * character around it (Node's "ENOTFOUND smtp.gmail.com ]" with a trailing space, a name typed in
 * quotes: those names really do not exist).
 */
export function publishedHostLookupFailed(e: Evidence): { host: string; provider: Provider } | null {
  // Pasted text only: a lookup our own probe made ran on this server's resolver, not the device's.
  if (e.source !== "text") return null;
  const text = e.verbatim;
  const failed =
    LOOKUP_FAILED.test(text) || e.systemCodes.some((c) => c === "ENOTFOUND" || c === "EAI_AGAIN");
  if (!failed) return null;
  for (const host of tokens(text)) {
    const published = PUBLISHED.find((p) => p.pattern.test(host));
    if (!published) continue;
    const name = escapeHost(host);
    const stray = new RegExp(`${name} +['"\\]]|\\b(?:ENOTFOUND|lookup)\\s+["'“]${name}|${name}["'”];`, "i");
    if (stray.test(text)) return null;
    return { host, provider: published.provider };
  }
  return null;
}

function tokens(text: string): string[] {
  return [...text.matchAll(HOST_AFTER_CUE)].map((m) => m[1] ?? "").filter(Boolean);
}
