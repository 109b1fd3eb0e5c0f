import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule tls-version-unsupported: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-tls-unsupported-protocol", expect: "top" },
  { case: "mailkit-ses-tls10-no-longer-supported", expect: "top" },
  { case: "client-tls-unknown-protocol-587", expect: "not-top" },
  { case: "exim-starttls-not-advertised", expect: "not-top" },
  // Batch 5/6 near-misses among tls-wrong-mode, tls-cert-untrusted, tls-version-unsupported (real replies, sources in testdata).
  { case: "r5-javamail-gmail-465-no-appropriate-protocol", expect: "top" },
  { case: "r5-javamail-convert-socket-tls-no-appropriate-protocol", expect: "top" },
  { case: "r5-java-fatal-handshake-failure-kickstart", expect: "top" },
  { case: "b6-esp-mail-client-454-starttls-on-465", expect: "not-top" },
  { case: "b6-angus-bad-greeting-eof-465", expect: "not-top" },
  { case: "r5-keycloak-angus-pkix-path-building", expect: "not-top" },
  { case: "r5-javamail-ehlo-cant-send-command-pkix", expect: "not-top" },
  // Microsoft answers 421 4.7.66 after AUTH: the code still names TLS 1.0.
  { case: "b19-b19d-m365-421-4.7.66-tls10", expect: "top" },
  { case: "b44-intl3-031", expect: "top" },
];
