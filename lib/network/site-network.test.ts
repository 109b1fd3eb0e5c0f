import assert from "node:assert/strict";
import { Resolver } from "node:dns/promises";
import { after, before, describe, it } from "node:test";
import { type RunningDnsFixture, startDnsFixture } from "../../e2e/fixtures/dns/start-dns-fixture";
import { workingResolverZone } from "../../e2e/fixtures/dns/working-resolver-zone";
import { checkDnsbl, reverseForDnsbl } from "./check-dnsbl";
import { checkPtr, ptrHint } from "./check-ptr";
import { checkSiteNetwork, isCheckableIp } from "./check-site-network";
import { checkSpf } from "./check-spf";

let dns: RunningDnsFixture;
let resolver: Resolver;

// Documentation addresses (RFC 5737) stand in for a site's public IP.
const PBL_ONLY = "203.0.113.5";
const SBL_XBL = "203.0.113.66";
const CLEAN = "198.51.100.20";
const REFUSED = "198.51.100.77";
const SLOW = "198.51.100.99";

before(async () => {
  dns = await startDnsFixture({
    ...workingResolverZone,
    "5.113.0.203.zen.spamhaus.org": { A: ["127.0.0.11"] },
    "66.113.0.203.zen.spamhaus.org": { A: ["127.0.0.2", "127.0.0.4"] },
    "66.113.0.203.b.barracudacentral.org": { A: ["127.0.0.2"] },
    "77.100.51.198.zen.spamhaus.org": { A: ["127.255.255.254"] },
    "99.100.51.198.zen.spamhaus.org": { fail: "timeout" },
    "99.100.51.198.b.barracudacentral.org": { fail: "servfail" },
    "5.113.0.203.in-addr.arpa": { PTR: ["5.sub-203-0-113.myvzw.com"] },
    "5.sub-203-0-113.myvzw.com": { A: ["203.0.113.5"] },
    "20.100.51.198.in-addr.arpa": { PTR: ["mail.contoso.example"] },
    "mail.contoso.example": { A: ["198.51.100.21"] },
    "contoso.example": {
      TXT: ["v=spf1 include:spf.protection.outlook.com ip4:198.51.100.0/28 -all"],
      MX: [{ exchange: "contoso-example.mail.protection.outlook.com", preference: 0 }],
    },
    "spf.protection.outlook.com": { TXT: ["v=spf1 ip4:40.92.0.0/15 ip4:52.100.0.0/14 -all"] },
    "softfail.example": { TXT: ["v=spf1 mx ~all"] },
    "loop.example": { TXT: ["v=spf1 include:loop.example -all"] },
  });
  resolver = new Resolver({ timeout: 300, tries: 1 });
  resolver.setServers([dns.server]);
});
after(() => dns.close());

const fast = { timeoutMs: 1_000 };

describe("DNSBL", () => {
  it("reverses IPv4 and IPv6 the way lists expect", () => {
    assert.equal(reverseForDnsbl("203.0.113.5"), "5.113.0.203");
    assert.equal(reverseForDnsbl("2001:db8::1")?.split(".").length, 32);
    assert.equal(reverseForDnsbl("not-an-ip"), null);
  });

  it("listed in the PBL only: Spamhaus listed with the PBL meaning, others clean", async () => {
    const results = await checkDnsbl(resolver, PBL_ONLY, fast);
    const zen = results.find((r) => r.listId === "spamhaus-zen");
    assert.equal(zen?.status, "listed");
    assert.equal(zen?.answers[0]?.sublist, "PBL");
    assert.match(zen?.answers[0]?.meaning ?? "", /residential, cellular or dynamic/);
    assert.ok(results.filter((r) => r.listId !== "spamhaus-zen").every((r) => r.status === "not-listed"));
  });

  it("listed in SBL and XBL: both decoded, Barracuda too", async () => {
    const results = await checkDnsbl(resolver, SBL_XBL, fast);
    const zen = results.find((r) => r.listId === "spamhaus-zen");
    assert.deepEqual(
      zen?.answers.map((a) => a.sublist),
      ["SBL", "XBL"],
    );
    assert.equal(results.find((r) => r.listId === "barracuda")?.status, "listed");
  });

  it("not listed anywhere", async () => {
    const results = await checkDnsbl(resolver, CLEAN, fast);
    assert.ok(results.every((r) => r.status === "not-listed"));
  });

  it("a refused query (127.255.255.254) is 'could not check', never 'listed'", async () => {
    const zen = (await checkDnsbl(resolver, REFUSED, fast)).find((r) => r.listId === "spamhaus-zen");
    assert.equal(zen?.status, "could-not-check");
    assert.match(zen?.reason ?? "", /public or open resolver/);
  });

  it("a timeout or SERVFAIL is 'could not check'", async () => {
    const results = await checkDnsbl(resolver, SLOW, { timeoutMs: 400 });
    assert.equal(results.find((r) => r.listId === "spamhaus-zen")?.status, "could-not-check");
    assert.equal(results.find((r) => r.listId === "barracuda")?.status, "could-not-check");
  });

  it("IPv6: lists that only cover IPv4 say so", async () => {
    const results = await checkDnsbl(resolver, "2001:db8::5", fast);
    assert.equal(results.find((r) => r.listId === "barracuda")?.reason, "this list only covers IPv4");
    assert.equal(results.find((r) => r.listId === "spamhaus-zen")?.status, "not-listed");
  });
});

