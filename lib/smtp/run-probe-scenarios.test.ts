import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import {
  type FixtureName,
  type FixtureOptions,
  type RunningFixture,
  startFixture,
} from "../../e2e/fixtures/smtp/start-fixture";
import { probeFixture, stage, statusLine } from "../testing/probe-harness";

const running: RunningFixture[] = [];
async function fixture(name: FixtureName, options?: FixtureOptions) {
  const f = await startFixture(name, options);
  running.push(f);
  return f;
}
after(() => Promise.all(running.map((f) => f.close())));

const M365_USER = "office@contoso.example";
const M365_PASSWORD = "Corr3ct-Horse!";

describe("the founding case: Microsoft 365 MX on port 25, no auth", () => {
  it("passes every stage up to MAIL, fails RCPT with the verbatim Spamhaus reply, sends no DATA", async () => {
    const mx = await fixture("m365-mx");
    const result = await probeFixture({ port: mx.port, security: "starttls" });
    assert.equal(
      statusLine(result),
      "resolve:ok guard:ok connect:ok greeting:ok ehlo:ok tls:ok auth:skipped mail:ok rcpt:failed data:skipped quit:ok",
    );
    const rcpt = stage(result, "rcpt");
    assert.equal(rcpt.reply?.code, 550);
    assert.equal(rcpt.reply?.enhanced, "5.7.1");
    assert.match(
      rcpt.reply?.text ?? "",
      /^Service unavailable, Client host \[127\.0\.0\.1\] blocked using Spamhaus/,
    );
    assert.equal(rcpt.error?.code, "EENVELOPE");
    assert.equal(result.failedStage, "rcpt");
    assert.equal(result.outcome, "failed");
    assert.ok(!mx.received.includes("DATA"), `DATA was sent: ${mx.received.join(" | ")}`);
    assert.deepEqual(mx.received.slice(-2), ["RSET", "QUIT"]);
    assert.deepEqual(
      mx.received.map((c) => c.split(/[\s:]/)[0]),
      ["EHLO", "STARTTLS", "EHLO", "MAIL", "RCPT", "RSET", "QUIT"],
    );
    const tls = stage(result, "tls").facts;
    assert.equal(tls.tls?.mode, "starttls");
    assert.match(tls.tls?.protocol ?? "", /^TLSv1\.[23]$/);
    assert.deepEqual(tls.ehloAfterTls?.authMechanisms, []);
    assert.equal(stage(result, "ehlo").facts.ehlo?.starttls, true);
    // The transcript holds the verbatim refusal too.
    assert.ok(result.transcript.some((e) => e.dir === "server" && /blocked using Spamhaus/.test(e.line)));
  });

  it("with AUTH switched on, reports that the MX offers no AUTH and never sends the password", async () => {
    const mx = await fixture("m365-mx");
    const result = await probeFixture({
      port: mx.port,
      credentials: { kind: "password", username: M365_USER, password: M365_PASSWORD },
    });
    const auth = stage(result, "auth");
    assert.equal(auth.status, "failed");
    assert.equal(auth.error?.code, "ENOAUTH");
    assert.equal(auth.facts.credentialsSent, false);
    assert.ok(!mx.received.some((c) => c.startsWith("AUTH")));
    assert.deepEqual(mx.authAttempts, []);
  });
});

