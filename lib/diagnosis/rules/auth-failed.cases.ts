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
];
