import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { expectNoAxeViolations } from "./support/axe";
import { collectConsoleErrors } from "./support/console-errors";
import { e2eRunDir } from "./support/e2e-run-dir";
import { fixtureServer } from "./support/fixture-servers";
import { PASSWORD, recommendedSubmission, saveFoundingCase, streamProbe } from "./support/founding-case";
import { expectShareHeaders } from "./support/share-headers";

/** The app's own case database (this run's), for what no API exposes: stored ids, the clock. */
function openCaseDatabase() {
  return new Database(path.join(e2eRunDir(), "data", "smtp-doctor.db"));
}

function storedRunIds(caseId: string): string[] {
  const db = openCaseDatabase();
  try {
    return db.prepare("SELECT id FROM runs WHERE case_id = ? ORDER BY seq").pluck().all(caseId) as string[];
  } finally {
    db.close();
  }
}

test("cases: save the founding case, share a report link, download the PDF", async ({
  page,
  browser,
  request,
}) => {
  const consoleErrors = collectConsoleErrors(page);
  const saved = await saveFoundingCase(request);

  const ownerPage = await page.goto(saved.ownerUrl);
  expect(ownerPage?.status()).toBe(200);
  expectShareHeaders(ownerPage);
  await expect(page.getByRole("heading", { level: 1, name: "Sharp MX-4070N scan to email" })).toBeVisible();
  await expect(page.locator('[data-run-kind="initial"]')).toContainText("Failed at RCPT TO");
  await expect(page.locator('[data-run-kind="validation"]')).toContainText("OK");
  await page.getByRole("button", { name: "Create a report link" }).click();
  const url = (await page.getByTestId("new-link-url").textContent())?.trim() ?? "";
  expect(url).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);
  await expect(page.locator('tr[data-link-kind="report"]')).toHaveCount(1);

  // Copy to ticket: plain text with the server's verbatim reply, the cause, the fix and a new report link.
  await page.getByRole("button", { name: "Copy a summary for the ticket" }).click();
  const summary = page.getByTestId("ticket-summary");
  await expect(summary).toHaveValue(/^SMTP Doctor case SD-\d+: Sharp MX-4070N scan to email/);
  const text = await summary.inputValue();
  expect(text).toMatch(
    /^ {4}550 5\.7\.1 Service unavailable, Client host \[127\.0\.0\.1\] blocked using Spamhaus/m,
  );
  expect(text).toMatch(/^Root cause: .+/m);
  expect(text).toMatch(/^Fix: .+/m);
  expect(text).not.toContain(PASSWORD);
  const ticketLink = /^Report \(read-only[^)]*\): (http\S+\/r\/[A-Za-z0-9_-]{43})$/m.exec(text)?.[1] ?? "";
  expect((await request.get(ticketLink)).status()).toBe(200);
  await expect(page.locator('tr[data-link-kind="report"]')).toHaveCount(2);
  await page.screenshot({ path: "e2e/artifacts/case-owner.png", fullPage: true });

  // Someone else, with only the report link.
  const other = await browser.newContext();
  const viewer = await other.newPage();
  const viewerErrors = collectConsoleErrors(viewer);
  const reportResponse = await viewer.goto(url);
  expect(reportResponse?.status()).toBe(200);
  expectShareHeaders(reportResponse);
  await expect(viewer.locator('[data-section="evidence"]')).toContainText("blocked using Spamhaus");
  await expect(viewer.locator("article[data-viewer]")).toHaveAttribute("data-viewer", "report");
  await expect(viewer.locator("body")).not.toContainText(PASSWORD);
  await viewer.screenshot({ path: "e2e/artifacts/case-report.png", fullPage: true });

  const [download] = await Promise.all([
    viewer.waitForEvent("download"),
    viewer.getByRole("link", { name: "Download PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`smtp-doctor-report-${saved.caseId}.pdf`);
  const dir = mkdtempSync(path.join(tmpdir(), "smtp-doctor-pdf-"));
  const file = path.join(dir, "report.pdf");
  await download.saveAs(file);
  const pdfText = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  expect(pdfText).toContain("blocked using Spamhaus");
  expect(pdfText).not.toContain(PASSWORD);

  // The same PDF straight from the API, with its headers.
  const token = url.split("/").at(-1) ?? "";
  const pdf = await request.get(`/api/report/${token}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toBe(
    `attachment; filename="smtp-doctor-report-${saved.caseId}.pdf"`,
  );
  expectShareHeaders(pdf);
  const bytes = await pdf.body();
  expect(bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
  writeFileSync(path.join(dir, "api.pdf"), bytes);
  expect(bytes.toString("latin1")).not.toContain(PASSWORD);

  expect(consoleErrors).toEqual([]);
  expect(viewerErrors).toEqual([]);
  await other.close();
});

test("cases: revoked links answer 410, unknown tokens 404, and kinds do not cross", async ({
  page,
  request,
}) => {
  const saved = await saveFoundingCase(request);
  const created = await request.post(`/api/cases/${saved.ownerToken}/links`, { data: { kind: "report" } });
  expect(created.status()).toBe(201);
  expectShareHeaders(created);
  const link = (await created.json()) as { token: string; url: string; expiresAt: string };
  expect(link.url).toBe(`/r/${link.token}`);

  // A report token cannot create links or open the owner page.
  expect((await request.post(`/api/cases/${link.token}/links`, { data: { kind: "report" } })).status()).toBe(
    404,
  );
  expect((await page.goto(`/case/${link.token}`))?.status()).toBe(404);

  const ownerPage = await page.goto(saved.ownerUrl);
  expect(ownerPage?.status()).toBe(200);
  const linkId = await page.locator('tr[data-link-kind="report"]').getAttribute("data-link-id");
  // Revoking asks first; "Keep it" leaves the link alone.
  await page.getByRole("button", { name: "Revoke report (read-only) link" }).click();
  await expect(page.locator("[data-revoke-confirm]")).toContainText("can no longer open the report");
  await page.getByRole("button", { name: "Keep it" }).click();
  await expect(page.locator(`tr[data-link-id="${linkId}"] [data-link-status]`)).toContainText("Active");
  expect((await request.get(`/r/${link.token}`)).status()).toBe(200);
  await page.getByRole("button", { name: "Revoke report (read-only) link" }).click();
  await page.getByRole("button", { name: "Yes, revoke the report (read-only) link" }).click();
  await expect(page.locator(`tr[data-link-id="${linkId}"] [data-link-status]`)).toContainText("Revoked");

  const revokedPdf = await request.get(`/api/report/${link.token}/pdf`);
  expect(revokedPdf.status()).toBe(410);
  expectShareHeaders(revokedPdf);
  const revokedPage = await page.goto(link.url);
  expect(revokedPage?.status()).toBe(410);
  await expect(page.getByRole("heading", { name: "This link has expired or been revoked." })).toBeVisible();
  expectShareHeaders(revokedPage);
  await page.screenshot({ path: "e2e/artifacts/case-link-revoked.png", fullPage: true });

  // Well-formed (43 base64url characters, canonical) but never issued.
  const random = "A".repeat(43);
  for (const token of [random, "not-a-token"]) {
    expect((await request.get(`/api/report/${token}/pdf`)).status()).toBe(404);
    expect((await page.goto(`/r/${token}`))?.status()).toBe(404);
    // A page that says what to do, not the framework's bare "404 | This page could not be found".
    await expect(page.getByRole("heading", { name: "There is nothing at this address" })).toBeVisible();
    await expect(page.getByText("check that it was copied whole")).toBeVisible();
    expect((await page.goto(`/case/${token}`))?.status()).toBe(404);
  }
  expect((await request.delete(`/api/cases/${saved.ownerToken}/links/no-such-link`)).status()).toBe(404);

  // Runs must be ones this server made.
  const forged = await request.post("/api/cases", {
    data: { title: "Forged", runIds: [{ runId: "made-up-run-id", kind: "initial" }] },
  });
  expect(forged.status()).toBe(400);
});

test("cases: runs are appended through owner and customer links only, once each, and an expired link stops it", async ({
  page,
  request,
}) => {
  const saved = await saveFoundingCase(request);
  const other = await saveFoundingCase(request);
  const otherRuns = storedRunIds(other.caseId);
  const customer = (await (
    await request.post(`/api/cases/${saved.ownerToken}/links`, { data: { kind: "customer" } })
  ).json()) as { token: string; url: string };
  const report = (await (
    await request.post(`/api/cases/${saved.ownerToken}/links`, { data: { kind: "report" } })
  ).json()) as { token: string };
  const fresh = await streamProbe(request, recommendedSubmission());
  const runId = fresh.result.runId;
  const append = (token: string, data: Record<string, unknown>) =>
    request.post(`/api/cases/${token}/runs`, { data });

  // Kinds do not cross: a customer token opens no owner page, an owner token no customer wizard.
  expect((await page.goto(`/case/${customer.token}`))?.status()).toBe(404);
  expect((await page.goto(`/case/${customer.token}/test`))?.status()).toBe(404);
  expect((await page.goto(`/c/${saved.ownerToken}`))?.status()).toBe(404);
  expect((await page.goto(`/c/${report.token}`))?.status()).toBe(404);
  // A report link cannot add to the case; an unknown token is 404 like any other.
  expect((await append(report.token, { runId })).status()).toBe(404);
  expect((await append("A".repeat(43), { runId })).status()).toBe(404);
  // Only runs this server made, and only "fixes" of runs in this very case.
  expect((await append(customer.token, { runId: "made-up-run-id" })).status()).toBe(400);
  const crossCase = await append(customer.token, { runId, validatesRunId: otherRuns[0] });
  expect(crossCase.status()).toBe(400);
  expect(((await crossCase.json()) as { error: { issues: { path: string }[] } }).error.issues[0]?.path).toBe(
    "validatesRunId",
  );

  // A customer's run is stored as a customer run whatever kind it claims, once.
  const first = await append(customer.token, {
    runId,
    kind: "initial",
    validatesRunId: saved.firstProbeRunId,
  });
  expect(first.status()).toBe(201);
  expectShareHeaders(first);
  const stored = (await first.json()) as { runId: string; seq: number; kind: string; validatesRunId: string };
  expect(stored.kind).toBe("customer");
  expect(stored.seq).toBe(3);
  expect(stored.validatesRunId).toBe(storedRunIds(saved.caseId)[0]);
  const again = await append(saved.ownerToken, { runId });
  expect(again.status()).toBe(200);
  expect(((await again.json()) as { runId: string }).runId).toBe(stored.runId);

  // The link expires (its row's expiry moved into the past, as the clock would): 410 everywhere.
  const db = openCaseDatabase();
  try {
    const hash = createHash("sha256").update(customer.token).digest("hex");
    const changed = db
      .prepare("UPDATE share_links SET expires_at = ? WHERE token_hash = ?")
      .run(new Date(Date.now() - 60_000).toISOString(), hash);
    expect(changed.changes).toBe(1);
  } finally {
    db.close();
  }
  const expiredPage = await page.goto(customer.url);
  expect(expiredPage?.status()).toBe(410);
  expectShareHeaders(expiredPage);
  await expect(page.getByRole("heading", { name: "This link has expired or been revoked." })).toBeVisible();
  expect((await append(customer.token, { runId })).status()).toBe(410);
  await expect(page.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  // The owner link is untouched.
  expect((await page.goto(saved.ownerUrl))?.status()).toBe(200);

  // When the owner link's time is up, its page points staff to the case list.
  const ownerDb = openCaseDatabase();
  try {
    const hash = createHash("sha256").update(saved.ownerToken).digest("hex");
    ownerDb
      .prepare("UPDATE share_links SET expires_at = ? WHERE token_hash = ?")
      .run(new Date(Date.now() - 60_000).toISOString(), hash);
  } finally {
    ownerDb.close();
  }
  expect((await page.goto(saved.ownerUrl))?.status()).toBe(410);
  await expect(page.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/sign-in?next=/cases");
});

test("cases: the owner edits the case details; the report's environment follows, and only the owner may", async ({
  page,
  request,
}) => {
  const saved = await saveFoundingCase(request);
  await page.goto(saved.ownerUrl);
  await page.getByText("Edit the case details").click();
  await page.getByLabel("Site public IP").fill("203.0.113.500");
  await page.getByRole("button", { name: "Save case details" }).click();
  await expect(page.locator("#case-publicIp-error")).toHaveText(
    "type an IPv4 or IPv6 address, or leave it empty",
  );
  await expect(page.getByLabel("Site public IP")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Site public IP").fill("203.0.113.5");
  await page.getByLabel("Site notes").fill("Verizon 5G Home behind a UniFi UDM Pro");
  await page.getByLabel("Static public IP").selectOption("no");
  await page.getByRole("button", { name: "Save case details" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.locator("dl")).toContainText("203.0.113.5");
  await expect(page.locator("dl")).toContainText("Verizon 5G Home behind a UniFi UDM Pro");
  await expectNoAxeViolations(page, "case owner page with the details form open");

  await page.getByRole("link", { name: "View the report" }).click();
  const environment = page.locator('[data-section="environment"]');
  await expect(environment).toContainText("203.0.113.5");
  await expect(environment).toContainText("Verizon 5G Home behind a UniFi UDM Pro");

  const report = (await (
    await request.post(`/api/cases/${saved.ownerToken}/links`, { data: { kind: "report" } })
  ).json()) as { token: string };
  const refused = await request.patch(`/api/cases/${report.token}`, { data: { title: "Hijacked" } });
  expect(refused.status()).toBe(404);
  expectShareHeaders(refused);
});

test("cases: the owner tests again from the case page; the run is added to the case as a validation", async ({
  page,
  request,
}) => {
  const saved = await saveFoundingCase(request);
  await page.goto(saved.ownerUrl);
  await page.getByRole("link", { name: "Test again in the wizard" }).click();
  await expect(page).toHaveURL(new RegExp(`/case/${saved.ownerToken}/test(?:\\?step=settings)?$`));
  await expect(page.getByText("the ones test 2 of the case used")).toBeVisible();
  await expect(page.locator("#settings-port")).toHaveValue(String(fixtureServer("m365-submission").port));
  await expect(page.locator("#settings-password")).toHaveValue("");
  await page.locator("#settings-password").fill(PASSWORD);
  await page.getByRole("button", { name: "Run the live test" }).click();
  await expect(page.locator('li[data-step="rcpt"]')).toHaveAttribute("data-status", "ok");
  const status = page.getByTestId("case-link-status");
  await expect(status).toContainText("1 test from this page is stored in the case");
  await expect(status.locator("a")).toHaveAttribute("href", saved.ownerUrl);

  await page.goto(saved.ownerUrl);
  const third = page.locator("li[data-run-kind]").nth(2);
  await expect(third).toHaveAttribute("data-run-kind", "validation");
  await expect(third).toContainText("3. Validation test");
  await expect(third).toContainText("Tests the fix for test 1");
});

test("cases: times on the owner's page are in the reader's own zone, with UTC in the tooltip", async ({
  browser,
  request,
}) => {
  const saved = await saveFoundingCase(request);
  await request.post(`/api/cases/${saved.ownerToken}/links`, { data: { kind: "report" } });
  const context = await browser.newContext({ timezoneId: "Europe/Berlin", locale: "en-GB" });
  const page = await context.newPage();
  await page.goto(saved.ownerUrl);
  const created = page.locator('tr[data-link-kind="report"] time').first();
  await expect(created).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT\d\d:\d\d/);
  await expect(created).toHaveAttribute("title", /UTC$/);
  await expect(created).toContainText(/CET|GMT\+1/);
  await context.close();
});
