import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "./analyze-text";
import { matchPatterns } from "./evidence";
import { findInOriginal, negationVariants } from "./negation-forms";

test("a negation is read in its other form too, capitals kept", () => {
  assert.deepEqual(negationVariants("Sender Doesn't exist; we cannot relay, it will not work"), [
    "Sender Does not exist; we cannot relay, it will not work",
    "Sender Doesn't exist; we can't relay, it won't work",
  ]);
  assert.deepEqual(negationVariants("550 Relay access denied"), [], "no negation, no other reading");
});

test("words matched in the other form are found in the text as written", () => {
  const text = "Access denied, sending domain [example.org] doesn't meet the required authentication level.";
  assert.deepEqual(findInOriginal(text, "does not meet the required authentication level"), {
    index: 44,
    words: "doesn't meet the required authentication level",
  });
  assert.equal(findInOriginal(text, "does not pass"), null);
});

test("Outlook.com's 5.7.515 in its contracted form names the sender authentication, quoting the reply's own words", () => {
  // Written "does not meet" in Microsoft's documentation; a real bounce (batch 74) says "doesn't".
  const d = analyzeText(
    "550 5.7.515 Access denied, sending domain [example.org] doesn't meet the required authentication level.",
    { stage: "rcpt" },
  );
  assert.equal(d.rootCause.id, "sender-authentication-failed");
  const hits = matchPatterns(
    "sending domain [example.org] doesn't meet the required authentication level",
    "rcpt",
  );
  assert.equal(
    hits.get("sender-authentication-failed")?.matched,
    "doesn't meet the required authentication level",
  );
});

test("the other form does not change what a lookaround saw: Postfix's 'cannot authenticate … generic failure' stays a missing password", () => {
  const d = analyzeText(
    "status=deferred (SASL authentication failed; cannot authenticate to server smtp.office365.com[52.98.140.2]: generic failure)",
  );
  assert.notEqual(d.rootCause.id, "auth-failed");
});
