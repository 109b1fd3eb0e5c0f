import { syntheticProbe, tlsFactsWith } from "../testing/synthetic-probe";
import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule tls-cert-untrusted: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-self-signed-in-chain-mitm", expect: "top" },
  { case: "m365-4.7.322-certificate-expired", expect: "top" },
  { case: "nodemailer-unable-to-get-issuer-cert", expect: "top" },
  {
    probe: syntheticProbe({
      target: { auth: "password", username: "scanner@example.com" },
      failedStage: "auth",
      error: {
        code: "ECERT",
        message: "The server's certificate did not verify, so the password was not sent",
      },
      facts: { tls: { tls: tlsFactsWith({ trusted: false, trustError: "DEPTH_ZERO_SELF_SIGNED_CERT" }) } },
    }),
    expect: "top",
    note: "self-signed certificate, password withheld",
  },
  { case: "client-tls-unknown-protocol-587", expect: "not-top" },
  { case: "exim-starttls-not-advertised", expect: "not-top" },
];