describe("Microsoft 365 submission (smtp.office365.com:587 style)", () => {
  it("good credentials with LOGIN pass through RCPT, no DATA", async () => {
    const sub = await fixture("m365-submission", { mode: "good" });
    const result = await probeFixture({
      port: sub.port,
      credentials: { kind: "password", username: M365_USER, password: M365_PASSWORD },
    });
    assert.equal(
      statusLine(result),
      "resolve:ok guard:ok connect:ok greeting:ok ehlo:ok tls:ok auth:ok mail:ok rcpt:ok data:skipped quit:ok",
    );
    assert.equal(stage(result, "auth").facts.mechanism, "LOGIN");
    assert.equal(stage(result, "auth").reply?.code, 235);
    assert.deepEqual(stage(result, "ehlo").facts.ehlo?.authMechanisms, []);
    assert.deepEqual(stage(result, "tls").facts.ehloAfterTls?.authMechanisms, ["LOGIN", "XOAUTH2"]);
    assert.ok(!sub.received.includes("DATA"));
    assert.equal(result.outcome, "ok");
  });

  it("bad credentials: auth fails with 535 5.7.3, nothing after", async () => {
    const sub = await fixture("m365-submission", { mode: "bad-credentials" });
    const result = await probeFixture({
      port: sub.port,
      credentials: { kind: "password", username: M365_USER, password: "wrong" },
    });
    const auth = stage(result, "auth");
    assert.equal(auth.status, "failed");
    assert.equal(auth.error?.code, "EAUTH");
    assert.equal(auth.reply?.code, 535);
    assert.equal(auth.reply?.enhanced, "5.7.3");
    assert.equal(stage(result, "mail").status, "skipped");
    assert.equal(sub.authAttempts.length, 1, "never retried");
    assert.ok(!sub.received.some((c) => c.startsWith("MAIL")));
  });

  it("SMTP AUTH disabled for the tenant: 535 5.7.139 verbatim", async () => {
    const sub = await fixture("m365-submission", { mode: "auth-disabled-tenant" });
    const result = await probeFixture({
      port: sub.port,
      credentials: { kind: "password", username: M365_USER, password: M365_PASSWORD },
    });
    const auth = stage(result, "auth");
    assert.equal(auth.reply?.enhanced, "5.7.139");
    assert.match(auth.reply?.text ?? "", /SmtpClientAuthentication is disabled for the Tenant/);
  });

  it("no auth at all: MAIL FROM refused with 530 5.7.57", async () => {
    const sub = await fixture("m365-submission", { mode: "unauthenticated-mail" });
    const result = await probeFixture({ port: sub.port });
    const mail = stage(result, "mail");
    assert.equal(mail.status, "failed");
    assert.equal(mail.reply?.code, 530);
    assert.equal(mail.reply?.enhanced, "5.7.57");
    assert.equal(stage(result, "rcpt").status, "skipped");
  });

  it("sender is not the mailbox: RCPT passes, only a real test message shows 5.7.60 SendAsDenied", async () => {
    const sub = await fixture("m365-submission", { mode: "send-as-denied" });
    const settings = {
      port: sub.port,
      from: "scanner@contoso.example",
      credentials: { kind: "password" as const, username: M365_USER, password: M365_PASSWORD },
    };
    // Exchange Online refuses Send As at the end of DATA, so a probe that stops at RCPT passes.
    const envelopeOnly = await probeFixture(settings);
    assert.equal(envelopeOnly.outcome, "ok", statusLine(envelopeOnly));
    const withMessage = await probeFixture({ ...settings, send: true });
    const data = stage(withMessage, "data");
    assert.equal(data.status, "failed", statusLine(withMessage));
    assert.equal(data.reply?.code, 550);
    assert.equal(data.reply?.enhanced, "5.7.60");
    assert.equal(data.error?.code, "EMESSAGE");
  });

  it("XOAUTH2 with a good token passes; a bad token fails with 535 after the 334 challenge", async () => {
    const good = await fixture("m365-submission", { mode: "good" });
    const ok = await probeFixture({
      port: good.port,
      credentials: { kind: "oauth2", username: M365_USER, accessToken: "good-token" },
    });
    assert.equal(stage(ok, "auth").status, "ok");
    assert.equal(stage(ok, "auth").facts.mechanism, "XOAUTH2");
    const bad = await probeFixture({
      port: good.port,
      credentials: { kind: "oauth2", username: M365_USER, accessToken: "expired-token" },
    });
    assert.equal(stage(bad, "auth").status, "failed");
    assert.equal(stage(bad, "auth").reply?.code, 535);
  });

  it("with no encryption and AUTH on, the password never reaches the server", async () => {
    const sub = await fixture("m365-submission", { mode: "good" });
    const result = await probeFixture({
      port: sub.port,
      security: "none",
      credentials: { kind: "password", username: M365_USER, password: M365_PASSWORD },
    });
    const auth = stage(result, "auth");
    assert.equal(auth.error?.code, "ENOTLS");
    assert.equal(auth.facts.credentialsSent, false);
    assert.ok(!sub.received.some((c) => c.startsWith("AUTH") || c === "<auth-response>"));
    assert.deepEqual(sub.authAttempts, []);
    assert.equal(stage(result, "tls").status, "skipped");
    assert.equal(stage(result, "ehlo").status, "warn", "STARTTLS offered but unused is a warning");
  });

  it("a real test message only when asked: DATA with a fixed, run-stamped subject", async () => {
    const sub = await fixture("m365-submission", { mode: "good" });
    const result = await probeFixture({
      port: sub.port,
      send: true,
      credentials: { kind: "password", username: M365_USER, password: M365_PASSWORD },
    });
    const data = stage(result, "data");
    assert.equal(data.status, "ok", statusLine(result));
    assert.equal(data.facts.subject, `SMTP Doctor test message (run ${result.runId})`);
    assert.ok(sub.received.includes("DATA"));
    assert.ok(sub.received.includes("<message>"));
    assert.ok(!sub.received.includes("RSET"));
  });

  it("implicit TLS against a STARTTLS port fails in the TLS stage", async () => {
    const sub = await fixture("m365-submission", { mode: "good" });
    const result = await probeFixture({ port: sub.port, security: "tls" });
    assert.equal(result.failedStage, "tls");
    assert.equal(stage(result, "tls").error?.code, "ETLS");
    assert.deepEqual(
      result.stages.slice(0, 4).map((s) => s.name),
      ["resolve", "guard", "connect", "tls"],
    );
  });
});

