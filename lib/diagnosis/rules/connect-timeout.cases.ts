import { syntheticProbe } from "../testing/synthetic-probe";
import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule connect-timeout: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-connect-etimedout-office365-465", expect: "top" },
  { case: "client-connect-etimedout-port25", expect: "top" },
  { case: "mailkit-socket-timeout-587", expect: "top" },
  {
    probe: syntheticProbe({
      target: { port: 25 },
      failedStage: "connect",
      error: { code: "ETIMEDOUT", message: "Connection timed out" },
    }),
    expect: "top",
    note: "probe: port 25 dropped",
  },
  { case: "client-edns-enotfound-quoted-host", expect: "not-top" },
  { case: "client-eai-again", expect: "not-top" },
];
