import assert from "node:assert/strict";
import { test } from "node:test";
import { inferStage } from "./infer-stage";

// Exim's main log names the command a refusal answered ("rejected RCPT <…>:", "rejected after
// DATA:"), as Postfix's does ("NOQUEUE: reject: RCPT from …"); the lines are Exim's test logs
// (test/log/0026, 0028) and Postfix's documented smtpd log shape.
test("a mail server's log line names the stage its refusal answered", () => {
  for (const [line, stage] of [
    ["U=CALLER F=<x@y> rejected RCPT <userx@test.ex>: SIZE value too big", "rcpt"],
    ["U=CALLER F=<> temporarily rejected RCPT <a@test.ex>: unknown ACL verb", "rcpt"],
    ["U=CALLER F=<> rejected after DATA: there is no valid sender in any header line", "data"],
    ["H=(client) [203.0.113.5] rejected MAIL <a@example.com>: Access denied", "mail"],
    [
      "NOQUEUE: reject: RCPT from unknown[203.0.113.5]: 554 5.7.1 <a@example.com>: Relay access denied",
      "rcpt",
    ],
    ["milter-reject: END-OF-MESSAGE from unknown[203.0.113.5]: 5.7.1 rejected", "data"],
  ] as const) {
    assert.equal(inferStage(line, null), stage, line);
  }
});

test("words that name no command leave the stage unknown", () => {
  assert.equal(inferStage("550 Rejected", null), null);
});

// Pasted without a stage (the paste page sends none), the words still name the command: replies
// and client errors from the corpus (b63-b-8, b46-mta5-015, b48-code2-033, b51-mk-034,
// b22-b22a-elasticemail, b23-b23a-esp32cam, b52-cnapps-038, b7-reach-nextcloud-docker-465).
test("a client's or server's words name the stage when the paste does not", () => {
  for (const [text, stage] of [
    [
      'Failed to authenticate on SMTP server with username "user@example.com" using the following authenticators: "LOGIN", "PLAIN".',
      "auth",
    ],
    ["503 5.5.1 Authentication not available", "auth"],
    ["504 AUTH mechanism mismatch", "auth"],
    ["503 5.1.2 Invalid from: <user@example.com>", "mail"],
    ["Failed to send test email. Cause: Mail command failed: 553 Invalid address specified", "mail"],
    ["501 Syntax error - line too long", "data"],
    ["Unknown SMTP host: mail.example.com", "resolve"],
    ["Connection could not be established with host smtp.example.com [Operation timed out #110])", "connect"],
  ] as const) {
    assert.equal(inferStage(text, null), stage, text);
  }
});

// A read that timed out is not a connection (Home Assistant's smtplib traceback, b10-devices-ha);
// a command line too long is not the message (b52-mta2-004, b81-j-024); and with a server's reply read, a
// failed lookup is the server's own check, not the device's (the stage stays unknown).
test("a read, a command line or a server's own lookup does not name the device's stage", () => {
  assert.equal(inferStage("TimeoutError: The read operation timed out", null), null);
  assert.equal(inferStage("521 Command line too long", null), null);
  // x.5.x is a protocol status (RFC 3463): a command line too long, not the message (b81-j-024).
  assert.equal(inferStage("500 5.5.2 Line too long", null), null);
  assert.equal(inferStage("550 Host not found for your sender domain", 0), null);
});

// Clients' own words for a failed connection or lookup, from the corpus (b63-g-17,
// b56-clients-036, b34-b34b, r5-emailjs, b27-b27b-dma, b34-b34c-snmail, b56-tlsconn-075): Go's
// dial timing out is the connection, Go's dial failing in its lookup is the name.
test("a client's words for a connection or a lookup that failed name the stage", () => {
  for (const [text, stage] of [
    ["dial mx.example.com:25: i/o timeout", "connect"],
    ["sendmail: cannot connect to smtp.gmail.com, port 587: Expiró el tiempo de conexión", "connect"],
    ["Failed connection to 203.0.113.9:25 (TimedOut:0000274C)", "connect"],
    ["{ [Error: timedout while connecting to smtp server] code: 4, smtp: undefined }", "connect"],
    ["remote delivery failed: DNS lookup failure: host smtp.example.com not found", "resolve"],
    ["The destination server for this recipient could not be found in Domain Name Service (DNS).", "resolve"],
    [
      "gomail: could not send email 1: dial tcp: lookup my.mailserver.com on 8.8.8.8:53: read udp: i/o timeout",
      "resolve",
    ],
  ] as const) {
    assert.equal(inferStage(text, null), stage, text);
  }
});

test("'hello name' names EHLO and 'mailfrom domain' names MAIL FROM", () => {
  assert.equal(inferStage("550 5.7.1 hello name cannot be numeric ip", null), "ehlo");
  assert.equal(inferStage("550 5.7.27 mailfrom domain not configured for mail", null), "mail");
});
