import { syntheticProbe } from "../testing/synthetic-probe";
import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule connect-refused: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-econnrefused-default-localhost", expect: "top" },
  { case: "client-econnrefused-ipv6-localhost", expect: "top" },
  { case: "swiftmailer-10013-forbidden-socket", expect: "top" },
  {
    probe: syntheticProbe({
      failedStage: "connect",
      error: { code: "ECONNREFUSED", message: "Connection refused" },
    }),
    expect: "top",
    note: "probe: nothing listens",
  },
  { case: "client-edns-enotfound-quoted-host", expect: "not-top" },
  { case: "client-eai-again", expect: "not-top" },
];
