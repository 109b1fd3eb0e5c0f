import assert from "node:assert/strict";
import { test } from "node:test";
import { tableWording } from "./message-tables";

test("a table's text with placeholders matches what the program filled in, in any quote style", () => {
  const p = tableWording(
    "dns-not-found",
    [{ lang: "de", text: 'Konnte den Rechner "%s" nicht finden' }],
    0.8,
    "Konnte den Rechner „smtp.example.com“ nicht finden",
    "test",
  );
  assert.match("Konnte den Rechner „smtp.example.com“ nicht finden", p.pattern);
});

test("a truncated translation too short to name anything is left out of the table's pattern", () => {
  const p = tableWording(
    "tls-handshake-failed",
    [
      { lang: "en", text: "Could not negotiate TLS connection" },
      { lang: "zh_TW", text: "未能" },
    ],
    0.85,
    "Could not negotiate TLS connection",
    "test",
  );
  assert.match("Could not negotiate TLS connection", p.pattern);
  // A Chinese bounce about suspected spam contains "未能" ("could not") and names no TLS failure.
  assert.doesNotMatch("很遗憾，您的邮件“Bugzilla: confirm account creation”未能成功发出。", p.pattern);
});
