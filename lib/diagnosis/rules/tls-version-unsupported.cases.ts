import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule tls-version-unsupported: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-tls-unsupported-protocol", expect: "top" },
  { case: "mailkit-ses-tls10-no-longer-supported", expect: "top" },
  { case: "client-tls-unknown-protocol-587", expect: "not-top" },
  { case: "exim-starttls-not-advertised", expect: "not-top" },
];
