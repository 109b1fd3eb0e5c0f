import { parseArgs } from "node:util";
import { ROOT_THRESHOLD } from "../judge-evidence";
import { CONTESTED_NEGATIVES } from "./contested-negatives";
import { groupBySource, loadCorpus } from "./corpus";
import {
  calibration,
  confusions,
  crossValidate,
  crossValidateByBatch,
  evaluateAll,
  type Prediction,
  SLICES,
  score,
} from "./evaluate";
import { wrapperRobustness } from "./wrappers";

/**
 * `npm run eval:diagnosis`: how right the analyzer is on real replies it has not seen.
 * Source-grouped 10-fold cross-validation (a whole thread or page in one fold; each fold judged
 * without the wording patterns its own sources gave), beside the resubstitution figure (everything
 * known), per file, per slice, the confusions, and the calibration of `confidence`.
 * Flags: --misses (list every cross-validated miss), --folds N, --wrappers (each right answer
 * pasted inside a client's exception, a log, a delivery report, a quoted mail…: kept or lost),
 * --by-batch (leave one batch out as well: each batch judged as if it were collected next),
 * --strict (also withhold a phrasing only the fold's replies show where a pattern cites
 * documentation for it: the figure if no documentation had been read), --pasted (also judge every
 * reply without its stage, as the paste page sends a text: the stage inferred from the words).
 */

const { values } = parseArgs({
  options: {
    misses: { type: "boolean", default: false },
    folds: { type: "string", default: "10" },
    wrappers: { type: "boolean", default: false },
    "by-batch": { type: "boolean", default: false },
    strict: { type: "boolean", default: false },
    pasted: { type: "boolean", default: false },
  },
});

const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
const line = (label: string, s: { right: number; n: number; accuracy: number }) =>
  `  ${label.padEnd(44)} ${String(s.right).padStart(4)} / ${String(s.n).padEnd(4)} ${pct(s.accuracy).padStart(8)}`;

const cases = loadCorpus();
const groups = groupBySource(cases);
const folds = Number(values.folds);
const all = evaluateAll(cases);
const cv = crossValidate(cases, folds);

console.log(`corpus: ${cases.length} cases, ${groups.length} distinct source groups, ${folds} folds`);
console.log(`\ntop-1 accuracy                                  right / n       rate`);
console.log(line("resubstitution (all knowledge)", score(all)));
console.log(line("source-grouped cross-validation", score(cv)));
const byBatch = values["by-batch"] ? crossValidateByBatch(cases) : null;
if (byBatch) console.log(line("leave one batch out (a new kind of reply)", score(byBatch)));
const pasted = values.pasted ? crossValidate(cases, folds, { pasted: true }) : null;
if (pasted) console.log(line("cross-validation, stage left to the analyzer", score(pasted)));
if (values.strict)
  console.log(
    line(
      "cross-validation, documentation withheld too",
      score(crossValidate(cases, folds, { strict: true })),
    ),
  );

console.log("\nby file: cross-validated, then with all knowledge");
for (const file of [...new Set(cases.map((c) => c.file))]) {
  console.log(line(file, score(cv.filter((p) => p.case.file === file))));
  if (byBatch) console.log(line("  batch left out", score(byBatch.filter((p) => p.case.file === file))));
  console.log(line("  all knowledge", score(all.filter((p) => p.case.file === file))));
}

console.log("\ncross-validated, by slice");
for (const [name, inSlice] of SLICES) console.log(line(name, score(cv.filter((p) => inSlice(p.case)))));

const negatives = cv.filter((p) => p.case.cause === "unrecognised");
const confidentOnNegatives = negatives.filter(
  (p) => p.got !== "unrecognised" && p.confidence >= ROOT_THRESHOLD,
);
console.log(
  `\nconfident answers (≥ ${ROOT_THRESHOLD}) on replies labelled unrecognised: ${confidentOnNegatives.length} of ${negatives.length}`,
);
const contested = confidentOnNegatives.filter((p) => CONTESTED_NEGATIVES.get(p.case.id) === p.got);
console.log(
  `  of them, ${contested.length} listed as contested (the reply's own words or codes name the cause; its thread never confirmed it), ${confidentOnNegatives.length - contested.length} not listed`,
);
for (const p of confidentOnNegatives) {
  const mark = CONTESTED_NEGATIVES.get(p.case.id) === p.got ? "contested" : "NOT LISTED";
  console.log(`  ${p.case.id}: ${p.got} ${p.confidence} (${mark})`);
}

const cal = calibration(cv);
console.log(`\ncalibration of confidence (cross-validated, ${cal.named} named answers)`);
console.log(`  expected calibration error: ${cal.ece.toFixed(3)}`);
for (const b of cal.bins) {
  console.log(
    `  confidence ${b.from.toFixed(1)}–${b.to.toFixed(1)}: ${String(b.n).padStart(4)} answers, right ${pct(b.right / b.n).padStart(7)}, mean confidence ${(b.confidence / b.n).toFixed(2)}`,
  );
}

console.log("\nconfusions (cross-validated, expected → got)");
for (const [pair, n] of confusions(cv).slice(0, 25)) console.log(`  ${String(n).padStart(3)}  ${pair}`);

const lost = cv.filter((p, i) => p.got !== p.case.cause && all[i]?.got === p.case.cause).length;
console.log(`\nright only with the fold's own wording (memorised, not generalised): ${lost}`);

if (values.misses) {
  console.log("\ncross-validated misses");
  for (const p of cv.filter((x: Prediction) => x.got !== x.case.cause)) {
    console.log(
      `  [${p.case.file}] ${p.case.id}: expected ${p.case.cause}, got ${p.got} (${p.confidence}${p.signal ? `, ${p.signal}` : ""})\n      ${p.case.reply.replace(/\s+/g, " ").slice(0, 220)}`,
    );
  }
}

if (values.wrappers) {
  console.log("\nthe same right answers pasted inside wrappers (kept / right bare)");
  for (const w of wrapperRobustness(cases)) {
    console.log(line(w.wrapper, { right: w.kept, n: w.n, accuracy: w.n ? w.kept / w.n : 1 }));
    if (values.misses) for (const lost of w.lost) console.log(`      ${lost}`);
  }
}
