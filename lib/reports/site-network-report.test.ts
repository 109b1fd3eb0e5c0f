import assert from "node:assert/strict";
import { Resolver } from "node:dns/promises";
import { after, before, describe, test } from "node:test";
import { E2E_SITE_IP, e2eZone } from "../../e2e/fixtures/dns/e2e-zone";
import { type RunningDnsFixture, startDnsFixture } from "../../e2e/fixtures/dns/start-dns-fixture";
import { startFixture } from "../../e2e/fixtures/smtp/start-fixture";
import { causeById } from "../diagnosis/causes";
import { diagnoseProbe } from "../diagnosis/diagnose-probe";
import { checkSiteNetwork } from "../network/check-site-network";
import { renderReportPdf } from "../pdf/render-report-pdf";
import { pdfPagePng, pdfPages } from "../pdf/testing/read-pdf";
import { probeFixture } from "../testing/probe-harness";
import type { Case, Run, SiteCheck } from "./case-schemas";
import type { CaseStore } from "./case-store";
import { buildReportModel } from "./report-model";
import { openSqliteCaseStore } from "./sqlite-case-store";
import { tempDatabase } from "./testing/temp-store";

/**
 * The founding case without a probe refusal: Direct Send to the tenant's MX gets through from our
 * server, but the site's public IP is in the Spamhaus PBL. The saved case, its report and its PDF
 * must still name the blocklist as the root cause, with the DNSBL's own answer as evidence.
 */

const DNS_ANSWER = "89.67.45.23.zen.spamhaus.org. IN A 127.0.0.11";
const database = tempDatabase();
let dns: RunningDnsFixture;
let store: CaseStore;
let theCase: Case;
let runs: Run[];
let checks: SiteCheck[];

before(async () => {
  dns = await startDnsFixture(e2eZone);
  const accepting = await startFixture("self-signed");
  try {
    const result = await probeFixture(
      { host: "contoso-example.mail.protection.outlook.com", port: accepting.port },
      { dnsServer: dns.server },
    );
    assert.equal(result.outcome === "failed", false, "our server's probe is accepted");
    const resolver = new Resolver({ timeout: 500, tries: 1 });
    resolver.setServers([dns.server]);
    const site = await checkSiteNetwork(resolver, {
      ip: E2E_SITE_IP,
      describes: "site",
      senderDomain: "contoso.example",
    });
    store = openSqliteCaseStore({ file: database.file });
    const created = await store.createCase({
      title: "Direct Send from a cellular site",
      context: { device: "Sharp MX-4070N", failingFunction: "scan to email", provider: "microsoft-365" },
    });
    // Stored as the probe diagnosed it, before anyone looked at the site.
    const run = await store.appendRun(created.id, {
      kind: "initial",
      result,
      diagnosis: diagnoseProbe(result, { provider: "microsoft-365", today: "2026-11-28" }),
      network: { describes: "server", label: "SMTP Doctor's server" },
    });
    await store.appendSiteCheck(created.id, { runId: run.id, report: site });
    theCase = (await store.getCase(created.id)) as Case;
    runs = await store.listRuns(created.id);
    checks = await store.listSiteChecks(created.id);
  } finally {
    await accepting.close();
  }
});
after(async () => {
  await store.close();
  await dns.close();
  database.cleanup();
});

describe("a saved case with a listed site IP", () => {
  test("the stored probe diagnosis alone does not blame the blocklist", () => {
    assert.notEqual(runs[0]?.diagnosis?.rootCause.id, "ip-blocklisted");
    const without = buildReportModel(theCase, runs, { viewer: "owner" });
    assert.notEqual(without.findings.rootCause?.title, causeById("ip-blocklisted").title);
    assert.ok(without.nextSteps.some((step) => step.startsWith("Check the site's public IP")));
  });

  test("with the site check, the report names the listing as root cause, with the DNS answer as evidence", () => {
    const model = buildReportModel(theCase, runs, { viewer: "report", siteChecks: checks });
    assert.equal(model.findings.rootCause?.title, causeById("ip-blocklisted").title);
    assert.match(model.findings.rootCause?.explanation ?? "", /public IP 23\.45\.67\.89/);
    const evidence = model.evidence.items.find((item) => item.stage === "Blocklist (DNSBL)");
    assert.deepEqual(evidence?.lines, [DNS_ANSWER]);
    assert.match(
      evidence?.heading ?? "",
      /^Network check 1 .*Spamhaus ZEN .* answered for the site's network \(public IP 23\.45\.67\.89\):$/,
    );
    assert.match(evidence?.confirms.join(" ") ?? "", /PBL/);
    const [check] = model.testing.networkChecks;
    assert.equal(check?.describes, "site");
    const zen = check?.lists.find((list) => list.list.startsWith("Spamhaus ZEN"));
    assert.equal(zen?.result, "Listed");
    assert.equal(zen?.answer, DNS_ANSWER);
    assert.match(
      check?.rows.find((row) => row.label === "Network type")?.value ?? "",
      /^hint from the name, not a verdict: looks cellular/,
    );
    assert.match(check?.rows.find((row) => row.label === "SPF of contoso.example")?.value ?? "", /^fail/);
    assert.equal(model.environment.rows.find((row) => row.label === "Site public IP")?.value, E2E_SITE_IP);
    assert.ok(model.overview.paragraphs.some((p) => p.includes("is listed by Spamhaus ZEN")));
    assert.equal(
      model.nextSteps.some((step) => step.startsWith("Check the site's public IP")),
      false,
    );
  });

  test("the PDF carries the check, the DNS answer and the root cause", async () => {
    const pdf = await renderReportPdf(
      buildReportModel(theCase, runs, { viewer: "report", siteChecks: checks }),
    );
    const text = (await pdfPages(pdf)).join("\n").replace(/\s+/g, " ");
    if (process.env.DUMP_PDF) (await import("node:fs")).writeFileSync(process.env.DUMP_PDF, pdf);
    assert.ok(text.includes(DNS_ANSWER), "the DNSBL answer verbatim");
    assert.ok(text.includes("Network check 1"));
    assert.ok(text.includes(causeById("ip-blocklisted").title));
    assert.ok(text.includes("the site's network (public IP 23.45.67.89)"));
    assert.ok((await pdfPagePng(pdf, 1)).length > 10_000, "page 1 renders");
  });
});
