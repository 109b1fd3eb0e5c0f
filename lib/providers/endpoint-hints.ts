import type { EndpointHint } from "./endpoint-hint";
import { knownProviders } from "./known";
import type { Endpoint, Provider } from "./provider-schema";

const PLACEHOLDER = /<[^<>]+>/g;

function hostPattern(host: string): string | null {
  if (!/^[a-z0-9.<>-]+$/i.test(host) || !host.includes(".")) return null;
  const parts = host.split(PLACEHOLDER).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return `^${parts.join("[a-z0-9-]+")}$`;
}

function authOf(endpoint: Endpoint): EndpointHint["auth"] {
  if (endpoint.auth === "none") return "none";
  if (endpoint.auth === "oauth2") return "oauth2";
  return "password";
}

/** One hint per host pattern: the first endpoint a provider lists for a host is its recommended one. */
export function endpointHints(providers: readonly Provider[] = knownProviders): EndpointHint[] {
  const hints = new Map<string, EndpointHint>();
  for (const provider of providers)
    for (const endpoint of provider.endpoints) {
      const pattern = hostPattern(endpoint.host);
      if (pattern === null || hints.has(pattern)) continue;
      hints.set(pattern, {
        hostPattern: pattern,
        providerName: provider.name,
        title: endpoint.title,
        port: endpoint.port,
        security: endpoint.security,
        auth: authOf(endpoint),
      });
    }
  return [...hints.values()];
}

export { type EndpointHint, hintForHost } from "./endpoint-hint";
