-- Up Migration
-- The case store on PostgreSQL (lib/reports/postgres-case-store.ts). Documents are kept as text
-- holding JSON, exactly as serialised: jsonb would refuse a server reply containing "\u0000" and
-- the evidence must round-trip byte for byte.
CREATE TABLE cases (
  id text PRIMARY KEY,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  revision integer NOT NULL DEFAULT 1 CHECK (revision > 0),
  body text NOT NULL
);
CREATE TABLE runs (
  id text PRIMARY KEY,
  case_id text NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  created_at timestamptz NOT NULL,
  body text NOT NULL,
  UNIQUE (case_id, seq)
);
CREATE TABLE share_links (
  id text PRIMARY KEY,
  case_id text NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('owner', 'customer', 'report')),
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX share_links_by_case ON share_links (case_id);
CREATE TABLE site_checks (
  id text PRIMARY KEY,
  case_id text NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  created_at timestamptz NOT NULL,
  body text NOT NULL,
  UNIQUE (case_id, seq)
);

-- Down Migration
DROP TABLE site_checks;
DROP TABLE share_links;
DROP TABLE runs;
DROP TABLE cases;
