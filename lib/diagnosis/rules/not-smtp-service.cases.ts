import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule not-smtp-service: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-eprotocol-invalid-greeting", expect: "top" },
  { case: "client-edns-enotfound-quoted-host", expect: "not-top" },
  { case: "client-eai-again", expect: "not-top" },
  // Port 143 is IMAP's.
  { case: "b42-devices-048", expect: "top" },
  // Go's oversized TLS record whose length spells "HTTP/": a web server answered.
  { case: "b61-k-11", expect: "top" },
];
