import { expect, type Page, test } from "@playwright/test";
import { collectConsoleErrors } from "./support/console-errors";
import { fixtureServer } from "./support/fixture-servers";
import { expectShareHeaders } from "./support/share-headers";

/** Issue 11 §4: a report link is never a key. Screenshots go to /tmp/shots for the review. */

const SENDER = "office@contoso.example";

/** The founding case's first run (the Spamhaus refusal, no login), saved as a case through the API. */
async function saveInitialOnly(page: Page) {
  const response = await page.request.post("/api/probe/stream", {
    data: {
      probe: {
        host: "127.0.0.1",
        port: fixtureServer("m365-mx").port,
        security: "starttls",
        from: SENDER,
        to: ["someone@contoso.example"],
      },
      context: { provider: "microsoft-365" },
    },
  });
  expect(response.status()).toBe(200);
  const last = JSON.parse((await response.text()).trim().split("\n").at(-1) ?? "null") as {
    result: { runId: string; failedStage: string | null };
  };
  expect(last.result.failedStage).toBe("rcpt");
  const saved = await page.request.post("/api/cases", {
    data: { title: "Sharp MX-4070N scan to email", runIds: [{ runId: last.result.runId, kind: "initial" }] },
  });
  expect(saved.status()).toBe(201);
  return (await saved.json()) as { caseId: string; ownerToken: string; ownerUrl: string };
}

async function createLink(page: Page, ownerToken: string, kind: "report" | "customer") {
  const created = await page.request.post(`/api/cases/${ownerToken}/links`, { data: { kind } });
  expect(created.status()).toBe(201);
  return (await created.json()) as { token: string; url: string; link: { id: string } };
}

test("report links: the owner page says its URL is the key and opens the owner's own view", async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  const saved = await saveInitialOnly(page);
  const owner = await page.goto(saved.ownerUrl);
  expect(owner?.status()).toBe(200);
  await expect(page.locator("[data-owner-notice]")).toContainText(
    "This page's address is the key to the case.",
  );
  await page.screenshot({ path: "/tmp/shots/after-owner-page.png", fullPage: true });

  // "View the report" stays under the owner's path: never /r/<owner token>.
  const view = page.getByRole("link", { name: "View the report" });
  await expect(view).toHaveAttribute("href", `/case/${saved.ownerToken}/report`);
  await view.click();
  await expect(page).toHaveURL(new RegExp(`/case/${saved.ownerToken}/report$`));
  await expect(page.locator("article[data-viewer]")).toHaveAttribute("data-viewer", "owner");
  await expect(page.locator("[data-owner-notice]")).toContainText("Your own view, unmasked");
  await expect(page.locator('[data-section="correctiveAction"]')).toContainText(SENDER);
  await page.screenshot({ path: "/tmp/shots/after-owner-report.png", fullPage: true });
  const ownerReport = await page.request.get(`/case/${saved.ownerToken}/report`);
  expectShareHeaders(ownerReport);
  const pdfHref = await page.getByRole("link", { name: "Download PDF" }).getAttribute("href");
  expect(pdfHref).toBe(`/api/cases/${saved.ownerToken}/pdf`);
  const pdf = await page.request.get(pdfHref ?? "");
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expectShareHeaders(pdf);
  expect(errors).toEqual([]);
});

test("report links: /r/ opens report tokens only; owner and customer tokens get the unknown token's 404", async ({
  page,
}) => {
  const saved = await saveInitialOnly(page);
  const customer = await createLink(page, saved.ownerToken, "customer");
  const report = await createLink(page, saved.ownerToken, "report");
  const unknown = "A".repeat(43);

  const unknownPage = await page.goto(`/r/${unknown}`);
  expect(unknownPage?.status()).toBe(404);
  // The same not-found page, word for word: nothing tells a live token of another kind from noise.
  const notFoundText = await page.locator("h1, h2").allTextContents();
  expect(notFoundText.join(" ")).toContain("There is nothing at this address");
  for (const token of [saved.ownerToken, customer.token]) {
    const response = await page.goto(`/r/${token}`);
    expect(response?.status()).toBe(404);
    expectShareHeaders(response);
    expect(await page.locator("h1, h2").allTextContents()).toEqual(notFoundText);
    await expect(page.locator("article[data-viewer]")).toHaveCount(0);
    expect((await page.request.get(`/api/report/${token}/pdf`)).status()).toBe(404);
  }
  await page.goto(`/r/${saved.ownerToken}`);
  await page.screenshot({ path: "/tmp/shots/after-r-owner-token-404.png", fullPage: true });
  // Nor the other way round: a report token opens no owner page or owner PDF.
  expect((await page.goto(`/case/${report.token}/report`))?.status()).toBe(404);
  expect((await page.request.get(`/api/cases/${report.token}/pdf`)).status()).toBe(404);

  // A revoked customer link is still no report link (404, not a 410 that says the token exists)...
  expect(
    (await page.request.delete(`/api/cases/${saved.ownerToken}/links/${customer.link.id}`)).status(),
  ).toBe(200);
  expect((await page.goto(`/r/${customer.token}`))?.status()).toBe(404);
  // ...while a revoked report link says so.
  expect((await page.request.delete(`/api/cases/${saved.ownerToken}/links/${report.link.id}`)).status()).toBe(
    200,
  );
  const revoked = await page.goto(report.url);
  expect(revoked?.status()).toBe(410);
  expectShareHeaders(revoked);
});

test("report links: the report link is masked consistently, the recommended username included", async ({
  page,
}) => {
  const saved = await saveInitialOnly(page);
  const report = await createLink(page, saved.ownerToken, "report");
  const response = await page.goto(report.url);
  expect(response?.status()).toBe(200);
  await expect(page.locator("article[data-viewer]")).toHaveAttribute("data-viewer", "report");
  const corrective = page.locator('[data-section="correctiveAction"]');
  await expect(corrective).toContainText("o***e@contoso.example");
  await expect(page.locator("body")).not.toContainText(SENDER);
  await expect(page.locator("body")).not.toContainText("someone@contoso.example");
  // Statuses and stage names are not touched by the masking.
  await expect(page.locator('[data-section="overview"] [data-status]')).toHaveAttribute(
    "data-status",
    "failing",
  );
  await expect(page.locator('[data-section="evidence"] [data-evidence-origin="server"] h3')).toHaveText(
    "Test 1 (initial test), at RCPT TO, the server replied:",
  );
  await page.screenshot({ path: "/tmp/shots/after-report-link-masked.png", fullPage: true });
});
