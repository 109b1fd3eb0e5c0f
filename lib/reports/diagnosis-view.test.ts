import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../diagnosis/analyze-text";
import { readDiagnosis } from "./diagnosis-view";
import { storedDiagnosisSchema } from "./stored-diagnosis";

test("an unrecognised answer in the report says what can be said and the next step, never a cause", () => {
  // A Kyocera panel code (corpus b22-b22a-device-kyocera-send-error-1102) pasted alone.
  const view = readDiagnosis(storedDiagnosisSchema.parse(analyzeText("Send error 1102")));
  assert.ok(view);
  assert.equal(view.rootCause, null);
  assert.match(view.findings[0] ?? "", /1102 looks like the device's own panel or log code/);
  assert.match(view.findings[0] ?? "", /What the codes mean in general/);
  assert.match(view.findings[1] ?? "", /^Next step: Run the live test in the wizard/);
});
