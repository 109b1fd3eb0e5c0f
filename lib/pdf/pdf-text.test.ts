import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { MAX_PDF_LINE, monospaceColumns, pdfProse, pdfSafe, wrapMonospace } from "./pdf-text";

describe("pdf text preparation", () => {
  test("keeps WinAnsi text and shows everything else as visible escapes", () => {
    assert.equal(pdfSafe("café € — “quoted” <script>"), "café € — “quoted” <script>");
    assert.equal(pdfSafe("\u001b[31m"), "\\x1B[31m");
    assert.equal(pdfSafe("a\u202Eb\u2603c"), "a\\u202Eb\\u2603c");
    assert.equal(pdfSafe("\u{1F600}"), "\\u{1F600}");
    assert.equal(pdfSafe("line one\nline two"), "line one\nline two");
  });

  test("our prose reads its arrows and signs as plain text; verbatim evidence keeps the escape", () => {
    // A fix as the diagnosis writes it (auth-disabled-mailbox) and a reply that holds an arrow.
    assert.equal(
      pdfProse("Microsoft 365 admin center → Users → the mailbox, ≥ 1 hour"),
      "Microsoft 365 admin center -> Users -> the mailbox, >= 1 hour",
    );
    assert.equal(pdfProse("a\u2603b"), "a\\u2603b");
    assert.equal(wrapMonospace("250 ok → queued", 80)[0], "250 ok \\u2192 queued");
  });

  test("wraps a verbatim line to the column width, at a space when one is near", () => {
    const reply = "550 5.7.1 Service unavailable, Client host [203.0.113.5] blocked using Spamhaus.";
    const lines = wrapMonospace(reply, 40);
    assert.ok(lines.every((line) => line.length <= 40));
    assert.equal(lines.join(""), reply, "exactly the reply, only split");
    assert.equal(lines[0], "550 5.7.1 Service unavailable, Client ");
    assert.deepEqual(wrapMonospace("y".repeat(25), 10), ["y".repeat(10), "y".repeat(10), "y".repeat(5)]);
  });

  test("cuts a line past the cap and says so", () => {
    const lines = wrapMonospace("z".repeat(MAX_PDF_LINE + 500), 100);
    assert.match(lines.join(""), /\.\.\. \[500 more characters cut\]$/);
    assert.ok(lines.join("").length < MAX_PDF_LINE + 40);
  });

  test("counts Courier columns from a width", () => {
    assert.equal(monospaceColumns(450, 7.5), 100);
  });
});
