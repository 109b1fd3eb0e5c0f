import { syntheticProbe } from "../testing/synthetic-probe";
import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule no-error: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "exch-banner-ok", expect: "top" },
  { case: "postfix-starttls-ready", expect: "top" },
  { probe: syntheticProbe({}), expect: "top", note: "probe: every stage passed" },
  {
    reply:
      "STARTTLS\n220 2.0.0 SMTP server ready\nschannel: failed to receive handshake, SSL/TLS connection failed",
    stage: "tls",
    expect: "not-top",
    note: "a success line beside a failure is not a success",
  },
  // A verified handshake line stays a success (near-miss of the untrusted one).
  { case: "b14-src-postfix-log-verified-tls-gmail", expect: "top" },
  // RFC 5321's 252 text ("Cannot VRFY user, but will …") is a success, not failure words.
  { case: "b71-c-50", expect: "top" },
];
