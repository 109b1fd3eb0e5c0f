import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule auth-basic-blocked: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "m365-535-5.7.139-criteria-not-met", expect: "top" },
  { case: "postfix-auth-not-enabled", expect: "not-top" },
  { case: "exch-530-5.7.1-client-not-authenticated-ndr", expect: "not-top" },
  // Entra's AADSTS50076: MFA required, a password-only grant cannot pass.
  { case: "b30-b30i-aadsts50076-mfa-sfmail", expect: "top" },
];
