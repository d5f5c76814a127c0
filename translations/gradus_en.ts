<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivationGate</name>
    <message numerus="yes">
        <source>Programme %1 cannot be given to the patient: %n exercise(s) in it are to be avoided for this patient, and no reason to keep them is recorded:</source>
        <translation>
            <numerusform>Programme %1 cannot be given to the patient: %n exercise in it is to be avoided for this patient, and no reason to keep it is recorded:</numerusform>
            <numerusform>Programme %1 cannot be given to the patient: %n exercises in it are to be avoided for this patient, and no reason to keep them is recorded:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No handout: %n exercise(s) in it are to be avoided for this patient, and no reason to keep them is recorded:</source>
        <translation>
            <numerusform>No handout: %n exercise in it is to be avoided for this patient, and no reason to keep it is recorded:</numerusform>
            <numerusform>No handout: %n exercises in it are to be avoided for this patient, and no reason to keep them is recorded:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message numerus="yes">
        <source>Created %1 demo patients (episodes of care: %2, conditions: %3).</source>
        <translation>
            <numerusform>Created %1 demo patient (episodes of care: %2, conditions: %3).</numerusform>
            <numerusform>Created %1 demo patients (episodes of care: %2, conditions: %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseLibrary</name>
    <message numerus="yes">
        <source>%1 has %2 problems; nothing was loaded from it:</source>
        <translation>
            <numerusform>%1 has %2 problem; nothing was loaded from it:</numerusform>
            <numerusform>%1 has %2 problems; nothing was loaded from it:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseVocabulary</name>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n repetition</numerusform>
            <numerusform>%n repetitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n time a day</numerusform>
            <numerusform>%n times a day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) a week</source>
        <translation>
            <numerusform>%n day a week</numerusform>
            <numerusform>%n days a week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutGate</name>
    <message numerus="yes">
        <source>No handout for this patient yet: %n red flag(s) have no recorded decision:
%1
Suggested: %2
Record the decision on each flag (referred, discussed or not applicable) with a note, then print again. A later screen does not decide an earlier flag.</source>
        <translation>
            <numerusform>No handout for this patient yet: %n red flag has no recorded decision:
%1
Suggested: %2
Record the decision on each flag (referred, discussed or not applicable) with a note, then print again. A later screen does not decide an earlier flag.</numerusform>
            <numerusform>No handout for this patient yet: %n red flags have no recorded decision:
