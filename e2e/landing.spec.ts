import { expect, type Page, test } from "@playwright/test";
import { collectConsoleErrors } from "./support/console-errors";

/** Pastes a reply into the landing page's form and asks for the diagnosis; returns the result card. */
async function diagnosePaste(page: Page, reply: string) {
  await page.getByLabel("Error message, bounce or server reply").fill(reply);
  await page.getByRole("button", { name: "Diagnose this error" }).click();
  return page.locator("[data-cause]");
}

test("the landing page says what SMTP Doctor does and links to the wizard", async ({ page }) => {
  const consoleErrors = collectConsoleErrors(page);
  const response = await page.goto("/");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Why can't the scanner send email?");
  await expect(page.getByText("blocked using Spamhaus")).toBeVisible();
  await expect(page.getByRole("form", { name: "Paste an error" })).toBeVisible();
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
  await expect(page).toHaveURL(/\/wizard(?:\?step=device)?$/);
  await expect(page.getByRole("heading", { name: "Why can't this device send mail?" })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test("the health check answers", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({
    ok: true,
    dependencies: { store: { kind: "sqlite", ok: true }, redis: { configured: false } },
  });
  expect(response.headers()["cache-control"]).toBe("no-store");
});

test("/favicon.ico is served: browsers ask for it whatever the page declares", async ({ request }) => {
  // Chromium requests /favicon.ico when the page's icon link is not in the head yet (Next streams
  // metadata); a 404 there is a console error on any page (a CI run failed on it).
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/^image\/(?:x-icon|vnd\.microsoft\.icon)/);
});

test("paste an error: a 5.7.139 reply names the tenant-wide SMTP AUTH setting", async ({ page }) => {
  await page.goto("/");
  const card = await diagnosePaste(
    page,
    "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
  );
  await expect(card).toHaveAttribute("data-cause", "auth-disabled-tenant");
  await expect(card).toContainText("SmtpClientAuthentication is disabled for the Tenant");
  await page.screenshot({ path: "e2e/artifacts/paste-error.png", fullPage: true });
});

test("paste an error with where it failed: the stage the person gives is weighed like the live test's", async ({
  page,
}) => {
  await page.goto("/");
  // OpenSMTPD's refusal (corpus b19-b19a-opensmtpd-503-auth-command-not-supported): in answer to
  // AUTH it means the server offers no login here; alone it is only a command refused.
  const reply = "503 5.5.1 Invalid command: Command not supported";
  const card = await diagnosePaste(page, reply);
  await expect(card).toHaveAttribute("data-cause", "protocol-error");
  await expect(page.getByText("The text does not say at which stage it failed")).toBeVisible();
  await page.getByLabel("Where it failed").selectOption({ label: "Signing in (AUTH)" });
  await page.getByRole("button", { name: "Diagnose this error" }).click();
  await expect(card).toHaveAttribute("data-cause", "auth-not-offered");
  await expect(page.getByText("Judged at the stage “Signing in (AUTH)”, as you chose.")).toBeVisible();
  // A stage the words name is said to come from the text.
  await page.getByLabel("Where it failed").selectOption({ label: "Not sure" });
  await diagnosePaste(page, "Error: Invalid login: 535 5.7.8 Error: authentication failed");
  await expect(
    page.getByText("Judged at the stage “Signing in (AUTH)”, as the text names it."),
  ).toBeVisible();
  await page.screenshot({ path: "e2e/artifacts/paste-error-stage.png", fullPage: true });
});

test("the analyze API refuses a stage it does not know", async ({ request }) => {
  const response = await request.post("/api/analyze", {
    data: { text: "550 5.7.1 Relay access denied", stage: "quit-early" },
  });
  expect(response.status()).toBe(400);
  const given = await request.post("/api/analyze", {
    data: { text: "503 5.5.1 Invalid command: Command not supported", stage: "auth" },
  });
  expect(given.status()).toBe(200);
  expect((await given.json()).rootCause.id).toBe("auth-not-offered");
});

test("paste a greeting: a banner naming an appliance or a list is a success, not a blocklisting", async ({
  page,
}) => {
  await page.goto("/");
  const card = await diagnosePaste(page, "220 barracuda.choopa.net ESMTP (2cca12787012f064281cf8557700560b)");
  await expect(card).toHaveAttribute("data-cause", "no-error");
  await expect(card.getByRole("heading")).toHaveText("✓ No failure in the text you pasted");
});

test("paste an unrecognised reply: the codes' meaning, what may be behind it and the next step", async ({
  page,
}) => {
  await page.goto("/");
  const card = await diagnosePaste(
    page,
    "System.Net.Mail.SmtpException: Failure sending mail. ---> System.IO.IOException: Unable to read data from the transport connection: net_io_connectionclosed.",
  );
  await expect(card).toHaveAttribute("data-cause", "unrecognised");
  await expect(card).toContainText("Other possible causes");
  await expect(card).toContainText("The connection was cut");
  await expect(card.locator("[data-next-step]")).toContainText("Run the live test in the wizard");
});

test("paste an error: the answer speaks of what was pasted, not of a test that never ran", async ({
  page,
}) => {
  await page.goto("/");
  const card = await diagnosePaste(page, "Connection timed out");
  await expect(card).toHaveAttribute("data-cause", "connect-timeout");
  await expect(card).toContainText("The connection to the server got no answer at all");
  await expect(card).not.toContainText("port the server's port");

  await diagnosePaste(
    page,
    "Error: self signed certificate in certificate chain\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1539:34) { code: 'SELF_SIGNED_CERT_IN_CHAIN' }",
  );
  await expect(card).toHaveAttribute("data-cause", "tls-cert-untrusted");
  await expect(card).toContainText("before any password is sent");
  await expect(card).not.toContainText("SMTP Doctor does not send a password");
});

test("paste an error: when the server cannot be reached, the page says so and what to do", async ({
  page,
}) => {
  await page.goto("/");
  await page.route("**/api/analyze", (route) => route.abort("connectionrefused"));
  await diagnosePaste(page, "535 5.7.3 Authentication unsuccessful");
  await expect(
    page.getByText("The server could not be reached. Check the connection and try again."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Diagnose this error" })).toBeEnabled();
});
