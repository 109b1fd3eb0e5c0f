import { expect, test } from "@playwright/test";
import { collectConsoleErrors } from "./support/console-errors";
import { fixtureServerMode } from "./support/fixture-servers";

/**
 * Issue 10.6 in the wizard: the device never signs in, and Exchange Online's MAIL FROM refusal
 * quotes the tenant's "535 5.7.139 … disabled for the Tenant". What the test saw (no AUTH sent,
 * AUTH offered after STARTTLS) decides: the device must sign in; no sign-in cause is named.
 */
test("wizard: no login against Microsoft 365 submission → the device must sign in, decided by what the test saw", async ({
  page,
}) => {
  const consoleErrors = collectConsoleErrors(page);
  const server = fixtureServerMode("m365-submission", "auth-disabled-tenant");
  await page.goto("/wizard");
  await page.getByRole("button", { name: "Next: mail platform" }).click();
  await page.getByLabel("Sender address").fill("office@contoso.example");
  await page.getByLabel("SMTP server").fill("127.0.0.1");
  await page.getByRole("button", { name: "Next: current settings" }).click();
  await page.getByLabel("Port", { exact: true }).fill(String(server.port));
  await page.getByRole("radio", { name: "Off" }).check();
  await page.getByLabel("Test recipient").fill("someone@contoso.example");
  await page.getByRole("button", { name: "Run the live test" }).click();
  const mail = page.locator('li[data-step="mail"]');
  await expect(mail).toHaveAttribute("data-status", "failed");
  await expect(mail).toContainText("5.7.57");
  const card = page.locator("[data-cause]");
  await expect(card).toHaveAttribute("data-cause", "auth-required");
  // The server's words are shown verbatim, tenant note included; the deciding layer is named.
  await expect(card).toContainText("Error: 535 5.7.139 Authentication unsuccessful");
  await expect(page.locator("[data-decided-by]")).toContainText("what the test saw: no login was tried");
  await page.screenshot({ path: "e2e/artifacts/wizard-probe-context.png", fullPage: true });
  expect(consoleErrors).toEqual([]);
});
