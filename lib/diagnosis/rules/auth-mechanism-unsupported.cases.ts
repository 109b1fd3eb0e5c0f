import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule auth-mechanism-unsupported: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "exch-504-5.7.4-unrecognized-auth", expect: "top" },
  { case: "postfix-auth-not-enabled", expect: "not-top" },
  { case: "exch-530-5.7.1-client-not-authenticated-ndr", expect: "not-top" },
];
