import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule ip-reputation: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "barracuda-450-cuda-nsu-abuse", expect: "top" },
  { case: "google-421-4.7.0-low-reputation", expect: "top" },
  { case: "google-421-4.7.0-unusual-rate-doc", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "google-421-4.7.0-ip-not-in-whitelist", expect: "not-top" },
];
