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
  // Batch 5/6 near-misses among tls-wrong-mode, tls-cert-untrusted, tls-version-unsupported (real replies, sources in testdata).
  { case: "r5-keycloak-angus-pkix-path-building", expect: "top" },
  { case: "r5-javamail-ehlo-cant-send-command-pkix", expect: "top" },
  { case: "r5-javamail-gmail-465-pkix-spaced", expect: "top" },
  { case: "b6-esp-mail-client-454-starttls-on-465", expect: "not-top" },
  { case: "b6-angus-bad-greeting-eof-465", expect: "not-top" },
  { case: "r5-javamail-gmail-465-no-appropriate-protocol", expect: "not-top" },
  { case: "r5-javamail-convert-socket-tls-no-appropriate-protocol", expect: "not-top" },
  // Exim: a TLS error whose parenthesis names certificate verification.
  { case: "b49-mtatest-082", expect: "top" },
  // Postfix's 'Untrusted TLS connection established': the handshake finished, the certificate was not verified.
  { case: "b32-b32d-miab-untrusted-tls-no-cafile", expect: "top" },
  { case: "b38-mailstacks-033", expect: "top" },
  // At the TLS stage, the certificate spoken of in words no pattern knows ("No certificates
  // available, using self-signed").
  { case: "b22-b22d-stalwart-self-signed-no-certificates", expect: "top" },
  { case: "b53-clienttests-079", expect: "not-top" },
];
