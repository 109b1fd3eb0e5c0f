import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule no-recipients: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-eenvelope-no-recipients", expect: "top" },
  { case: "sendmail-need-rcpt", expect: "top" },
  { case: "swiftmailer-554-no-valid-recipients", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
  // A client that found no recipient, however worded (one phrasing).
  { case: "b52-clienttests-024", expect: "top" },
  { case: "b52-clienttests-026", expect: "top" },
  { case: "b52-clienttests-017", expect: "top" },
  // 'No correct recipients' after DATA.
  { case: "b64-i-43", expect: "top" },
];
