import { syntheticProbe } from "../testing/synthetic-probe";
import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule greeting-timeout: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  {
    probe: syntheticProbe({ failedStage: "greeting", error: { code: "ETIMEDOUT", message: "Timeout" } }),
    expect: "top",
    note: "no 220 on port 587",
  },
  {
    probe: syntheticProbe({
      target: { port: 465, security: "starttls" },
      failedStage: "greeting",
      error: { code: "ETIMEDOUT", message: "Timeout" },
    }),
    expect: "not-top",
    note: "on 465 with STARTTLS it is the TLS mode",
  },
  { case: "client-edns-enotfound-quoted-host", expect: "not-top" },
  { case: "client-eai-again", expect: "not-top" },
  // The server's first line never came, however the client words it (one phrasing).
  { case: "b52-devices-010", expect: "top" },
  { case: "b52-devices-020", expect: "top" },
  // The same silence offers a server that never greeted only after the mode.
  { case: "b16-forum-go-smtp-eof-port-465", expect: "not-top" },
];
