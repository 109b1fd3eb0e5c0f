import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule sender-rejected: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "exim-sender-verify-failed", expect: "top" },
  { case: "m365-5.7.750-unregistered-domain", expect: "top" },
  { case: "postfix-sender-domain-not-found-554", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
];
