-- Up Migration
-- Device captures (lib/sink): a case's one-time sign-in for the capture sink, and what each device
-- session that used it did.
CREATE TABLE device_captures (
  id text PRIMARY KEY,
  case_id text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  username text NOT NULL UNIQUE,
  secret_hash text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  body text NOT NULL
);
CREATE INDEX device_captures_by_case ON device_captures (case_id);
CREATE TABLE device_sessions (
  id text PRIMARY KEY,
  capture_id text NOT NULL REFERENCES device_captures(id) ON DELETE CASCADE,
  case_id text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  body text NOT NULL
);
CREATE INDEX device_sessions_by_case ON device_sessions (case_id, created_at);

-- Down Migration
DROP TABLE device_sessions;
DROP TABLE device_captures;
