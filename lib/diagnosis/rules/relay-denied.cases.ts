import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule relay-denied: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "exch-550-5.7.1-unable-to-relay", expect: "top" },
  { case: "google-relay-550-5.7.1-invalid-credentials", expect: "top" },
  { case: "icloud-554-relay-access-denied", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
];
