import assert from "node:assert/strict";
import { test } from "node:test";
import { replyPatterns } from "../reply-patterns";
import { phrasingKnowledge } from "./alternatives";
import { foldsByBatch, loadCorpus } from "./corpus";
import { patternsWithout } from "./evaluate";

test("leaving one batch out withholds what its sources show, even where another batch cites them too", () => {
  const cases = loadCorpus();
  const folds = foldsByBatch(cases);
  assert.equal(folds.length, new Set(cases.map((c) => c.file)).size);
  assert.equal(folds.flat().length, cases.length);
  // Exim's FAQ.src is cited by batch 71 and by batch 74; holding out batch 74 withholds a phrasing
  // only that file shows, though batch 71's replies (outside the fold) come from it too.
  const faq =
    "https://github.com/Exim/exim/blob/07738d610fd70638835db7b12cf158e71a7346e3/doc/doc-src/FAQ.src";
  assert.deepEqual(
    new Set(cases.filter((c) => c.source === faq).map((c) => c.file)),
    new Set(["corpus-batch71", "corpus-batch74"]),
  );
  const b74 = folds.find((f) => f[0]?.file === "corpus-batch74") ?? [];
  const knowledge = phrasingKnowledge(replyPatterns(), cases);
  const usable = patternsWithout(b74, replyPatterns(), knowledge);
  const localDelivery = usable.find((p) => p.pattern.source.includes("local delivery failed"));
  assert.ok(
    !localDelivery || !/bad mode/.test(localDelivery.pattern.source),
    "the FAQ's own phrasing is withheld",
  );
});
