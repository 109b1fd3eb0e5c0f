import { catalogueLink } from "./cause-link";
import { diagnosisRules } from "./rules";

/**
 * The cause catalogue (from the shared causes.md): the stable ids a diagnosis's root cause takes.
 * Add an id only with a real reply that needs it; never rename one (stored cases refer to them).
 */
export const CAUSE_IDS = [
  "dns-not-found",
  "dns-failure",
  "target-not-allowed",
  "connect-refused",
  "connect-timeout",
  "connection-reset",
  "greeting-timeout",
  "server-busy",
  "not-smtp-service",
  "session-timeout",
  "routing-error",
  "tls-wrong-mode",
  "starttls-not-offered",
  "starttls-required",
  "tls-version-unsupported",
  "tls-handshake-failed",
  "tls-cert-untrusted",
  "tls-cert-name-mismatch",
  "helo-rejected",
  "protocol-error",
  "auth-not-offered",
  "auth-required",
  "auth-failed",
  "auth-disabled-tenant",
  "auth-disabled-mailbox",
  "auth-basic-blocked",
  "auth-basic-retired",
  "credentials-missing",
  "auth-app-password-required",
  "auth-web-login-required",
  "auth-mechanism-unsupported",
  "auth-encryption-required",
  "auth-locked-out",
  "ip-blocklisted",
  "ip-reputation",
  "ip-not-allowed",
  "domain-blocklisted",
  "reverse-dns-missing",
  "relay-denied",
  "direct-send-rejected",
  "sender-not-authorized",
  "sender-rejected",
  "sender-authentication-failed",
  "sender-account-restricted",
  "recipient-unknown",
  "recipient-mailbox-full",
  "recipient-rejected-policy",
  "no-recipients",
  "greylisted",
  "rate-limited",
  "message-too-large",
  "message-rejected-content",
  "message-malformed",
  "server-temporary-failure",
  "receiver-misconfigured",
  "no-error",
  "unrecognised",
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

export type CauseGroup = "reaching" | "encryption" | "greeting" | "authentication" | "policy" | "none";

export type Cause = {
  id: CauseId;
  group: CauseGroup;
  /** Short, for headings and lists. */
  title: string;
  /** What it means, in the catalogue's words. */
  meaning: string;
  /** Typical evidence, in the catalogue's words. */
  evidence: string;
};

/** The answer when nothing fits: the only catalogue entry without a rule. */
const UNRECOGNISED: Cause = {
  id: "unrecognised",
  group: "none",
  title: "Reply not recognised",
  meaning: "nothing in the catalogue fits: show the reply verbatim and the generic meaning of its codes",
  evidence: "anything else",
};

/** The catalogue, in causes.md order: each rule's own entry, then "unrecognised". */
export const CAUSES: readonly Cause[] = [
  ...diagnosisRules.map((rule) => ({ id: rule.id, ...rule.cause })),
  UNRECOGNISED,
];

const BY_ID = new Map(CAUSES.map((cause) => [cause.id, cause]));

export function causeById(id: CauseId): Cause {
  const cause = BY_ID.get(id);
  // Every id in the enum has an entry (a test checks it); this keeps the type honest.
  if (!cause) throw new Error(`cause ${id} missing from the catalogue`);
  return cause;
}

export { catalogueLink };
