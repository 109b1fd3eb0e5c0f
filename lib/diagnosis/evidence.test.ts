import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "./analyze-text";
import { matchPatterns } from "./evidence";
import type { ReplyPattern } from "./reply-patterns/reply-pattern-schema";

const pattern = (cause: ReplyPattern["cause"], re: RegExp, confidence: number): ReplyPattern => ({
  cause,
  pattern: re,
  confidence,
  example: "example",
  source: "test table",
});

// .NET's SslStream words (b51-client-010): "Authentication failed" is where the TLS message
// begins, not a refused SMTP sign-in.
test("words that another cause's wording continues rank just below it", () => {
  const hits = matchPatterns(
    "Authentication failed because the remote party has closed the transport stream",
    "tls",
    undefined,
    [
      pattern("auth-failed", /Authentication failed/i, 0.88),
      pattern("tls-handshake-failed", /Authentication failed because the remote party has closed/i, 0.7),
    ],
  );
  assert.equal(hits.get("tls-handshake-failed")?.confidence, 0.7);
  assert.equal(hits.get("auth-failed")?.confidence, 0.69);
});

test("a longer match that only runs on inside a word, or starts elsewhere, changes nothing", () => {
  const inside = matchPatterns(
    "550 #5.7.1 service unavailable; client [192.0.2.4] blocked using <spam.black.liste>",
    null,
    undefined,
    [
      pattern("ip-blocklisted", /blocked using </i, 0.69),
      pattern("message-rejected-content", /blocked using <spam/i, 0.7),
    ],
  );
  assert.equal(inside.get("ip-blocklisted")?.confidence, 0.69);
  const elsewhere = matchPatterns("535 Authentication failed: bad password", "auth", undefined, [
    pattern("auth-failed", /Authentication failed/i, 0.88),
    pattern("tls-handshake-failed", /failed: bad password/i, 0.7),
  ]);
  assert.equal(elsewhere.get("auth-failed")?.confidence, 0.88);
});

test("with the real tables: the .NET TLS message and msmtp's method line", () => {
  assert.equal(
    analyzeText("Authentication failed because the remote party has closed the transport stream", {
      stage: "tls",
    }).rootCause.id,
    "tls-handshake-failed",
  );
  assert.equal(
    analyzeText("msmtp: the server does not support authentication method LOGIN", { stage: "auth" }).rootCause
      .id,
    "auth-mechanism-unsupported",
  );
});
