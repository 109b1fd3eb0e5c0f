import { expect, test } from "@playwright/test";

const SECRET = "Hunter2-do-not-echo";

test("a body that is not JSON is refused without echoing it", async ({ request }) => {
  const response = await request.post("/api/probe", {
    headers: { "content-type": "application/json" },
    // A Buffer is sent as is; a string with this content type would be JSON-encoded by Playwright.
    data: Buffer.from(`{"credentials":{"password":"${SECRET}"`),
  });
  expect(response.status()).toBe(400);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const text = await response.text();
  expect(JSON.parse(text).error.code).toBe("invalid-json");
  expect(text).not.toContain(SECRET);
});

test("a body that is not sent as application/json is refused", async ({ request }) => {
  const response = await request.post("/api/probe", {
    headers: { "content-type": "text/plain" },
    data: JSON.stringify({ host: "127.0.0.1" }),
  });
  expect(response.status()).toBe(415);
  expect((await response.json()).error.code).toBe("unsupported-media-type");
});

test("invalid fields come back as issues with their paths", async ({ request }) => {
  const response = await request.post("/api/probe", {
    data: { host: "0x7f.1", port: 99999, security: "none", from: "office@contoso.example", to: [] },
  });
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.error.code).toBe("invalid-input");
  const paths = body.error.issues.map((issue: { path: string }) => issue.path);
  expect(paths).toEqual(expect.arrayContaining(["host", "port", "to"]));
});
