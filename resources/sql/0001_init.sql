-- Schema step 1: bookkeeping and clinic-wide settings.
-- Portable SQL (SQLite and PostgreSQL); see core/storage/SqlDialect.h for placeholders.
-- Dates and times are ISO-8601 text; booleans are INTEGER 0/1.

CREATE TABLE schema_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Clinic-wide settings live in the store so that every desk sharing a server agrees on
-- thresholds. Per-desk preferences (window layout) stay in QSettings.
CREATE TABLE clinic_setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
