import assert from "node:assert/strict";
import { Resolver } from "node:dns/promises";
import { after, describe, it } from "node:test";
import {
  type DnsFixtureMode,
  type DnsZone,
  type RunningDnsFixture,
  startDnsFixture,
} from "../../e2e/fixtures/dns/start-dns-fixture";
import { workingResolverZone } from "../../e2e/fixtures/dns/working-resolver-zone";
import { checkDnsbl } from "./check-dnsbl";
import { checkPtr } from "./check-ptr";
import { checkSiteNetwork } from "./check-site-network";
import { checkSpf } from "./check-spf";
import type { SiteNetworkReport } from "./site-network-schema";

/**
 * "Not listed" only when we know: with a resolver that does not reach the lists (NXDOMAIN for
 * everything, SERVFAIL, REFUSED, silence, Spamhaus's refusal codes), no list may come back
 * "not listed", and a missing PTR or SPF record may not be claimed either.
 */

// The founding case's site (Spamhaus PBL) and a clean address, as in the e2e zone.
const SITE_IP = "23.45.67.89";
const CLEAN_IP = "34.56.78.90";
const SITE_QUERY = "89.67.45.23.zen.spamhaus.org";

const siteZone: DnsZone = {
  [SITE_QUERY]: { A: ["127.0.0.11"] },
  "89.67.45.23.in-addr.arpa": { PTR: ["89.sub-23-45-67.myvzw.com"] },
  "89.sub-23-45-67.myvzw.com": { A: [SITE_IP] },
  "contoso.example": {
    TXT: ["v=spf1 include:spf.protection.outlook.com -all"],
    MX: [{ exchange: "contoso-example.mail.protection.outlook.com", preference: 0 }],
  },
  "spf.protection.outlook.com": { TXT: ["v=spf1 ip4:40.92.0.0/15 ip4:52.100.0.0/14 -all"] },
};

const running: RunningDnsFixture[] = [];
after(() => Promise.all(running.map((dns) => dns.close())));

async function resolverFor(zone: DnsZone, mode: DnsFixtureMode = "zone") {
  const dns = await startDnsFixture(zone, 0, mode);
  running.push(dns);
  const resolver = new Resolver({ timeout: 200, tries: 1 });
  resolver.setServers([dns.server]);
  return { dns, resolver };
}

const fast = { timeoutMs: 400 };

async function siteCheck(
  mode: DnsFixtureMode,
): Promise<{ report: SiteNetworkReport; dns: RunningDnsFixture }> {
  const { dns, resolver } = await resolverFor({ ...workingResolverZone, ...siteZone }, mode);
  const report = await checkSiteNetwork(
    resolver,
    { ip: SITE_IP, describes: "site", senderDomain: "contoso.example" },
    fast,
  );
  return { report, dns };
}

/** No clean bill anywhere in the report. */
function assertNothingClaimed(report: SiteNetworkReport) {
  assert.deepEqual(
    report.dnsbl.map((r) => r.status),
    ["could-not-check", "could-not-check", "could-not-check", "could-not-check"],
  );
  assert.equal(report.couldNotCheck.length, 4);
  assert.equal(report.listed.length, 0);
  assert.equal(report.ptr.status, "could-not-check");
  assert.equal(report.spf?.result, "temperror");
}

