import assert from "node:assert/strict";
import { test } from "node:test";
import { describeCodes } from "./describe-codes";

test("codes get their generic RFC 5321 / RFC 3463 meaning", () => {
  const rows: [number | null, string | null, RegExp][] = [
    [
      550,
      "5.7.1",
      /550: .*permanent.*5\.7\.1: Permanent failure.*security or policy status.*Delivery not authorized/is,
    ],
    [450, "4.2.0", /450: .*4\.2\.0: Persistent Transient Failure|4\.2\.0: .*temporar/i],
    [535, "5.7.8", /5\.7\.8: .*Authentication credentials invalid/i],
    [550, "5.7.708", /5\.7\.708: .*detail 708 is provider-specific; providers use it for/],
    [599, null, /599: a permanent failure reply \(no standard meaning/],
    [null, "5.1.1", /5\.1\.1: .*Addressing status.*Bad destination mailbox address/i],
    [null, null, /No SMTP reply code/],
  ];
  for (const [code, enhanced, meaning] of rows)
    assert.match(describeCodes(code, enhanced).meaning, meaning, `${code} ${enhanced}`);
});
