import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule ip-blocklisted: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "top" },
  { case: "godaddy-554-ib104-sbl", expect: "top" },
  { case: "google-550-5.7.1-ip-not-authorized", expect: "top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
  { case: "google-421-4.7.0-ip-not-in-whitelist", expect: "not-top" },
];
