import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule domain-blocklisted: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "barracuda-554-spam-url", expect: "top" },
  { case: "m365-550-5.7.1-helo-spamhaus-s8001", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
  // A URL in the message on a domain blacklist, not the sending IP.
  { case: "b47-policy-027", expect: "top" },
];
