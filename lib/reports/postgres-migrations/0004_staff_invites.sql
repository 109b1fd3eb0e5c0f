-- Up Migration
-- Invitations: an admin names an address and a role; the link, shown once, makes the account.
CREATE TABLE staff_invites (
  token_hash text PRIMARY KEY,
  email text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'staff')),
  invited_by text NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

-- Down Migration
DROP TABLE staff_invites;
