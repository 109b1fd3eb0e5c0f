import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule sender-rejected: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "exim-sender-verify-failed", expect: "top" },
  { case: "m365-5.7.750-unregistered-domain", expect: "top" },
  { case: "postfix-sender-domain-not-found-554", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
  // At MAIL FROM a malformed address is the sender's, not the message's.
  { case: "b42-mta-049", expect: "top" },
  { case: "b31-b31c-spamdyke-sender-no-mx", expect: "top" },
  { case: "b22-b22c-elasticemail-553-invalid-address", expect: "top" },
  { case: "b43-mta2-016", expect: "top" },
  { case: "b43-mta2-013", expect: "top" },
  { case: "b43-intl2-016", expect: "top" },
  { case: "b42-apps-045", expect: "top" },
  // The sender does not exist.
  { case: "b48-code2-070", expect: "top" },
  // At MAIL FROM, words about the domain's MX, mail exchangers or resolving are the sender domain's DNS (one family).
  { case: "b8-mta-032", expect: "top" },
  { case: "b13-mta-haraka-mx-without-a", expect: "top" },
  { case: "b9-forum-icglink-451-from-domain-must-resolve", expect: "top" },
  { case: "b26-b26c-opensmtpd-filter-550-unknown-sender-domain", expect: "top" },
  // A null, empty or blank envelope sender refused (one phrasing), not a login's address.
  { case: "b43-intl2-026", expect: "top" },
  { case: "b47-policy-022", expect: "top" },
  { case: "b22-b22c-smtp2go-550-blank-sender", expect: "top" },
  // A sender domain without MX records.
  { case: "b63-h-24", expect: "top" },
  // cPanel's Exim ACL: 'From address is hostname, specify correct from address'.
  { case: "b34-b34c-pastebin-cpanel-from-address-is-hostname", expect: "top" },
  // Exim's sender callout: the 'User unknown' quoted after 'Verification failed for <sender>' is the sender's.
  { case: "b18-mta2-exim-sender-callout-failed", expect: "top" },
];
