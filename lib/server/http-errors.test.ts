import assert from "node:assert/strict";
import { describe, it, mock, test } from "node:test";
import { CaseStoreError } from "@/lib/reports/case-store";
import { errorResponse, HttpError } from "./http-errors";

describe("errorResponse", () => {
  const cases: [HttpError, number][] = [
    [new HttpError("invalid-json", "x"), 400],
    [new HttpError("invalid-input", "x", [{ path: "host", message: "m" }]), 400],
    [new HttpError("unsupported-media-type", "x"), 415],
    [new HttpError("payload-too-large", "x"), 413],
  ];
  for (const [error, status] of cases) {
    it(`maps ${error.code} to ${status}, uncached`, async () => {
      const response = errorResponse(error);
      assert.equal(response.status, status);
      assert.equal(response.headers.get("cache-control"), "no-store");
      assert.equal((await response.json()).error.code, error.code);
    });
  }

  it("keeps issues on invalid input", async () => {
    const response = errorResponse(new HttpError("invalid-input", "x", [{ path: "to.0", message: "bad" }]));
    assert.deepEqual((await response.json()).error.issues, [{ path: "to.0", message: "bad" }]);
  });

  it("an unusable case database is a 503 that names no file (the reason goes to the log)", async () => {
    const logged = mock.method(console, "error", () => {});
    try {
      const reason = "the file is not an SQLite database any more (its header is overwritten)";
      const response = errorResponse(new CaseStoreError("unavailable", reason));
      assert.equal(response.status, 503);
      const body = await response.json();
      assert.equal(body.error.code, "unavailable");
      assert.doesNotMatch(body.error.message, /header/);
      assert.match(String(logged.mock.calls[0]?.arguments[0]), /header is overwritten/);
    } finally {
      logged.mock.restore();
    }
  });

  it("turns anything else into a generic 500 that does not repeat the error's message", async () => {
    const logged = mock.method(console, "error", () => {});
    try {
      const response = errorResponse(new Error("password=Hunter2-secret"));
      assert.equal(response.status, 500);
      const text = await response.text();
      assert.equal(JSON.parse(text).error.code, "internal");
      assert.doesNotMatch(text, /Hunter2/);
    } finally {
      logged.mock.restore();
    }
  });
});

test("an HttpError thrown by another bundle's copy of the class keeps its status and message", async () => {
  // What a process-wide service created by instrumentation's bundle throws into a route's bundle.
  class HttpError extends Error {
    readonly code = "forbidden";
    constructor(message: string) {
      super(message);
      this.name = "HttpError";
    }
  }
  const response = errorResponse(new HttpError("That setup code is not valid."));
  assert.equal(response.status, 403);
  assert.deepEqual(await response.json(), {
    error: { code: "forbidden", message: "That setup code is not valid." },
  });
  const impostor = Object.assign(new Error("x"), { name: "HttpError", code: "no-such-code" });
  assert.equal(errorResponse(impostor).status, 500, "an unknown code is not trusted");
});
