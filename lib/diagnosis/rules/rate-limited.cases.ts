import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule rate-limited: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-eenvelope-all-rejected-ratelimit", expect: "top" },
  { case: "exim-too-many-recipients", expect: "top" },
  { case: "godaddy-421-ib007-too-many-sessions", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
  // Batch 5/6 near-misses among rate-limited, ip-reputation, server-busy (real replies, sources in testdata).
  { case: "e5-gmx-550-failure-sending-mail-try-later", expect: "top" },
  { case: "r5-ruby-verifier-421-concurrent-from-ip", expect: "top" },
  { case: "p5-gmail-5-4-5-erlang-gen-smtp", expect: "top" },
  { case: "p5-ironport-poor-reputation", expect: "not-top" },
  { case: "p5-yahoo-tss04-postfix-deferred", expect: "not-top" },
  { case: "b6-phpmailer-greeting-421-try-again-later", expect: "not-top" },
  { case: "r5-action-send-mail-gmail-421-try-again-ehlo", expect: "not-top" },
  // cPanel's "max defers and failures per hour" is an hourly sending cap (labelled so by 6 of 9 hosts' pages).
  { case: "b28-b28d-netkl-max-defers-failures", expect: "top" },
  { case: "b9-hosting-cpanel-max-defers-failures-hour", expect: "top" },
  // A sending cap named as such (daily or hourly limit or quota reached or exceeded), and Aruba/Forpsi's "<id> policy violation".
  { case: "b9-hosting-polarismail-462-daily-send-limit", expect: "top" },
  { case: "b8-intl-arubabusiness-it-policy-violation-rate", expect: "top" },
  { case: "b42-mta-014", expect: "top" },
  // NetEase's RP:RCL and RP:TRC, from its code table.
  { case: "b43-intl2-004", expect: "top" },
  { case: "b43-intl2-014", expect: "top" },
  { case: "b43-intl2-023", expect: "top" },
  { case: "b43-apps2-027", expect: "top" },
  { case: "b44-mta3-001", expect: "top" },
  // A daily forwarding limit, though 4.2.2 alone would read as a full mailbox.
  { case: "b45-mta4-024", expect: "top" },
  // Too many SMTP sessions; a daily limit exceeded, verb first; excessive recipients or message rate.
  { case: "b47-bounce-011", expect: "top" },
  { case: "b47-intl-035", expect: "top" },
  { case: "b47-srv-084", expect: "top" },
  { case: "b47-wrap-053", expect: "top" },
  { case: "b47-srv-092", expect: "top" },
  // An SMTP or sending limit exceeded; Portuguese 'limite de envio'.
  { case: "b48-wrap2-085", expect: "top" },
  { case: "b48-wrap2-058", expect: "top" },
  // x.5.3 speaks of a recipient limit only with 452/552/550: Stalwart's '503 5.5.3 Your IP … is not welcomed here' is not one.
  { case: "b49-mtatest-057", expect: "not-top" },
  { case: "b49-mtatest-059", expect: "not-top" },
  // A cap on the number of recipients, however worded (one phrasing).
  { case: "b48-code2-031", expect: "top" },
  { case: "b31-b31b-alimail-504-rcpt-attempts-max", expect: "top" },
  // A rate 'per 1 hour' and 'exceeded our sender limit'.
  { case: "b51-temp-017", expect: "top" },
  { case: "b51-temp-036", expect: "top" },
  // "Too many connections from <this client>" is a per-client limit; the bare count is not.
  { case: "b47-intl-019", expect: "top" },
  { case: "b46-mta5-004", expect: "not-top" },
  // 'rate limiting' in words outweighs the bare congestion code 4.4.5.
  { case: "b65-k-32", expect: "top" },
];
