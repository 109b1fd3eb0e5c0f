import path from "node:path";
import { type APIResponse, expect, test } from "@playwright/test";
import { openSqliteCaseStore } from "../lib/reports/sqlite-case-store";
import { e2eRunDir } from "./support/e2e-run-dir";
import { fixtureServer } from "./support/fixture-servers";
import { expectShareHeaders } from "./support/share-headers";
import { fillFoundingCase } from "./support/wizard-flow";

/** The headers next.config.ts gives every response: a proxy-made one must keep them. */
function expectSecurityHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["x-frame-options"], label).toBe("DENY");
  expect(headers["content-security-policy"], label).toContain("frame-ancestors 'none'");
}

/** One link of each kind on a fresh case, written straight into this run's database. */
async function freshLinks() {
  const store = openSqliteCaseStore({ file: path.join(e2eRunDir(), "data", "smtp-doctor.db") });
  try {
    const created = await store.createCase({ title: "Trailing slashes" });
    const owner = await store.createShareLink(created.id, { kind: "owner" });
    const report = await store.createShareLink(created.id, { kind: "report" });
    const customer = await store.createShareLink(created.id, { kind: "customer" });
    return { owner: owner.token, report: report.token, customer: customer.token };
  } finally {
    await store.close();
  }
}

test("a malformed percent-escape on a share path is a 404 with the share and security headers", async ({
  request,
}) => {
  const paths = [
    "/r/%zz",
    "/r/%E2%82",
    "/case/%zz",
    "/case/%zz/test",
    "/c/%zz",
    "/api/report/%zz/pdf",
    "/api/cases/%zz",
    "/api/cases/%zz/pdf",
    "/api/cases/%zz/runs",
    "/api/cases/%zz/links",
  ];
  for (const pathname of paths) {
    const response = await request.get(pathname, { maxRedirects: 0 });
    expect(response.status(), pathname).toBe(404);
    expectShareHeaders(response);
    expectSecurityHeaders(response, pathname);
    if (pathname.startsWith("/api/")) {
      expect((await response.json()).error.code, pathname).toBe("not-found");
    } else {
      expect(await response.text(), pathname).toContain("This link does not exist.");
    }
  }
  const posted = await request.post("/api/cases/%zz/links", { data: { kind: "report" } });
  expect(posted.status()).toBe(404);
  expectShareHeaders(posted);
});

test("a share path with a trailing slash is served with the share headers, never redirected with its token", async ({
  request,
}) => {
  const { owner, report, customer } = await freshLinks();
  for (const pathname of [`/r/${report}/`, `/case/${owner}/`, `/case/${owner}/test/`, `/c/${customer}/`]) {
    const response = await request.get(pathname, { maxRedirects: 0 });
    expect(response.status(), pathname).toBe(200);
    expect(response.headers().location, pathname).toBeUndefined();
    expectShareHeaders(response);
    expectSecurityHeaders(response, pathname);
  }
});

test("a share path with repeated slashes is a 404 with the share headers, not a 308 carrying its token", async ({
  request,
}) => {
  const { owner, report } = await freshLinks();
  for (const pathname of [
    `/r//${report}`,
    `/r/${report}//`,
    `/case//${owner}/test`,
    `/api/cases//${owner}/links`,
  ]) {
    const response = await request.get(pathname, { maxRedirects: 0 });
    expect(response.status(), pathname).toBe(404);
    expect(response.headers().location, pathname).toBeUndefined();
    expectShareHeaders(response);
    expectSecurityHeaders(response, pathname);
  }
});

test("control characters in an address are refused at the field, by the API and in the wizard", async ({
  page,
  request,
}) => {
  const response = await request.post("/api/probe", {
    data: {
      host: "127.0.0.1",
      port: fixtureServer("m365-mx").port,
      security: "starttls",
      from: "office\u0000@contoso.example",
      to: ["some\u0085one@contoso.example"],
    },
  });
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.error.issues).toEqual([
    { path: "from", message: "contains an invisible control character (U+0000): retype it" },
    { path: "to.0", message: "contains an invisible control character (U+0085): retype it" },
  ]);

  await fillFoundingCase(page, fixtureServer("m365-mx").port);
  await page.getByLabel("Test recipient").fill("some\u0085one@contoso.example");
  await page.getByRole("button", { name: "Run the live test" }).click();
  await expect(page.getByText("contains an invisible control character (U+0085): retype it")).toBeVisible();
  await expect(page.getByLabel("Test recipient")).toHaveAttribute("aria-invalid", "true");
});
