import { expect, type Page } from "@playwright/test";

/** The founding case typed into the wizard, up to the "Run the live test" button. */
export async function fillFoundingCase(page: Page, port: number) {
  await page.goto("/wizard");
  await page.getByLabel("Device make and model").fill("Sharp MX-4070N");
  await page.getByRole("button", { name: "Next: mail platform" }).click();
  await page.getByLabel("Sender address").fill("office@contoso.example");
  await page.getByLabel("SMTP server").fill("127.0.0.1");
  // The sender domain's MX (from the e2e DNS fixture) is Exchange Online's.
  await expect(page.getByText("Detected: Microsoft 365")).toBeVisible();
  await expect(
    page.getByText("contoso.example receives its mail at contoso-example.mail.protection.outlook.com"),
  ).toBeVisible();
  await expect(page.getByLabel("Mail platform")).toHaveValue("microsoft-365");
  await page.screenshot({ path: "e2e/artifacts/wizard-platform.png", fullPage: true });
  await page.getByRole("button", { name: "Next: current settings" }).click();
  await page.getByLabel("Port", { exact: true }).fill(String(port));
  await page.getByLabel("Encryption").selectOption("starttls");
  await page.getByRole("radio", { name: "Off" }).check();
  await page.getByLabel("Test recipient").fill("someone@contoso.example");
}
