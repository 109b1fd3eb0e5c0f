import assert from "node:assert/strict";
import { test } from "node:test";
import { inferStage } from "./infer-stage";

// Exim's main log names the command a refusal answered ("rejected RCPT <…>:", "rejected after
// DATA:"), as Postfix's does ("NOQUEUE: reject: RCPT from …"); the lines are Exim's test logs
// (test/log/0026, 0028) and Postfix's documented smtpd log shape.
test("a mail server's log line names the stage its refusal answered", () => {
  for (const [line, stage] of [
    ["U=CALLER F=<x@y> rejected RCPT <userx@test.ex>: SIZE value too big", "rcpt"],
    ["U=CALLER F=<> temporarily rejected RCPT <a@test.ex>: unknown ACL verb", "rcpt"],
    ["U=CALLER F=<> rejected after DATA: there is no valid sender in any header line", "data"],
    ["H=(client) [203.0.113.5] rejected MAIL <a@example.com>: Access denied", "mail"],
    [
      "NOQUEUE: reject: RCPT from unknown[203.0.113.5]: 554 5.7.1 <a@example.com>: Relay access denied",
      "rcpt",
    ],
    ["milter-reject: END-OF-MESSAGE from unknown[203.0.113.5]: 5.7.1 rejected", "data"],
  ] as const) {
    assert.equal(inferStage(line, null), stage, line);
  }
});

test("words that name no command leave the stage unknown", () => {
  assert.equal(inferStage("550 Rejected", null), null);
});
