<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>HandoutCommand</name>
    <message>
        <source>The handout's language, e.g. de (default: --language before the command, else the patient's preferred language, else the language of messages; English when there is no translation).</source>
        <translation>La langue de la fiche, p. ex. fr (par défaut : --language avant la commande, sinon la langue préférée du patient, sinon la langue des messages ; l'anglais s'il n'existe pas de traduction).</translation>
    </message>
</context>
<context>
    <name>HandoutText</name>
    <message>
        <source>Pain 0–10</source>
        <translation>Douleur 0–10</translation>
    </message>
</context>
<context>
    <name>LanguageCommand</name>
    <message>
        <source>List the languages of messages, handouts and exercise texts</source>
        <translation>Lister les langues des messages, des fiches et des textes d'exercices</translation>
    </message>
    <message>
        <source>List the languages Gradus speaks, by code: use the code with --language (before a command), 'patient add --language' (the patient's preferred language) and 'handout --language'. The current language is marked with *.</source>
        <translation>Lister les langues de Gradus par code : utilisez le code avec --language (avant une commande), 'patient add --language' (langue préférée du patient) et 'handout --language'. La langue actuelle est marquée d'un *.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>languages takes no arguments.</source>
        <translation>languages ne prend aucun argument.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
</context>
<context>
    <name>PacingCommand</name>
    <message>
        <source>--reason goes with --override; an accepted proposal needs none.</source>
        <translation>--reason va avec --override ; une proposition acceptée n'en a pas besoin.</translation>
    </message>
</context>
<context>
    <name>PatientCommand</name>
    <message>
        <source>Preferred language of handouts (see 'gradus-cli languages').</source>
        <translation>Langue préférée des fiches (voir 'gradus-cli languages').</translation>
    </message>
    <message>
        <source>--language must be one of %1 (not '%2').</source>
        <translation>--language doit valoir l'un des codes suivants : %1 (et non '%2').</translation>
    </message>
    <message>
        <source>Show one patient.
JSON: the fields of 'patient list' plus sex, phone, email, address, referral_source, notes, language, age, created_at, updated_at, and episodes (each with id, complaint, onset, opened, closed, open, phase and conditions).</source>
        <translation>Afficher un patient.
JSON : les champs de 'patient list' plus sex, phone, email, address, referral_source, notes, language, age, created_at, updated_at, et episodes (chacun avec id, complaint, onset, opened, closed, open, phase et conditions).</translation>
    </message>
    <message>
        <source>%1 (id %2)%3</source>
        <translation>%1 (id %2)%3</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (%2 ans)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
</context>
<context>
    <name>PatientValidator</name>
    <message>
        <source>The language must be one of %1, or left empty (not '%2').</source>
        <translation>La langue doit valoir l'un des codes suivants : %1, ou rester vide (et non '%2').</translation>
    </message>
</context>
<context>
    <name>gradus::ExerciseEditorDialog</name>
    <message>
        <source>Its texts become your clinic's own: shown and printed as you write them here, whatever the language.</source>
        <translation>Ses textes deviennent ceux de votre cabinet : ils sont affichés et imprimés tels que vous les écrivez ici, quelle que soit la langue.</translation>
    </message>
</context>
<context>
    <name>gradus::HandoutDialog</name>
    <message>
        <source>The language the patient reads: the patient's preferred language unless you choose another. Exercises your clinic wrote or edited are printed as written.</source>
        <translation>La langue que lit le patient : sa langue préférée, sauf si vous en choisissez une autre. Les exercices rédigés ou modifiés par votre cabinet sont imprimés tels qu'ils ont été écrits.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
</context>
<context>
    <name>gradus::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
</context>
<context>
    <name>gradus::MainWindowHost</name>
    <message>
        <source>Change Language</source>
        <translation>Changer de langue</translation>
    </message>
    <message>
        <source>Gradus reopens its window in %1. Everything is saved, but the undo history is cleared. Change the language now?</source>
        <translation>Gradus rouvre sa fenêtre en %1. Tout est enregistré, mais l'historique d'annulation est effacé. Changer de langue maintenant ?</translation>
    </message>
</context>
<context>
    <name>gradus::PatientDetailsTab</name>
    <message>
        <source>Handout language</source>
        <translation>Langue des fiches</translation>
    </message>
    <message>
        <source>Not recorded (handouts in the language of Gradus)</source>
        <translation>Non renseignée (fiches dans la langue de Gradus)</translation>
    </message>
</context>
<context>
    <name>gradus::PatientDialog</name>
    <message>
        <source>Not recorded</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>The language of handouts for this patient. When it is not recorded, handouts are in the language of Gradus.</source>
        <translation>La langue des fiches de ce patient. Si elle n'est pas renseignée, les fiches sont dans la langue de Gradus.</translation>
    </message>
    <message>
        <source>Handout &amp;language</source>
        <translation>&amp;Langue des fiches</translation>
    </message>
</context>
<context>
    <name>gradus_cli</name>
    <message>
        <source>Usage: gradus-cli [--database PATH] [--language CODE] &lt;command&gt; [options]</source>
        <translation>Utilisation : gradus-cli [--database PATH] [--language CODE] &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Before the command: the language of messages, and of handouts and other documents for patients instead of their preferred language (%1; default: the system's)</source>
        <translation>Avant la commande : la langue des messages, ainsi que des fiches et autres documents pour les patients à la place de leur langue préférée (%1 ; par défaut : celle du système)</translation>
    </message>
    <message>
        <source>gradus-cli: --language needs a CODE.</source>
        <translation>gradus-cli : --language attend un CODE.</translation>
    </message>
    <message>
        <source>gradus-cli: --language must be one of %1, not '%2'.</source>
        <translation>gradus-cli : --language doit valoir l'un des codes suivants : %1, et non '%2'.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message numerus="yes">
        <source>Created %1 demo patients (episodes of care: %2, conditions: %3).</source>
        <translation>
            <numerusform>%1 patient de démonstration créé (épisodes de soins : %2, états cliniques : %3).</numerusform>
            <numerusform>%1 patients de démonstration créés (épisodes de soins : %2, états cliniques : %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseLibrary</name>
    <message numerus="yes">
        <source>%1 has %2 problems; nothing was loaded from it:</source>
        <translation>
            <numerusform>%1 présente %2 problème ; rien n'en a été chargé :</numerusform>
            <numerusform>%1 présente %2 problèmes ; rien n'en a été chargé :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseVocabulary</name>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n répétition</numerusform>
            <numerusform>%n répétitions</numerusform>
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
            <numerusform>%n fois par jour</numerusform>
            <numerusform>%n fois par jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) a week</source>
        <translation>
            <numerusform>%n jour par semaine</numerusform>
            <numerusform>%n jours par semaine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewEngine</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
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
            <numerusform>%n répétition</numerusform>
            <numerusform>%n répétitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metre(s)</source>
        <translation>
            <numerusform>%n mètre</numerusform>
            <numerusform>%n mètres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::PacingReviewDialog</name>
    <message numerus="yes">
        <source>Based on the %1 visits since the last decision: %2.</source>
        <translation>
            <numerusform>D'après la %1 consultation depuis la dernière décision : %2.</numerusform>
            <numerusform>D'après les %1 consultations depuis la dernière décision : %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::PatientProgressView</name>
    <message numerus="yes">
        <source>%1 visits from %2 to %3 · %4 outcome measures</source>
        <translation>
            <numerusform>%1 consultation du %2 au %3 · %4 mesures de résultat</numerusform>
            <numerusform>%1 consultations du %2 au %3 · %4 mesures de résultat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::PatientsPage</name>
    <message numerus="yes">
        <source>%1 listed</source>
        <translation>
            <numerusform>Affichés : %1</numerusform>
            <numerusform>Affichés : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %1 demo patients.</source>
        <translation>
            <numerusform>%1 patient de démonstration créé.</numerusform>
            <numerusform>%1 patients de démonstration créés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::ReviewProposalWidget</name>
    <message numerus="yes">
        <source>Why (%1 rules)</source>
        <translation>
            <numerusform>Pourquoi (%1 règle)</numerusform>
            <numerusform>Pourquoi (%1 règles)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InSentence</name>
    <message>
        <source>draft</source>
        <comment>programme status in a sentence: Programme 4 is ...</comment>
        <translation>un brouillon</translation>
    </message>
    <message>
        <source>active</source>
        <comment>programme status in a sentence: Programme 4 is ...</comment>
        <translation>actif</translation>
    </message>
    <message>
        <source>superseded</source>
        <comment>programme status in a sentence: Programme 4 is ...</comment>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>active</source>
        <comment>pacing plan status in a sentence: Plan 4 is ...</comment>
        <translation>actif</translation>
    </message>
    <message>
        <source>stopped (referred)</source>
        <comment>pacing plan status in a sentence: Plan 4 is ...</comment>
        <translation>arrêté (orienté)</translation>
    </message>
    <message>
        <source>ended (moved to another exercise)</source>
        <comment>pacing plan status in a sentence: Plan 4 is ...</comment>
        <translation>terminé (passage à un autre exercice)</translation>
    </message>
    <message>
        <source>progress</source>
        <comment>review outcome in a sentence: the proposal is to ...</comment>
        <translation>progresser</translation>
    </message>
    <message>
        <source>hold</source>
        <comment>review outcome in a sentence: the proposal is to ...</comment>
        <translation>maintenir</translation>
    </message>
    <message>
        <source>regress</source>
        <comment>review outcome in a sentence: the proposal is to ...</comment>
        <translation>régresser</translation>
    </message>
    <message>
        <source>stop and refer</source>
        <comment>review outcome in a sentence: the proposal is to ...</comment>
        <translation>arrêter et orienter</translation>
    </message>
    <message>
        <source>acute</source>
        <comment>phase of care in a sentence</comment>
        <translation>aiguë</translation>
    </message>
    <message>
        <source>subacute</source>
        <comment>phase of care in a sentence</comment>
        <translation>subaiguë</translation>
    </message>
    <message>
        <source>chronic</source>
        <comment>phase of care in a sentence</comment>
        <translation>chronique</translation>
    </message>
</context>
</TS>
