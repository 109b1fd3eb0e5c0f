import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule session-timeout: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "exim-command-timeout", expect: "top" },
  { case: "exim-data-timeout", expect: "top" },
  { case: "client-edns-enotfound-quoted-host", expect: "not-top" },
  { case: "client-eai-again", expect: "not-top" },
];
