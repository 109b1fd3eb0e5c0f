/**
 * `npx tsx scripts/merge-batch.ts N out1.jsonl [out2.jsonl …]`: merges what blind collectors wrote
 * (testdata/COLLECTING.md) into lib/diagnosis/testdata/corpus-batchN.jsonl, dropping repeats,
 * sources the corpus already cites and causes outside the catalogue, and says what it dropped.
 * Then `npm run eval:diagnosis` prints the batch's first run before anything is tuned on it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadCorpus, TESTDATA_DIR } from "../lib/diagnosis/evaluation/corpus";
import { type CollectedReply, mergeBatch } from "../lib/diagnosis/evaluation/merge-batch";

const [batchArg, ...files] = process.argv.slice(2);
const batch = Number(batchArg);
if (!Number.isInteger(batch) || batch <= 0 || files.length === 0) {
  console.error("usage: npx tsx scripts/merge-batch.ts N collected.jsonl [more.jsonl …]");
  process.exit(2);
}
const target = `corpus-batch${batch}`;
const corpus = loadCorpus().filter((c) => c.file !== target);
const collected: CollectedReply[] = files.flatMap((file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CollectedReply),
);
const merged = mergeBatch(batch, collected, corpus);
writeFileSync(
  join(TESTDATA_DIR, `${target}.jsonl`),
  merged.cases.map((c) => JSON.stringify(c)).join("\n") + (merged.cases.length ? "\n" : ""),
);
console.log(`${target}.jsonl: ${merged.cases.length} replies kept of ${collected.length}`);
for (const d of merged.dropped) console.log(`  dropped ${d.id}: ${d.why}`);
