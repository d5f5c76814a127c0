-- Schema step 2: patients, their episodes of care, and each episode's clinical profile.
-- Written by core/storage/PatientRepository, EpisodeRepository and ConditionRepository;
-- other features (visits, safety rules) read these tables by the column names below.

CREATE TABLE patient (
    id {{ID}},
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    preferred_name TEXT,
    -- yyyy-MM-dd
    date_of_birth TEXT NOT NULL,
    -- 'female', 'male', 'other', or NULL when not recorded.
    sex TEXT,
    phone TEXT,
    email TEXT,
    address TEXT,
    -- NULL when the clinic gives none; unique when given (checked case-insensitively by
    -- the repository, with this constraint as the last line of defence).
    clinic_number TEXT UNIQUE,
    referral_source TEXT,
    notes TEXT,
    -- Pre-folded names, clinic number and date of birth (core/patients/PatientSearchKey):
    -- lower case, accents removed, so gradus-cli can search with LIKE.
    search_text TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX patient_family_given ON patient (family_name, given_name);

-- Clinic numbers are unique without regard to case ("k-1" and "K-1" are the same number);
-- this index also makes the repository's lower(clinic_number) = lower(?) check fast.
CREATE UNIQUE INDEX patient_clinic_number_ci ON patient (lower(clinic_number));

CREATE TABLE episode (
    id {{ID}},
    patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    complaint TEXT NOT NULL,
    -- When the complaint began (yyyy-MM-dd); the phase of care is derived from it.
    onset_date TEXT,
    opened_on TEXT NOT NULL,
    -- NULL while the episode is open. A patient has at most one open episode.
    closed_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX episode_patient ON episode (patient_id);

-- Coded conditions and findings (codes in resources/conditions.json) that the safety rules use.
CREATE TABLE episode_condition (
    id {{ID}},
    episode_id BIGINT NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    -- 'left', 'right', 'both', or NULL (no side, or not recorded).
    side TEXT,
    -- A number some codes carry, named by the code list (pregnancy: weeks).
    amount INTEGER,
    onset_date TEXT,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'resolved')),
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX episode_condition_episode ON episode_condition (episode_id);
