import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule rate-limited: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-eenvelope-all-rejected-ratelimit", expect: "top" },
  { case: "exim-too-many-recipients", expect: "top" },
  { case: "godaddy-421-ib007-too-many-sessions", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
];
