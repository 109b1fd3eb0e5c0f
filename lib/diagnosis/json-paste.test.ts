import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "./analyze-text";
import { readJsonPaste } from "./json-paste";

test("a JSON paste is read as its string values, nested and twice-serialised ones too", () => {
  assert.equal(
    readJsonPaste(
      '{"level":"error","error":{"response":"535 5.7.8 Error: authentication failed","responseCode":535}}',
    ),
    "error\n535 5.7.8 Error: authentication failed",
  );
  assert.equal(readJsonPaste('{"error":"{\\"code\\":\\"ErrorSendAsDenied\\"}"}'), "ErrorSendAsDenied");
  assert.equal(readJsonPaste("554 Message rejected"), null);
  assert.equal(readJsonPaste("{not json}"), null);
});

test("a reply inside a JSON log is judged as it is bare, and shown as pasted", () => {
  // Domino's refusal (b23-b23b-domino-554-message-rejected-policy) logged by a JSON logger.
  const pasted = '{"level":"error","msg":"send failed","error":"554 Message rejected for policy reasons."}';
  const d = analyzeText(pasted, { stage: "rcpt" });
  assert.equal(d.rootCause.id, "recipient-rejected-policy");
  assert.equal(d.rootCause.evidence.reply, pasted);
  // A folded Postfix report line (b16-gh-empress-450-reverse-hostname-dsn) with its escapes.
  const folded =
    '{"error":"Diagnostic-Code: smtp; 450 4.7.1 Client host rejected: cannot find your reverse\\n   hostname, [203.0.113.5]"}';
  assert.equal(analyzeText(folded).rootCause.id, "reverse-dns-missing");
});
