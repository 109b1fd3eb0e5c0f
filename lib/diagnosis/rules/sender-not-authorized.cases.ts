import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule sender-not-authorized: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "m365-5.7.60-sendas-denied", expect: "top" },
  { case: "postfix-sender-not-owned", expect: "top" },
  { case: "dotnet-mailbox-unavailable-send-as", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
  // Batch 28: "Not authenticated to send as" names the sender even after "Relay access denied"; "on behalf of your address" from a relay service is a relay refusal.
  { case: "b28-b28b-magento-relay-denied-not-authenticated-send-as", expect: "top" },
  { case: "b20-b20c-exchangedefender-m365-unprotected-domain", expect: "not-top" },
  // A sender the login or account may not use ("Originator address does not match authentication credential", "not a verified Sender Identity"); Yahoo's "Mail from <IP> not allowed" is a listing.
  { case: "b27-b27b-netscape-originator-mismatch", expect: "top" },
  { case: "b8-apps-ghost-sendgrid-sender-identity", expect: "top" },
  { case: "yahoo-553-bl23-spamhaus-xbl", expect: "not-top" },
  { case: "b43-intl2-020", expect: "top" },
  { case: "b44-apps3-024", expect: "top" },
  { case: "b22-b22c-fastmail-jmap-forbidden-from", expect: "top" },
  { case: "b45-mta4-016", expect: "top" },
  { case: "b31-b31c-citadel-not-your-address", expect: "top" },
  // A sender that mismatches the login; a From address not verified; a sender email address not allowed.
  { case: "b47-intl-027", expect: "top" },
  { case: "b47-wrap-023", expect: "top" },
  { case: "b47-wrap-082", expect: "top" },
  // The sending domain is not verified, however worded.
  { case: "b48-misc-034", expect: "top" },
  { case: "b48-misc-037", expect: "top" },
  // At MAIL FROM, a bare "mailbox unavailable" is the sender's; a reply continued on the next
  // line after its bare code is read whole (Odoo's "553\n\n5.7.1 Sender address rejected: …").
  { case: "b45-paste4-008", expect: "top" },
  { case: "b56-intl-025", expect: "top" },
  // 'not authorised to send from 198.51.100.7' is SPF's refusal of the IP, not of the address.
  { case: "b65-k-83", expect: "not-top" },
  // The sender is not the signed-in identity, compared or owned in the server's own words.
  { case: "b26-b26c-sqmail-sagredo-503-from-auth-mismatch", expect: "top" },
  { case: "b78-d-40", expect: "top" },
  { case: "b31-b31c-citadel-not-your-address", expect: "top" },
  { case: "b65-k-35", expect: "top" },
  { case: "b68-c-30", expect: "top" },
];
