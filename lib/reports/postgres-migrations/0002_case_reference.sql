-- Up Migration
-- A reference people can read over the phone (SD-1001, ...). The sequence keeps it unique across
-- app instances; ADD COLUMN with a volatile default numbers the existing rows.
CREATE SEQUENCE case_ref_seq START WITH 1001;
ALTER TABLE cases ADD COLUMN ref bigint NOT NULL DEFAULT nextval('case_ref_seq');
ALTER SEQUENCE case_ref_seq OWNED BY cases.ref;
CREATE UNIQUE INDEX cases_by_ref ON cases (ref);

-- Down Migration
DROP INDEX cases_by_ref;
ALTER TABLE cases DROP COLUMN ref;
