import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { DeviceCapture } from "./capture-sink";

/**
 * Device captures on the case database: a capture is a case's one-time sign-in for the sink (its
 * password kept only as a hash, shown once when made), and what each device session that used it
 * did. The sink process reads credentials and writes sessions; the app makes captures and reads
 * them back. Recording a session changes what the case's report shows, so it moves the case's
 * revision on (the PDF cache keys on it).
 */

/** How the sink answers a captured message: accept it, or refuse it as the diagnosed server did. */
export const captureAnswerSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("accept") }),
  z.object({
    kind: z.literal("refuse"),
    code: z.number().int().min(400).max(599),
    message: z.string().min(1).max(500),
  }),
]);
export type CaptureAnswer = z.infer<typeof captureAnswerSchema>;

export type Capture = {
  id: string;
  caseId: string;
  username: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  answer: CaptureAnswer;
};

export type CaptureSession = {
  id: string;
  captureId: string;
  caseId: string;
  at: string;
  capture: DeviceCapture;
};

export type NewCapture = {
  caseId: string;
  username: string;
  secretHash: string;
  expiresAt: string;
  answer: CaptureAnswer;
};

/** At most this many sessions are kept per capture: a device left pointed at the sink cannot fill the disk. */
export const MAX_SESSIONS_PER_CAPTURE = 20;

export interface CaptureStore {
  createCapture(input: NewCapture, now?: Date): Promise<Capture>;
  /** The live capture with these credentials, or null (unknown, wrong secret, expired or revoked). */
  captureForSignIn(username: string, secretHash: string, now?: Date): Promise<Capture | null>;
  getCapture(id: string): Promise<Capture | null>;
  listCaptures(caseId: string): Promise<Capture[]>;
  revokeCapture(id: string, now?: Date): Promise<Capture | null>;
  /** Stores a session of a capture (null when the capture is gone or full) and moves the case's revision on. */
  appendSession(captureId: string, capture: DeviceCapture, now?: Date): Promise<CaptureSession | null>;
  listSessions(caseId: string): Promise<CaptureSession[]>;
}

/** Credentials for a new capture: a username a device accepts and a password with 96 bits of entropy. */
export function newCaptureCredentials(): { username: string; password: string; secretHash: string } {
  const username = `sd-${randomBytes(5).toString("hex")}`;
  // Letters and digits only, in groups: copiers' keypads and web forms take it without surprises.
  const password = randomBytes(12)
    .toString("base64url")
    .replace(/[-_]/g, "x")
    .match(/.{1,4}/g)
    ?.join("-") as string;
  return { username, password, secretHash: hashCaptureSecret(password) };
}

/** The stored form of a capture's password: random and long, so one SHA-256 is enough. */
export function hashCaptureSecret(password: string): string {
  return createHash("sha256").update(password, "utf8").digest("hex");
}

const deviceCaptureBody = z.object({ schemaVersion: z.literal(1), capture: z.custom<DeviceCapture>() });
export function sessionBody(capture: DeviceCapture): string {
  return JSON.stringify({ schemaVersion: 1, capture });
}
export function parseSessionBody(text: string): DeviceCapture {
  return deviceCaptureBody.parse(JSON.parse(text)).capture;
}
export function answerBody(answer: CaptureAnswer): string {
  return JSON.stringify({ schemaVersion: 1, answer });
}
export function parseAnswerBody(text: string): CaptureAnswer {
  return z.object({ schemaVersion: z.literal(1), answer: captureAnswerSchema }).parse(JSON.parse(text))
    .answer;
}

/** A row of either store; `T` is how it holds times (SQLite: ISO text, PostgreSQL: Date). */
export type CaptureRow<T> = {
  id: string;
  case_id: string;
  username: string;
  created_at: T;
  expires_at: T;
  revoked_at: T | null;
  body: string;
};
export type SessionRow<T> = { id: string; capture_id: string; case_id: string; created_at: T; body: string };

export function captureFromRow<T>(row: CaptureRow<T>, iso: (time: T) => string): Capture {
  return {
    id: row.id,
    caseId: row.case_id,
    username: row.username,
    createdAt: iso(row.created_at),
    expiresAt: iso(row.expires_at),
    revokedAt: row.revoked_at === null ? null : iso(row.revoked_at),
    answer: parseAnswerBody(row.body),
  };
}

export function sessionFromRow<T>(row: SessionRow<T>, iso: (time: T) => string): CaptureSession {
  return {
    id: row.id,
    captureId: row.capture_id,
    caseId: row.case_id,
    at: iso(row.created_at),
    capture: parseSessionBody(row.body),
  };
}
