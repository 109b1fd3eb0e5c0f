import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startFixture } from "../../e2e/fixtures/smtp/start-fixture";
import type { CaseStore } from "../reports/case-store";
import { REPORT_SECTIONS } from "../reports/report-labels";
import { buildReportModel } from "../reports/report-model";
import type { ReportModel } from "../reports/report-model-types";
import { openSqliteCaseStore } from "../reports/sqlite-case-store";
import { FOUNDING_PASSWORD, FOUNDING_USERNAME, recordFoundingCase } from "../reports/testing/founding-case";
import { sampleNewRun } from "../reports/testing/sample-run";
import { tempDatabase } from "../reports/testing/temp-store";
import { sampleDeviceCapture, TLS10_HELLO } from "../sink/testing/sample-capture";
import { secretNeedles } from "../smtp/redact-secrets";
import { probeFixture } from "../testing/probe-harness";
import { PAGE_MARGIN } from "./pdf-styles";
import { renderReportPdf } from "./render-report-pdf";
import { pdfInfo, pdfPagePng, pdfPages, pdfWordBoxes } from "./testing/read-pdf";

const database = tempDatabase();
let store: CaseStore;
let owner: ReportModel;
let ownerPdf: Buffer;
let sharedPdf: Buffer;
let spamhausReply = "";
let founding: Awaited<ReturnType<typeof recordFoundingCase>>;
before(async () => {
  store = openSqliteCaseStore({ file: database.file });
  founding = await recordFoundingCase(store);
  const { theCase, runs } = founding;
  spamhausReply = runs[0]?.result.stages.find((stage) => stage.name === "rcpt")?.reply?.lines[0] ?? "";
  owner = buildReportModel(theCase, runs, { viewer: "owner", secrets: [FOUNDING_PASSWORD] });
  ownerPdf = await renderReportPdf(owner);
  sharedPdf = await renderReportPdf(
    buildReportModel(theCase, runs, { viewer: "report", secrets: [FOUNDING_PASSWORD] }),
  );
});
after(async () => {
  await store.close();
  database.cleanup();
});

/** pdftotext puts wrapped lines on separate lines; readers see one text. */
const flat = (pages: string[]) => pages.join("\n").replace(/\s+/g, " ");

describe("renderReportPdf on the founding case", () => {
  test("is a PDF with a title, metadata and 'Page X of Y' on every page", async () => {
    assert.equal(ownerPdf.subarray(0, 5).toString(), "%PDF-");
    const info = await pdfInfo(ownerPdf);
    assert.equal(info.Title, `SMTP diagnostic report: ${owner.title}`);
    assert.equal(info.Author, "SMTP Doctor");
    assert.match(info.Subject ?? "", /^SMTP delivery diagnosis: .*\(case [\w-]+\)$/);
    const pages = await pdfPages(ownerPdf);
    assert.equal(Number(info.Pages), pages.length);
    assert.ok(pages.length >= 2);
    // The founding case with its validation fits on four pages (issue 14), transcripts included.
    assert.ok(pages.length <= 4, `${pages.length} pages`);
    pages.forEach((page, index) => {
      assert.ok(page.includes(`Page ${index + 1} of ${pages.length}`), `footer on page ${index + 1}`);
    });
  });

  test("has every section heading, the verbatim Spamhaus reply and the recommended settings", async () => {
    const pages = await pdfPages(ownerPdf);
    const lines = new Set(pages.join("\n").split("\n"));
    // "Observed symptoms" is the web report's: in the PDF the first test's stage table says it.
    for (const { id, heading } of REPORT_SECTIONS)
      assert.equal(lines.has(heading), id !== "symptoms" && id !== "device", `heading "${heading}"`);
    const text = flat(pages);
    assert.match(
      spamhausReply,
      /^550 5\.7\.1 Service unavailable, Client host \[127\.0\.0\.1\] blocked using Spamhaus/,
    );
    assert.ok(text.includes(spamhausReply), "the reply, verbatim, as selectable text");
    for (const expected of ["smtp.office365.com", "Submission port (465 is not supported)", "Recommended"]) {
      assert.ok(text.includes(expected), expected);
    }
    assert.ok(text.includes("Passed every stage through RCPT TO"), "the validation");
    assert.ok(text.includes("235 2.7.0 Authentication successful"), "the appendix transcript");
  });

  test("never contains the password; a report link shows no username or recipient", async () => {
    for (const pdf of [ownerPdf, sharedPdf]) {
      const text = (await pdfPages(pdf)).join("\n");
      for (const needle of secretNeedles(FOUNDING_PASSWORD))
        assert.equal(text.includes(needle), false, needle);
      assert.equal(ownerPdf.includes(FOUNDING_PASSWORD), false, "not in metadata either");
    }
    const shared = flat(await pdfPages(sharedPdf));
    assert.equal(shared.includes(FOUNDING_USERNAME), false);
    assert.equal(shared.includes("someone@contoso.example"), false);
    assert.ok(shared.includes("o***e@contoso.example"));
    assert.ok(flat(await pdfPages(ownerPdf)).includes(FOUNDING_USERNAME), "the owner sees it");
  });

  test("no heading ends a page, and a validation run's stages are printed once", async () => {
    const pages = await pdfPages(ownerPdf);
    const headings = new Set([
      ...REPORT_SECTIONS.map((section) => section.heading),
      ...owner.testing.runs.map((run) => run.label),
      "Other possible causes",
      "Before and after",
    ]);
    pages.forEach((page, index) => {
      const lines = page
        .split("\n")
        .map((line) => line.trim())
        .filter(
          (line) => line !== "" && !line.startsWith("SMTP Doctor ·") && !/^Page \d+ of \d+$/.test(line),
        );
      const last = lines.at(-1) ?? "";
      assert.equal(
        [...headings].some((heading) => last.startsWith(heading)),
        false,
        `page ${index + 1} ends with a heading: "${last}"`,
      );
    });
    const validationRun = owner.validation?.runs[0];
    assert.ok(validationRun, "the founding case has a validation");
    const text = flat(pages);
    assert.equal(text.split(`${validationRun.label} · ${validationRun.startedAt}`).length - 1, 1);
    assert.ok(text.includes(`${validationRun.label}, stage by stage: see "Diagnostic testing performed".`));
  });

  test("every word stays between the page margins", async () => {
    const boxes = await pdfWordBoxes(ownerPdf);
    assert.ok(boxes.length > 500, "the boxes were read");
    const outside = boxes.filter(
      (box) => box.xMin < PAGE_MARGIN - 1 || box.xMax > box.pageWidth - PAGE_MARGIN + 1,
    );
    assert.deepEqual(outside, []);
  });

  test("page 1 renders to an image", async () => {
    const png = await pdfPagePng(ownerPdf, 1, process.env.SMTP_DOCTOR_PDF_PREVIEW);
    assert.equal(png.subarray(1, 4).toString(), "PNG");
    assert.ok(png.length > 20_000, "a page with content, not a blank one");
  });
});

