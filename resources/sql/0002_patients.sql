-- Schema step 2: patients, their episodes of care, and each episode's clinical profile.

CREATE TABLE patient (
    id {{ID}},
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    preferred_name TEXT,
    date_of_birth TEXT NOT NULL,
    sex TEXT,
    phone TEXT,
    email TEXT,
    address TEXT,
    clinic_number TEXT UNIQUE,
    referral_source TEXT,
    notes TEXT,
    -- Lower-cased, accent-free names, clinic number and date of birth, for search as you type.
    search_text TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX patient_family_given ON patient (family_name, given_name);

CREATE TABLE episode (
    id {{ID}},
    patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    complaint TEXT NOT NULL,
    onset_date TEXT,
    opened_on TEXT NOT NULL,
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
    side TEXT,
    -- A number some codes carry, named by the code list (pregnancy: weeks).
    amount INTEGER,
    onset_date TEXT,
    status TEXT NOT NULL DEFAULT 'active',
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX episode_condition_episode ON episode_condition (episode_id);