describe("PTR / forward-confirmed reverse DNS", () => {
  it("a confirmed PTR with a cellular hint", async () => {
    const ptr = await checkPtr(resolver, PBL_ONLY);
    assert.equal(ptr.status, "ok");
    assert.equal(ptr.forwardConfirmed, true);
    assert.equal(ptr.hint?.kind, "cellular");
  });

  it("PTR missing", async () => {
    const ptr = await checkPtr(resolver, "198.51.100.200");
    assert.equal(ptr.status, "missing");
  });

  it("PTR that does not resolve back: mismatch", async () => {
    const ptr = await checkPtr(resolver, CLEAN);
    assert.equal(ptr.status, "mismatch");
    assert.deepEqual(ptr.names, ["mail.contoso.example"]);
  });

  it("hints from ISP wording, labelled as hints", () => {
    assert.equal(ptrHint("pool-71-105-2-3.nycmny.fios.verizon.net")?.kind, "residential-or-dynamic");
    assert.equal(ptrHint("mail.contoso.com")?.kind, "static-business");
    assert.equal(ptrHint("host.example.net"), null);
  });
});

describe("SPF", () => {
  it("an IP inside the record's own range passes", async () => {
    const spf = await checkSpf(resolver, "contoso.example", "198.51.100.5");
    assert.equal(spf.result, "pass");
    assert.equal(spf.record, "v=spf1 include:spf.protection.outlook.com ip4:198.51.100.0/28 -all");
  });

  it("an IP authorised through the Microsoft 365 include passes, and the include is reported", async () => {
    const spf = await checkSpf(resolver, "contoso.example", "40.93.1.1");
    assert.equal(spf.result, "pass");
    assert.deepEqual(spf.includes, ["spf.protection.outlook.com"]);
  });

  it("the site IP not in the record: fail (by -all), with the record as evidence", async () => {
    const spf = await checkSpf(resolver, "contoso.example", PBL_ONLY);
    assert.equal(spf.result, "fail");
    assert.match(spf.record ?? "", /-all$/);
  });

  it("no record: none; a loop: permerror by the lookup limit", async () => {
    assert.equal((await checkSpf(resolver, "nope.example", CLEAN)).result, "none");
    const loop = await checkSpf(resolver, "loop.example", CLEAN);
    assert.equal(loop.result, "permerror");
    assert.match(loop.reason ?? "", /Too many DNS requests/);
  });

  it("softfail when only the MX may send", async () => {
    assert.equal((await checkSpf(resolver, "softfail.example", CLEAN)).result, "softfail");
  });
});

describe("checkSiteNetwork", () => {
  it("the founding case's site: PBL-listed cellular IP, not in the domain's SPF, MX at Microsoft 365", async () => {
    const report = await checkSiteNetwork(resolver, {
      ip: PBL_ONLY,
      describes: "site",
      senderDomain: "contoso.example",
    });
    assert.equal(report.network.describes, "site");
    assert.match(report.network.label, /site's network \(public IP 203\.0\.113\.5\)/);
    assert.deepEqual(
      report.listed.map((r) => r.listId),
      ["spamhaus-zen"],
    );
    assert.equal(report.ptr.hint?.kind, "cellular");
    assert.equal(report.spf?.result, "fail");
    assert.equal(report.senderMx[0]?.exchange, "contoso-example.mail.protection.outlook.com");
  });

  it("a clean server IP: nothing listed, labelled as our server", async () => {
    const report = await checkSiteNetwork(resolver, { ip: CLEAN, describes: "server" });
    assert.equal(report.listed.length, 0);
    assert.match(report.network.label, /SMTP Doctor's server/);
    assert.equal(report.spf, null);
  });

  it("only public unicast addresses are worth checking", () => {
    assert.equal(isCheckableIp("203.0.113.5"), false, "documentation range is reserved");
    assert.equal(isCheckableIp("10.0.0.1"), false);
    assert.equal(isCheckableIp("52.96.0.1"), true);
    assert.equal(isCheckableIp("nonsense"), false);
  });
});
