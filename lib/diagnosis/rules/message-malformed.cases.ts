import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule message-malformed: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "google-550-5.7.1-missing-from", expect: "top" },
  { case: "m365-5.7.512-rfc5322-from", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
  // Batch 5/6 near-misses among message-malformed, message-too-large (real replies, sources in testdata).
  { case: "e5-swiftmailer-552-message-line-too-long", expect: "top" },
  { case: "e5-hmailserver-554-rejected-bare-lfs", expect: "top" },
  { case: "e5-qmail-451-smtplf-bare-lf-gen-smtp", expect: "top" },
  { case: "e5-postfix-552-message-size-exceeds-fixed-maximum", expect: "not-top" },
  { case: "e5-gmail-552-523-size-nodemailer-json", expect: "not-top" },
  // A line the message holds is too long; a bare "500 Line too long" outside DATA is the command's.
  { case: "b31-b31b-1grid-lines-too-long", expect: "top" },
  { case: "b32-b32d-gen-smtp-bare-newline", expect: "top" },
  { case: "b10-serverlog-hmailserver-500-line-too-long", expect: "not-top" },
  { case: "b16-mta-exim-malformed-recipient-address-header", expect: "top" },
  { case: "b43-mta2-028", expect: "top" },
  // RFC5322.From is DMARC's name for the From domain, not a standards complaint.
  { case: "b43-mta2-016", expect: "not-top" },
  { case: "b44-libs3-018", expect: "top" },
  // Go's net/mail 'missing @ in addr-spec': the address as written has no @. The thread never
  // confirmed a cause, so the reply is listed as a contested negative; the words name this one.
  { case: "b31-b31a-casdoor-gomail-missing-at", expect: "top" },
  // The server could not parse the message.
  { case: "b46-mta5-058", expect: "top" },
  { case: "b16-mta-stalwart-failed-to-parse-message", expect: "top" },
  // No To, Cc or Bcc header; a message parsing error.
  { case: "b47-policy-010", expect: "top" },
  { case: "b47-srv-087", expect: "top" },
  // An email that cannot be parsed; a message without a To: field.
  { case: "b48-code2-093", expect: "top" },
  { case: "b48-lhost-040", expect: "top" },
  // A malformed From address is the sender's.
  { case: "b48-code2-013", expect: "not-top" },
  // Headers or addresses with invalid characters; a required valid header; MIME structure wrong; headers not RFC compliant.
  { case: "b12-forum-vdx-subject-invalid-chars", expect: "top" },
  { case: "b48-misc-014", expect: "top" },
  { case: "b42-mta-011", expect: "top" },
  { case: "b20-b20b-vger-wrong-mime-labeling", expect: "top" },
  { case: "b7-env-yahoo-554-headers-not-rfc-compliant-duplicate-subject", expect: "top" },
];
