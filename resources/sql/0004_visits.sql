-- Schema step 4: visits and outcome measures.
--
-- Clinical record integrity: a saved visit or measure is never overwritten. `visit` and
-- `measure` hold only what never changes (whose record it is, who first saved it, when);
-- their content lives in numbered revisions. Revision 1 is the original; a correction adds
-- the next revision with who, when and why, and the newest revision is the one shown.
-- "Entered in error" (how an undo or a retraction is recorded) is a revision too, so the
-- history always shows what was there. Repositories only ever INSERT into these tables.

CREATE TABLE visit (
    id {{ID}},
    patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    episode_id BIGINT REFERENCES episode (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE INDEX visit_patient ON visit (patient_id);

CREATE TABLE visit_revision (
    id {{ID}},
    visit_id BIGINT NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    -- yyyy-MM-dd and, when known, HH:mm (local clinic time).
    visit_date TEXT NOT NULL,
    visit_time TEXT,
    -- A name the clinician types or the desk remembers; see core/model/VisitClinician.h.
    clinician TEXT NOT NULL,
    -- NPRS 0-10: now, best and worst in the last 24 h, during exercise, next morning.
    pain_now INTEGER NOT NULL,
    pain_best INTEGER,
    pain_worst INTEGER,
    pain_exercise INTEGER,
    pain_next_morning INTEGER,
    activity_label TEXT,
    activity_minutes INTEGER,
    steps INTEGER,
    -- Sessions done of sessions prescribed since the last visit.
    sessions_done INTEGER,
    sessions_planned INTEGER,
    -- none / centralising / stable / peripheralising
    leg_symptoms TEXT,
    new_neuro_signs INTEGER NOT NULL DEFAULT 0,
    notes TEXT,
    entered_in_error INTEGER NOT NULL DEFAULT 0,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    -- Why this revision was made; empty for the original.
    reason TEXT,
    UNIQUE (visit_id, revision)
);

CREATE TABLE measure (
    id {{ID}},
    patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    episode_id BIGINT REFERENCES episode (id) ON DELETE SET NULL,
    visit_id BIGINT REFERENCES visit (id) ON DELETE SET NULL,
    -- odi, rmdq, startback, psfs, tsk
    instrument TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE INDEX measure_patient ON measure (patient_id);

-- Answers are stored by section or item number only (the position in a comma-separated
-- list, `x` for unanswered), never the questionnaire's wording, whose licence may forbid
-- shipping it (CLINICAL.md section 2). The computed score is kept for listing and export.
CREATE TABLE measure_revision (
    id {{ID}},
    measure_id BIGINT NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    taken_on TEXT NOT NULL,
    answers TEXT NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    subscale INTEGER,
    band TEXT,
    entered_in_error INTEGER NOT NULL DEFAULT 0,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    reason TEXT,
    UNIQUE (measure_id, revision)
);

-- Patient-Specific Functional Scale: the patient names 3-5 activities once per episode
-- (or once for the patient when no episode is recorded) and every later PSFS re-rates them
-- in this order. The names are the patient's own words, so they are notes, not licensed text.
CREATE TABLE psfs_activity (
    id {{ID}},
    patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    episode_id BIGINT REFERENCES episode (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE INDEX psfs_activity_patient ON psfs_activity (patient_id);
