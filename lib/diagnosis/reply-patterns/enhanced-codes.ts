import type { CauseId } from "../causes";

/**
 * Enhanced status codes that point at one cause by themselves: RFC 3463 / 4954 / 7372 codes and
 * the provider-specific ones (Microsoft's 5.7.x list, Google's). Matched before any wording. A code
 * that means different things at different providers is restricted by the basic reply code.
 */
export type EnhancedCodeSignal = {
  /** "5.7.57", or a range "5.7.606-649" (last number inclusive). */
  code: string;
  cause: CauseId;
  confidence: number;
  /** Only with these basic reply codes (e.g. 5.7.9 means "app password" only after AUTH, with 534). */
  basic?: readonly number[];
  source: string;
};

const RFC3463 = "RFC 3463 (enhanced mail system status codes)";
const RFC4954 = "RFC 4954 §6 (SMTP AUTH status codes)";
const RFC7372 = "RFC 7372 (email authentication status codes)";
const MS_NDR =
  "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online";
const MS_700 =
  "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-700-through-5-7-750";
const GOOGLE = "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes)";

export const enhancedCodeSignals: readonly EnhancedCodeSignal[] = [
  // Addressing and mailbox (RFC 3463).
  { code: "5.1.1", cause: "recipient-unknown", confidence: 0.85, source: RFC3463 },
  { code: "5.1.6", cause: "recipient-unknown", confidence: 0.7, source: RFC3463 },
  { code: "5.1.7", cause: "sender-rejected", confidence: 0.85, source: RFC3463 },
  { code: "5.1.8", cause: "sender-rejected", confidence: 0.8, source: RFC3463 },
  { code: "5.2.1", cause: "recipient-rejected-policy", confidence: 0.6, source: RFC3463 },
  { code: "5.2.2", cause: "recipient-mailbox-full", confidence: 0.8, source: RFC3463 },
  { code: "4.2.2", cause: "recipient-mailbox-full", confidence: 0.75, source: RFC3463 },
  { code: "5.2.3", cause: "message-too-large", confidence: 0.85, source: RFC3463 },
  { code: "5.3.4", cause: "message-too-large", confidence: 0.9, source: RFC3463 },
  { code: "4.3.1", cause: "server-temporary-failure", confidence: 0.7, source: RFC3463 },
  { code: "4.3.5", cause: "server-temporary-failure", confidence: 0.75, source: RFC3463 },
  { code: "4.3.0", cause: "server-temporary-failure", confidence: 0.45, source: RFC3463 },
  { code: "4.3.2", cause: "server-busy", confidence: 0.55, source: RFC3463 },
  { code: "4.4.5", cause: "server-busy", confidence: 0.7, source: RFC3463 },
  { code: "5.4.4", cause: "routing-error", confidence: 0.7, source: RFC3463 },
  { code: "5.4.6", cause: "routing-error", confidence: 0.9, source: RFC3463 },
  { code: "5.5.3", cause: "rate-limited", confidence: 0.8, source: RFC3463 },
  { code: "4.5.3", cause: "rate-limited", confidence: 0.85, source: RFC3463 },
  { code: "5.6.0-9", cause: "message-malformed", confidence: 0.8, source: RFC3463 },
  // Authentication (RFC 4954) and email authentication (RFC 7372).
  { code: "5.7.8", cause: "auth-failed", confidence: 0.85, source: RFC4954 },
  {
    code: "5.7.9",
    cause: "auth-app-password-required",
    confidence: 0.85,
    basic: [534],
    source: `${RFC4954}; ${GOOGLE}`,
  },
  { code: "5.7.11", cause: "auth-encryption-required", confidence: 0.9, source: RFC4954 },
  { code: "5.7.4", cause: "auth-mechanism-unsupported", confidence: 0.75, basic: [504], source: RFC3463 },
  { code: "5.7.14", cause: "auth-web-login-required", confidence: 0.9, basic: [534], source: GOOGLE },
  { code: "5.7.20-22", cause: "sender-authentication-failed", confidence: 0.85, source: RFC7372 },
  {
    code: "5.7.23-24",
    cause: "sender-authentication-failed",
    confidence: 0.9,
    source: `${RFC7372}; ${MS_NDR}`,
  },
  { code: "5.7.25", cause: "reverse-dns-missing", confidence: 0.9, source: RFC7372 },
  { code: "4.7.25", cause: "reverse-dns-missing", confidence: 0.9, source: RFC7372 },
  { code: "5.7.26", cause: "sender-authentication-failed", confidence: 0.9, source: `${RFC7372}; ${GOOGLE}` },
  { code: "4.7.26", cause: "sender-authentication-failed", confidence: 0.85, source: GOOGLE },
  {
    code: "5.7.27",
    cause: "sender-rejected",
    confidence: 0.8,
    source: "RFC 7505 (sender address has null MX)",
  },
  // Google.
  {
    code: "4.7.28",
    cause: "ip-reputation",
    confidence: 0.8,
    source: "mail-in-a-box/mailinabox issue #1771 (421-4.7.28 unusual rate)",
  },
  {
    code: "5.4.5",
    cause: "rate-limited",
    confidence: 0.85,
    source: "https://support.google.com/a/answer/2956491 (550 5.4.5 daily relay limit)",
  },
  // Microsoft 365 / Exchange Online.
  { code: "5.7.3", cause: "auth-failed", confidence: 0.85, basic: [535], source: MS_NDR },
  { code: "5.7.139", cause: "auth-failed", confidence: 0.6, basic: [535], source: MS_NDR },
  {
    code: "5.7.30",
    cause: "auth-basic-retired",
    confidence: 0.9,
    source: "anchors-and-facts.md §3.3 (550 5.7.30 Basic authentication is not supported)",
  },
  { code: "5.7.57", cause: "auth-required", confidence: 0.85, source: MS_NDR },
  { code: "5.7.60", cause: "sender-not-authorized", confidence: 0.9, source: MS_NDR },
  { code: "5.7.54", cause: "relay-denied", confidence: 0.9, source: MS_NDR },
  {
    code: "5.7.64",
    cause: "relay-denied",
    confidence: 0.92,
    source:
      "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/relay-access-denied-smtp",
  },
  {
    code: "5.7.68",
    cause: "direct-send-rejected",
    confidence: 0.97,
    source:
      "https://techcommunity.microsoft.com/blog/exchange/introducing-more-control-over-direct-send-in-exchange-online/4408790",
  },
  {
    code: "4.7.66",
    cause: "tls-version-unsupported",
    confidence: 0.97,
    source: "zehm/sendEmail issue #1 (421 4.7.66 TLS 1.0 and 1.1 are not supported)",
  },
  {
    code: "4.7.500-699",
    cause: "ip-reputation",
    confidence: 0.85,
    source:
      "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-451-4-7-500-699-asxx",
  },
  { code: "5.7.606-649", cause: "ip-blocklisted", confidence: 0.95, source: MS_NDR },
  { code: "5.7.501-503", cause: "sender-account-restricted", confidence: 0.85, source: MS_NDR },
  { code: "5.7.504", cause: "recipient-unknown", confidence: 0.75, source: MS_NDR },
  { code: "5.7.507", cause: "ip-not-allowed", confidence: 0.8, source: MS_NDR },
  { code: "5.7.509", cause: "sender-authentication-failed", confidence: 0.9, source: MS_NDR },
  { code: "5.7.510", cause: "ip-not-allowed", confidence: 0.8, source: MS_NDR },
  { code: "5.7.511", cause: "ip-blocklisted", confidence: 0.85, source: MS_NDR },
  { code: "5.7.512", cause: "message-malformed", confidence: 0.85, source: MS_NDR },
  { code: "5.7.513", cause: "ip-not-allowed", confidence: 0.85, source: MS_NDR },
  { code: "5.7.703", cause: "recipient-rejected-policy", confidence: 0.85, source: MS_700 },
  { code: "5.7.705", cause: "sender-account-restricted", confidence: 0.9, source: MS_700 },
  { code: "5.7.708", cause: "ip-blocklisted", confidence: 0.8, source: MS_700 },
  {
    code: "5.7.712",
    cause: "sender-account-restricted",
    confidence: 0.7,
    source: "causes.md (sender-account-restricted evidence)",
  },
  { code: "5.7.750", cause: "sender-rejected", confidence: 0.85, source: MS_700 },
  { code: "5.7.12", cause: "recipient-rejected-policy", confidence: 0.8, basic: [550, 554], source: MS_NDR },
  { code: "5.7.124", cause: "recipient-rejected-policy", confidence: 0.85, source: MS_NDR },
  { code: "5.7.133-136", cause: "recipient-rejected-policy", confidence: 0.85, source: MS_NDR },
  { code: "5.1.10", cause: "recipient-unknown", confidence: 0.85, source: MS_NDR },
  { code: "5.4.1", cause: "recipient-unknown", confidence: 0.7, basic: [550], source: MS_NDR },
  { code: "5.5.0", cause: "recipient-unknown", confidence: 0.5, basic: [550], source: MS_NDR },
  { code: "5.1.90", cause: "rate-limited", confidence: 0.85, source: MS_NDR },
  { code: "5.2.121-122", cause: "rate-limited", confidence: 0.85, source: MS_NDR },
  { code: "5.4.14", cause: "routing-error", confidence: 0.9, source: MS_NDR },
  {
    code: "4.4.62",
    cause: "relay-denied",
    confidence: 0.85,
    source:
      "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off",
  },
  {
    code: "5.5.105",
    cause: "relay-denied",
    confidence: 0.8,
    source:
      "tiagoscarvalho HVE notes (550 5.5.105 External sending is not supported for High Volume Email accounts)",
  },
  { code: "4.7.322", cause: "tls-cert-untrusted", confidence: 0.85, source: MS_NDR },
  { code: "5.0.350", cause: "message-rejected-content", confidence: 0.6, source: MS_NDR },
  {
    code: "5.7.350",
    cause: "message-rejected-content",
    confidence: 0.8,
    source:
      "support.nhs.net Microsoft 365 alert (550 5.7.350 Remote server returned message detected as spam)",
  },
  {
    code: "5.7.520",
    cause: "message-rejected-content",
    confidence: 0.8,
    source: "zulip/zulip issue #26721 (550 5.7.520 … content identified as spam)",
  },
];
