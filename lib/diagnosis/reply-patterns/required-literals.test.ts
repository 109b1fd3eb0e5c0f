import assert from "node:assert/strict";
import { test } from "node:test";
import { loadCorpus } from "../evaluation/corpus";
import { normaliseReply } from "../normalise-reply";
import { replyPatterns } from ".";
import { mayMatch, requiredLiterals } from "./required-literals";

test("literals are read from the pattern's own text, one per top-level branch", () => {
  assert.deepEqual(requiredLiterals(/Relay access denied|not permitted to relay/i), [
    "relay access denied",
    "not permitted to relay",
  ]);
  // An optional character ends the run before it; a group's content is not relied on.
  assert.deepEqual(requiredLiterals(/Relay(?:ing)? denied/i), [" denied"]);
  assert.deepEqual(requiredLiterals(/mailbox full?y? here/), ["mailbox ful"]);
  // Escaped punctuation is literal; \b, \s, classes and dots end a run.
  assert.deepEqual(requiredLiterals(/\bsmtp\.example\b/), ["smtp.example"]);
  assert.deepEqual(requiredLiterals(/5\.7\.1 \w+ rejected/), [" rejected"]);
  // A branch with nothing pinned down: always run.
  assert.equal(requiredLiterals(/denied|\d{3}/), null);
  assert.equal(requiredLiterals(/[a-z]+ed/), null);
  assert.equal(requiredLiterals(/ab|cd/), null);
});

test("a text without the literals is skipped, one with them is run", () => {
  assert.equal(mayMatch(/Relay access denied/i, "554 5.7.1 relay access denied"), true);
  assert.equal(mayMatch(/Relay access denied/i, "550 user unknown"), false);
  assert.equal(mayMatch(/denied|\d{3}/, "anything"), true);
});

test("never skips a pattern that matches: every pattern on every reply in the corpus and every example", () => {
  const texts = [
    ...loadCorpus().map((c) => normaliseReply(c.reply)),
    ...replyPatterns().map((p) => normaliseReply(p.example)),
  ];
  const skippedMatches: string[] = [];
  let pinned = 0;
  for (const entry of replyPatterns()) {
    if (requiredLiterals(entry.pattern) !== null) pinned++;
    for (const text of texts) {
      if (!mayMatch(entry.pattern, text.toLowerCase()) && entry.pattern.test(text))
        skippedMatches.push(`${entry.pattern} on ${text.slice(0, 80)}`);
    }
  }
  assert.deepEqual(skippedMatches, []);
  // The filter is worth having: most patterns carry literals.
  assert.ok(pinned / replyPatterns().length > 0.8, `${pinned} of ${replyPatterns().length} patterns pinned`);
});

test("a letter written as an escape is the letter: the same literals from every pattern written in ASCII", () => {
  // The command-line bundle writes every non-ASCII character as \uXXXX (scripts/build-cli.mjs).
  assert.deepEqual(requiredLiterals(/Autentica\u00e7\u00e3o malsucedida/), ["autenticação malsucedida"]);
  assert.deepEqual(requiredLiterals(/\x41uth failed/i), ["auth failed"]);
  assert.deepEqual(requiredLiterals(/mot de passe \u{e9}chou\u00E9/u), ["mot de passe échoué"]);
  const ascii = (source: string) =>
    source.replace(/[^ -~\t\n\r]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const differ = replyPatterns()
    .filter((p) => /[^ -~\t\n\r]/.test(p.pattern.source))
    .filter(
      (p) =>
        JSON.stringify(requiredLiterals(new RegExp(ascii(p.pattern.source), p.pattern.flags))) !==
        JSON.stringify(requiredLiterals(p.pattern)),
    )
    .map((p) => String(p.pattern));
  assert.deepEqual(differ, []);
});
