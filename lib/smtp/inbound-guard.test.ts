import assert from "node:assert/strict";
import type { Socket } from "node:net";
import { PassThrough } from "node:stream";
import { describe, it } from "node:test";
import { InboundGuard } from "./inbound-guard";
import { DEFAULT_CAPS } from "./probe-options";

function harness(caps = DEFAULT_CAPS) {
  const stream = new PassThrough();
  const violations: string[] = [];
  const guard = new InboundGuard(caps, (message) => violations.push(message));
  guard.attach(stream as unknown as Socket);
  return { send: (text: string) => stream.emit("data", Buffer.from(text, "latin1")), violations };
}

describe("InboundGuard", () => {
  it("lets a normal session through", () => {
    const h = harness();
    h.send("220 mail.example.com ESMTP\r\n");
    h.send("250-mail.example.com\r\n250-PIPELINING\r\n250 STARTTLS\r\n");
    assert.deepEqual(h.violations, []);
  });

  it("trips on a line longer than the cap, even split across chunks", () => {
    const h = harness({ ...DEFAULT_CAPS, maxLineBytes: 100 });
    for (let i = 0; i < 5; i++) h.send("x".repeat(30));
    assert.equal(h.violations.length, 1);
    assert.match(h.violations[0] ?? "", /longer than 100 bytes/);
  });

  it("trips on a reply with too many continuation lines", () => {
    const h = harness({ ...DEFAULT_CAPS, maxLinesPerReply: 10 });
    for (let i = 0; i < 20; i++) h.send("250-drip\r\n");
    assert.equal(h.violations.length, 1);
    assert.match(h.violations[0] ?? "", /more than 10 lines/);
  });

  it("counts lines per reply, not per session", () => {
    const h = harness({ ...DEFAULT_CAPS, maxLinesPerReply: 3 });
    for (let i = 0; i < 10; i++) h.send("250-a\r\n250-b\r\n250 c\r\n");
    assert.deepEqual(h.violations, []);
  });

  it("trips on the session byte cap", () => {
    const h = harness({ ...DEFAULT_CAPS, maxSessionBytes: 1000 });
    for (let i = 0; i < 50; i++) h.send("250 ok\r\n".repeat(5));
    assert.equal(h.violations.length, 1);
    assert.match(h.violations[0] ?? "", /more than 1000 bytes/);
  });
});
