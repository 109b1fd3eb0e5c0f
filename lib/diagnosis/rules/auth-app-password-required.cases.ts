import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule auth-app-password-required: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-eauth-gmail-app-password", expect: "top" },
  { case: "postfix-auth-not-enabled", expect: "not-top" },
  { case: "exch-530-5.7.1-client-not-authenticated-ndr", expect: "not-top" },
  // Batch 5/6 near-misses among auth-failed, auth-mechanism-unsupported, auth-app-password-required (real replies, sources in testdata).
  { case: "a5-mageplaza-gmail-5-7-9-app-password", expect: "top" },
  { case: "a5-k9-gmail-app-password-required", expect: "top" },
  { case: "a5-django-smtpauth-534-app-password", expect: "top" },
  { case: "a5-mailkit-5-7-3-invalid-credentials-azure", expect: "not-top" },
  { case: "a5-mageplaza-5-7-3-auth-unsuccessful", expect: "not-top" },
  { case: "a5-emailjs-zoho-no-form-of-authorisation", expect: "not-top" },
  { case: "a5-email-cli-o365-504-5-7-4-eop", expect: "not-top" },
  // lettre's spelled-out Code is 534 at AUTH.
  { case: "b42-libs-001", expect: "top" },
  // QQ's '请使用授权码登录' read as Latin-1 inside a Spring exception: repaired in the decisive reply too.
  { case: "b63-b-22", expect: "top" },
  // Mail.ru's transliterated 'NEOBHODIM parol prilozheniya'.
  { case: "b28-b28d-mailru-bk-535-neobhodim-parol", expect: "top" },
];
