import { syntheticProbe } from "../testing/synthetic-probe";
import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule tls-wrong-mode: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-tls-unknown-protocol-587", expect: "top" },
  { case: "client-tls-wrong-version-number-587", expect: "top" },
  {
    probe: syntheticProbe({
      target: { port: 465, security: "starttls" },
      failedStage: "greeting",
      error: { code: "ETIMEDOUT", message: "Timeout" },
    }),
    expect: "top",
    note: "plain SMTP spoken to implicit-TLS port 465",
  },
  {
    probe: syntheticProbe({
      target: { port: 465, security: "none" },
      failedStage: "greeting",
      error: { code: "ETIMEDOUT", message: "Timeout" },
    }),
    expect: "top",
    note: "security none on 465",
  },
  {
    probe: syntheticProbe({
      target: { port: 465, security: "tls" },
      failedStage: "greeting",
      error: { code: "ETIMEDOUT", message: "Timeout" },
    }),
    expect: "not-top",
    note: "implicit TLS on 465 is the right mode",
  },
  { case: "exim-starttls-not-advertised", expect: "not-top" },
  { case: "google-530-5.7.0-must-issue-starttls", expect: "not-top" },
  // Batch 5/6 near-misses among tls-wrong-mode, tls-cert-untrusted, tls-version-unsupported (real replies, sources in testdata).
  { case: "b6-esp-mail-client-454-starttls-on-465", expect: "top" },
  { case: "b6-angus-bad-greeting-eof-465", expect: "top" },
  // NetEase's other SSL port, 994, read as 465 is: no greeting there in plain text.
  { case: "b80-e-022", expect: "top" },
  { case: "b6-exim-sync-error-tls-bytes-plain-port", expect: "top" },
  { case: "r5-keycloak-angus-pkix-path-building", expect: "not-top" },
  { case: "r5-javamail-ehlo-cant-send-command-pkix", expect: "not-top" },
  { case: "r5-javamail-gmail-465-no-appropriate-protocol", expect: "not-top" },
  { case: "r5-javamail-convert-socket-tls-no-appropriate-protocol", expect: "not-top" },
  // The settings as the text shows them: TLS from the first byte on 587, plain text or STARTTLS on
  // 465, no greeting on 465; a connection that never opened on 465 is the port, not the mode.
  { case: "b11-devices-bluecherry-dvr-ssl-on-587", expect: "top" },
  { case: "b13-forum-crater-tcp-465-timed-out-greeting", expect: "top" },
  { case: "b17-intl-zh-exmail-starttls-on-465", expect: "top" },
  // JavaMail's bare "response: -1" on 465 was the mode in four corpus threads of eight: named,
  // weakly (0.45).
  { case: "b20-b20a-kotlin-mailsender-gmail-465-response-1", expect: "top" },
  { case: "client-connect-etimedout-office365-465", expect: "not-top" },
  // A TLS client reading record type 50 ("2" of "220"), in Erlang and Haskell.
  { case: "b30-b30j-haskell-smtp-mail-header-type-50", expect: "top" },
  // PHPMailer's transcript: a plain connection to 465, opened, and no greeting.
  { case: "b40-apps3-001", expect: "top" },
  // Ruby's bare EOFError: two of five such replies were the mode, three never found a cause.
  { case: "b38-apps-051", expect: "not-top" },
  // JavaMail's debug line: a plain connection (isSSL false) to port 465.
  { case: "b45-kb4-010", expect: "top" },
  // Nothing at all where the greeting should be, no settings shown: the mode, weakly.
  { case: "b16-forum-go-smtp-eof-port-465", expect: "top" },
  // mbedTLS's 'An invalid SSL record was received': plain text where TLS was expected.
  { case: "b61-k-4", expect: "top" },
  // 'TLS already active': STARTTLS on a connection already encrypted, the device set to both modes.
  { case: "b46-mta5-067", expect: "top" },
];
