import { echoMatcher, redactEchoes } from "../smtp/redact-secrets";
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

/**
 * Every username and recipient the runs used, and every username the analyzer recommends (often
 * the sender's mailbox): what a report-link viewer must not read. A recommendation in words
 * ("the sender's mailbox address") is not an address and stays.
 */
export function identitiesIn(runs: Run[]): string[] {
  const found = new Set<string>();
  for (const run of runs) {
    const recommended = (run.diagnosis?.recommended?.table ?? [])
      .filter((row) => row.setting === "username")
      .flatMap((row) => [row.current, row.recommended])
      .filter((value) => /^\S+$/.test(value) && value !== "—");
    for (const value of [
      run.settings.username,
      run.result.target.username,
      ...run.settings.to,
      ...run.result.target.to,
      ...recommended,
    ]) {
      if (value) found.add(value);
    }
  }
  return [...found];
}

/**
 * Fields that hold ids, kinds, statuses, stage names, times, codes, enum values and addresses of
 * machines: never text a person wrote or a server said. Masking never touches them, so a username
 * that happens to be "ok", "rcpt" or "2026" changes no status, stage or timestamp.
 */
const STRUCTURAL_KEYS: ReadonlySet<string> = new Set([
  "id",
  "caseId",
  "runId",
  "seq",
  "createdAt",
  "updatedAt",
  "startedAt",
  "kind",
  "validatesRunId",
  // Where a test ran from: our own label and addresses.
  "network",
  "host",
  "port",
  "security",
  "auth",
  "ehloName",
  "outcome",
  "failedStage",
  "name",
  "status",
  "stage",
  "code",
  "enhanced",
  "dir",
  "t",
  "provider",
  "needs",
  "staticIp",
  "deviceSupportsOAuth",
  "deviceSupportsTls12",
  "deviceFamily",
  "signal",
  "catalogue",
  "severity",
  "asOf",
  "setting",
  "recipients",
  "allowedBy",
  "mode",
  "mechanism",
  "protocol",
  "cipher",
  "fingerprint256",
  "validFrom",
  "validTo",
  "addresses",
  "remoteAddress",
  "localAddress",
  "trustError",
]);

/**
 * What a viewer may see. The owner sees the case as stored; a report viewer sees usernames and
 * recipients masked wherever people or servers wrote them (tables, transcripts, server replies,
 * the diagnosis), so a masked table cannot be undone by reading the transcript. Then, for everyone,
 * a last pass masks any echo of a known secret — none are stored, this only guards against a leak
 * upstream. Structural fields are left exactly as stored.
 */
export function maskForViewer(view: CaseView, options: { viewer: Viewer; secrets?: string[] }): CaseView {
  const identities = options.viewer === "report" ? identitiesIn(view.runs) : [];
  const text = [maskIdentities(identities), redactSecrets([...(options.secrets ?? []), ...identities])];
  const change = (value: string) => text.reduce((out, step) => step(out), value);
  return walkText(view, change);
}

/** Each identity as a word of its own (not inside a longer address or word), without regard to case. */
function maskIdentities(identities: string[]): (text: string) => string {
  if (identities.length === 0) return (text) => text;
  const masks = new Map(identities.map((identity) => [identity.toLowerCase(), maskIdentity(identity)]));
  const alternatives = [...masks.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_.+-])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}_]|[.@-][\\p{L}\\p{N}])`,
    "giu",
  );
  return (text) => text.replace(pattern, (hit) => masks.get(hit.toLowerCase()) ?? "***");
}

/** Secrets, and identities in base64 (old runs' AUTH lines carried them encoded), wherever echoed. */
function redactSecrets(secrets: string[]): (text: string) => string {
  const matcher = echoMatcher(secrets);
  return matcher ? (text) => redactEchoes(text, matcher) : (text) => text;
}

/** A deep copy with `change` applied to every string that is not a structural field (keys untouched). */
function walkText<T>(value: T, change: (text: string) => string): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return change(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object")
      return Object.fromEntries(
        Object.entries(v).map(([k, inner]) => [k, STRUCTURAL_KEYS.has(k) ? inner : walk(inner)]),
      );
    return v;
  };
  return walk(value) as T;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
