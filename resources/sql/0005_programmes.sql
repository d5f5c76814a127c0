-- Schema step 5: exercise programmes, their versions, and clinic templates.
--
-- A programme is versioned, never edited once the patient has been given it: changing an
-- active programme copies it into a new draft (version + 1, previous_version_id pointing
-- back); activating that draft supersedes the old one in the same transaction. All versions
-- of one programme share `lineage` (the id of its first version). Old versions stay readable,
-- so "what was the patient given on 3 March?" is a query on activated_at / superseded_at.

CREATE TABLE programme (
    id {{ID}},
    patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    episode_id BIGINT REFERENCES episode (id) ON DELETE SET NULL,
    -- The id of the first version; equal to id for version 1.
    lineage BIGINT NOT NULL,
    name TEXT NOT NULL,
    goal TEXT,
    start_date TEXT,
    review_date TEXT,
    -- draft / active / superseded
    status TEXT NOT NULL,
    version INTEGER NOT NULL,
    previous_version_id BIGINT REFERENCES programme (id),
    created_at TEXT NOT NULL,
    activated_at TEXT,
    superseded_at TEXT
);

CREATE INDEX programme_patient ON programme (patient_id);
CREATE INDEX programme_lineage ON programme (lineage);

CREATE TABLE programme_section (
    id {{ID}},
    programme_id BIGINT NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL
);

CREATE INDEX programme_section_programme ON programme_section (programme_id);

CREATE TABLE prescription (
    id {{ID}},
    section_id BIGINT NOT NULL REFERENCES programme_section (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    exercise_id BIGINT NOT NULL REFERENCES exercise (id),
    -- The Dose of core/model/ExerciseProperties.h; dose_type is a DoseType stable name.
    dose_type TEXT NOT NULL,
    sets INTEGER NOT NULL,
    reps INTEGER NOT NULL DEFAULT 0,
    hold_seconds INTEGER NOT NULL DEFAULT 0,
    minutes INTEGER NOT NULL DEFAULT 0,
    metres INTEGER NOT NULL DEFAULT 0,
    per_side INTEGER NOT NULL DEFAULT 0,
    per_day INTEGER NOT NULL,
    days_per_week INTEGER NOT NULL,
    rest_seconds INTEGER NOT NULL DEFAULT 0,
    -- not_applicable / left / right / both / alternate
    side TEXT NOT NULL,
    load TEXT,
    tempo TEXT,
    patient_note TEXT
);

CREATE INDEX prescription_section ON prescription (section_id);

-- Clinic templates: a programme's sections and prescriptions without a patient, stored as
-- the JSON of core/programmes/ProgrammeJson (exercises by stable id, so a template survives
-- an exercise library upgrade). Built-in ones come from resources/templates/.
CREATE TABLE programme_template (
    id {{ID}},
    -- Stable id of a built-in template ("acute_lbp_stay_active"); NULL for clinic ones.
    stable_id TEXT UNIQUE,
    name TEXT NOT NULL,
    goal TEXT,
    built_in INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
