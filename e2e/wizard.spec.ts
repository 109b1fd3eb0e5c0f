import { expect, type Page, test } from "@playwright/test";
import { collectConsoleErrors } from "./support/console-errors";
import { fixtureServer } from "./support/fixture-servers";

async function fillFoundingCase(page: Page, port: number) {
  await page.goto("/wizard");
  await page.getByLabel("Device make and model").fill("Sharp MX-4070N");
  await page.getByRole("button", { name: "Next: mail platform" }).click();
  await page.getByLabel("Sender address").fill("office@contoso.example");
  await page.getByLabel("SMTP server").fill("127.0.0.1");
  await page.getByRole("button", { name: "Next: current settings" }).click();
  await page.getByLabel("Port", { exact: true }).fill(String(port));
  await page.getByLabel("Encryption").selectOption("starttls");
  await page.getByRole("radio", { name: "Off" }).check();
  await page.getByLabel("Test recipient").fill("someone@contoso.example");
}

test("wizard: the founding case runs live and stops at RCPT TO with the Spamhaus reply", async ({ page }) => {
  const consoleErrors = collectConsoleErrors(page);
  const mx = fixtureServer("m365-mx");
  await fillFoundingCase(page, mx.port);
  await page.screenshot({ path: "e2e/artifacts/wizard-settings.png", fullPage: true });
  await page.getByRole("button", { name: "Run the live test" }).click();
  const rcpt = page.locator('li[data-stage="rcpt"]');
  await expect(rcpt).toHaveAttribute("data-status", "failed");
  await expect(rcpt).toContainText("blocked using Spamhaus");
  await expect(page.locator('li[data-stage="data"]')).toHaveAttribute("data-status", "skipped");
  await page.screenshot({ path: "e2e/artifacts/wizard-live-test.png", fullPage: true });
  expect(consoleErrors).toEqual([]);
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

test("wizard: after five failed logins for one account the sixth is refused with 429 and a friendly message", async ({
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
  for (let i = 0; i < 5; i++) expect((await request.post("/api/probe", { data: body })).status()).toBe(200);
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
  await expect(alert).toContainText(/try again in about \d+ seconds/);
  await page.screenshot({ path: "e2e/artifacts/wizard-rate-limited.png", fullPage: true });
});
