import assert from "node:assert/strict";
import { Resolver } from "node:dns/promises";
import { after, before, describe, it } from "node:test";
import { type RunningDnsFixture, startDnsFixture } from "../../e2e/fixtures/dns/start-dns-fixture";
import { workingResolverZone } from "../../e2e/fixtures/dns/working-resolver-zone";
import { type RunningFixture, startFixture } from "../../e2e/fixtures/smtp/start-fixture";
import { checkSiteNetwork } from "../network/check-site-network";
import { probeFixture } from "../testing/probe-harness";
import { applySiteNetwork } from "./apply-site-network";
import { diagnoseProbe } from "./diagnose-probe";

const SITE_IP = "23.45.67.89";
const CLEAN_IP = "34.56.78.90";
let dns: RunningDnsFixture;
let accepting: RunningFixture;
let resolver: Resolver;

before(async () => {
  dns = await startDnsFixture({
    ...workingResolverZone,
    // A Direct Send endpoint that (from our server) accepts the recipient.
    "contoso-example.mail.protection.outlook.com": { A: ["127.0.0.1"] },
    "contoso.example": { MX: [{ exchange: "contoso-example.mail.protection.outlook.com", preference: 0 }] },
    "89.67.45.23.zen.spamhaus.org": { A: ["127.0.0.11"] },
  });
  accepting = await startFixture("self-signed");
  resolver = new Resolver({ timeout: 500, tries: 1 });
  resolver.setServers([dns.server]);
});
after(async () => {
  await accepting.close();
  await dns.close();
});

describe("the site's network in the diagnosis", () => {
  it("Direct Send accepted from our server, but the site IP is in the PBL: the root cause is the blocklist", async () => {
    const result = await probeFixture(
      { host: "contoso-example.mail.protection.outlook.com", port: accepting.port },
      { dnsServer: dns.server },
    );
    assert.notEqual(result.outcome, "failed");
    const site = await checkSiteNetwork(resolver, {
      ip: SITE_IP,
      describes: "site",
      senderDomain: "contoso.example",
    });
    const diagnosis = applySiteNetwork(diagnoseProbe(result), result, site);
    assert.equal(diagnosis.rootCause.id, "ip-blocklisted");
    assert.match(diagnosis.rootCause.evidence.reply, /89\.67\.45\.23\.zen\.spamhaus\.org → 127\.0\.0\.11/);
    assert.match(diagnosis.rootCause.evidence.reply, /PBL/);
    assert.match(diagnosis.rootCause.explanation, /public IP 23\.45\.67\.89/);
  });

  it("a clean site IP leaves the diagnosis alone", async () => {
    const result = await probeFixture(
      { host: "contoso-example.mail.protection.outlook.com", port: accepting.port },
      { dnsServer: dns.server },
    );
    const site = await checkSiteNetwork(resolver, {
      ip: CLEAN_IP,
      describes: "site",
      senderDomain: "contoso.example",
    });
    const before = diagnoseProbe(result);
    assert.deepEqual(applySiteNetwork(before, result, site), before);
  });

  it("a site IP the lists could not be asked about is an open question, never a clean bill", async () => {
    const result = await probeFixture(
      { host: "contoso-example.mail.protection.outlook.com", port: accepting.port },
      { dnsServer: dns.server },
    );
    // A resolver that answers NXDOMAIN for everything: "not listed" everywhere, before.
    const broken = await startDnsFixture({}, 0, "nxdomain");
    try {
      const brokenResolver = new Resolver({ timeout: 500, tries: 1 });
      brokenResolver.setServers([broken.server]);
      const site = await checkSiteNetwork(brokenResolver, {
        ip: SITE_IP,
        describes: "site",
        senderDomain: "contoso.example",
      });
      const before = diagnoseProbe(result);
      const after = applySiteNetwork(before, result, site);
      assert.equal(after.rootCause.id, before.rootCause.id, "no listing is invented either");
      const finding = after.findings.find((f) => f.id === "site-blocklist-not-checked");
      assert.equal(finding?.severity, "warning");
      assert.match(finding?.title ?? "", /could not be checked against Spamhaus ZEN/);
      assert.match(finding?.detail ?? "", /NXDOMAIN/);
      assert.match(finding?.detail ?? "", /check\.spamhaus\.org/);
    } finally {
      await broken.close();
    }
  });

  it("authenticated submission is not judged by the site IP, listed or not", async () => {
    const sub = await startFixture("m365-submission", { mode: "good" });
    try {
      const result = await probeFixture({
        port: sub.port,
        credentials: { kind: "password", username: "office@contoso.example", password: "Corr3ct-Horse!" },
      });
      const site = await checkSiteNetwork(resolver, {
        ip: SITE_IP,
        describes: "site",
        senderDomain: "contoso.example",
      });
      const before = diagnoseProbe(result);
      assert.equal(applySiteNetwork(before, result, site).rootCause.id, before.rootCause.id);
    } finally {
      await sub.close();
    }
  });
});
