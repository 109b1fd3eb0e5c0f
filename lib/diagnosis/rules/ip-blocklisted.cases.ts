import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule ip-blocklisted: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "top" },
  { case: "godaddy-554-ib104-sbl", expect: "top" },
  { case: "google-550-5.7.1-ip-not-authorized", expect: "top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
  { case: "google-421-4.7.0-ip-not-in-whitelist", expect: "not-top" },
  // Batch 5/6 near-misses among receiver-misconfigured, ip-blocklisted (real replies, sources in testdata).
  { case: "p5-barracuda-brbl-diagnostic-code", expect: "top" },
  { case: "p5-barracuda-brbl-postfix-noqueue", expect: "top" },
  { case: "p5-trendmicro-rblplus", expect: "top" },
  { case: "p5-spamhaus-open-resolver-bare-550", expect: "not-top" },
  { case: "p5-spamhaus-open-resolver-www-returnc", expect: "not-top" },
  // Yahoo: [TSSnn] with "permanently deferred" (553) is a block; a 421 [TS03] stays reputation.
  { case: "b19-b19d-yahoo-553-5.7.2-tss09-permanently-deferred", expect: "top" },
  { case: "p5-yahoo-tss06-permanently-deferred", expect: "top" },
  { case: "b11-providers-yahoo-421-ts03-permanently-deferred", expect: "not-top" },
  // "IP blacklisted in <list>" is the IP's listing; "<domain> blacklisted in <list>" is the domain's.
  { case: "b17-ndr-postfix-denied-spam-list", expect: "top" },
  { case: "b8-mta-080", expect: "not-top" },
  // "not listed in the Domino Directory" is an unknown recipient, never a listing (here under a .NET stack line).
  {
    reply:
      "System.Net.Mail.SmtpException: User some.name (kijitora@example.jp) not listed in Domino Directory\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)",
    expect: "not-top",
    note: "b20-b20b-domino-not-listed-in-directory wrapped in a .NET exception",
  },
  // A failed RBL lookup is no listing; a blocklisted client host named with its address.
  { case: "b63-h-4", expect: "not-top" },
  { case: "b63-b-81", expect: "top" },
  // Korean providers' 'Your IP(…) is filtered and this connection will be closed'.
  { case: "b12-forum-jinbo-hanafos-ip-filtered", expect: "top" },
];
