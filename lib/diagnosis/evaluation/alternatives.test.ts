import assert from "node:assert/strict";
import { test } from "node:test";
import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { supportOfAlternatives, topLevelAlternatives, withoutFoldAlternatives } from "./alternatives";
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

// Two phrasings joined in one pattern, each seen in its own thread, and one no cited reply shows.
const PATTERN: ReplyPattern = {
  cause: "rate-limited",
  pattern: /daily limit reached|sending quota exceeded|hourly cap hit/i,
  confidence: 0.9,
  example: "462 Daily limit reached",
  source: "https://a.example/1; https://b.example/2",
};
const CASES = [
  c("a", "462 Daily limit reached", "https://a.example/1"),
  c("b", "550 Sending quota exceeded", "https://b.example/2"),
];

test("a fold loses the phrasings only its own sources showed, and keeps the others", () => {
  const alternatives = supportOfAlternatives([PATTERN], CASES).get(PATTERN);
  assert.ok(alternatives);
  const foldOfA = new Set(["a.example/1"]);
  const kept = withoutFoldAlternatives(PATTERN, alternatives, foldOfA);
  assert.ok(kept);
  assert.equal(kept.pattern.test("Daily limit reached"), false, "a's own phrasing is withheld from a's fold");
  assert.equal(kept.pattern.test("Sending quota exceeded"), true, "b's phrasing stays");
  assert.equal(kept.pattern.test("hourly cap hit"), true, "a phrasing no cited reply shows stays");
  // A fold holding neither source keeps the pattern as it is.
  assert.equal(withoutFoldAlternatives(PATTERN, alternatives, new Set(["c.example/3"])), PATTERN);
});
