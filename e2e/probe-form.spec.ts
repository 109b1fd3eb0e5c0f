import { expect, type Page, test } from "@playwright/test";
import { collectConsoleErrors } from "./support/console-errors";
import { fixtureServer } from "./support/fixture-servers";

async function fillForm(page: Page, settings: { host: string; port: string; security: string }) {
  await page.getByLabel("SMTP server").fill(settings.host);
  await page.getByLabel("Port").fill(settings.port);
  await page.getByLabel("Encryption").selectOption(settings.security);
  await page.getByLabel("Sender address (MAIL FROM)").fill("office@contoso.example");
  await page.getByLabel("Test recipient (RCPT TO)").fill("someone@contoso.example");
}

test("the founding case: everything passes until RCPT TO refuses the recipient", async ({ page }) => {
  const consoleErrors = collectConsoleErrors(page);
  const mx = fixtureServer("m365-mx");
  await page.goto("/quick-test");
  await fillForm(page, { host: mx.host, port: String(mx.port), security: "starttls" });
  await expect(page.getByLabel("Send one real test message")).not.toBeChecked();

  const probeResponse = page.waitForResponse("**/api/probe");
  await page.getByRole("button", { name: "Run the test" }).click();
  expect((await probeResponse).status()).toBe(200);

  const row = (stage: string) => page.locator(`tr[data-stage="${stage}"]`);
  await expect(page.getByRole("heading", { name: "The test stopped at RCPT TO." })).toBeVisible();
  // tls is "ok" only if the app trusts the fixtures' CA (SMTP_DOCTOR_EXTRA_CA_FILE); else it warns.
  for (const stage of ["connect", "greeting", "ehlo", "tls", "mail"]) {
    await expect(row(stage)).toHaveAttribute("data-status", "ok");
  }
  await expect(row("rcpt")).toHaveAttribute("data-status", "failed");
  await expect(row("rcpt")).toContainText("Failed");
  await expect(row("rcpt")).toContainText("550");
  await expect(row("rcpt")).toContainText("blocked using Spamhaus");
  await expect(row("data")).toHaveAttribute("data-status", "skipped");
  await expect(row("data")).toContainText("Skipped");
  await expect(page.locator("pre")).toContainText("RCPT TO:<someone@contoso.example>");

  await page.screenshot({ path: "e2e/artifacts/probe-founding-case.png", fullPage: true });
  expect(consoleErrors).toEqual([]);
});

test("a URL in the server field is refused next to the field and no probe runs", async ({ page }) => {
  const probeStatuses: number[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith("/api/probe")) probeStatuses.push(response.status());
  });
  await page.goto("/quick-test");
  await fillForm(page, { host: "http://evil.example/", port: "25", security: "none" });

  const probeResponse = page.waitForResponse("**/api/probe");
  await page.getByRole("button", { name: "Run the test" }).click();
  const response = await probeResponse;
  expect(response.status()).toBe(400);
  expect((await response.json()).error.code).toBe("invalid-input");

  const host = page.getByLabel("SMTP server");
  await expect(host).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#probe-host-error")).toHaveText(/type just the server name/);
  await expect(page.locator("tr[data-stage]")).toHaveCount(0);
  expect(probeStatuses).toEqual([400]);

  await page.screenshot({ path: "e2e/artifacts/probe-invalid-host.png", fullPage: true });
});

test("hostile server text (markup, ANSI, bidi override) is shown as inert text", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const evil = fixtureServer("hostile-banner");
  await page.goto("/quick-test");
  await fillForm(page, { host: evil.host, port: String(evil.port), security: "none" });
  await page.getByRole("button", { name: "Run the test" }).click();
  const greeting = page.locator('tr[data-stage="greeting"]');
  await expect(greeting).toContainText('<script>alert("pwned")</script>');
  await expect(greeting).toContainText("\\x1B[31mRED");
  await expect(greeting).toContainText("\\u202Egnp.exe");
  await expect(page.locator('tr[data-stage="rcpt"]')).toContainText(
    '<a href="javascript:alert(2)">click</a>',
  );
  // Nothing the server sent became markup.
  await expect(page.locator("main script, main img, main a[href^='javascript']")).toHaveCount(0);
  const html = await page.content();
  expect(html).not.toContain("\u202E");
  expect(html).not.toContain("\u001b");
  await page.screenshot({ path: "e2e/artifacts/probe-hostile-banner.png", fullPage: true });
  expect(dialogs).toEqual([]);
});
