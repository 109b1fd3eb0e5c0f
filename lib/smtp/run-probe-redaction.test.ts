import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import {
  type FixtureName,
  type FixtureOptions,
  type RunningFixture,
  startFixture,
} from "../../e2e/fixtures/smtp/start-fixture";
import { probeFixture, stage } from "../testing/probe-harness";
import type { Credentials, StageEvent } from "./probe-schema";

const running: RunningFixture[] = [];
async function fixture(name: FixtureName, options?: FixtureOptions) {
  const f = await startFixture(name, options);
  running.push(f);
  return f;
}
after(() => Promise.all(running.map((f) => f.close())));

/** The secret as plain text and as base64 at each of the three alignments it can take. */
function forms(secret: string): string[] {
  const out = [secret];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), Buffer.from(secret)]).toString("base64");
    out.push(encoded.slice(Math.ceil((offset * 8) / 6), Math.floor(((offset + secret.length) * 8) / 6)));
  }
  return out;
}

function assertAbsent(label: string, haystack: string, secret: string) {
  for (const form of forms(secret)) {
    assert.ok(!haystack.includes(form), `${label}: found ${JSON.stringify(form)} (a form of the secret)`);
  }
}

async function probeWith(
  name: FixtureName,
  options: FixtureOptions,
  credentials: Credentials,
  allowUntrustedCert = false,
) {
  const server = await fixture(name, options);
  const events: StageEvent[] = [];
  const result = await probeFixture(
    { port: server.port, credentials, allowUntrustedCert, from: credentials.username },
    { onEvent: (event) => events.push(event) },
  );
  return { server, result, events };
}

describe("secrets never leave the probe", () => {
  const password = "Tr0ub4dor&3-Zebra";
  const cases: {
    mech: string;
    name: FixtureName;
    options: FixtureOptions;
    creds: Credentials;
    untrusted?: boolean;
  }[] = [
    {
      mech: "PLAIN",
      name: "self-signed",
      options: {},
      creds: { kind: "password", username: "u@example.com", password, method: "PLAIN" },
      untrusted: true,
    },
    {
      mech: "LOGIN",
      name: "m365-submission",
      options: { mode: "bad-credentials", echoCredentialIn535: true },
      creds: { kind: "password", username: "office@contoso.example", password, method: "LOGIN" },
    },
    {
      mech: "XOAUTH2",
      name: "m365-submission",
      options: { mode: "bad-credentials", echoCredentialIn535: true },
      creds: { kind: "oauth2", username: "office@contoso.example", accessToken: `ya29.${password}` },
    },
  ];

  for (const c of cases) {
    it(`${c.mech}: the secret reached the server but appears nowhere in the result, transcript or events`, async () => {
      const { server, result, events } = await probeWith(c.name, c.options, c.creds, c.untrusted);
      const secret = c.creds.kind === "password" ? c.creds.password : c.creds.accessToken;
      assert.equal(stage(result, "auth").facts.mechanism, c.mech);
      assert.equal(server.authAttempts.length, 1);
      assert.ok(server.authAttempts[0]?.secret.includes(secret), "the secret really went over the wire");
      assertAbsent("result", JSON.stringify(result), secret);
      assertAbsent("events", JSON.stringify(events), secret);
      const authLines = result.transcript.filter((e) => e.dir === "client" && /^AUTH/.test(e.line));
      assert.ok(authLines.length > 0);
      for (const line of authLines) assert.match(line.line, /^AUTH (PLAIN|LOGIN|XOAUTH2)( <redacted>)?$/);
    });
  }

  it("a server that echoes the password in its 535 reply is redacted too", async () => {
    const { result } = await probeWith(
      "m365-submission",
      { mode: "bad-credentials", echoCredentialIn535: true },
      { kind: "password", username: "office@contoso.example", password },
    );
    const auth = stage(result, "auth");
    assert.equal(auth.reply?.code, 535);
    assert.match(auth.reply?.text ?? "", /\[redacted\]/);
    assertAbsent("reply", JSON.stringify(auth.reply), password);
  });
});
