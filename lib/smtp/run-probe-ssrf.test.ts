import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type RunningDnsFixture, startDnsFixture } from "../../e2e/fixtures/dns/start-dns-fixture";
import { type RunningFixture, startFixture } from "../../e2e/fixtures/smtp/start-fixture";
import { probeFixture, stage, statusLine } from "../testing/probe-harness";
import { policyFromEnv } from "./target-policy";

let dns: RunningDnsFixture;
let mx: RunningFixture;

before(async () => {
  dns = await startDnsFixture({
    "private.example": { A: ["10.0.0.5"] },
    "metadata.example": { A: ["169.254.169.254"] },
    "mixed.example": { A: ["52.96.0.1", "192.168.1.1"] },
    "mapped.example": { AAAA: ["::ffff:127.0.0.1"] },
    "loopback.example": { A: ["127.0.0.1"] },
    "rebind.example": { sequence: [{ A: ["127.0.0.1"] }, { A: ["10.9.9.9"] }] },
    "broken.example": { fail: "servfail" },
    "contoso.example": { MX: [{ exchange: "contoso-example.mail.protection.outlook.com", preference: 0 }] },
  });
  mx = await startFixture("m365-mx");
});
after(async () => {
  await mx.close();
  await dns.close();
});

const publicOnly = { policy: policyFromEnv({}) };

describe("SSRF gate inside the probe: nothing opens a socket to a refused target", () => {
  const blockedNames = ["private.example", "metadata.example", "mixed.example", "mapped.example"];
  for (const host of blockedNames) {
    it(`${host} resolves to a non-public address: guard refuses, connect never runs`, async () => {
      const result = await probeFixture({ host, port: 25 }, { dnsServer: dns.server, ...publicOnly });
      assert.equal(stage(result, "guard").status, "failed");
      assert.equal(stage(result, "guard").error?.code, "EBLOCKED");
      assert.equal(stage(result, "connect").status, "skipped");
    });
  }

  it("a loopback literal is refused without the operator setting", async () => {
    const received = mx.received.length;
    const result = await probeFixture({ host: "127.0.0.1", port: mx.port }, publicOnly);
    assert.equal(stage(result, "guard").error?.code, "EBLOCKED");
    assert.equal(mx.received.length, received, "the fixture saw nothing");
  });

  it("a public address on a non-SMTP port is refused before any socket", async () => {
    const result = await probeFixture(
      { host: "52.96.0.1", port: 443 },
      { dnsServer: dns.server, ...publicOnly },
    );
    assert.match(stage(result, "guard").summary, /port 443/);
    assert.equal(stage(result, "connect").status, "skipped");
  });

  it("DNS rebinding: the name is resolved once and the socket goes to that validated address", async () => {
    const result = await probeFixture({ host: "rebind.example", port: mx.port }, { dnsServer: dns.server });
    assert.equal(stage(result, "connect").facts.remoteAddress, "127.0.0.1");
    assert.equal(dns.queries.get("rebind.example A"), 1, "resolved exactly once");
    assert.equal(stage(result, "rcpt").reply?.code, 550, statusLine(result));
  });

  it("records the sender domain's MX for provider detection", async () => {
    const result = await probeFixture({ host: "loopback.example", port: mx.port }, { dnsServer: dns.server });
    assert.deepEqual(stage(result, "resolve").facts.senderMx, [
      { exchange: "contoso-example.mail.protection.outlook.com", priority: 0 },
    ]);
    assert.deepEqual(stage(result, "resolve").facts.addresses, ["127.0.0.1"]);
  });

  it("a name that does not exist: ENOTFOUND at resolve", async () => {
    const result = await probeFixture({ host: "nope.example", port: 25 }, { dnsServer: dns.server });
    assert.equal(stage(result, "resolve").error?.code, "ENOTFOUND");
    assert.equal(stage(result, "guard").status, "skipped");
  });

  it("a DNS server failure: EDNS at resolve", async () => {
    const result = await probeFixture({ host: "broken.example", port: 25 }, { dnsServer: dns.server });
    assert.equal(stage(result, "resolve").error?.code, "EDNS");
  });
});
