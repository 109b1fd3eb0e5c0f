import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "./analyze-text";
import { unescapeBreaks } from "./escaped-breaks";

// Exim's log of Gmail's multi-line deferral, its line breaks written as "\n" (a pastebin log in the
// corpus, b29-b29g-gmail-exim-421-470-unsolicited-rate-limited).
const EXIM_LOGGED =
  "H=alt4.gmail-smtp-in.l.google.com [198.51.100.27]:25: SMTP error from remote mail server after end of data: 421-4.7.0 [203.0.113.80 15] Our system has detected an unusual rate of\\n421-4.7.0 unsolicited mail originating from your IP address. To protect our\\n421 4.7.0 users from spam";

test("an escaped line break before a reply code is read as a break", () => {
  const plain = unescapeBreaks(EXIM_LOGGED);
  assert.ok(plain);
  assert.match(plain, /unusual rate of\n421-4\.7\.0 unsolicited mail/);
  assert.equal(analyzeText(EXIM_LOGGED).rootCause.id, "ip-reputation");
});

test("escapes not followed by a reply code, and texts without escapes, are left alone", () => {
  assert.equal(unescapeBreaks("path C:\\new\\folder"), null);
  assert.equal(unescapeBreaks("421 4.7.0 Try again later"), null);
  assert.equal(unescapeBreaks("a\\nb"), null);
});

test("an escaped line break before a capital letter separates the words it glued", () => {
  // smtplib's bytes in a log (b9-stack-071): "mx.example.in\nIP blacklisted in …".
  const logged =
    "[\"hostmx01.example.in: (554, b'mx.example.in\\nIP blacklisted in http://www.senderbase.org')\"]";
  assert.match(unescapeBreaks(logged) ?? "", /mx\.example\.in\nIP blacklisted/);
  assert.equal(analyzeText(logged).rootCause.id, "ip-blocklisted");
});

test("an escaped line break before an indented continuation line is read as a break", () => {
  // A Postfix delivery report's folded line (b16-gh-empress-450-reverse-hostname-dsn) inside a JSON log.
  const logged =
    '{"level":"error","error":"Diagnostic-Code: smtp; 450 4.7.1 Client host rejected: cannot find your reverse\\n   hostname, [203.0.113.5]"}';
  assert.match(unescapeBreaks(logged) ?? "", /reverse\n {3}hostname/);
  assert.equal(analyzeText(logged).rootCause.id, "reverse-dns-missing");
});

test("a string pasted with its quotes escaped is read unescaped, the quoted reply's code with it", () => {
  // Symfony Mailer's error inside a log line (b67-e-39): STARTTLS answered 502.
  const logged =
    'Expected response code 220 but got code \\"502\\", with message \\"502 unimplemented (#5.5.1)\\r\\n\\"';
  assert.equal(
    unescapeBreaks(logged),
    'Expected response code 220 but got code "502", with message "502 unimplemented (#5.5.1)\n"',
  );
  assert.equal(analyzeText(logged, { stage: "tls" }).rootCause.id, "starttls-not-offered");
  // Escaped twice (a JSON string inside a JSON string): "\\r\\n" is one break.
  assert.equal(unescapeBreaks('\\"501 Syntax error\\\\r\\\\n\\"'), '"501 Syntax error\n"');
});

test("a bounce pasted whole as one escaped line has every break back, inside a phrase too", () => {
  // vger.kernel.org's refusal as an Exchange bounce copied with its breaks escaped (b80-h-036).
  const pasted =
    "git@vger.kernel.org\\n23.128.96.18\\nRemote Server returned '554 5.7.1 <23.128.96.18 #5.7.1 smtp; 553 5.7.1\\nHello [23.128.96.19], for your MAIL FROM address\\n<user@mathworks.com> policy analysis reported: Your address is not\\nliked source for email>'";
  assert.match(unescapeBreaks(pasted) ?? "", /is not\nliked source/);
  assert.equal(analyzeText(pasted, { stage: "mail" }).rootCause.id, "sender-rejected");
  // A Windows path has backslashes that are no escapes: its "\n" is a folder's first letter.
  assert.equal(unescapeBreaks("C:\\Users\\mail\\nodemailer\\notes.txt: 550 Rejected"), null);
});
