import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { after, test } from "node:test";
import { promisify } from "node:util";
import { type RunningFixture, startFixture } from "../../e2e/fixtures/smtp/start-fixture";

/**
 * Issue 10.6 end to end through the CLI: a device that never signs in gets Exchange Online's
 * "530 5.7.57 Client not authenticated … Error: 535 5.7.139 … disabled for the Tenant". The words
 * name a tenant setting; the facts say no AUTH was sent. The facts win: the device must sign in.
 */
const run = promisify(execFile);
const fixtures: RunningFixture[] = [];
after(() => Promise.all(fixtures.map((f) => f.close())));

test("cli probe: no login, 530 5.7.57 quoting 535 5.7.139 → auth-required, not a tenant or sign-in cause", async () => {
  const server = await startFixture("m365-submission", { mode: "auth-disabled-tenant" });
  fixtures.push(server);
  const { stdout } = await run(
    process.execPath,
    [
      "--import",
      "tsx",
      "lib/cli/main.ts",
      "probe",
      "--host",
      "127.0.0.1",
      "--port",
      String(server.port),
      "--security",
      "starttls",
      "--allow-untrusted-cert",
      "--from",
      "scanner@contoso.example",
      "--to",
      "someone@fabrikam.example",
      "--json",
    ],
    { env: { ...process.env, SMTP_DOCTOR_ALLOW_TARGETS: "127.0.0.0/8" } },
  ).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? "" }));
  // --json prints the probe result with its diagnosis beside it.
  const out = JSON.parse(stdout) as {
    failedStage: string;
    stages: { name: string; reply: { text: string } | null }[];
    diagnosis: { rootCause: { id: string; signal: string; evidence: { reply: string } } };
  };
  assert.equal(out.failedStage, "mail");
  const mail = out.stages.find((s) => s.name === "mail");
  assert.match(mail?.reply?.text ?? "", /Client not authenticated to send mail\. Error: 535 5\.7\.139/);
  assert.equal(out.diagnosis.rootCause.id, "auth-required");
  assert.match(out.diagnosis.rootCause.signal, /no login was tried/);
  // The evidence is the server's reply, verbatim.
  assert.match(out.diagnosis.rootCause.evidence.reply, /530 5\.7\.57 Client not authenticated/);
});

test("the same words pasted as text, where an AUTH did happen first, name the tenant setting", async () => {
  const { analyzeText } = await import("../diagnosis/analyze-text");
  const d = analyzeText(
    "The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
  );
  assert.equal(d.rootCause.id, "auth-disabled-tenant");
});
