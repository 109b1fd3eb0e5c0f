import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { collectConsoleErrors } from "./support/console-errors";
import { fixtureServer } from "./support/fixture-servers";

const PASSWORD = "Corr3ct-Horse!";
const SENDER = "office@contoso.example";

type StreamResult = {
  type: "result";
  result: { runId: string; outcome: string; failedStage: string | null };
};

/** Runs one live test through the streaming API and returns its last line (the result and diagnosis). */
async function streamProbe(
  request: APIRequestContext,
  probe: Record<string, unknown>,
): Promise<StreamResult> {
  const response = await request.post("/api/probe/stream", { data: { probe, context: {} } });
  expect(response.status()).toBe(200);
  const lines = (await response.text()).trim().split("\n");
  const last = JSON.parse(lines.at(-1) ?? "null") as StreamResult;
  expect(last.type).toBe("result");
  return last;
}

/** The founding case saved as a case: the Spamhaus failure, then the validated fix. */
async function saveFoundingCase(request: APIRequestContext) {
  const initial = await streamProbe(request, {
    host: "127.0.0.1",
    port: fixtureServer("m365-mx").port,
    security: "starttls",
    from: SENDER,
    to: ["someone@contoso.example"],
  });
  expect(initial.result.outcome).toBe("failed");
  expect(initial.result.failedStage).toBe("rcpt");
  const validation = await streamProbe(request, {
    host: "127.0.0.1",
    port: fixtureServer("m365-submission").port,
    security: "starttls",
    credentials: { kind: "password", username: SENDER, password: PASSWORD },
    from: SENDER,
    to: ["someone@contoso.example"],
  });
  expect(validation.result.outcome).toBe("ok");

  const response = await request.post("/api/cases", {
    data: {
      title: "Sharp MX-4070N scan to email",
      context: { device: "Sharp MX-4070N", failingFunction: "scan to email" },
      runIds: [
        { runId: initial.result.runId, kind: "initial" },
        { runId: validation.result.runId, kind: "validation", validatesRunId: initial.result.runId },
      ],
    },
  });
  expect(response.status()).toBe(201);
  expectShareHeaders(response);
  const saved = (await response.json()) as { caseId: string; ownerToken: string; ownerUrl: string };
  expect(saved.ownerUrl).toBe(`/case/${saved.ownerToken}`);
  return saved;
}

function expectShareHeaders(response: { headers(): Record<string, string> } | null) {
  if (response === null) throw new Error("no response");
  const headers = response.headers();
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-robots-tag"]).toBe("noindex");
  expect(headers["cache-control"]).toContain("no-store");
}

