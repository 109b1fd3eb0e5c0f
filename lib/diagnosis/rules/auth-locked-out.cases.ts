import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule auth-locked-out: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "google-454-4.7.0-too-many-logins", expect: "top" },
  { case: "indy-too-many-login-attempts-no-code", expect: "top" },
  { case: "postfix-auth-not-enabled", expect: "not-top" },
  { case: "exch-530-5.7.1-client-not-authenticated-ndr", expect: "not-top" },
  // 'credential temporarily locked'.
  { case: "b65-k-56", expect: "top" },
];
