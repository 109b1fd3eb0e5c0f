import { z } from "zod";

/**
 * The cause catalogue (from the shared causes.md): the stable ids a diagnosis's root cause takes.
 * Add an id only with a real reply that needs it; never rename one (stored cases refer to them).
 */
export const causeIdSchema = z.enum([
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
]);
export type CauseId = z.infer<typeof causeIdSchema>;

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

export const CAUSES: readonly Cause[] = [
  {
    id: "dns-not-found",
    group: "reaching",
    title: "The server name does not exist",
    meaning: "the server name does not exist",
    evidence: "ENOTFOUND / NXDOMAIN at resolve",
  },
  {
    id: "dns-failure",
    group: "reaching",
    title: "DNS did not answer",
    meaning: "DNS did not answer or failed (SERVFAIL, timeout)",
    evidence: "EAI_AGAIN, ESERVFAIL, DNS timeout",
  },
  {
    id: "target-not-allowed",
    group: "reaching",
    title: "SMTP Doctor refused to test this target",
    meaning: "our own guard refused the target (private address, port not allowed)",
    evidence: "guard stage",
  },
  {
    id: "connect-refused",
    group: "reaching",
    title: "The connection was refused",
    meaning: "nothing listens on that port, or a firewall rejects",
    evidence: "ECONNREFUSED",
  },
  {
    id: "connect-timeout",
    group: "reaching",
    title: "The connection timed out (port blocked)",
    meaning: "packets dropped: firewall or ISP blocks the port (often outbound 25)",
    evidence: "ETIMEDOUT at connect",
  },
  {
    id: "connection-reset",
    group: "reaching",
    title: "The connection was cut",
    meaning: "the connection was cut (firewall, IPS, server policy)",
    evidence: "ECONNRESET, closed before greeting",
  },
  {
    id: "greeting-timeout",
    group: "reaching",
    title: "The server never greeted",
    meaning: "connected but no 220 greeting (often plain SMTP sent to an implicit-TLS port)",
    evidence: "greeting timeout",
  },
  {
    id: "server-busy",
    group: "reaching",
    title: "The server is busy or refusing for now",
    meaning: "the server refuses for now: too many connections, overloaded, shutting down",
    evidence: "421 at greeting, 421 4.3.2",
  },
  {
    id: "not-smtp-service",
    group: "reaching",
    title: "Not an SMTP server on this port",
    meaning: "the port answers, but not with an SMTP greeting (another service, a proxy)",
    evidence: '"Invalid greeting", a non-220 first line',
  },
  {
    id: "session-timeout",
    group: "reaching",
    title: "The server timed out the session",
    meaning: "the server gave up waiting for the client mid-session",
    evidence: "421 \u2026 command timeout, 451 4.7.0 Timeout waiting for client input",
  },
  {
    id: "routing-error",
    group: "reaching",
    title: "The destination's mail routing is broken",
    meaning: "the destination's mail routing is broken: null MX, MX loop, hop count exceeded",
    evidence: '"does not accept mail (nullMX)", "loops back to myself", 5.4.6',
  },
  {
    id: "tls-wrong-mode",
    group: "encryption",
    title: "Wrong encryption mode for this port",
    meaning: "implicit TLS against a STARTTLS port, or STARTTLS/plain against 465",
    evidence: '"wrong version number", greeting timeout on 465',
  },
  {
    id: "starttls-not-offered",
    group: "encryption",
    title: "The server does not offer STARTTLS",
    meaning: "the server does not advertise STARTTLS but the settings require it",
    evidence: "EHLO without STARTTLS",
  },
  {
    id: "starttls-required",
    group: "encryption",
    title: "The server requires STARTTLS first",
    meaning: "the server requires STARTTLS before MAIL/AUTH",
    evidence: "530 5.7.0 Must issue a STARTTLS command first",
  },
  {
    id: "tls-version-unsupported",
    group: "encryption",
    title: "TLS version not accepted (TLS 1.0/1.1)",
    meaning: "one side only speaks a TLS version the other refuses (TLS 1.0/1.1)",
    evidence: '421 4.7.66, "unsupported protocol", "no protocols available"',
  },
  {
    id: "tls-handshake-failed",
    group: "encryption",
    title: "The TLS handshake failed",
    meaning: "TLS failed for another reason (cipher mismatch, protocol error)",
    evidence: "ETLS, handshake failure",
  },
  {
    id: "tls-cert-untrusted",
    group: "encryption",
    title: "The server certificate is not trusted",
    meaning: "certificate self-signed, expired or from an unknown CA",
    evidence: "UNABLE_TO_VERIFY_LEAF_SIGNATURE, CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT",
  },
  {
    id: "tls-cert-name-mismatch",
    group: "encryption",
    title: "The certificate does not match the server name",
    meaning: "certificate does not name the server as typed",
    evidence: "ERR_TLS_CERT_ALTNAME_INVALID",
  },
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
  {
    id: "ip-blocklisted",
    group: "policy",
    title: "The sending IP address is on a blocklist",
    meaning:
      "the sending IP is on a named blocklist: a public DNSBL (Spamhaus, Barracuda, SpamCop, Cloudmark\u2026) or a provider's IP block list; the fix is a clean sending path or delisting",
    evidence:
      '"blocked using Spamhaus", "listed in zen.spamhaus.org", M365 "banned sending IP", Outlook.com S3150',
  },
  {
    id: "ip-reputation",
    group: "policy",
    title: "The sending IP is throttled for reputation",
    meaning:
      "the provider throttles or defers this IP on reputation or volume, without naming a list; often temporary",
    evidence: "M365 451 4.7.500 Server busy \u2026 from [IP]; Gmail 421 4.7.0 unusual rate / low reputation",
  },
  {
    id: "ip-not-allowed",
    group: "policy",
    title: "The receiver does not allow this IP address",
    meaning:
      "the receiving organisation's own rules refuse this IP (its allow list or block list, geo, IPv6 policy)",
    evidence:
      '"IP not in whitelist for RCPT domain", "blocked \u2026 using Customer Block list", "Host network not allowed"',
  },
  {
    id: "domain-blocklisted",
    group: "policy",
    title: "A domain is on a domain blocklist",
    meaning: "a domain in HELO, MAIL FROM or the message is on a domain blocklist (Spamhaus DBL, URI lists)",
    evidence: '"listed in dbl.spamhaus.org"',
  },
  {
    id: "reverse-dns-missing",
    group: "policy",
    title: "The sending IP has no valid reverse DNS (PTR)",
    meaning: "the sending IP has no PTR, or it does not match",
    evidence: '"cannot find your hostname", 5.7.25 PTR',
  },
  {
    id: "relay-denied",
    group: "policy",
    title: "Relaying denied for this client",
    meaning: "the server will not relay to that recipient for this client",
    evidence: "554 5.7.1 Relay access denied; 550 5.7.54; 5.7.64 TenantAttribution",
  },
  {
    id: "direct-send-rejected",
    group: "policy",
    title: "The tenant rejects Direct Send",
    meaning: "the tenant rejects unauthenticated Direct Send",
    evidence: "550 5.7.68",
  },
  {
    id: "sender-not-authorized",
    group: "policy",
    title: "Not allowed to send as this address",
    meaning: "the authenticated user may not send as this From address",
    evidence: "5.7.60 SendAsDenied; 553 5.7.1 Sender address rejected: not owned by user",
  },
  {
    id: "sender-rejected",
    group: "policy",
    title: "The sender address was refused",
    meaning: "the sender address or domain is refused (domain unknown, invalid, not allowed)",
    evidence: '553 5.1.8, 550 5.1.7, "Sender address rejected: Domain not found"',
  },
  {
    id: "sender-authentication-failed",
    group: "policy",
    title: "SPF/DKIM/DMARC checks failed",
    meaning: "SPF/DKIM/DMARC checks failed for the sender domain",
    evidence: "550 5.7.23 SPF, 5.7.26 DMARC, 5.7.509",
  },
  {
    id: "sender-account-restricted",
    group: "policy",
    title: "The sending account is blocked from sending",
    meaning: "the sending account is blocked from sending (e.g. flagged for spam)",
    evidence: "550 5.1.8 Access denied, bad outbound sender; 5.7.712",
  },
  {
    id: "recipient-unknown",
    group: "policy",
    title: "The recipient does not exist",
    meaning: "the recipient does not exist",
    evidence: '550 5.1.1, 5.1.10, "User unknown"',
  },
  {
    id: "recipient-mailbox-full",
    group: "policy",
    title: "The recipient's mailbox is full",
    meaning: "the recipient's mailbox is full",
    evidence: "552 5.2.2",
  },
  {
    id: "recipient-rejected-policy",
    group: "policy",
    title: "The receiver's policy refuses this message",
    meaning: "the receiver refuses by its own policy (restricted group, blocked sender, transport rule)",
    evidence: '550 5.7.133, "Administrative prohibition"',
  },
  {
    id: "no-recipients",
    group: "policy",
    title: "No recipient was accepted",
    meaning: "no recipient was given or none was accepted",
    evidence: '"No recipients defined", 554 5.5.1 No valid recipients',
  },
  {
    id: "greylisted",
    group: "policy",
    title: "Greylisted: retry later",
    meaning: "temporary refusal asking to retry later",
    evidence: "450/451 4.7.1 Greylisted, try again",
  },
  {
    id: "rate-limited",
    group: "policy",
    title: "Sending limit or rate limit reached",
    meaning: "too many messages, recipients or connections in a period",
    evidence: "421 4.7.0, 452 4.5.3, 4.7.500, 550 5.4.5 daily limit, 5.2.0 quota",
  },
  {
    id: "message-too-large",
    group: "policy",
    title: "The message is too large",
    meaning: "the message is bigger than the server accepts",
    evidence: "552 5.3.4",
  },
  {
    id: "message-rejected-content",
    group: "policy",
    title: "The message content was refused",
    meaning: "the message content was refused (spam, malware, policy)",
    evidence: "550 5.7.1 message content rejected, 554 5.7.1 spam",
  },
  {
    id: "message-malformed",
    group: "policy",
    title: "The message is not well formed",
    meaning: "the message is not well formed (missing or invalid From, bad headers, bare LF)",
    evidence: "550 5.6.0, 5.7.1 \u2026 invalid From header",
  },
  {
    id: "server-temporary-failure",
    group: "policy",
    title: "The server had a temporary error",
    meaning: "the server had a local or transient error",
    evidence: "451 4.3.0, 4.4.x, 4.3.5",
  },
  {
    id: "receiver-misconfigured",
    group: "policy",
    title: "The receiving server is misconfigured",
    meaning:
      "the receiving side is broken in a way the sender cannot fix (its DNSBL queries refused, an expired filter licence)",
    evidence: '"blocked using zen.spamhaus.org; Error: open resolver", 422 License Expired',
  },
  {
    id: "no-error",
    group: "none",
    title: "No error: a success reply",
    meaning: "the text is a success reply: nothing failed here",
    evidence: "220 greeting, 250 OK, 2.0.0",
  },
  {
    id: "unrecognised",
    group: "none",
    title: "Reply not recognised",
    meaning: "nothing in the catalogue fits: show the reply verbatim and the generic meaning of its codes",
    evidence: "anything else",
  },
];

const BY_ID = new Map(CAUSES.map((cause) => [cause.id, cause]));

export function causeById(id: CauseId): Cause {
  const cause = BY_ID.get(id);
  // Every id in the enum has an entry (a test checks it); this keeps the type honest.
  if (!cause) throw new Error(`cause ${id} missing from the catalogue`);
  return cause;
}

/** Where the catalogue documents a cause (the shared causes.md, anchored by id). */
export function catalogueLink(id: CauseId): string {
  return `causes.md#${id}`;
}