test("cases: save the founding case, share a report link, download the PDF", async ({
  page,
  browser,
  request,
}) => {
  const consoleErrors = collectConsoleErrors(page);
  const saved = await saveFoundingCase(request);

  const ownerPage = await page.goto(saved.ownerUrl);
  expect(ownerPage?.status()).toBe(200);
  expectShareHeaders(ownerPage);
  await expect(page.getByRole("heading", { level: 1, name: "Sharp MX-4070N scan to email" })).toBeVisible();
  await expect(page.locator('[data-run-kind="initial"]')).toContainText("Failed at RCPT TO");
  await expect(page.locator('[data-run-kind="validation"]')).toContainText("OK");
  await page.getByRole("button", { name: "Create a report link" }).click();
  const url = (await page.getByTestId("new-link-url").textContent())?.trim() ?? "";
  expect(url).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);
  await expect(page.locator('tr[data-link-kind="report"]')).toHaveCount(1);
  await page.screenshot({ path: "e2e/artifacts/case-owner.png", fullPage: true });

  // Someone else, with only the report link.
  const other = await browser.newContext();
  const viewer = await other.newPage();
  const viewerErrors = collectConsoleErrors(viewer);
  const reportResponse = await viewer.goto(url);
  expect(reportResponse?.status()).toBe(200);
  expectShareHeaders(reportResponse);
  await expect(viewer.locator('[data-section="evidence"]')).toContainText("blocked using Spamhaus");
  await expect(viewer.locator("article[data-viewer]")).toHaveAttribute("data-viewer", "report");
  await expect(viewer.locator("body")).not.toContainText(PASSWORD);
  await viewer.screenshot({ path: "e2e/artifacts/case-report.png", fullPage: true });

  const [download] = await Promise.all([
    viewer.waitForEvent("download"),
    viewer.getByRole("link", { name: "Download PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`smtp-doctor-report-${saved.caseId}.pdf`);
  const dir = mkdtempSync(path.join(tmpdir(), "smtp-doctor-pdf-"));
  const file = path.join(dir, "report.pdf");
  await download.saveAs(file);
  const pdfText = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  expect(pdfText).toContain("blocked using Spamhaus");
  expect(pdfText).not.toContain(PASSWORD);

  // The same PDF straight from the API, with its headers.
  const token = url.split("/").at(-1) ?? "";
  const pdf = await request.get(`/api/report/${token}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toBe(
    `attachment; filename="smtp-doctor-report-${saved.caseId}.pdf"`,
  );
  expectShareHeaders(pdf);
  const bytes = await pdf.body();
  expect(bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
  writeFileSync(path.join(dir, "api.pdf"), bytes);
  expect(bytes.toString("latin1")).not.toContain(PASSWORD);

  expect(consoleErrors).toEqual([]);
  expect(viewerErrors).toEqual([]);
  await other.close();
});

test("cases: revoked links answer 410, unknown tokens 404, and kinds do not cross", async ({
  page,
  request,
}) => {
  const saved = await saveFoundingCase(request);
  const created = await request.post(`/api/cases/${saved.ownerToken}/links`, { data: { kind: "report" } });
  expect(created.status()).toBe(201);
  expectShareHeaders(created);
  const link = (await created.json()) as { token: string; url: string; expiresAt: string };
  expect(link.url).toBe(`/r/${link.token}`);

  // A report token cannot create links or open the owner page.
  expect((await request.post(`/api/cases/${link.token}/links`, { data: { kind: "report" } })).status()).toBe(
    404,
  );
  expect((await page.goto(`/case/${link.token}`))?.status()).toBe(404);

  const ownerPage = await page.goto(saved.ownerUrl);
  expect(ownerPage?.status()).toBe(200);
  const linkId = await page.locator('tr[data-link-kind="report"]').getAttribute("data-link-id");
  await page.getByRole("button", { name: "Revoke report (read-only) link" }).click();
  await expect(page.locator(`tr[data-link-id="${linkId}"] [data-link-status]`)).toContainText("Revoked");

  const revokedPdf = await request.get(`/api/report/${link.token}/pdf`);
  expect(revokedPdf.status()).toBe(410);
  expectShareHeaders(revokedPdf);
  const revokedPage = await page.goto(link.url);
  expect(revokedPage?.status()).toBe(410);
  await expect(page.getByRole("heading", { name: "This link has expired or been revoked." })).toBeVisible();
  expectShareHeaders(revokedPage);
  await page.screenshot({ path: "e2e/artifacts/case-link-revoked.png", fullPage: true });

  // Well-formed (43 base64url characters, canonical) but never issued.
  const random = "A".repeat(43);
  for (const token of [random, "not-a-token"]) {
    expect((await request.get(`/api/report/${token}/pdf`)).status()).toBe(404);
    expect((await page.goto(`/r/${token}`))?.status()).toBe(404);
    expect((await page.goto(`/case/${token}`))?.status()).toBe(404);
  }
  expect((await request.delete(`/api/cases/${saved.ownerToken}/links/no-such-link`)).status()).toBe(404);

  // Runs must be ones this server made.
  const forged = await request.post("/api/cases", {
    data: { title: "Forged", runIds: [{ runId: "made-up-run-id", kind: "initial" }] },
  });
  expect(forged.status()).toBe(400);
});
