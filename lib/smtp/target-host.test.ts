import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { probeInputSchema } from "./probe-input-schema";
import { describeTargetHostProblem } from "./target-host";

describe("target host validation", () => {
  const accepted = [
    "smtp.office365.com",
    "contoso-com.mail.protection.outlook.com",
    "203.0.113.5",
    "2001:db8::25",
    "[2001:db8::25]",
    "mail.example.com.",
  ];
  for (const host of accepted) {
    it(`accepts ${host}`, () => assert.equal(describeTargetHostProblem(host), null));
  }

  const rejected: [string, RegExp][] = [
    ["http://evil.example/", /URL/],
    ["smtp://smtp.office365.com:587", /URL/],
    ["smtp.office365.com/path", /URL/],
    ["user@smtp.example.com", /URL/],
    ["smtp.example.com\r\nRCPT TO:<x@y>", /spaces|line/],
    ["smtp example.com", /spaces/],
    ["localhost", /full server name/],
    ["mailserver", /full server name/],
    ["printer.local", /local network/],
    ["relay.internal", /local network/],
    ["foo.localhost", /local network/],
    ["2130706433", /full server name|IP/],
    ["127.1", /IP/],
    ["0177.0.0.1", /IP/],
    ["0x7f.1", /IP/],
    ["0x7f.0x0.0x0.0x1", /IP/],
    ["smtp.example.com:587", /port/],
    ["-bad.example.com", /valid/],
    ["", /required/],
  ];
  for (const [host, why] of rejected) {
    it(`rejects ${JSON.stringify(host)}`, () => {
      const problem = describeTargetHostProblem(host);
      assert.ok(problem, "expected a problem");
      assert.match(problem, why);
    });
  }

  it("the input schema refuses the same hosts with a readable message", () => {
    const parsed = probeInputSchema.safeParse({
      host: "http://evil.example/",
      port: 25,
      security: "none",
      from: "a@example.com",
      to: ["b@example.com"],
    });
    assert.equal(parsed.success, false);
    assert.match(parsed.error?.issues[0]?.message ?? "", /type just the server name/);
  });

  it("refuses a real test message to more than one recipient", () => {
    const parsed = probeInputSchema.safeParse({
      host: "smtp.example.com",
      port: 587,
      security: "starttls",
      from: "a@example.com",
      to: ["b@example.com", "c@example.com"],
      send: true,
    });
    assert.equal(parsed.success, false);
  });
});
