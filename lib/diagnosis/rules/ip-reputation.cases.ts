import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule ip-reputation: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "barracuda-450-cuda-nsu-abuse", expect: "top" },
  { case: "google-421-4.7.0-low-reputation", expect: "top" },
  { case: "google-421-4.7.0-unusual-rate-doc", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "google-421-4.7.0-ip-not-in-whitelist", expect: "not-top" },
  // Batch 5/6 near-misses among rate-limited, ip-reputation, server-busy (real replies, sources in testdata).
  { case: "p5-ironport-poor-reputation", expect: "top" },
  { case: "p5-yahoo-tss04-postfix-deferred", expect: "top" },
  { case: "p5-yahoo-tss04-unexpected-volume", expect: "top" },
  { case: "e5-gmx-550-failure-sending-mail-try-later", expect: "not-top" },
  { case: "r5-ruby-verifier-421-concurrent-from-ip", expect: "not-top" },
  { case: "b6-phpmailer-greeting-421-try-again-later", expect: "not-top" },
  { case: "r5-action-send-mail-gmail-421-try-again-ehlo", expect: "not-top" },
  // Yahoo's temporary [TS03]/[TSS04] deferrals stay reputation; a 553 [TSS09] "permanently deferred" is a block.
  { case: "b11-providers-yahoo-421-ts03-permanently-deferred", expect: "top" },
  { case: "b19-b19d-yahoo-553-5.7.2-tss09-permanently-deferred", expect: "not-top" },
  { case: "b42-mta-001", expect: "top" },
  // NetEase's HL:IHU: the sending IP suspended for spam or abnormal connections.
  { case: "b42-intl-015", expect: "top" },
  // Gmail's 4.7.28 'unusual rate of unsolicited mail originating from your SPF domain'.
  { case: "b63-c-1", expect: "top" },
];
