import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_SITE_IP } from "./fixtures/dns/e2e-zone";
import { fixtureServer } from "./support/fixture-servers";

test("the visitor's address comes from the socket, not from a client-sent header", async ({ request }) => {
  const response = await request.get("/api/network/visitor", {
    headers: { "x-forwarded-for": "6.6.6.6", "x-real-ip": "7.7.7.7", "x-smtp-doctor-peer": "8.8.8.8" },
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ip: "127.0.0.1", checkable: false });
});

test("the site's IP: Spamhaus PBL listing decoded, cellular PTR hint, not in the domain's SPF", async ({
  request,
}) => {
  const response = await request.post("/api/network/check", {
    data: { ip: E2E_SITE_IP, senderDomain: "contoso.example" },
  });
  expect(response.status()).toBe(200);
  const { site, server } = await response.json();
  expect(site.network.describes).toBe("site");
  expect(site.listed.map((r: { listId: string }) => r.listId)).toEqual(["spamhaus-zen"]);
  expect(site.listed[0].answers[0].sublist).toBe("PBL");
  expect(site.ptr.hint.kind).toBe("cellular");
  expect(site.spf.result).toBe("fail");
  expect(server).toBeNull();
});

test("a private address is not checked", async ({ request }) => {
  const response = await request.post("/api/network/check", { data: { ip: "10.0.0.1" } });
  expect(response.status()).toBe(400);
  expect((await response.json()).error.issues[0].path).toBe("ip");
});

test("wizard: Direct Send accepted from our server, but the site IP is in the PBL → the blocklist is the root cause", async ({
  page,
}) => {
  const accepting = fixtureServer("self-signed");
  await page.goto("/wizard");
  await page.getByRole("button", { name: "Next: mail platform" }).click();
  await page.getByLabel("Sender address").fill("office@contoso.example");
  await page.getByLabel("SMTP server").fill("contoso-example.mail.protection.outlook.com");
  await page.getByRole("button", { name: "Next: current settings" }).click();
  await page.getByLabel("Port", { exact: true }).fill(String(accepting.port));
  await page.getByRole("radio", { name: "Off" }).check();
  await page.getByLabel("Test recipient").fill("someone@contoso.example");
  await page.getByRole("button", { name: "Run the live test" }).click();
  await expect(page.locator('li[data-step="rcpt"]')).toHaveAttribute("data-status", "ok");
  await expect(page.locator("[data-cause]")).not.toHaveAttribute("data-cause", "ip-blocklisted");
  await page.getByLabel("Site's public IP address").fill(E2E_SITE_IP);
  await page.getByRole("button", { name: "Check this IP" }).click();
  await expect(page.locator('tr[data-list="spamhaus-zen"]')).toHaveAttribute("data-status", "listed");
  await expect(page.locator("[data-cause]")).toHaveAttribute("data-cause", "ip-blocklisted");
  await expect(page.locator("[data-cause]")).toContainText("zen.spamhaus.org → 127.0.0.11");
  await page.screenshot({ path: "e2e/artifacts/wizard-site-network.png", fullPage: true });

  // Saved, the case keeps the check: the case page, the report and the PDF all carry the listing.
  await page.getByRole("button", { name: "Save as a case" }).click();
  const ownerUrl = await page.locator('[data-testid="case-link-status"] a').getAttribute("href");
  expect(ownerUrl).toMatch(/^\/case\//);
  await page.goto(ownerUrl ?? "");
  await expect(page.locator('[data-run-kind="initial"] [data-root-cause]')).toHaveAttribute(
    "data-root-cause",
    "ip-blocklisted",
  );
  const check = page.locator('[data-network-check="site"]');
  await expect(check).toContainText("Network check 1 · the site's network (public IP 23.45.67.89)");
  await expect(check).toContainText("Listed by Spamhaus ZEN");
  await page.getByRole("link", { name: "View the report" }).click();
  await expect(page.locator('[data-section="evidence"]')).toContainText(
    "89.67.45.23.zen.spamhaus.org. IN A 127.0.0.11",
  );
  await expect(page.locator('[data-section="findings"] [data-root-cause]')).toContainText(
    "The sending IP address is on a blocklist",
  );
  await expect(page.locator('[data-section="testing"] [data-network-check="site"]')).toContainText("Listed");
  await page.screenshot({ path: "e2e/artifacts/report-site-network.png", fullPage: true });
  const pdfUrl = await page.getByRole("link", { name: "Download PDF" }).getAttribute("href");
  const pdf = await page.request.get(pdfUrl ?? "");
  expect(pdf.status()).toBe(200);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "smtp-doctor-site-")), "report.pdf");
  writeFileSync(file, await pdf.body());
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain("Network check 1");
  expect(text).toContain("IN A 127.0.0.11");
  expect(text).toContain("The sending IP address is on a blocklist");
});
