import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  type FixtureName,
  type FixtureOptions,
  type RunningFixture,
  startFixture,
} from "../../e2e/fixtures/smtp/start-fixture";
import { diagnoseProbe } from "../diagnosis/diagnose-probe";
import { openSqliteCaseStore } from "../reports/sqlite-case-store";
import { tempDatabase } from "../reports/testing/temp-store";
import { probeFixture, stage } from "../testing/probe-harness";
import { type Credentials, probeResultSchema, type StageEvent } from "./probe-schema";
import { neutraliseText } from "./sanitize-text";

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

/** What differs between two runs of the same scenario: times, durations, ids and the fixture's port. */
const VOLATILE_KEYS = new Set(["runId", "startedAt", "durationMs", "t", "ms", "at", "remotePort", "port"]);

/**
 * A run as text without what differs from run to run: what is left is every stage name, status,
 * summary, reply, fact and transcript line, and every key.
 */
function stableText(value: unknown, port: number): string {
  return JSON.stringify(value, (key, inner) => {
    if (VOLATILE_KEYS.has(key)) return undefined;
    if (typeof inner !== "string") return inner;
    return inner
      .replace(/ready at \w{3}, \d{1,2} \w{3} \d{4} \d\d:\d\d:\d\d \+0000/, "ready at <time>")
      .replaceAll(`:${port}`, ":<port>");
  });
}

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** How a secret could still be read: as sent, as the page shows it, without its invisible characters, in base64. */
function readableForms(secret: string): string[] {
  const visible = secret.replace(/[\p{Cc}\p{Cf}]/gu, "");
  const flattened = secret.replace(/[\p{Cc}\p{Cf}]/gu, " ");
  return [...new Set([...forms(secret), neutraliseText(secret), visible, flattened])].filter(
    (f) => f.length > 0,
  );
}

describe("redaction never alters what the server said", () => {
  const year = String(new Date().getUTCFullYear());
  // Each is also a substring of something the run must keep exact.
  const passwords: { password: string; why: string }[] = [
    { password: "p", why: "1 character, inside stage names (rcpt, ehlo) and the banner" },
    { password: "ok", why: "2 characters, a status value and the outcome" },
    { password: "rcpt", why: "4 characters, a stage name" },
    { password: year, why: "4 characters, the year in every timestamp" },
    { password: "outcome", why: "a JSON key" },
    { password: "office365", why: "9 characters, inside the banner's host name" },
    { password: "outlook", why: "inside the host name the server puts in its 535 reply" },
    { password: "Zero\u200bWidth-Pw", why: "a zero-width space" },
    { password: "Esc\u001b[31mape-Pw", why: "an ESC (the hostile server flattens it to a space)" },
    { password: "Bidi\u202eOverride-Pw", why: "a right-to-left override" },
  ];
  const mechanisms: {
    mech: "LOGIN" | "PLAIN" | "XOAUTH2";
    name: FixtureName;
    creds: (secret: string) => Credentials;
  }[] = [
    {
      mech: "LOGIN",
      name: "m365-submission",
      creds: (password) => ({
        kind: "password",
        username: "office@contoso.example",
        password,
        method: "LOGIN",
      }),
    },
    {
      mech: "PLAIN",
      name: "google-submission",
      creds: (password) => ({ kind: "password", username: "scanner@example.com", password, method: "PLAIN" }),
    },
    {
      mech: "XOAUTH2",
      name: "m365-submission",
      creds: (accessToken) => ({ kind: "oauth2", username: "office@contoso.example", accessToken }),
    },
  ];
  const store = tempDatabase();
  const cases = openSqliteCaseStore({ file: store.file });
  after(async () => {
    await cases.close();
    store.cleanup();
  });

  for (const m of mechanisms) {
    describe(m.mech, () => {
      // The same hostile server, with a secret that matches nothing it says: what an untouched run looks like.
      let baseline: { result: string; events: string; rootCause: string };
      before(async () => {
        const { server, result, events } = await probeWith(
          m.name,
          { mode: "bad-credentials", echoCredentialIn535: true },
          m.creds("Qv7-unrelated-Jx"),
        );
        baseline = {
          result: stableText(result, server.port),
          events: stableText(events, server.port),
          rootCause: diagnoseProbe(result).rootCause.id,
        };
      });

      for (const { password, why } of passwords) {
        it(`${JSON.stringify(password)} (${why}): the server's words stay exact, only its echo is masked`, async () => {
          const { server, result, events } = await probeWith(
            m.name,
            { mode: "bad-credentials", echoCredentialIn535: true },
            m.creds(password),
          );
          assert.equal(server.authAttempts[0]?.secret, password, "the secret really went over the wire");
          assert.equal(probeResultSchema.safeParse(result).success, true, "the result parses");
          for (const time of [result.startedAt, ...result.stages.flatMap((s) => s.startedAt ?? [])])
            assert.match(time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
          // Every key, stage name, status, summary, reply, fact and transcript line is what a run with
          // an unrelated secret shows — where the echo of that secret is masked the same way.
          const text = stableText(result, server.port);
          const eventText = stableText(events, server.port);
          assert.deepEqual(JSON.parse(text), JSON.parse(baseline.result));
          assert.deepEqual(JSON.parse(eventText), JSON.parse(baseline.events));
          const auth = stage(result, "auth");
          assert.match(auth.reply?.lines[0] ?? "", /received: \[redacted\]/, "the echo is masked");
          // So the secret is left only where a run with another secret has the same text.
          for (const form of readableForms(password)) {
            assert.equal(
              occurrences(text, form),
              occurrences(baseline.result, form),
              `result: ${JSON.stringify(form)}`,
            );
            assert.equal(
              occurrences(eventText, form),
              occurrences(baseline.events, form),
              `events: ${JSON.stringify(form)}`,
            );
          }
          const diagnosis = diagnoseProbe(result);
          assert.equal(diagnosis.rootCause.id, baseline.rootCause);
          const saved = await cases.createCase({ title: `redaction ${m.mech}` });
          const run = await cases.appendRun(saved.id, {
            kind: "initial",
            result,
            diagnosis,
            network: { describes: "server", label: "SMTP Doctor server" },
          });
          assert.deepEqual(run.result, result, "saved into a case as it is");
        });
      }
    });
  }
});
