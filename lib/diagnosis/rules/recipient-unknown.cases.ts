import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule recipient-unknown: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "google-550-5.1.1-no-such-user", expect: "top" },
  { case: "m365-5.4.1-dbeb-access-denied", expect: "top" },
  { case: "m365-5.5.0-mailbox-unavailable-outlookcom", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
];
