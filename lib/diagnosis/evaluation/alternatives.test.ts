import assert from "node:assert/strict";
import { test } from "node:test";
import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { phrasingKnowledge, topLevelAlternatives, usableInFold } from "./alternatives";
import type { CorpusCase } from "./corpus";

test("a pattern splits only at its top-level bars: groups, classes and escapes stay whole", () => {
  assert.deepEqual(topLevelAlternatives(String.raw`a|(b|c)|[|]d|e\|f`), [
    "a",
    "(b|c)",
    "[|]d",
    String.raw`e\|f`,
  ]);
  assert.deepEqual(topLevelAlternatives("single"), ["single"]);
});

const c = (id: string, reply: string, source: string): CorpusCase =>
  ({ id, reply, source, cause: "rate-limited", stage: null, provider: "x", file: "t" }) as CorpusCase;

// Phrasings joined in one pattern: one seen only in thread a, one seen in thread b and again in an
// uncited thread d, one from a documentation page the corpus holds no reply of.
const PATTERN: ReplyPattern = {
  cause: "rate-limited",
  pattern: /daily limit reached|sending quota exceeded|hourly cap hit/i,
  confidence: 0.9,
  example: "462 Daily limit reached",
  source: "https://a.example/1; https://b.example/2; https://docs.example/limits",
};
const CASES = [
  c("a", "462 Daily limit reached", "https://a.example/1"),
  c("b", "550 Sending quota exceeded", "https://b.example/2"),
  c("d", "550 5.4.5 Sending quota exceeded", "https://d.example/4"),
  c("e", "421 hourly cap hit", "https://e.example/5"),
];

test("a fold loses the phrasings only its own replies show, and keeps those another source gives", () => {
  const known = phrasingKnowledge([PATTERN], CASES).get(PATTERN);
  assert.ok(known);
  // a's fold: a's phrasing is withheld; b's stays (b and d are outside); the cap phrasing is seen
  // only in uncited e, which is outside, so it stays.
  const inA = usableInFold(PATTERN, known, new Set(["a.example/1"]));
  assert.ok(inA);
  assert.equal(inA.pattern.test("Daily limit reached"), false);
  assert.equal(inA.pattern.test("Sending quota exceeded"), true);
  assert.equal(inA.pattern.test("hourly cap hit"), true);
  // b's fold: the quota phrasing recurs in d outside it, so it stays.
  const inB = usableInFold(PATTERN, known, new Set(["b.example/2"]));
  assert.equal(inB?.pattern.test("Sending quota exceeded"), true);
  // A fold holding b and d loses the quota phrasing. In e's fold the cap phrasing stays: no reply
  // of a cited source shows it, so it came from the cited documentation, which lies outside.
  const inBD = usableInFold(PATTERN, known, new Set(["b.example/2", "d.example/4"]));
  assert.equal(inBD?.pattern.test("Sending quota exceeded"), false);
  const inE = usableInFold(PATTERN, known, new Set(["e.example/5"]));
  assert.equal(inE?.pattern.test("hourly cap hit"), true);
  // A fold holding none of them keeps the pattern as it is.
  assert.equal(usableInFold(PATTERN, known, new Set(["z.example/9"])), PATTERN);
});

test("strictly, a phrasing only the fold's replies show is withheld even where documentation is cited", () => {
  const known = phrasingKnowledge([PATTERN], CASES).get(PATTERN);
  assert.ok(known);
  // e's fold: the cap phrasing is kept on the strength of the cited documentation page, unless
  // documentation counts for nothing (the lower bound eval:diagnosis --strict prints).
  assert.equal(usableInFold(PATTERN, known, new Set(["e.example/5"]))?.pattern.test("hourly cap hit"), true);
  const strict = usableInFold(PATTERN, known, new Set(["e.example/5"]), true);
  assert.equal(strict?.pattern.test("hourly cap hit"), false);
  assert.equal(strict?.pattern.test("Sending quota exceeded"), true);
});
