import { syntheticProbe } from "../testing/synthetic-probe";
import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule target-not-allowed: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  {
    probe: syntheticProbe({
      failedStage: "guard",
      error: { code: "EBLOCKED", message: "Not tested: 10.0.0.5 is a private address" },
    }),
    expect: "top",
    note: "our guard refused a private address",
  },
  {
    probe: syntheticProbe({
      failedStage: "connect",
      error: { code: "ECONNREFUSED", message: "Connection refused" },
    }),
    expect: "no-match",
    note: "a refused connection is not our guard",
  },
  { case: "client-edns-enotfound-quoted-host", expect: "not-top" },
  { case: "client-eai-again", expect: "not-top" },
];
