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
  // A recipient's switched-off account (disabled, inactive, discontinued) cannot receive: as good as unknown. The sender's own disabled mailbox and an access map's "Mailbox disabled for this recipient" are not.
  { case: "b10-ndr-yahoo-account-disabled", expect: "top" },
  { case: "b14-ghenv-esp-gmail-521-inactive", expect: "top" },
  { case: "b15-pdocs-sc-mailru-550-account-disabled", expect: "top" },
  { case: "b26-b26b-wedos-550-sender-mailbox-disabled", expect: "not-top" },
  { case: "sendmail-mailbox-disabled", expect: "not-top" },
  { case: "b22-b22c-sendgrid-535-account-disabled", expect: "not-top" },
  // qmail-style "#5.1.0 Address rejected", Rambler's "recipient address rejected: Inactive", Yahoo's "doesn't have a … account".
  { case: "b9-hosting-coviserver-550-5.1.0-address-rejected", expect: "top" },
  { case: "b12-docs-sfm-540-rambler-inactive", expect: "top" },
  { case: "b17-ndr-yahoo-remote-host-said-no-yahoo-account-forum", expect: "top" },
  // At RCPT the same carrier's 'Unknown user' is an address that does not exist.
  { case: "b17-intl-docomo-550-unknown-user-rcpt", expect: "top" },
  // Microsoft's 5.5.0 ('mailbox unavailable') cannot name an unknown recipient at the greeting.
  { case: "b43-intl2-037", expect: "not-top" },
  // A recipient address that is not well formed, at RCPT.
  { case: "b45-paste4-033", expect: "top" },
  // Unknown local part; Domino's Japanese directory miss; Gmail's 'the address couldn't be found' (not the domain); an invalid user at RCPT; a recipient without a domain.
  { case: "b47-bounce-003", expect: "top" },
  { case: "b47-bounce-054", expect: "top" },
  { case: "b47-bounce-031", expect: "top" },
  { case: "b47-app-002", expect: "top" },
  { case: "b47-intl-025", expect: "top" },
  { case: "b47-app-029", expect: "top" },
  // A deactivated mailbox; an expired user account.
  { case: "b48-lhost-031", expect: "top" },
  { case: "b48-lhost-053", expect: "top" },
  // A recipient in brackets that does not exist.
  { case: "b48-code2-043", expect: "top" },
  // French: the recipient 'n'existe pas'.
  { case: "b50-tests2-039", expect: "top" },
  { case: "b10-ndr-mimesweeper-french-address-does-not-exist", expect: "top" },
  // At RCPT, a user account said suspended is the recipient's; 'no mailbox by that name'; 'Mail box does not exist'.
  { case: "b65-k-79", expect: "top" },
  { case: "b63-c-44", expect: "top" },
  { case: "b65-l-22", expect: "top" },
  // An unknown user inside Exim's sender callout is not the recipient.
  { case: "b18-mta2-exim-sender-callout-failed", expect: "not-top" },
  // 'recipient invalid', adjective after the noun.
  { case: "b49-mtatest-003", expect: "top" },
];
