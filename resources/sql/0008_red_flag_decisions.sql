-- Schema step 8: a decision on each red flag, not on each screen.
--
-- The handout gate (core/safety/HandoutGate) looks at every flag of every screen, whatever its
-- date: a flag stays undecided until a decision with a note is recorded on that flag. A later
-- clear screen does not decide it. The decision columns of red_flag_screen keep what was
-- recorded for a whole screen at once (as before this step); the flag's own columns are what
-- the gate reads. Decisions are only ever written into empty columns, never overwritten.

ALTER TABLE red_flag_screen_flag ADD COLUMN decision TEXT;
ALTER TABLE red_flag_screen_flag ADD COLUMN note TEXT;
ALTER TABLE red_flag_screen_flag ADD COLUMN decided_at TEXT;
ALTER TABLE red_flag_screen_flag ADD COLUMN decided_by TEXT;

-- A screen decided before this step: each of its flags carries that decision.
UPDATE red_flag_screen_flag
SET decision = (SELECT s.decision FROM red_flag_screen s
                WHERE s.id = red_flag_screen_flag.screen_id),
    note = (SELECT s.note FROM red_flag_screen s WHERE s.id = red_flag_screen_flag.screen_id),
    decided_at = (SELECT s.decided_at FROM red_flag_screen s
                  WHERE s.id = red_flag_screen_flag.screen_id),
    decided_by = (SELECT s.decided_by FROM red_flag_screen s
                  WHERE s.id = red_flag_screen_flag.screen_id)
WHERE screen_id IN (SELECT id FROM red_flag_screen WHERE decision IS NOT NULL);
