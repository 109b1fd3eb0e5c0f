import { expect, test } from "@playwright/test";
import { fixtureServer } from "./support/fixture-servers";
import { tabAndType, tabTo } from "./support/keyboard";

test("keyboard only: the founding case from the first field to the validated fix, saved, shared and revoked", async ({
  page,
}) => {
  const mx = fixtureServer("m365-mx");
  await page.goto("/wizard");
  await tabAndType(page, page.getByLabel("Device make and model"), "Sharp MX-4070N");
  await tabTo(page, page.getByRole("button", { name: "Next: mail platform" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /Step 2 of 6/ })).toBeFocused();
  await tabAndType(page, page.getByLabel("Sender address"), "office@contoso.example");
  await tabAndType(page, page.getByLabel("SMTP server"), "127.0.0.1");
  await tabTo(page, page.getByRole("button", { name: "Next: current settings" }));
  await page.keyboard.press("Enter");
  await tabAndType(page, page.getByLabel("Port", { exact: true }), String(mx.port));
  // Radio group: arrow keys move the choice; "Username and password" is the default, Off is before it.
  await tabTo(page, page.getByRole("radio", { name: "Username and password" }));
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("radio", { name: "Off" })).toBeChecked();
  await tabAndType(page, page.getByLabel("Test recipient"), "someone@contoso.example");
  await tabTo(page, page.getByRole("button", { name: "Run the live test" }));
  await page.keyboard.press("Space");
  await expect(page.locator('li[data-step="rcpt"]')).toHaveAttribute("data-status", "failed");
  await expect(page.locator("[data-cause]")).toHaveAttribute("data-cause", "ip-blocklisted");
  await tabTo(page, page.getByRole("button", { name: "See corrected settings" }), 80);
  await page.keyboard.press("Enter");
  const sub = fixtureServer("m365-submission");
  await tabAndType(page, page.getByLabel("Server", { exact: true }), "127.0.0.1");
  await tabAndType(page, page.getByLabel("Port", { exact: true }), String(sub.port));
  await tabAndType(page, page.locator("#validate-password"), "Corr3ct-Horse!");
  await tabTo(page, page.getByRole("button", { name: "Run the validation test" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "The new settings passed through RCPT TO" })).toBeVisible();

  // Saved as a case, shared and revoked, still by keyboard alone.
  await tabAndType(page, page.getByLabel("Case title"), "Keyboard case");
  await tabTo(page, page.getByRole("button", { name: "Save as a case" }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("case-link-status")).toContainText(
    "2 tests from this page are stored in the case",
  );
  await tabTo(page, page.getByTestId("case-link-status").getByRole("link"));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Keyboard case" })).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Create a customer link" }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("new-link-url")).toContainText("/c/");
  await tabTo(page, page.getByRole("button", { name: "Revoke customer link" }));
  await page.keyboard.press("Enter");
  // The confirmation takes the focus: Enter again revokes.
  await expect(page.getByRole("button", { name: "Yes, revoke the customer link" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator('tr[data-link-kind="customer"] [data-link-status]')).toContainText("Revoked");
});
