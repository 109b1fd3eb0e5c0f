import { openReadyPool } from "../reports/postgres-pool";
import { randomId } from "../reports/random-id";
import {
  type CaseListRow,
  type CaseWorkflow,
  caseListPage,
  isoTime,
  LIST_STATUS_SQL,
  likePattern,
  normaliseEmail,
  type Staff,
  type StaffInvite,
  searchWords,
  WorkspaceError,
  type WorkspaceStore,
} from "./workspace-store";

export type PostgresWorkspaceOptions = {
  connectionString: string;
  schema?: string;
  /** Settles once the case store has migrated the database (its tables are this store's too). */
  ready: Promise<unknown>;
  poolSize?: number;
};

const iso = isoTime;

type StaffRow = {
  id: string;
  email: string;
  name: string;
  role: Staff["role"];
  password_hash: string | null;
  created_at: Date;
};

const staffFromRow = (row: StaffRow): Staff => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  createdAt: iso(row.created_at),
});

const workflowFromRow = (row: Record<string, unknown>): CaseWorkflow => ({
  status: (row.status as CaseWorkflow["status"]) ?? null,
  assigneeId: (row.assignee_id as string | null) ?? null,
  ticketRef: String(row.ticket_ref ?? ""),
  updatedAt: iso(row.updated_at),
});

const inviteFromRow = (row: Record<string, unknown>): StaffInvite => ({
  tokenHash: String(row.token_hash),
  email: String(row.email),
  role: row.role as StaffInvite["role"],
  invitedBy: String(row.invited_by),
  createdAt: iso(row.created_at),
  expiresAt: iso(row.expires_at),
  usedAt: row.used_at ? iso(row.used_at) : null,
});

