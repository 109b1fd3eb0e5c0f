import { redactDeep } from "../smtp/redact-secrets";
import type { Case, Run } from "./case-schemas";

/** Who is looking: the helpdesk that owns the case, or someone holding a read-only report link. */
export type Viewer = "owner" | "report";

export type CaseView = { case: Case; runs: Run[] };

/** "office@contoso.com" → "o***e@contoso.com": the domain stays, since it matters to the diagnosis. */
export function maskIdentity(value: string): string {
  const at = value.lastIndexOf("@");
  const local = at > 0 ? value.slice(0, at) : value;
  const domain = at > 0 ? value.slice(at) : "";
  const chars = [...local];
  const masked =
    chars.length <= 2 ? `${chars.length === 2 ? chars[0] : ""}***` : `${chars[0]}***${chars.at(-1)}`;
  return `${masked}${domain}`;
}

/** Every username and recipient the runs used: what a report-link viewer must not read. */
export function identitiesIn(runs: Run[]): string[] {
  const found = new Set<string>();
  for (const run of runs) {
    for (const value of [
      run.settings.username,
      run.result.target.username,
      ...run.settings.to,
      ...run.result.target.to,
    ]) {
      if (value) found.add(value);
    }
  }
  return [...found];
}

/**
 * What a viewer may see. The owner sees the case as stored; a report viewer sees usernames and
 * recipients masked wherever they occur (tables, transcripts, server replies, the diagnosis), so a
 * masked table cannot be undone by reading the transcript. Then, for everyone, a last pass masks
 * any known secret in plain text or base64 — none are stored, this only guards against a leak
 * upstream.
 */
export function maskForViewer(view: CaseView, options: { viewer: Viewer; secrets?: string[] }): CaseView {
  const identities = options.viewer === "report" ? identitiesIn(view.runs) : [];
  const masked = identities.length > 0 ? replaceIdentities(view, identities) : view;
  // Base64 forms of identities too (AUTH PLAIN/LOGIN carry them encoded); the plain ones are gone.
  return redactDeep(masked, [...(options.secrets ?? []), ...identities]);
}

function replaceIdentities<T>(value: T, identities: string[]): T {
  const masks = new Map(identities.map((identity) => [identity.toLowerCase(), maskIdentity(identity)]));
  const alternatives = [...masks.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(alternatives.join("|"), "gi");
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return v.replace(pattern, (hit) => masks.get(hit.toLowerCase()) ?? "***");
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, walk(inner)]));
    return v;
  };
  return walk(value) as T;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
