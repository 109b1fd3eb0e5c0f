import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule reverse-dns-missing: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "godaddy-421-ib108-rdns", expect: "top" },
  { case: "google-550-5.7.25-no-ptr", expect: "top" },
  { case: "postfix-unknown-client-hostname", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
  // Forward-confirmed reverse DNS: a PTR name that does not resolve back.
  { case: "b65-k-58", expect: "top" },
];
