import assert from "node:assert/strict";
import { Resolver } from "node:dns/promises";
import { after, before, describe, test } from "node:test";
import Database from "better-sqlite3";
import { startDnsFixture } from "../../e2e/fixtures/dns/start-dns-fixture";
import { checkSiteNetwork } from "../network/check-site-network";
import type { SiteNetworkReport } from "../network/site-network-schema";
import { renderReportPdf } from "../pdf/render-report-pdf";
import { pdfPages } from "../pdf/testing/read-pdf";
import type { Case, Run, SiteCheck } from "./case-schemas";
import type { CaseStore } from "./case-store";
import { buildReportModel } from "./report-model";
import { openSqliteCaseStore } from "./sqlite-case-store";
import { sampleNewRun } from "./testing/sample-run";
import { listedSiteReport } from "./testing/site-report";
import { tempDatabase } from "./testing/temp-store";

/**
 * A site check through a resolver that answers NXDOMAIN for everything used to be four "✓ Not
 * listed": the report, the PDF and stored checks must now read "could not check", and a check
 * stored before the lists' test entries were asked must not pass for a verified one.
 */

const SITE_IP = "23.45.67.89";
const database = tempDatabase();
let store: CaseStore;
let theCase: Case;
let runs: Run[];
let unchecked: SiteNetworkReport;

before(async () => {
  const dns = await startDnsFixture({}, 0, "nxdomain");
  try {
    const resolver = new Resolver({ timeout: 300, tries: 1 });
    resolver.setServers([dns.server]);
    unchecked = await checkSiteNetwork(resolver, {
      ip: SITE_IP,
      describes: "site",
      senderDomain: "contoso.example",
    });
  } finally {
    await dns.close();
  }
  store = openSqliteCaseStore({ file: database.file });
  theCase = await store.createCase({ title: "site behind a broken resolver" });
  await store.appendRun(theCase.id, sampleNewRun("a"));
  runs = await store.listRuns(theCase.id);
});
after(async () => {
  await store.close();
  database.cleanup();
});

describe("a site check that could not ask the lists", () => {
  test("the report says so, and keeps the lookup step open", async () => {
    await store.appendSiteCheck(theCase.id, { report: unchecked });
    const checks = await store.listSiteChecks(theCase.id);
    const model = buildReportModel(theCase, runs, { viewer: "report", siteChecks: checks });
    const [view] = model.testing.networkChecks;
    assert.deepEqual(
      view?.lists.map((list) => list.result),
      ["Could not check", "Could not check", "Could not check", "Could not check"],
    );
    assert.match(view?.lists[0]?.detail ?? "", /NXDOMAIN for the list's test entry 127\.0\.0\.2/);
    assert.match(view?.lists[0]?.answer ?? "", /^2\.0\.0\.127\.zen\.spamhaus\.org\. NXDOMAIN/);
    assert.match(
      view?.rows.find((row) => row.label === "Blocklists")?.value ?? "",
      /^Could not check any blocklist/,
    );
    assert.match(view?.rows.find((row) => row.label === "Reverse DNS (PTR)")?.value ?? "", /could not check/);
    assert.match(
      view?.rows.find((row) => row.label === "SPF of contoso.example")?.value ?? "",
      /^could not check/,
    );
    const overview = model.overview.paragraphs.join(" ");
    assert.match(overview, /could not be checked against any blocklist/);
    assert.doesNotMatch(overview, /none of the/);
    assert.ok(
      model.nextSteps.some((step) =>
        /^Spamhaus ZEN .* could not be checked .*check\.spamhaus\.org/.test(step),
      ),
      model.nextSteps.join("\n"),
    );

    const text = (await pdfPages(await renderReportPdf(model))).join("\n").replace(/\s+/g, " ");
    assert.ok(text.includes("Could not check"));
    assert.ok(!text.includes("Not listed"), "no clean bill in the PDF");
  });

  test("a check stored before the test entries were asked reads back unverified, not 'not listed'", async () => {
    const listed = await listedSiteReport();
    const check = await store.appendSiteCheck(theCase.id, { report: listed });
    // The shape such a check was stored in: no lookups, no cause.
    const legacy = (result: SiteNetworkReport["dnsbl"][number]) => {
      const { lookups: _lookups, cause: _cause, ...rest } = result;
      return { ...rest, delistUrl: result.status === "listed" ? result.delistUrl : null };
    };
    const raw = new Database(database.file);
    const body = JSON.parse(
      raw.prepare("SELECT body FROM site_checks WHERE id = ?").pluck().get(check.id) as string,
    );
    body.report.dnsbl = listed.dnsbl.map(legacy);
    body.report.listed = listed.listed.map(legacy);
    body.report.couldNotCheck = [];
    raw.prepare("UPDATE site_checks SET body = ? WHERE id = ?").run(JSON.stringify(body), check.id);
    raw.close();

    const reread = (await store.listSiteChecks(theCase.id)).find((c: SiteCheck) => c.id === check.id);
    const byList = new Map(reread?.report.dnsbl.map((r) => [r.listId, r]));
    assert.equal(byList.get("spamhaus-zen")?.status, "listed", "a listing keeps its answer");
    assert.equal(byList.get("spamhaus-zen")?.cause, null);
    for (const id of ["barracuda", "spamcop", "psbl"]) {
      assert.equal(byList.get(id)?.status, "could-not-check");
      assert.equal(byList.get(id)?.cause, "unverified");
    }
    assert.deepEqual(
      reread?.report.couldNotCheck.map((r) => r.listId),
      ["barracuda", "spamcop", "psbl"],
    );
  });
});
