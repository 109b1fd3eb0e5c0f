import assert from "node:assert/strict";
import { Resolver } from "node:dns/promises";
import { after, before, describe, test } from "node:test";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { E2E_SITE_IP, e2eZone } from "../../e2e/fixtures/dns/e2e-zone";
import { type RunningDnsFixture, startDnsFixture } from "../../e2e/fixtures/dns/start-dns-fixture";
import { checkSiteNetwork } from "../../lib/network/check-site-network";
import { SiteNetworkReportView } from "./site-network-report-view";

/** The live panel's table: "✓ Not listed" only for a list that answered its test entries. */

const fixtures: RunningDnsFixture[] = [];
after(() => Promise.all(fixtures.map((dns) => dns.close())));

async function viewThrough(mode: "zone" | "nxdomain" | "servfail"): Promise<string> {
  const dns = await startDnsFixture(e2eZone, 0, mode);
  fixtures.push(dns);
  const resolver = new Resolver({ timeout: 300, tries: 1 });
  resolver.setServers([dns.server]);
  const report = await checkSiteNetwork(
    resolver,
    { ip: E2E_SITE_IP, describes: "site", senderDomain: "contoso.example" },
    { timeoutMs: 600 },
  );
  return renderToStaticMarkup(createElement(SiteNetworkReportView, { report }));
}

let working: string;
before(async () => {
  working = await viewThrough("zone");
});

describe("SiteNetworkReportView", () => {
  test("a working resolver: the PBL listing, and three lists not listed", () => {
    assert.match(working, /data-list="spamhaus-zen" data-status="listed"/);
    assert.equal(working.match(/✓/g)?.length, 3);
    assert.match(working, /Listed by Spamhaus ZEN/);
  });

  for (const mode of ["nxdomain", "servfail"] as const) {
    test(`a resolver answering ${mode.toUpperCase()} to everything: no ✓ anywhere, every list says why`, async () => {
      const html = await viewThrough(mode);
      assert.doesNotMatch(html, /✓|Not listed/);
      assert.equal(html.match(/data-status="could-not-check"/g)?.length, 4);
      assert.match(html, /Could not check any blocklist/);
      assert.match(html, new RegExp(`2\\.0\\.0\\.127\\.zen\\.spamhaus\\.org\\. ${mode.toUpperCase()}`));
      assert.match(html, /Look the IP up on the list&#x27;s site/);
    });
  }
});
