import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../analyze-text";

const explain = (reply: string) => {
  const d = analyzeText(reply, { stage: "data" });
  assert.equal(d.rootCause.id, "sender-authentication-failed", reply);
  return d.rootCause.explanation;
};

test("Outlook.com's 5.7.515 explains its high-volume rule and does not claim which check failed", () => {
  const text = explain(
    "550 5.7.515 Access denied, sending domain [example.org] doesn't meet the required authentication level.",
  );
  assert.match(text, /does not say which of the three failed/);
  assert.match(text, /as of/);
  assert.doesNotMatch(text, /not DKIM-signed|says reject/);
});

test("a refusal that names SPF alone is explained by SPF, not by DKIM or DMARC", () => {
  const text = explain("550 5.7.23 The message was rejected because of Sender Policy Framework violation");
  assert.match(text, /names SPF\./);
  assert.doesNotMatch(text, /DKIM|DMARC/);
});

test("Gmail's 5.7.26 'unauthenticated' names SPF and DKIM; the code alone does not make it DMARC", () => {
  const text = explain(
    "550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.",
  );
  assert.match(text, /names SPF and DKIM\./);
  assert.doesNotMatch(text, /DMARC/);
});

test("a DMARC refusal names DMARC", () => {
  const text = explain(
    "550 5.7.1 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
  );
  assert.match(text, /names DMARC\./);
  assert.doesNotMatch(text, /SPF passes when|DKIM passes when/);
});