%1
Suggested: %2
Record the decision on each flag (referred, discussed or not applicable) with a note, then print again. A later screen does not decide an earlier flag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutText</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n repetition</numerusform>
            <numerusform>%n repetitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metre(s)</source>
        <translation>
            <numerusform>%n metre</numerusform>
            <numerusform>%n metres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Walk for %n minute(s)</source>
        <translation>
            <numerusform>Walk for %n minute</numerusform>
            <numerusform>Walk for %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Walk in water for %n minute(s)</source>
        <translation>
            <numerusform>Walk in water for %n minute</numerusform>
            <numerusform>Walk in water for %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Swim for %n minute(s)</source>
        <translation>
            <numerusform>Swim for %n minute</numerusform>
            <numerusform>Swim for %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cycle for %n minute(s)</source>
        <translation>
            <numerusform>Cycle for %n minute</numerusform>
            <numerusform>Cycle for %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use the cross-trainer for %n minute(s)</source>
        <translation>
            <numerusform>Use the cross-trainer for %n minute</numerusform>
            <numerusform>Use the cross-trainer for %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep going for %n minute(s)</source>
        <translation>
            <numerusform>Keep going for %n minute</numerusform>
            <numerusform>Keep going for %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Walk %n metre(s)</source>
        <translation>
            <numerusform>Walk %n metre</numerusform>
            <numerusform>Walk %n metres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Swim %n metre(s)</source>
        <translation>
            <numerusform>Swim %n metre</numerusform>
            <numerusform>Swim %n metres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cover %n metre(s)</source>
        <translation>
            <numerusform>Cover %n metre</numerusform>
            <numerusform>Cover %n metres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n time a day</numerusform>
            <numerusform>%n times a day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s) a week</source>
        <translation>
            <numerusform>on %n day a week</numerusform>
            <numerusform>on %n days a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>gradus-cli: imported &quot;%1&quot; (%n exercise(s)) as draft programme %2; give it to the patient with &apos;gradus-cli programme activate %2&apos;.</source>
        <translation>
            <numerusform>gradus-cli: imported &quot;%1&quot; (%n exercise) as draft programme %2; give it to the patient with &apos;gradus-cli programme activate %2&apos;.</numerusform>
            <numerusform>gradus-cli: imported &quot;%1&quot; (%n exercises) as draft programme %2; give it to the patient with &apos;gradus-cli programme activate %2&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacingUnit</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n repetition</numerusform>
            <numerusform>%n repetitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metre(s)</source>
        <translation>
            <numerusform>%n metre</numerusform>
            <numerusform>%n metres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewEngine</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenCommand</name>
    <message numerus="yes">
        <source>%n red flag(s) without a decision: handouts are held back.</source>
        <translation>
            <numerusform>%n red flag without a decision: handouts are held back.</numerusform>
            <numerusform>%n red flags without a decision: handouts are held back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::PacingReviewDialog</name>
    <message numerus="yes">
        <source>Based on the %1 visits since the last decision: %2.</source>
        <translation>
            <numerusform>Based on the %1 visit since the last decision: %2.</numerusform>
            <numerusform>Based on the %1 visits since the last decision: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::PatientProgressView</name>
    <message numerus="yes">
        <source>%1 visits from %2 to %3 · %4 outcome measures</source>
        <translation>
            <numerusform>%1 visit from %2 to %3 · %4 outcome measures</numerusform>
            <numerusform>%1 visits from %2 to %3 · %4 outcome measures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::PatientsPage</name>
    <message numerus="yes">
        <source>%1 listed</source>
        <translation>
            <numerusform>%1 listed</numerusform>
            <numerusform>%1 listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %1 demo patients.</source>
        <translation>
            <numerusform>Created %1 demo patient.</numerusform>
            <numerusform>Created %1 demo patients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeActionsBar</name>
    <message numerus="yes">
        <source>Not given to the patient: %1 to be avoided for this patient, and no reason to keep it is recorded. Swap in a safer exercise, or select the finding below and choose Keep with a Reason….</source>
        <translation>
            <numerusform>Not given to the patient: %1 is to be avoided for this patient, and no reason to keep it is recorded. Swap in a safer exercise, or select the finding below and choose Keep with a Reason….</numerusform>
            <numerusform>Not given to the patient: %1 are to be avoided for this patient, and no reason to keep them is recorded. Swap in a safer exercise, or select the finding below and choose Keep with a Reason….</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeBuilderView</name>
    <message numerus="yes">
        <source>Add %n exercises</source>
        <translation>
            <numerusform>Add %n exercise</numerusform>
            <numerusform>Add %n exercises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n exercises</source>
        <translation>
            <numerusform>Move %n exercise</numerusform>
            <numerusform>Move %n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::RecordHistoryTab</name>
    <message numerus="yes">
        <source>Every change to this patient&apos;s records, newest first, as the database recorded it (%n entries shown).</source>
        <translation>
            <numerusform>Every change to this patient&apos;s records, newest first, as the database recorded it (%n entry shown).</numerusform>
            <numerusform>Every change to this patient&apos;s records, newest first, as the database recorded it (%n entries shown).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::RedFlagScreenDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n red flag(s) ticked.&lt;/b&gt; Record your decision and a note.</source>
        <translation>
            <numerusform>&lt;b&gt;%n red flag ticked.&lt;/b&gt; Record your decision and a note.</numerusform>
            <numerusform>&lt;b&gt;%n red flags ticked.&lt;/b&gt; Record your decision and a note.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::RedFlagTab</name>
    <message numerus="yes">
        <source>%n red flag(s) have no recorded decision. Handouts are held back until each has one. Click to open the Red flags tab.</source>
        <translation>
            <numerusform>%n red flag has no recorded decision. Handouts are held back until each has one. Click to open the Red flags tab.</numerusform>
            <numerusform>%n red flags have no recorded decision. Handouts are held back until each has one. Click to open the Red flags tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decision on %n red flag(s) recorded.</source>
        <translation>
            <numerusform>Decision on %n red flag recorded.</numerusform>
            <numerusform>Decision on %n red flags recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::ReviewProposalWidget</name>
    <message numerus="yes">
        <source>Why (%1 rules)</source>
        <translation>
            <numerusform>Why (%1 rule)</numerusform>
            <numerusform>Why (%1 rules)</numerusform>
        </translation>
    </message>
</context>
</TS>