/** The workspace on the PostgreSQL case database, shared by every app instance. */
export function openPostgresWorkspaceStore(options: PostgresWorkspaceOptions): WorkspaceStore {
  const { pool, query, transaction } = openReadyPool(
    {
      connectionString: options.connectionString,
      schema: options.schema ?? "public",
      max: options.poolSize ?? 5,
      name: "smtp-doctor-workspace",
      logTag: "workspace",
    },
    options.ready,
  );
  // One key for the first-run claim and the setup code: instances take turns.
  const SETUP_LOCK = 4_210_001;

  return {
    async countStaff() {
      const { rows } = await query("SELECT COUNT(*)::int AS n FROM staff");
      return Number(rows[0].n);
    },
    async createStaff(input) {
      const createdAt = new Date().toISOString();
      try {
        const { rows } = await query(
          "INSERT INTO staff (id, email, name, role, password_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *",
          [
            randomId(),
            normaliseEmail(input.email),
            input.name.trim(),
            input.role,
            input.passwordHash,
            createdAt,
          ],
        );
        return staffFromRow(rows[0]);
      } catch (error) {
        if ((error as { code?: string }).code === "23505")
          throw new WorkspaceError("email-taken", `an account for ${normaliseEmail(input.email)} exists`);
        throw error;
      }
    },
    async staffByEmail(email) {
      const { rows } = await query("SELECT * FROM staff WHERE email = $1", [normaliseEmail(email)]);
      const row = rows[0] as StaffRow | undefined;
      return row ? { ...staffFromRow(row), passwordHash: row.password_hash } : null;
    },
    async claimFirstAdmin(codeHash, now, admin) {
      return transaction(async (client) => {
        await client.query("SELECT pg_advisory_xact_lock($1)", [SETUP_LOCK]);
        const { rows: count } = await client.query("SELECT COUNT(*)::int AS n FROM staff");
        if (Number(count[0].n) > 0) return null;
        const taken = await client.query("DELETE FROM setup_codes WHERE code_hash = $1 AND expires_at > $2", [
          codeHash,
          now.toISOString(),
        ]);
        if (taken.rowCount === 0) return null;
        await client.query("DELETE FROM setup_codes");
        const { rows } = await client.query(
          "INSERT INTO staff (id, email, name, role, password_hash, created_at) VALUES ($1, $2, $3, 'admin', $4, $5) RETURNING *",
          [randomId(), normaliseEmail(admin.email), admin.name.trim(), admin.passwordHash, now.toISOString()],
        );
        return staffFromRow(rows[0]);
      });
    },
    async offerSetupCode(codeHash, now, expiresAt) {
      return transaction(async (client) => {
        await client.query("SELECT pg_advisory_xact_lock($1)", [SETUP_LOCK]);
        const live = await client.query("SELECT 1 FROM setup_codes WHERE expires_at > $1", [
          now.toISOString(),
        ]);
        if ((live.rowCount ?? 0) > 0) return false;
        await client.query("DELETE FROM setup_codes");
        await client.query(
          "INSERT INTO setup_codes (code_hash, created_at, expires_at) VALUES ($1, $2, $3)",
          [codeHash, now.toISOString(), expiresAt.toISOString()],
        );
        return true;
      });
    },
    async listStaff() {
      const { rows } = await query("SELECT * FROM staff ORDER BY created_at, email");
      return rows.map(staffFromRow);
    },
    async createInvite(invite) {
      await query(
        "INSERT INTO staff_invites (token_hash, email, role, invited_by, created_at, expires_at, used_at) VALUES ($1, $2, $3, $4, $5, $6, NULL)",
        [
          invite.tokenHash,
          normaliseEmail(invite.email),
          invite.role,
          invite.invitedBy,
          invite.createdAt,
          invite.expiresAt,
        ],
      );
    },
    async inviteByHash(tokenHash) {
      const { rows } = await query("SELECT * FROM staff_invites WHERE token_hash = $1", [tokenHash]);
      return rows[0] ? inviteFromRow(rows[0]) : null;
    },
    async pendingInvites(now) {
      const { rows } = await query(
        "SELECT * FROM staff_invites WHERE used_at IS NULL AND expires_at > $1 ORDER BY created_at DESC",
        [now.toISOString()],
      );
      return rows.map(inviteFromRow);
    },
    async acceptInvite(tokenHash, now, staff) {
      return transaction(async (client) => {
        const { rows } = await client.query(
          "UPDATE staff_invites SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING *",
          [now.toISOString(), tokenHash],
        );
        const invite = rows[0];
        if (!invite) return null;
        try {
          const created = await client.query(
            "INSERT INTO staff (id, email, name, role, password_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *",
            [randomId(), invite.email, staff.name.trim(), invite.role, staff.passwordHash, now.toISOString()],
          );
          return staffFromRow(created.rows[0]);
        } catch (error) {
          if ((error as { code?: string }).code === "23505")
            throw new WorkspaceError("email-taken", `an account for ${invite.email} exists`);
          throw error;
        }
      });
    },
    async createSession(s) {
      await query(
        "INSERT INTO staff_sessions (token_hash, staff_id, created_at, last_seen_at, expires_at, ip, user_agent) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        [s.tokenHash, s.staffId, s.createdAt, s.lastSeenAt, s.expiresAt, s.ip, s.userAgent],
      );
    },
    async sessionByHash(tokenHash) {
      const { rows } = await query(
        `SELECT s.token_hash, s.staff_id, s.created_at AS s_created_at, s.last_seen_at, s.expires_at, s.ip, s.user_agent,
                u.id, u.email, u.name, u.role, u.password_hash, u.created_at
           FROM staff_sessions s JOIN staff u ON u.id = s.staff_id WHERE s.token_hash = $1`,
        [tokenHash],
      );
      const row = rows[0];
      if (!row) return null;
      return {
        session: {
          tokenHash: row.token_hash,
          staffId: row.staff_id,
          createdAt: iso(row.s_created_at),
          lastSeenAt: iso(row.last_seen_at),
          expiresAt: iso(row.expires_at),
          ip: row.ip,
          userAgent: row.user_agent,
        },
        staff: staffFromRow(row),
      };
    },
    async touchSession(tokenHash, lastSeenAt, expiresAt) {
      await query("UPDATE staff_sessions SET last_seen_at = $1, expires_at = $2 WHERE token_hash = $3", [
        lastSeenAt,
        expiresAt,
        tokenHash,
      ]);
    },
    async deleteSession(tokenHash) {
      await query("DELETE FROM staff_sessions WHERE token_hash = $1", [tokenHash]);
    },
    async deleteSessionsOf(staffId) {
      const result = await query("DELETE FROM staff_sessions WHERE staff_id = $1", [staffId]);
      return result.rowCount ?? 0;
    },
    async staleSummaries(limit) {
      const { rows } = await query(
        `SELECT c.id FROM cases c LEFT JOIN case_summaries s ON s.case_id = c.id
          WHERE s.case_id IS NULL OR s.revision < c.revision
          ORDER BY c.updated_at DESC LIMIT $1`,
        [limit],
      );
      return rows.map((row) => row.id as string);
    },
    async saveSummary(caseId, revision, summary, search) {
      await query(
        `INSERT INTO case_summaries (case_id, revision, status, body, search) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (case_id) DO UPDATE SET revision = excluded.revision, status = excluded.status,
           body = excluded.body, search = excluded.search
         WHERE excluded.revision >= case_summaries.revision`,
        [caseId, revision, summary.status, JSON.stringify(summary), search],
      );
    },
    async listCases(q) {
      const where: string[] = [];
      const params: unknown[] = [];
      const param = (value: unknown) => {
        params.push(value);
        return `$${params.length}`;
      };
      for (const word of searchWords(q.q)) {
        // The helpdesk's own ticket number is searchable too.
        where.push(
          `(s.search || ' ' || lower(COALESCE(w.ticket_ref, ''))) LIKE ${param(likePattern(word))} ESCAPE '\\'`,
        );
      }
      if (q.status) where.push(`${LIST_STATUS_SQL} = ${param(q.status)}`);
      if (q.after) {
        // A row value: the index on (updated_at, id) seeks straight to the page.
        where.push(`(c.updated_at, c.id) < (${param(q.after.updatedAt)}::timestamptz, ${param(q.after.id)})`);
      }
      const { rows } = await query(
        `SELECT c.id, c.ref, c.created_at, c.updated_at, c.body, s.body AS summary,
                ${LIST_STATUS_SQL} AS list_status, u.name AS assignee, COALESCE(w.ticket_ref, '') AS ticket_ref
           FROM cases c LEFT JOIN case_summaries s ON s.case_id = c.id
           LEFT JOIN case_workflow w ON w.case_id = c.id
           LEFT JOIN staff u ON u.id = w.assignee_id
          ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
          ORDER BY c.updated_at DESC, c.id DESC LIMIT ${param(q.limit + 1)}`,
        params,
      );
      return caseListPage(rows as CaseListRow[], q.limit);
    },
    async resolvedBefore(cutoff, limit) {
      const { rows } = await query(
        `SELECT c.id FROM cases c LEFT JOIN case_summaries s ON s.case_id = c.id
           LEFT JOIN case_workflow w ON w.case_id = c.id
          WHERE ${LIST_STATUS_SQL} = 'resolved' AND GREATEST(c.updated_at, w.updated_at) < $1
          ORDER BY c.updated_at LIMIT $2`,
        [cutoff.toISOString(), limit],
      );
      return rows.map((row) => row.id as string);
    },
    async workflowOf(caseId) {
      const { rows } = await query("SELECT * FROM case_workflow WHERE case_id = $1", [caseId]);
      return rows[0] ? workflowFromRow(rows[0]) : null;
    },
    async setWorkflow(caseId, patch, at) {
      return transaction(async (client) => {
        const { rows } = await client.query("SELECT * FROM case_workflow WHERE case_id = $1 FOR UPDATE", [
          caseId,
        ]);
        const current = rows[0];
        const next: CaseWorkflow = {
          status: patch.status !== undefined ? patch.status : (current?.status ?? null),
          assigneeId: patch.assigneeId !== undefined ? patch.assigneeId : (current?.assignee_id ?? null),
          ticketRef: patch.ticketRef ?? current?.ticket_ref ?? "",
          updatedAt: at.toISOString(),
        };
        await client.query(
          `INSERT INTO case_workflow (case_id, status, assignee_id, ticket_ref, updated_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (case_id) DO UPDATE SET status = excluded.status, assignee_id = excluded.assignee_id,
             ticket_ref = excluded.ticket_ref, updated_at = excluded.updated_at`,
          [caseId, next.status, next.assigneeId, next.ticketRef, next.updatedAt],
        );
        return next;
      });
    },
    async logActivity(caseId, entry) {
      await query("INSERT INTO case_activity (case_id, at, actor, action, ip) VALUES ($1, $2, $3, $4, $5)", [
        caseId,
        entry.at,
        entry.actor,
        entry.action,
        entry.ip,
      ]);
    },
    async activityOf(caseId, limit) {
      const { rows } = await query(
        "SELECT at, actor, action, ip FROM case_activity WHERE case_id = $1 ORDER BY id DESC LIMIT $2",
        [caseId, limit],
      );
      return rows.map((row) => ({
        at: iso(row.at),
        actor: row.actor,
        action: row.action,
        ip: row.ip ?? null,
      }));
    },
    async close() {
      await pool.end();
    },
  };
}
