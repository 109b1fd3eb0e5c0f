import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule server-busy: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "google-421-4.3.0-temp-system-problem", expect: "top" },
  { case: "google-421-4.4.5-server-busy", expect: "top" },
  { case: "m365-451-4.3.2-attr17", expect: "top" },
  { case: "client-edns-enotfound-quoted-host", expect: "not-top" },
  { case: "client-eai-again", expect: "not-top" },
];
