import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "./analyze-text";
import { noteBeforeUnrecognised } from "./unrecognised-text";

test("an unrecognised answer keeps its device note apart from the generic sentence, and a next step", () => {
  const plain = analyzeText("550 Requested action not taken: mailbox unavailable");
  assert.equal(plain.rootCause.id, "unrecognised");
  assert.equal(noteBeforeUnrecognised(plain.rootCause.explanation), null);
  assert.match(plain.rootCause.fix, /permanent/);
  assert.match(plain.rootCause.fix, /live test/);
  // A Kyocera panel code (corpus b22): the device's own code is said first.
  const device = analyzeText("Send error 1102");
  assert.equal(device.rootCause.id, "unrecognised");
  assert.match(noteBeforeUnrecognised(device.rootCause.explanation) ?? "", /1102/);
  assert.match(device.rootCause.fix, /live test/);
});
