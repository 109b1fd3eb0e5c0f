import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule server-busy: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "google-421-4.3.0-temp-system-problem", expect: "top" },
  { case: "google-421-4.4.5-server-busy", expect: "top" },
  { case: "m365-451-4.3.2-attr17", expect: "top" },
  { case: "client-edns-enotfound-quoted-host", expect: "not-top" },
  { case: "client-eai-again", expect: "not-top" },
  // Batch 5/6 near-misses among rate-limited, ip-reputation, server-busy (real replies, sources in testdata).
  { case: "b6-phpmailer-greeting-421-try-again-later", expect: "top" },
  { case: "e5-gmx-550-failure-sending-mail-try-later", expect: "not-top" },
  { case: "r5-ruby-verifier-421-concurrent-from-ip", expect: "not-top" },
  { case: "p5-ironport-poor-reputation", expect: "not-top" },
  { case: "p5-yahoo-tss04-postfix-deferred", expect: "not-top" },
  // Postfix's "Service unavailable;" is followed by its reason: not a busy server.
  { case: "b29-b29f-lemat-550-service-unavailable-blocked-generic", expect: "not-top" },
  // Sendmail's log summary "stat=Service unavailable" (EX_UNAVAILABLE) names no cause.
  { case: "b34-b34g-pastebin-ses-sendmail-service-unavailable", expect: "not-top" },
  { case: "b34-b34e-nagios-sendmail-dsn-service-unavailable", expect: "not-top" },
  { case: "b44-mta3-030", expect: "top" },
  // The server's queue is full.
  { case: "b48-code2-028", expect: "top" },
  { case: "b48-code2-120", expect: "top" },
  // A 421 at connect whose words give a reason (a policy) is no busy server.
  { case: "b8-docs-049", expect: "not-top" },
  // A bare "too many connections" is the server's own cap; one counted against this client is not.
  { case: "b46-mta5-004", expect: "top" },
  { case: "b47-intl-019", expect: "not-top" },
  // The bare congestion code 4.4.5 yields to words that name a rate limit.
  { case: "b65-k-32", expect: "not-top" },
  // A bare 'busy - please try later'.
  { case: "b10-temp-comcast-450-busy-sendmail-transcript", expect: "top" },
];
