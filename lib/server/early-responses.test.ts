import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { hasMalformedEscape, malformedPathResponse, storeUnavailableResponse } from "./early-responses";

describe("answers proxy.ts gives before any route", () => {
  it("tells a malformed percent-escape from a well-formed one", () => {
    for (const path of [
      "/r/%zz",
      "/case/%zz/test",
      "/api/report/%zz/pdf",
      "/r/%E2%82",
      "/c/%C0%AF",
      "/r/%",
    ]) {
      assert.equal(hasMalformedEscape(path), true, path);
    }
    for (const path of ["/r/abc_-DEF", "/r/%41", "/case/x/report", "/api/cases/x/links", "/"]) {
      assert.equal(hasMalformedEscape(path), false, path);
    }
  });

  it("a malformed path is a 404 with the share headers: JSON under /api, a page elsewhere", async () => {
    const api = malformedPathResponse("/api/cases/%zz/links");
    assert.equal(api.status, 404);
    assert.equal((await api.json()).error.code, "not-found");
    const page = malformedPathResponse("/r/%zz");
    assert.equal(page.status, 404);
    assert.match(page.headers.get("content-type") ?? "", /text\/html/);
    assert.match(page.headers.get("content-security-policy") ?? "", /frame-ancestors 'none'/);
    for (const response of [api, page, storeUnavailableResponse()]) {
      assert.equal(response.headers.get("referrer-policy"), "no-referrer");
      assert.equal(response.headers.get("x-robots-tag"), "noindex");
      assert.equal(response.headers.get("cache-control"), "no-store");
    }
  });

  it("an unusable store is a 503 page that asks to come back, naming no file", async () => {
    const response = storeUnavailableResponse();
    assert.equal(response.status, 503);
    assert.equal(response.headers.get("retry-after"), "60");
    assert.doesNotMatch(await response.text(), /\.db|\/data/);
  });
});
