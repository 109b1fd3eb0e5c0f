import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseEhlo } from "./parse-ehlo";
import { parseReply } from "./parse-reply";
import { neutraliseText, sanitiseLine } from "./sanitize-text";

describe("parseReply", () => {
  it("splits code, enhanced code and text", () => {
    const reply = parseReply(
      "550 5.7.1 Service unavailable, Client host [203.0.113.5] blocked using Spamhaus",
    );
    assert.equal(reply.code, 550);
    assert.equal(reply.enhanced, "5.7.1");
    assert.equal(reply.text, "Service unavailable, Client host [203.0.113.5] blocked using Spamhaus");
  });

  it("keeps every line of a multiline reply", () => {
    const reply = parseReply(
      "534-5.7.9 Application-specific password required. For more information, go to\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor x - gsmtp",
    );
    assert.equal(reply.code, 534);
    assert.equal(reply.enhanced, "5.7.9");
    assert.equal(reply.lines.length, 2);
    assert.match(reply.text, /Application-specific password required[\s\S]*InvalidSecondFactor/);
  });

  it("does not take an enhanced code of the wrong class", () => {
    assert.equal(parseReply("250 5.7.1 odd").enhanced, null);
    assert.equal(parseReply("421 4.7.66 TLS 1.0 and 1.1 are not supported").enhanced, "4.7.66");
  });

  it("returns code 0 for text that is not a reply, keeping the text", () => {
    const reply = parseReply("HTTP/1.1 400 Bad Request");
    assert.equal(reply.code, 0);
    assert.equal(reply.text, "HTTP/1.1 400 Bad Request");
  });

  it("neutralises ANSI escapes, control and bidi characters", () => {
    const reply = parseReply("220 evil\u001b[31m.example \u202Egnp.exe <script>alert(1)</script>");
    assert.ok(!reply.text.includes("\u001b"));
    assert.ok(!reply.text.includes("\u202E"));
    assert.match(reply.text, /\\x1B\[31m/);
    assert.match(reply.text, /\\u202E/);
    // Markup stays text: rendering as text makes it inert; we do not alter it.
    assert.match(reply.text, /<script>/);
  });
});

describe("sanitiseLine", () => {
  it("cuts very long lines and says how much was cut", () => {
    const line = sanitiseLine("x".repeat(5000), 1000);
    assert.equal(line.startsWith("x".repeat(1000)), true);
    assert.match(line, /4000 more characters cut/);
  });
  it("leaves ordinary text alone", () => {
    assert.equal(neutraliseText("250 2.0.0 OK é ü"), "250 2.0.0 OK é ü");
  });
});

describe("parseEhlo", () => {
  it("reads Exchange Online's MX extensions (no AUTH)", () => {
    const facts = parseEhlo(
      parseReply(
        "250-BN8NAM11FT066.mail.protection.outlook.com Hello [203.0.113.5]\n250-SIZE 157286400\n250-PIPELINING\n250-DSN\n250-ENHANCEDSTATUSCODES\n250-STARTTLS\n250-8BITMIME\n250-BINARYMIME\n250-CHUNKING\n250 SMTPUTF8",
      ),
    );
    assert.equal(facts.serverName, "BN8NAM11FT066.mail.protection.outlook.com");
    assert.equal(facts.starttls, true);
    assert.equal(facts.pipelining, true);
    assert.equal(facts.size, 157286400);
    assert.deepEqual(facts.authMechanisms, []);
  });

  it("reads AUTH mechanisms, including the old AUTH= form", () => {
    const facts = parseEhlo(parseReply("250-smtp.example.com\n250-AUTH LOGIN XOAUTH2\n250 AUTH=PLAIN LOGIN"));
    assert.deepEqual(facts.authMechanisms.sort(), ["LOGIN", "PLAIN", "XOAUTH2"]);
  });
});
