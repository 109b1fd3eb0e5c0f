import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule sender-account-restricted: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "m365-5.7.501-spam-abuse", expect: "top" },
  { case: "m365-5.7.502-banned-sender", expect: "top" },
  { case: "m365-5.7.705-tenant-threshold", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
  // The sending account itself switched off, at the sign-in or as the sender.
  { case: "b22-b22c-sendgrid-535-account-disabled", expect: "top" },
  { case: "b26-b26b-wedos-550-sender-mailbox-disabled", expect: "top" },
  { case: "b10-ndr-yahoo-account-disabled", expect: "not-top" },
  { case: "b42-intl-016", expect: "top" },
  // The recipient's account is blocked, not the sender's.
  { case: "b43-intl2-041", expect: "not-top" },
  { case: "b45-paste4-034", expect: "top" },
  // At RCPT, 'User account has been suspended' is the recipient's account.
  { case: "b65-k-79", expect: "not-top" },
];
