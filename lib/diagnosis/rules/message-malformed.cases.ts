import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule message-malformed: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "google-550-5.7.1-missing-from", expect: "top" },
  { case: "m365-5.7.512-rfc5322-from", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
];
