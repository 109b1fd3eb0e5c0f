import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule auth-web-login-required: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "google-534-5.7.14-web-login-required", expect: "top" },
  { case: "postfix-auth-not-enabled", expect: "not-top" },
  { case: "exch-530-5.7.1-client-not-authenticated-ndr", expect: "not-top" },
  // Yandex: the user agreement is not yet accepted on the web.
  { case: "b47-intl-009", expect: "top" },
];
