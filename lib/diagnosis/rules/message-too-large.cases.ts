import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule message-too-large: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-emessage-size-exceeded", expect: "top" },
  { case: "google-552-5.2.3-size", expect: "top" },
  { case: "freescout-552-5.3.4-message-file-too-big", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
];
