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
  // Batch 28: a DNSBL "listing" of a private address is the receiver's own hop; a loopback test entry (127.0.0.2) is a listing.
  { case: "b28-b28c-dms-zen-internal-gateway-pmg", expect: "top" },
  { case: "b28-b28c-mailcow-dnsblog-reply-timeout", expect: "top" },
  { case: "b13-mta-postfix-rbl-blackholes", expect: "not-top" },
  { case: "b26-b26b-eolo-554-rbl-plus", expect: "not-top" },
  // Domino: several directory matches for one recipient.
  { case: "b48-lhost-043", expect: "top" },
];
