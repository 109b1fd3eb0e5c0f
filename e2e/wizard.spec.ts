import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { collectConsoleErrors } from "./support/console-errors";
import { E2E_LIMIT_PER_LOGIN, e2eRunDir } from "./support/e2e-run-dir";
import { fixtureServer, fixtureServerMode } from "./support/fixture-servers";
import { fillFoundingCase } from "./support/wizard-flow";

test("wizard: the founding case runs live and stops at RCPT TO with the Spamhaus reply", async ({ page }) => {
  const consoleErrors = collectConsoleErrors(page);
  const mx = fixtureServer("m365-mx");
  await fillFoundingCase(page, mx.port);
  await page.screenshot({ path: "e2e/artifacts/wizard-settings.png", fullPage: true });
  await page.getByRole("button", { name: "Run the live test" }).click();
  // The finished test opens the diagnosis itself, stage by stage.
  await expect(page.getByRole("heading", { name: "Step 5 of 6: Diagnosis" })).toBeVisible();
  const rcpt = page.locator('li[data-step="rcpt"]');
  await expect(rcpt).toHaveAttribute("data-status", "failed");
  await expect(rcpt).toContainText("blocked using Spamhaus");
  await expect(page.locator('li[data-step="data"]')).toHaveAttribute("data-status", "skipped");
  // The browser's Back shows the live view it came from, finished; Forward comes back.
  await page.goBack();
  await expect(page.locator('li[data-stage="rcpt"]')).toHaveAttribute("data-status", "failed");
  await expect(page.getByText("The test is finished.")).toBeVisible();
  await expect(page.getByText("Transcript so far")).toHaveCount(0);
  await page.screenshot({ path: "e2e/artifacts/wizard-live-test.png", fullPage: true });
  await page.goForward();

  const cause = page.locator("[data-cause]");
  await expect(cause).toHaveAttribute("data-cause", "ip-blocklisted");
  await expect(cause).toContainText("blocked using Spamhaus");
  await expect(page.locator('[data-finding="mx-endpoint-no-auth"]')).toBeVisible();
  await expect(page.locator('[data-finding="connection-test-not-acceptance"]')).toBeVisible();
  await expect(page.getByText("This test ran from SMTP Doctor's server.")).toBeVisible();
  await page.screenshot({ path: "e2e/artifacts/wizard-diagnosis.png", fullPage: true });

  await page.getByRole("button", { name: "See corrected settings" }).click();
  const row = (setting: string) => page.locator(`tr[data-setting="${setting}"]`);
  await expect(row("server")).toContainText("smtp.office365.com");
  await expect(row("port")).toContainText("587");
  await expect(row("encryption")).toContainText(/STARTTLS/i);
  await expect(row("auth")).toContainText(/SMTP AUTH|password|on/i);
  await page.screenshot({ path: "e2e/artifacts/wizard-corrected.png", fullPage: true });

  // Validation: the recommended settings, pointed at the submission fixture instead of Microsoft.
  const sub = fixtureServer("m365-submission");
  await expect(page.getByLabel("Server", { exact: true })).toHaveValue("smtp.office365.com");
  await page.getByLabel("Server", { exact: true }).fill("127.0.0.1");
  await page.getByLabel("Port", { exact: true }).fill(String(sub.port));
  await expect(page.getByRole("textbox", { name: "Username" })).toHaveValue("office@contoso.example");
  await page.locator("#validate-password").fill("Corr3ct-Horse!");
  await page.getByRole("button", { name: "Run the validation test" }).click();
  await expect(page.getByRole("heading", { name: "The new settings passed through RCPT TO" })).toBeVisible();
  const ba = page.getByTestId("before-after");
  await expect(ba.locator('tr[data-stage="rcpt"] [data-side="before"]')).toContainText("Failed");
  await expect(ba.locator('tr[data-stage="rcpt"] [data-side="after"]')).toContainText("OK");
  await page.screenshot({ path: "e2e/artifacts/wizard-validation.png", fullPage: true });
  expect(consoleErrors).toEqual([]);
});

