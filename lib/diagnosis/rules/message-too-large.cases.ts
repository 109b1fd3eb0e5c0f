import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule message-too-large: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-emessage-size-exceeded", expect: "top" },
  { case: "google-552-5.2.3-size", expect: "top" },
  { case: "freescout-552-5.3.4-message-file-too-big", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
  // Batch 5/6 near-misses among message-malformed, message-too-large (real replies, sources in testdata).
  { case: "e5-postfix-552-message-size-exceeds-fixed-maximum", expect: "top" },
  { case: "e5-gmail-552-523-size-nodemailer-json", expect: "top" },
  { case: "e5-nodemailer-550-error-reading-data-max-size", expect: "top" },
  { case: "e5-swiftmailer-552-message-line-too-long", expect: "not-top" },
  { case: "e5-hmailserver-554-rejected-bare-lfs", expect: "not-top" },
  // The maximum size exceeded, however spelled (qmail-ldap's 'exeeded').
  { case: "b47-bounce-044", expect: "top" },
  // Too much mail data (not OpenSMTPD's own log of a peer); French 'trop volumineux'.
  { case: "b50-tests2-014", expect: "top" },
  { case: "b35-b35a-cybersolutions-mailgates-552-too-much-data", expect: "top" },
  { case: "b50-tests2-040", expect: "top" },
];
