import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule recipient-unknown: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "google-550-5.1.1-no-such-user", expect: "top" },
  { case: "m365-5.4.1-dbeb-access-denied", expect: "top" },
  { case: "m365-5.5.0-mailbox-unavailable-outlookcom", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
  // Batch 5/6 near-misses among relay-denied, recipient-unknown (real replies, sources in testdata).
  { case: "b6-sisimai-exo-550-5.4.1-access-denied", expect: "top" },
  { case: "e5-thunderbird-fr-user-unknown-virtual-mailbox", expect: "top" },
  { case: "e5-postfix-error-log-user-unknown-virtual-alias", expect: "top" },
  { case: "b6-mediawiki-pear-550-relay-not-permitted", expect: "not-top" },
  { case: "e5-sendmail-550-relaying-denied-ip-name-lookup", expect: "not-top" },
];
