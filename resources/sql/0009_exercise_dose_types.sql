-- Schema step 9: the dose types an exercise allows.
--
-- Each exercise says which kinds of dose fit it (resources/exercises/SCHEMA.md, `dose_types`):
-- a comma-separated list of reps, hold, time, distance. The dose validator refuses a
-- prescription of another type (walking as "2 sets of 8", a plank as minutes). Empty means
-- not declared: the exercise's own default dose type (and for aerobic work time and distance)
-- is what fits. The built-in library fills it on its next merge.

ALTER TABLE exercise ADD COLUMN dose_types TEXT NOT NULL DEFAULT '';
