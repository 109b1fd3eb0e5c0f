import assert from "node:assert/strict";
import { test } from "node:test";
import type { CorpusCase } from "./corpus";
import { mergeBatch } from "./merge-batch";

const corpus: CorpusCase[] = [
  {
    id: "b35-b35b-pastebin-ionos-spf-not-allowed",
    provider: "ionos",
    stage: "rcpt",
    reply: "550 212.227.17.10 is not allowed to send mail from horequip.es",
    cause: "sender-authentication-failed",
    source: "https://pastebin.com/rfkEkURa",
    file: "corpus-batch35",
  },
];

test("a new batch keeps new replies in order and drops repeats, known sources and unknown causes", () => {
  const merged = mergeBatch(
    38,
    [
      // The same reply with other spacing and case: a repeat.
      {
        id: "a",
        reply: "550  212.227.17.10 IS NOT allowed to send mail from horequip.es",
        cause: "sender-authentication-failed",
        source: "https://example.org/new-thread",
      },
      // A page the corpus already cites (another URL form of it): left to the earlier batch.
      {
        id: "b",
        reply: "550 Relay denied",
        cause: "relay-denied",
        source: "http://www.pastebin.com/rfkEkURa/",
      },
      { id: "c", reply: "550 Relay denied", cause: "relaying-refused", source: "https://example.org/other" },
      { id: "d", reply: "550 No source", cause: "relay-denied", source: "" },
      {
        id: "Fine One",
        stage: "rcpt",
        reply: "554 5.7.1 Relay access denied",
        cause: "relay-denied",
        source: "https://example.org/thread/1",
      },
      {
        id: "fine-two",
        stage: "sideways",
        reply: "421 Try later",
        cause: "unrecognised",
        source: "https://example.org/thread/2",
      },
    ],
    corpus,
  );
  assert.deepEqual(
    merged.dropped.map((d) => `${d.id}:${d.why}`),
    ["a:repeat", "b:known source", "c:unknown cause", "d:no source"],
  );
  assert.deepEqual(
    merged.cases.map((c) => [c.id, c.stage, c.batch]),
    [
      ["b38-fine-one", "rcpt", 38],
      ["b38-fine-two", null, 38],
    ],
  );
});
