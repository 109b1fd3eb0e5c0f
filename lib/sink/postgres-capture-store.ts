import { openReadyPool } from "../reports/postgres-pool";
import { randomId } from "../reports/random-id";
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

type CaptureRow = CaptureRowOf<Date>;
type SessionRow = SessionRowOf<Date>;
const iso = (time: Date) => time.toISOString();
const captureFromRow = (row: CaptureRow) => toCapture(row, iso);
const sessionFromRow = (row: SessionRow) => toSession(row, iso);

export type PostgresCaptureOptions = {
  connectionString: string;
  schema?: string;
  /** Settles once the case store has migrated the database. */
  ready: Promise<unknown>;
  poolSize?: number;
};

/** Captures on the PostgreSQL case database, shared by the app's instances and the sink. */
export function openPostgresCaptureStore(
  options: PostgresCaptureOptions,
): CaptureStore & { close(): Promise<void> } {
  const { pool, query, transaction } = openReadyPool(
    {
      connectionString: options.connectionString,
      schema: options.schema ?? "public",
      max: options.poolSize ?? 3,
      name: "smtp-doctor-captures",
      logTag: "captures",
    },
    options.ready,
  );

  return {
    async createCapture(input, now = new Date()) {
      const { rows } = await query(
        "INSERT INTO device_captures (id, case_id, username, secret_hash, created_at, expires_at, revoked_at, body) VALUES ($1, $2, $3, $4, $5, $6, NULL, $7) RETURNING *",
        [
          randomId(),
          input.caseId,
          input.username,
          input.secretHash,
          now,
          input.expiresAt,
          answerBody(input.answer),
        ],
      );
      return captureFromRow(rows[0] as CaptureRow);
    },
    async captureForSignIn(username, secretHash, now = new Date()) {
      const { rows } = await query(
        "SELECT * FROM device_captures WHERE username = $1 AND secret_hash = $2 AND revoked_at IS NULL AND expires_at > $3",
        [username, secretHash, now],
      );
      return rows[0] ? captureFromRow(rows[0] as CaptureRow) : null;
    },
    async getCapture(id) {
      const { rows } = await query("SELECT * FROM device_captures WHERE id = $1", [id]);
      return rows[0] ? captureFromRow(rows[0] as CaptureRow) : null;
    },
    async listCaptures(caseId) {
      const { rows } = await query(
        "SELECT * FROM device_captures WHERE case_id = $1 ORDER BY created_at, id",
        [caseId],
      );
      return (rows as CaptureRow[]).map(captureFromRow);
    },
    async revokeCapture(id, now = new Date()) {
      const { rows } = await query(
        "UPDATE device_captures SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2 RETURNING *",
        [now, id],
      );
      return rows[0] ? captureFromRow(rows[0] as CaptureRow) : null;
    },
    async appendSession(captureId, capture, now = new Date()) {
      return transaction(async (client) => {
        // Holding the capture's row: two sessions ending at once still respect the cap.
        const found = await client.query("SELECT case_id FROM device_captures WHERE id = $1 FOR UPDATE", [
          captureId,
        ]);
        const caseId = found.rows[0]?.case_id as string | undefined;
        if (!caseId) return null;
        const count = await client.query(
          "SELECT COUNT(*)::int AS n FROM device_sessions WHERE capture_id = $1",
          [captureId],
        );
        if (Number(count.rows[0].n) >= MAX_SESSIONS_PER_CAPTURE) return null;
        const { rows } = await client.query(
          "INSERT INTO device_sessions (id, capture_id, case_id, created_at, body) VALUES ($1, $2, $3, $4, $5) RETURNING *",
          [randomId(), captureId, caseId, now, sessionBody(capture)],
        );
        await client.query("UPDATE cases SET updated_at = $1, revision = revision + 1 WHERE id = $2", [
          now,
          caseId,
        ]);
        return sessionFromRow(rows[0] as SessionRow);
      });
    },
    async listSessions(caseId) {
      const { rows } = await query(
        "SELECT * FROM device_sessions WHERE case_id = $1 ORDER BY created_at, id",
        [caseId],
      );
      return (rows as SessionRow[]).map(sessionFromRow);
    },
    async close() {
      await pool.end();
    },
  };
}
