import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule session-timeout: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "exim-command-timeout", expect: "top" },
  { case: "exim-data-timeout", expect: "top" },
  { case: "client-edns-enotfound-quoted-host", expect: "not-top" },
  { case: "client-eai-again", expect: "not-top" },
  // The server's own 421 naming a timeout, over the client's "Connection timed out"; sendmail's
  // "Deferred: Connection timed out" is its own failed connect.
  { case: "b60-e-36", expect: "top" },
  { case: "b10-temp-v5sendmail-421-deferred-connection-timed-out", expect: "not-top" },
];
