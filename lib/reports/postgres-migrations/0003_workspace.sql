-- Up Migration
-- The helpdesk's workspace: staff accounts, their sessions, the first-run setup code, and per case
-- a summary for the case list (refreshed from the case when its revision moves on).
CREATE TABLE staff (
  id text PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'staff')),
  password_hash text,
  created_at timestamptz NOT NULL
);
CREATE TABLE staff_sessions (
  token_hash text PRIMARY KEY,
  staff_id text NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  ip text,
  user_agent text
);
CREATE INDEX staff_sessions_by_staff ON staff_sessions (staff_id);
CREATE TABLE setup_codes (
  code_hash text PRIMARY KEY,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE TABLE case_summaries (
  case_id text PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  revision integer NOT NULL,
  status text NOT NULL,
  body text NOT NULL,
  search text NOT NULL
);
CREATE INDEX cases_by_activity ON cases (updated_at DESC, id DESC);

-- Down Migration
DROP INDEX cases_by_activity;
DROP TABLE case_summaries;
DROP TABLE setup_codes;
DROP TABLE staff_sessions;
DROP TABLE staff;
