import { syntheticProbe } from "../testing/synthetic-probe";
import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule connect-timeout: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-connect-etimedout-office365-465", expect: "top" },
  { case: "client-connect-etimedout-port25", expect: "top" },
  { case: "mailkit-socket-timeout-587", expect: "top" },
  {
    probe: syntheticProbe({
      target: { port: 25 },
      failedStage: "connect",
      error: { code: "ETIMEDOUT", message: "Connection timed out" },
    }),
    expect: "top",
    note: "probe: port 25 dropped",
  },
  { case: "client-edns-enotfound-quoted-host", expect: "not-top" },
  { case: "client-eai-again", expect: "not-top" },
  // "Connection timed out" said at a later stage is not the device's connection: a lookup, the
  // server's own callout at RCPT, a reply in the session (the real lines, cut to the words).
  {
    reply: "Can't get example.com host entry: Connection timed out",
    stage: "resolve",
    expect: "not-top",
    note: "b10-temp-citadel-cant-get-host-entry-timed-out: a DNS lookup that timed out",
  },
  {
    reply: "could not connect to customer.example.com [203.0.113.9]: Connection timed out",
    stage: "rcpt",
    expect: "not-top",
    note: "b28-b28a-exim-sender-verify-callout-defer: the server's own sender callout",
  },
  {
    reply: "MailKit.Net.Smtp.SmtpCommandException: 4.4.1 Connection timed out",
    stage: "mail",
    expect: "not-top",
    note: "r5-mailkit-smtpcommandexception-441-connection-timed-out: a reply in the session",
  },
  { case: "b42-apps-031", expect: "top" },
  // At the connect stage a timeout in any words ("{error,timeout}"), but not a timeout setting.
  { case: "b56-clients-002", expect: "top" },
  { case: "b12-gh-metabase-ses-port25-couldnt-connect", expect: "not-top" },
];
