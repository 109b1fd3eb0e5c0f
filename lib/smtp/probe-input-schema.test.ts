import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type ProbeInputRaw, probeInputSchema } from "./probe-input-schema";

const valid: ProbeInputRaw = {
  host: "smtp.example.com",
  port: 587,
  security: "starttls",
  credentials: { kind: "password", username: "office@example.com", password: "pw" },
  from: "office@example.com",
  to: ["someone@example.com"],
  ehloName: "probe.example.com",
};

/** The one issue the input gets, as "path: message". */
function issuesOf(raw: ProbeInputRaw): string[] {
  const parsed = probeInputSchema.safeParse(raw);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

// Every C0 control, DEL, every C1 control (U+0085 NEL among them) and the Unicode line and
// paragraph separators: none of them belongs in a command line the server receives.
const controls = [
  ...Array.from({ length: 0x20 }, (_, code) => code),
  0x7f,
  ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i),
  0x2028,
  0x2029,
].map((code) => String.fromCodePoint(code));

const hex = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

describe("probe input: control characters never reach the SMTP server", () => {
  it("accepts ordinary input", () => {
    assert.deepEqual(issuesOf(valid), []);
  });

  const fields: [string, (char: string) => ProbeInputRaw][] = [
    ["from", (c) => ({ ...valid, from: `office${c}@example.com` })],
    ["to.0", (c) => ({ ...valid, to: [`someone@exa${c}mple.com`] })],
    ["ehloName", (c) => ({ ...valid, ehloName: `probe${c}.example.com` })],
    [
      "credentials.username",
      (c) => ({ ...valid, credentials: { kind: "password", username: `office${c}x`, password: "pw" } }),
    ],
    [
      "credentials.username",
      (c) => ({ ...valid, credentials: { kind: "oauth2", username: `office${c}x`, accessToken: "t" } }),
    ],
  ];
  for (const [path, build] of fields) {
    it(`refuses each control character inside ${path}, naming it`, () => {
      for (const char of controls) {
        const issues = issuesOf(build(char));
        assert.equal(issues.length, 1, `${hex(char)} in ${path}: ${issues.join(" | ")}`);
        assert.equal(
          issues[0],
          `${path}: contains an invisible control character (${hex(char)}): retype it`,
          `${hex(char)} in ${path}`,
        );
      }
    });
  }

  it("refuses a control character at either end too, instead of trimming it away", () => {
    for (const from of ["\u0085office@example.com", "office@example.com\u0000", "office@example.com\r\n"]) {
      assert.match(issuesOf({ ...valid, from }).join(), /^from: contains an invisible control character/);
    }
    assert.match(issuesOf({ ...valid, to: ["\u2028someone@example.com"] }).join(), /^to\.0: contains/);
  });

  it("leaves ordinary non-ASCII letters alone", () => {
    const credentials = { kind: "password" as const, username: "bürö@example.com", password: "pw" };
    assert.deepEqual(issuesOf({ ...valid, credentials }), []);
  });
});
