import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule sender-account-restricted: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "m365-5.7.501-spam-abuse", expect: "top" },
  { case: "m365-5.7.502-banned-sender", expect: "top" },
  { case: "m365-5.7.705-tenant-threshold", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
];
