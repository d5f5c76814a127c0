-- Schema step 6: the safety engine (issue 6).
--
-- Red-flag screens: one row per screen (first visit, each review), the flags found in a
-- child table. A positive screen without a decision blocks handouts (core/safety/HandoutGate).
-- Screens are a clinical record: repositories only INSERT; a later screen supersedes an
-- earlier one, and a decision recorded afterwards is an UPDATE of the empty decision only.

CREATE TABLE red_flag_screen (
    id {{ID}},
    patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    -- yyyy-MM-dd: the day the screen was done.
    screen_date TEXT NOT NULL,
    clinician TEXT NOT NULL,
    -- 'referred', 'discussed', 'not_applicable', or NULL when none is recorded yet.
    decision TEXT,
    note TEXT,
    decided_at TEXT,
    decided_by TEXT,
    created_at TEXT NOT NULL
);

CREATE INDEX red_flag_screen_patient ON red_flag_screen (patient_id);

CREATE TABLE red_flag_screen_flag (
    id {{ID}},
    screen_id BIGINT NOT NULL REFERENCES red_flag_screen (id) ON DELETE CASCADE,
    -- A code of resources/safety/redflags.json.
    code TEXT NOT NULL
);

CREATE UNIQUE INDEX red_flag_screen_flag_code ON red_flag_screen_flag (screen_id, code);

-- A clinician kept an exercise that a rule says to avoid, with the reason. It matches a finding
-- by exercise and rule, in the programme it was recorded on and every later version of the
-- same lineage (a kept exercise stays kept when an active programme is copied into a new
-- draft), never in earlier versions. Position and prescription_id say where it was when
-- recorded; they are informative only (no FOREIGN KEY): saving a draft stores its
-- prescriptions afresh and reordering moves them.
CREATE TABLE safety_override (
    id {{ID}},
    programme_id BIGINT NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    prescription_position INTEGER NOT NULL,
    prescription_id BIGINT,
    exercise_id BIGINT NOT NULL REFERENCES exercise (id),
    rule_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);

CREATE INDEX safety_override_programme ON safety_override (programme_id);
