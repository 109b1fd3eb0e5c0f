import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule relay-denied: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "exch-550-5.7.1-unable-to-relay", expect: "top" },
  { case: "google-relay-550-5.7.1-invalid-credentials", expect: "top" },
  { case: "icloud-554-relay-access-denied", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
  // Batch 5/6 near-misses among relay-denied, recipient-unknown (real replies, sources in testdata).
  { case: "b6-mediawiki-pear-550-relay-not-permitted", expect: "top" },
  { case: "e5-sendmail-550-relaying-denied-ip-name-lookup", expect: "top" },
  { case: "e5-generic-550-unable-to-relay-for-eenvelope", expect: "top" },
  { case: "b6-sisimai-exo-550-5.4.1-access-denied", expect: "not-top" },
  { case: "e5-thunderbird-fr-user-unknown-virtual-mailbox", expect: "not-top" },
  // The same words straight from the server the client talks to, and quoted in a bounce from a recipient's server.
  { case: "e5-postfix-relay-container-554-recipient-access-denied", expect: "top" },
  { case: "b16-mta-exim-client-554-571-access-denied", expect: "not-top" },
  { case: "b43-mta2-032", expect: "top" },
  { case: "b45-mta4-012", expect: "top" },
  { case: "b45-paste4-022", expect: "top" },
  { case: "b35-b35a-eposte-550-571-unauthorized-relaying", expect: "top" },
  { case: "b27-b27a-vipre-domain-not-configured-mx-host", expect: "top" },
  // Not a relay refusal: the server is temporarily unable to relay.
  { case: "b47-srv-050", expect: "not-top" },
  // 'relaying is disabled'.
  { case: "b65-k-70", expect: "top" },
];
