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
    // go-smtp's SMTPError: "SMTP error 502: Not implemented" (golang's net/smtp tests' double).
    ["SMTP error 502: Not implemented", 502],
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

test("a refusal's code in a client's brackets is read; a process id or a line number is not", () => {
  // Corpus b9 (a Stack Overflow paste) and b39 (PHPMailer's "Failed to send data. [451] 4.7.1 …").
  assert.equal(readErrorText("Error: permanent error (535)").primary?.code, 535);
  const phpmailer = readErrorText(
    "SMTP Error: Failed to send data. [451] 4.7.1 Service unavailable - try again later",
  );
  assert.equal(phpmailer.primary?.code, 451);
  assert.equal(phpmailer.primary?.enhanced, "4.7.1");
  // The client's bracket holds the code alone: the server's words elsewhere are not "outside" it.
  assert.equal(phpmailer.replyBlock, null);
  // Where the server's own reply line carries the code, that line is the reply to judge.
  const swift = readErrorText(
    'Swift_TransportException (553) Expected response code 250 but got code "553", with message "553 Relaying disallowed as user@example.com"',
  );
  assert.match(swift.replyBlock ?? "", /Relaying disallowed/);
  // Postfix's process id and PHP's line number look like codes in brackets, and are not.
  assert.equal(
    readErrorText("Aug 04 12:36:31 host postfix/smtp[450]: C8FA38E4F42: to=<a@b.c>").primary,
    null,
  );
  assert.equal(
    readErrorText("AbstractProtocol.php(421): Laminas\\Mail\\Protocol\\AbstractProtocol->_expect()").primary,
    null,
  );
  // A bracketed 250 is a client's report of the last reply it had, not a refusal.
  assert.equal(readErrorText("SMTP Error (250) Authentication is failed").primary, null);
});

test("a success reply quoted after a log's or a client's cue is read as the server's reply", () => {
  for (const [text, code] of [
    // nodemailer's info object (corpus b32-b32b-noerr-126-nodemailer-info-response).
    ["response: '250 Mail OK queued as smtp1,C8mowACnfJ1YfP5aW6emBA--.23542S3 1526627416'", 250],
    // Haraka's protocol log (corpus b22-b22d-haraka-250-recipient-ok).
    [
      "[PROTOCOL] [D01B4388-7099-4560-9A22-C6ABBBDCEA93.1] [core] S: 250 recipient <user@example.com> OK",
      250,
    ],
  ] as const) {
    assert.equal(readErrorText(text).primary?.code, code, text);
  }
  // A refusal in the same text still comes first.
  assert.equal(readErrorText("response: '250 OK' then said: 550 5.1.1 User unknown").primary?.code, 550);
});

test("a reply whose code ends its line continues on the next line's enhanced code", () => {
  // Odoo shows smtplib's exception with the code alone on its line (corpus b56-intl-025).
  const read = readErrorText(
    "SMTPSenderRefused: 553\n\n5.7.1 Sender address rejected: not owned by auth user.",
  );
  assert.equal(read.primary?.code, 553);
  assert.match(read.replyBlock ?? "", /Sender address rejected: not owned by auth user/);
  // A line of another class after it is not the same reply.
  const other = readErrorText("SMTPSenderRefused: 553\n4.7.1 try later");
  assert.doesNotMatch(other.replyBlock ?? "", /try later/);
});

test(".NET's words for a status code stand for it where the server's own text follows without one", () => {
  const read = readErrorText(
    "Erreur:  Service not available, closing transmission channel. The server response was: 4.4.1 Connection timed out",
  );
  assert.equal(read.primary?.code, 421);
  assert.equal(read.primary?.enhanced, "4.4.1");
  // Nothing after it: .NET could not read a reply at all, and no server said 500.
  assert.equal(readErrorText("Syntax error, command unrecognized. The server response was:").primary, null);
});

// Rust's lettre spells the code out in its Error's Debug output, on one line ("{:?}", b9-stack-006)
// or pretty-printed over several ("{:#?}", b80-c-025): both are 535.
test("lettre's spelled-out code is read on one line and pretty-printed", () => {
  const oneLine =
    "lettre::transport::smtp::Error { kind: Permanent(Code { severity: PermanentNegativeCompletion, category: Unspecified3, detail: Five }) }";
  const pretty =
    "lettre::transport::smtp::Error {\n    kind: Permanent(\n        Code {\n            severity: PermanentNegativeCompletion,\n            category: Unspecified3,\n            detail: Five,\n        },\n    ),\n}";
  assert.equal(readErrorText(oneLine).primary?.code, 535);
  assert.equal(readErrorText(pretty).primary?.code, 535);
});
