import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule auth-disabled-tenant: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  {
    reply:
      "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
    stage: "auth",
    expect: "top",
    note: "Microsoft 365 tenant-wide SMTP AUTH off (aka.ms/smtp_auth_disabled)",
  },
  {
    reply:
      "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.",
    stage: "auth",
    expect: "not-top",
    note: "the mailbox-level variant",
  },
  { case: "postfix-auth-not-enabled", expect: "not-top" },
  { case: "exch-530-5.7.1-client-not-authenticated-ndr", expect: "not-top" },
];
