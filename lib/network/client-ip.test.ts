import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clientIp, PEER_HEADER, parseTrustedProxy } from "./client-ip";

const h = (entries: Record<string, string>) => new Headers(entries);

describe("clientIp: the visitor's address is not spoofable unless the operator trusts a proxy", () => {
  it("without a trusted proxy, X-Forwarded-For and X-Real-IP are ignored", () => {
    const headers = h({
      [PEER_HEADER]: "198.51.100.7",
      "x-forwarded-for": "1.2.3.4",
      "x-real-ip": "5.6.7.8",
    });
    assert.equal(clientIp(headers, null), "198.51.100.7");
  });

  it("unwraps IPv4-mapped IPv6 peers", () => {
    assert.equal(clientIp(h({ [PEER_HEADER]: "::ffff:203.0.113.5" }), null), "203.0.113.5");
  });

  it("unknown when there is no peer header (not run behind server.mjs)", () => {
    assert.equal(clientIp(h({ "x-forwarded-for": "1.2.3.4" }), null), null);
  });

  it("with one trusted proxy, the rightmost X-Forwarded-For entry counts, not the client's leftmost claim", () => {
    const trusted = parseTrustedProxy("x-forwarded-for:1");
    const headers = h({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
    assert.equal(clientIp(headers, trusted), "203.0.113.9");
  });

  it("with two trusted proxies, the second entry from the right", () => {
    const headers = h({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.1" });
    assert.equal(clientIp(headers, parseTrustedProxy("x-forwarded-for:2")), "203.0.113.9");
  });

  it("a single-valued proxy header such as cf-connecting-ip", () => {
    const headers = h({ [PEER_HEADER]: "10.0.0.2", "cf-connecting-ip": "203.0.113.77" });
    assert.equal(clientIp(headers, parseTrustedProxy("cf-connecting-ip")), "203.0.113.77");
  });

  it("bad settings stop start-up", () => {
    assert.throws(() => parseTrustedProxy("x-forwarded-for:0"), /hops/);
    assert.throws(() => parseTrustedProxy("bad header!"), /header name/);
    assert.equal(parseTrustedProxy(""), null);
  });
});
