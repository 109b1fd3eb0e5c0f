import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule credentials-missing: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-eauth-missing-credentials", expect: "top" },
  { case: "postfix-auth-not-enabled", expect: "not-top" },
  { case: "exch-530-5.7.1-client-not-authenticated-ndr", expect: "not-top" },
  // HPE's 'SMTP username, password, and encryption type must be provided together'.
  { case: "b38-devices-006", expect: "top" },
];
