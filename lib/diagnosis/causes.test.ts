import assert from "node:assert/strict";
import { test } from "node:test";
import { causeIdSchema } from "./cause-id-schema";
import { CAUSES, causeById } from "./causes";

test("the catalogue has exactly one entry per cause id, in the enum's order", () => {
  assert.deepEqual(
    CAUSES.map((c) => c.id),
    causeIdSchema.options,
  );
  for (const id of causeIdSchema.options) {
    const cause = causeById(id);
    assert.ok(cause.title.length > 5 && cause.meaning.length > 5 && cause.evidence.length > 2, id);
  }
});