describe("a resolver that fails every question", () => {
  it("NXDOMAIN for everything: the lists' test entries are missing, so nothing is 'not listed'", async () => {
    const { report, dns } = await siteCheck("nxdomain");
    assertNothingClaimed(report);
    for (const result of report.dnsbl) {
      assert.equal(result.cause, "test-entry-missing");
      assert.match(result.reason ?? "", /NXDOMAIN/);
      assert.match(result.reason ?? "", /test entry 127\.0\.0\.2/);
    }
    assert.equal(
      dns.queries.get(`${SITE_QUERY} A`),
      undefined,
      "the site's IP is not asked of a list that failed",
    );
    assert.match(report.ptr.reason ?? "", /NXDOMAIN/);
    assert.match(report.ptr.reason ?? "", /in-addr\.arpa/);
    assert.match(report.spf?.reason ?? "", /NXDOMAIN/);
  });

  it("SERVFAIL: could not check, and the reason says SERVFAIL", async () => {
    const { report } = await siteCheck("servfail");
    assertNothingClaimed(report);
    for (const result of report.dnsbl) {
      assert.equal(result.cause, "servfail");
      assert.match(result.reason ?? "", /SERVFAIL/);
    }
    assert.match(report.ptr.reason ?? "", /SERVFAIL/);
    assert.match(report.spf?.reason ?? "", /SERVFAIL/);
  });

  it("REFUSED: could not check, and the reason says the resolver refused", async () => {
    const { report } = await siteCheck("refused");
    assertNothingClaimed(report);
    for (const result of report.dnsbl) {
      assert.equal(result.cause, "refused");
      assert.match(result.reason ?? "", /REFUSED/);
    }
    assert.match(report.ptr.reason ?? "", /REFUSED/);
    assert.match(report.spf?.reason ?? "", /REFUSED/);
  });

  it("no answer at all: could not check, within the time limit", async () => {
    const started = Date.now();
    const { report } = await siteCheck("timeout");
    assertNothingClaimed(report);
    for (const result of report.dnsbl) {
      assert.equal(result.cause, "timeout");
      assert.match(result.reason ?? "", /no answer/);
    }
    assert.match(report.ptr.reason ?? "", /no answer/);
    assert.match(report.spf?.reason ?? "", /no answer/);
    assert.ok(Date.now() - started < 3_000, "bounded by the timeouts, not the resolver's retries");
  });
});

