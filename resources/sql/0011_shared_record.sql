-- Schema step 11: the shared clinic record (several desks on one store).
--
-- Every editable record carries row_version, raised by one on each change. An edit names the
-- version it was based on and is refused when the record has moved on, so a stale edit can
-- never be written over another desk's change.
ALTER TABLE patient ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE episode ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE episode_condition ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE programme ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE pacing_plan ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE clinic_setting ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE exercise ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;

-- Who made a programme version (on a server: the signed-in account, set by the database).
ALTER TABLE programme ADD COLUMN created_by TEXT;

-- The trail of every insert, update and delete of clinical data, written by the database
-- itself (triggers installed by core/storage/AuditTrail in the same transaction as the
-- change). Nobody but the schema owner may change or delete it.
CREATE TABLE audit_log (
    id {{ID}},
    -- UTC, ISO 8601 with milliseconds
    changed_at TEXT NOT NULL,
    -- the signed-in account on a server; the desk's clinician on SQLite
    author TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id BIGINT,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    -- the patient the record belongs to, when it belongs to one (for `audit --patient`)
    patient_id BIGINT,
    -- the row before and after the change as JSON (NULL before an insert, after a delete);
    -- pictures are left out
    old_values TEXT,
    new_values TEXT
);

CREATE INDEX audit_log_patient ON audit_log (patient_id, id);
CREATE INDEX audit_log_record ON audit_log (table_name, record_id, id);

-- SQLite only: the author of the unit of work in progress. Every writing unit sets it first
-- thing (writers take turns on SQLite, so it is always the current writer's), and the
-- triggers read it.
CREATE TABLE audit_context (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    author TEXT NOT NULL
);

INSERT INTO audit_context (id, author) VALUES (1, 'unknown');
