import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule starttls-not-offered: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "exim-starttls-not-advertised", expect: "top" },
  { case: "pphosted-500-starttls-unrecognized", expect: "top" },
  { case: "client-tls-unknown-protocol-587", expect: "not-top" },
  { case: "google-530-5.7.0-must-issue-starttls", expect: "not-top" },
  // Thunderbird's smtp-starttls-failed (EN, VI) and gen_smtp's missing_requirement tls.
  { case: "b30-b30i-thunderbird-en-starttls-failed", expect: "top" },
  { case: "b30-b30j-bamboo-465-missing-requirement-tls", expect: "top" },
  // go-smtp's 'SMTP error 502: Not implemented' answering STARTTLS.
  { case: "b50-tests2-035", expect: "top" },
  // A bare 'TLS not available' answered to STARTTLS: the server has no TLS set up.
  { case: "b51-small-003", expect: "top" },
  { case: "b16-mta-stalwart-tls-not-available", expect: "top" },
  // The client required STARTTLS but the server did not offer it ('STARTTLS is required but …').
  { case: "b52-clienttests-041", expect: "top" },
  { case: "b52-clienttests-045", expect: "top" },
];
