import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule recipient-rejected-policy: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "exim-administrative-prohibition", expect: "top" },
  { case: "m365-5.7.1-delivery-not-authorized", expect: "top" },
  { case: "m365-5.7.12-sender-not-authenticated-org", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
];
