import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule message-rejected-content: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "godaddy-552-ib212-spam-content", expect: "top" },
  { case: "google-550-5.7.1-likely-unsolicited-message", expect: "top" },
  { case: "m365-5.0.350-as345", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
  // A filter's spam verdict on the message ("possible spam", "classified as spam"); a listing or a web sign-in named in the same reply wins.
  { case: "b27-b27a-mail-rejected-possible-spam", expect: "top" },
  { case: "b26-b26b-ugent-571-dont-forward-spam", expect: "top" },
  { case: "b7-auth-yandex-looks-like-spam-use-web", expect: "not-top" },
  { case: "b16-forum-fortigate-blocklisted-by-fortiguard", expect: "not-top" },
  { case: "b42-mta-006", expect: "not-top" },
  { case: "b43-intl2-015", expect: "top" },
  { case: "b43-mta2-008", expect: "top" },
  // An antispam reputation list is a listing, not the content.
  { case: "b31-b31b-dominioabsoluto-553-reputation-list", expect: "not-top" },
  { case: "b44-intl3-039", expect: "top" },
  { case: "b44-mta3-010", expect: "top" },
  { case: "b44-mta3-013", expect: "top" },
  // Refused as what it seems to be: spam, bulk mail, a mass mailer.
  { case: "b47-policy-009", expect: "top" },
  { case: "b47-bounce-070", expect: "top" },
  { case: "b47-bounce-089", expect: "top" },
  // After DATA, the message called spam in any words (BounceParser's spam-rejection bounces).
  { case: "b48-lhost-024", expect: "top" },
  { case: "b48-lhost-026", expect: "top" },
  { case: "b48-lhost-035", expect: "top" },
  { case: "b48-lhost-038", expect: "top" },
  // An IP blocked for spam is the sender's IP, not the message.
  { case: "b48-code2-084", expect: "not-top" },
  // A scanner that failed to run is no verdict on the message.
  { case: "b48-code2-039", expect: "not-top" },
  // A kind of content not accepted (MIME type, content type, OpenPGP/MIME, too many MIME parts); a filter rule matched.
  { case: "b47-policy-030", expect: "top" },
  { case: "b48-code2-051", expect: "top" },
  { case: "b48-code2-110", expect: "top" },
  { case: "b44-libs3-024", expect: "top" },
  { case: "b11-providers-winmail-filter-rule", expect: "top" },
];
