import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule server-temporary-failure: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "postfix-server-config-error", expect: "top" },
  { case: "postfix-temp-lookup-failure", expect: "top" },
  { case: "mailsend-452-insufficient-storage", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
  // The server's virus scanner timed out: not a virus found.
  { case: "b42-mta-006", expect: "top" },
  // Rails' 'Completed 500 Internal Server Error in …ms' is the app's HTTP answer, not an SMTP reply.
  { case: "b42-apps-027", expect: "not-top" },
  { case: "b43-mta2-005", expect: "top" },
  { case: "b43-mta2-025", expect: "top" },
  { case: "b43-mta2-044", expect: "top" },
  { case: "b43-mta2-046", expect: "top" },
  { case: "b44-mta3-004", expect: "top" },
  { case: "b44-mta3-020", expect: "top" },
  // A temporary SPF check error is the receiver's lookup failing, not the sender's SPF.
  { case: "b44-mta3-009", expect: "top" },
  { case: "b44-mta3-024", expect: "top" },
  { case: "b31-b31c-inbucket-store-failed", expect: "top" },
  { case: "b45-mta4-031", expect: "top" },
  // The server could not write the message to its own storage.
  { case: "b16-mta-hmailserver-554-could-not-be-saved", expect: "top" },
  { case: "p5-exim-451-unable-to-verify-address", expect: "top" },
  { case: "b26-b26c-qmail-ldap-451-ldap-lookup-failure", expect: "top" },
  { case: "b46-mta5-028", expect: "top" },
  // SPF's temporary DNS error; amavis's own step failing; temporarily unable to relay; the server's disk; an upstream relay unavailable.
  { case: "b47-policy-035", expect: "top" },
  { case: "b47-policy-042", expect: "top" },
  { case: "b47-policy-043", expect: "top" },
  { case: "b47-srv-050", expect: "top" },
  { case: "b47-srv-060", expect: "top" },
  { case: "b47-srv-107", expect: "top" },
  // Received but could not be queued.
  { case: "b48-misc-028", expect: "top" },
  // A virus scanner that could not be run or reached (not a virus found).
  { case: "b48-code2-039", expect: "top" },
  { case: "b39-stacks2-039", expect: "top" },
  // Unable to store the message.
  { case: "b50-tests2-042", expect: "top" },
  // The receiver's own DNSBL lookup failed (no listing); a temporary failure of its directory.
  { case: "b63-h-4", expect: "top" },
  { case: "b65-k-72", expect: "top" },
  // The server could not reach its own milter or a Postfix service socket: not the device's connection.
  { case: "b39-stacks2-011", expect: "top" },
];
