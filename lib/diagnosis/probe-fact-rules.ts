import type { StageName } from "../smtp/probe-schema";
import { STAGE_NAMES } from "../smtp/stage-names";
import type { CauseGroup, CauseId } from "./causes";
import type { Evidence } from "./evidence";
import { ehloFacts, stageOf } from "./probe-facts";
import type { RuleMatch } from "./rules/rule-types";
import { verificationProbe } from "./verification-probe";

/**
 * The first layer of the analyzer: what the probe itself observed. A fact outweighs any wording —
 * a reply that mentions a failed sign-in cannot mean the sign-in failed when no AUTH was sent, a
 * certificate complaint cannot be the cause once TLS was negotiated, and a run that reached RCPT
 * did not fail to connect. Only probe evidence has facts; pasted text passes through untouched.
 */

/** Causes that need a login attempt to have happened. */
const NEED_AUTH_ATTEMPT: ReadonlySet<CauseId> = new Set([
  "auth-failed",
  "auth-disabled-tenant",
  "auth-disabled-mailbox",
  "auth-basic-blocked",
  "auth-basic-retired",
  "auth-app-password-required",
  "auth-web-login-required",
  "auth-mechanism-unsupported",
  "auth-encryption-required",
  "auth-locked-out",
  "credentials-missing",
]);

/** Causes that stop a run before the server's first reply. */
const BEFORE_GREETING: ReadonlySet<CauseId> = new Set([
  "dns-not-found",
  "dns-failure",
  "target-not-allowed",
  "connect-refused",
  "connect-timeout",
  "greeting-timeout",
  "not-smtp-service",
]);

/**
 * Causes of a failed TLS negotiation. (Certificate causes are not here: the engine completes the
 * handshake and then withholds the password from an untrusted certificate.)
 */
const TLS_FAILURES: ReadonlySet<CauseId> = new Set([
  "tls-wrong-mode",
  "tls-version-unsupported",
  "tls-handshake-failed",
  "starttls-not-offered",
]);

const STAGE_ORDER: readonly StageName[] = STAGE_NAMES;

function reached(e: Evidence, stage: StageName): boolean {
  return e.stage !== null && STAGE_ORDER.indexOf(e.stage) >= STAGE_ORDER.indexOf(stage);
}

/** Whether the run sent AUTH (a password or a token) at all. */
export function loginAttempted(e: Evidence): boolean {
  if (!e.probe || !e.target) return true;
  if (e.target.auth === "none") return false;
  const auth = stageOf(e, "auth");
  return auth !== null && auth.status !== "skipped";
}

/** Whether a TLS session was established (implicit TLS or STARTTLS) before the decisive stage. */
function tlsEstablished(e: Evidence): boolean {
  const tls = e.probe?.stages.find((s) => s.facts.tls);
  return tls !== undefined && tls.status === "ok";
}

/**
 * The reason a cause is impossible given what the probe observed, or null when it is possible. One
 * fact holds for pasted text too: a refusal quoting the receiving server's own verification probe
 * was an answer to this client, so its reaching and encryption words are not this client's.
 */
export function ruledOutByFacts(e: Evidence, cause: CauseId, group: CauseGroup): string | null {
  if ((group === "reaching" || group === "encryption") && verificationProbe(e))
    return 'the words after "unverified address:" are the receiving server\'s own verification probe';
  if (e.source !== "probe" || !e.probe) return null;
  if (NEED_AUTH_ATTEMPT.has(cause) && !loginAttempted(e)) return "no login was attempted in this run";
  if (BEFORE_GREETING.has(cause) && reached(e, "ehlo")) return "the server greeted and answered EHLO";
  if (TLS_FAILURES.has(cause) && tlsEstablished(e) && e.stage !== "tls")
    return "TLS was negotiated in this run";
  return null;
}

// A refusal whose words are about access, authentication or relaying, not about a named list,
// mailbox or message: the kind a submission server gives a client that did not log in.
const ACCESS_WORDS =
  /access denied|not authenticated|authenticat|relay|not logged in|not permitted|not allowed|rejected|5\.7\.(?:0|1|57)\b|\b530\b/i;
const NAMED_ELSEWHERE =
  /spamhaus|barracuda|spamcop|blocklist|blacklist|block list|listed|user unknown|unknown user|does not exist|no such|mailbox full|quota|too large|size|greylist|try again/i;

/**
 * "No login was tried, the server offers AUTH, and it refused the envelope": the device must sign
 * in. Stronger than generic wording ("Recipient address rejected: Access denied" is Postfix's
 * answer to any failed recipient restriction, including permit_sasl_authenticated, reject).
 */
export function mustSignInFact(e: Evidence): RuleMatch | null {
  if (e.source !== "probe" || !e.target || loginAttempted(e)) return null;
  if (e.stage !== "mail" && e.stage !== "rcpt") return null;
  if (e.code === null || e.code < 500) return null;
  const { plain, secured } = ehloFacts(e);
  const offersAuth = (secured?.authMechanisms.length ?? 0) > 0 || (plain?.authMechanisms.length ?? 0) > 0;
  if (!offersAuth) return null;
  if (!ACCESS_WORDS.test(e.verbatim) || NAMED_ELSEWHERE.test(e.words)) return null;
  return {
    confidence: 0.95,
    signal: "what the test saw: no login was tried, the server offers AUTH, and it refused the envelope",
  };
}
