import { syntheticProbe } from "../testing/synthetic-probe";
import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule auth-failed: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-eauth-gmail-bad-credentials", expect: "top" },
  { case: "exim-incorrect-auth-data", expect: "top" },
  { case: "google-535-5.7.8-bad-credentials", expect: "top" },
  {
    probe: syntheticProbe({
      target: { auth: "password", username: "scanner@example.com" },
      failedStage: "auth",
      error: { code: "EAUTH", message: "Authentication failed" },
      reply: {
        code: 535,
        enhanced: "5.7.3",
        lines: ["535 5.7.3 Authentication unsuccessful [SN4PR0201CA0045.namprd02.prod.outlook.com]"],
      },
    }),
    expect: "top",
    note: "probe: Microsoft 365 wrong password",
  },
  { case: "postfix-auth-not-enabled", expect: "not-top" },
  { case: "exch-530-5.7.1-client-not-authenticated-ndr", expect: "not-top" },
  // Batch 5/6 near-misses among auth-failed, auth-mechanism-unsupported, auth-app-password-required (real replies, sources in testdata).
  { case: "a5-mailkit-5-7-3-invalid-credentials-azure", expect: "top" },
  { case: "a5-mageplaza-5-7-3-auth-unsuccessful", expect: "top" },
  { case: "a5-brevo-535-5-7-0-invalid-login-or-password", expect: "top" },
  { case: "a5-emailjs-zoho-no-form-of-authorisation", expect: "not-top" },
  { case: "a5-email-cli-o365-504-5-7-4-eop", expect: "not-top" },
  { case: "a5-mageplaza-gmail-5-7-9-app-password", expect: "not-top" },
  { case: "a5-k9-gmail-app-password-required", expect: "not-top" },
  { case: "b42-mta-034", expect: "top" },
  { case: "b10-serverlog-dovecot-submission-login-auth-failed", expect: "top" },
  // The server answered 235 Authentication succeeded; the client failed on it.
  { case: "b42-apps-007", expect: "not-top" },
  // lettre's spelled-out Code is 535.
  { case: "b9-stack-006", expect: "top" },
  { case: "b43-apps2-021", expect: "top" },
  // An invalid API key used as the SMTP password.
  { case: "b48-wrap2-075", expect: "top" },
  // 'Unknown user' after the password names the login, not a recipient.
  { case: "b51-mk-068", expect: "top" },
  // The generic 'Authentication failed' stays below a cause's own words.
  { case: "b63-d-9", expect: "not-top" },
];
