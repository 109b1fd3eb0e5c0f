import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule auth-basic-retired: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "m365-535-5.7.139-basic-auth-disabled", expect: "top" },
  { case: "m365-system-net-mail-5.7.57-basic-disabled", expect: "top" },
  { case: "postfix-auth-not-enabled", expect: "not-top" },
  { case: "exch-530-5.7.1-client-not-authenticated-ndr", expect: "not-top" },
];
