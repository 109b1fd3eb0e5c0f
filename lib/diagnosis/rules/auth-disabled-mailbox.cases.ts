import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule auth-disabled-mailbox: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-eauth-m365-smtpauth-disabled-mailbox", expect: "top" },
  { case: "postfix-auth-not-enabled", expect: "not-top" },
  { case: "exch-530-5.7.1-client-not-authenticated-ndr", expect: "not-top" },
  // Yandex: "This user does not have access rights to this service" (mail programs switched off).
  { case: "b30-b30i-yandex-no-access-rights-curl-notes", expect: "top" },
  // Yandex: this type of user has no access to SMTP.
  { case: "b47-intl-008", expect: "top" },
];
