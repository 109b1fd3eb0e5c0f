import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule auth-mechanism-unsupported: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "exch-504-5.7.4-unrecognized-auth", expect: "top" },
  { case: "postfix-auth-not-enabled", expect: "not-top" },
  { case: "exch-530-5.7.1-client-not-authenticated-ndr", expect: "not-top" },
  // Batch 5/6 near-misses among auth-failed, auth-mechanism-unsupported, auth-app-password-required (real replies, sources in testdata).
  { case: "a5-emailjs-zoho-no-form-of-authorisation", expect: "top" },
  { case: "a5-email-cli-o365-504-5-7-4-eop", expect: "top" },
  { case: "a5-nodemailer-504-5-7-4-error-fields", expect: "top" },
  { case: "a5-mailkit-5-7-3-invalid-credentials-azure", expect: "not-top" },
  { case: "a5-mageplaza-5-7-3-auth-unsuccessful", expect: "not-top" },
  { case: "a5-mageplaza-gmail-5-7-9-app-password", expect: "not-top" },
  { case: "a5-k9-gmail-app-password-required", expect: "not-top" },
  // No shared sign-in method, however the client words it.
  { case: "a5-emailjs-zoho-no-form-of-authorisation", expect: "top" },
  { case: "b7-auth-swiftmailer-no-mechanisms-tried-exchange2007", expect: "top" },
  // msmtp's 'the server does not support authentication method LOGIN' is not 'does not support authentication'.
  { case: "b9-stack-003", expect: "top" },
  // An unknown, unsupported or bad AUTH mechanism named by the client or server.
  { case: "b51-mk-071", expect: "top" },
  { case: "b51-mk-044", expect: "top" },
  // 'Authentication failed -- no supported authentication methods found': the cause's own words outweigh the generic ones.
  { case: "b63-d-9", expect: "top" },
];
