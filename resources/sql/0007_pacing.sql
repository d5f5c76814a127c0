-- Schema step 7: graded activity plans (CLINICAL.md 3) and the clinician's review decisions.
--
-- A plan belongs to a prescription, but prescriptions get new row ids in every programme
-- version. So a plan is keyed by the programme's lineage (shared by all its versions) and
-- the exercise in that slot: it follows the prescription through draftFor/activate. When a
-- decision moves the slot to the exercise's progression or regression, the plan ends.
CREATE TABLE pacing_plan (
    id {{ID}},
    patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    programme_lineage BIGINT NOT NULL,
    exercise_id BIGINT NOT NULL REFERENCES exercise (id),
    -- The inputs of core/pacing/GradedActivityPlan (PlanParameters); the schedule is rebuilt
    -- from them, so a rounding fix never leaves a stale stored schedule.
    unit TEXT NOT NULL,
    -- The measured attempts, comma-separated, as entered.
    tolerance TEXT NOT NULL,
    baseline_percent INTEGER NOT NULL,
    weekly_percent INTEGER NOT NULL,
    goal DOUBLE PRECISION NOT NULL,
    bouts INTEGER NOT NULL,
    start_date TEXT NOT NULL,
    -- Where the patient stands now: the plan week and the daily quota the clinician last
    -- set (a regression without a tolerated step sets a quota between weeks).
    current_week INTEGER NOT NULL,
    current_quota INTEGER NOT NULL,
    -- active / stopped (stop and refer) / ended (moved to another exercise)
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE INDEX pacing_plan_patient ON pacing_plan (patient_id);
CREATE INDEX pacing_plan_lineage ON pacing_plan (programme_lineage);

-- What the app proposed at a review and what the clinician decided. Never updated.
CREATE TABLE pacing_decision (
    id {{ID}},
    plan_id BIGINT NOT NULL REFERENCES pacing_plan (id) ON DELETE CASCADE,
    -- The visit the review was made at, when there was one.
    visit_id BIGINT REFERENCES visit (id) ON DELETE SET NULL,
    -- progress / hold / regress / stop_and_refer (core/pacing/ReviewDecision.h keys)
    proposed_outcome TEXT NOT NULL,
    proposed_quota INTEGER,
    proposed_week INTEGER,
    -- The ids of the rules that decided the proposal, comma-separated.
    rules TEXT NOT NULL,
    proposal TEXT NOT NULL,
    accepted INTEGER NOT NULL,
    chosen_outcome TEXT NOT NULL,
    chosen_quota INTEGER,
    chosen_week INTEGER,
    -- Required when the proposal was overridden.
    reason TEXT,
    from_week INTEGER NOT NULL,
    from_quota INTEGER NOT NULL,
    -- The programme version the decision made, when it changed the programme.
    programme_id BIGINT REFERENCES programme (id) ON DELETE SET NULL,
    decided_at TEXT NOT NULL,
    decided_by TEXT NOT NULL
);

CREATE INDEX pacing_decision_plan ON pacing_decision (plan_id);
