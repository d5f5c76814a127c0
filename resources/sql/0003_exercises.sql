-- Schema step 3: the exercise library.
-- Built-in exercises come from resources/exercises/library.json and are merged on upgrade;
-- clinic-made ones (stable ids starting with "clinic_") are never touched by upgrades.
-- Enum values are the stable names of core/model/ExerciseProperties.h. Lists of names or
-- stable ids are comma-separated (names never contain commas); lists of free text (steps,
-- cues) are JSON arrays of strings.

CREATE TABLE exercise (
    id {{ID}},
    -- The stable text id ("bird_dog") that the library, exports and scripts use.
    stable_id TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,
    -- The stable id this exercise was duplicated from, if any.
    based_on TEXT,
    name TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL,
    position TEXT NOT NULL,
    spinal_movement TEXT NOT NULL,
    end_range INTEGER NOT NULL DEFAULT 0,
    spinal_load TEXT NOT NULL,
    impact TEXT NOT NULL,
    loaded INTEGER NOT NULL DEFAULT 0,
    overhead INTEGER NOT NULL DEFAULT 0,
    lift_from_floor INTEGER NOT NULL DEFAULT 0,
    balance TEXT NOT NULL DEFAULT 'low',
    equipment TEXT NOT NULL DEFAULT '',
    instructions TEXT NOT NULL,
    feel TEXT NOT NULL DEFAULT '[]',
    stop_if TEXT NOT NULL DEFAULT '[]',
    dose_type TEXT NOT NULL,
    dose_sets INTEGER NOT NULL DEFAULT 0,
    dose_reps INTEGER NOT NULL DEFAULT 0,
    dose_hold_seconds INTEGER NOT NULL DEFAULT 0,
    dose_minutes INTEGER NOT NULL DEFAULT 0,
    dose_metres INTEGER NOT NULL DEFAULT 0,
    dose_per_side INTEGER NOT NULL DEFAULT 0,
    dose_per_day INTEGER NOT NULL DEFAULT 1,
    dose_days_per_week INTEGER NOT NULL DEFAULT 7,
    -- Easier and harder variants by stable id, the main chain first.
    regressions TEXT NOT NULL DEFAULT '',
    progressions TEXT NOT NULL DEFAULT '',
    source TEXT,
    -- The pose-renderer description of the drawing (resources/exercises/SCHEMA.md).
    illustration TEXT,
    -- The clinic's own photo or picture, and its MIME type.
    image {{BLOB}},
    image_type TEXT,
    -- Hidden from new programmes, still shown in old ones.
    retired INTEGER NOT NULL DEFAULT 0,
    -- Built-in only: the clinic changed the content, so upgrades leave it alone.
    edited INTEGER NOT NULL DEFAULT 0,
    -- Built-in only: library version and content hash this row's content came from, and the
    -- newest shipped content hash seen (an edited row with a newer shipped hash has an update
    -- waiting that the clinic has not taken).
    library_version INTEGER NOT NULL DEFAULT 0,
    library_hash TEXT,
    shipped_hash TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX exercise_category ON exercise (category, name);

-- Which shipped library file was last merged, so that an unchanged library costs one query
-- at start-up.
CREATE TABLE exercise_library_state (
    name TEXT PRIMARY KEY,
    library_version INTEGER NOT NULL,
    file_hash TEXT NOT NULL,
    loaded_at TEXT NOT NULL
);
