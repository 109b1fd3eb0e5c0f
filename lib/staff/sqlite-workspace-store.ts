import Database from "better-sqlite3";
import { randomId } from "../reports/random-id";
import {
  type CaseActivity,
  type CaseListRow,
  type CaseWorkflow,
  caseListPage,
  LIST_STATUS_SQL,
  likePattern,
  normaliseEmail,
  type Staff,
  type StaffInvite,
  type StaffSession,
  searchWords,
  WorkspaceError,
  type WorkspaceStore,
} from "./workspace-store";

type StaffRow = {
  id: string;
  email: string;
  name: string;
  role: Staff["role"];
  password_hash: string | null;
  created_at: string;
};

const staffFromRow = (row: StaffRow): Staff => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  createdAt: row.created_at,
});

type WorkflowRow = {
  case_id: string;
  status: CaseWorkflow["status"];
  assignee_id: string | null;
  ticket_ref: string;
  updated_at: string;
};

const workflowFromRow = (row: WorkflowRow): CaseWorkflow => ({
  status: row.status,
  assigneeId: row.assignee_id,
  ticketRef: row.ticket_ref,
  updatedAt: row.updated_at,
});

type InviteRow = {
  token_hash: string;
  email: string;
  role: Staff["role"];
  invited_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
};

const inviteFromRow = (row: InviteRow): StaffInvite => ({
  tokenHash: row.token_hash,
  email: row.email,
  role: row.role,
  invitedBy: row.invited_by,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  usedAt: row.used_at,
});

/**
 * The workspace on the SQLite case database: a second connection to the same file, opened after
 * the case store has migrated it (WAL lets the two read and write side by side).
 */
