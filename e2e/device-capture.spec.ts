import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import Database from "better-sqlite3";
import SMTPConnection from "nodemailer/lib/smtp-connection";
import { pdfPages } from "../lib/pdf/testing/read-pdf";
import { scanMessage } from "../lib/sink/testing/sample-capture";
import { expectNoAxeViolations } from "./support/axe";
import { E2E_SINK_PORT, e2eRunDir } from "./support/e2e-run-dir";
import { saveFoundingCase } from "./support/founding-case";

/**
 * The device capture as a technician uses it: started on the case page, typed into a copier (here
 * nodemailer speaking like one: a device-like EHLO name, STARTTLS capped at one TLS version, AUTH
 * LOGIN, a small scan), and what the device did shown on the case page as it arrives.
 */

const SCAN = scanMessage(42, "Sharp MX-4070N <office@contoso.example>");
const ATTACHMENT_TRACE = Buffer.alloc(48, 42).toString("base64");

async function sendLikeACopier(
  port: number,
  secure: boolean,
  tlsVersion: "TLSv1" | "TLSv1.2",
  user: string,
  pass: string,
) {
  const connection = new SMTPConnection({
    host: "127.0.0.1",
    port,
    secure,
    requireTLS: !secure,
    name: "SHARP-MX4070N",
    tls: {
      rejectUnauthorized: false,
      minVersion: tlsVersion,
      maxVersion: tlsVersion,
      ciphers: "DEFAULT:@SECLEVEL=0",
    },
  });
  const step = <T>(fn: (cb: (err: Error | null, value?: T) => void) => void) =>
    new Promise<T>((resolve, reject) => fn((err, value) => (err ? reject(err) : resolve(value as T))));
  try {
    await step<void>((cb) => connection.connect(() => cb(null)));
    await step<boolean | undefined>((cb) => connection.login({ user, pass, method: "LOGIN" }, cb));
    await step((cb) =>
      connection.send({ from: "office@contoso.example", to: ["office@contoso.example"] }, SCAN, cb),
    );
  } finally {
    connection.close();
  }
}

/** Starts a capture from the owner page (optionally refusing), and reads the settings it shows. */
async function startCapture(page: Page, ownerUrl: string, refuse = false) {
  await page.goto(ownerUrl);
  const panel = page.getByTestId("device-capture");
  if (refuse) {
    await panel
      .getByLabel("Refuse the scan as the failing server did, to see the device show the error")
      .check();
  }
  await panel.getByRole("button", { name: "Start a device capture (60 minutes)" }).click();
  const settings = page.getByTestId("capture-settings");
  const dd = settings.locator("dd");
  return {
    settings,
    server: (await dd.nth(0).textContent())?.trim() ?? "",
    user: (await dd.nth(3).textContent())?.trim() ?? "",
    pass: (await page.getByTestId("capture-password").textContent())?.trim() ?? "",
  };
}

