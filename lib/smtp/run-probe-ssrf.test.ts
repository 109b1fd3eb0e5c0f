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
    "compatible.example": { AAAA: ["::7f00:1"] },
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

  for (const host of ["::7f00:1", "::a9fe:a9fe", "::c0a8:101"]) {
    it(`the IPv4-compatible literal ${host} (::/96) is refused before any socket`, async () => {
      const result = await probeFixture({ host, port: 25 }, publicOnly);
      assert.equal(stage(result, "guard").error?.code, "EBLOCKED", statusLine(result));
      assert.equal(stage(result, "connect").status, "skipped");
    });
  }

  it("a name resolving to ::7f00:1 is not the 127.0.0.1 an operator range allows", async () => {
    // The resolver spells it ::127.0.0.1, which ipaddr.js alone reads as ::ffff:127.0.0.1.
    const result = await probeFixture(
      { host: "compatible.example", port: mx.port },
      { dnsServer: dns.server },
    );
    assert.equal(stage(result, "guard").error?.code, "EBLOCKED", statusLine(result));
    assert.match(stage(result, "guard").summary, /ipv4Compatible/);
    assert.equal(stage(result, "connect").status, "skipped");
  });

  it("the address the socket reached must pass the guard too, not only the one it was given", async () => {
    // An operator range that admits 0.0.0.0 but not loopback: Linux connects 0.0.0.0 to 127.0.0.1.
    const received = mx.received.length;
    const result = await probeFixture(
      { host: "0.0.0.0", port: mx.port },
      { policy: policyFromEnv({ SMTP_DOCTOR_ALLOW_TARGETS: "0.0.0.0/32" }) },
    );
    assert.equal(stage(result, "guard").status, "ok");
    assert.equal(stage(result, "connect").error?.code, "EBLOCKED", statusLine(result));
    assert.match(stage(result, "connect").summary, /127\.0\.0\.1 is a loopback address/);
    assert.equal(stage(result, "greeting").status, "skipped");
    assert.equal(mx.received.length, received, "no SMTP command reached the fixture");
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

  it("the sender domain's MX lookup runs beside the session: the connection does not wait for it", async () => {
    let answerMx: (mx: { exchange: string; priority: number }[]) => void = () => {};
    const events: string[] = [];
    const resolver = {
      resolve4: async () => ["127.0.0.1"],
      resolve6: async () => [],
      resolveMx: () =>
        new Promise<{ exchange: string; priority: number }[]>((resolve) => {
          answerMx = (mx) => {
            events.push("mx answered");
            resolve(mx);
          };
        }),
    };
    const result = await probeFixture(
      { host: "loopback.example", port: mx.port },
      {
        resolver,
        onEvent: (event) => {
          if (event.type !== "stage-end") return;
          events.push(`${event.stage.name} ${event.stage.status}`);
          // The MX answers only once the session has reached RCPT: had the probe waited for it
          // before connecting, this run would never get here and would fail on its deadline.
          if (event.stage.name === "rcpt") answerMx([{ exchange: "mx.contoso.example", priority: 10 }]);
        },
      },
    );
    assert.notEqual(stage(result, "rcpt").status, "skipped", statusLine(result));
    assert.ok(events.indexOf("connect ok") < events.indexOf("mx answered"), events.join(", "));
    assert.deepEqual(stage(result, "resolve").facts.senderMx, [
      { exchange: "mx.contoso.example", priority: 10 },
    ]);
    assert.equal(stage(result, "resolve").facts.senderMxError, null);
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
