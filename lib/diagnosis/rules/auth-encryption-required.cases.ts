import { syntheticProbe } from "../testing/synthetic-probe";
import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule auth-encryption-required: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  {
    probe: syntheticProbe({
      target: { security: "none", auth: "password", username: "scanner@example.com" },
      failedStage: "auth",
      error: {
        code: "ENOTLS",
        message: "Authentication is on but the connection is not encrypted: the password was not sent",
      },
    }),
    expect: "top",
    note: "password withheld on a plain connection",
  },
  {
    reply: "Plaintext authentication disallowed on non-secure (SSL/TLS) connections.",
    stage: "auth",
    expect: "top",
    note: "Dovecot login-common AUTH_PLAINTEXT_DISABLED_MSG",
  },
  { case: "postfix-auth-not-enabled", expect: "not-top" },
  { case: "exch-530-5.7.1-client-not-authenticated-ndr", expect: "not-top" },
];
