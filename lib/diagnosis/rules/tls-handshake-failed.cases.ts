import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule tls-handshake-failed: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "postfix-tls-local-problem", expect: "top" },
  { case: "curl-schannel-handshake-failed", expect: "top" },
  { case: "client-tls-unknown-protocol-587", expect: "not-top" },
  { case: "exim-starttls-not-advertised", expect: "not-top" },
];