test("wizard: bad credentials fail at AUTH with the 535 reply, and the password appears nowhere", async ({
  page,
}) => {
  const password = "Wr0ng-Pa55word-e2e";
  const bodies: string[] = [];
  page.on("response", async (response) => {
    if (response.url().includes("/api/")) bodies.push(await response.text().catch(() => ""));
  });
  const bad = fixtureServerMode("m365-submission", "bad-credentials");
  await page.goto("/wizard");
  await page.getByRole("button", { name: "Next: mail platform" }).click();
  await page.getByLabel("Sender address").fill("office@contoso.example");
  await page.getByLabel("SMTP server").fill("127.0.0.1");
  await page.getByRole("button", { name: "Next: current settings" }).click();
  await page.getByLabel("Port", { exact: true }).fill(String(bad.port));
  await page.getByRole("textbox", { name: /^Username/ }).fill("office@contoso.example");
  await page.locator("#settings-password").fill(password);
  await page.getByLabel("Test recipient").fill("someone@contoso.example");
  await page.getByRole("button", { name: "Run the live test" }).click();
  const auth = page.locator('li[data-step="auth"]');
  await expect(auth).toHaveAttribute("data-status", "failed");
  await expect(auth).toContainText("535");
  await expect(page.locator("[data-cause]")).toHaveAttribute("data-cause", "auth-failed");
  await page.screenshot({ path: "e2e/artifacts/wizard-bad-credentials.png", fullPage: true });
  // Nowhere: not in the page, not in any API response, not in stored wizard state.
  expect(await page.content()).not.toContain(password);
  for (const body of bodies) expect(body).not.toContain(password);
  const serverLog = readFileSync(path.join(e2eRunDir(), "server.log"), "utf8");
  expect(serverLog).toContain("listening");
  expect(serverLog).not.toContain(password);
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toContain(password);
  expect(stored).not.toContain(Buffer.from(password).toString("base64"));
});

test("wizard: input errors show inline and nothing reaches the server", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/probe")) requests.push(request.url());
  });
  await page.goto("/wizard");
  await page.getByRole("button", { name: "Next: mail platform" }).click();
  await page.getByLabel("SMTP server").fill("smtp://smtp.office365.com");
  await page.getByRole("button", { name: "Next: current settings" }).click();
  await page.getByLabel("Port", { exact: true }).fill("99999");
  await page.getByRole("button", { name: "Run the live test" }).click();
  await expect(page.getByText("that is a URL, type just the server name")).toBeVisible();
  await expect(page.getByText("port must be 1–65535")).toBeVisible();
  await expect(page.getByText("must be an e-mail address").first()).toBeVisible();
  await expect(page.getByLabel("SMTP server")).toBeFocused();
  await page.screenshot({ path: "e2e/artifacts/wizard-input-errors.png", fullPage: true });
  expect(requests).toEqual([]);
});

