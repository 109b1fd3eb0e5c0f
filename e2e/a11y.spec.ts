import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { fixtureServer } from "./support/fixture-servers";

for (const scheme of ["light", "dark"] as const) {
  test.describe(`accessibility (${scheme})`, () => {
    test.use({ colorScheme: scheme });

    test("landing page and quick test", async ({ page }) => {
      await page.goto("/");
      await expectNoAxeViolations(page, "landing");
      await page.goto("/quick-test");
      await expectNoAxeViolations(page, "quick test");
    });

    test("every wizard screen, including errors and the live test", async ({ page }) => {
      const mx = fixtureServer("m365-mx");
      await page.goto("/wizard");
      await expectNoAxeViolations(page, "device");
      await page.getByRole("button", { name: "Next: mail platform" }).click();
      await expectNoAxeViolations(page, "platform");
      await page.getByLabel("Sender address").fill("office@contoso.example");
      await page.getByLabel("SMTP server").fill("127.0.0.1");
      await page.getByRole("button", { name: "Next: current settings" }).click();
      await page.getByLabel("Port", { exact: true }).fill("not a port");
      await page.getByRole("button", { name: "Run the live test" }).click();
      await expect(page.getByText("port must be a number")).toBeVisible();
      await expectNoAxeViolations(page, "settings with errors");
      await page.getByLabel("Port", { exact: true }).fill(String(mx.port));
      await page.getByRole("radio", { name: "Off" }).check();
      await page.getByLabel("Test recipient").fill("someone@contoso.example");
      await page.getByRole("button", { name: "Run the live test" }).click();
      // The finished test goes straight to the diagnosis; Back shows the live view it came from.
      await expect(page.locator("[data-cause]")).toBeVisible();
      await expectNoAxeViolations(page, "diagnosis");
      await page.goBack();
      await expect(page.locator('li[data-stage="rcpt"]')).toHaveAttribute("data-status", "failed");
      await page.getByText("Transcript (passwords hidden)").click();
      await expectNoAxeViolations(page, "live test");
      await page.getByRole("button", { name: "See the diagnosis" }).click();
      await expect(page.locator("[data-cause]")).toBeVisible();
      await page.getByRole("button", { name: "See corrected settings" }).click();
      await expect(page.locator('tr[data-setting="server"]')).toBeVisible();
      await expectNoAxeViolations(page, "corrected settings");
    });
  });
}
