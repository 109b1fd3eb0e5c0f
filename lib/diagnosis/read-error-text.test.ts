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
