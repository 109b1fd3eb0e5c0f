import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { HttpError } from "./http-errors";
import { MAX_JSON_BODY_BYTES, parseJsonBody } from "./parse-json-body";

const schema = z.object({ host: z.string().min(1, "server is required"), port: z.number() });

function post(body: string, contentType = "application/json"): Request {
  return new Request("http://localhost/api/probe", {
    method: "POST",
    headers: { "content-type": contentType },
    body,
  });
}

/** A streamed body has no Content-Length, so only counting while reading can stop it. */
function postChunked(chunk: string, times: number): Request {
  const bytes = new TextEncoder().encode(chunk);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ < times) controller.enqueue(bytes);
      else controller.close();
    },
  });
  return new Request("http://localhost/api/probe", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    duplex: "half",
  } as RequestInit);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "no error";
  } catch (error) {
    assert.ok(error instanceof HttpError, `expected an HttpError, got ${String(error)}`);
    return error.code;
  }
}

describe("parseJsonBody", () => {
  it("returns the parsed value", async () => {
    assert.deepEqual(await parseJsonBody(post('{"host":"a.example","port":25}'), schema), {
      host: "a.example",
      port: 25,
    });
  });

  it("accepts a charset parameter", async () => {
    const request = post('{"host":"a.example","port":25}', "application/json; charset=utf-8");
    assert.equal((await parseJsonBody(request, schema)).port, 25);
  });

  const refusals: [string, Request, string][] = [
    ["text/plain", post("{}", "text/plain"), "unsupported-media-type"],
    ["a form post", post("host=a", "application/x-www-form-urlencoded"), "unsupported-media-type"],
    ["broken JSON", post('{"host":'), "invalid-json"],
    ["an empty body", post(""), "invalid-json"],
    ["a schema mismatch", post('{"host":"","port":"x"}'), "invalid-input"],
    ["a body over the cap", post(`"${"x".repeat(MAX_JSON_BODY_BYTES)}"`), "payload-too-large"],
    ["a streamed body over the cap", postChunked("x".repeat(1024), 65), "payload-too-large"],
  ];
  for (const [name, request, code] of refusals) {
    it(`refuses ${name} with ${code}`, async () => {
      assert.equal(await codeOf(parseJsonBody(request, schema)), code);
    });
  }

  it("names each invalid field by its path", async () => {
    try {
      await parseJsonBody(post('{"host":"","port":"x"}'), schema);
      assert.fail("expected a refusal");
    } catch (error) {
      assert.ok(error instanceof HttpError);
      assert.deepEqual(
        error.issues?.map((issue) => issue.path),
        ["host", "port"],
      );
      assert.equal(error.issues?.[0]?.message, "server is required");
    }
  });

  it("never quotes the body in a JSON error (it may hold a password)", async () => {
    try {
      await parseJsonBody(post('{"password":"Hunter2-secret"'), schema);
      assert.fail("expected a refusal");
    } catch (error) {
      assert.ok(error instanceof HttpError);
      assert.doesNotMatch(error.message, /Hunter2/);
    }
  });
});
