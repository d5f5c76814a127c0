<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>HandoutCommand</name>
    <message>
        <source>The handout's language, e.g. de (default: --language before the command, else the patient's preferred language, else the language of messages; English when there is no translation).</source>
        <translation>Die Sprache des Übungsblatts, z. B. de (Standard: --language vor dem Befehl, sonst die bevorzugte Sprache des Patienten, sonst die Sprache der Meldungen; Englisch, wenn es keine Übersetzung gibt).</translation>
    </message>
</context>
<context>
    <name>HandoutText</name>
    <message>
        <source>Pain 0–10</source>
        <translation>Schmerz 0–10</translation>
    </message>
    <message numerus="yes">
        <source>Walk for %n minute(s)</source>
        <translation>
            <numerusform>%n Min. gehen</numerusform>
            <numerusform>%n Min. gehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Walk in water for %n minute(s)</source>
        <translation>
            <numerusform>%n Min. im Wasser gehen</numerusform>
            <numerusform>%n Min. im Wasser gehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Swim for %n minute(s)</source>
        <translation>
            <numerusform>%n Min. schwimmen</numerusform>
            <numerusform>%n Min. schwimmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cycle for %n minute(s)</source>
        <translation>
            <numerusform>%n Min. Rad fahren</numerusform>
            <numerusform>%n Min. Rad fahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use the cross-trainer for %n minute(s)</source>
        <translation>
            <numerusform>%n Min. auf dem Crosstrainer</numerusform>
            <numerusform>%n Min. auf dem Crosstrainer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep going for %n minute(s)</source>
        <translation>
            <numerusform>%n Min. am Stück üben</numerusform>
            <numerusform>%n Min. am Stück üben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Walk %n metre(s)</source>
        <translation>
            <numerusform>%n Meter gehen</numerusform>
            <numerusform>%n Meter gehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Swim %n metre(s)</source>
        <translation>
            <numerusform>%n Meter schwimmen</numerusform>
            <numerusform>%n Meter schwimmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cover %n metre(s)</source>
        <translation>
            <numerusform>%n Meter zurücklegen</numerusform>
            <numerusform>%n Meter zurücklegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sek.</numerusform>
            <numerusform>%n Sek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n-mal täglich</numerusform>
            <numerusform>%n-mal täglich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s) a week</source>
        <translation>
            <numerusform>an %n von 7 Wochentagen</numerusform>
            <numerusform>an %n von 7 Wochentagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n Wdh.</numerusform>
            <numerusform>%n Wdh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metre(s)</source>
        <translation>
            <numerusform>%n Meter</numerusform>
            <numerusform>%n Meter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageCommand</name>
    <message>
        <source>List the languages of messages, handouts and exercise texts</source>
        <translation>Die Sprachen der Meldungen, Übungsblätter und Übungstexte auflisten</translation>
    </message>
    <message>
        <source>List the languages Gradus speaks, by code: use the code with --language (before a command), 'patient add --language' (the patient's preferred language) and 'handout --language'. The current language is marked with *.</source>
        <translation>Die Sprachen von Gradus mit ihrem Code auflisten: den Code mit --language (vor einem Befehl), 'patient add --language' (bevorzugte Sprache des Patienten) und 'handout --language' verwenden. Die aktuelle Sprache ist mit * markiert.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>languages takes no arguments.</source>
        <translation>languages erwartet keine Argumente.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
</context>
<context>
    <name>PacingCommand</name>
    <message>
        <source>--reason goes with --override; an accepted proposal needs none.</source>
        <translation>--reason gehört zu --override; ein angenommener Vorschlag braucht keine Begründung.</translation>
    </message>
</context>
<context>
    <name>PatientCommand</name>
    <message>
        <source>Preferred language of handouts (see 'gradus-cli languages').</source>
        <translation>Bevorzugte Sprache der Übungsblätter (siehe 'gradus-cli languages').</translation>
    </message>
    <message>
        <source>--language must be one of %1 (not '%2').</source>
        <translation>--language muss einer dieser Codes sein: %1 (nicht '%2').</translation>
    </message>
    <message>
        <source>Show one patient.
JSON: the fields of 'patient list' plus sex, phone, email, address, referral_source, notes, language, age, created_at, updated_at, and episodes (each with id, complaint, onset, opened, closed, open, phase and conditions).</source>
        <translation>Einen Patienten anzeigen.
JSON: die Felder von 'patient list' sowie sex, phone, email, address, referral_source, notes, language, age, created_at, updated_at und episodes (jeweils mit id, complaint, onset, opened, closed, open, phase und conditions).</translation>
    </message>
    <message>
        <source>%1 (id %2)%3</source>
        <translation>%1 (ID %2)%3</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (Alter %2)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
</context>
<context>
    <name>PatientValidator</name>
    <message>
        <source>The language must be one of %1, or left empty (not '%2').</source>
        <translation>Die Sprache muss einer dieser Codes sein: %1, oder leer bleiben (nicht '%2').</translation>
    </message>
</context>
<context>
    <name>gradus::ExerciseEditorDialog</name>
    <message>
        <source>Its texts become your clinic's own: shown and printed as you write them here, whatever the language.</source>
        <translation>Die Texte werden zu den eigenen Texten Ihrer Praxis: Sie werden so angezeigt und gedruckt, wie Sie sie hier schreiben, in jeder Sprache.</translation>
    </message>
</context>
<context>
    <name>gradus::HandoutDialog</name>
    <message>
        <source>The language the patient reads: the patient's preferred language unless you choose another. Exercises your clinic wrote or edited are printed as written.</source>
        <translation>Die Sprache, die der Patient liest: seine bevorzugte Sprache, sofern Sie keine andere wählen. Übungen, die Ihre Praxis geschrieben oder bearbeitet hat, werden so gedruckt, wie sie geschrieben sind.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
</context>
<context>
    <name>gradus::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
</context>
<context>
    <name>gradus::MainWindowHost</name>
    <message>
        <source>Change Language</source>
        <translation>Sprache wechseln</translation>
    </message>
    <message>
        <source>Gradus reopens its window in %1. Everything is saved, but the undo history is cleared. Change the language now?</source>
        <translation>Gradus öffnet sein Fenster auf %1 neu. Alles ist gespeichert, aber der Rückgängig-Verlauf wird geleert. Sprache jetzt wechseln?</translation>
    </message>
</context>
<context>
    <name>gradus::PatientDetailsTab</name>
    <message>
        <source>Handout language</source>
        <translation>Sprache der Übungsblätter</translation>
    </message>
    <message>
        <source>Not recorded (handouts in the language of Gradus)</source>
        <translation>Nicht erfasst (Übungsblätter in der Sprache von Gradus)</translation>
    </message>
</context>
<context>
    <name>gradus::PatientDialog</name>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>The language of handouts for this patient. When it is not recorded, handouts are in the language of Gradus.</source>
        <translation>Die Sprache der Übungsblätter für diesen Patienten. Ist sie nicht erfasst, sind die Übungsblätter in der Sprache von Gradus.</translation>
    </message>
    <message>
        <source>Handout &amp;language</source>
        <translation>&amp;Sprache der Übungsblätter</translation>
    </message>
</context>
<context>
    <name>gradus_cli</name>
    <message>
        <source>Usage: gradus-cli [--database PATH] [--language CODE] &lt;command&gt; [options]</source>
        <translation>Aufruf: gradus-cli [--database PATH] [--language CODE] &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Before the command: the language of messages, and of handouts and other documents for patients instead of their preferred language (%1; default: the system's)</source>
        <translation>Vor dem Befehl: die Sprache der Meldungen sowie der Übungsblätter und anderer Dokumente für Patienten anstelle ihrer bevorzugten Sprache (%1; Standard: die des Systems)</translation>
    </message>
    <message>
        <source>gradus-cli: --language needs a CODE.</source>
        <translation>gradus-cli: --language braucht einen CODE.</translation>
    </message>
    <message>
        <source>gradus-cli: --language must be one of %1, not '%2'.</source>
        <translation>gradus-cli: --language muss einer dieser Codes sein: %1, nicht '%2'.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message numerus="yes">
        <source>Created %1 demo patients (episodes of care: %2, conditions: %3).</source>
        <translation>
            <numerusform>%1 Demo-Patient angelegt (Behandlungsepisoden: %2, Diagnosen: %3).</numerusform>
            <numerusform>%1 Demo-Patienten angelegt (Behandlungsepisoden: %2, Diagnosen: %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseLibrary</name>
    <message numerus="yes">
        <source>%1 has %2 problems; nothing was loaded from it:</source>
        <translation>
            <numerusform>%1 hat %2 Fehler; daraus wurde nichts geladen:</numerusform>
            <numerusform>%1 hat %2 Fehler; daraus wurde nichts geladen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseVocabulary</name>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n Wdh.</numerusform>
            <numerusform>%n Wdh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n-mal täglich</numerusform>
            <numerusform>%n-mal täglich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) a week</source>
        <translation>
            <numerusform>%n Tag pro Woche</numerusform>
            <numerusform>%n Tage pro Woche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewEngine</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacingUnit</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n Wdh.</numerusform>
            <numerusform>%n Wdh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sek.</numerusform>
            <numerusform>%n Sek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metre(s)</source>
        <translation>
            <numerusform>%n Meter</numerusform>
            <numerusform>%n Meter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::PacingReviewDialog</name>
    <message numerus="yes">
        <source>Based on the %1 visits since the last decision: %2.</source>
        <translation>
            <numerusform>Auf Grundlage des %1 Termins seit der letzten Entscheidung: %2.</numerusform>
            <numerusform>Auf Grundlage der %1 Termine seit der letzten Entscheidung: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::PatientProgressView</name>
    <message numerus="yes">
        <source>%1 visits from %2 to %3 · %4 outcome measures</source>
        <translation>
            <numerusform>%1 Termin vom %2 bis %3 · %4 Assessments</numerusform>
            <numerusform>%1 Termine vom %2 bis %3 · %4 Assessments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::PatientsPage</name>
    <message numerus="yes">
        <source>%1 listed</source>
        <translation>
            <numerusform>%1 angezeigt</numerusform>
            <numerusform>%1 angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %1 demo patients.</source>
        <translation>
            <numerusform>%1 Demo-Patient angelegt.</numerusform>
            <numerusform>%1 Demo-Patienten angelegt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::ReviewProposalWidget</name>
    <message numerus="yes">
        <source>Why (%1 rules)</source>
        <translation>
            <numerusform>Begründung (%1 Regel)</numerusform>
            <numerusform>Begründung (%1 Regeln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InSentence</name>
    <message>
        <source>draft</source>
        <comment>programme status in a sentence: Programme 4 is ...</comment>
        <translation>ein Entwurf</translation>
    </message>
    <message>
        <source>active</source>
        <comment>programme status in a sentence: Programme 4 is ...</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>superseded</source>
        <comment>programme status in a sentence: Programme 4 is ...</comment>
        <translation>abgelöst</translation>
    </message>
    <message>
        <source>active</source>
        <comment>pacing plan status in a sentence: Plan 4 is ...</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>stopped (referred)</source>
        <comment>pacing plan status in a sentence: Plan 4 is ...</comment>
        <translation>abgebrochen (überwiesen)</translation>
    </message>
    <message>
        <source>ended (moved to another exercise)</source>
        <comment>pacing plan status in a sentence: Plan 4 is ...</comment>
        <translation>beendet (zu einer anderen Übung gewechselt)</translation>
    </message>
    <message>
        <source>progress</source>
        <comment>review outcome in a sentence: the proposal is to ...</comment>
        <translation>steigern</translation>
    </message>
    <message>
        <source>hold</source>
        <comment>review outcome in a sentence: the proposal is to ...</comment>
        <translation>beibehalten</translation>
    </message>
    <message>
        <source>regress</source>
        <comment>review outcome in a sentence: the proposal is to ...</comment>
        <translation>reduzieren</translation>
    </message>
    <message>
        <source>stop and refer</source>
        <comment>review outcome in a sentence: the proposal is to ...</comment>
        <translation>abbrechen und überweisen</translation>
    </message>
    <message>
        <source>acute</source>
        <comment>phase of care in a sentence</comment>
        <translation>akut</translation>
    </message>
    <message>
        <source>subacute</source>
        <comment>phase of care in a sentence</comment>
        <translation>subakut</translation>
    </message>
    <message>
        <source>chronic</source>
        <comment>phase of care in a sentence</comment>
        <translation>chronisch</translation>
    </message>
</context>
</TS>
