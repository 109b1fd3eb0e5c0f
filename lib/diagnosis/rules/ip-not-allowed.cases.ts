import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule ip-not-allowed: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "google-421-4.7.0-ip-not-in-whitelist", expect: "top" },
  { case: "m365-5.7.1-blocked-by-customer-allow-list", expect: "top" },
  { case: "m365-5.7.507-rejected-by-recipient", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
  { case: "b45-mta4-021", expect: "top" },
];
