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

/** Deterministic pseudo-random values (no flaky seeds): a small linear congruential generator. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;
  const value = (depth: number): unknown => {
    const kind = pick(["string", "number", "bool", "null", "array", "object", "host", "huge"]);
    if (depth > 2 && (kind === "array" || kind === "object")) return null;
    switch (kind) {
      case "string":
        return String.fromCharCode(
          ...Array.from({ length: Math.floor(next() * 20) }, () => Math.floor(next() * 0x3000)),
        );
      case "number":
        return pick([0, -1, 1e308, Number.MAX_SAFE_INTEGER, 25, 587, 3.14]);
      case "bool":
        return next() > 0.5;
      case "null":
        return null;
      case "array":
        return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
      case "host":
        return pick([
          "127.0.0.1",
          "0x7f.1",
          "smtp.example.com\r\nQUIT",
          "http://x/",
          "[::1]",
          "a".repeat(300),
        ]);
      case "huge":
        return "x".repeat(5000);
      default:
        return Object.fromEntries(
          Array.from({ length: Math.floor(next() * 5) }, () => [
            pick([
              "host",
              "port",
              "security",
              "from",
              "to",
              "credentials",
              "send",
              "__proto__",
              "constructor",
              "kind",
            ]),
            value(depth + 1),
          ]),
        );
    }
  };
  return () => value(0);
}

test("1,000 random bodies: never a 500, always a JSON error for bad input", async ({ request }) => {
  const random = generator(20261128);
  const statuses = new Map<number, number>();
  for (let i = 0; i < 1000; i++) {
    const body = random();
    const response = await request.post("/api/probe", {
      headers: { "content-type": "application/json" },
      data: Buffer.from(JSON.stringify(body) ?? "null"),
    });
    statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
    expect(response.status(), `body ${i}: ${JSON.stringify(body).slice(0, 200)}`).not.toBe(500);
    if (response.status() === 400) expect((await response.json()).error.code).toMatch(/^invalid-/);
  }
  expect(statuses.get(400)).toBeGreaterThan(900);
});
