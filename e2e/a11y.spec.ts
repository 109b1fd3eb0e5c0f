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

    test("the not-found page, and the wizard's new states on a phone", async ({ page }) => {
      await page.goto("/r/no-such-link");
      await expect(page.getByRole("heading", { name: "There is nothing at this address" })).toBeVisible();
      await expectNoAxeViolations(page, "not found");

      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto("/wizard");
      await page.getByRole("button", { name: "Next: mail platform" }).click();
      await page.getByLabel("Sender address").fill("office@contoso.example");
      await page.getByLabel("SMTP server").fill("contoso-example.mail.protection.outlook.com");
      await page.getByRole("button", { name: "Next: current settings" }).click();
      await expect(page.getByTestId("endpoint-defaults")).toBeVisible();
      await page.getByLabel("SMTP server").fill("10.0.0.5");
      await expect(page.getByText("is an address inside a private network")).toBeVisible();
      await expectNoAxeViolations(page, "settings: known endpoint, unreachable address (phone)");
      await page.getByLabel("SMTP server").fill("127.0.0.1");
      await page.getByLabel("Port", { exact: true }).fill(String(fixtureServer("m365-mx").port));
      await page.getByLabel("Test recipient").fill("someone@contoso.example");
      await page.getByRole("button", { name: "Run the live test" }).click();
      await expect(page.locator("[data-cause]")).toBeVisible();
      await page.getByRole("button", { name: "See corrected settings" }).click();
      await expect(page.locator('[data-setting-card="server"]')).toBeVisible();
      await expectNoAxeViolations(page, "corrected settings (phone)");
    });

    test("every wizard screen, including errors and the live test", async ({ page }) => {
      // A dozen full-page axe scans and a live test: about 25 s on an idle 2-core machine.
      test.setTimeout(60_000);
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
