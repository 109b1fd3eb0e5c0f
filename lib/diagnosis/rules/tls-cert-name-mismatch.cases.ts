import { syntheticProbe, tlsFactsWith } from "../testing/synthetic-probe";
import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule tls-cert-name-mismatch: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-altname-ip-host", expect: "top" },
  { case: "client-altname-web-cert-on-mail", expect: "top" },
  { case: "nodemailer-altnames-mx-host", expect: "top" },
  {
    probe: syntheticProbe({
      target: { auth: "password", username: "scanner@example.com" },
      failedStage: "auth",
      error: {
        code: "ECERT",
        message: "The server's certificate did not verify, so the password was not sent",
      },
      facts: {
        tls: { tls: tlsFactsWith({ hostnameMatches: false, hostnameError: "ERR_TLS_CERT_ALTNAME_INVALID" }) },
      },
    }),
    expect: "top",
    note: "trusted certificate for another name",
  },
  { case: "client-tls-unknown-protocol-587", expect: "not-top" },
  { case: "exim-starttls-not-advertised", expect: "not-top" },
  // Exchange Online's 4.7.320 SubjectMismatch and Gmail's "certificate doesn't match the host".
  { case: "b30-b30j-xostmoen-4-7-320-subjectmismatch", expect: "top" },
  { case: "b30-b30j-clara-gmail-cert-doesnt-match-ja", expect: "top" },
  { case: "b42-libs-037", expect: "top" },
  { case: "b9-forum-mozillazine-domain-name-mismatch", expect: "top" },
  // The certificate's subject or name spoken of at the TLS stage in words no pattern knows.
  { case: "b53-clienttests-079", expect: "top" },
  { case: "b22-b22d-stalwart-self-signed-no-certificates", expect: "not-top" },
];
