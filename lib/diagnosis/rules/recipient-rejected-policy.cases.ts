import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule recipient-rejected-policy: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "exim-administrative-prohibition", expect: "top" },
  { case: "m365-5.7.1-delivery-not-authorized", expect: "top" },
  { case: "m365-5.7.12-sender-not-authenticated-org", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
  // "Recipient address rejected: Access denied" (554 5.7.1) quoted in a bounce from the recipient's server is a recipient restriction; straight from the device's own server it is a relay refusal.
  { case: "b20-b20b-exim-554-recipient-access-denied", expect: "top" },
  { case: "b26-b26d-internode-unknown-address-554-recipient-access-denied", expect: "top" },
  { case: "e5-postfix-relay-container-554-recipient-access-denied", expect: "not-top" },
  // The sender's address on the receiver's own block list; a sending IP "blocked" by Gmail and a sender account blocked by MailChannels are not.
  { case: "b15-bounce-gmail-ti-553-address-blacklisted", expect: "top" },
  { case: "b15-pdocs-sc-trendmicro-554-block-send-er", expect: "top" },
  { case: "google-550-5.7.1-unsolicited-ip-blocked", expect: "not-top" },
  { case: "b7-env-mailchannels-550-5.7.1-sb01-blocked-due-to-complaints", expect: "not-top" },
  // A suppression list decides over the 5.1.1 beside it.
  { case: "b42-mta-035", expect: "top" },
  // A Japanese carrier's 'Unknown user' after DATA is the recipient's filter.
  { case: "b43-intl2-039", expect: "top" },
  { case: "b17-intl-docomo-unknown-user-at-data-filtered", expect: "top" },
  { case: "b44-mta3-003", expect: "top" },
  // Facebook's recipient preferences; Postmark's inactive recipients; qmail's denied envelope recipient.
  { case: "b48-lhost-006", expect: "top" },
  { case: "b48-wrap2-017", expect: "top" },
  { case: "b48-code2-081", expect: "top" },
  // qmail's badrcptto list.
  { case: "b51-bounce-038", expect: "top" },
  // A sending service's test mode: 'Please use our testing email address instead'.
  { case: "b48-code2-060", expect: "top" },
];
