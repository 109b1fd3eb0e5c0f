import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { E2E_SITE_IP } from "./fixtures/dns/e2e-zone";
import { expectNoAxeViolations } from "./support/axe";
import { collectConsoleErrors } from "./support/console-errors";
import { fixtureServer } from "./support/fixture-servers";
import { streamProbe } from "./support/founding-case";
import { expectShareHeaders } from "./support/share-headers";
import { fillFoundingCase } from "./support/wizard-flow";

const PASSWORD = "Corr3ct-Horse!";

/** The absolute address of a link on the page (share links are shown as full URLs). */
async function hrefOf(page: Page, selector: string): Promise<string> {
  const href = await page.locator(selector).getAttribute("href");
  if (!href) throw new Error(`no link at ${selector}`);
  return href;
}

test("case flow: the agent saves the founding case, the customer validates through their link, the report and PDF show both", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const agentErrors = collectConsoleErrors(page);

  // 1. The agent runs the founding case in the wizard and saves it as a case.
  await fillFoundingCase(page, fixtureServer("m365-mx").port);
  await page.getByRole("button", { name: "Run the live test" }).click();
  await expect(page.locator('li[data-step="rcpt"]')).toHaveAttribute("data-status", "failed");
  await expect(page.locator("[data-cause]")).toHaveAttribute("data-cause", "ip-blocklisted");
  await expect(page.getByLabel("Case title")).toHaveValue("Sharp MX-4070N — scan to e-mail");
  await page.getByLabel("Case title").fill("Sharp MX-4070N at Contoso — scan to email");
  await page.getByRole("button", { name: "Save as a case" }).click();
  const status = page.getByTestId("case-link-status");
  await expect(status).toContainText("1 test from this page is stored in the case");
  const ownerUrl = await hrefOf(page, '[data-testid="case-link-status"] a');
  expect(ownerUrl).toMatch(/^\/case\/[A-Za-z0-9_-]{43}$/);
  await page.screenshot({ path: "e2e/artifacts/flow-saved.png", fullPage: true });

  // 2. On the case page, the agent creates a customer link.
  await page.goto(ownerUrl);
  await expect(page.locator('[data-run-kind="initial"]')).toContainText("Failed at RCPT TO");
  await page.getByRole("button", { name: "Create a customer link" }).click();
  const customerUrl = (await page.getByTestId("new-link-url").textContent())?.trim() ?? "";
  expect(customerUrl).toMatch(/\/c\/[A-Za-z0-9_-]{43}$/);

  // 3. The customer, in their own browser, opens it: prefilled with the recommended settings, no password.
  const customerContext = await browser.newContext();
  const customer = await customerContext.newPage();
  const customerErrors = collectConsoleErrors(customer);
  const opened = await customer.goto(customerUrl);
  expect(opened?.status()).toBe(200);
  expectShareHeaders(opened);
  // Their own short page: the settings to type on the device, in the device's words, and one button.
  await expect(customer.getByRole("heading", { level: 1 })).toHaveText(
    "Test the Sharp MX-4070N's email settings",
  );
  const settingsTable = customer.getByTestId("customer-settings");
  await expect(settingsTable).toContainText("smtp.office365.com");
  await expect(settingsTable).toContainText("587");
  await expect(settingsTable).toContainText("STARTTLS");
  await expect(settingsTable).toContainText("On, as office@contoso.example");
  await expect(customer.getByRole("button", { name: "Test now" })).toBeVisible();
  // No helpdesk tools: no wizard link, no "Start over".
  await expect(customer.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await expect(customer.getByRole("button", { name: /Start/ })).toHaveCount(0);
  expect(await customer.content()).not.toContain(PASSWORD);
  await expectNoAxeViolations(customer, "customer page");
  await customer.screenshot({ path: "e2e/artifacts/flow-customer-page.png", fullPage: true });

  // IT staff at the site open the full test from it (here: to point it at the fixture).
  await customer.getByRole("link", { name: "open the full test, with every setting" }).click();
  await expect(customer.getByRole("heading", { level: 1 })).toHaveText(
    "Sharp MX-4070N at Contoso — scan to email",
  );
  await expect(customer.getByText("recommended after test 1 of the case")).toBeVisible();
  await expect(customer.getByRole("heading", { name: "Step 3 of 6: Settings" })).toBeVisible();
  await expect(customer.locator("#settings-host")).toHaveValue("smtp.office365.com");
  await expect(customer.locator("#settings-port")).toHaveValue("587");
  await expect(customer.locator("#settings-security")).toHaveValue("starttls");
  await expect(customer.locator("#settings-username")).toHaveValue("office@contoso.example");
  await expect(customer.locator("#settings-password")).toHaveValue("");
  expect(await customer.content()).not.toContain(PASSWORD);
  await expectNoAxeViolations(customer, "customer link wizard");
  await customer.screenshot({ path: "e2e/artifacts/flow-customer-prefilled.png", fullPage: true });

  // The test environment cannot reach Microsoft: the submission fixture stands in for it.
  const submission = fixtureServer("m365-submission");
  await customer.locator("#settings-host").fill("127.0.0.1");
  await customer.locator("#settings-port").fill(String(submission.port));
  await customer.locator("#settings-password").fill(PASSWORD);
  await customer.getByRole("button", { name: "Run the live test" }).click();
  await expect(customer.locator('li[data-step="rcpt"]')).toHaveAttribute("data-status", "ok");
  const customerStatus = customer.getByTestId("case-link-status");
  await expect(customerStatus).toContainText("Your tests go to your helpdesk's case");
  await expect(customerStatus).toContainText("1 test from this page is stored in the case");
  // The customer gets no way to the owner's page.
  await expect(customerStatus.locator("a")).toHaveCount(0);
  await expect(customer.locator("[data-cause]")).toContainText(
    "These settings work: the server accepted every step through RCPT TO",
  );
  // The customer checks their network (typed: in the tests the browser comes from 127.0.0.1).
  await customer.getByLabel("Site's public IP address").fill(E2E_SITE_IP);
  await customer.getByRole("button", { name: "Check this IP" }).click();
  await expect(customer.locator('tr[data-list="spamhaus-zen"]')).toHaveAttribute("data-status", "listed");
  await expect(customer.getByTestId("check-kept")).toHaveText("This check is kept in the case.");
  // Authenticated submission is not judged by the site's IP: the listing does not change the verdict.
  await expect(customer.locator("[data-cause]")).toHaveAttribute("data-cause", "no-error");
  await customer.screenshot({ path: "e2e/artifacts/flow-customer-done.png", fullPage: true });
  expect(await customer.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toContain(PASSWORD);

  // 4. The agent's case page lists both runs, the customer's validating the first.
  await page.reload();
  await expect(page.locator('[data-run-kind="initial"]')).toContainText("Failed at RCPT TO");
  const customerRun = page.locator('[data-run-kind="customer"]');
  await expect(customerRun).toContainText("2. Customer test");
  await expect(customerRun).toContainText("OK");
  await expect(customerRun).toContainText("Tests the fix for test 1");
  const siteCheck = page.locator('[data-network-check="site"]');
  await expect(siteCheck).toContainText("Network check 1 · the site's network (public IP 23.45.67.89)");
  await expect(siteCheck).toContainText("Listed by Spamhaus ZEN");
  await expectNoAxeViolations(page, "case owner page");
  await page.screenshot({ path: "e2e/artifacts/flow-case-page.png", fullPage: true });

  // 5. A report link shows the report, with the customer's run as the validation.
  await page.getByRole("button", { name: "Create a report link" }).click();
  const reportUrl = (await page.getByTestId("new-link-url").textContent())?.trim() ?? "";
  expect(reportUrl).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);
  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  const report = await viewer.goto(reportUrl);
  expect(report?.status()).toBe(200);
  await expect(viewer.locator('[data-section="evidence"]')).toContainText("blocked using Spamhaus");
  await expect(viewer.locator('[data-section="validation"]')).toContainText("Recipient accepted (RCPT TO)");
  await expect(viewer.locator('[data-section="environment"]')).toContainText(E2E_SITE_IP);
  await expect(viewer.locator('[data-section="testing"] [data-network-check="site"]')).toContainText(
    "Listed",
  );
  await expect(viewer.locator("body")).not.toContainText(PASSWORD);
  await expectNoAxeViolations(viewer, "report page");

  // 6. The PDF downloads, and says the same.
  const [download] = await Promise.all([
    viewer.waitForEvent("download"),
    viewer.getByRole("link", { name: "Download PDF" }).click(),
  ]);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "smtp-doctor-flow-")), "report.pdf");
  await download.saveAs(file);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  expect(text).toContain("blocked using Spamhaus");
  expect(text).toContain("test from the customer's link");
  expect(text).toContain("smtp.office365.com");
  expect(text).not.toContain(PASSWORD);

  expect(agentErrors).toEqual([]);
  expect(customerErrors).toEqual([]);
  await customerContext.close();
  await viewerContext.close();
});

