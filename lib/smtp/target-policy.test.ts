import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { judgeAddress, judgeTarget, parseAllowTargets, policyFromEnv } from "./target-policy";

const publicOnly = policyFromEnv({});

describe("SSRF guard: which addresses may be probed", () => {
  const refused = [
    ["127.0.0.1", "loopback"],
    ["127.8.9.10", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.5.4", "private"],
    ["192.168.1.10", "private"],
    ["169.254.169.254", "linkLocal"],
    ["100.64.0.1", "carrierGradeNat"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["240.0.0.1", "reserved"],
    ["255.255.255.255", "broadcast"],
    ["192.0.2.10", "reserved"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "linkLocal"],
    ["fd00:ec2::254", "uniqueLocal"],
    ["fc00::1", "uniqueLocal"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:169.254.169.254", "linkLocal"],
    ["64:ff9b::a9fe:a9fe", "rfc6052"],
    ["2002:7f00:1::1", "6to4"],
    ["2001:0:4136:e378::1", "teredo"],
    ["2001:db8::1", "reserved"],
    // IPv4-compatible IPv6 (::/96, deprecated by RFC 4291): some stacks still route it to the IPv4.
    ["::7f00:1", "ipv4Compatible"],
    ["::a9fe:a9fe", "ipv4Compatible"],
    ["::c0a8:101", "ipv4Compatible"],
    ["::127.0.0.1", "ipv4Compatible"],
    ["::169.254.169.254", "ipv4Compatible"],
    ["::8.8.8.8", "ipv4Compatible"],
    // Outside 2000::/3, nothing is allocated for global unicast.
    ["1::1", "reserved"],
    ["::1:0:0:1", "reserved"],
    ["4000::1", "reserved"],
  ];
  for (const [address, range] of refused) {
    it(`refuses ${address} (${range})`, () => {
      const verdict = judgeAddress(address as string, 25, publicOnly);
      assert.equal(verdict.allowed, false);
      if (!verdict.allowed) assert.match(verdict.reason, new RegExp(range as string));
    });
  }

  it("allows a public address on each SMTP port", () => {
    for (const port of [25, 465, 587, 2525]) {
      assert.deepEqual(judgeAddress("52.96.0.1", port, publicOnly), { allowed: true, by: "public" });
      assert.deepEqual(judgeAddress("2603:1036::1", port, publicOnly), { allowed: true, by: "public" });
    }
  });

  it("refuses other ports on public addresses", () => {
    for (const port of [22, 80, 443, 3306, 6379, 8080, 11211]) {
      const verdict = judgeAddress("52.96.0.1", port, publicOnly);
      assert.equal(verdict.allowed, false);
      if (!verdict.allowed) assert.match(verdict.reason, /port/);
    }
  });

  it("refuses the whole target when any address is private (mixed answers)", () => {
    const verdict = judgeTarget(["52.96.0.1", "10.0.0.5"], 25, publicOnly);
    assert.equal(verdict.allowed, false);
  });

  it("operator ranges allow private targets on any port, nothing more", () => {
    const policy = policyFromEnv({ SMTP_DOCTOR_ALLOW_TARGETS: "127.0.0.0/8, 10.20.0.0/16" });
    assert.deepEqual(judgeAddress("127.0.0.1", 40123, policy), { allowed: true, by: "operator-allow-list" });
    assert.deepEqual(judgeAddress("::ffff:127.0.0.1", 40123, policy), {
      allowed: true,
      by: "operator-allow-list",
    });
    assert.deepEqual(judgeAddress("10.20.3.4", 25, policy), { allowed: true, by: "operator-allow-list" });
    assert.equal(judgeAddress("10.21.0.1", 25, policy).allowed, false);
    assert.equal(judgeAddress("169.254.169.254", 80, policy).allowed, false);
  });

  it("an IPv4-compatible spelling is not the IPv4 an operator range allows", () => {
    // ::127.0.0.1 is ::7f00:1 on the wire, not ::ffff:127.0.0.1: judging it as 127.0.0.1 let it through.
    const policy = policyFromEnv({ SMTP_DOCTOR_ALLOW_TARGETS: "127.0.0.0/8" });
    for (const address of ["::127.0.0.1", "::7f00:1", "::127.0.0.2"]) {
      assert.equal(judgeAddress(address, 25, policy).allowed, false, address);
    }
    assert.equal(judgeAddress("::ffff:7f00:1", 25, policy).allowed, true, "the mapped form is the IPv4");
  });

  it("a bad allow setting stops start-up instead of being ignored", () => {
    assert.throws(() => parseAllowTargets("127.0.0.0/8,not-a-range"), /not a CIDR/);
    assert.throws(() => parseAllowTargets("10.0.0.0/99"), /not a CIDR/);
    assert.deepEqual(parseAllowTargets(""), []);
    assert.equal(parseAllowTargets("192.168.1.5").length, 1);
  });
});
