import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule protocol-error: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "exim-helo-required", expect: "top" },
  { case: "exim-sync-error", expect: "top" },
  { case: "postfix-too-many-errors", expect: "top" },
  { case: "exim-helo-not-verified", expect: "not-top" },
  { case: "b42-mta-023", expect: "top" },
  // The client cancelled its own AUTH with '*' (RFC 4954).
  { case: "b42-libs-003", expect: "top" },
  { case: "b43-apps2-033", expect: "top" },
  // AUTH again in a signed-in session.
  { case: "b48-code2-102", expect: "top" },
  { case: "b47-srv-089", expect: "top" },
  // A 5xx at the greeting answers no command: not a syntax error (near-miss).
  { case: "b52-clienttests-001", expect: "not-top" },
  // 'Invalid SMTP command order'.
  { case: "b65-k-100", expect: "top" },
];
