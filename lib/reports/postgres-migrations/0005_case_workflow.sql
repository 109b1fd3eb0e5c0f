-- Up Migration
-- The helpdesk's handling of a case (status by hand, assignee, its own ticket number) and what
-- happened to it, by whom and from where.
CREATE TABLE case_workflow (
  case_id text PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  status text CHECK (status IN ('open', 'waiting', 'resolved')),
  assignee_id text REFERENCES staff(id) ON DELETE SET NULL,
  ticket_ref text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL
);
CREATE TABLE case_activity (
  id bigserial PRIMARY KEY,
  case_id text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  ip text
);
CREATE INDEX case_activity_by_case ON case_activity (case_id, id);

-- Down Migration
DROP TABLE case_activity;
DROP TABLE case_workflow;
