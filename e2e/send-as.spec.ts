import { expect, type Page, test } from "@playwright/test";
import { collectConsoleErrors } from "./support/console-errors";
import { fixtureServer, fixtureServerMode } from "./support/fixture-servers";

/**
 * Issue 11 §3: logged in as one mailbox, sending as another. The submission fixture refuses Send As
 * at the end of DATA (550 5.7.60), as Exchange Online does, so a validation that stops at RCPT TO
 * proves nothing about it. Screenshots go to /tmp/shots for the review.
 */

const LOGIN = "office@contoso.example";
const SENDER = "scanner@contoso.example";
const PASSWORD = "Corr3ct-Horse!";
// Its own recipient: real test messages are capped per recipient per day.
const RECIPIENT = "send-as-check@contoso.example";
const NOTE = `The login (${LOGIN}) and the sender (${SENDER}) differ.`;

async function settingsForScanner(page: Page) {
  await page.goto("/wizard");
  await page.getByLabel("Device make and model").fill("Sharp MX-4070N");
  await page.getByRole("button", { name: "Next: mail platform" }).click();
  await page.getByLabel("Sender address").fill(SENDER);
  await page.getByLabel("SMTP server").fill("127.0.0.1");
  await expect(page.getByLabel("Mail platform")).toHaveValue("microsoft-365");
  await page.getByRole("button", { name: "Next: current settings" }).click();
  await page.getByLabel("Port", { exact: true }).fill(String(fixtureServer("m365-mx").port));
  await page.getByLabel("Encryption").selectOption("starttls");
  await page.getByLabel("Test recipient").fill(RECIPIENT);
}

test("Send As: said before the run, 'passed through RCPT — Send As not tested', the real message, and Resolved only after DATA", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const errors = collectConsoleErrors(page);
  await settingsForScanner(page);

  // Before the run: a login that is not the sender is named at once.
  await page.getByRole("radio", { name: "Username and password" }).check();
  await page.getByRole("textbox", { name: /^Username/ }).fill(LOGIN);
  await expect(page.locator("[data-send-as-note]")).toContainText(NOTE);
  await expect(page.locator("[data-send-as-note]")).toContainText("only at the end of DATA");
  await page.screenshot({ path: "/tmp/shots/after-send-as-settings-note.png", fullPage: true });
  await page.getByRole("textbox", { name: /^Username/ }).fill(SENDER);
  await expect(page.locator("[data-send-as-note]")).toHaveCount(0);

  // The founding failure: Direct Send to the MX, no login, refused at RCPT TO.
  await page.getByRole("radio", { name: "Off" }).check();
  await page.getByRole("button", { name: "Run the live test" }).click();
  await expect(page.locator('li[data-step="rcpt"]')).toHaveAttribute("data-status", "failed");
  await page.getByRole("button", { name: "See corrected settings" }).click();

  // The validation logs in as the shared mailbox and keeps the scanner's sender.
  const submission = fixtureServerMode("m365-submission", "send-as-denied");
  await page.getByLabel("Server", { exact: true }).fill("127.0.0.1");
  await page.getByLabel("Port", { exact: true }).fill(String(submission.port));
  await expect(page.locator("#validate-from")).toHaveValue(SENDER);
  await page.locator("#validate-username").fill(LOGIN);
  await expect(page.locator("form [data-send-as-note]")).toContainText(NOTE);
  await page.locator("#validate-password").fill(PASSWORD);
  await page.getByRole("button", { name: "Run the validation test" }).click();
  const verdict = page.locator("section[data-proven]");
  await expect(
    page.getByRole("heading", { name: "The new settings passed through RCPT TO — Send As not tested" }),
  ).toBeVisible();
  await expect(verdict).toHaveAttribute("data-proven", "false");
  await expect(verdict).toContainText("only at the end of DATA");
  await page.screenshot({ path: "/tmp/shots/after-send-as-validation-rcpt.png", fullPage: true });

  // Saved now, the case's report does not say "Resolved".
  await page.getByRole("button", { name: "Save as a case" }).click();
  const ownerUrl = await page.locator('[data-testid="case-link-status"] a').getAttribute("href");
  expect(ownerUrl).toMatch(/^\/case\//);
  const report = await context.newPage();
  await report.goto(`${ownerUrl}/report`);
  const status = report.locator('[data-section="overview"] [data-status]');
  await expect(status).toHaveAttribute("data-status", "unproven");
  await expect(status).toHaveText(
    "Not proven yet: Test 2 (validation) passed through RCPT TO — Send As not tested",
  );
  await expect(report.locator('[data-section="nextSteps"]')).toContainText("Send a real test message");
  await report.screenshot({ path: "/tmp/shots/after-send-as-report-unproven.png", fullPage: true });

  // The real test message shows what RCPT could not.
  await page.getByRole("button", { name: "Send a real test message" }).click();
  await expect(page.getByRole("heading", { name: "The new settings failed at DATA" })).toBeVisible();
  await expect(page.locator('li[data-stage="data"]')).toHaveAttribute("data-status", "failed");
  await expect(page.locator('li[data-stage="data"]')).toContainText("5.7.60");
  await page.screenshot({ path: "/tmp/shots/after-send-as-data-refused.png", fullPage: true });
  await expect(page.getByTestId("case-link-status")).toContainText("3 tests from this page are stored");
  await report.reload();
  await expect(status).toHaveAttribute("data-status", "failing");

  // Sending as the mailbox it logs in with, through DATA: now it is proven, and the report says so.
  await page.locator("#validate-from").fill(LOGIN);
  await expect(page.locator("form [data-send-as-note]")).toHaveCount(0);
  await page.locator("#validate-password").fill(PASSWORD);
  await page.getByRole("checkbox", { name: /Send a real test message/ }).check();
  await page.getByRole("button", { name: "Run the validation test" }).click();
  await expect(page.getByRole("heading", { name: "The new settings passed through DATA" })).toBeVisible();
  await expect(verdict).toHaveAttribute("data-proven", "true");
  await expect(page.getByTestId("case-link-status")).toContainText("4 tests from this page are stored");
  await page.screenshot({ path: "/tmp/shots/after-send-as-data-accepted.png", fullPage: true });
  await report.reload();
  await expect(status).toHaveAttribute("data-status", "resolved");
  await report.screenshot({ path: "/tmp/shots/after-send-as-report-resolved.png", fullPage: true });
  expect(errors).toEqual([]);
});
