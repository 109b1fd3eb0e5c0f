import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule auth-required: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "exch-530-5.7.1-client-not-authenticated-ndr", expect: "top" },
  { case: "exim-cpanel-turn-on-smtp-auth", expect: "top" },
  { case: "m365-5.7.57-anonymous-mail-from", expect: "top" },
  { case: "postfix-auth-not-enabled", expect: "not-top" },
  { case: "client-eauth-gmail-bad-credentials", expect: "not-top" },
  // Send AUTH first, however worded.
  { case: "b47-intl-053", expect: "top" },
];
