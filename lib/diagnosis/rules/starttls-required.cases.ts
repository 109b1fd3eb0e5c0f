import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule starttls-required: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "google-530-5.7.0-must-issue-starttls", expect: "top" },
  { case: "postfix-auth-encryption-required", expect: "top" },
  { case: "postfix-must-issue-starttls", expect: "top" },
  { case: "client-tls-unknown-protocol-587", expect: "not-top" },
  { case: "exim-starttls-not-advertised", expect: "not-top" },
  // The recipient requires secure transport.
  { case: "b48-code2-124", expect: "top" },
  // A 530 that names no TLS on its own line ("Client was not authenticated"), beside a log line that
  // does ("TLS error on connection …"): a login required, not TLS.
  { case: "b85-k-028", expect: "not-top" },
];