export function openSqliteWorkspaceStore(file: string, busyTimeoutMs = 5_000): WorkspaceStore {
  const db = new Database(file, { fileMustExist: true });
  db.pragma(`busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
  db.pragma("foreign_keys = ON");
  const version = Number(db.pragma("user_version", { simple: true }));
  if (version < 7) {
    db.close();
    throw new Error(`the case database is at schema version ${version}: open the case store first`);
  }

  const sql = {
    countStaff: db.prepare("SELECT COUNT(*) FROM staff").pluck(),
    insertStaff: db.prepare(
      "INSERT INTO staff (id, email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    staffByEmail: db.prepare("SELECT * FROM staff WHERE email = ?"),
    liveCode: db.prepare("SELECT 1 FROM setup_codes WHERE expires_at > ?"),
    insertCode: db.prepare("INSERT INTO setup_codes (code_hash, created_at, expires_at) VALUES (?, ?, ?)"),
    takeCode: db.prepare("DELETE FROM setup_codes WHERE code_hash = ? AND expires_at > ?"),
    clearCodes: db.prepare("DELETE FROM setup_codes"),
    listStaff: db.prepare("SELECT * FROM staff ORDER BY created_at, email"),
    insertInvite: db.prepare(
      "INSERT INTO staff_invites (token_hash, email, role, invited_by, created_at, expires_at, used_at) VALUES (?, ?, ?, ?, ?, ?, NULL)",
    ),
    inviteByHash: db.prepare("SELECT * FROM staff_invites WHERE token_hash = ?"),
    pendingInvites: db.prepare(
      "SELECT * FROM staff_invites WHERE used_at IS NULL AND expires_at > ? ORDER BY created_at DESC",
    ),
    useInvite: db.prepare(
      "UPDATE staff_invites SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
    ),
    workflow: db.prepare("SELECT * FROM case_workflow WHERE case_id = ?"),
    upsertWorkflow: db.prepare(
      `INSERT INTO case_workflow (case_id, status, assignee_id, ticket_ref, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (case_id) DO UPDATE SET status = excluded.status, assignee_id = excluded.assignee_id,
         ticket_ref = excluded.ticket_ref, updated_at = excluded.updated_at`,
    ),
    logActivity: db.prepare(
      "INSERT INTO case_activity (case_id, at, actor, action, ip) VALUES (?, ?, ?, ?, ?)",
    ),
    activity: db.prepare(
      "SELECT at, actor, action, ip FROM case_activity WHERE case_id = ? ORDER BY id DESC LIMIT ?",
    ),
    insertSession: db.prepare(
      "INSERT INTO staff_sessions (token_hash, staff_id, created_at, last_seen_at, expires_at, ip, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ),
    sessionByHash: db.prepare(
      `SELECT s.token_hash, s.staff_id, s.created_at AS s_created_at, s.last_seen_at, s.expires_at, s.ip, s.user_agent,
              u.id, u.email, u.name, u.role, u.password_hash, u.created_at
         FROM staff_sessions s JOIN staff u ON u.id = s.staff_id WHERE s.token_hash = ?`,
    ),
    touchSession: db.prepare(
      "UPDATE staff_sessions SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?",
    ),
    deleteSession: db.prepare("DELETE FROM staff_sessions WHERE token_hash = ?"),
    deleteSessionsOf: db.prepare("DELETE FROM staff_sessions WHERE staff_id = ?"),
    stale: db
      .prepare(
        `SELECT c.id FROM cases c LEFT JOIN case_summaries s ON s.case_id = c.id
          WHERE s.case_id IS NULL OR s.revision < c.revision
          ORDER BY c.updated_at DESC LIMIT ?`,
      )
      .pluck(),
    saveSummary: db.prepare(
      `INSERT INTO case_summaries (case_id, revision, status, body, search) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (case_id) DO UPDATE SET revision = excluded.revision, status = excluded.status,
         body = excluded.body, search = excluded.search
       WHERE excluded.revision >= case_summaries.revision`,
    ),
  };

  const claim = db.transaction((codeHash: string, at: string, admin: StaffRow): Staff | null => {
    if (Number(sql.countStaff.get()) > 0) return null;
    if (sql.takeCode.run(codeHash, at).changes === 0) return null;
    sql.clearCodes.run();
    sql.insertStaff.run(admin.id, admin.email, admin.name, admin.role, admin.password_hash, admin.created_at);
    return staffFromRow(admin);
  });
  const accept = db.transaction(
    (tokenHash: string, at: string, staff: { name: string; passwordHash: string | null }): Staff | null => {
      const invite = sql.inviteByHash.get(tokenHash) as InviteRow | undefined;
      if (!invite || sql.useInvite.run(at, tokenHash, at).changes === 0) return null;
      const row: StaffRow = {
        id: randomId(),
        email: invite.email,
        name: staff.name.trim(),
        role: invite.role,
        password_hash: staff.passwordHash,
        created_at: at,
      };
      try {
        sql.insertStaff.run(row.id, row.email, row.name, row.role, row.password_hash, row.created_at);
      } catch (error) {
        if ((error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE")
          throw new WorkspaceError("email-taken", `an account for ${row.email} exists`);
        throw error;
      }
      return staffFromRow(row);
    },
  );
  const setWorkflow = db.transaction(
    (caseId: string, patch: Partial<Omit<CaseWorkflow, "updatedAt">>, at: string): CaseWorkflow => {
      const current = sql.workflow.get(caseId) as WorkflowRow | undefined;
      const next: CaseWorkflow = {
        status: patch.status !== undefined ? patch.status : (current?.status ?? null),
        assigneeId: patch.assigneeId !== undefined ? patch.assigneeId : (current?.assignee_id ?? null),
        ticketRef: patch.ticketRef ?? current?.ticket_ref ?? "",
        updatedAt: at,
      };
      sql.upsertWorkflow.run(caseId, next.status, next.assigneeId, next.ticketRef, at);
      return next;
    },
  );
  const offer = db.transaction((codeHash: string, at: string, expiresAt: string): boolean => {
    if (sql.liveCode.get(at) !== undefined) return false;
    sql.clearCodes.run();
    sql.insertCode.run(codeHash, at, expiresAt);
    return true;
  });

  return {
    async countStaff() {
      return Number(sql.countStaff.get());
    },
    async createStaff(input) {
      const row: StaffRow = {
        id: randomId(),
        email: normaliseEmail(input.email),
        name: input.name.trim(),
        role: input.role,
        password_hash: input.passwordHash,
        created_at: new Date().toISOString(),
      };
      try {
        sql.insertStaff.run(row.id, row.email, row.name, row.role, row.password_hash, row.created_at);
      } catch (error) {
        if ((error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE")
          throw new WorkspaceError("email-taken", `an account for ${row.email} exists`);
        throw error;
      }
      return staffFromRow(row);
    },
    async staffByEmail(email) {
      const row = sql.staffByEmail.get(normaliseEmail(email)) as StaffRow | undefined;
      return row ? { ...staffFromRow(row), passwordHash: row.password_hash } : null;
    },
    async claimFirstAdmin(codeHash, now, admin) {
      return claim.immediate(codeHash, now.toISOString(), {
        id: randomId(),
        email: normaliseEmail(admin.email),
        name: admin.name.trim(),
        role: "admin",
        password_hash: admin.passwordHash,
        created_at: now.toISOString(),
      });
    },
    async offerSetupCode(codeHash, now, expiresAt) {
      return offer.immediate(codeHash, now.toISOString(), expiresAt.toISOString());
    },
    async listStaff() {
      return (sql.listStaff.all() as StaffRow[]).map(staffFromRow);
    },
    async createInvite(invite) {
      sql.insertInvite.run(
        invite.tokenHash,
        normaliseEmail(invite.email),
        invite.role,
        invite.invitedBy,
        invite.createdAt,
        invite.expiresAt,
      );
    },
    async inviteByHash(tokenHash) {
      const row = sql.inviteByHash.get(tokenHash) as InviteRow | undefined;
      return row ? inviteFromRow(row) : null;
    },
    async pendingInvites(now) {
      return (sql.pendingInvites.all(now.toISOString()) as InviteRow[]).map(inviteFromRow);
    },
    async acceptInvite(tokenHash, now, staff) {
      return accept.immediate(tokenHash, now.toISOString(), staff);
    },
    async createSession(s) {
      sql.insertSession.run(
        s.tokenHash,
        s.staffId,
        s.createdAt,
        s.lastSeenAt,
        s.expiresAt,
        s.ip,
        s.userAgent,
      );
    },
    async sessionByHash(tokenHash) {
      const row = sql.sessionByHash.get(tokenHash) as
        | (StaffRow & {
            token_hash: string;
            staff_id: string;
            s_created_at: string;
            last_seen_at: string;
            expires_at: string;
            ip: string | null;
            user_agent: string | null;
          })
        | undefined;
      if (!row) return null;
      const session: StaffSession = {
        tokenHash: row.token_hash,
        staffId: row.staff_id,
        createdAt: row.s_created_at,
        lastSeenAt: row.last_seen_at,
        expiresAt: row.expires_at,
        ip: row.ip,
        userAgent: row.user_agent,
      };
      return { session, staff: staffFromRow(row) };
    },
    async touchSession(tokenHash, lastSeenAt, expiresAt) {
      sql.touchSession.run(lastSeenAt, expiresAt, tokenHash);
    },
    async deleteSession(tokenHash) {
      sql.deleteSession.run(tokenHash);
    },
    async deleteSessionsOf(staffId) {
      return sql.deleteSessionsOf.run(staffId).changes;
    },
    async staleSummaries(limit) {
      return sql.stale.all(limit) as string[];
    },
    async saveSummary(caseId, revision, summary, search) {
      sql.saveSummary.run(caseId, revision, summary.status, JSON.stringify(summary), search);
    },
    async listCases(query) {
      const where: string[] = [];
      const params: unknown[] = [];
      for (const word of searchWords(query.q)) {
        // The helpdesk's own ticket number is searchable too.
        where.push("(s.search || ' ' || lower(COALESCE(w.ticket_ref, ''))) LIKE ? ESCAPE '\\'");
        params.push(likePattern(word));
      }
      if (query.status) {
        where.push(`${LIST_STATUS_SQL} = ?`);
        params.push(query.status);
      }
      if (query.after) {
        // A row value: the index on (updated_at, id) seeks straight to the page.
        where.push("(c.updated_at, c.id) < (?, ?)");
        params.push(query.after.updatedAt, query.after.id);
      }
      const rows = db
        .prepare(
          `SELECT c.id, c.ref, c.created_at, c.updated_at, c.body, s.body AS summary,
                  ${LIST_STATUS_SQL} AS list_status, u.name AS assignee, COALESCE(w.ticket_ref, '') AS ticket_ref
             FROM cases c LEFT JOIN case_summaries s ON s.case_id = c.id
             LEFT JOIN case_workflow w ON w.case_id = c.id
             LEFT JOIN staff u ON u.id = w.assignee_id
            ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
            ORDER BY c.updated_at DESC, c.id DESC LIMIT ?`,
        )
        .all(...params, query.limit + 1) as CaseListRow[];
      return caseListPage(rows, query.limit);
    },
    async resolvedBefore(cutoff, limit) {
      return db
        .prepare(
          `SELECT c.id FROM cases c LEFT JOIN case_summaries s ON s.case_id = c.id
             LEFT JOIN case_workflow w ON w.case_id = c.id
            WHERE ${LIST_STATUS_SQL} = 'resolved' AND MAX(c.updated_at, COALESCE(w.updated_at, '')) < ?
            ORDER BY c.updated_at LIMIT ?`,
        )
        .pluck()
        .all(cutoff.toISOString(), limit) as string[];
    },
    async workflowOf(caseId) {
      const row = sql.workflow.get(caseId) as WorkflowRow | undefined;
      return row ? workflowFromRow(row) : null;
    },
    async setWorkflow(caseId, patch, at) {
      return setWorkflow.immediate(caseId, patch, at.toISOString());
    },
    async logActivity(caseId, entry) {
      sql.logActivity.run(caseId, entry.at, entry.actor, entry.action, entry.ip);
    },
    async activityOf(caseId, limit) {
      return sql.activity.all(caseId, limit) as CaseActivity[];
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
