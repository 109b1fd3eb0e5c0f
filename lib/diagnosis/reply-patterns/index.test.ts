import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../analyze-text";
import { CAUSES } from "../causes";
import { topLevelAlternatives } from "../evaluation/alternatives";
import { ROOT_THRESHOLD } from "../judge-evidence";
import { normaliseReply } from "../normalise-reply";
import { findEnhancedSignal } from "./find-enhanced-signal";
import { replyPatterns } from "./index";
import { replyPatternSchema } from "./reply-pattern-schema";

test("every reply pattern parses and names a cause from the catalogue", () => {
  const causes = CAUSES.map((c) => c.id);
  for (const entry of replyPatterns()) {
    replyPatternSchema.parse(entry);
    assert.ok(causes.includes(entry.cause), entry.cause);
    assert.ok(entry.cause !== "unrecognised" && entry.cause !== "no-error", "patterns name failures");
  }
});

test("every pattern matches the real reply it was taken from", () => {
  for (const entry of replyPatterns()) {
    assert.ok(entry.pattern.test(normaliseReply(entry.example)), `${entry.pattern} vs ${entry.example}`);
  }
});

test("the words a pattern quotes from its own example are whole words, not a word's first letters", () => {
  // The signal quotes the matched words as evidence ("Decided by the server's wording …"): a match
  // that stops inside a word or a number ("Poor GBUdb reputation for [2") quotes less than was said.
  // Chinese and Japanese (Han, kana) have no spaces between words, and a log's escaped "\n" glues a letter to the next line.
  const letter = /[\p{L}\p{N}]/u;
  const cut: string[] = [];
  for (const entry of replyPatterns()) {
    const text = normaliseReply(entry.example);
    const m = entry.pattern.exec(text);
    if (!m) continue;
    const end = m.index + m[0].length;
    const endsInside = letter.test(text[end] ?? "") && letter.test(m[0].at(-1) ?? "");
    const startsInside =
      letter.test(text[m.index - 1] ?? "") &&
      letter.test(m[0][0] ?? "") &&
      !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text[m.index - 1] ?? "") &&
      !text.slice(0, m.index).endsWith("\\n");
    if (endsInside || startsInside) cut.push(`${JSON.stringify(m[0])} in ${entry.example}`);
  }
  assert.deepEqual(cut, []);
});

test("analysing a pattern's own example names the pattern's cause", () => {
  const misses: string[] = [];
  for (const entry of replyPatterns()) {
    const d = analyzeText(entry.example, { stage: entry.stages?.[0] ?? null });
    // Wording too weak to name a cause alone (below the root-cause threshold) leaves the reply
    // unrecognised, with its cause first among the other possible causes.
    const got =
      entry.confidence < ROOT_THRESHOLD && d.rootCause.id === "unrecognised"
        ? (d.otherCauses[0]?.id ?? "unrecognised")
        : d.rootCause.id;
    // Words that more often mean another cause name that one first, and keep this one after it.
    const yielded =
      entry.yieldsTo !== undefined &&
      got === entry.yieldsTo &&
      d.otherCauses.some((other) => other.id === entry.cause);
    if (got !== entry.cause && !yielded) misses.push(`${entry.cause}: got ${got} for ${entry.example}`);
  }
  assert.deepEqual(misses, []);
});

test("patterns stay linear-time on hostile input", () => {
  const hostile = [
    "a ".repeat(30_000),
    "(".repeat(60_000),
    `${"listed in ".repeat(5_000)}x`,
    "5.".repeat(30_000),
  ];
  // Each pattern alone: catastrophic backtracking takes seconds on these inputs, a linear pattern
  // a few milliseconds (the slowest, a translation table with \s* between words, about 18 ms on a
  // loaded two-core machine: 50 ms failed once while CI ran beside the suite). (A bound on the sum
  // would grow with the tables, not with the danger.)
  for (const text of hostile) {
    const words = normaliseReply(text);
    for (const entry of replyPatterns()) {
      const started = performance.now();
      entry.pattern.test(words);
      const ms = performance.now() - started;
      assert.ok(
        ms < 250,
        `${ms.toFixed(0)} ms for ${entry.pattern.source.slice(0, 60)} on ${text.slice(0, 20)}`,
      );
    }
  }
});

test("enhanced-code signals (lib/diagnosis/status-codes): known codes map to causes, unknown ones to nothing", () => {
  // 5.7.139 is Microsoft's umbrella for "SMTP AUTH refused": the wording tells which refusal, so the code alone is weak.
  assert.equal(findEnhancedSignal("5.7.139", 535)?.cause, "auth-failed");
  assert.ok((findEnhancedSignal("5.7.139", 535)?.confidence ?? 1) < 0.7);
  assert.equal(findEnhancedSignal("5.7.3", 535)?.cause, "auth-failed");
  assert.equal(findEnhancedSignal("5.7.68", 550)?.cause, "direct-send-rejected");
  assert.equal(findEnhancedSignal("5.1.1", 550)?.cause, "recipient-unknown");
  assert.equal(findEnhancedSignal("5.7.57", 530)?.cause, "auth-required");
  assert.equal(findEnhancedSignal("9.9.9", 550), null);
});

test("no phrasing depends on a reply code: wording is matched with the codes taken out", () => {
  // "4.4.4 Temporary server error" matches the pasted reply but never the words the analyzer reads
  // ("Temporary server error"), so such a phrasing is dead; codes are read by their own layer.
  const dead: string[] = [];
  for (const p of replyPatterns()) {
    const flags = p.pattern.flags.replace(/[gy]/g, "");
    for (const alt of topLevelAlternatives(p.pattern.source)) {
      const re = new RegExp(alt, flags);
      if (re.test(p.example) && !re.test(normaliseReply(p.example))) dead.push(`${p.cause}: /${alt}/`);
    }
  }
  assert.deepEqual(dead, []);
});
