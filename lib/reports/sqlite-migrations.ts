import type { Database } from "better-sqlite3";

/**
 * The schema, one entry per version: entry i takes a database from `user_version` i to i + 1.
 * Append only; never edit an entry that has shipped. Documents inside `body` columns carry their
 * own `schemaVersion` (see case-store.ts), so most shape changes need no migration at all.
 */
export const migrations: readonly string[] = [
  `
  CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    body TEXT NOT NULL
  ) STRICT;
  CREATE TABLE runs (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (case_id, seq)
  ) STRICT;
  CREATE TABLE share_links (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('owner', 'customer', 'report')),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT
  ) STRICT;
  CREATE INDEX share_links_by_case ON share_links (case_id);
  `,
  `
  CREATE TABLE site_checks (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (case_id, seq)
  ) STRICT;
  `,
  // What PDF caching keys on: one more with every write that changes the case's report.
  `
  ALTER TABLE cases ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
  `,
  // A reference people can read over the phone (SD-1001, SD-1002, ...): existing cases numbered in
  // the order they were created, new ones one above the highest.
  `
  ALTER TABLE cases ADD COLUMN ref INTEGER;
  UPDATE cases SET ref = 1000 + (
    SELECT COUNT(*) FROM cases AS earlier
    WHERE earlier.created_at < cases.created_at
       OR (earlier.created_at = cases.created_at AND earlier.id <= cases.id)
  );
  CREATE UNIQUE INDEX cases_by_ref ON cases (ref);
  `,
  // The helpdesk's workspace: staff accounts, their sessions, the first-run setup code, and per
  // case a summary for the case list (refreshed from the case when its revision moves on).
  `
  CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'staff')),
    password_hash TEXT,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    ip TEXT,
    user_agent TEXT
  ) STRICT;
  CREATE INDEX staff_sessions_by_staff ON staff_sessions (staff_id);
  CREATE TABLE setup_codes (
    code_hash TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  ) STRICT;
  CREATE TABLE case_summaries (
    case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    status TEXT NOT NULL,
    body TEXT NOT NULL,
    search TEXT NOT NULL
  ) STRICT;
  CREATE INDEX cases_by_activity ON cases (updated_at DESC, id DESC);
  `,
  // Invitations: an admin names an address and a role; the link, shown once, makes the account.
  `
  CREATE TABLE staff_invites (
    token_hash TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'staff')),
    invited_by TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
  ) STRICT;
  `,
  // The helpdesk's handling of a case (status by hand, assignee, its own ticket number) and what
  // happened to it, by whom and from where.
  `
  CREATE TABLE case_workflow (
    case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    status TEXT CHECK (status IN ('open', 'waiting', 'resolved')),
    assignee_id TEXT REFERENCES staff(id) ON DELETE SET NULL,
    ticket_ref TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE TABLE case_activity (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    ip TEXT
  ) STRICT;
  CREATE INDEX case_activity_by_case ON case_activity (case_id, id);
  `,
  // Device captures (lib/sink): a case's one-time sign-in for the capture sink, and what each
  // device session that used it did.
  `
  CREATE TABLE device_captures (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    username TEXT NOT NULL UNIQUE,
    secret_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT,
    body TEXT NOT NULL
  ) STRICT;
  CREATE INDEX device_captures_by_case ON device_captures (case_id);
  CREATE TABLE device_sessions (
    id TEXT PRIMARY KEY,
    capture_id TEXT NOT NULL REFERENCES device_captures(id) ON DELETE CASCADE,
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    body TEXT NOT NULL
  ) STRICT;
  CREATE INDEX device_sessions_by_case ON device_sessions (case_id, created_at);
  `,
];

/**
 * Brings the database up to the latest version. Runs under BEGIN IMMEDIATE, so two processes
 * starting at once do not both migrate: the second waits (busy_timeout), then finds nothing to do.
 * Returns the version the database is at.
 */
export function applyMigrations(db: Database, list: readonly string[] = migrations): number {
  const migrate = db.transaction(() => {
    const current = Number(db.pragma("user_version", { simple: true }));
    if (current > list.length) {
      throw new Error(
        `case database is at schema version ${current}, newer than this build knows (${list.length}); refusing to open it`,
      );
    }
    for (const sql of list.slice(current)) db.exec(sql);
    // user_version lives in the file header and is part of this transaction.
    if (current < list.length) db.pragma(`user_version = ${list.length}`);
    return list.length;
  });
  return migrate.immediate();
}
