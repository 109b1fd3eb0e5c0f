import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "./analyze-text";

// Replies from the corpus (b11-apps-nodemailer-enotfound-gmail-dns-server, b20-b20c-bc-container-
// remote-name-not-resolved, b11-apps-emailjs-enotfound-trailing-space, client-edns-enotfound-quoted-host).
test("a failed lookup of a provider's published server name is DNS failing, not a missing name", () => {
  const node = analyzeText(
    "{ [Error: getaddrinfo ENOTFOUND smtp.gmail.com]\n  code: 'ENOTFOUND',\n  syscall: 'getaddrinfo',\n  hostname: 'smtp.gmail.com' }",
    { stage: "resolve" },
  );
  assert.equal(node.rootCause.id, "dns-failure");
  assert.match(
    node.rootCause.explanation,
    /"smtp\.gmail\.com" failed, but that is .*published server name and it exists/,
  );
  assert.equal(
    node.otherCauses.some((o) => o.id === "dns-not-found"),
    false,
  );
  const windows = analyzeText(
    "Send-MailMessage : The remote name could not be resolved: 'smtp.office365.com'",
  );
  assert.equal(windows.rootCause.id, "dns-failure");
});

test("the same names with a stray space or quotes, a typo, or another host's name stay a missing name", () => {
  for (const text of [
    "{ [Error: getaddrinfo ENOTFOUND smtp.gmail.com ]\n  code: 'ENOTFOUND',\n  hostname: 'smtp.gmail.com ' }",
    'Error: getaddrinfo ENOTFOUND "smtp.gmail.com";\n    at GetAddrInfoReqWrap.onlookupall',
    "getaddrinfo ENOTFOUND smtp.gmial.com",
    "Error: getaddrinfo ENOTFOUND mail.example.com (configured after smtp.gmail.com was replaced)",
  ]) {
    assert.equal(analyzeText(text, { stage: "resolve" }).rootCause.id, "dns-not-found", text);
  }
});
