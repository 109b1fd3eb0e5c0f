import assert from "node:assert/strict";
import { test } from "node:test";
import { SiteIpObserver, siteIpState } from "./observe-site-ips";
import { sampleDeviceCapture } from "./testing/sample-capture";

const PUBLIC = "23.45.67.89";

test("an address is pending until the case holds a check of it; a private one has nothing to check", () => {
  assert.equal(siteIpState(PUBLIC, new Set()), "pending");
  assert.equal(siteIpState(`::ffff:${PUBLIC}`, new Set([PUBLIC])), "checked");
  assert.equal(siteIpState("127.0.0.1", new Set()), "not-public");
  assert.equal(siteIpState("192.168.1.20", new Set()), "not-public");
  assert.equal(siteIpState("::ffff:10.0.0.5", new Set()), "not-public");
});

test("each address is checked once per case while a check runs, with the device's sender domain", async () => {
  const asked: string[] = [];
  const running: (() => void)[] = [];
  const observer = new SiteIpObserver((caseId, ip, domain) => {
    asked.push(`${caseId} ${ip} ${domain}`);
    return new Promise<void>((resolve) => running.push(resolve));
  });
  const session = {
    capture: sampleDeviceCapture({ remoteAddress: `::ffff:${PUBLIC}` }),
    siteIp: "pending" as const,
  };
  const first = observer.observe("case-1", [session, session]);
  // Polled again while the check runs: not asked twice.
  observer.observe("case-1", [session]);
  assert.deepEqual(asked, [`case-1 ${PUBLIC} contoso.example`]);
  // The same address in another case is that case's own check.
  const second = observer.observe("case-2", [session]);
  assert.equal(asked.length, 2);
  for (const resolve of running) resolve();
  await Promise.all([...first, ...second]);
  // Nothing for an address already checked or not public.
  observer.observe("case-1", [
    { ...session, siteIp: "checked" },
    { capture: sampleDeviceCapture({ remoteAddress: "127.0.0.1" }), siteIp: "not-public" },
  ]);
  assert.equal(asked.length, 2);
});

test("a check that fails is tried again at the next look, and never throws into the page", async () => {
  let calls = 0;
  const observer = new SiteIpObserver(async () => {
    calls++;
    throw new Error("DNS down");
  });
  const session = { capture: sampleDeviceCapture({ remoteAddress: PUBLIC }), siteIp: "pending" as const };
  const errors = console.error;
  console.error = () => {};
  try {
    await Promise.all(observer.observe("case-1", [session]));
    await Promise.all(observer.observe("case-1", [session]));
  } finally {
    console.error = errors;
  }
  assert.equal(calls, 2);
});
