import assert from "node:assert/strict";
import { test } from "node:test";
import type { StageName } from "../../smtp/probe-schema";
import { analyzeText } from "../analyze-text";
import { diagnoseProbe } from "../diagnose-probe";
import { syntheticProbe } from "../testing/synthetic-probe";

/**
 * An explanation claims no more than its evidence: the same cause reads differently when a relay
 * reports it, when only the reply's shape decided, or when SMTP Doctor itself sent the commands.
 */
const root = (text: string, stage?: StageName) => analyzeText(text, stage ? { stage } : {}).rootCause;

test("a relay's own failed connection does not blame the device's port or firewall", () => {
  const r = root(
    "postfix/smtp[1234]: 5FCC6B66455: to=<user@example.org>, relay=none, delay=30, status=deferred (connect to mx.example.org[198.51.100.7]:25: Connection timed out)",
  );
  assert.equal(r.id, "connect-timeout");
  assert.match(r.explanation, /device's own connection worked/);
  // The title does not claim the device's port is blocked either.
  assert.equal(r.title, "A relay could not connect to the next server");
});

test("a device's own timeout still names the port block", () => {
  const r = root("Error: connect ETIMEDOUT 198.51.100.7:587", "connect");
  assert.equal(r.id, "connect-timeout");
  assert.match(r.explanation, /packets are being dropped/);
  assert.equal(r.title, "The connection timed out (port blocked)");
});

test("no route to the network is not called a dropped or refused connection", () => {
  const r = root("Error: connect ENETUNREACH 2001:db8::1:587 - Local (:::0)", "connect");
  assert.ok(["connect-timeout", "connect-refused"].includes(r.id), r.id);
  assert.match(r.explanation, /no route/i);
  assert.doesNotMatch(r.explanation, /packets are being dropped|actively rejects/);
  assert.equal(r.title, "No route to the server's network");
});

test("greylisting named in the words is asserted; a bare 'try again later' shape is hedged", () => {
  const named = root(
    "450 4.7.1 <user@example.org>: Recipient address rejected: Greylisted, please try again later",
    "rcpt",
  );
  assert.equal(named.id, "greylisted");
  assert.match(named.explanation, /^Greylisting:/);
  const bare = root("451 4.7.1 Please try again later", "rcpt");
  assert.equal(bare.id, "greylisted");
  assert.match(bare.explanation, /does not say why/);
});

test("a blocklisted IP quoted in a bounce is the relaying server's, not necessarily the site's", () => {
  const r = root(
    "<user@example.org>: host mx.example.org[198.51.100.7] said: 554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org (in reply to RCPT TO command)",
  );
  assert.equal(r.id, "ip-blocklisted");
  assert.match(r.explanation, /not necessarily the site's own IP/);
});

test("Microsoft's admin steps appear only for Microsoft's mailbox switch", () => {
  const ms = root(
    "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.",
    "auth",
  );
  assert.equal(ms.id, "auth-disabled-mailbox");
  assert.match(ms.fix, /Set-CASMailbox/);
  const other = root(
    "535 5.7.8 Error: authentication failed: This user does not have access rights to this service",
    "auth",
  );
  assert.equal(other.id, "auth-disabled-mailbox");
  assert.doesNotMatch(other.fix, /Microsoft 365|Set-CASMailbox/);
});

test("a pasted Send-As refusal does not claim that a login worked", () => {
  const r = root("550 5.7.60 SMTP; Client does not have permissions to send as this sender", "data");
  assert.equal(r.id, "sender-not-authorized");
  assert.doesNotMatch(r.explanation, /login worked/);
});

/** The root cause of a live test over STARTTLS with a login that failed at MAIL FROM with this error. */
const probeRoot = (code: "EDEADLINE" | "EPROTOCOL", message: string) =>
  diagnoseProbe(
    syntheticProbe({
      target: { port: 587, auth: "password", username: "scanner@example.com", security: "starttls" },
      failedStage: "mail",
      error: { code, message },
    }),
  ).rootCause;

test("the test's own run-time limit is the server's slowness, not a device pausing", () => {
  const r = probeRoot("EDEADLINE", "The test was stopped after 60000 ms (run time limit)");
  assert.equal(r.id, "session-timeout");
  assert.match(r.explanation, /answered too slowly/);
  assert.doesNotMatch(r.fix, /firmware|resolution/);
});

test("a protocol error in SMTP Doctor's own run does not blame the device's firmware", () => {
  const r = probeRoot("EPROTOCOL", "500 5.5.2 Error: bad syntax");
  assert.equal(r.id, "protocol-error");
  assert.doesNotMatch(`${r.explanation} ${r.fix}`, /firmware/);
});

test("Exchange Online's 504 5.7.4 names STARTTLS first; another server's names only the method", () => {
  const ms = root(
    "504 5.7.4 Unrecognized authentication type [HK2PR04CA0063.apcprd04.prod.outlook.com]",
    "auth",
  );
  assert.equal(ms.id, "auth-mechanism-unsupported");
  assert.match(ms.explanation, /only after STARTTLS/);
  const other = root("504 5.5.4 Unrecognized authentication type", "auth");
  assert.equal(other.id, "auth-mechanism-unsupported");
  assert.doesNotMatch(other.explanation, /Microsoft|Exchange/);
});

test("a signal does not quote a reply code the paste does not hold", () => {
  // .NET printed words for the 421, not the number: the signal says where the code came from.
  const r = root(
    "System.Net.Mail.SmtpException: Service not available, closing transmission channel. The server response was: 4.4.1 Connection timed out",
  );
  assert.equal(r.id, "session-timeout");
  assert.match(r.signal ?? "", /421 \(read from the client's words for it\)/);
  assert.match(root("421 4.4.2 Connection timed out").signal ?? "", /^421 with a timeout$/);
});

test("a relay with no route to the next server is told as no route, and why it is common", () => {
  const r = root(
    "postfix/smtp[55073]: connect to gmail-smtp-in.l.google.com[2607:f8b0:400d:c0a::1b]:25: Network is unreachable",
  );
  assert.ok(["connect-timeout", "connect-refused"].includes(r.id), r.id);
  assert.match(r.explanation, /no route to the next server/);
  assert.equal(r.title, "A relay has no route to the next server");
  assert.match(r.fix, /inet_protocols = ipv4/);
});

test("Exchange Online's text needs Exchange's own host beside the 504, not any outlook.com name in the paste", () => {
  const r = root(
    "Reporting-MTA: dns; AM0PR01MB1234.eurprd01.prod.outlook.com\n504 5.7.4 Unrecognized authentication type [mail.example.org]",
    "auth",
  );
  assert.equal(r.id, "auth-mechanism-unsupported");
  assert.doesNotMatch(r.explanation, /Exchange Online/);
});

test("a size refusal of the whole message is not read as a header limit", () => {
  const body = root(
    "552 5.3.4 Message (headers and body) size exceeds the fixed maximum message size",
    "data",
  );
  assert.equal(body.id, "message-too-large");
  assert.doesNotMatch(body.explanation, /header block/);
  const header = root("552 Header size is too large", "data");
  assert.equal(header.id, "message-too-large");
  assert.match(header.explanation, /header block/);
});

test("a relay's lost connection is the relay's, not the device's (b81-j-053)", () => {
  const r = root(
    "postfix/smtp[4709]: 7C53F35BAC: to=<user@gmail.com>, relay=alt2.gmail-smtp-in.l.google.com[209.85.221.184]:25, delay=946, delays=0.12/0.01/946/0, dsn=4.4.2, status=deferred (lost connection with alt2.gmail-smtp-in.l.google.com[209.85.221.184] while receiving the initial server greeting)",
  );
  assert.equal(r.id, "connection-reset");
  assert.equal(r.title, "A relay lost its connection to the next server");
  assert.match(r.explanation, /device's own connection worked/);
  assert.doesNotMatch(r.fix, /between the device and the server/);
});

test("telnet's closing line after the server's own refusal is not the cause (b76-c76g-021)", () => {
  const r = root(
    "Trying 2001:db8::134... Connected to mx01.example.de. Escape character is '^]'. 550 Administrative prohibition Connection closed by foreign host.",
    "rcpt",
  );
  assert.equal(r.id, "recipient-rejected-policy");
  // Without a refusal before it, the same closing line is still the connection cut.
  assert.equal(root("Connection closed by foreign host.").id, "connection-reset");
});