test("wizard: once an account's login budget is spent, the next login is refused with 429 and a friendly message", async ({
  page,
  request,
}) => {
  const sub = fixtureServer("m365-submission");
  const body = {
    host: "127.0.0.1",
    port: sub.port,
    security: "starttls",
    credentials: { kind: "password", username: "rate-limit@contoso.example", password: "wrong-password" },
    from: "rate-limit@contoso.example",
    to: ["someone@contoso.example"],
  };
  for (let i = 0; i < E2E_LIMIT_PER_LOGIN; i++)
    expect((await request.post("/api/probe", { data: body })).status()).toBe(200);
  const refused = await request.post("/api/probe", { data: body });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);

  await page.goto("/wizard");
  await page.getByRole("button", { name: "Next: mail platform" }).click();
  await page.getByLabel("Sender address").fill("rate-limit@contoso.example");
  await page.getByLabel("SMTP server").fill("127.0.0.1");
  await page.getByRole("button", { name: "Next: current settings" }).click();
  await page.getByLabel("Port", { exact: true }).fill(String(sub.port));
  await page.getByRole("textbox", { name: /^Username/ }).fill("rate-limit@contoso.example");
  await page.locator("#settings-password").fill("wrong-password");
  await page.getByLabel("Test recipient").fill("someone@contoso.example");
  await page.getByRole("button", { name: "Run the live test" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Too many" });
  await expect(alert).toContainText("Too many login attempts for this account on this server");
  await expect(alert).toContainText(/Try again in \d+ (?:seconds?|minutes?)\./);
  await page.screenshot({ path: "e2e/artifacts/wizard-rate-limited.png", fullPage: true });
});

test("wizard: after saving a case, 'Start a new diagnosis' leaves the case behind and starts clean", async ({
  page,
}) => {
  await fillFoundingCase(page, fixtureServer("m365-mx").port);
  await page.getByRole("button", { name: "Run the live test" }).click();
  await expect(page.locator('li[data-step="rcpt"]')).toHaveAttribute("data-status", "failed");
  await page.getByRole("button", { name: "Save as a case" }).click();
  const ownerUrl = await page.locator('[data-testid="case-link-status"] a').getAttribute("href");
  const token = ownerUrl?.split("/").at(-1) ?? "";
  expect(token).toHaveLength(43);

  await page.getByRole("button", { name: "Start a new diagnosis" }).click();
  await expect(page.getByRole("heading", { name: "Step 1 of 6: Device" })).toBeFocused();
  await expect(page.getByLabel("Device make and model")).toHaveValue("");
  await expect(page.getByRole("button", { name: /Start/ })).toHaveCount(0);
  // The new diagnosis cannot store into the old case: its token is gone from the tab.
  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toContain(token);
});

test("wizard: step 3 starts from the server typed in step 2, and the browser's Back walks the steps", async ({
  page,
}) => {
  await page.goto("/wizard");
  await page.getByLabel("Device make and model").fill("Kyocera TASKalfa 3553ci");
  await page.getByRole("button", { name: "Next: mail platform" }).click();
  await page.getByLabel("Sender address").fill("scanner@contoso.example");
  // The device is pointed at the tenant's MX (Direct Send), as the founding case's copier was.
  await page.getByLabel("SMTP server").fill("contoso-example.mail.protection.outlook.com");
  await page.getByRole("button", { name: "Next: current settings" }).click();
  await expect(page.getByLabel("Port", { exact: true })).toHaveValue("25");
  await expect(page.getByLabel("Encryption")).toHaveValue("starttls");
  await expect(page.getByRole("radio", { name: "Off" })).toBeChecked();
  await expect(page.getByTestId("endpoint-defaults")).toContainText("Direct Send to the tenant's MX");

  // Back from step 3 is step 2, not the landing page; Forward is step 3 again.
  await page.goBack();
  await expect(page.getByRole("heading", { name: "Step 2 of 6: Mail platform" })).toBeVisible();
  await expect(page).toHaveURL(/\/wizard\?step=platform$/);
  await page.goBack();
  await expect(page.getByRole("heading", { name: "Step 1 of 6: Device" })).toBeVisible();
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole("heading", { name: "Step 3 of 6: Settings" })).toBeVisible();

  // What the user types wins: back at step 2 and forward again, the port they chose stays.
  await page.getByLabel("Port", { exact: true }).fill("587");
  await page.getByRole("button", { name: "Back" }).click();
  await page.getByRole("button", { name: "Next: current settings" }).click();
  await expect(page.getByLabel("Port", { exact: true })).toHaveValue("587");
  await expect(page.getByTestId("endpoint-defaults")).toHaveCount(0);

  // An address on a private network is said at the field, with what to do instead; nothing runs.
  await page.getByLabel("Test recipient").fill("someone@contoso.example");
  await page.getByLabel("SMTP server").fill("10.0.0.5");
  await expect(page.getByText("10.0.0.5 is an address inside a private network")).toBeVisible();
  await expect(page.getByText("run the test on site")).toBeVisible();
  await page.getByRole("button", { name: "Run the live test" }).click();
  await expect(page.getByRole("heading", { name: "Step 3 of 6: Settings" })).toBeVisible();
  await expect(page.getByLabel("SMTP server")).toBeFocused();
});

test("wizard on a phone: the corrected settings fit the screen, a block per setting with its reason, copy only for values", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await fillFoundingCase(page, fixtureServer("m365-mx").port);
  await page.getByRole("button", { name: "Run the live test" }).click();
  await expect(page.locator("[data-cause]")).toHaveAttribute("data-cause", "ip-blocklisted");
  await page.getByRole("button", { name: "See corrected settings" }).click();
  const server = page.locator('[data-setting-card="server"]');
  await expect(server).toBeVisible();
  await expect(server).toContainText("smtp.office365.com");
  await expect(server).toContainText("Why:");
  await expect(server.getByRole("button", { name: /Copy/ })).toBeVisible();
  // Sign-in is a choice said in words: nothing to paste.
  await expect(page.locator('[data-setting-card="auth"]').getByRole("button", { name: /Copy/ })).toHaveCount(
    0,
  );
  // Nothing scrolls sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The two ways to sign in to Microsoft 365's submission are told apart.
  await expect(page.locator('[data-path="submission"]')).toContainText("with the mailbox password");
  await expect(page.locator('[data-path="submission-oauth"]')).toContainText("with OAuth 2.0");
  await page.screenshot({ path: "e2e/artifacts/wizard-corrected-phone.png", fullPage: true });
});