test("a TLS 1.0 copier captured for the founding case: IP, EHLO, TLS offered, sign-in and From on the case page; unable to reach Microsoft 365; no body kept", async ({
  page,
  request,
}) => {
  const saved = await saveFoundingCase(request, { title: "Sharp MX-4070N (device capture)" });
  const { settings, server, user, pass } = await startCapture(page, saved.ownerUrl);
  await expect(settings).toContainText(String(E2E_SINK_PORT));
  expect(server).toBe("127.0.0.1");
  expect(user).toMatch(/^sd-[0-9a-f]{10}$/);

  await sendLikeACopier(E2E_SINK_PORT, false, "TLSv1", user, pass);

  const session = page.locator("[data-device-session]").first();
  await expect(session).toBeVisible({ timeout: 15_000 });
  await expect(session).toContainText("127.0.0.1");
  await expect(session).toContainText("SHARP-MX4070N");
  await expect(session).toContainText("STARTTLS; offered TLS 1.0");
  await expect(session).toContainText("AUTH LOGIN");
  await expect(session).toContainText("From: Sharp MX-4070N <office@contoso.example>");
  await expect(session.locator('[data-finding="device-tls-below-provider-minimum"]')).toContainText(
    "Microsoft 365 refuses it",
  );
  // A device on the sink's own network has no public address to look up, and is told so.
  await expect(session.locator("[data-site-ip]")).toHaveAttribute("data-site-ip", "not-public");
  await page.screenshot({ path: "e2e/artifacts/device-capture.png", fullPage: true });
  await expectNoAxeViolations(page, "case page with a device capture");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page, "case page with a device capture (dark)");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "e2e/artifacts/device-capture-phone-dark.png", fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });
  await session.screenshot({ path: "e2e/artifacts/device-capture-session-1366-dark.png" });
  await page.emulateMedia({ colorScheme: "light" });
  await session.screenshot({ path: "e2e/artifacts/device-capture-session-1366.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await session.screenshot({ path: "e2e/artifacts/device-capture-session-phone.png" });
  await page.setViewportSize({ width: 1280, height: 900 });

  // A TLS 1.2 device on the implicit-TLS port: seen as such, with nothing against its TLS.
  await sendLikeACopier(E2E_SINK_PORT + 1, true, "TLSv1.2", user, pass);
  await expect(page.locator("[data-device-session]")).toHaveCount(2, { timeout: 15_000 });
  const second = page.locator("[data-device-session]").nth(1);
  await expect(second).toContainText("implicit TLS; offered TLS 1.2");
  await expect(second.locator("[data-finding]")).toHaveCount(0);

  // The report and its PDF gain "What the device did".
  await page.getByRole("link", { name: "View the report" }).click();
  const device = page.locator('[data-section="device"]');
  await expect(device).toContainText("SHARP-MX4070N");
  await expect(device).toContainText("TLS 1.0");
  await expect(device).toContainText("Microsoft 365 refuses it");
  await device.screenshot({ path: "e2e/artifacts/report-device.png" });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 390, height: 844 });
  await device.screenshot({ path: "e2e/artifacts/report-device-phone-dark.png" });
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 900 });
  const pdf = await request.get(`/api/cases/${saved.ownerToken}/pdf`);
  expect(pdf.status()).toBe(200);
  const pdfText = (await pdfPages(Buffer.from(await pdf.body()))).join("\n");
  for (const expected of [
    "What the device did",
    "127.0.0.1",
    "SHARP-MX4070N",
    "TLS 1.0",
    "AUTH LOGIN",
    "office@contoso.example",
  ])
    expect(pdfText).toContain(expected);

  // Headers and size only: nothing of the scan itself is in the database.
  const db = new Database(path.join(e2eRunDir(), "data", "smtp-doctor.db"), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    const bodies = db.prepare("SELECT body FROM device_sessions").pluck().all() as string[];
    expect(bodies.length).toBeGreaterThanOrEqual(2);
    for (const body of bodies) expect(body).not.toContain(ATTACHMENT_TRACE);
    const secrets = db.prepare("SELECT secret_hash FROM device_captures").pluck().all() as string[];
    for (const hash of secrets) expect(hash).not.toBe(pass);
  } finally {
    db.close();
  }
});

test("a capture that refuses: the device is answered with the failing server's own reply, and the case shows what it was told", async ({
  page,
  request,
}) => {
  const saved = await saveFoundingCase(request, { title: "Sharp MX-4070N (refusing capture)" });
  const { user, pass } = await startCapture(page, saved.ownerUrl, true);

  // The founding case's server refused every recipient with Spamhaus's 550 5.7.1: the device meets
  // the same words at the end of its message (its own log would show them), and nothing is delivered.
  const refused = await sendLikeACopier(E2E_SINK_PORT, false, "TLSv1.2", user, pass).then(
    () => null,
    (error: Error & { responseCode?: number }) => error,
  );
  expect(refused?.responseCode).toBe(550);
  expect(refused?.message).toContain("blocked using Spamhaus");
  const session = page.locator("[data-device-session]").first();
  await expect(session).toBeVisible({ timeout: 15_000 });
  await expect(session).toContainText("550 5.7.1 Service unavailable, Client host");
});

test("staff capture routes answer only a signed-in session from this site", async ({ request, baseURL }) => {
  const url = "/api/staff/cases/no-such-case/captures";
  // From another site (or none): refused before anything else.
  expect((await request.get(url)).status()).toBe(403);
  // From this site, signed out: asked to sign in.
  const headers = { origin: baseURL ?? "" };
  expect((await request.get(url, { headers })).status()).toBe(401);
  expect((await request.post(url, { headers, data: {} })).status()).toBe(401);
});

test("the customer's link starts a capture too, for IT staff at the site", async ({
  page,
  request,
  baseURL,
}) => {
  const saved = await saveFoundingCase(request, {
    title: "Sharp MX-4070N (capture from the customer's link)",
  });
  const link = await request.post(`/api/cases/${saved.ownerToken}/links`, { data: { kind: "customer" } });
  await page.goto(new URL((await link.json()).url as string, baseURL).toString());
  const details = page.getByTestId("customer-device-capture");
  await details.getByText("IT staff: let SMTP Doctor see what the device itself sends").click();
  await details.getByRole("button", { name: "Start a device capture (60 minutes)" }).click();
  await expect(details.getByTestId("capture-settings")).toContainText(String(E2E_SINK_PORT));
  await expect(details.getByTestId("capture-password")).toHaveText(/^[A-Za-z0-9]{4}(?:-[A-Za-z0-9]{4}){3}$/);
  await expectNoAxeViolations(page, "customer page with a device capture");
  await page.setViewportSize({ width: 390, height: 844 });
  await details.screenshot({ path: "e2e/artifacts/customer-device-capture-phone.png" });
});
