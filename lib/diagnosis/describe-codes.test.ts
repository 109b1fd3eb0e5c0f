import assert from "node:assert/strict";
import { test } from "node:test";
import { describeCodes } from "./describe-codes";

test("codes get their RFC 5321 / IANA registry meaning, or the provider's documented one", () => {
  const rows: [number | null, string | null, RegExp][] = [
    [
      550,
      "5.7.1",
      /550: .*permanent.*5\.7\.1: Permanent failure.*security or policy status.*Delivery not authorized.*only the words of the reply tell/is,
    ],
    [450, "4.2.0", /450: .*4\.2\.0: Persistent Transient Failure|4\.2\.0: .*temporar/i],
    [535, "5.7.8", /5\.7\.8: .*Authentication credentials invalid \(RFC 4954\)/i],
    [
      550,
      "5.7.708",
      /5\.7\.708: .*Access denied, traffic not accepted from this IP \(as documented by Microsoft 365/,
    ],
    [550, "5.7.999", /5\.7\.999: .*detail 999 is not in the IANA registry/],
    [599, null, /599: a permanent failure reply \(no standard meaning/],
    [
      null,
      "5.1.1",
      /5\.1\.1: .*Addressing status.*Bad destination mailbox address \(RFC 3463\): The recipient mailbox does not exist/i,
    ],
    [
      550,
      "5.7.30",
      /Basic authentication is not supported.*registered meaning: REQUIRETLS support required \(RFC 8689\).*Google Workspace \/ Gmail uses it for: .*DKIM/,
    ],
    [554, "5.7.30", /5\.7\.30: .*REQUIRETLS support required \(RFC 8689\)/],
    [550, "5.4.14", /Routing loop detected \(as documented by Microsoft 365/],
    [null, null, /No SMTP reply code/],
  ];
  for (const [code, enhanced, meaning] of rows)
    assert.match(describeCodes(code, enhanced).meaning, meaning, `${code} ${enhanced}`);
});

test("a known provider picks its own reading of a clashing code", () => {
  assert.match(describeCodes(550, "5.7.30", "google-workspace").meaning, /DKIM authentication didn't pass/);
  assert.doesNotMatch(describeCodes(550, "5.7.30", "google-workspace").meaning, /Basic authentication/);
  assert.match(describeCodes(550, "5.7.30", "yahoo").meaning, /REQUIRETLS support required \(RFC 8689\)/);
});
