import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { collectConsoleErrors } from "./support/console-errors";
import { e2eRunDir } from "./support/e2e-run-dir";
import { fixtureServer } from "./support/fixture-servers";
import { recommendedSubmission, SENDER, saveFoundingCase, streamProbe } from "./support/founding-case";
import { tabAndType, tabTo } from "./support/keyboard";
import { fillFoundingCase } from "./support/wizard-flow";

const ADMIN = { name: "Ada Helpdesk", email: "ada@helpdesk.example", password: "a long helpdesk passphrase" };

/** The setup code this run's server printed at start-up (the line a Jenkins-style first run reads). */
function setupCodeFromLog(): string {
  const log = readFileSync(path.join(e2eRunDir(), "server.log"), "utf8");
  const code = /enter the setup code ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})/.exec(log)?.[1];
  expect(code, "the server printed a setup code").toBeTruthy();
  return code ?? "";
}

async function signIn(page: Page) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/cases$/);
}

test.describe.configure({ mode: "serial" });

test("staff: first run creates the admin with the logged setup code; the case list finds the founding case", async ({
  page,
  request,
}) => {
  const errors = collectConsoleErrors(page);
  const unique = `SD-e2e ${Date.now().toString(36)}`;
  const saved = await saveFoundingCase(request, {
    title: `Sharp MX-4070N scan to email (${unique})`,
    device: "Sharp MX-4070N",
  });

  // Signed out, the list sends to sign-in, which sends a fresh install to setup.
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/setup$/);
  await expectNoAxeViolations(page, "setup");
  await page.getByLabel("Setup code").fill("AAAA-BBBB-CCCC");
  await page.getByLabel("Your name").fill(ADMIN.name);
  await page.getByLabel("Email address").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Create the admin account" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("setup code is not valid");
  await page.getByLabel("Setup code").fill(setupCodeFromLog().toLowerCase());
  await page.screenshot({ path: "e2e/artifacts/staff-setup.png", fullPage: true });
  await page.getByRole("button", { name: "Create the admin account" }).click();
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByText(`Signed in as ${ADMIN.name}`)).toBeVisible();

  // The founding case, with its reference and root cause.
  const row = page.getByRole("row").filter({ hasText: unique });
  await expect(row).toContainText(/SD-\d{4,}/);
  await expect(row).toContainText("The sending IP address is on a blocklist");
  await expect(row).toContainText("Resolved");
  await expectNoAxeViolations(page, "cases list");
  await page.screenshot({ path: "e2e/artifacts/staff-cases.png", fullPage: true });

  // Search by the server's words, and by the device.
  for (const query of [`"blocked using Spamhaus" ${unique}`, `mx-4070n ${unique}`]) {
    await page.getByLabel("Search").fill(query.replaceAll('"', ""));
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByTestId("cases-table").getByRole("row")).toHaveCount(2);
    await expect(page.getByRole("row").filter({ hasText: unique })).toBeVisible();
  }
  await page.getByLabel("Search").fill(`${unique} no-such-word`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("cases-empty")).toBeVisible();

  // The staff case page: the complete report, and its PDF.
  await page.getByLabel("Search").fill(unique);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: new RegExp(unique) }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${saved.caseId}$`));
  await expect(page.locator('[data-section="evidence"]')).toContainText("blocked using Spamhaus");
  const pdf = await page.request.get(`/api/staff/cases/${saved.caseId}/pdf`);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 4).toString("latin1")).toBe("%PDF");
  // The one refusal the test asked for: the wrong setup code.
  expect(errors).toEqual(["Failed to load resource: the server responded with a status of 403 (Forbidden)"]);
});

test("staff: signed out, the list, the case and its PDF need a sign-in; a report link opens none of them", async ({
  page,
  request,
  browser,
}) => {
  const saved = await saveFoundingCase(request);
  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto("/cases");
  await expect(visitor).toHaveURL(/\/sign-in\?next=(%2F|\/)cases$/);
  await expectNoAxeViolations(visitor, "sign-in");
  await visitor.goto(`/cases/${saved.caseId}`);
  await expect(visitor).toHaveURL(/\/sign-in\?next=/);
  expect((await visitor.request.get(`/api/staff/cases/${saved.caseId}/pdf`)).status()).toBe(401);

  // Holding the case's report link opens the report, and nothing of the staff pages.
  const link = await request.post(`/api/cases/${saved.ownerToken}/links`, { data: { kind: "report" } });
  expect(link.status()).toBe(201);
  const { url } = (await link.json()) as { url: string };
  expect((await visitor.goto(url))?.status()).toBe(200);
  await visitor.goto("/cases");
  await expect(visitor).toHaveURL(/\/sign-in/);
  expect((await visitor.request.get(`/api/staff/cases/${saved.caseId}/pdf`)).status()).toBe(401);
  await anonymous.close();

  // Signed in, the same case opens.
  await signIn(page);
  await page.goto(`/cases/${saved.caseId}`);
  await expect(page.locator('[data-section="evidence"]')).toContainText("blocked using Spamhaus");

  // Wrong password: one message for any mismatch.
  const other = await browser.newContext();
  const stranger = await other.newPage();
  await stranger.goto("/sign-in");
  await stranger.getByLabel("Email address").fill(ADMIN.email);
  await stranger.getByLabel("Password").fill("not the passphrase");
  await stranger.getByRole("button", { name: "Sign in" }).click();
  await expect(stranger.locator("form").getByRole("alert")).toContainText("do not match an account");
  await other.close();
});

test("staff: a cross-site request is refused, and sign-out everywhere ends every session", async ({
  page,
  browser,
  request,
}) => {
  // A form on another site posting to our sign-in or sign-out: refused before anything is read.
  for (const endpoint of ["/api/staff/sign-in", "/api/staff/sign-out", "/api/staff/setup"]) {
    const response = await request.post(endpoint, {
      headers: { origin: "https://evil.example", "content-type": "application/json" },
      data: { email: ADMIN.email, password: ADMIN.password },
    });
    expect(response.status(), endpoint).toBe(403);
  }

  await signIn(page);
  const second = await browser.newContext();
  const other = await second.newPage();
  await signIn(other);
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await other.goto("/cases");
  await expect(other).toHaveURL(/\/sign-in/);
  await second.close();
});

test("staff: an admin invites a colleague, whose link makes their account once", async ({
  page,
  browser,
}) => {
  await signIn(page);
  await page.getByRole("link", { name: "Team" }).click();
  await expect(page).toHaveURL(/\/team$/);
  await page.getByLabel("Email address").fill("bea@helpdesk.example");
  await page.getByRole("button", { name: "Create an invitation link" }).click();
  const url = (await page.getByTestId("invite-url").textContent())?.trim() ?? "";
  expect(url).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expectNoAxeViolations(page, "team");
  await page.screenshot({ path: "e2e/artifacts/staff-team.png", fullPage: true });

  const context = await browser.newContext();
  const bea = await context.newPage();
  await bea.goto(url);
  await expect(bea.getByText("bea@helpdesk.example")).toBeVisible();
  await bea.getByLabel("Your name").fill("Bea Agent");
  await bea.getByLabel("Password").fill("another long passphrase");
  await bea.getByRole("button", { name: "Create my account" }).click();
  await expect(bea).toHaveURL(/\/cases$/);
  await expect(bea.getByText("Signed in as Bea Agent")).toBeVisible();

  // Staff, not admin: no invitations of their own.
  await bea.goto("/team");
  await expect(bea.getByText("Ask an admin to invite a colleague.")).toBeVisible();
  const refused = await bea.request.post("/api/staff/invites", {
    headers: { origin: new URL(url).origin },
    data: { email: "eve@helpdesk.example" },
  });
  expect(refused.status()).toBe(403);

  // The link worked once.
  const again = await browser.newContext();
  const late = await again.newPage();
  await late.goto(url);
  await expect(late.getByRole("heading", { name: "This invitation is no longer valid" })).toBeVisible();
  await again.close();
  await context.close();
});

test("staff: sign-in with the organisation's identity provider (OpenID Connect)", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByRole("link", { name: "Sign in with Helpdesk IdP" }).click();
  // The provider's own pages (oidc-provider's development sign-in and consent).
  await page.locator('input[name="login"]').fill("carol@helpdesk.example");
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByText("Signed in as Fixture carol (carol@helpdesk.example)")).toBeVisible();
  await context.close();

  // An address outside the allowed domains, with no account: back at sign-in, told why.
  const outside = await browser.newContext();
  const eve = await outside.newPage();
  await eve.goto("/sign-in");
  await eve.getByRole("link", { name: "Sign in with Helpdesk IdP" }).click();
  await eve.locator('input[name="login"]').fill("eve@elsewhere.example");
  await eve.locator('input[name="password"]').fill("anything");
  await eve.getByRole("button", { name: "Sign-in" }).click();
  await eve.getByRole("button", { name: "Continue" }).click();
  await expect(eve).toHaveURL(/\/sign-in\?error=/);
  await expect(eve.getByTestId("sign-in-error")).toContainText(
    "eve@elsewhere.example has no SMTP Doctor account",
  );
  await outside.close();
});

test("staff: status by hand, assignee and the helpdesk's ticket number; the activity log says who did what", async ({
  page,
  request,
}) => {
  const unique = `SD-wf ${Date.now().toString(36)}`;
  const saved = await saveFoundingCase(request, {
    title: `Canon scan to email (${unique})`,
    device: "Canon iR-ADV C5535",
  });
  await signIn(page);
  await page.goto(`/cases/${saved.caseId}`);
  await page.getByLabel("Status").selectOption("waiting");
  await page.getByLabel("Assignee").selectOption({ label: ADMIN.name });
  await page.getByLabel("Ticket number").fill("ZD-48213");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByLabel("Status")).toHaveValue("waiting");
  await page.getByText(/^Activity \(\d+\)$/).click();
  const activity = page.getByTestId("case-activity");
  await expect(activity).toContainText(
    `${ADMIN.name} (${ADMIN.email}): Status set to "Waiting on the customer"`,
  );
  await expect(activity).toContainText(`Assigned to ${ADMIN.name}`);
  await expect(activity).toContainText("Ticket number set to ZD-48213");
  await expect(activity).toContainText("Wizard: Case saved with 2 tests; owner link created");
  await expectNoAxeViolations(page, "staff case page");

  // In the list: the status set by hand, the assignee, and found by the ticket number.
  await page.goto(`/cases?${new URLSearchParams({ q: "zd-48213", status: "waiting" })}`);
  const row = page.getByRole("row").filter({ hasText: unique });
  await expect(row).toContainText("Waiting on the customer");
  await expect(row).toContainText(ADMIN.name);
  await expect(row).toContainText("ZD-48213");

  // Retention is said on the report; an admin can delete the case at once, links and all.
  await page.goto(`/cases/${saved.caseId}`);
  await expect(page.getByTestId("retention-note")).toContainText(
    "deleted, with its tests and links, 180 days after",
  );
  const link = await request.post(`/api/cases/${saved.ownerToken}/links`, { data: { kind: "report" } });
  const { url } = (await link.json()) as { url: string };
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Delete this case now" }).click();
  await expect(page).toHaveURL(/\/cases$/);
  await page.goto(`/cases?${new URLSearchParams({ q: unique })}`);
  await expect(page.getByTestId("cases-empty")).toBeVisible();
  expect((await request.get(url)).status()).toBe(404);
});

test("staff: the list and search by keyboard alone; the staff pages pass axe in dark mode", async ({
  page,
}) => {
  await signIn(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/cases");
  await expectNoAxeViolations(page, "cases list (dark)");
  await page.screenshot({ path: "e2e/artifacts/staff-cases-dark.png", fullPage: true });
  await tabAndType(page, page.getByLabel("Search"), "mx-4070n");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=mx-4070n/);
  const firstCase = page.getByTestId("cases-table").getByRole("link").first();
  await tabTo(page, firstCase);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/cases\/[\w-]+$/);
  await expectNoAxeViolations(page, "staff case page (dark)");
  await page.goto("/team");
  await expectNoAxeViolations(page, "team (dark)");
});

test("staff: the founding case from the staff page: customer link, the customer's validation resolves it, copy to ticket", async ({
  page,
  request,
}) => {
  const unique = `SD-flow ${Date.now().toString(36)}`;
  // The agent's failing test, saved as the wizard saves it.
  const initial = await streamProbe(request, {
    host: "127.0.0.1",
    port: fixtureServer("m365-mx").port,
    security: "starttls",
    from: SENDER,
    to: ["someone@contoso.example"],
  });
  const saved = await request.post("/api/cases", {
    data: {
      title: `Sharp MX-4070N scan to email (${unique})`,
      context: { device: "Sharp MX-4070N", failingFunction: "scan to email" },
      runIds: [{ runId: initial.result.runId, kind: "initial" }],
    },
  });
  const { caseId } = (await saved.json()) as { caseId: string };

  await signIn(page);
  await page.goto(`/cases?${new URLSearchParams({ q: unique })}`);
  await expect(page.getByRole("row").filter({ hasText: unique })).toContainText("Open");

  // The staff page makes the customer link.
  await page.getByRole("link", { name: new RegExp(unique) }).click();
  await page.getByRole("button", { name: "Create a customer link" }).click();
  const customerUrl = (await page.getByTestId("new-link-url").textContent())?.trim() ?? "";
  const customerToken = customerUrl.split("/").at(-1) ?? "";
  expect(customerToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

  // The customer runs the recommended settings through their link: it validates the fix.
  const validation = await streamProbe(request, recommendedSubmission());
  expect(validation.result.outcome).toBe("ok");
  const appended = await request.post(`/api/cases/${customerToken}/runs`, {
    data: { runId: validation.result.runId, validatesRunId: initial.result.runId },
  });
  expect(appended.status()).toBe(201);

  await page.goto(`/cases?${new URLSearchParams({ q: unique })}`);
  await expect(page.getByRole("row").filter({ hasText: unique })).toContainText("Resolved");

  // Copy to ticket from the staff page: the reference, the verbatim reply, the cause, a report link.
  await page.goto(`/cases/${caseId}`);
  await page.getByRole("button", { name: "Copy a summary for the ticket" }).click();
  const text = await page.getByTestId("ticket-summary").inputValue();
  expect(text).toMatch(/^SMTP Doctor case SD-\d+: Sharp MX-4070N scan to email/);
  expect(text).toMatch(
    /^ {4}550 5\.7\.1 Service unavailable, Client host \[127\.0\.0\.1\] blocked using Spamhaus/m,
  );
  expect(text).toMatch(/^Root cause: .+/m);
  const reportLink = /(http\S+\/r\/[A-Za-z0-9_-]{43})$/m.exec(text)?.[1] ?? "";
  expect((await request.get(reportLink)).status()).toBe(200);
  await page.getByText(/^Activity \(\d+\)$/).click();
  await expect(page.getByTestId("case-activity")).toContainText(
    "Customer link: Test 2 added (customer): passed",
  );
  await expect(page.getByTestId("case-activity")).toContainText(
    `${ADMIN.name} (${ADMIN.email}): Customer link created`,
  );
  await page.screenshot({ path: "e2e/artifacts/staff-case.png", fullPage: true });
});

test("staff: a signed-in agent's wizard saves to the team's list, with no owner link; the validation resolves it", async ({
  page,
  request,
}) => {
  const unique = `SD-wizard ${Date.now().toString(36)}`;
  await signIn(page);
  await fillFoundingCase(page, fixtureServer("m365-mx").port);
  await page.getByRole("button", { name: "Run the live test" }).click();
  await expect(page.locator('li[data-step="rcpt"]')).toHaveAttribute("data-status", "failed");
  await page.getByLabel("Case title").fill(`Sharp MX-4070N (${unique})`);
  await page.getByRole("button", { name: "Save as a case" }).click();
  const status = page.getByTestId("case-link-status");
  await expect(status).toContainText(/Saved in the case SD-\d+/);
  await expect(status).toContainText("in your team's case list");
  const caseUrl = (await status.getByRole("link", { name: "its page" }).getAttribute("href")) ?? "";
  expect(caseUrl).toMatch(/^\/cases\/[A-Za-z0-9_-]+$/);
  // No capability link was made: nothing in the page or the tab's storage opens the case without a sign-in.
  await expect(status.locator('a[href^="/case/"]')).toHaveCount(0);
  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toMatch(
    /"token":"[A-Za-z0-9_-]{43}"/,
  );
  await page.screenshot({ path: "e2e/artifacts/staff-wizard-saved.png", fullPage: true });

  // The validation in the same wizard is added to the team case.
  await page.getByRole("button", { name: "See corrected settings" }).click();
  await page.getByLabel("Server", { exact: true }).fill("127.0.0.1");
  await page.getByLabel("Port", { exact: true }).fill(String(fixtureServer("m365-submission").port));
  await page.locator("#validate-password").fill("Corr3ct-Horse!");
  await page.getByRole("button", { name: "Run the validation test" }).click();
  await expect(page.getByRole("heading", { name: "The new settings passed through RCPT TO" })).toBeVisible();
  await expect(status).toContainText("2 tests from this page are stored in the case");

  await page.goto(`/cases?${new URLSearchParams({ q: unique })}`);
  const row = page.getByRole("row").filter({ hasText: unique });
  await expect(row).toContainText("Resolved");
  await expect(row).toContainText(ADMIN.name);
  await page.goto(caseUrl);
  await page.getByText(/^Activity \(\d+\)$/).click();
  const activity = page.getByTestId("case-activity");
  await expect(activity).toContainText(
    `${ADMIN.name} (${ADMIN.email}): Case saved from the wizard with 1 test`,
  );
  await expect(activity).toContainText(`${ADMIN.name} (${ADMIN.email}): Test 2 added (validation): passed`);
  await expect(activity).not.toContainText("owner link");

  // "Test again" from the staff page opens the wizard on the case, prefilled with the validated settings.
  await page.getByRole("link", { name: "Test again in the wizard" }).click();
  await expect(page).toHaveURL(new RegExp(`${caseUrl}/test(?:\\?step=settings)?$`));
  await expect(page.getByText(/^Test again · case SD-\d+$/)).toBeVisible();

  // Signed out, neither the staff test page nor the staff run endpoint adds anything.
  const caseId = caseUrl.split("/").at(-1) ?? "";
  const anonymous = await request.post(`/api/staff/cases/${caseId}/runs`, {
    headers: { origin: new URL(page.url()).origin },
    data: { runId: "0123456789ab" },
  });
  expect(anonymous.status()).toBe(401);
  const check = await request.post("/api/network/check", {
    headers: { origin: new URL(page.url()).origin },
    data: { ip: "203.0.113.7", caseId },
  });
  expect(check.status()).toBe(401);
});

test("staff: wrong sign-ins are limited: past the limit every try is refused with a time to wait", async ({
  request,
}) => {
  // 40 per address and per account in 15 minutes in this run (SMTP_DOCTOR_LIMIT_SIGN_IN; 10 by
  // default); this spec's own sign-ins from 127.0.0.1 count against the address too.
  const attempt = () =>
    request.post("/api/staff/sign-in", {
      headers: { origin: "http://127.0.0.1:3100" },
      data: { email: "nobody-limit@helpdesk.example", password: "wrong passphrase" },
    });
  const statuses: number[] = [];
  for (let i = 0; i < 41; i++) statuses.push((await attempt()).status());
  const firstRefusal = statuses.indexOf(429);
  expect(firstRefusal).toBeGreaterThan(0);
  expect(statuses.slice(0, firstRefusal).every((status) => status === 401)).toBe(true);
  expect(statuses.slice(firstRefusal).every((status) => status === 429)).toBe(true);
  const refused = await attempt();
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
});
