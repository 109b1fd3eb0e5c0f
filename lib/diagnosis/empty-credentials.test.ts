import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "./analyze-text";
import { emptyCredentialsSent } from "./empty-credentials";

// Real pastes from the corpus (lib/diagnosis/testdata): a nodemailer logger with its env vars unset,
// PHPMailer's debug output with the username answer left empty, and the same unset nodemailer
// against an Exchange that offers only NTLM.
const NODEMAILER_UNDEFINED =
  "{ type: 'client', message: 'AUTH PLAIN AHVuZGVmaW5lZAB1bmRlZmluZWQ=' } { type: 'server', message: '535-5.7.8 Username and Password not accepted. Learn more at\\n535 5.7.8 http://support.google.com/mail/?p=BadCredentials' }";
const PHPMAILER_EMPTY_USERNAME = [
  "2018-03-13 12:21:16 CLIENT -> SERVER: AUTH LOGIN",
  "2018-03-13 12:21:16 SERVER -> CLIENT: 334 VXNlcm5hbWU6",
  "2018-03-13 12:21:16 CLIENT -> SERVER: ",
  "2018-03-13 12:21:18 SERVER -> CLIENT: 535 Incorrect authentication data",
].join("\n");
const NTLM_ONLY = [
  "SERVER 1:",
  "└──250-TS-EXHC-P1.EXAMPLE.CO.UK Hello [172.16.10.102]",
  "   250-AUTH NTLM",
  "CLIENT 1:",
  "└──AUTH PLAIN AHVuZGVmaW5lZAB1bmRlZmluZWQ=",
  "SERVER 1:",
  "└──504 5.7.4 Unrecognized authentication type",
].join("\n");

test("a transcript that shows an empty or undefined sign-in is credentials-missing, whatever the server said next", () => {
  for (const text of [NODEMAILER_UNDEFINED, PHPMAILER_EMPTY_USERNAME]) {
    assert.ok(emptyCredentialsSent(text), text);
    assert.equal(analyzeText(text).rootCause.id, "credentials-missing", text);
  }
});

test("a refusal of the mechanism itself still decides; real credentials are not an empty sign-in", () => {
  assert.equal(analyzeText(NTLM_ONLY).rootCause.id, "auth-mechanism-unsupported");
  // "\0user@example.com\0Corr3ct-Horse!" and a LOGIN username: filled in.
  assert.equal(emptyCredentialsSent("C: AUTH PLAIN AHVzZXJAZXhhbXBsZS5jb20AQ29ycjNjdC1Ib3JzZSE="), null);
  assert.equal(emptyCredentialsSent("C: AUTH LOGIN dXNlckBleGFtcGxlLmNvbQ=="), null);
  assert.equal(
    emptyCredentialsSent("SERVER -> CLIENT: 334 UGFzc3dvcmQ6\nCLIENT -> SERVER: Q29ycjNjdC1Ib3JzZSE=\n"),
    null,
  );
  // Not base64 at all, and the bare command.
  assert.equal(emptyCredentialsSent("AUTH PLAIN"), null);
  assert.equal(emptyCredentialsSent("AUTH PLAIN ****"), null);
});
