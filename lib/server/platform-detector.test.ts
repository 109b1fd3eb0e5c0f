import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { type DnsZone, startDnsFixture } from "../../e2e/fixtures/dns/start-dns-fixture";
import { PlatformDetector } from "./platform-detector";
import { RateLimitedError } from "./probe-limiter";

const zone: DnsZone = {
  "contoso.example": {
    MX: [{ exchange: "contoso-example.mail.protection.outlook.com", preference: 0 }],
    ttl: 300,
  },
  "fabrikam.example": { MX: [{ exchange: "aspmx.l.google.com", preference: 1 }], ttl: 40 },
  "tailspin.example": { MX: [{ exchange: "mx.tailspin.example", preference: 10 }] },
};
const dns = await startDnsFixture(zone);
after(() => dns.close());

/** A detector on the fixture resolver with a clock the test moves. */
function detector(options: { perMinute?: number; maxEntries?: number } = {}) {
  const clock = { now: 1_000_000 };
  const d = new PlatformDetector({ servers: [dns.server], now: () => clock.now, ...options });
  return { d, clock };
}
const asked = (name: string) => dns.queries.get(`${name} MX`) ?? 0;
const sender = (domain: string) => ({ server: "", sender: `office@${domain}` });

describe("GET /api/platform's detector", () => {
  it("detects the platform from the sender domain's MX", async () => {
    const { d } = detector();
    const found = await d.detect("198.51.100.7", sender("contoso.example"));
    assert.equal(found.providerId, "microsoft-365");
    assert.match(found.evidence[0] ?? "", /contoso-example\.mail\.protection\.outlook\.com/);
  });

  it("answers repeated questions from a cache, for as long as the record's TTL", async () => {
    const { d, clock } = detector();
    const before = { contoso: asked("contoso.example"), fabrikam: asked("fabrikam.example") };
    for (let i = 0; i < 5; i++) {
      await d.detect(`198.51.100.${i}`, sender("contoso.example"));
      await d.detect(`198.51.100.${i}`, sender("FABRIKAM.example"));
    }
    assert.equal(asked("contoso.example") - before.contoso, 1);
    assert.equal(asked("fabrikam.example") - before.fabrikam, 1);
    clock.now += 41_000; // past fabrikam's 40 s, inside contoso's 300 s
    assert.equal((await d.detect("203.0.113.1", sender("fabrikam.example"))).providerId, "google-workspace");
    await d.detect("203.0.113.1", sender("contoso.example"));
    assert.equal(asked("fabrikam.example") - before.fabrikam, 2);
    assert.equal(asked("contoso.example") - before.contoso, 1);
  });

  it("keeps a bounded number of answers (the oldest go first)", async () => {
    const { d } = detector({ maxEntries: 2 });
    const before = asked("tailspin.example");
    await d.detect("203.0.113.2", sender("tailspin.example"));
    await d.detect("203.0.113.2", sender("contoso.example"));
    await d.detect("203.0.113.2", sender("fabrikam.example"));
    await d.detect("203.0.113.3", sender("tailspin.example"));
    assert.equal(asked("tailspin.example") - before, 2);
  });

  it("limits each client, cached answers or not; other clients are unaffected", async () => {
    const { d } = detector({ perMinute: 3 });
    for (let i = 0; i < 3; i++) await d.detect("203.0.113.9", sender("contoso.example"));
    await assert.rejects(d.detect("203.0.113.9", sender(`n${Date.now()}.example`)), (error: unknown) => {
      assert.ok(error instanceof RateLimitedError);
      assert.ok(error.retryAfterSeconds > 0 && error.retryAfterSeconds <= 60);
      return true;
    });
    await d.detect("203.0.113.10", sender("contoso.example"));
  });

  it("a domain without MX is an answer too, kept for the zone's negative TTL", async () => {
    const { d, clock } = detector();
    const before = asked("nowhere.example");
    assert.deepEqual((await d.detect("203.0.113.4", sender("nowhere.example"))).evidence, []);
    await d.detect("203.0.113.4", sender("nowhere.example"));
    assert.equal(asked("nowhere.example") - before, 1);
    clock.now += 61_000;
    await d.detect("203.0.113.4", sender("nowhere.example"));
    assert.equal(asked("nowhere.example") - before, 2);
  });
});