describe("Google Workspace submission", () => {
  it("account password refused: 534 5.7.9 application-specific password required (multiline)", async () => {
    const google = await fixture("google-submission", { mode: "app-password-required" });
    const result = await probeFixture({
      port: google.port,
      from: "scanner@example.com",
      credentials: { kind: "password", username: "scanner@example.com", password: "account-password" },
    });
    const auth = stage(result, "auth");
    assert.equal(auth.reply?.code, 534);
    assert.equal(auth.reply?.enhanced, "5.7.9");
    assert.equal(auth.reply?.lines.length, 2);
    assert.match(auth.reply?.text ?? "", /Application-specific password required/);
    assert.equal(auth.facts.mechanism, "PLAIN");
  });

  it("bad credentials: 535 5.7.8", async () => {
    const google = await fixture("google-submission", { mode: "bad-credentials" });
    const result = await probeFixture({
      port: google.port,
      from: "scanner@example.com",
      credentials: { kind: "password", username: "scanner@example.com", password: "nope" },
    });
    assert.equal(stage(result, "auth").reply?.enhanced, "5.7.8");
  });
});

describe("relays and policy", () => {
  it("relay denied at RCPT: 554 5.7.1", async () => {
    const relay = await fixture("relay-denied");
    const result = await probeFixture({ port: relay.port, to: ["b@example.org"] });
    const rcpt = stage(result, "rcpt");
    assert.equal(rcpt.reply?.code, 554);
    assert.equal(rcpt.reply?.enhanced, "5.7.1");
    assert.match(rcpt.reply?.text ?? "", /Relay access denied/);
  });

  it("greylisting at RCPT: 450 4.7.1, a temporary refusal", async () => {
    const grey = await fixture("greylist");
    const result = await probeFixture({ port: grey.port, to: ["b@example.org"] });
    const rcpt = stage(result, "rcpt");
    assert.equal(rcpt.reply?.code, 450);
    assert.equal(rcpt.reply?.enhanced, "4.7.1");
    assert.match(rcpt.reply?.text ?? "", /Greylisted/);
  });

  it("several recipients: each reply is kept, the first refusal decides", async () => {
    const grey = await fixture("greylist");
    const result = await probeFixture({ port: grey.port, to: ["a@example.org", "b@example.org"] });
    const recipients = stage(result, "rcpt").facts.recipients ?? [];
    assert.equal(recipients.length, 2);
    assert.deepEqual(
      grey.received.filter((c) => c.startsWith("RCPT")),
      ["RCPT TO:<a@example.org>", "RCPT TO:<b@example.org>"],
    );
  });
});

describe("certificates and TLS versions", () => {
  it("a self-signed certificate is a warning; the run goes on without credentials", async () => {
    const server = await fixture("self-signed");
    const result = await probeFixture({ port: server.port });
    const tls = stage(result, "tls");
    assert.equal(tls.status, "warn");
    assert.equal(tls.facts.tls?.trusted, false);
    assert.match(tls.facts.tls?.trustError ?? "", /SELF_SIGNED/);
    assert.equal(stage(result, "rcpt").status, "ok");
  });

  it("credentials are withheld over an untrusted certificate unless the user allows it", async () => {
    const server = await fixture("self-signed");
    const creds = { kind: "password" as const, username: "u@example.com", password: "S3cret-pass" };
    const refused = await probeFixture({ port: server.port, credentials: creds });
    assert.equal(stage(refused, "auth").error?.code, "ECERT");
    // A fact, not an instruction: not every place that shows it has a control to allow the certificate.
    assert.equal(
      stage(refused, "auth").error?.message,
      "The server's certificate did not verify, so the password was not sent",
    );
    assert.deepEqual(server.authAttempts, []);
    const allowed = await probeFixture({ port: server.port, credentials: creds, allowUntrustedCert: true });
    assert.equal(stage(allowed, "auth").status, "ok", statusLine(allowed));
    assert.equal(server.authAttempts.length, 1);
  });

  it("a certificate for another name is a warning with the mismatch", async () => {
    const server = await fixture("wrong-name");
    const result = await probeFixture({ port: server.port });
    const tls = stage(result, "tls");
    assert.equal(tls.status, "warn");
    assert.equal(tls.facts.tls?.hostnameMatches, false);
    assert.equal(tls.facts.tls?.trusted, true);
    assert.ok(tls.warnings.some((w) => /does not name this server/.test(w)));
  });

  it("a TLS 1.0-only server fails the TLS stage with the protocol error", async () => {
    const server = await fixture("tls10-only");
    const result = await probeFixture({ port: server.port });
    const tls = stage(result, "tls");
    assert.equal(tls.status, "failed");
    assert.equal(tls.error?.code, "ETLS");
    assert.match(tls.error?.message ?? "", /protocol|version/i);
  });
});
