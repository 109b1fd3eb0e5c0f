import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule tls-handshake-failed: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "postfix-tls-local-problem", expect: "top" },
  { case: "curl-schannel-handshake-failed", expect: "top" },
  { case: "client-tls-unknown-protocol-587", expect: "not-top" },
  { case: "exim-starttls-not-advertised", expect: "not-top" },
  // A transcript: STARTTLS accepted with 220, then the client failed (no reason shown).
  { case: "b7-reach-phpmailer-godaddy-after-starttls", expect: "top" },
  { case: "b10-serverlog-exim-client-tls-error-maildev", expect: "top" },
  // STARTTLS accepted and TLS up, then the login refused: the refusal decides.
  { case: "b7-auth-postmark-mautic-5-7-8", expect: "not-top" },
  // A Chinese spam bounce holds '未能' ('could not'), mutt's truncated zh_TW text for a TLS failure.
  { case: "b42-intl-022", expect: "not-top" },
  // Words another cause's wording continues yield to it: .NET's 'Authentication failed because the remote party has closed the transport stream' is a TLS handshake.
  { case: "b51-client-010", expect: "top" },
  // At the TLS stage, a connection that failed with no TLS words: the negotiation failed.
  { case: "b30-b30j-supertekboy-421-unable-connect-nocredentials", expect: "top" },
];
