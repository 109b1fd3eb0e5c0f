import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule receiver-misconfigured: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "postfix-rbl-open-resolver", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
  // Batch 5/6 near-misses among receiver-misconfigured, ip-blocklisted (real replies, sources in testdata).
  { case: "p5-spamhaus-open-resolver-bare-550", expect: "top" },
  { case: "p5-spamhaus-open-resolver-www-returnc", expect: "top" },
  { case: "p5-spamhaus-open-resolver-sbl", expect: "top" },
  { case: "p5-barracuda-brbl-diagnostic-code", expect: "not-top" },
  { case: "p5-barracuda-brbl-postfix-noqueue", expect: "not-top" },
];
