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
  // "Connection refused" as the server's own words after its reply code is not a socket refusal,
  // unless the enhanced code is of the network subject (Exchange passing on the next hop's).
  { case: "b13-ndr-m365-44316-connection-refused-10061", expect: "top" },
  { case: "b27-b27a-vade-oxsus-421-connection-refused-rate", expect: "not-top" },
  { case: "b27-b27a-vade-550-connection-refused-oxsus-403", expect: "not-top" },
  { case: "client-edns-enotfound-quoted-host", expect: "not-top" },
  { case: "client-eai-again", expect: "not-top" },
  // NetEase's 'Connection refused(mx)' is a server's reply at MAIL FROM, not a refused connection.
  { case: "b48-wrap2-021", expect: "not-top" },
  // "Connection refused" from the server's own milter is not the device's connection refused.
  { case: "b39-stacks2-011", expect: "not-top" },
];