test("customer link: the customer's own page tests the settings with one button and says the result plainly", async ({
  page,
  request,
}) => {
  // The helpdesk's test: the right server, a wrong password. Its settings are the ones to try again.
  const submission = fixtureServer("m365-submission");
  const settings = {
    host: "127.0.0.1",
    port: submission.port,
    security: "starttls",
    from: "office@contoso.example",
    to: ["someone@contoso.example"],
  };
  const failed = await streamProbe(request, {
    ...settings,
    credentials: { kind: "password", username: "office@contoso.example", password: "not-the-password" },
  });
  expect(failed.result.failedStage).toBe("auth");
  // The helpdesk's own retry with the right password passed: the customer confirms it from the site.
  const fixed = await streamProbe(request, {
    ...settings,
    credentials: { kind: "password", username: "office@contoso.example", password: PASSWORD },
  });
  expect(fixed.result.outcome).toBe("ok");
  const saved = await request.post("/api/cases", {
    data: {
      title: "Kyocera at the front desk",
      context: { device: "Kyocera TASKalfa 3553ci", failingFunction: "scan to email" },
      runIds: [
        { runId: failed.result.runId, kind: "initial" },
        { runId: fixed.result.runId, kind: "validation", validatesRunId: failed.result.runId },
      ],
    },
  });
  const { ownerToken } = (await saved.json()) as { ownerToken: string };
  const link = await request.post(`/api/cases/${ownerToken}/links`, { data: { kind: "customer" } });
  const { url } = (await link.json()) as { url: string };

  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Test the Kyocera TASKalfa 3553ci's email settings",
  );
  await expect(page.getByTestId("customer-settings")).toContainText(String(submission.port));
  // The password is asked for, said to be used once, and required.
  await page.getByRole("button", { name: "Test now" }).click();
  await expect(page.getByText("Type the mailbox password first.")).toBeVisible();
  await page.getByLabel("Mailbox password").fill(PASSWORD);
  await page.getByRole("button", { name: "Test now" }).click();
  const result = page.locator("[data-customer-result]");
  await expect(result).toHaveAttribute("data-customer-result", "worked");
  await expect(result).toContainText("It works");
  await expect(result).toContainText("Your helpdesk sees this result in their case.");
  await expectNoAxeViolations(page, "customer page, result");
  await page.screenshot({ path: "e2e/artifacts/customer-page-worked.png", fullPage: true });
  expect(await page.content()).not.toContain(PASSWORD);

  // The helpdesk's case has the customer's test, validating theirs.
  await page.goto(`/case/${ownerToken}`);
  const customerRun = page.locator('[data-run-kind="customer"]');
  await expect(customerRun).toContainText("3. Customer test");
  await expect(customerRun).toContainText("Tests the fix for test 1");
});
