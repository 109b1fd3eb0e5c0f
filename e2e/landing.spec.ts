import { expect, test } from "@playwright/test";
import { collectConsoleErrors } from "./support/console-errors";

test("the landing page says what SMTP Doctor does and links to the wizard", async ({ page }) => {
  const consoleErrors = collectConsoleErrors(page);
  const response = await page.goto("/");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Why can't the scanner send email?");
  await expect(page.getByText("blocked using Spamhaus")).toBeVisible();
  await expect(page.getByRole("form", { name: "SMTP test" })).toBeVisible();
  const wizardLink = page.getByRole("link", { name: "Start the wizard" });
  await expect(wizardLink).toHaveAttribute("href", "/wizard");

  const headers = response?.headers() ?? {};
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  // A per-request nonce, no 'unsafe-inline' scripts.
  expect(headers["content-security-policy"]).toMatch(
    /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/,
  );
  expect(headers["content-security-policy"]).not.toContain("unsafe-inline");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-frame-options"]).toBe("DENY");

  await page.screenshot({ path: "e2e/artifacts/landing.png", fullPage: true });

  await wizardLink.click();
  await expect(page).toHaveURL(/\/wizard$/);
  await expect(page.getByRole("heading", { name: "Why can't this device send mail?" })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test("the health check answers", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
  expect(response.headers()["cache-control"]).toBe("no-store");
});