describe("blocklists: the test entries are asked first, with the same resolver", () => {
  it("Spamhaus refuses a public resolver (127.255.255.254): could not check, with the code; other lists still answer", async () => {
    const { "2.0.0.127.zen.spamhaus.org": _zenTest, ...rest } = workingResolverZone;
    const { dns, resolver } = await resolverFor({
      ...rest,
      ...siteZone,
      "*.zen.spamhaus.org": { A: ["127.255.255.254"] },
    });
    const results = await checkDnsbl(resolver, SITE_IP, fast);
    const zen = results.find((r) => r.listId === "spamhaus-zen");
    assert.equal(zen?.status, "could-not-check");
    assert.equal(zen?.cause, "list-refused");
    assert.match(zen?.reason ?? "", /127\.255\.255\.254/);
    assert.match(zen?.reason ?? "", /public or open resolver/);
    assert.equal(dns.queries.get(`${SITE_QUERY} A`), undefined);
    assert.ok(results.filter((r) => r.listId !== "spamhaus-zen").every((r) => r.status === "not-listed"));
  });

  it("a list that answers 'listed' for 127.0.0.1 (shut down, listing the world) is not believed", async () => {
    const { resolver } = await resolverFor({
      ...workingResolverZone,
      "*.bl.spamcop.net": { A: ["127.0.0.2"] },
    });
    const spamcop = (await checkDnsbl(resolver, CLEAN_IP, fast)).find((r) => r.listId === "spamcop");
    assert.equal(spamcop?.status, "could-not-check");
    assert.equal(spamcop?.cause, "test-entry-listed");
    assert.match(spamcop?.reason ?? "", /127\.0\.0\.1/);
  });

  it("a resolver that redirects unknown names to a web server is not read as a listing", async () => {
    const { resolver } = await resolverFor({
      ...workingResolverZone,
      "*.psbl.surriel.com": { A: ["198.51.100.1"] },
    });
    const psbl = (await checkDnsbl(resolver, CLEAN_IP, fast)).find((r) => r.listId === "psbl");
    assert.equal(psbl?.status, "could-not-check");
    assert.equal(psbl?.cause, "not-a-list-answer");
    assert.match(psbl?.reason ?? "", /198\.51\.100\.1/);
  });

  it("a list whose own answer for the IP fails is 'could not check', after its test entries answered", async () => {
    const { resolver } = await resolverFor({
      ...workingResolverZone,
      "90.78.56.34.b.barracudacentral.org": { fail: "servfail" },
    });
    const results = await checkDnsbl(resolver, CLEAN_IP, fast);
    const barracuda = results.find((r) => r.listId === "barracuda");
    assert.equal(barracuda?.status, "could-not-check");
    assert.equal(barracuda?.cause, "servfail");
    assert.match(barracuda?.reason ?? "", /90\.78\.56\.34\.b\.barracudacentral\.org/);
  });

  it("'not listed' carries its proof: the test entries' answers, then the IP's NXDOMAIN", async () => {
    const { resolver } = await resolverFor({ ...workingResolverZone });
    const spamcop = (await checkDnsbl(resolver, CLEAN_IP, fast)).find((r) => r.listId === "spamcop");
    assert.equal(spamcop?.status, "not-listed");
    assert.equal(spamcop?.cause, null);
    assert.deepEqual(spamcop?.lookups, [
      { role: "test-listed", query: "2.0.0.127.bl.spamcop.net", answer: "IN A 127.0.0.2" },
      { role: "test-unlisted", query: "1.0.0.127.bl.spamcop.net", answer: "NXDOMAIN" },
      { role: "ip", query: "90.78.56.34.bl.spamcop.net", answer: "NXDOMAIN" },
    ]);
  });

  it("the Spamhaus DQS key never appears in what is kept", async () => {
    const { dns, resolver } = await resolverFor({
      ...workingResolverZone,
      "2.0.0.127.secretkey123.zen.dq.spamhaus.net": { A: ["127.0.0.2"] },
    });
    const zen = (await checkDnsbl(resolver, CLEAN_IP, { ...fast, spamhausDqsKey: "secretkey123" })).find(
      (r) => r.listId === "spamhaus-zen",
    );
    assert.equal(zen?.status, "not-listed");
    assert.ok(dns.queries.has("90.78.56.34.secretkey123.zen.dq.spamhaus.net A"));
    assert.doesNotMatch(JSON.stringify(zen), /secretkey123/);
  });
});

describe("PTR and SPF: no record vs no answer", () => {
  it("no PTR from a working resolver is 'missing'; a forward lookup that fails is not a mismatch", async () => {
    const { resolver } = await resolverFor({
      ...workingResolverZone,
      "90.78.56.34.in-addr.arpa": { PTR: ["mail.contoso.example"] },
      "mail.contoso.example": { fail: "servfail" },
    });
    assert.equal((await checkPtr(resolver, "198.51.100.200", 400)).status, "missing");
    const ptr = await checkPtr(resolver, CLEAN_IP, 400);
    assert.equal(ptr.status, "could-not-check");
    assert.deepEqual(ptr.names, ["mail.contoso.example"]);
    assert.match(ptr.reason ?? "", /SERVFAIL/);
  });

  it("SPF: an include that does not answer is temperror, naming the lookup", async () => {
    const { resolver } = await resolverFor({
      ...workingResolverZone,
      "contoso.example": { TXT: ["v=spf1 include:spf.protection.outlook.com -all"] },
      "spf.protection.outlook.com": { fail: "servfail" },
    });
    const spf = await checkSpf(resolver, "contoso.example", SITE_IP, 400);
    assert.equal(spf.result, "temperror");
    assert.match(spf.reason ?? "", /spf\.protection\.outlook\.com/);
    assert.match(spf.reason ?? "", /SERVFAIL/);
  });

  it("SPF: no record from a working resolver is 'none'", async () => {
    const { resolver } = await resolverFor({ ...workingResolverZone });
    const spf = await checkSpf(resolver, "nope.example", SITE_IP, 400);
    assert.equal(spf.result, "none");
    assert.equal(spf.reason, null);
  });
});
