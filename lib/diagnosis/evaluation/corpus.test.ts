import assert from "node:assert/strict";
import { test } from "node:test";
import { replyPatterns } from "../reply-patterns";
import { phrasingKnowledge } from "./alternatives";
import { foldsByBatch, loadCorpus, sourceKeys } from "./corpus";
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

test("a code index id is the source; a repository's front page beside it is only the collection", () => {
  assert.deepEqual(
    sourceKeys(
      "Ubuntu Forums archive (https://github.com/Ubuntu-Community-Team/Ubuntu-Forums-Archive), General Help thread 'Postfix Problem', 2008-06-23 (code index id 56814097892)",
    ),
    ["code index id 56814097892"],
  );
  // Without an id the front page is all there is, and it stays the key.
  assert.deepEqual(sourceKeys("https://github.com/haraka/Haraka"), ["github.com/haraka/haraka"]);
  // The same file cited two ways shares its key, so both land in one source group.
  assert.deepEqual(sourceKeys("code index id 46681687085 (SQL dump)"), ["code index id 46681687085"]);
  assert.ok(
    sourceKeys("SQL dump, table email_service_monitor (code index id 46681687085)").includes(
      "code index id 46681687085",
    ),
  );
});
