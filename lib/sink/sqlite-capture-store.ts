import Database from "better-sqlite3";
import { randomId } from "../reports/random-id";
import type { DeviceCapture } from "./capture-sink";
import {
  answerBody,
  type CaptureRow as CaptureRowOf,
  type CaptureStore,
  MAX_SESSIONS_PER_CAPTURE,
  type SessionRow as SessionRowOf,
  sessionBody,
  captureFromRow as toCapture,
  sessionFromRow as toSession,
} from "./capture-store";

type CaptureRow = CaptureRowOf<string>;
type SessionRow = SessionRowOf<string>;
const iso = (time: string) => time;
const captureFromRow = (row: CaptureRow) => toCapture(row, iso);
const sessionFromRow = (row: SessionRow) => toSession(row, iso);

/** Captures on the SQLite case database (opened by the case store first, which migrates it). */
export function openSqliteCaptureStore(
  file: string,
  busyTimeoutMs = 5_000,
): CaptureStore & { close(): Promise<void> } {
  const db = new Database(file, { fileMustExist: true });
  db.pragma(`busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
  db.pragma("foreign_keys = ON");
  const version = Number(db.pragma("user_version", { simple: true }));
  if (version < 8) {
    db.close();
    throw new Error(`the case database is at schema version ${version}: open the case store first`);
  }
  const sql = {
    insert: db.prepare(
      "INSERT INTO device_captures (id, case_id, username, secret_hash, created_at, expires_at, revoked_at, body) VALUES (?, ?, ?, ?, ?, ?, NULL, ?) RETURNING *",
    ),
    forSignIn: db.prepare(
      "SELECT * FROM device_captures WHERE username = ? AND secret_hash = ? AND revoked_at IS NULL AND expires_at > ?",
    ),
    byId: db.prepare("SELECT * FROM device_captures WHERE id = ?"),
    byCase: db.prepare("SELECT * FROM device_captures WHERE case_id = ? ORDER BY created_at, id"),
    revoke: db.prepare(
      "UPDATE device_captures SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? RETURNING *",
    ),
    countSessions: db.prepare("SELECT COUNT(*) FROM device_sessions WHERE capture_id = ?").pluck(),
    insertSession: db.prepare(
      "INSERT INTO device_sessions (id, capture_id, case_id, created_at, body) VALUES (?, ?, ?, ?, ?) RETURNING *",
    ),
    touchCase: db.prepare("UPDATE cases SET updated_at = ?, revision = revision + 1 WHERE id = ?"),
    sessionsByCase: db.prepare("SELECT * FROM device_sessions WHERE case_id = ? ORDER BY created_at, id"),
  };
  const append = db.transaction(
    (captureId: string, capture: DeviceCapture, at: string): SessionRow | null => {
      const row = sql.byId.get(captureId) as CaptureRow | undefined;
      if (!row) return null;
      if (Number(sql.countSessions.get(captureId)) >= MAX_SESSIONS_PER_CAPTURE) return null;
      const session = sql.insertSession.get(
        randomId(),
        captureId,
        row.case_id,
        at,
        sessionBody(capture),
      ) as SessionRow;
      sql.touchCase.run(at, row.case_id);
      return session;
    },
  );

  return {
    async createCapture(input, now = new Date()) {
      const row = sql.insert.get(
        randomId(),
        input.caseId,
        input.username,
        input.secretHash,
        now.toISOString(),
        input.expiresAt,
        answerBody(input.answer),
      ) as CaptureRow;
      return captureFromRow(row);
    },
    async captureForSignIn(username, secretHash, now = new Date()) {
      const row = sql.forSignIn.get(username, secretHash, now.toISOString()) as CaptureRow | undefined;
      return row ? captureFromRow(row) : null;
    },
    async getCapture(id) {
      const row = sql.byId.get(id) as CaptureRow | undefined;
      return row ? captureFromRow(row) : null;
    },
    async listCaptures(caseId) {
      return (sql.byCase.all(caseId) as CaptureRow[]).map(captureFromRow);
    },
    async revokeCapture(id, now = new Date()) {
      const row = sql.revoke.get(now.toISOString(), id) as CaptureRow | undefined;
      return row ? captureFromRow(row) : null;
    },
    async appendSession(captureId, capture, now = new Date()) {
      const row = append.immediate(captureId, capture, now.toISOString());
      return row ? sessionFromRow(row) : null;
    },
    async listSessions(caseId) {
      return (sql.sessionsByCase.all(caseId) as SessionRow[]).map(sessionFromRow);
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
