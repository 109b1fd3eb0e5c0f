import assert from "node:assert/strict";
import { test } from "node:test";
import { readErrorText } from "./read-error-text";

test("replies inside the wrappers device logs and libraries print are read as replies", () => {
  for (const [text, code] of [
    ["sendmail: recv:'235 Authentication succeeded'", 235],
    ["SMTP -> FROM SERVER:220 mail.example.com Microsoft ESMTP MAIL Service ready", 220],
    ["[DEBUG] - 220 and/or bulk e-mail.", 220],
    ["DEBUG - startttls() (220, b'TLS go ahead')", 220],
    ["smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')", 535],
    ["538: Encryption required for requested authentication mechanism", 538],
  ] as const) {
    assert.equal(readErrorText(text).primary?.code, code, text);
  }
});

test("numbers that only look like those wrappers are not replies", () => {
  for (const text of [
    "(123, b'not a reply code')",
    "12:30: the job ran",
    "recv: 42 bytes",
    "port 587: connection refused after 250: ms",
  ]) {
    assert.equal(readErrorText(text).primary, null, text);
  }
});

test("a reply a bounce folded onto indented lines is read whole; a stack frame under it is not the reply", () => {
  // Postfix wraps the remote reply at 80 columns with four spaces (a Contao forum thread's bounce).
  const folded = [
    "<user@example.net>: host mail.example.net[192.0.2.10] said: 553",
    "    5.7.1 <sender@example.com>: Sender address rejected: not logged in",
    "    (in reply to RCPT TO command)",
  ].join("\n");
  assert.match(readErrorText(folded).replyBlock ?? "", /Sender address rejected: not logged in/);
  const trace = [
    "550 5.7.60 SMTP; Client does not have permissions to send as this sender",
    "   at System.Net.Mail.DataStopCommand.CheckResponse(SmtpStatusCode statusCode, String serverResponse)",
  ].join("\n");
  assert.equal(readErrorText(trace).replyBlock, trace.split("\n")[0]);
});

test("a reply broken after its address reads on: a next line that starts with ':' or follows a line ending in ':'", () => {
  // mailbox.org's reply as pasted, and Simple Java Mail's exception (both in the corpus, batch 11 and 29).
  const colonFirst =
    "553 5.7.1 wrongaddress@example.com\n: Sender address rejected: not owned by user realuser@example.com\n;";
  assert.match(readErrorText(colonFirst).replyBlock ?? "", /not owned by user/);
  const colonLast =
    "com.sun.mail.smtp.SMTPAddressFailedException: 553 5.7.1 <test@example.com>: \nSender address rejected: not owned by user admin@example.net ";
  assert.match(readErrorText(colonLast).replyBlock ?? "", /not owned by user/);
  // A line that does not end in ':' does not take the next one in.
  const ended = "550 5.1.1 User unknown\nSender address rejected: not owned by user x@example.net";
  assert.doesNotMatch(readErrorText(ended).replyBlock ?? "", /not owned/);
});
