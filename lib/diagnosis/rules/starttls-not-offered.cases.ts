import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule starttls-not-offered: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "exim-starttls-not-advertised", expect: "top" },
  { case: "pphosted-500-starttls-unrecognized", expect: "top" },
  { case: "client-tls-unknown-protocol-587", expect: "not-top" },
  { case: "google-530-5.7.0-must-issue-starttls", expect: "not-top" },
];
