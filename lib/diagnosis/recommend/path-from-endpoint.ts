import type { Endpoint } from "../../providers/provider-schema";
import type { SendingPath } from "../diagnosis-schema";

const AUTH_WORDS: Record<Endpoint["auth"], string> = {
  none: "none",
  password: "password (SMTP-AUTH)",
  "app-password": "app password (or OAuth 2.0)",
  oauth2: "OAuth 2.0",
  "password-or-oauth2": "OAuth 2.0 where the device supports it, otherwise the mailbox password",
  "api-key": "API key / SMTP key",
};

/** A provider endpoint as a ranked sending path (rank is filled in by the caller's order). */
export function pathFromEndpoint(
  endpoint: Endpoint,
  notes: string[] = [],
  overrides: Partial<SendingPath> = {},
): SendingPath {
  return {
    id: endpoint.id,
    rank: 1,
    title: endpoint.title,
    host: endpoint.host,
    port: endpoint.port,
    security: endpoint.security,
    auth: AUTH_WORDS[endpoint.auth],
    recipients: endpoint.recipients,
    requirements: [...endpoint.requirements],
    limits: [...endpoint.limits],
    notes:
      endpoint.certainty === "unconfirmed"
        ? [...notes, "Not fully confirmed by the provider's own documentation."]
        : notes,
    sources: [...endpoint.sources],
    ...overrides,
  };
}

/** Numbers the paths 1..n in the given order. */
export function ranked(paths: SendingPath[]): SendingPath[] {
  return paths.map((path, index) => ({ ...path, rank: index + 1 }));
}
