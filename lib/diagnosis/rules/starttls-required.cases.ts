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
];
