import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { PdfCache } from "./pdf-cache";

const bytes = (n: number) => new Uint8Array(n);

describe("PdfCache", () => {
  test("is bounded by bytes: the least recently used go first, a PDF larger than the cache is not kept", async () => {
    const cache = new PdfCache(100);
    await cache.getOrRender("a", async () => bytes(40));
    await cache.getOrRender("b", async () => bytes(40));
    assert.ok(cache.get("a"), "a is now the most recently used");
    await cache.getOrRender("c", async () => bytes(40));
    assert.equal(cache.get("b"), undefined, "b was the least recently used");
    assert.ok(cache.get("a") && cache.get("c"));
    assert.deepEqual(cache.size(), { entries: 2, bytes: 80 });
    await cache.getOrRender("huge", async () => bytes(101));
    assert.equal(cache.get("huge"), undefined);
    assert.deepEqual(cache.size(), { entries: 2, bytes: 80 });
  });

  test("concurrent asks for one key share one render; a failed render is not kept", async () => {
    const cache = new PdfCache(1_000);
    let renders = 0;
    const render = async () => {
      renders++;
      return bytes(10);
    };
    const answers = await Promise.all([1, 2, 3].map(() => cache.getOrRender("k", render)));
    assert.equal(renders, 1);
    assert.deepEqual(
      answers.map((answer) => answer.rendered),
      [true, false, false],
    );
    await assert.rejects(cache.getOrRender("bad", async () => Promise.reject(new Error("boom"))));
    assert.equal(
      (await cache.getOrRender("bad", render)).rendered,
      true,
      "tried again, not cached as failed",
    );
  });
});
