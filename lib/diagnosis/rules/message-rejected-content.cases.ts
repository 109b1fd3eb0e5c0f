import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule message-rejected-content: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "godaddy-552-ib212-spam-content", expect: "top" },
  { case: "google-550-5.7.1-likely-unsolicited-message", expect: "top" },
  { case: "m365-5.0.350-as345", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
];
