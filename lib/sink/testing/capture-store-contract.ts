import assert from "node:assert/strict";
import { test } from "node:test";
import type { CaseStore } from "../../reports/case-store";
import type { DeviceCapture } from "../capture-sink";
import {
  type CaptureStore,
  hashCaptureSecret,
  MAX_SESSIONS_PER_CAPTURE,
  newCaptureCredentials,
} from "../capture-store";
import { sampleDeviceCapture, TLS10_HELLO } from "./sample-capture";

export type OpenCaptureStores = () => Promise<{ cases: CaseStore; captures: CaptureStore }>;

const HOUR = 3_600_000;

const session = (overrides: Partial<DeviceCapture> = {}) =>
  sampleDeviceCapture({ clientHello: TLS10_HELLO, ...overrides });

/** The same checks for every store: SQLite (embedded default) and PostgreSQL. */
export function captureStoreContract(name: string, open: OpenCaptureStores): void {
  test(`${name}: a capture signs in only with its own secret, while live`, async () => {
    const { cases, captures } = await open();
    const theCase = await cases.createCase({ title: "Sharp MX-4070N" });
    const now = new Date();
    const credentials = newCaptureCredentials();
    const made = await captures.createCapture(
      {
        caseId: theCase.id,
        username: credentials.username,
        secretHash: credentials.secretHash,
        expiresAt: new Date(now.getTime() + HOUR).toISOString(),
        answer: { kind: "accept" },
      },
      now,
    );
    assert.equal(made.caseId, theCase.id);
    assert.equal(hashCaptureSecret(credentials.password), credentials.secretHash);
    assert.match(credentials.password, /^[A-Za-z0-9]{4}(?:-[A-Za-z0-9]{4}){3}$/);
    assert.equal(
      (await captures.captureForSignIn(credentials.username, credentials.secretHash, now))?.id,
      made.id,
    );
    assert.equal(
      await captures.captureForSignIn(credentials.username, hashCaptureSecret("guess"), now),
      null,
    );
    assert.equal(await captures.captureForSignIn("sd-nobody", credentials.secretHash, now), null);
    const later = new Date(now.getTime() + 2 * HOUR);
    assert.equal(
      await captures.captureForSignIn(credentials.username, credentials.secretHash, later),
      null,
      "expired",
    );
    assert.ok((await captures.revokeCapture(made.id, now))?.revokedAt);
    assert.equal(
      await captures.captureForSignIn(credentials.username, credentials.secretHash, now),
      null,
      "revoked",
    );
    assert.deepEqual(
      (await captures.listCaptures(theCase.id)).map((c) => c.id),
      [made.id],
    );
  });

  test(`${name}: a session is stored with the case, moves its revision on, and a capture holds a bounded number`, async () => {
    const { cases, captures } = await open();
    const theCase = await cases.createCase({ title: "Sharp MX-4070N" });
    const credentials = newCaptureCredentials();
    const capture = await captures.createCapture({
      caseId: theCase.id,
      username: credentials.username,
      secretHash: credentials.secretHash,
      expiresAt: new Date(Date.now() + HOUR).toISOString(),
      answer: { kind: "refuse", code: 550, message: "5.7.1 blocked using Spamhaus" },
    });
    assert.deepEqual((await captures.getCapture(capture.id))?.answer, {
      kind: "refuse",
      code: 550,
      message: "5.7.1 blocked using Spamhaus",
    });
    const before = (await cases.getCase(theCase.id))?.revision ?? 0;
    const stored = await captures.appendSession(capture.id, session({ captureId: capture.id }));
    assert.equal(stored?.caseId, theCase.id);
    assert.equal((await cases.getCase(theCase.id))?.revision, before + 1);
    const [listed] = await captures.listSessions(theCase.id);
    assert.equal(listed?.capture.clientHello?.highest, "TLSv1");
    assert.equal(listed?.capture.ehlo, "SHARP-MX4070N");
    for (let i = 1; i < MAX_SESSIONS_PER_CAPTURE; i++) await captures.appendSession(capture.id, session());
    assert.equal(await captures.appendSession(capture.id, session()), null, "full");
    assert.equal((await captures.listSessions(theCase.id)).length, MAX_SESSIONS_PER_CAPTURE);
    assert.equal(await captures.appendSession("no-such-capture", session()), null);
    // Deleting the case deletes its captures and what they saw.
    await cases.deleteCase(theCase.id);
    assert.deepEqual(await captures.listSessions(theCase.id), []);
    assert.equal(await captures.getCapture(capture.id), null);
  });
}
