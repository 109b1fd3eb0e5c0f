import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { callApi, failureText } from "./client";

let server: Server;
let base = "";

before(async () => {
  server = createServer((req, res) => {
    if (req.url === "/ok") return res.writeHead(200, { "content-type": "application/json" }).end('{"a":1}');
    if (req.url === "/limited")
      return res.writeHead(429, { "content-type": "application/json" }).end(
        JSON.stringify({
          error: {
            code: "rate-limited",
            message: "Too many tests. Try again in 2 minutes.",
            retryAfterSeconds: 120,
          },
        }),
      );
    if (req.url === "/invalid")
      return res.writeHead(400, { "content-type": "application/json" }).end(
        JSON.stringify({
          error: {
            code: "invalid-input",
            message: "Some fields need attention.",
            issues: [{ path: "ip", message: "type the site's public IP address" }],
          },
        }),
      );
    res.writeHead(502, { "content-type": "text/html" }).end("<h1>Bad gateway</h1>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

describe("callApi", () => {
  test("an answer comes back as its value, checked when a parser is given", async () => {
    assert.deepEqual(await callApi(`${base}/ok`), { ok: true, value: { a: 1 }, status: 200 });
    const refused = await callApi(`${base}/ok`, {
      parse: () => {
        throw new Error("wrong shape");
      },
    });
    assert.equal(refused.ok, false);
    assert.match(refused.ok ? "" : refused.message, /not what this page expects/);
  });

  test("our errors keep their code, field issues and when to try again", async () => {
    const limited = await callApi(`${base}/limited`, { body: {} });
    assert.equal(limited.ok, false);
    if (!limited.ok) {
      assert.equal(limited.code, "rate-limited");
      assert.equal(limited.retryAfterSeconds, 120);
      assert.equal(failureText(limited), "Too many tests. Try again in 2 minutes.");
    }
    const invalid = await callApi(`${base}/invalid`, { body: {} });
    assert.equal(
      invalid.ok ? "" : failureText(invalid),
      "Some fields need attention. (type the site's public IP address)",
    );
  });

  test("an answer that is not ours, and no answer at all, are said in words with what to do", async () => {
    const gateway = await callApi(`${base}/proxy-error`);
    assert.match(gateway.ok ? "" : gateway.message, /answered 502\. Try again in a moment/);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const offline = await callApi(`http://127.0.0.1:${port}/`);
    assert.equal(offline.ok ? "" : offline.code, "network");
    assert.match(offline.ok ? "" : offline.message, /could not be reached\. Check the connection/);
  });
});
