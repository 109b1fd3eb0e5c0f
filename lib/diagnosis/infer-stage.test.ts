import assert from "node:assert/strict";
import { test } from "node:test";
import { inferStage } from "./infer-stage";

// Exim's main log names the command a refusal answered ("rejected RCPT <…>:", "rejected after
// DATA:"), as Postfix's does ("NOQUEUE: reject: RCPT from …"); the lines are Exim's test logs
// (test/log/0026, 0028) and Postfix's documented smtpd log shape.
test("a mail server's log line names the stage its refusal answered", () => {
  assert.equal(
    inferStage("U=CALLER F=<x@y> rejected RCPT <userx@test.ex>: SIZE value too big", null),
    "rcpt",
  );
  assert.equal(
    inferStage("U=CALLER F=<> temporarily rejected RCPT <a@test.ex>: unknown ACL verb", null),
    "rcpt",
  );
  assert.equal(
    inferStage("U=CALLER F=<> rejected after DATA: there is no valid sender in any header line", null),
    "data",
  );
  assert.equal(
    inferStage("H=(client) [203.0.113.5] rejected MAIL <a@example.com>: Access denied", null),
    "mail",
  );
  assert.equal(
    inferStage(
      "NOQUEUE: reject: RCPT from unknown[203.0.113.5]: 554 5.7.1 <a@example.com>: Relay access denied",
      null,
    ),
    "rcpt",
  );
  assert.equal(
    inferStage("milter-reject: END-OF-MESSAGE from unknown[203.0.113.5]: 5.7.1 rejected", null),
    "data",
  );
});

test("words that name no command leave the stage unknown", () => {
  assert.equal(inferStage("550 Rejected", null), null);
});