describe("renderReportPdf with hostile and oversized server text", () => {
  test("markup, ANSI escapes and bidi overrides are shown as inert text", async () => {
    const fixture = await startFixture("hostile-banner");
    try {
      const result = await probeFixture({ port: fixture.port, security: "none" });
      const hostile = await store.createCase({ title: "Hostile <b>server</b>" });
      const network = { describes: "server", label: "SMTP Doctor server" } as const;
      const run = await store.appendRun(hostile.id, { kind: "initial", result, network });
      const text = flat(
        await pdfPages(await renderReportPdf(buildReportModel(hostile, [run], { viewer: "owner" }))),
      );
      assert.ok(text.includes('<script>alert("pwned")</script>'));
      assert.ok(text.includes("\\x1B[31mRED\\x1B[0m"));
      assert.ok(text.includes("\\u202Egnp.exe"));
      assert.ok(text.includes("Hostile <b>server</b>"));
      assert.equal(
        text.includes("\u001b") || text.includes("\u202e"),
        false,
        "no live control or bidi characters",
      );
    } finally {
      await fixture.close();
    }
  });

  test("long unbroken lines are wrapped or cut inside the page", async () => {
    const token = `https://example.test/${"x".repeat(2_400)}`;
    const input = sampleNewRun();
    const rcpt = input.result.stages.find((stage) => stage.name === "rcpt");
    if (rcpt?.reply) rcpt.reply.lines = [`550 5.7.1 ${token}`];
    input.result.transcript.push({ t: 90, dir: "server", line: `550 5.7.1 ${token}` });
    const connect = input.result.stages.find((stage) => stage.name === "connect");
    if (connect) connect.summary = `Connected via ${"y".repeat(300)}`;
    const long = await store.createCase({ title: `Long ${"z".repeat(150)}` });
    const run = await store.appendRun(long.id, input);
    const pdf = await renderReportPdf(buildReportModel(long, [run], { viewer: "owner" }));
    const boxes = await pdfWordBoxes(pdf);
    const outside = boxes.filter(
      (box) => box.xMin < PAGE_MARGIN - 1 || box.xMax > box.pageWidth - PAGE_MARGIN + 1,
    );
    assert.deepEqual(outside.slice(0, 3), [], "every word stays between the margins");
    assert.match(flat(await pdfPages(pdf)), /more characters cut\]/);
  });
});

test("a captured device gets its section: IP, EHLO, TLS offered and what it means; masked on a report link", async () => {
  const device = [
    {
      at: "2026-11-30T10:00:00.000Z",
      capture: sampleDeviceCapture({ clientHello: TLS10_HELLO, message: null, answer: null }),
      findings: [],
    },
  ];
  const model = buildReportModel(founding.theCase, founding.runs, { viewer: "report", device });
  const text = (await pdfPages(await renderReportPdf(model))).join("\n");
  for (const expected of ["What the device did", "203.0.113.7", "SHARP-MX4070N", "TLS 1.0", "AUTH LOGIN"])
    assert.ok(text.includes(expected), expected);
  assert.equal(text.includes("office@contoso.example"), false, "addresses masked for a report link");
});
