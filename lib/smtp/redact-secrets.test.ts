import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { redactDeep, secretNeedles } from "./redact-secrets";

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");

describe("redactDeep", () => {
  const secret = "Corr3ct-Horse!";

  it("masks the secret in plain text", () => {
    const out = redactDeep({ a: [`535 bad password ${secret} given`] }, [secret]);
    assert.ok(!JSON.stringify(out).includes(secret));
  });

  for (const prefix of ["", "\u0000", "\u0000u\u0000", "user=a\u0001auth=Bearer "]) {
    it(`masks the secret inside base64 with prefix of ${prefix.length} bytes`, () => {
      const blob = b64(`${prefix}${secret}\u0001\u0001`);
      const out = redactDeep({ line: `AUTH PLAIN ${blob}` }, [secret]);
      const text = JSON.stringify(out);
      for (const needle of secretNeedles(secret)) assert.ok(!text.includes(needle), `needle ${needle} left`);
      assert.ok(!text.includes(blob));
    });
  }

  it("produces one needle per alignment plus the plain text", () => {
    assert.equal(secretNeedles(secret).length, 4);
  });

  it("leaves values alone when there is no secret", () => {
    const value = { a: 1, b: ["x"], c: null };
    assert.deepEqual(redactDeep(value, []), value);
  });
});
