import assert from "node:assert/strict";
import type { Socket } from "node:net";
import { PassThrough } from "node:stream";
import { describe, it, mock } from "node:test";
import { ReplyClock } from "./reply-clock";

function harness(lineMs = 1_000) {
  mock.timers.enable({ apis: ["setTimeout"] });
  const stream = new PassThrough();
  const overruns: string[] = [];
  const clock = new ReplyClock(lineMs, (message) => overruns.push(message));
  clock.attach(stream as unknown as Socket);
  return {
    clock,
    overruns,
    send: (text: string) => stream.emit("data", Buffer.from(text, "latin1")),
    tick: (ms: number) => mock.timers.tick(ms),
    [Symbol.dispose]: () => mock.timers.reset(),
  };
}

describe("ReplyClock", () => {
  it("a reply that ends in time costs nothing, in one chunk or many", () => {
    using h = harness();
    h.clock.expectReply(5_000, "reply to EHLO");
    h.send("250-mail.example.com\r\n");
    h.tick(900);
    h.send("250-PIPE");
    h.tick(900);
    h.send("LINING\r\n250 STARTTLS\r\n");
    h.tick(60_000);
    assert.deepEqual(h.overruns, []);
  });

  it("a line dripped byte by byte overruns the line budget", () => {
    using h = harness(1_000);
    h.clock.expectReply(60_000, "reply to EHLO");
    for (const byte of "250-slow") {
      h.send(byte);
      h.tick(200);
    }
    assert.equal(h.overruns.length, 1);
    assert.match(h.overruns[0] ?? "", /line took longer than 1000 ms/);
  });

  it("complete lines that never finish the reply overrun the reply budget", () => {
    using h = harness();
    h.clock.expectReply(2_000, "reply to EHLO");
    for (let i = 0; i < 30; i++) {
      h.send("250-drip\r\n");
      h.tick(100);
    }
    assert.deepEqual(h.overruns, ["No complete reply to EHLO within 2000 ms"]);
  });

  it("pauses between the lines of a reply are allowed (postscreen's pregreet) within the budget", () => {
    using h = harness(1_000);
    h.clock.expectReply(10_000, "greeting");
    h.send("220-mail.example.com ESMTP\r\n");
    h.tick(6_000);
    h.send("220 mail.example.com ESMTP\r\n");
    h.tick(10_000);
    assert.deepEqual(h.overruns, []);
  });

  it("stops reading after the 220 to STARTTLS: ciphertext follows", () => {
    using h = harness(1_000);
    h.clock.expectReply(5_000, "reply to STARTTLS", true);
    h.send("220 2.0.0 Ready\r\n\u0016\u0003\u0001");
    h.tick(10_000);
    assert.equal(h.clock.watching, null);
    assert.deepEqual(h.overruns, []);
  });
});
