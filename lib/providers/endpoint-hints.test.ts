import assert from "node:assert/strict";
import { test } from "node:test";
import { endpointHints, hintForHost } from "./endpoint-hints";

const hints = endpointHints();

test("a tenant's MX endpoint starts the settings at port 25, STARTTLS, no sign-in", () => {
  const hint = hintForHost(hints, "contoso-com.mail.protection.outlook.com");
  assert.match(hint?.providerName ?? "", /^Microsoft 365/);
  assert.deepEqual([hint?.port, hint?.security, hint?.auth], [25, "starttls", "none"]);
  // As typed on a device: upper case, a final dot.
  assert.equal(hintForHost(hints, "Contoso-com.Mail.Protection.Outlook.com.")?.port, 25);
});

test("submission hosts start with a password on their own port; unknown and partial names give nothing", () => {
  const office = hintForHost(hints, "smtp.office365.com");
  assert.deepEqual([office?.port, office?.security, office?.auth], [587, "starttls", "password"]);
  assert.equal(hintForHost(hints, "smtp.gmail.com")?.port, 587);
  assert.equal(hintForHost(hints, "mail.example.com"), null);
  assert.equal(hintForHost(hints, "evil.smtp.office365.com.example"), null);
  assert.equal(hintForHost(hints, "a.b.mail.protection.outlook.com"), null, "<tenant> is one DNS label");
  assert.equal(hintForHost(hints, ""), null);
});
