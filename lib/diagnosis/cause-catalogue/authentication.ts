import type { Cause } from "../causes";

/** EHLO and authentication. Mirrors the shared causes.md table. */
export const authenticationCauses: readonly Cause[] = [
  {
    id: "helo-rejected",
    group: "greeting",
    title: "The EHLO/HELO name was refused",
    meaning: "the EHLO/HELO name was refused: not a fully qualified name, does not resolve, forged",
    evidence: "501/550 \u2026 Helo command rejected, 5.7.506 Bad HELO",
  },
  {
    id: "protocol-error",
    group: "greeting",
    title: "SMTP protocol error",
    meaning: "a command out of order or unrecognised",
    evidence: "500, 501, 502, 503 5.5.x",
  },
  {
    id: "auth-not-offered",
    group: "authentication",
    title: "The server does not offer authentication",
    meaning: "the endpoint offers no AUTH (e.g. an MX / Direct Send endpoint), or only after STARTTLS",
    evidence: "EHLO without AUTH; 503 5.5.1 / 502 on AUTH",
  },
  {
    id: "auth-required",
    group: "authentication",
    title: "Authentication is required",
    meaning: "the server requires authentication before sending",
    evidence: "530 5.7.0 Authentication required; 530 5.7.57 Client not authenticated",
  },
  {
    id: "auth-failed",
    group: "authentication",
    title: "Username or password rejected",
    meaning: "username or password rejected",
    evidence: "535 5.7.8, 535 5.7.3 Authentication unsuccessful",
  },
  {
    id: "auth-disabled-tenant",
    group: "authentication",
    title: "SMTP AUTH is disabled for the organisation",
    meaning: "SMTP AUTH is turned off for the whole organisation",
    evidence: "535 5.7.139 \u2026 disabled for the Tenant",
  },
  {
    id: "auth-disabled-mailbox",
    group: "authentication",
    title: "SMTP AUTH is disabled for this mailbox",
    meaning: "SMTP AUTH is turned off for this mailbox",
    evidence: "535 5.7.139 \u2026 disabled for the Mailbox",
  },
  {
    id: "auth-basic-blocked",
    group: "authentication",
    title: "Password sign-in blocked by organisation policy",
    meaning:
      "password (Basic) auth refused by the organisation's policy: security defaults, conditional access, MFA",
    evidence: "535 5.7.139 \u2026 did not meet the criteria",
  },
  {
    id: "auth-basic-retired",
    group: "authentication",
    title: "Password (Basic) authentication no longer accepted",
    meaning: "the provider no longer accepts password (Basic) auth for SMTP at all: OAuth only",
    evidence:
      "550 5.7.30 Basic authentication is not supported; 535 5.7.139 \u2026 basic authentication is disabled",
  },
  {
    id: "credentials-missing",
    group: "authentication",
    title: "Authentication on, but no username or password",
    meaning: "authentication is switched on but no username or password was given",
    evidence: '"Missing credentials for PLAIN"',
  },
  {
    id: "auth-app-password-required",
    group: "authentication",
    title: "An app password (or OAuth) is required",
    meaning: "the provider wants an app password (or OAuth) instead of the account password",
    evidence: "534 5.7.9 Application-specific password required",
  },
  {
    id: "auth-web-login-required",
    group: "authentication",
    title: "Sign-in blocked until the user signs in on the web",
    meaning: "the provider blocked the sign-in until the user signs in on the web",
    evidence: "534 5.7.14 Please log in with your web browser",
  },
  {
    id: "auth-mechanism-unsupported",
    group: "authentication",
    title: "Authentication method not supported",
    meaning: "the auth mechanism is not accepted",
    evidence: "504 5.7.4 Unrecognized authentication type",
  },
  {
    id: "auth-encryption-required",
    group: "authentication",
    title: "Authentication needs an encrypted connection",
    meaning: "the mechanism needs TLS first",
    evidence: "538 5.7.11 Encryption required",
  },
  {
    id: "auth-locked-out",
    group: "authentication",
    title: "Too many login attempts: locked out",
    meaning: "too many attempts; temporarily or permanently locked",
    evidence: "454 4.7.0 Too many login attempts",
  },
];
