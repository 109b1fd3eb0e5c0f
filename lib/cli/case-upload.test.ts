import assert from "node:assert/strict";
import { test } from "node:test";
import type { ProbeResult } from "../smtp/probe-schema";
import { leaksSecret, uploadRun, uploadTargetOf } from "./case-upload";

const TOKEN = "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9f";

test("a case link names where its run is uploaded; anything else is refused with a reason", () => {
  assert.deepEqual(uploadTargetOf(`https://doctor.example/c/${TOKEN}`), {
    origin: "https://doctor.example",
    token: TOKEN,
    url: `https://doctor.example/api/cases/${TOKEN}/site-runs`,
  });
  assert.equal(uploadTargetOf(`https://doctor.example/case/${TOKEN}/`).token, TOKEN);
  // Plain http only to this machine (a helpdesk's own test install).
  assert.equal(uploadTargetOf(`http://127.0.0.1:3100/c/${TOKEN}`).origin, "http://127.0.0.1:3100");
  assert.throws(() => uploadTargetOf(`http://doctor.example/c/${TOKEN}`), /must be https/);
  assert.throws(() => uploadTargetOf(`https://doctor.example/r/${TOKEN}`), /not a case link/);
  assert.throws(() => uploadTargetOf(`https://user:pw@doctor.example/c/${TOKEN}`), /user name or password/);
  assert.throws(() => uploadTargetOf("doctor.example/c/x"), /case link/);
});

const credentials = {
  kind: "password",
  username: "office@contoso.example",
  password: "Corr3ct-Horse!",
} as const;

test("the secret in any form the session carried it counts as a leak", () => {
  assert.equal(leaksSecret('{"line":"AUTH LOGIN"}', credentials), false);
  assert.equal(leaksSecret('{"line":"Corr3ct-Horse!"}', credentials), true);
  const plain = Buffer.from("\0office@contoso.example\0Corr3ct-Horse!").toString("base64");
  assert.equal(leaksSecret(`{"line":"AUTH PLAIN ${plain}"}`, credentials), true);
  assert.equal(
    leaksSecret(`{"line":"${Buffer.from("Corr3ct-Horse!").toString("base64")}"}`, credentials),
    true,
  );
  assert.equal(leaksSecret('{"line":"anything"}', undefined), false);
});

test("a result that still holds the password is never sent", async () => {
  const result = {
    runId: "r1",
    transcript: [{ t: 0, dir: "client", line: "Corr3ct-Horse!" }],
  } as unknown as ProbeResult;
  let called = false;
  const fetchStub = (async () => {
    called = true;
    return new Response("{}");
  }) as typeof fetch;
  await assert.rejects(
    uploadRun(
      uploadTargetOf(`https://doctor.example/c/${TOKEN}`),
      result,
      credentials,
      { version: "1" },
      fetchStub,
    ),
    /redaction did not hold/,
  );
  assert.equal(called, false);
});

test("the server's refusal comes back in its own words", async () => {
  const fetchStub = (async () =>
    Response.json(
      { error: { code: "gone", message: "This link has expired." } },
      { status: 410 },
    )) as typeof fetch;
  await assert.rejects(
    uploadRun(
      uploadTargetOf(`https://doctor.example/c/${TOKEN}`),
      { runId: "r" } as ProbeResult,
      undefined,
      { version: "1" },
      fetchStub,
    ),
    /not uploaded: This link has expired\./,
  );
});
