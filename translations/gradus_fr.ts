<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>is not a known field (expected one of: %1)</source>
        <translation>n&apos;est pas un champ connu (champs attendus&#xa0;: %1)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be at most %1 characters (found %2)</source>
        <translation>doit comporter au plus %1 caractères (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be from %1 to %2 (found %3)</source>
        <translation>doit être compris entre %1 et %2 (trouvé&#xa0;: %3)</translation>
    </message>
    <message>
        <source>must be a date written yyyy-MM-dd, or null</source>
        <translation>doit être une date au format yyyy-MM-dd, ou null</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>section %1</translation>
    </message>
    <message>
        <source>section %1 &quot;%2&quot;</source>
        <translation>section %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>, item %1</source>
        <translation>, élément %1</translation>
    </message>
    <message>
        <source>, item %1 &quot;%2&quot;</source>
        <translation>, élément %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exercise id (lower-case letters, digits and _)</source>
        <translation>&quot;%1&quot; n&apos;est pas un identifiant d&apos;exercice (lettres minuscules, chiffres et _)</translation>
    </message>
    <message>
        <source>must be not_applicable, left, right, both or alternate</source>
        <translation>doit valoir not_applicable, left, right, both ou alternate</translation>
    </message>
</context>
<context>
    <name>ActivationGate</name>
    <message>
        <source>- %1 (%2), rule &quot;%3&quot;: %4</source>
        <translation>- %1 (%2), règle &quot;%3&quot;&#xa0;: %4</translation>
    </message>
    <message>
        <source> Safer: %1.</source>
        <translation> Alternatives plus sûres&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Programme %1 cannot be given to the patient: %n exercise(s) in it are to be avoided for this patient, and no reason to keep them is recorded:</source>
        <translation>
            <numerusform>Le programme %1 ne peut pas être remis au patient&#xa0;: %n exercice qu&apos;il contient est à éviter pour ce patient, et aucun motif de le conserver n&apos;est enregistré&#xa0;:</numerusform>
            <numerusform>Le programme %1 ne peut pas être remis au patient&#xa0;: %n exercices qu&apos;il contient sont à éviter pour ce patient, et aucun motif de les conserver n&apos;est enregistré&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No handout: %n exercise(s) in it are to be avoided for this patient, and no reason to keep them is recorded:</source>
        <translation>
            <numerusform>Pas de fiche&#xa0;: %n exercice qu&apos;elle contient est à éviter pour ce patient, et aucun motif de le conserver n&apos;est enregistré&#xa0;:</numerusform>
            <numerusform>Pas de fiche&#xa0;: %n exercices qu&apos;elle contient sont à éviter pour ce patient, et aucun motif de les conserver n&apos;est enregistré&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace each with a safer exercise, or keep it with your reason: in the builder select the finding and choose &quot;Keep with a Reason…&quot;, or run
%1</source>
        <translation>Remplacez chacun par un exercice plus sûr, ou conservez-le avec votre motif&#xa0;: dans l&apos;éditeur de programme, sélectionnez le constat et choisissez «&#xa0;Conserver avec un motif…&#xa0;», ou lancez
%1</translation>
    </message>
    <message>
        <source>Replace each with a safer exercise, or put them in a programme and keep them there with your reason (&quot;Keep with a Reason…&quot; in the builder, or gradus-cli programme override).</source>
        <translation>Remplacez chacun par un exercice plus sûr, ou placez-les dans un programme et conservez-les-y avec votre motif («&#xa0;Conserver avec un motif…&#xa0;» dans l&apos;éditeur de programme, ou gradus-cli programme override).</translation>
    </message>
</context>
<context>
    <name>AmendMeasureCommand</name>
    <message>
        <source>Amend %1</source>
        <translation>Corriger %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AmendVisitCommand</name>
    <message>
        <source>Amend Visit of %1</source>
        <translation>Corriger la consultation de %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Show who changed a patient&apos;s records or one record, and when</source>
        <translation>Afficher qui a modifié les données d&apos;un patient ou un enregistrement, et quand</translation>
    </message>
    <message>
        <source>Show the audit trail: every insert, update and delete the database recorded, newest first. Values are printed with --json only (they may hold clinical text).
JSON: an array of objects with id, changed_at, author, table, record_id, action, patient_id, changed (the columns that changed), old and new.</source>
        <translation>Afficher la piste d&apos;audit&#xa0;: chaque insertion, modification et suppression enregistrée par la base de données, de la plus récente à la plus ancienne. Les valeurs ne sont affichées qu&apos;avec --json (elles peuvent contenir du texte clinique).
JSON&#xa0;: un tableau d&apos;objets avec id, changed_at, author, table, record_id, action, patient_id, changed (les colonnes modifiées), old et new.</translation>
    </message>
    <message>
        <source>Changes to this patient&apos;s records.</source>
        <translation>Modifications des données de ce patient.</translation>
    </message>
    <message>
        <source>Changes to one record, e.g. programme:12.</source>
        <translation>Modifications d&apos;un enregistrement, p. ex. programme:12.</translation>
    </message>
    <message>
        <source>At most N entries (default 200).</source>
        <translation>Au plus N entrées (200 par défaut).</translation>
    </message>
    <message>
        <source>audit needs one of --patient ID or --record TABLE:ID.</source>
        <translation>audit nécessite --patient ID ou --record TABLE:ID.</translation>
    </message>
    <message>
        <source>--limit must be a whole number of at least 1 (not &apos;%1&apos;).</source>
        <translation>--limit doit être un nombre entier d&apos;au moins 1 (et non &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a patient id (a whole number).</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant de patient (nombre entier).</translation>
    </message>
    <message>
        <source>--record must be TABLE:ID, e.g. programme:12 (not &apos;%1&apos;).</source>
        <translation>--record doit être de la forme TABLE:ID, p. ex. programme:12 (et non &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Aucune modification enregistrée.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>There is no backup file %1.</source>
        <translation>Le fichier de sauvegarde %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL dump. Restore it on the server with pg_restore, for example: pg_restore --clean --dbname=gradus %1</source>
        <translation>%1 est un export PostgreSQL (pg_dump). Restaurez-le sur le serveur avec pg_restore, par exemple&#xa0;: pg_restore --clean --dbname=gradus %1</translation>
    </message>
    <message>
        <source>%1 is not a Gradus backup (it is not a SQLite database).</source>
        <translation>%1 n&apos;est pas une sauvegarde Gradus (ce n&apos;est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s integrity check failed (%2).</source>
        <translation>%1 est endommagé&#xa0;: le contrôle d&apos;intégrité de SQLite a échoué (%2).</translation>
    </message>
    <message>
        <source>%1 is a SQLite database, but not a Gradus database.</source>
        <translation>%1 est une base de données SQLite, mais pas une base de données Gradus.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Gradus (schema %2; this program reads up to %3). Restore it with the newer Gradus.</source>
        <translation>%1 a été écrit par une version plus récente de Gradus (schéma %2&#xa0;; ce programme lit jusqu&apos;au schéma %3). Restaurez-le avec la version plus récente de Gradus.</translation>
    </message>
    <message>
        <source>%1 records no usable schema version.</source>
        <translation>%1 n&apos;indique aucune version de schéma utilisable.</translation>
    </message>
    <message>
        <source>%1 is the database in use; restore into a new file and open that instead.</source>
        <translation>%1 est la base de données en cours d&apos;utilisation&#xa0;; restaurez dans un nouveau fichier et ouvrez plutôt celui-ci.</translation>
    </message>
    <message>
        <source>%1 is the backup itself; restore into a new file.</source>
        <translation>%1 est la sauvegarde elle-même&#xa0;; restaurez dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The copy of %1 did not pass the check (%2); nothing was restored.</source>
        <translation>La copie de %1 n&apos;a pas passé le contrôle (%2)&#xa0;; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>Could not move the restored copy to %1.</source>
        <translation>Impossible de déplacer la copie restaurée vers %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: %1</source>
        <translation>La sauvegarde automatique n&apos;a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this computer. Install the PostgreSQL client tools (Debian: sudo apt-get install postgresql-client), or make the backup on the server with: %1</source>
        <translation>pg_dump n&apos;est pas installé sur cet ordinateur. Installez les outils clients PostgreSQL (Debian&#xa0;: sudo apt-get install postgresql-client), ou faites la sauvegarde sur le serveur avec&#xa0;: %1</translation>
    </message>
    <message>
        <source>pg_dump could not back up the server database: %1</source>
        <translation>pg_dump n&apos;a pas pu sauvegarder la base de données du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not move the dump to %1.</source>
        <translation>Impossible de déplacer l&apos;export vers %1.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database it copies (%1).</source>
        <translation>Une sauvegarde ne peut pas être écrite par-dessus la base de données qu&apos;elle copie (%1).</translation>
    </message>
</context>
<context>
    <name>CarePhase</name>
    <message>
        <source>Acute</source>
        <translation>Aiguë</translation>
    </message>
    <message>
        <source>Subacute</source>
        <translation>Subaiguë</translation>
    </message>
    <message>
        <source>Chronic</source>
        <translation>Chronique</translation>
    </message>
    <message>
        <source>Phase unknown</source>
        <translation>Phase inconnue</translation>
    </message>
</context>
<context>
    <name>ChangeInterpretation</name>
    <message>
        <source>Ostelo 2008 (Spine 33:90): 2 points or 30%; recovered = 0 (Kamper 2010)</source>
        <translation>Ostelo 2008 (Spine 33:90)&#xa0;: 2 points ou 30&#xa0;%&#xa0;; rétabli = 0 (Kamper 2010)</translation>
    </message>
    <message>
        <source>Ostelo 2008: 10 points or 30%; 12 points in physiotherapy clinics (Abbott &amp; Schmitt 2014, JOSPT 44:560)</source>
        <translation>Ostelo 2008&#xa0;: 10 points ou 30&#xa0;%&#xa0;; 12 points en cabinet de kinésithérapie (Abbott &amp; Schmitt 2014, JOSPT 44:560)</translation>
    </message>
    <message>
        <source>Ostelo 2008: 5 points or 30% (2-3 points minimum, Bombardier 2001); recovered = 2 or less</source>
        <translation>Ostelo 2008&#xa0;: 5 points ou 30&#xa0;% (2-3 points au minimum, Bombardier 2001)&#xa0;; rétabli = 2 ou moins</translation>
    </message>
    <message>
        <source>Hill 2008: no change threshold is published; the risk group is shown</source>
        <translation>Hill 2008&#xa0;: aucun seuil de changement n&apos;est publié&#xa0;; le groupe de risque est affiché</translation>
    </message>
    <message>
        <source>Abbott &amp; Schmitt 2014: 2 points for the mean, 3 for one activity (MID 1.3 / 2.3 / 2.7 small / medium / large)</source>
        <translation>Abbott &amp; Schmitt 2014&#xa0;: 2 points pour la moyenne, 3 pour une activité (DMI 1,3 / 2,3 / 2,7&#xa0;: petite / moyenne / grande)</translation>
    </message>
    <message>
        <source>TSK-17: a change of 4 points or more</source>
        <translation>TSK-17&#xa0;: un changement de 4 points ou plus</translation>
    </message>
    <message>
        <source>No published threshold; shown for information</source>
        <translation>Aucun seuil publié&#xa0;; affiché à titre d&apos;information</translation>
    </message>
    <message>
        <source>No follow-up yet</source>
        <translation>Pas encore de suivi</translation>
    </message>
    <message>
        <source>No threshold</source>
        <translation>Aucun seuil</translation>
    </message>
    <message>
        <source>Important improvement</source>
        <translation>Amélioration importante</translation>
    </message>
    <message>
        <source>Important worsening</source>
        <translation>Aggravation importante</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation>Sous le seuil</translation>
    </message>
    <message>
        <source>none published</source>
        <translation>aucun publié</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>%1 or %2%</source>
        <translation>%1 ou %2&#xa0;%</translation>
    </message>
    <message>
        <source>Baseline only; no follow-up value yet.</source>
        <translation>Valeur initiale seulement&#xa0;; pas encore de valeur de suivi.</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Aucun changement.</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>Better by %1%2.</source>
        <translation>Amélioration de %1%2.</translation>
    </message>
    <message>
        <source>Worse by %1%2.</source>
        <translation>Aggravation de %1%2.</translation>
    </message>
    <message>
        <source>Clinically important improvement.</source>
        <translation>Amélioration cliniquement importante.</translation>
    </message>
    <message>
        <source>Clinically important worsening.</source>
        <translation>Aggravation cliniquement importante.</translation>
    </message>
    <message>
        <source>Less than the clinically important change (%1).</source>
        <translation>Inférieur au changement cliniquement important (%1).</translation>
    </message>
    <message>
        <source>Recovered.</source>
        <translation>Rétabli.</translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>lower is better</source>
        <translation>plus bas = meilleur</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus haut = meilleur</translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>&apos;%1&apos; is not a %2 id (a positive whole number).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant valide (%2)&#xa0;: il faut un nombre entier positif.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Wrong number of arguments. Usage: gradus-cli %1 [options]%2 (--help says more).</source>
        <translation>Nombre d&apos;arguments incorrect. Usage&#xa0;: gradus-cli %1 [options]%2 (--help en dit plus).</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>gradus-cli: unknown %1 command &apos;%2&apos;.</source>
        <translation>gradus-cli&#xa0;: commande %1 inconnue&#xa0;: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Usage: gradus-cli %1 &lt;command&gt; [options]</source>
        <translation>Utilisation&#xa0;: gradus-cli %1 &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;gradus-cli %1 &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Lancez &apos;gradus-cli %1 &lt;commande&gt; --help&apos; pour voir les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>--tolerance must be numbers separated by commas (e.g. 10,12,11); &quot;%1&quot; is not a number.</source>
        <translation>--tolerance doit être une liste de nombres séparés par des virgules (p. ex. 10,12,11)&#xa0;; &quot;%1&quot; n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 doit être un nombre entier, et non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>gradus-cli: programme %1 is active, so the change goes into draft version %2 (id %3); the patient keeps version %4 until &apos;gradus-cli programme activate %3&apos;.</source>
        <translation>gradus-cli&#xa0;: le programme %1 est actif&#xa0;; la modification va donc dans le brouillon, version %2 (identifiant %3)&#xa0;; le patient garde la version %4 jusqu&apos;à &apos;gradus-cli programme activate %3&apos;.</translation>
    </message>
    <message>
        <source>There is no template &apos;%1&apos;.</source>
        <translation>Il n&apos;existe pas de modèle &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Start one with &apos;gradus-cli db create&apos;, &apos;patient add&apos; or &apos;demo&apos;.</source>
        <translation>Créez-en une avec &apos;gradus-cli db create&apos;, &apos;patient add&apos; ou &apos;demo&apos;.</translation>
    </message>
</context>
<context>
    <name>ClinicCommand</name>
    <message>
        <source>Clinic details, handout and pacing defaults, and this desk&apos;s clinician</source>
        <translation>Coordonnées du cabinet, valeurs par défaut des fiches et de la gestion de l&apos;activité, et thérapeute de ce poste</translation>
    </message>
    <message>
        <source>Show the clinic&apos;s settings</source>
        <translation>Afficher les paramètres du cabinet</translation>
    </message>
    <message>
        <source>Change one or more of the clinic&apos;s settings</source>
        <translation>Modifier un ou plusieurs paramètres du cabinet</translation>
    </message>
    <message>
        <source>Show the clinic&apos;s settings (shared by every desk of the clinic) and this desk&apos;s clinician name.</source>
        <translation>Afficher les paramètres du cabinet (communs à tous les postes du cabinet) et le nom du thérapeute de ce poste.</translation>
    </message>
    <message>
        <source>Change the clinic&apos;s settings. Only the options given change; an empty value (--email &quot;&quot;) clears a text. Nothing is changed when one value is refused.</source>
        <translation>Modifier les paramètres du cabinet. Seules les options indiquées changent&#xa0;; une valeur vide (--email &quot;&quot;) efface un texte. Rien n&apos;est modifié si une valeur est refusée.</translation>
    </message>
    <message>
        <source>The logo printed on handouts: a PNG or SVG file (at most 1 MB), stored in the database.</source>
        <translation>Le logo imprimé sur les fiches&#xa0;: un fichier PNG ou SVG (1 Mo au plus), enregistré dans la base de données.</translation>
    </message>
    <message>
        <source>Remove the logo.</source>
        <translation>Supprimer le logo.</translation>
    </message>
    <message>
        <source>This desk&apos;s clinician name, recorded on visits and printed on handouts (a desk preference, not stored in the database); empty = the account&apos;s name.</source>
        <translation>Nom du thérapeute de ce poste, enregistré sur les consultations et imprimé sur les fiches (préférence du poste, non enregistrée dans la base de données)&#xa0;; vide = nom du compte.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Give either --logo or --no-logo, not both.</source>
        <translation>Indiquez --logo ou --no-logo, mais pas les deux.</translation>
    </message>
    <message>
        <source>clinic set needs at least one setting to change (see --help).</source>
        <translation>clinic set nécessite au moins un paramètre à modifier (voir --help).</translation>
    </message>
    <message>
        <source>Clinician at this desk</source>
        <translation>Thérapeute de ce poste</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1, %2 octets</translation>
    </message>
    <message>
        <source>Refuse the change unless the clinic&apos;s settings are still at version N (shown as &quot;version&quot; by clinic show --json); nothing is written when another desk changed any of them meanwhile.</source>
        <translation>Refuser la modification si les paramètres du cabinet ne sont plus à la version N (affichée comme &quot;version&quot; par clinic show --json)&#xa0;; rien n&apos;est écrit si un autre poste a modifié l&apos;un d&apos;eux entre-temps.</translation>
    </message>
    <message>
        <source>--if-version must be a positive whole number, found &apos;%1&apos;.</source>
        <translation>--if-version doit être un nombre entier positif&#xa0;; trouvé&#xa0;: &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>ClinicLogo</name>
    <message>
        <source>The logo file %1 cannot be read.</source>
        <translation>Le fichier de logo %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The logo file %1 is %2 KB; a logo may be at most %3 KB.</source>
        <translation>Le fichier de logo %1 fait %2 Ko&#xa0;; un logo ne peut pas dépasser %3 Ko.</translation>
    </message>
    <message>
        <source>The logo is %1 KB; a logo may be at most %2 KB.</source>
        <translation>Le logo fait %1 Ko&#xa0;; un logo ne peut pas dépasser %2 Ko.</translation>
    </message>
    <message>
        <source>The logo is a damaged PNG image.</source>
        <translation>Le logo est une image PNG endommagée.</translation>
    </message>
    <message>
        <source>The logo is an SVG image that cannot be drawn.</source>
        <translation>Le logo est une image SVG qui ne peut pas être dessinée.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or SVG image.</source>
        <translation>Le logo doit être une image PNG ou SVG.</translation>
    </message>
</context>
<context>
    <name>ClinicSettings</name>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 doit être un nombre entier.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 doit être compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>Paper size must be &quot;a4&quot; or &quot;letter&quot;.</source>
        <translation>Le format de papier doit être &quot;a4&quot; ou &quot;letter&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (name@example.org).</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse e-mail (nom@example.org).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (www.example.org).</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse web (www.example.org).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a telephone number: use digits, spaces and + ( ) - . / only.</source>
        <translation>&quot;%1&quot; n&apos;est pas un numéro de téléphone&#xa0;: utilisez uniquement des chiffres, des espaces et + ( ) - . /</translation>
    </message>
    <message>
        <source>Handout language must be one of %1.</source>
        <translation>La langue des fiches doit être l&apos;une des suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or SVG image.</source>
        <translation>Le logo doit être une image PNG ou SVG.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format de papier</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Langue des fiches</translation>
    </message>
    <message>
        <source>Baseline (% of tolerance)</source>
        <translation>Niveau de départ (% de la tolérance)</translation>
    </message>
    <message>
        <source>Weekly increase (% of baseline)</source>
        <translation>Augmentation hebdomadaire (% du niveau de départ)</translation>
    </message>
    <message>
        <source>Highest acceptable pain during exercise</source>
        <translation>Douleur acceptable maximale pendant l&apos;exercice</translation>
    </message>
    <message>
        <source>Highest safe pain during exercise</source>
        <translation>Douleur sûre maximale pendant l&apos;exercice</translation>
    </message>
    <message>
        <source>Bad days before a step back</source>
        <translation>Mauvais jours avant un retour en arrière</translation>
    </message>
    <message>
        <source>Step back (%)</source>
        <translation>Retour en arrière (%)</translation>
    </message>
    <message>
        <source>New back pain is a red flag under age</source>
        <translation>Une nouvelle douleur du dos est un drapeau rouge avant l&apos;âge de</translation>
    </message>
    <message>
        <source>New back pain is a red flag over age</source>
        <translation>Une nouvelle douleur du dos est un drapeau rouge après l&apos;âge de</translation>
    </message>
    <message>
        <source>%1 may be at most %2 characters long.</source>
        <translation>%1 ne peut pas dépasser %2 caractères.</translation>
    </message>
    <message>
        <source>The highest safe pain (%1) cannot be above the highest acceptable pain (%2).</source>
        <translation>La douleur sûre maximale (%1) ne peut pas dépasser la douleur acceptable maximale (%2).</translation>
    </message>
    <message>
        <source>The record of the clinic&apos;s settings</source>
        <translation>L&apos;enregistrement des paramètres du cabinet</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Des deux côtés</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>ConditionCatalog</name>
    <message>
        <source>The condition list is not valid JSON: %1</source>
        <translation>La liste des états cliniques n&apos;est pas un JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The condition list is empty.</source>
        <translation>La liste des états cliniques est vide.</translation>
    </message>
    <message>
        <source>The condition code &apos;%1&apos; is not snake_case.</source>
        <translation>Le code d&apos;état clinique &apos;%1&apos; n&apos;est pas en snake_case.</translation>
    </message>
    <message>
        <source>The condition code &apos;%1&apos; has no name.</source>
        <translation>Le code d&apos;état clinique &apos;%1&apos; n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The condition code &apos;%1&apos; appears twice.</source>
        <translation>Le code d&apos;état clinique &apos;%1&apos; apparaît deux fois.</translation>
    </message>
    <message>
        <source>The amount of condition code &apos;%1&apos; needs a name and a range.</source>
        <translation>La valeur numérique du code d&apos;état clinique &apos;%1&apos; doit avoir un nom et une plage.</translation>
    </message>
    <message>
        <source>The phase of condition code &apos;%1&apos; must be complaint, own_onset or none (not &apos;%2&apos;).</source>
        <translation>La phase du code d&apos;état clinique &apos;%1&apos; doit valoir complaint, own_onset ou none (et non &apos;%2&apos;).</translation>
    </message>
</context>
<context>
    <name>ConditionCommand</name>
    <message>
        <source>List the condition codes with their names</source>
        <translation>Lister les codes d&apos;état clinique avec leur nom</translation>
    </message>
    <message>
        <source>Add a condition to a patient&apos;s open episode of care</source>
        <translation>Ajouter un état clinique à l&apos;épisode de soins ouvert d&apos;un patient</translation>
    </message>
    <message>
        <source>List a patient&apos;s conditions</source>
        <translation>Lister les états cliniques d&apos;un patient</translation>
    </message>
    <message>
        <source>List the condition codes.
JSON: an array of objects with code, name, description, source, side (whether a side can be given) and amount (name, unit, minimum, maximum; null when the code takes no number).</source>
        <translation>Lister les codes d&apos;état clinique.
JSON&#xa0;: un tableau d&apos;objets avec code, name, description, source, side (si un côté peut être indiqué) et amount (name, unit, minimum, maximum&#xa0;; null quand le code ne prend pas de nombre).</translation>
    </message>
    <message>
        <source> [--side]</source>
        <translation> [--side]</translation>
    </message>
    <message>
        <source> [--amount %1, %2-%3]</source>
        <translation> [--amount %1, %2-%3]</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>Identifiant du patient.</translation>
    </message>
    <message>
        <source>A code from &apos;condition codes&apos;.</source>
        <translation>Un code de &apos;condition codes&apos;.</translation>
    </message>
    <message>
        <source>Onset date, YYYY-MM-DD.</source>
        <translation>Date de début, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>left, right or both.</source>
        <translation>left, right ou both.</translation>
    </message>
    <message>
        <source>The number the code carries (pregnancy: weeks).</source>
        <translation>Le nombre associé au code (grossesse&#xa0;: semaines).</translation>
    </message>
    <message>
        <source>A short note.</source>
        <translation>Une note courte.</translation>
    </message>
    <message>
        <source>Record it as resolved.</source>
        <translation>L&apos;enregistrer comme résolu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known condition code (see &apos;gradus-cli condition codes&apos;).</source>
        <translation>&apos;%1&apos; n&apos;est pas un code d&apos;état clinique connu (voir &apos;gradus-cli condition codes&apos;).</translation>
    </message>
    <message>
        <source>--onset must be a date written YYYY-MM-DD (not &apos;%1&apos;).</source>
        <translation>--onset doit être une date au format YYYY-MM-DD (et non &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--side must be left, right or both (not &apos;%1&apos;).</source>
        <translation>--side doit valoir left, right ou both (et non &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--amount must be a whole number (not &apos;%1&apos;).</source>
        <translation>--amount doit être un nombre entier (et non &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>List the conditions of the patient&apos;s open episode of care (with --all, of every episode).
JSON: an array of objects with id, episode_id, code, name, side, amount, onset, status, note.</source>
        <translation>Lister les états cliniques de l&apos;épisode de soins ouvert du patient (avec --all, de tous ses épisodes).
JSON&#xa0;: un tableau d&apos;objets avec id, episode_id, code, name, side, amount, onset, status, note.</translation>
    </message>
    <message>
        <source>Include closed episodes.</source>
        <translation>Inclure les épisodes clôturés.</translation>
    </message>
    <message>
        <source>List condition codes; add, edit and list a patient&apos;s conditions</source>
        <translation>Lister les codes d&apos;état clinique&#xa0;; ajouter, modifier et lister les états cliniques d&apos;un patient</translation>
    </message>
    <message>
        <source>Change a condition&apos;s onset, side, amount, note or status</source>
        <translation>Modifier le début, le côté, la quantité, la note ou le statut d&apos;un état clinique</translation>
    </message>
    <message>
        <source>Add a coded condition to the patient&apos;s open episode of care, opening one today when none is open. An episode opened here takes the --onset of a complaint (such as sciatica) as its own onset: the phase of care comes from it. Prints the new condition&apos;s id (with --json, the condition with episode_opened telling whether an episode was opened).</source>
        <translation>Ajouter un état clinique codé à l&apos;épisode de soins ouvert du patient, en en ouvrant un à la date du jour si aucun n&apos;est ouvert. Un épisode ouvert ici prend comme date de début le --onset d&apos;un motif de consultation (comme la sciatique)&#xa0;: la phase de soins en découle. Affiche l&apos;identifiant du nouvel état clinique (avec --json, l&apos;état clinique avec episode_opened, qui indique si un épisode a été ouvert).</translation>
    </message>
    <message>
        <source>Change a condition of a patient&apos;s clinical profile: only the options given change. The onset dates the condition (for recent surgery: the date of surgery); the safety check takes the phase of care from it. &apos;none&apos; clears --onset or --amount. Prints the condition&apos;s id (with --json, the condition).</source>
        <translation>Modifier un état clinique du profil clinique d&apos;un patient&#xa0;: seules les options indiquées changent. Le début date l&apos;état clinique (pour une chirurgie récente&#xa0;: la date de l&apos;intervention)&#xa0;; le contrôle de sécurité en déduit la phase de soins. &apos;none&apos; efface --onset ou --amount. Affiche l&apos;identifiant de l&apos;état clinique (avec --json, l&apos;état clinique).</translation>
    </message>
    <message>
        <source>The condition&apos;s id (see &apos;condition list&apos;).</source>
        <translation>Identifiant de l&apos;état clinique (voir &apos;condition list&apos;).</translation>
    </message>
    <message>
        <source>Onset date, YYYY-MM-DD, or none.</source>
        <translation>Date de début, YYYY-MM-DD, ou none.</translation>
    </message>
    <message>
        <source>The number the code carries (pregnancy: weeks), or none.</source>
        <translation>Le nombre associé au code (grossesse&#xa0;: semaines d&apos;aménorrhée), ou none.</translation>
    </message>
    <message>
        <source>A short note (replaces the old one).</source>
        <translation>Une note courte (remplace l&apos;ancienne).</translation>
    </message>
    <message>
        <source>active or resolved.</source>
        <translation>active ou resolved.</translation>
    </message>
    <message>
        <source>condition edit needs at least one of --onset, --side, --amount, --note or --status.</source>
        <translation>condition edit nécessite au moins une des options --onset, --side, --amount, --note ou --status.</translation>
    </message>
    <message>
        <source>--onset must be a date written YYYY-MM-DD or none (not &apos;%1&apos;).</source>
        <translation>--onset doit être une date au format YYYY-MM-DD ou none (et non &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--amount must be a whole number or none (not &apos;%1&apos;).</source>
        <translation>--amount doit être un nombre entier ou none (et non &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--status must be active or resolved (not &apos;%1&apos;).</source>
        <translation>--status doit valoir active ou resolved (et non &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>état clinique</translation>
    </message>
</context>
<context>
    <name>ConditionRepository</name>
    <message>
        <source>There is no condition with id %1.</source>
        <translation>Aucun état clinique n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>There is no episode of care with id %1.</source>
        <translation>Aucun épisode de soins n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>%1 is already an active part of this episode&apos;s profile.</source>
        <translation>%1 figure déjà comme état clinique actif dans le profil de cet épisode.</translation>
    </message>
    <message>
        <source>Only a stored condition can be restored.</source>
        <translation>Seul un état clinique enregistré peut être restauré.</translation>
    </message>
    <message>
        <source>A condition cannot be moved to another episode.</source>
        <translation>Un état clinique ne peut pas être déplacé vers un autre épisode.</translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation>État clinique %1</translation>
    </message>
</context>
<context>
    <name>ConflictReport</name>
    <message>
        <source>%1 was changed by %2 at %3 (%4) after you read it (you edited version %5; it is now version %6). Nothing was written: read it again and make your change on the new version.</source>
        <translation>%1 a été modifié par %2 le %3 (%4) après que vous l&apos;avez lu (vous avez modifié la version %5&#xa0;; c&apos;est maintenant la version %6). Rien n&apos;a été écrit&#xa0;: relisez-le et apportez votre modification sur la nouvelle version.</translation>
    </message>
    <message>
        <source>no field shown</source>
        <translation>aucun champ affiché</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere after you read it (you edited version %2; it is now version %3). Nothing was written: read it again and make your change on the new version.</source>
        <translation>%1 a été modifié ailleurs après que vous l&apos;avez lu (vous avez modifié la version %2&#xa0;; c&apos;est maintenant la version %3). Rien n&apos;a été écrit&#xa0;: relisez-le et apportez votre modification sur la nouvelle version.</translation>
    </message>
</context>
<context>
    <name>CreatePacingPlanCommand</name>
    <message>
        <source>New Graded Activity Plan</source>
        <translation>Nouveau plan d&apos;activité graduée</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The %1 database driver is not installed (package %2).</source>
        <translation>Le pilote de base de données %1 n&apos;est pas installé (paquet %2).</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Gradus database. It has not been changed.</source>
        <translation>%1 est une base de données d&apos;un autre programme, pas une base de données Gradus. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Gradus (schema %2; this program understands up to %3). Install the newer Gradus to open it. The file has not been changed.</source>
        <translation>%1 a été écrit par une version plus récente de Gradus (schéma %2&#xa0;; ce programme lit jusqu&apos;au schéma %3). Installez cette version plus récente de Gradus pour l&apos;ouvrir. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Gradus (schema %2; this program understands up to %3). Install the newer Gradus to open it. Nothing has been changed.</source>
        <translation>%1 a été écrit par une version plus récente de Gradus (schéma %2&#xa0;; ce programme lit jusqu&apos;au schéma %3). Installez cette version plus récente de Gradus pour l&apos;ouvrir. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database needs an upgrade, but the backup copy before the upgrade could not be written (%1). Nothing has been changed.</source>
        <translation>La base de données doit être mise à niveau, mais la copie de sauvegarde préalable n&apos;a pas pu être écrite (%1). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Schema step %1 is missing from this build.</source>
        <translation>L&apos;étape de schéma %1 manque dans cette version du programme.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2. The database was left at schema %3.</source>
        <translation>La mise à niveau de la base de données vers le schéma %1 a échoué&#xa0;: %2. La base de données est restée au schéma %3.</translation>
    </message>
    <message>
        <source>The new record was not created.</source>
        <translation>Le nouvel enregistrement n&apos;a pas été créé.</translation>
    </message>
    <message>
        <source>Backups of a server database are made on the server (pg_dump).</source>
        <translation>Les sauvegardes d&apos;une base de données sur serveur se font sur le serveur (pg_dump).</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Aucune transaction n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>An earlier step failed, so nothing was saved.</source>
        <translation>Une étape précédente a échoué&#xa0;; rien n&apos;a donc été enregistré.</translation>
    </message>
    <message>
        <source>A change was attempted inside a read-only unit of work.</source>
        <translation>Une modification a été tentée dans une unité de travail en lecture seule.</translation>
    </message>
    <message>
        <source>The database is busy: another desk or program is saving and did not finish in time. Nothing was changed; try again.</source>
        <translation>La base de données est occupée&#xa0;: un autre poste ou programme est en train d&apos;enregistrer et n&apos;a pas terminé à temps. Rien n&apos;a été modifié&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The transaction was not active.</source>
        <translation>La transaction n&apos;était pas active.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself; choose another name.</source>
        <translation>Une sauvegarde ne peut pas remplacer la base de données elle-même&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: the disk is full. Nothing was written.</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1&#xa0;: le disque est plein. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2 Nothing was written.</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1&#xa0;: %2 Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>There is no database at %1. Nothing was created.</source>
        <translation>Il n&apos;y a pas de base de données à l&apos;emplacement %1. Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Gradus database. It has not been changed. To make a new database there, ask for one explicitly (File → New Database, or gradus-cli db create).</source>
        <translation>%1 est un fichier vide, pas une base de données Gradus. Le fichier n&apos;a pas été modifié. Pour y créer une nouvelle base de données, demandez-le explicitement (Fichier → Nouvelle base de données, ou gradus-cli db create).</translation>
    </message>
    <message>
        <source>A new database cannot be made at %1: %2. Nothing was changed.</source>
        <translation>Impossible de créer une nouvelle base de données à l&apos;emplacement %1&#xa0;: %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to schema %2 before this Gradus can use it, but %3. It has not been changed; make it writable to upgrade it.</source>
        <translation>%1 doit être mis à niveau vers le schéma %2 pour que cette version de Gradus puisse l&apos;utiliser, mais %3. Le fichier n&apos;a pas été modifié&#xa0;; rendez-le accessible en écriture pour le mettre à niveau.</translation>
    </message>
    <message>
        <source>Could not create a new database at %1: %2 Nothing was created.</source>
        <translation>Impossible de créer une nouvelle base de données à l&apos;emplacement %1&#xa0;: %2 Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Could not read %1 (%2). It has not been changed.</source>
        <translation>Impossible de lire %1 (%2). Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The account %1 may not read the Gradus tables of %2 (%3). Ask the administrator of the database server to grant it access. Nothing has been changed.</source>
        <translation>Le compte %1 n&apos;a pas le droit de lire les tables Gradus de %2 (%3). Demandez à l&apos;administrateur du serveur de base de données de lui en donner l&apos;accès. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>%1 records no schema version, so it is not a complete Gradus database. It has not been changed.</source>
        <translation>%1 n&apos;indique aucune version de schéma&#xa0;: ce n&apos;est donc pas une base de données Gradus complète. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 records an unreadable schema version, so it is not a complete Gradus database. It has not been changed.</source>
        <translation>%1 indique une version de schéma illisible&#xa0;: ce n&apos;est donc pas une base de données Gradus complète. Le fichier n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database location was given.</source>
        <translation>Aucun emplacement de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address. Use postgresql://user@host:port/database.</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse de serveur valide. Utilisez postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The database location contains a NUL character.</source>
        <translation>L&apos;emplacement de la base de données contient un caractère NUL.</translation>
    </message>
    <message>
        <source>The server address gives the option &quot;%1&quot; twice.</source>
        <translation>L&apos;adresse du serveur indique deux fois l&apos;option &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>sslmode must be one of %1, not &quot;%2&quot;.</source>
        <translation>sslmode doit valoir l&apos;une des valeurs suivantes&#xa0;: %1, et non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>sslrootcert must name a certificate file without &apos;;&apos;, not &quot;%1&quot;.</source>
        <translation>sslrootcert doit désigner un fichier de certificat sans &apos;;&apos;, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>connect_timeout doit être un nombre de secondes de 1 à 3600, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The server address has an unknown option &quot;%1&quot;; Gradus understands sslmode, sslrootcert and connect_timeout.</source>
        <translation>L&apos;adresse du serveur contient une option inconnue &quot;%1&quot;&#xa0;; Gradus comprend sslmode, sslrootcert et connect_timeout.</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>Database information and backups</source>
        <translation>Informations sur la base de données et sauvegardes</translation>
    </message>
    <message>
        <source>Show the database location, schema version and record counts</source>
        <translation>Afficher l&apos;emplacement de la base de données, la version du schéma et le nombre d&apos;enregistrements</translation>
    </message>
    <message>
        <source>Write a complete copy of the database to a file</source>
        <translation>Écrire une copie complète de la base de données dans un fichier</translation>
    </message>
    <message>
        <source>Show the database location, schema version and record counts.</source>
        <translation>Afficher l&apos;emplacement de la base de données, la version du schéma et le nombre d&apos;enregistrements.</translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation>Base de données&#xa0;:   %1</translation>
    </message>
    <message>
        <source>Backend:         %1</source>
        <translation>Moteur&#xa0;:            %1</translation>
    </message>
    <message>
        <source>Schema version:  %1 (this program: %2)</source>
        <translation>Version du schéma&#xa0;: %1 (ce programme&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Enregistrements&#xa0;:</translation>
    </message>
    <message>
        <source>Where to write the copy (must not exist).</source>
        <translation>Où écrire la copie (le fichier ne doit pas exister).</translation>
    </message>
    <message>
        <source>Check a backup and write it as a new database file</source>
        <translation>Vérifier une sauvegarde et l&apos;écrire comme nouveau fichier de base de données</translation>
    </message>
    <message>
        <source>List the automatic daily backups; set how many are kept</source>
        <translation>Lister les sauvegardes quotidiennes automatiques&#xa0;; définir combien sont conservées</translation>
    </message>
    <message>
        <source>Write a complete copy of the database to FILE, readable by you only. A SQLite store is copied while open; a PostgreSQL store is dumped with pg_dump (custom format; restore it with pg_restore), which must be installed (package postgresql-client).
The app also keeps automatic daily copies in backups/ beside a SQLite store (the newest 7 unless the clinic setting backup/keep says otherwise; 0 turns them off).</source>
        <translation>Écrire une copie complète de la base de données dans FILE, lisible par vous seul. Une base SQLite est copiée pendant qu&apos;elle est ouverte&#xa0;; une base PostgreSQL est exportée avec pg_dump (format custom&#xa0;; restaurez-la avec pg_restore), qui doit être installé (paquet postgresql-client).
L&apos;application conserve aussi des copies quotidiennes automatiques dans backups/ à côté d&apos;une base SQLite (les 7 plus récentes, sauf si le paramètre du cabinet backup/keep en décide autrement&#xa0;; 0 les désactive).</translation>
    </message>
    <message>
        <source>Check BACKUP (a Gradus SQLite database: SQLite&apos;s integrity check, a schema this Gradus reads) and write it as the new database file NEW_FILE, readable by you only. Nothing is written over an existing file without --force, and never over the database in use (--database) or the backup itself. Open the result with --database NEW_FILE; an older schema is upgraded then, after a copy.
JSON: path, schema_version, patients, visits, programmes.</source>
        <translation>Vérifier BACKUP (une base de données SQLite de Gradus&#xa0;: contrôle d&apos;intégrité de SQLite, schéma lisible par cette version de Gradus) et l&apos;écrire comme nouveau fichier de base de données NEW_FILE, lisible par vous seul. Aucun fichier existant n&apos;est écrasé sans --force, et jamais la base de données en cours d&apos;utilisation (--database) ni la sauvegarde elle-même. Ouvrez le résultat avec --database NEW_FILE&#xa0;; un schéma plus ancien est alors mis à niveau, après une copie.
JSON&#xa0;: path, schema_version, patients, visits, programmes.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Le fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>The new database file.</source>
        <translation>Le nouveau fichier de base de données.</translation>
    </message>
    <message>
        <source>Replace NEW_FILE if it exists (never the database in use).</source>
        <translation>Remplacer NEW_FILE s&apos;il existe (jamais la base de données en cours d&apos;utilisation).</translation>
    </message>
    <message>
        <source>db restore needs --to NEW_FILE.</source>
        <translation>db restore nécessite --to NEW_FILE.</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 existe déjà&#xa0;; ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>gradus-cli: restored a backup with %1 patients, %2 visits and %3 programmes (schema %4). Open it with --database %5</source>
        <translation>gradus-cli&#xa0;: sauvegarde restaurée avec %1 patients, %2 consultations et %3 programmes (schéma %4). Ouvrez-la avec --database %5</translation>
    </message>
    <message>
        <source>List the automatic daily backups in backups/ beside a SQLite store (the app makes at most one a day when it starts) and how many are kept.
--keep N changes the clinic setting backup/keep (0 to 365; 0 turns automatic backups off). --now makes today&apos;s copy if there is none yet, as the app does, for a store the app rarely opens.
JSON: keep, folder, backups (path, date, bytes) oldest first.</source>
        <translation>Lister les sauvegardes quotidiennes automatiques dans backups/ à côté d&apos;une base SQLite (l&apos;application en fait au plus une par jour, à son démarrage) et combien sont conservées.
--keep N modifie le paramètre du cabinet backup/keep (0 à 365&#xa0;; 0 désactive les sauvegardes automatiques). --now fait la copie du jour s&apos;il n&apos;y en a pas encore, comme le fait l&apos;application, pour une base que l&apos;application ouvre rarement.
JSON&#xa0;: keep, folder, backups (path, date, bytes), de la plus ancienne à la plus récente.</translation>
    </message>
    <message>
        <source>How many daily backups to keep from now on.</source>
        <translation>Nombre de sauvegardes quotidiennes à conserver désormais.</translation>
    </message>
    <message>
        <source>Make today&apos;s automatic backup if it is not there yet.</source>
        <translation>Faire la sauvegarde automatique du jour si elle n&apos;existe pas encore.</translation>
    </message>
    <message>
        <source>--keep must be a whole number from %1 to %2 (found &quot;%3&quot;).</source>
        <translation>--keep doit être un nombre entier de %1 à %2 (trouvé&#xa0;: &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>Automatic daily backups are made for a SQLite database only; back a server up on the server (gradus-cli db backup FILE runs pg_dump).</source>
        <translation>Les sauvegardes quotidiennes automatiques ne concernent qu&apos;une base de données SQLite&#xa0;; sauvegardez un serveur sur le serveur (gradus-cli db backup FILE lance pg_dump).</translation>
    </message>
    <message>
        <source>Automatic daily backups are off (backup/keep is 0).</source>
        <translation>Les sauvegardes quotidiennes automatiques sont désactivées (backup/keep vaut 0).</translation>
    </message>
    <message>
        <source>Automatic daily backups: the newest %1 are kept in %2.</source>
        <translation>Sauvegardes quotidiennes automatiques&#xa0;: les %1 plus récentes sont conservées dans %2.</translation>
    </message>
    <message>
        <source>There are no automatic backups yet.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde automatique.</translation>
    </message>
    <message>
        <source>Look for damage (integrity check); repairs nothing</source>
        <translation>Rechercher des dommages (contrôle d&apos;intégrité)&#xa0;; ne répare rien</translation>
    </message>
    <message>
        <source>Make a new, empty database</source>
        <translation>Créer une nouvelle base de données vide</translation>
    </message>
    <message>
        <source>Print each change as it is committed, from any desk</source>
        <translation>Afficher chaque modification au moment où elle est validée, depuis n&apos;importe quel poste</translation>
    </message>
    <message>
        <source>Read-only:       yes (%1)</source>
        <translation>Lecture seule&#xa0;:     oui (%1)</translation>
    </message>
    <message>
        <source>Look for damage in the database without changing it: SQLite&apos;s integrity_check and foreign_key_check, or on a server every table read through (and its indexes verified when the amcheck extension is installed); then whether every table of the recorded schema is there. Exit status 0 when no damage is found, 5 when it is.</source>
        <translation>Rechercher des dommages dans la base de données sans la modifier&#xa0;: integrity_check et foreign_key_check de SQLite, ou, sur un serveur, lecture complète de chaque table (et vérification de ses index si l&apos;extension amcheck est installée)&#xa0;; puis vérifier que chaque table du schéma enregistré est présente. Code de sortie 0 si aucun dommage n&apos;est trouvé, 5 sinon.</translation>
    </message>
    <message>
        <source>The faster check the app runs at start-up.</source>
        <translation>Le contrôle plus rapide que l&apos;application lance au démarrage.</translation>
    </message>
    <message>
        <source>No damage found in %1 (schema %2).</source>
        <translation>Aucun dommage trouvé dans %1 (schéma %2).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Make a new, empty database at the --database path (or the default one). An existing database is never replaced; an empty (zero-length) file there is.</source>
        <translation>Créer une nouvelle base de données vide à l&apos;emplacement --database (ou à l&apos;emplacement par défaut). Une base de données existante n&apos;est jamais remplacée&#xa0;; un fichier vide (de taille nulle) à cet emplacement l&apos;est.</translation>
    </message>
    <message>
        <source>%1 already exists; a new database is only made where there is none (or an empty file).</source>
        <translation>%1 existe déjà&#xa0;; une nouvelle base de données n&apos;est créée que là où il n&apos;y en a pas (ou dans un fichier vide).</translation>
    </message>
    <message>
        <source>Print one line per change committed to the database from now on, by any desk or script: time, author, action, table and record id (no values). Runs until interrupted, or until --count changes were printed.
JSON: one object per line with id, changed_at, author, action, table, record_id and patient_id.</source>
        <translation>Afficher une ligne par modification validée dans la base de données à partir de maintenant, par n&apos;importe quel poste ou script&#xa0;: heure, auteur, action, table et identifiant d&apos;enregistrement (sans les valeurs). S&apos;exécute jusqu&apos;à interruption, ou jusqu&apos;à ce que --count modifications aient été affichées.
JSON&#xa0;: un objet par ligne avec id, changed_at, author, action, table, record_id et patient_id.</translation>
    </message>
    <message>
        <source>Print JSON lines.</source>
        <translation>Afficher des lignes JSON.</translation>
    </message>
    <message>
        <source>Stop after N changes.</source>
        <translation>S&apos;arrêter après N modifications.</translation>
    </message>
    <message>
        <source>Look every MS milliseconds (default 1000).</source>
        <translation>Vérifier toutes les MS millisecondes (par défaut 1000).</translation>
    </message>
    <message>
        <source>--count must be a whole number (not &apos;%1&apos;).</source>
        <translation>--count doit être un nombre entier (et non &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--interval must be between 50 and 60000 milliseconds (not &apos;%1&apos;).</source>
        <translation>--interval doit être compris entre 50 et 60000 millisecondes (et non &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Copy the clinic into a new SQLite file or an empty server database</source>
        <translation>Copier le cabinet dans un nouveau fichier SQLite ou une base de données vide sur un serveur</translation>
    </message>
    <message>
        <source>Copy the whole clinic (every table, with pictures and history, keeping record ids) into an empty target: a new SQLite FILE, or an empty database on a server named by postgresql://user@host[:port]/dbname, where the schema is made first. The rows go in as one transaction and the copy&apos;s row count of every table is compared with the clinic&apos;s before it is committed; a target that already holds records is refused and nothing is written there.
JSON: to, backend, schema_version, rows, tables (rows per table).</source>
        <translation>Copier tout le cabinet (toutes les tables, avec les images et l&apos;historique, en conservant les identifiants d&apos;enregistrement) dans une cible vide&#xa0;: un nouveau fichier SQLite FILE, ou une base de données vide sur un serveur désigné par postgresql://user@host[:port]/dbname, où le schéma est d&apos;abord créé. Les lignes sont écrites en une seule transaction et le nombre de lignes de chaque table de la copie est comparé à celui du cabinet avant la validation&#xa0;; une cible qui contient déjà des enregistrements est refusée et rien n&apos;y est écrit.
JSON&#xa0;: to, backend, schema_version, rows, tables (lignes par table).</translation>
    </message>
    <message>
        <source>The new SQLite file or the empty server database.</source>
        <translation>Le nouveau fichier SQLite ou la base de données vide sur le serveur.</translation>
    </message>
    <message>
        <source>db copy needs --to URL|FILE.</source>
        <translation>db copy nécessite --to URL|FILE.</translation>
    </message>
    <message>
        <source>Copied the clinic to %1 (schema %2). Rows per table, the same in the clinic and in the copy:</source>
        <translation>Cabinet copié vers %1 (schéma %2). Lignes par table, identiques dans le cabinet et dans la copie&#xa0;:</translation>
    </message>
    <message>
        <source>Rows in all: %1</source>
        <translation>Lignes au total&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DemoClinic</name>
    <message>
        <source>Demo patient (fictional).</source>
        <translation>Patient de démonstration (fictif).</translation>
    </message>
    <message>
        <source>Pelvic girdle and low back pain in pregnancy</source>
        <translation>Douleurs de la ceinture pelvienne et lombalgie pendant la grossesse</translation>
    </message>
    <message>
        <source>Low back pain with left leg pain</source>
        <translation>Lombalgie avec douleur de la jambe gauche</translation>
    </message>
    <message>
        <source>Low back pain with right leg pain</source>
        <translation>Lombalgie avec douleur de la jambe droite</translation>
    </message>
    <message>
        <source>Back pain spreading into both legs</source>
        <translation>Douleur du dos irradiant dans les deux jambes</translation>
    </message>
    <message>
        <source>Low back pain</source>
        <translation>Lombalgie</translation>
    </message>
    <message>
        <source>Low back pain after lifting</source>
        <translation>Lombalgie après un port de charge</translation>
    </message>
    <message>
        <source>Stiff, aching lower back</source>
        <translation>Bas du dos raide et douloureux</translation>
    </message>
    <message>
        <source>Recurring low back pain</source>
        <translation>Lombalgie récidivante</translation>
    </message>
    <message>
        <source>Treated high blood pressure</source>
        <translation>Hypertension artérielle traitée</translation>
    </message>
    <message>
        <source>Stable angina</source>
        <translation>Angor stable</translation>
    </message>
    <message>
        <source>Heart failure, stable on medication</source>
        <translation>Insuffisance cardiaque, stable sous traitement</translation>
    </message>
    <message>
        <source>Lumbar microdiscectomy</source>
        <translation>Microdiscectomie lombaire</translation>
    </message>
    <message>
        <source>Total hip replacement</source>
        <translation>Prothèse totale de hanche</translation>
    </message>
    <message>
        <source>Laparoscopic hernia repair</source>
        <translation>Cure de hernie par cœlioscopie</translation>
    </message>
    <message>
        <source>The number of demo patients must be between 1 and %1 (not %2).</source>
        <translation>Le nombre de patients de démonstration doit être compris entre 1 et %1 (et non %2).</translation>
    </message>
    <message>
        <source>The number of demo visits must be between 0 and %1 (not %2).</source>
        <translation>Le nombre de consultations de démonstration doit être compris entre 0 et %1 (et non %2).</translation>
    </message>
    <message>
        <source>Cancelled: no demo patient was written.</source>
        <translation>Annulé&#xa0;: aucun patient de démonstration n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create fictional demo patients</source>
        <translation>Créer des patients de démonstration fictifs</translation>
    </message>
    <message>
        <source>How many patients (1-%1).</source>
        <translation>Nombre de patients (1-%1).</translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation>Graine aléatoire (par défaut %1).</translation>
    </message>
    <message>
        <source>demo needs --patients N.</source>
        <translation>demo nécessite --patients N.</translation>
    </message>
    <message>
        <source>--patients must be a whole number (not &apos;%1&apos;).</source>
        <translation>--patients doit être un nombre entier (et non &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--seed must be a whole number (not &apos;%1&apos;).</source>
        <translation>--seed doit être un nombre entier (et non &apos;%1&apos;).</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 demo patients (episodes of care: %2, conditions: %3).</source>
        <translation>
            <numerusform>%1 patient de démonstration créé (épisodes de soins&#xa0;: %2, états cliniques&#xa0;: %3).</numerusform>
            <numerusform>%1 patients de démonstration créés (épisodes de soins&#xa0;: %2, états cliniques&#xa0;: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 patients</source>
        <translation>%1 patients sur %2</translation>
    </message>
    <message>
        <source>Create N fictional patients (names from many languages, episodes of care and clinical profiles) with M visits and their questionnaires, in one transaction. Clinic numbers start with DEMO-; the same --seed gives the same clinic. A bar shows progress on a terminal; Ctrl+C cancels and writes nothing.
JSON: patients, episodes, conditions, visits, measures, rows, seconds.</source>
        <translation>Créer N patients fictifs (noms de nombreuses langues, épisodes de soins et profils cliniques) avec M consultations et leurs questionnaires, en une seule transaction. Les numéros de dossier commencent par DEMO-&#xa0;; la même valeur de --seed donne le même cabinet. Une barre indique la progression dans un terminal&#xa0;; Ctrl+C annule et rien n&apos;est enregistré.
JSON&#xa0;: patients, episodes, conditions, visits, measures, rows, seconds.</translation>
    </message>
    <message>
        <source>How many visits in all, spread over the patients and their episodes (0-%1; default: 8 for each of the first %2 patients with an open episode).</source>
        <translation>Nombre total de consultations, réparties entre les patients et leurs épisodes de soins (0-%1&#xa0;; par défaut&#xa0;: 8 pour chacun des %2 premiers patients ayant un épisode ouvert).</translation>
    </message>
    <message>
        <source>Report progress on standard error even when it is not a terminal.</source>
        <translation>Indiquer la progression sur la sortie d&apos;erreur standard, même si ce n&apos;est pas un terminal.</translation>
    </message>
    <message>
        <source>--visits must be a whole number (not &apos;%1&apos;).</source>
        <translation>--visits doit être un nombre entier (et non &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Visits: %1, outcome measures: %2; %3 rows in %4 s.</source>
        <translation>Consultations&#xa0;: %1, mesures de résultat&#xa0;: %2&#xa0;; %3 lignes en %4 s.</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <source>Create Demo Patients</source>
        <translation>Créer des patients de démonstration</translation>
    </message>
    <message>
        <source>Create %1 fictional demo patients to try Gradus?</source>
        <translation>Créer %1 patients de démonstration fictifs pour essayer Gradus&#xa0;?</translation>
    </message>
    <message>
        <source>They have invented names from many languages, episodes of care and clinical profiles. Their clinic numbers start with DEMO- and their notes say they are fictional, so they are easy to find and delete later.</source>
        <translation>Ils ont des noms inventés issus de nombreuses langues, des épisodes de soins et des profils cliniques. Leur numéro de dossier commence par DEMO- et leurs notes indiquent qu&apos;ils sont fictifs&#xa0;: ils sont donc faciles à retrouver et à supprimer ensuite.</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Demo Patients</source>
        <translation>Patients de démonstration</translation>
    </message>
    <message>
        <source>Creating %1 demo patients…</source>
        <translation>Création de %1 patients de démonstration…</translation>
    </message>
</context>
<context>
    <name>DemoVisits</name>
    <message>
        <source>Ask for at least one demo visit.</source>
        <translation>Demandez au moins une consultation de démonstration.</translation>
    </message>
    <message>
        <source>Walking quota met most days. Reviewed lifting technique.</source>
        <translation>Quota de marche atteint la plupart des jours. Technique de port de charge revue.</translation>
    </message>
    <message>
        <source>Flare after a long drive; settled within two days.</source>
        <translation>Poussée douloureuse après un long trajet en voiture&#xa0;; calmée en deux jours.</translation>
    </message>
    <message>
        <source>Sleeping better. Progressed bridge holds.</source>
        <translation>Dort mieux. Temps de maintien du pont augmenté.</translation>
    </message>
    <message>
        <source>Leg pain now above the knee only.</source>
        <translation>Douleur de jambe désormais seulement au-dessus du genou.</translation>
    </message>
    <message>
        <source>Back at work on reduced hours.</source>
        <translation>Reprise du travail à horaires réduits.</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>marche</translation>
    </message>
    <message>
        <source>Sitting at work for an hour</source>
        <translation>Rester assis une heure au travail</translation>
    </message>
    <message>
        <source>Lifting the laundry basket</source>
        <translation>Soulever le panier de linge</translation>
    </message>
    <message>
        <source>Walking to the shops</source>
        <translation>Aller à pied faire les courses</translation>
    </message>
</context>
<context>
    <name>DoseValidator</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Des deux côtés</translation>
    </message>
    <message>
        <source>Alternating</source>
        <translation>En alternance</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Hold seconds</source>
        <translation>Secondes de maintien</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Metres</source>
        <translation>Mètres</translation>
    </message>
    <message>
        <source>Repetitions (holds per set)</source>
        <translation>Répétitions (maintiens par série)</translation>
    </message>
    <message>
        <source>Times per day</source>
        <translation>Fois par jour</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>Jours par semaine</translation>
    </message>
    <message>
        <source>The prescription must name an exercise.</source>
        <translation>La prescription doit indiquer un exercice.</translation>
    </message>
    <message>
        <source>Rest between sets (seconds)</source>
        <translation>Repos entre les séries (secondes)</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Note to the patient</source>
        <translation>Note pour le patient</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters (found %3).</source>
        <translation>%1&#xa0;: %2 caractères au maximum (trouvé&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The programme needs a name.</source>
        <translation>Le programme doit avoir un nom.</translation>
    </message>
    <message>
        <source>The programme name must be at most 200 characters.</source>
        <translation>Le nom du programme ne doit pas dépasser 200 caractères.</translation>
    </message>
    <message>
        <source>The goal must be at most 2000 characters.</source>
        <translation>L&apos;objectif ne doit pas dépasser 2000 caractères.</translation>
    </message>
    <message>
        <source>The review date (%1) must not be before the start date (%2).</source>
        <translation>La date de réévaluation (%1) ne doit pas précéder la date de début (%2).</translation>
    </message>
    <message>
        <source>Every section needs a name.</source>
        <translation>Chaque section doit avoir un nom.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot;, item %2: %3</source>
        <translation>Section «&#xa0;%1&#xa0;», élément %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3 (found %4).</source>
        <translation>%1&#xa0;: la valeur doit être comprise entre %2 et %3 (trouvé&#xa0;: %4).</translation>
    </message>
    <message>
        <source>%1 must be empty for a dose of type &quot;%2&quot; (found %3).</source>
        <translation>%1&#xa0;: doit rester vide pour une dose de type «&#xa0;%2&#xa0;» (trouvé&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1 sets of %2 is %3 repetitions in one session; at most %4 make a plausible dose.</source>
        <translation>%1 séries de %2 font %3 répétitions en une séance&#xa0;; au plus %4 constituent une dose plausible.</translation>
    </message>
    <message>
        <source>%1 x %2 holds of %3 seconds is more than %4 minutes of holding in one session.</source>
        <translation>%1 x %2 maintiens de %3 secondes font plus de %4 minutes de maintien en une séance.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>A dose of %1 does not fit %2: it is dosed in %3.</source>
        <translation>Une dose en %1 ne convient pas à %2&#xa0;: cet exercice se dose en %3.</translation>
    </message>
</context>
<context>
    <name>EpisodeCommand</name>
    <message>
        <source>List a patient&apos;s episodes of care; set an episode&apos;s onset or complaint</source>
        <translation>Lister les épisodes de soins d&apos;un patient&#xa0;; définir le début ou le motif de consultation d&apos;un épisode</translation>
    </message>
    <message>
        <source>List a patient&apos;s episodes, newest first</source>
        <translation>Lister les épisodes d&apos;un patient, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>Change an episode&apos;s onset or complaint</source>
        <translation>Modifier le début ou le motif de consultation d&apos;un épisode</translation>
    </message>
    <message>
        <source>List a patient&apos;s episodes of care, newest first, with the phase of care their onset gives today.
JSON: an array of objects with id, patient_id, complaint, onset, opened, closed, open and phase (acute, subacute, chronic; null when the onset is not recorded).</source>
        <translation>Lister les épisodes de soins d&apos;un patient, du plus récent au plus ancien, avec la phase de soins que leur début donne aujourd&apos;hui.
JSON&#xa0;: un tableau d&apos;objets avec id, patient_id, complaint, onset, opened, closed, open et phase (acute, subacute, chronic&#xa0;; null si le début n&apos;est pas renseigné).</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>Identifiant du patient.</translation>
    </message>
    <message>
        <source>No episode of care recorded.</source>
        <translation>Aucun épisode de soins enregistré.</translation>
    </message>
    <message>
        <source>onset not recorded</source>
        <translation>début non renseigné</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>Change an episode of care: only the options given change. The onset is when the complaint began; the phase of care, and with it the safety check, follows from it (&apos;none&apos; clears it). Prints the episode&apos;s id (with --json, the episode).</source>
        <translation>Modifier un épisode de soins&#xa0;: seules les options indiquées changent. Le début est le moment où les symptômes ont commencé&#xa0;; la phase de soins, et avec elle le contrôle de sécurité, en découle (&apos;none&apos; l&apos;efface). Affiche l&apos;identifiant de l&apos;épisode (avec --json, l&apos;épisode).</translation>
    </message>
    <message>
        <source>The episode&apos;s id (see &apos;episode list&apos;).</source>
        <translation>Identifiant de l&apos;épisode (voir &apos;episode list&apos;).</translation>
    </message>
    <message>
        <source>Onset date, YYYY-MM-DD, or none.</source>
        <translation>Date de début, YYYY-MM-DD, ou none.</translation>
    </message>
    <message>
        <source>The presenting complaint.</source>
        <translation>Le motif de consultation.</translation>
    </message>
    <message>
        <source>episode edit needs --onset or --complaint.</source>
        <translation>episode edit nécessite --onset ou --complaint.</translation>
    </message>
    <message>
        <source>--onset must be a date written YYYY-MM-DD or none (not &apos;%1&apos;).</source>
        <translation>--onset doit être une date au format YYYY-MM-DD ou none (et non &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>episode</source>
        <translation>épisode</translation>
    </message>
</context>
<context>
    <name>EpisodeEdits</name>
    <message>
        <source>Episode %1</source>
        <translation>Épisode %1</translation>
    </message>
    <message>
        <source>Opening the episode &quot;%1&quot; cannot be undone: conditions, visits, measures or a programme have been recorded in it since.</source>
        <translation>L&apos;ouverture de l&apos;épisode «&#xa0;%1&#xa0;» ne peut pas être annulée&#xa0;: des états cliniques, des consultations, des mesures ou un programme y ont été enregistrés depuis.</translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation>État clinique %1</translation>
    </message>
</context>
<context>
    <name>EpisodeRepository</name>
    <message>
        <source>There is no episode of care with id %1.</source>
        <translation>Aucun épisode de soins n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Complaint not yet recorded</source>
        <translation>Motif non encore renseigné</translation>
    </message>
    <message>
        <source>There is no patient with id %1.</source>
        <translation>Aucun patient n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>This patient already has an open episode (&quot;%1&quot;, opened %2). Close it before opening another.</source>
        <translation>Ce patient a déjà un épisode ouvert («&#xa0;%1&#xa0;», ouvert le %2). Clôturez-le avant d&apos;en ouvrir un autre.</translation>
    </message>
    <message>
        <source>Only a stored episode can be restored.</source>
        <translation>Seul un épisode enregistré peut être restauré.</translation>
    </message>
    <message>
        <source>An episode cannot be moved to another patient.</source>
        <translation>Un épisode ne peut pas être déplacé vers un autre patient.</translation>
    </message>
    <message>
        <source>This episode was already closed on %1.</source>
        <translation>Cet épisode a déjà été clôturé le %1.</translation>
    </message>
    <message>
        <source>The episode could not be removed, and nothing was changed: %1</source>
        <translation>L&apos;épisode n&apos;a pas pu être supprimé et rien n&apos;a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Episode %1</source>
        <translation>Épisode %1</translation>
    </message>
</context>
<context>
    <name>EpisodeValidator</name>
    <message>
        <source>The presenting complaint is required.</source>
        <translation>Le motif de consultation est obligatoire.</translation>
    </message>
    <message>
        <source>The presenting complaint is too long (at most %1 characters).</source>
        <translation>Le motif de consultation est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>The date the episode was opened is required.</source>
        <translation>La date d&apos;ouverture de l&apos;épisode est obligatoire.</translation>
    </message>
    <message>
        <source>The episode cannot be opened in the future (%1).</source>
        <translation>L&apos;épisode ne peut pas être ouvert à une date future (%1).</translation>
    </message>
    <message>
        <source>The onset date %1 is in the future.</source>
        <translation>La date de début %1 est dans le futur.</translation>
    </message>
    <message>
        <source>The onset date %1 is after the episode was opened (%2).</source>
        <translation>La date de début %1 est postérieure à l&apos;ouverture de l&apos;épisode (%2).</translation>
    </message>
    <message>
        <source>The episode cannot be closed in the future (%1).</source>
        <translation>L&apos;épisode ne peut pas être clôturé à une date future (%1).</translation>
    </message>
    <message>
        <source>The episode cannot be closed (%1) before it was opened (%2).</source>
        <translation>L&apos;épisode ne peut pas être clôturé (%1) avant son ouverture (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known condition code (see &apos;gradus-cli condition codes&apos;).</source>
        <translation>&apos;%1&apos; n&apos;est pas un code d&apos;état clinique connu (voir &apos;gradus-cli condition codes&apos;).</translation>
    </message>
    <message>
        <source>%1 has no side; leave the side empty.</source>
        <translation>%1 n&apos;a pas de côté&#xa0;; laissez le côté vide.</translation>
    </message>
    <message>
        <source>%1 takes no number; leave it empty.</source>
        <translation>%1 ne prend pas de nombre&#xa0;; laissez le champ vide.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (not %4).</source>
        <translation>%1&#xa0;: la valeur doit être comprise entre %2 et %3 (et non %4).</translation>
    </message>
</context>
<context>
    <name>ExerciseCommand</name>
    <message>
        <source>The exercise library: list, show, export, import and pictures</source>
        <translation>Bibliothèque d&apos;exercices&#xa0;: lister, afficher, exporter, importer, images</translation>
    </message>
    <message>
        <source>List the exercises</source>
        <translation>Lister les exercices</translation>
    </message>
    <message>
        <source>Show one exercise in full</source>
        <translation>Afficher un exercice en entier</translation>
    </message>
    <message>
        <source>Write exercises to a JSON file</source>
        <translation>Écrire des exercices dans un fichier JSON</translation>
    </message>
    <message>
        <source>Add exercises from an exported JSON file</source>
        <translation>Ajouter des exercices depuis un fichier JSON exporté</translation>
    </message>
    <message>
        <source>Write an exercise&apos;s picture as PNG or SVG</source>
        <translation>Écrire l&apos;image d&apos;un exercice en PNG ou SVG</translation>
    </message>
    <message>
        <source>List the exercises in use (not retired), by name. In --json output &quot;id&quot; is the stable text id and &quot;record_id&quot; the database id.</source>
        <translation>Lister les exercices en service (non retirés), par nom. Dans la sortie --json, &quot;id&quot; est l&apos;identifiant texte stable et &quot;record_id&quot; l&apos;identifiant dans la base de données.</translation>
    </message>
    <message>
        <source>Include retired exercises.</source>
        <translation>Inclure les exercices retirés.</translation>
    </message>
    <message>
        <source>Only this category (%1).</source>
        <translation>Seulement cette catégorie (%1).</translation>
    </message>
    <message>
        <source>Unknown category &apos;%1&apos; (one of: %2).</source>
        <translation>Catégorie &apos;%1&apos; inconnue (valeurs possibles&#xa0;: %2).</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>cabinet</translation>
    </message>
    <message>
        <source>Show one exercise in full. ID is the stable id (bird_dog) or the record id.</source>
        <translation>Afficher un exercice en entier. ID est l&apos;identifiant stable (bird_dog) ou l&apos;identifiant d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The exercise.</source>
        <translation>L&apos;exercice.</translation>
    </message>
    <message>
        <source>Category:        %1</source>
        <translation>Catégorie&#xa0;:             %1</translation>
    </message>
    <message>
        <source>Position:        %1</source>
        <translation>Position&#xa0;:              %1</translation>
    </message>
    <message>
        <source>Equipment:       %1</source>
        <translation>Matériel&#xa0;:              %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Spinal movement: %1%2</source>
        <translation>Mouvement du rachis&#xa0;:   %1%2</translation>
    </message>
    <message>
        <source> (to end of range)</source>
        <translation> (jusqu&apos;en fin d&apos;amplitude)</translation>
    </message>
    <message>
        <source>Spinal load:     %1</source>
        <translation>Charge rachidienne&#xa0;:    %1</translation>
    </message>
    <message>
        <source>Impact:          %1</source>
        <translation>Impact&#xa0;:                %1</translation>
    </message>
    <message>
        <source>External load:   %1</source>
        <translation>Charge externe&#xa0;:        %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Balance demand:  %1</source>
        <translation>Exigence d&apos;équilibre&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Default dose:    %1</source>
        <translation>Dose par défaut&#xa0;:       %1</translation>
    </message>
    <message>
        <source>Easier:          %1</source>
        <translation>Plus facile&#xa0;:           %1</translation>
    </message>
    <message>
        <source>Harder:          %1</source>
        <translation>Plus difficile&#xa0;:        %1</translation>
    </message>
    <message>
        <source>Status:          %1</source>
        <translation>Statut&#xa0;:                %1</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en service</translation>
    </message>
    <message>
        <source>, built-in (edited by the clinic)</source>
        <translation>, intégré (modifié par le cabinet)</translation>
    </message>
    <message>
        <source>, built-in</source>
        <translation>, intégré</translation>
    </message>
    <message>
        <source>, the clinic&apos;s own</source>
        <translation>, propre au cabinet</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Consignes&#xa0;:</translation>
    </message>
    <message>
        <source>You should feel:</source>
        <translation>Vous devriez ressentir&#xa0;:</translation>
    </message>
    <message>
        <source>Stop and tell your physiotherapist if:</source>
        <translation>Arrêtez et prévenez votre kinésithérapeute si&#xa0;:</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Write exercises, with the clinic&apos;s pictures, to a JSON file that &apos;exercise import&apos; reads. Without ID, every exercise is written.</source>
        <translation>Écrire des exercices, avec les images du cabinet, dans un fichier JSON que &apos;exercise import&apos; sait lire. Sans ID, tous les exercices sont écrits.</translation>
    </message>
    <message>
        <source>Exercises to write (stable or record ids).</source>
        <translation>Exercices à écrire (identifiants stables ou d&apos;enregistrement).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Only the clinic&apos;s own exercises.</source>
        <translation>Seulement les exercices propres au cabinet.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Remplacer FILE s&apos;il existe.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or add --force.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom ou ajoutez --force.</translation>
    </message>
    <message>
        <source>Exercises written to %1: %2</source>
        <translation>Exercices écrits dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add exercises from a file written by &apos;exercise export&apos;. The whole file is checked first; if anything is wrong nothing is imported. Exercises already present are skipped unless --replace is given.</source>
        <translation>Ajouter des exercices depuis un fichier écrit par &apos;exercise export&apos;. Tout le fichier est d&apos;abord vérifié&#xa0;; à la moindre erreur, rien n&apos;est importé. Les exercices déjà présents sont ignorés, sauf avec --replace.</translation>
    </message>
    <message>
        <source>The exported JSON file.</source>
        <translation>Le fichier JSON exporté.</translation>
    </message>
    <message>
        <source>Overwrite exercises that are already present.</source>
        <translation>Écraser les exercices déjà présents.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Added %1, replaced %2, skipped %3 (already present).</source>
        <translation>Ajoutés&#xa0;: %1, remplacés&#xa0;: %2, ignorés&#xa0;: %3 (déjà présents).</translation>
    </message>
    <message>
        <source>Write an exercise&apos;s picture: the clinic&apos;s own photo when one is attached, otherwise the drawing. The format follows the file name (.png or .svg); SVG drawings are vector and print sharply at any size.</source>
        <translation>Écrire l&apos;image d&apos;un exercice&#xa0;: la photo du cabinet s&apos;il y en a une, sinon le dessin. Le format suit le nom du fichier (.png ou .svg)&#xa0;; les dessins SVG sont vectoriels et s&apos;impriment nettement à toute taille.</translation>
    </message>
    <message>
        <source>The exercise (stable or record id).</source>
        <translation>L&apos;exercice (identifiant stable ou d&apos;enregistrement).</translation>
    </message>
    <message>
        <source>The file to write (.png or .svg).</source>
        <translation>Le fichier à écrire (.png ou .svg).</translation>
    </message>
    <message>
        <source>Width in pixels, 16 to 8000 (default 800); drawings are 4:3.</source>
        <translation>Largeur en pixels, de 16 à 8000 (par défaut 800)&#xa0;; les dessins sont au format 4:3.</translation>
    </message>
    <message>
        <source>exercise image needs --out FILE.png or FILE.svg.</source>
        <translation>exercise image nécessite --out FILE.png ou FILE.svg.</translation>
    </message>
    <message>
        <source>--out must end in .png or .svg, not &apos;%1&apos;.</source>
        <translation>--out doit se terminer par .png ou .svg, et non &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--size must be a whole number of pixels from 16 to 8000.</source>
        <translation>--size doit être un nombre entier de pixels, de 16 à 8000.</translation>
    </message>
    <message>
        <source>Could not encode the PNG.</source>
        <translation>Impossible d&apos;encoder le PNG.</translation>
    </message>
    <message>
        <source>Rename, describe, retire or restore an exercise</source>
        <translation>Renommer, décrire, retirer ou restaurer un exercice</translation>
    </message>
    <message>
        <source>Change an exercise of the clinic&apos;s library: its name or summary, or retire it (hidden from new programmes, still shown in old ones) and restore it. A built-in exercise whose content is changed is marked edited, so library upgrades leave it alone. Prints the exercise&apos;s record id and its new version.
JSON: the exercise as `exercise show --json` prints it, with its version.</source>
        <translation>Modifier un exercice de la bibliothèque du cabinet&#xa0;: son nom ou son résumé, ou le retirer (masqué pour les nouveaux programmes, toujours affiché dans les anciens) et le restaurer. Un exercice intégré dont le contenu est modifié est marqué comme modifié, afin que les mises à jour de la bibliothèque ne le touchent pas. Affiche l&apos;identifiant d&apos;enregistrement de l&apos;exercice et sa nouvelle version.
JSON&#xa0;: l&apos;exercice tel que `exercise show --json` l&apos;affiche, avec sa version.</translation>
    </message>
    <message>
        <source>Stable id or record id.</source>
        <translation>Identifiant stable ou identifiant d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>Le nouveau nom.</translation>
    </message>
    <message>
        <source>The new summary.</source>
        <translation>Le nouveau résumé.</translation>
    </message>
    <message>
        <source>Retire the exercise.</source>
        <translation>Retirer l&apos;exercice.</translation>
    </message>
    <message>
        <source>Restore a retired exercise.</source>
        <translation>Restaurer un exercice retiré.</translation>
    </message>
    <message>
        <source>Give either --retire or --restore, not both.</source>
        <translation>Indiquez --retire ou --restore, mais pas les deux.</translation>
    </message>
    <message>
        <source>exercise edit needs --name, --summary, --retire or --restore.</source>
        <translation>exercise edit nécessite --name, --summary, --retire ou --restore.</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Exercice %1</translation>
    </message>
    <message>
        <source>gradus-cli: exercise %1 is now at version %2.</source>
        <translation>gradus-cli&#xa0;: l&apos;exercice %1 est maintenant à la version %2.</translation>
    </message>
</context>
<context>
    <name>ExerciseEditing</name>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Retire &quot;%1&quot;</source>
        <translation>Retirer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Restore &quot;%1&quot;</source>
        <translation>Restaurer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove the picture of &quot;%1&quot;</source>
        <translation>Supprimer l&apos;image de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Set the picture of &quot;%1&quot;</source>
        <translation>Définir l&apos;image de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ExerciseJson</name>
    <message>
        <source>must be lower-case letters, digits and _ (starting with a letter, 2-63 characters), found &quot;%1&quot;</source>
        <translation>doit contenir uniquement des lettres minuscules, des chiffres et _ (commencer par une lettre, 2-63 caractères)&#xa0;; trouvé&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be the picture in base64</source>
        <translation>doit être l&apos;image en base64</translation>
    </message>
    <message>
        <source>must be an image type such as image/png</source>
        <translation>doit être un type d&apos;image, par exemple image/png</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and _ (starting with a letter), found &quot;%1&quot;</source>
        <translation>doit contenir uniquement des lettres minuscules, des chiffres et _ (commencer par une lettre)&#xa0;; trouvé&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <source>must have at least one step</source>
        <translation>doit contenir au moins une étape</translation>
    </message>
    <message>
        <source>must name at least one movement (&quot;neutral&quot; when the spine is held still)</source>
        <translation>doit indiquer au moins un mouvement (&quot;neutral&quot; quand le rachis reste immobile)</translation>
    </message>
    <message>
        <source>cannot combine &quot;neutral&quot; with a movement</source>
        <translation>ne peut pas associer &quot;neutral&quot; à un mouvement</translation>
    </message>
    <message>
        <source>must be false when the spine is held neutral</source>
        <translation>doit valoir false quand le rachis est maintenu en position neutre</translation>
    </message>
    <message>
        <source>must be from 1 to 10</source>
        <translation>doit être compris entre 1 et 10</translation>
    </message>
    <message>
        <source>must be from 1 to 100</source>
        <translation>doit être compris entre 1 et 100</translation>
    </message>
    <message>
        <source>must be from 1 to 300</source>
        <translation>doit être compris entre 1 et 300</translation>
    </message>
    <message>
        <source>must be from 1 to 180</source>
        <translation>doit être compris entre 1 et 180</translation>
    </message>
    <message>
        <source>must be from 1 to 50000</source>
        <translation>doit être compris entre 1 et 50000</translation>
    </message>
    <message>
        <source>must be from 1 to 12</source>
        <translation>doit être compris entre 1 et 12</translation>
    </message>
    <message>
        <source>must be from 1 to 7</source>
        <translation>doit être compris entre 1 et 7</translation>
    </message>
    <message>
        <source>must be the id of an exercise, found &quot;%1&quot;</source>
        <translation>doit être l&apos;identifiant d&apos;un exercice&#xa0;; trouvé&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>links the exercise to itself</source>
        <translation>relie l&apos;exercice à lui-même</translation>
    </message>
    <message>
        <source>repeats &quot;%1&quot;</source>
        <translation>répète &quot;%1&quot;</translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; as both easier and harder</source>
        <translation>indique &quot;%1&quot; à la fois comme plus facile et comme plus difficile</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; %2</source>
        <translation>champ &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>is not a known field (expected one of: %1)</source>
        <translation>n&apos;est pas un champ connu (attendu&#xa0;: l&apos;un de %1)</translation>
    </message>
    <message>
        <source>must be text, found %1</source>
        <translation>doit être du texte&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be a list of texts, found %1</source>
        <translation>doit être une liste de textes&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>must have at least one entry</source>
        <translation>doit contenir au moins une entrée</translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation>contient plus de %1 entrées</translation>
    </message>
    <message>
        <source>must be non-empty text, found %1</source>
        <translation>doit être un texte non vide&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be true or false, found %1</source>
        <translation>doit valoir true ou false&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, found %3</source>
        <translation>doit être un nombre entier de %1 à %2&#xa0;; trouvé&#xa0;: %3</translation>
    </message>
    <message>
        <source>is missing (one of: %1)</source>
        <translation>est absent (l&apos;un de&#xa0;: %1)</translation>
    </message>
    <message>
        <source>must be one of %1, found %2</source>
        <translation>doit valoir l&apos;une des valeurs %1&#xa0;; trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>must be a list of: %1</source>
        <translation>doit être une liste de&#xa0;: %1</translation>
    </message>
    <message>
        <source>repeats %1</source>
        <translation>répète %1</translation>
    </message>
    <message>
        <source>must be an object, found %1</source>
        <translation>doit être un objet&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>is only used when type is %1</source>
        <translation>ne sert que lorsque type vaut %1</translation>
    </message>
    <message>
        <source>must name at least one dose type</source>
        <translation>doit indiquer au moins un type de dose</translation>
    </message>
    <message>
        <source>must include the default dose&apos;s type &quot;%1&quot;</source>
        <translation>doit inclure le type de la dose par défaut, &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ExerciseLibrary</name>
    <message>
        <source>Could not add exercise &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;ajouter l&apos;exercice «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was loaded from it.</source>
        <translation>%1&#xa0;: %2. Rien n&apos;en a été chargé.</translation>
    </message>
    <message>
        <source>is not valid JSON at line %1, column %2 (%3)</source>
        <translation>n&apos;est pas un JSON valide à la ligne %1, colonne %2 (%3)</translation>
    </message>
    <message>
        <source>must hold a JSON object with &quot;format&quot; and &quot;exercises&quot;</source>
        <translation>doit contenir un objet JSON avec &quot;format&quot; et &quot;exercises&quot;</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not a known field (expected one of: %2)</source>
        <translation>le champ &apos;%1&apos; n&apos;est pas un champ connu (attendu&#xa0;: l&apos;un de %2)</translation>
    </message>
    <message>
        <source>field &apos;format&apos; must be &quot;gradus-exercise-library&quot;</source>
        <translation>le champ &apos;format&apos; doit valoir &quot;gradus-exercise-library&quot;</translation>
    </message>
    <message>
        <source>field &apos;format_version&apos; must be a whole number from 1</source>
        <translation>le champ &apos;format_version&apos; doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>field &apos;format_version&apos; is %1, but this Gradus reads up to %2; install a newer Gradus</source>
        <translation>le champ &apos;format_version&apos; vaut %1, mais cette version de Gradus lit jusqu&apos;à %2&#xa0;; installez une version plus récente de Gradus</translation>
    </message>
    <message>
        <source>field &apos;library_version&apos; must be a whole number from 1</source>
        <translation>le champ &apos;library_version&apos; doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>field &apos;exercises&apos; must be a non-empty list</source>
        <translation>le champ &apos;exercises&apos; doit être une liste non vide</translation>
    </message>
    <message>
        <source>exercise number %1 (no id)</source>
        <translation>exercice n° %1 (sans identifiant)</translation>
    </message>
    <message>
        <source>exercise &apos;%1&apos; (number %2)</source>
        <translation>exercice &apos;%1&apos; (n° %2)</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1&#xa0;: doit être un objet</translation>
    </message>
    <message>
        <source>%1: field &apos;id&apos; must not start with &quot;%2&quot;, which is kept for the clinic&apos;s own exercises</source>
        <translation>%1&#xa0;: le champ &apos;id&apos; ne doit pas commencer par &quot;%2&quot;, réservé aux exercices propres au cabinet</translation>
    </message>
    <message>
        <source>%1: field &apos;id&apos; repeats the id of exercise number %2</source>
        <translation>%1&#xa0;: le champ &apos;id&apos; reprend l&apos;identifiant de l&apos;exercice n° %2</translation>
    </message>
    <message>
        <source>%1: field &apos;%2[%3]&apos; names &quot;%4&quot;, which is not in this library</source>
        <translation>%1&#xa0;: le champ &apos;%2[%3]&apos; désigne &quot;%4&quot;, qui n&apos;est pas dans cette bibliothèque</translation>
    </message>
    <message>
        <source>the progressions go round in a loop: %1</source>
        <translation>les progressions forment une boucle&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %2 problems; nothing was loaded from it:</source>
        <translation>
            <numerusform>%1 présente %2 problème&#xa0;; rien n&apos;en a été chargé&#xa0;:</numerusform>
            <numerusform>%1 présente %2 problèmes&#xa0;; rien n&apos;en a été chargé&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Could not read the exercise library %1: %2</source>
        <translation>Impossible de lire la bibliothèque d&apos;exercices %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The exercise library could not be loaded into the database: %1</source>
        <translation>La bibliothèque d&apos;exercices n&apos;a pas pu être chargée dans la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The built-in exercise library is missing from this build.</source>
        <translation>La bibliothèque d&apos;exercices intégrée manque dans cette version du programme.</translation>
    </message>
</context>
<context>
    <name>ExerciseMerge</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Doses that fit</source>
        <translation>Doses adaptées</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>You should feel</source>
        <translation>Vous devriez ressentir</translation>
    </message>
    <message>
        <source>Stop if</source>
        <translation>Arrêtez si</translation>
    </message>
    <message>
        <source>Easier</source>
        <translation>Plus facile</translation>
    </message>
    <message>
        <source>Harder</source>
        <translation>Plus difficile</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ExercisePicture</name>
    <message>
        <source>The width must be from 16 to 8000 pixels.</source>
        <translation>La largeur doit être comprise entre 16 et 8000 pixels.</translation>
    </message>
    <message>
        <source>The picture of &quot;%1&quot; cannot be read.</source>
        <translation>L&apos;image de «&#xa0;%1&#xa0;» est illisible.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no drawing or picture.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a ni dessin ni image.</translation>
    </message>
</context>
<context>
    <name>ExerciseRepository</name>
    <message>
        <source>There is no exercise %1.</source>
        <translation>Il n&apos;existe pas d&apos;exercice %1.</translation>
    </message>
    <message>
        <source>Could not find a free id for &quot;%1&quot;.</source>
        <translation>Impossible de trouver un identifiant libre pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Exercise &quot;%1&quot;: %2</source>
        <translation>Exercice «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exercise &quot;%1&quot; links to &quot;%2&quot;, which is not in the library.</source>
        <translation>L&apos;exercice «&#xa0;%1&#xa0;» renvoie à «&#xa0;%2&#xa0;», qui n&apos;est pas dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The id of a clinic&apos;s own exercise must start with &quot;%1&quot; (found &quot;%2&quot;).</source>
        <translation>L&apos;identifiant d&apos;un exercice propre au cabinet doit commencer par &quot;%1&quot; (trouvé&#xa0;: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Could not save exercise &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;exercice «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image type.</source>
        <translation>&quot;%1&quot; n&apos;est pas un type d&apos;image.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in exercise; retire it instead of deleting it.</source>
        <translation>«&#xa0;%1&#xa0;» est un exercice intégré&#xa0;; retirez-le au lieu de le supprimer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be deleted (is it used in a programme?): %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être supprimé (est-il utilisé dans un programme&#xa0;?)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Exercice %1</translation>
    </message>
</context>
<context>
    <name>ExerciseTransfer</name>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1&#xa0;: %2. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation>n&apos;est pas un JSON valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>is not a Gradus exercise export (field &apos;format&apos; must be &quot;gradus-exercises&quot;)</source>
        <translation>n&apos;est pas un export d&apos;exercices Gradus (le champ &apos;format&apos; doit valoir &quot;gradus-exercises&quot;)</translation>
    </message>
    <message>
        <source>was written by a newer Gradus (format version %1)</source>
        <translation>a été écrit par une version plus récente de Gradus (version de format %1)</translation>
    </message>
    <message>
        <source>field &apos;exercises&apos; must be a list</source>
        <translation>le champ &apos;exercises&apos; doit être une liste</translation>
    </message>
    <message>
        <source>exercise number %1</source>
        <translation>exercice n° %1</translation>
    </message>
    <message>
        <source>exercise &apos;%1&apos; (number %2)</source>
        <translation>exercice &apos;%1&apos; (n° %2)</translation>
    </message>
    <message>
        <source>%1: field &apos;id&apos; appears twice in the file</source>
        <translation>%1&#xa0;: le champ &apos;id&apos; apparaît deux fois dans le fichier</translation>
    </message>
    <message>
        <source>exercise &apos;%1&apos; is a built-in exercise that this Gradus does not have; only the clinic&apos;s own exercises (ids starting with &quot;%2&quot;) can be added</source>
        <translation>l&apos;exercice &apos;%1&apos; est un exercice intégré que cette version de Gradus ne connaît pas&#xa0;; seuls les exercices propres au cabinet (identifiants commençant par &quot;%2&quot;) peuvent être ajoutés</translation>
    </message>
    <message>
        <source>exercise &apos;%1&apos; could not be saved: %2</source>
        <translation>l&apos;exercice &apos;%1&apos; n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>exercise &apos;%1&apos; links to &quot;%2&quot;, which is neither in the file nor in this library</source>
        <translation>l&apos;exercice &apos;%1&apos; renvoie à &quot;%2&quot;, qui n&apos;est ni dans le fichier ni dans cette bibliothèque</translation>
    </message>
    <message>
        <source>field &apos;format_version&apos; must be a whole number from 1</source>
        <translation>le champ &apos;format_version&apos; doit être un nombre entier à partir de 1</translation>
    </message>
</context>
<context>
    <name>ExerciseVocabulary</name>
    <message>
        <source>Aerobic</source>
        <translation>Aérobie</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Étirement</translation>
    </message>
    <message>
        <source>Core and stability</source>
        <translation>Gainage et stabilité</translation>
    </message>
    <message>
        <source>Strengthening</source>
        <translation>Renforcement</translation>
    </message>
    <message>
        <source>Cautioned (high load or impact)</source>
        <translation>Avec prudence (charge ou impact élevés)</translation>
    </message>
    <message>
        <source>Neutral (held still)</source>
        <translation>Neutre (immobile)</translation>
    </message>
    <message>
        <source>Flexion</source>
        <translation>Flexion</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Side bend</source>
        <translation>Inclinaison latérale</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Lying on your back</source>
        <translation>Allongé sur le dos</translation>
    </message>
    <message>
        <source>Lying on your front</source>
        <translation>Allongé sur le ventre</translation>
    </message>
    <message>
        <source>Lying on your side</source>
        <translation>Allongé sur le côté</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>À quatre pattes</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>À genoux</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Assis</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>In water</source>
        <translation>Dans l&apos;eau</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Tapis</translation>
    </message>
    <message>
        <source>Pillow</source>
        <translation>Coussin</translation>
    </message>
    <message>
        <source>Towel or strap</source>
        <translation>Serviette ou sangle</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chaise</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Marche (step)</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Mur</translation>
    </message>
    <message>
        <source>Exercise ball</source>
        <translation>Ballon de gymnastique</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Bande élastique</translation>
    </message>
    <message>
        <source>Dumbbell</source>
        <translation>Haltère</translation>
    </message>
    <message>
        <source>Barbell</source>
        <translation>Barre de musculation</translation>
    </message>
    <message>
        <source>Exercise bike</source>
        <translation>Vélo d&apos;appartement</translation>
    </message>
    <message>
        <source>Cross-trainer</source>
        <translation>Vélo elliptique</translation>
    </message>
    <message>
        <source>Swimming pool</source>
        <translation>Piscine</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Maintiens</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <source>Clinic&apos;s own</source>
        <translation>Propre au cabinet</translation>
    </message>
    <message>
        <source>%1 sets of %2</source>
        <translation>%1 séries de %2</translation>
    </message>
    <message>
        <source>%1 sets of %2 × %3 s hold</source>
        <translation>%1 séries de %2 × %3 s de maintien</translation>
    </message>
    <message>
        <source>%1 × %2 s hold</source>
        <translation>%1 × %2 s de maintien</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 de chaque côté</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>1 fois par jour</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>2 fois par jour</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
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
    <name>ExportCommand</name>
    <message>
        <source>Pain, activity and outcome scores of every patient, one row per value</source>
        <translation>Scores de douleur, d&apos;activité et de résultat de tous les patients, une ligne par valeur</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Remplacer FILE s&apos;il existe.</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 existe déjà&#xa0;; ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>Export data: outcomes (CSV), FHIR, calendar reminders, programmes, templates</source>
        <translation>Exporter des données&#xa0;: résultats (CSV), FHIR, rappels de calendrier, programmes, modèles</translation>
    </message>
    <message>
        <source>A patient&apos;s record as a FHIR R4 bundle (JSON)</source>
        <translation>Le dossier d&apos;un patient sous forme de bundle FHIR R4 (JSON)</translation>
    </message>
    <message>
        <source>A programme&apos;s reminders as an iCalendar file (.ics)</source>
        <translation>Les rappels d&apos;un programme sous forme de fichier iCalendar (.ics)</translation>
    </message>
    <message>
        <source>A programme for another clinic or desk (JSON)</source>
        <translation>Un programme pour un autre cabinet ou un autre poste (JSON)</translation>
    </message>
    <message>
        <source>A clinic template for another clinic (JSON)</source>
        <translation>Un modèle du cabinet pour un autre cabinet (JSON)</translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Write every patient&apos;s pain, activity and outcome scores as CSV (RFC 4180, every field quoted), one row per value, with record ids and no names or notes; PSFS activity names in their own column. Columns: %1

--deidentify writes a research table instead: a study id per patient, an age band, sex, episode numbers and every date shifted by a random number of days per patient (kept secret, not stored); no record ids, clinic numbers, names, notes, birth dates or activity names. Columns: %2</source>
        <translation>Écrire les scores de douleur, d&apos;activité et de résultat de tous les patients au format CSV (RFC 4180, chaque champ entre guillemets), une ligne par valeur, avec les identifiants d&apos;enregistrement et sans noms ni notes&#xa0;; les noms des activités PSFS dans leur propre colonne. Colonnes&#xa0;: %1

--deidentify écrit à la place un tableau pseudonymisé pour la recherche&#xa0;: un identifiant d&apos;étude par patient, une tranche d&apos;âge, le sexe, les numéros d&apos;épisode et chaque date décalée d&apos;un nombre aléatoire de jours propre à chaque patient (gardé secret, non enregistré)&#xa0;; ni identifiants d&apos;enregistrement, ni numéros de dossier, ni noms, ni notes, ni dates de naissance, ni noms d&apos;activités. Colonnes&#xa0;: %2</translation>
    </message>
    <message>
        <source>Where to write the CSV; - for standard output.</source>
        <translation>Où écrire le CSV&#xa0;; - pour la sortie standard.</translation>
    </message>
    <message>
        <source>De-identified research table (see above).</source>
        <translation>Tableau pseudonymisé pour la recherche (voir ci-dessus).</translation>
    </message>
    <message>
        <source>export outcomes needs --csv FILE (or --csv - for standard output).</source>
        <translation>export outcomes nécessite --csv FILE (ou --csv - pour la sortie standard).</translation>
    </message>
    <message>
        <source>Where to write; - for standard output.</source>
        <translation>Où écrire&#xa0;; - pour la sortie standard.</translation>
    </message>
    <message>
        <source>%1 needs --out FILE (or --out - for standard output).</source>
        <translation>%1 nécessite --out FILE (ou --out - pour la sortie standard).</translation>
    </message>
    <message>
        <source>Write the patient&apos;s record as a FHIR R4 Bundle (type collection, JSON) for a GP system or another clinic: Patient, Condition, Observation (NPRS pain, activity, steps, questionnaire scores), QuestionnaireResponse (answers by item number), CarePlan for each active programme, and a Provenance naming the author. The same record always gets the same resource ids. Mapping: docs/EXCHANGE.md.</source>
        <translation>Écrire le dossier du patient sous forme de Bundle FHIR R4 (type collection, JSON) pour le logiciel d&apos;un médecin traitant ou un autre cabinet&#xa0;: Patient, Condition, Observation (douleur EN, activité, pas, scores des questionnaires), QuestionnaireResponse (réponses par numéro d&apos;item), un CarePlan pour chaque programme actif et une Provenance qui nomme l&apos;auteur. Un même dossier reçoit toujours les mêmes identifiants de ressources. Correspondances&#xa0;: docs/EXCHANGE.md.</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>Identifiant du patient.</translation>
    </message>
    <message>
        <source>The author named in the Provenance (default: your user name).</source>
        <translation>L&apos;auteur nommé dans la Provenance (par défaut&#xa0;: votre nom d&apos;utilisateur).</translation>
    </message>
    <message>
        <source>Write a programme&apos;s reminders as an iCalendar file (RFC 5545) that a phone calendar imports: one weekly event per session pattern (days per week, one reminder per bout) with the doses and stop rules, graded activity plans week by week, and the review date. Doses of fewer than 7 days a week go on set days (3: Mon, Wed, Fri; see docs/EXCHANGE.md).</source>
        <translation>Écrire les rappels d&apos;un programme dans un fichier iCalendar (RFC 5545) que l&apos;agenda d&apos;un téléphone peut importer&#xa0;: un événement hebdomadaire par rythme de séances (jours par semaine, un rappel par fraction) avec les doses et les critères d&apos;arrêt, les plans d&apos;activité graduée semaine par semaine, et la date de réévaluation. Les doses de moins de 7 jours par semaine sont placées sur des jours fixes (3&#xa0;: lun., mer., ven.&#xa0;; voir docs/EXCHANGE.md).</translation>
    </message>
    <message>
        <source>The programme&apos;s id.</source>
        <translation>Identifiant du programme.</translation>
    </message>
    <message>
        <source>Hour of the first reminder of a day (default 9).</source>
        <translation>Heure du premier rappel de la journée (9 par défaut).</translation>
    </message>
    <message>
        <source>Hour of the last reminder of a day (default 18).</source>
        <translation>Heure du dernier rappel de la journée (18 par défaut).</translation>
    </message>
    <message>
        <source>--%1 must be an hour from 0 to 23, found &apos;%2&apos;.</source>
        <translation>--%1 doit être une heure de 0 à 23&#xa0;; trouvé&#xa0;: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--last-hour must not be before --first-hour.</source>
        <translation>--last-hour ne doit pas précéder --first-hour.</translation>
    </message>
    <message>
        <source>Write a programme version as a programme file (format gradus-programme, JSON Schema in resources/exchange/programme.schema.json, described in docs/EXCHANGE.md): sections, exercises by stable id with dose and notes, and the clinic&apos;s own exercises with their pictures. Import it with &apos;gradus-cli import programme FILE --patient P&apos;.</source>
        <translation>Écrire une version de programme dans un fichier de programme (format gradus-programme, schéma JSON dans resources/exchange/programme.schema.json, décrit dans docs/EXCHANGE.md)&#xa0;: sections, exercices par identifiant stable avec dose et notes, et les exercices propres au cabinet avec leurs images. L&apos;importer avec &apos;gradus-cli import programme FILE --patient P&apos;.</translation>
    </message>
    <message>
        <source>Write a clinic template as a programme file (kind &quot;template&quot;), with the clinic&apos;s own exercises it uses. Import it with &apos;gradus-cli import template FILE&apos;.</source>
        <translation>Écrire un modèle du cabinet dans un fichier de programme (type &quot;template&quot;), avec les exercices propres au cabinet qu&apos;il utilise. L&apos;importer avec &apos;gradus-cli import template FILE&apos;.</translation>
    </message>
    <message>
        <source>Template id, or a built-in&apos;s stable id.</source>
        <translation>Identifiant du modèle, ou identifiant stable d&apos;un modèle intégré.</translation>
    </message>
    <message>
        <source>The language of the texts, e.g. de (default: --language before the command, else the patient&apos;s preferred language, else the clinic&apos;s handout language, else the language of messages).</source>
        <translation>La langue des textes, p. ex. de (par défaut&#xa0;: --language avant la commande, sinon la langue préférée du patient, sinon la langue des fiches du cabinet, sinon la langue des messages).</translation>
    </message>
    <message>
        <source>--language must be one of %1, not &apos;%2&apos;.</source>
        <translation>--language doit être l&apos;une de %1, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Programme %1 has no exercises to remind of.</source>
        <translation>Le programme %1 ne contient aucun exercice pour lequel programmer un rappel.</translation>
    </message>
</context>
<context>
    <name>FhirBundle</name>
    <message>
        <source>Clinic number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Side: %1</source>
        <translation>Côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Section: %1.</source>
        <translation>Section&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exercise programme, version %1.</source>
        <translation>Programme d&apos;exercices, version %1.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Pain now (NPRS 0-10)</source>
        <translation>Douleur actuelle (EN 0-10)</translation>
    </message>
    <message>
        <source>Least pain in the last 24 hours</source>
        <translation>Douleur minimale sur les dernières 24 h</translation>
    </message>
    <message>
        <source>Worst pain in the last 24 hours</source>
        <translation>Douleur maximale sur les dernières 24 h</translation>
    </message>
    <message>
        <source>Pain during exercise</source>
        <translation>Douleur pendant l&apos;exercice</translation>
    </message>
    <message>
        <source>Pain the morning after exercise</source>
        <translation>Douleur le lendemain matin de l&apos;exercice</translation>
    </message>
    <message>
        <source>Activity minutes per day</source>
        <translation>Minutes d&apos;activité par jour</translation>
    </message>
    <message>
        <source>Activity minutes per day (%1)</source>
        <translation>Minutes d&apos;activité par jour (%1)</translation>
    </message>
    <message>
        <source>Steps per day</source>
        <translation>Pas par jour</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>STarT Back psychosocial subscale (items 5-9)</source>
        <translation>Sous-échelle psychosociale STarT Back (items 5-9)</translation>
    </message>
</context>
<context>
    <name>FileAccess</name>
    <message>
        <source>the file system is read-only (%1)</source>
        <translation>le système de fichiers est en lecture seule (%1)</translation>
    </message>
    <message>
        <source>permission denied (%1)</source>
        <translation>permission refusée (%1)</translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>le disque est plein (%1)</translation>
    </message>
    <message>
        <source>the file is in use (%1)</source>
        <translation>le fichier est en cours d&apos;utilisation (%1)</translation>
    </message>
</context>
<context>
    <name>FindingPresentation</name>
    <message>
        <source>Avoid</source>
        <translation>À éviter</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Prudence</translation>
    </message>
    <message>
        <source>Suits this patient</source>
        <translation>Adapté à ce patient</translation>
    </message>
    <message>
        <source>Kept by %1 on %2: %3</source>
        <translation>Conservé par %1 le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try instead: %1</source>
        <translation>Essayer plutôt&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Safer alternatives:</source>
        <translation>Alternatives plus sûres&#xa0;:</translation>
    </message>
    <message>
        <source>Not recorded:</source>
        <translation>Non renseigné&#xa0;:</translation>
    </message>
</context>
<context>
    <name>GradedActivityPlan</name>
    <message>
        <source>Give at least one tolerance measurement (the mean of about three attempts is best).</source>
        <translation>Indiquez au moins une mesure de tolérance (la moyenne d&apos;environ trois essais est préférable).</translation>
    </message>
    <message>
        <source>Give at most %1 tolerance measurements, not %2.</source>
        <translation>Indiquez au plus %1 mesures de tolérance, et non %2.</translation>
    </message>
    <message>
        <source>Tolerance measurement %1 must be more than 0 %2, not %3.</source>
        <translation>La mesure de tolérance %1 doit être supérieure à 0 %2, et non %3.</translation>
    </message>
    <message>
        <source>Tolerance measurement %1 (%2) is more than %3: check the unit.</source>
        <translation>La mesure de tolérance %1 (%2) dépasse %3&#xa0;: vérifiez l&apos;unité.</translation>
    </message>
    <message>
        <source>The goal must be more than 0 %1.</source>
        <translation>L&apos;objectif doit être supérieur à 0 %1.</translation>
    </message>
    <message>
        <source>The goal (%1) is more than %2 a day: check the unit.</source>
        <translation>L&apos;objectif (%1) dépasse %2 par jour&#xa0;: vérifiez l&apos;unité.</translation>
    </message>
    <message>
        <source>The goal must be a whole number of %1, not %2.</source>
        <translation>L&apos;objectif doit être un nombre entier de %1, et non %2.</translation>
    </message>
    <message>
        <source>The goal must be a multiple of %1 (quotas move in steps of %1); %2 is not: use %3 or %4.</source>
        <translation>L&apos;objectif doit être un multiple de %1 (les quotas avancent par pas de %1)&#xa0;; %2 ne l&apos;est pas&#xa0;: utilisez %3 ou %4.</translation>
    </message>
    <message>
        <source>The baseline must be %1 to %2% of tolerance, not %3%.</source>
        <translation>Le niveau de départ doit être de %1 à %2&#xa0;% de la tolérance, et non %3&#xa0;%.</translation>
    </message>
    <message>
        <source>The weekly increase must be %1 to %2% of the baseline, not %3%.</source>
        <translation>L&apos;augmentation hebdomadaire doit être de %1 à %2&#xa0;% du niveau de départ, et non %3&#xa0;%.</translation>
    </message>
    <message>
        <source>Bouts per day must be from 1 to %1, not %2.</source>
        <translation>Le nombre de fractions par jour doit être compris entre 1 et %1, et non %2.</translation>
    </message>
    <message>
        <source>A mean tolerance of %1 is less than one step of %2, so there is nothing to grade: measure in a finer unit.</source>
        <translation>Une tolérance moyenne de %1 est inférieure à un pas de %2&#xa0;: il n&apos;y a rien à graduer. Mesurez dans une unité plus fine.</translation>
    </message>
    <message>
        <source>%1% of tolerance rounds to nothing; the plan starts at one step (%2), which is still within the measured tolerance.</source>
        <translation>%1&#xa0;% de la tolérance, une fois arrondi, donne zéro&#xa0;; le plan commence à un pas (%2), ce qui reste dans la tolérance mesurée.</translation>
    </message>
    <message>
        <source>Tolerance comes from a single attempt; the mean of about three attempts is more reliable (CLINICAL.md 3).</source>
        <translation>La tolérance provient d&apos;un seul essai&#xa0;; la moyenne d&apos;environ trois essais est plus fiable (CLINICAL.md 3).</translation>
    </message>
    <message>
        <source>The goal (%1) is below the baseline (%2): the patient already tolerates it, so the plan holds the goal from week 1.</source>
        <translation>L&apos;objectif (%1) est inférieur au niveau de départ (%2)&#xa0;: le patient le tolère déjà&#xa0;; le plan reste donc à l&apos;objectif dès la semaine 1.</translation>
    </message>
    <message>
        <source>Building up from %1 to %2 by %3 a week would take about %4 weeks, more than the %5-week limit: set a nearer goal or a larger weekly increase.</source>
        <translation>Passer de %1 à %2 à raison de %3 par semaine prendrait environ %4 semaines, plus que la limite de %5 semaines&#xa0;: fixez un objectif plus proche ou une augmentation hebdomadaire plus forte.</translation>
    </message>
    <message>
        <source>Week 1&apos;s daily quota of %1 cannot be split into %2 bouts of at least %3: use at most %4 bouts.</source>
        <translation>Le quota quotidien de la semaine 1 (%1) ne peut pas être réparti en %2 fractions d&apos;au moins %3&#xa0;: utilisez au plus %4 fractions.</translation>
    </message>
    <message>
        <source>Tolerance %1 (one attempt)</source>
        <translation>Tolérance %1 (un essai)</translation>
    </message>
    <message>
        <source>Mean tolerance %1 over %2 attempts</source>
        <translation>Tolérance moyenne %1 sur %2 essais</translation>
    </message>
    <message>
        <source>; baseline %1 (%2% of tolerance); increase %3 a week (%4% of baseline); goal %5 in week %6.</source>
        <translation>&#xa0;; niveau de départ %1 (%2&#xa0;% de la tolérance)&#xa0;; augmentation de %3 par semaine (%4&#xa0;% du niveau de départ)&#xa0;; objectif %5 en semaine %6.</translation>
    </message>
    <message>
        <source>Each day&apos;s quota is split into %1 bouts.</source>
        <translation>Le quota de chaque jour est réparti en %1 fractions.</translation>
    </message>
</context>
<context>
    <name>HandoutAssembly</name>
    <message>
        <source>The patient&apos;s graded activity plans could not be read, so the handout would leave out their daily amounts. Cause: %1</source>
        <translation>Les plans d&apos;activité graduée du patient n&apos;ont pas pu être lus&#xa0;; la fiche omettrait donc ses quantités quotidiennes. Cause&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HandoutCommand</name>
    <message>
        <source>Write a patient&apos;s exercise handout as PDF</source>
        <translation>Écrire la fiche d&apos;exercices d&apos;un patient en PDF</translation>
    </message>
    <message>
        <source>Write the handout of programme PROGRAMME_ID to FILE as PDF: the clinic header, each exercise with its picture, dose and cues, pacing advice, the activity plan, a diary and the urgent-help box. Without PROGRAMME_ID, --patient and --exercises make a handout of the listed exercises, each with its library default dose. Nothing is written when the patient&apos;s safety check refuses the handout.</source>
        <translation>Écrire la fiche du programme PROGRAMME_ID dans FILE en PDF&#xa0;: l&apos;en-tête du cabinet, chaque exercice avec son image, sa dose et ses consignes, les conseils de gestion de l&apos;activité, le plan d&apos;activité, un journal et l&apos;encadré d&apos;aide urgente. Sans PROGRAMME_ID, --patient et --exercises produisent une fiche des exercices indiqués, chacun avec la dose par défaut de la bibliothèque. Rien n&apos;est écrit si le contrôle de sécurité du patient refuse la fiche.</translation>
    </message>
    <message>
        <source>The programme to print.</source>
        <translation>Le programme à imprimer.</translation>
    </message>
    <message>
        <source>Where to write the PDF.</source>
        <translation>Où écrire le PDF.</translation>
    </message>
    <message>
        <source>a4 or letter (default: the clinic setting).</source>
        <translation>a4 ou letter (par défaut&#xa0;: le paramètre du cabinet).</translation>
    </message>
    <message>
        <source>The physiotherapist named on the handout.</source>
        <translation>Le kinésithérapeute nommé sur la fiche.</translation>
    </message>
    <message>
        <source>With --exercises: the patient&apos;s record id.</source>
        <translation>Avec --exercises&#xa0;: l&apos;identifiant d&apos;enregistrement du patient.</translation>
    </message>
    <message>
        <source>Instead of a programme: exercise ids or stable ids, comma-separated, in order.</source>
        <translation>À la place d&apos;un programme&#xa0;: identifiants d&apos;exercices ou identifiants stables, séparés par des virgules, dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Remplacer FILE s&apos;il existe.</translation>
    </message>
    <message>
        <source>handout needs --out FILE.pdf.</source>
        <translation>handout nécessite --out FILE.pdf.</translation>
    </message>
    <message>
        <source>Give either PROGRAMME_ID or --patient with --exercises, not both.</source>
        <translation>Indiquez soit PROGRAMME_ID, soit --patient avec --exercises, mais pas les deux.</translation>
    </message>
    <message>
        <source>handout needs one PROGRAMME_ID (or --patient and --exercises).</source>
        <translation>handout nécessite un PROGRAMME_ID (ou --patient et --exercises).</translation>
    </message>
    <message>
        <source>--patient and --exercises go together.</source>
        <translation>--patient et --exercises vont ensemble.</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, not &quot;%1&quot;.</source>
        <translation>--paper doit valoir a4 ou letter, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 existe déjà&#xa0;; ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>--exercises lists no exercise.</source>
        <translation>--exercises n&apos;indique aucun exercice.</translation>
    </message>
    <message>
        <source>The handout&apos;s language, e.g. de (default: --language before the command, else the patient&apos;s preferred language, else the clinic&apos;s handout language when one is set, else the language of messages; English when there is no translation).</source>
        <translation>La langue de la fiche, p. ex. de (par défaut&#xa0;: --language avant la commande, sinon la langue préférée du patient, sinon la langue des fiches du cabinet si elle est définie, sinon la langue des messages&#xa0;; l&apos;anglais s&apos;il n&apos;existe pas de traduction).</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
</context>
<context>
    <name>HandoutContent</name>
    <message>
        <source>The programme refers to exercise %1, which could not be read: %2</source>
        <translation>Le programme fait référence à l&apos;exercice %1, qui n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The programme has no exercises; there is nothing to print.</source>
        <translation>Le programme ne contient aucun exercice&#xa0;; il n&apos;y a rien à imprimer.</translation>
    </message>
</context>
<context>
    <name>HandoutExport</name>
    <message>
        <source>The handout cannot be checked for safety, so it was not written.</source>
        <translation>La sécurité de la fiche ne peut pas être contrôlée&#xa0;; elle n&apos;a donc pas été écrite.</translation>
    </message>
</context>
<context>
    <name>HandoutGate</name>
    <message>
        <source>- %1 (%2), screen of %3</source>
        <translation>- %1 (%2), dépistage du %3</translation>
    </message>
    <message numerus="yes">
        <source>No handout for this patient yet: %n red flag(s) have no recorded decision:
%1
Suggested: %2
Record the decision on each flag (referred, discussed or not applicable) with a note, then print again. A later screen does not decide an earlier flag.</source>
        <translation>
            <numerusform>Pas encore de fiche pour ce patient&#xa0;: %n drapeau rouge n&apos;a pas de décision enregistrée&#xa0;:
%1
Conseillé&#xa0;: %2
Enregistrez la décision sur chaque drapeau (orienté, discuté ou sans objet) avec une note, puis imprimez à nouveau. Un dépistage ultérieur ne tranche pas un drapeau antérieur.</numerusform>
            <numerusform>Pas encore de fiche pour ce patient&#xa0;: %n drapeaux rouges n&apos;ont pas de décision enregistrée&#xa0;:
%1
Conseillé&#xa0;: %2
Enregistrez la décision sur chaque drapeau (orienté, discuté ou sans objet) avec une note, puis imprimez à nouveau. Un dépistage ultérieur ne tranche pas un drapeau antérieur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutLanguage</name>
    <message>
        <source>There is no handout translation for &quot;%1&quot;%2 yet; the handout is in English.</source>
        <translation>Il n&apos;existe pas encore de traduction des fiches pour «&#xa0;%1&#xa0;»%2&#xa0;; la fiche est en anglais.</translation>
    </message>
</context>
<context>
    <name>HandoutLauncher</name>
    <message>
        <source>Handout</source>
        <translation>Fiche patient</translation>
    </message>
</context>
<context>
    <name>HandoutText</name>
    <message numerus="yes">
        <source>Walk for %n minute(s)</source>
        <translation>
            <numerusform>Marchez pendant %n minute</numerusform>
            <numerusform>Marchez pendant %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Walk in water for %n minute(s)</source>
        <translation>
            <numerusform>Marchez dans l&apos;eau pendant %n minute</numerusform>
            <numerusform>Marchez dans l&apos;eau pendant %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Swim for %n minute(s)</source>
        <translation>
            <numerusform>Nagez pendant %n minute</numerusform>
            <numerusform>Nagez pendant %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cycle for %n minute(s)</source>
        <translation>
            <numerusform>Pédalez pendant %n minute</numerusform>
            <numerusform>Pédalez pendant %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use the cross-trainer for %n minute(s)</source>
        <translation>
            <numerusform>Faites du vélo elliptique pendant %n minute</numerusform>
            <numerusform>Faites du vélo elliptique pendant %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep going for %n minute(s)</source>
        <translation>
            <numerusform>Continuez pendant %n minute</numerusform>
            <numerusform>Continuez pendant %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Walk %n metre(s)</source>
        <translation>
            <numerusform>Marchez %n mètre</numerusform>
            <numerusform>Marchez %n mètres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Swim %n metre(s)</source>
        <translation>
            <numerusform>Nagez %n mètre</numerusform>
            <numerusform>Nagez %n mètres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cover %n metre(s)</source>
        <translation>
            <numerusform>Parcourez %n mètre</numerusform>
            <numerusform>Parcourez %n mètres</numerusform>
        </translation>
    </message>
    <message>
        <source>left side only</source>
        <translation>côté gauche seulement</translation>
    </message>
    <message>
        <source>right side only</source>
        <translation>côté droit seulement</translation>
    </message>
    <message>
        <source>on each side</source>
        <translation>de chaque côté</translation>
    </message>
    <message>
        <source>left and right in turn</source>
        <translation>à gauche et à droite en alternance</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>une fois par jour</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>deux fois par jour</translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n fois par jour</numerusform>
            <numerusform>%n fois par jour</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s) a week</source>
        <translation>
            <numerusform>%n jour par semaine</numerusform>
            <numerusform>%n jours par semaine</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sets of %2</source>
        <translation>%1 séries de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>tenez %1</translation>
    </message>
    <message>
        <source>Rest %1 between sets.</source>
        <translation>Reposez-vous %1 entre les séries.</translation>
    </message>
    <message>
        <source>Resistance: %1</source>
        <translation>Résistance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation>Vitesse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your exercises</source>
        <translation>Vos exercices</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Tél.&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your home exercise programme</source>
        <translation>Votre programme d&apos;exercices à domicile</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Your physiotherapist:</source>
        <translation>Votre kinésithérapeute&#xa0;:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Prochaine réévaluation&#xa0;:</translation>
    </message>
    <message>
        <source>you have new trouble passing urine or cannot pass it, or you lose control of your bladder or bowels</source>
        <translation>vous avez depuis peu du mal à uriner ou vous n&apos;y arrivez plus, ou vous ne contrôlez plus vos urines ou vos selles</translation>
    </message>
    <message>
        <source>you feel numb around your back passage, your genitals or between your legs (where you would sit on a saddle)</source>
        <translation>vous sentez un engourdissement autour de l&apos;anus, des parties génitales ou entre les jambes (la zone qui touche une selle de vélo)</translation>
    </message>
    <message>
        <source>both legs become weak or numb, or leg pain spreads to both legs</source>
        <translation>vos deux jambes deviennent faibles ou engourdies, ou la douleur s&apos;étend aux deux jambes</translation>
    </message>
    <message>
        <source>you have a fever or feel hot and shivery with back pain</source>
        <translation>vous avez de la fièvre, ou vous avez chaud et des frissons, en plus du mal de dos</translation>
    </message>
    <message>
        <source>your pain is severe and wakes you at night, or does not ease whatever position you are in</source>
        <translation>votre douleur est forte et vous réveille la nuit, ou ne se calme dans aucune position</translation>
    </message>
    <message>
        <source>⚠ Stop and seek help urgently if…</source>
        <translation>⚠ Arrêtez et demandez de l&apos;aide en urgence si…</translation>
    </message>
    <message>
        <source>Call your doctor or emergency services the same day. Do not wait for your next appointment.</source>
        <translation>Appelez votre médecin ou les urgences le jour même. N&apos;attendez pas votre prochain rendez-vous.</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Comment faire</translation>
    </message>
    <message>
        <source>Note for you:</source>
        <translation>Note pour vous&#xa0;:</translation>
    </message>
    <message>
        <source>You should feel:</source>
        <translation>Vous devriez ressentir&#xa0;:</translation>
    </message>
    <message>
        <source>Stop if:</source>
        <translation>Arrêtez si&#xa0;:</translation>
    </message>
    <message>
        <source>Keep moving. Staying in bed for more than a day or two slows recovery; gentle activity helps your back get better.</source>
        <translation>Continuez à bouger. Rester au lit plus d&apos;un ou deux jours ralentit la guérison&#xa0;; une activité douce aide votre dos à aller mieux.</translation>
    </message>
    <message>
        <source>Little and often: several short sessions spread over the day are better than one long one. If you sit a lot, get up and move every 30 to 60 minutes.</source>
        <translation>Peu à la fois, mais souvent&#xa0;: plusieurs séances courtes réparties dans la journée valent mieux qu&apos;une seule longue. Si vous passez beaucoup de temps en position assise, levez-vous et bougez toutes les 30 à 60 minutes.</translation>
    </message>
    <message>
        <source>Do the amount agreed, on good days and bad days. Do not do extra on a good day; build up step by step as planned.</source>
        <translation>Faites la quantité convenue, les bons jours comme les mauvais. N&apos;en faites pas plus un bon jour&#xa0;; augmentez palier par palier, comme prévu.</translation>
    </message>
    <message>
        <source>Pain while you exercise: %1 out of 10 or less is fine; up to %2 out of 10 is acceptable; more than %2 out of 10 means do less next time.</source>
        <translation>Douleur pendant l&apos;exercice&#xa0;: jusqu&apos;à %1 sur 10, c&apos;est bien&#xa0;; jusqu&apos;à %2 sur 10, c&apos;est acceptable&#xa0;; au-delà de %2 sur 10, faites-en moins la fois suivante.</translation>
    </message>
    <message>
        <source>Any extra pain should settle by the next morning. If it does not, do a little less and tell your physiotherapist.</source>
        <translation>Toute douleur supplémentaire doit s&apos;être calmée le lendemain matin. Sinon, faites-en un peu moins et parlez-en à votre kinésithérapeute.</translation>
    </message>
    <message>
        <source>Soreness is normal: a dull ache when you move that fades within 1 to 3 days is not harm and not a reason to stop.</source>
        <translation>Les courbatures sont normales&#xa0;: une douleur sourde quand vous bougez, qui disparaît en 1 à 3 jours, n&apos;est pas le signe d&apos;une lésion ni une raison d&apos;arrêter.</translation>
    </message>
    <message>
        <source>Sharp pain in one spot, pain that keeps getting worse, or new pain, tingling or numbness in your leg is different: stop that exercise and contact your physiotherapist.</source>
        <translation>Une douleur vive à un endroit précis, une douleur qui ne cesse d&apos;augmenter, ou une nouvelle douleur, des fourmillements ou un engourdissement dans la jambe, c&apos;est différent&#xa0;: arrêtez cet exercice et contactez votre kinésithérapeute.</translation>
    </message>
    <message>
        <source>How to exercise with back pain</source>
        <translation>Faire vos exercices quand vous avez mal au dos</translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n répétition</numerusform>
            <numerusform>%n répétitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metre(s)</source>
        <translation>
            <numerusform>%n mètre</numerusform>
            <numerusform>%n mètres</numerusform>
        </translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Each day</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <source>Split into</source>
        <translation>Réparti en</translation>
    </message>
    <message>
        <source>Your activity plan: %1</source>
        <translation>Votre plan d&apos;activité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Do this amount each day, spread over the day as shown, whether your back feels good or bad. Move up a step each week.</source>
        <translation>Faites cette quantité chaque jour, répartie dans la journée comme indiqué, que votre dos aille bien ou mal. Passez au palier suivant chaque semaine.</translation>
    </message>
    <message>
        <source>Your diary</source>
        <translation>Votre journal</translation>
    </message>
    <message>
        <source>Tick a box for each session you do, and write your worst pain of the day from 0 (no pain) to 10 (the worst pain imaginable). Bring this diary to your next visit.</source>
        <translation>Cochez une case pour chaque séance faite et notez votre pire douleur de la journée, de 0 (aucune douleur) à 10 (la pire douleur imaginable). Apportez ce journal à votre prochain rendez-vous.</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Séances faites</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>This programme was written for you by your physiotherapist. Do not share it with others: it may not suit them. It does not replace medical advice; if you are worried about your symptoms, contact your physiotherapist or doctor.</source>
        <translation>Ce programme a été établi pour vous par votre kinésithérapeute. Ne le partagez pas&#xa0;: il pourrait ne pas convenir à d&apos;autres personnes. Il ne remplace pas un avis médical&#xa0;; si vos symptômes vous inquiètent, contactez votre kinésithérapeute ou votre médecin.</translation>
    </message>
    <message>
        <source>Home exercise programme for %1</source>
        <translation>Programme d&apos;exercices à domicile pour %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>As your activity plan shows: this week %1 a day, as %2.</source>
        <translation>Selon votre plan d&apos;activité&#xa0;: cette semaine, %1 par jour, en %2.</translation>
    </message>
    <message>
        <source>As your activity plan shows: this week %1 a day.</source>
        <translation>Selon votre plan d&apos;activité&#xa0;: cette semaine, %1 par jour.</translation>
    </message>
    <message>
        <source>%1 and %n more</source>
        <translation>%1 et encore %n</translation>
    </message>
    <message>
        <source>Exercises: %1</source>
        <translation>Exercices&#xa0;: %1</translation>
    </message>
    <message>
        <source>Physiotherapy review</source>
        <translation>Réévaluation chez le kinésithérapeute</translation>
    </message>
    <message>
        <source>Review of your exercise programme &quot;%1&quot;. Bring your notes on how the exercises went.</source>
        <translation>Réévaluation de votre programme d&apos;exercices «&#xa0;%1&#xa0;». Apportez vos notes sur le déroulement des exercices.</translation>
    </message>
    <message>
        <source>Pain 0–10</source>
        <translation>Douleur 0–10</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Web: %1</source>
        <translation>Web&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>IllustrationSpec</name>
    <message>
        <source>must be &quot;single&quot;, &quot;overlay&quot; or &quot;sequence&quot;, found &quot;%1&quot;</source>
        <translation>doit valoir &quot;single&quot;, &quot;overlay&quot; ou &quot;sequence&quot;&#xa0;; trouvé&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is missing (a single picture needs one pose)</source>
        <translation>est absent (une image unique nécessite une posture)</translation>
    </message>
    <message>
        <source>is only used with layout &quot;overlay&quot; or &quot;sequence&quot;</source>
        <translation>ne sert qu&apos;avec la mise en page &quot;overlay&quot; ou &quot;sequence&quot;</translation>
    </message>
    <message>
        <source>is only used with layout &quot;single&quot;; use &quot;start&quot; and &quot;end&quot;</source>
        <translation>ne sert qu&apos;avec la mise en page &quot;single&quot;&#xa0;; utilisez &quot;start&quot; et &quot;end&quot;</translation>
    </message>
    <message>
        <source>is missing (this layout needs a start and an end pose)</source>
        <translation>est absent (cette mise en page nécessite une posture de départ et une posture de fin)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be an object with &quot;yaw&quot; and &quot;pitch&quot;</source>
        <translation>doit être un objet avec &quot;yaw&quot; et &quot;pitch&quot;</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; %2</source>
        <translation>champ &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>is not a known field (expected one of: %1)</source>
        <translation>n&apos;est pas un champ connu (attendu&#xa0;: l&apos;un de %1)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be from %1 to %2, found %3</source>
        <translation>doit être compris entre %1 et %2&#xa0;; trouvé&#xa0;: %3</translation>
    </message>
    <message>
        <source>must be an angle from -360 to 360 degrees</source>
        <translation>doit être un angle de -360 à 360 degrés</translation>
    </message>
    <message>
        <source>must be an angle or a pair [left, right] of angles</source>
        <translation>doit être un angle ou une paire d&apos;angles [gauche, droite]</translation>
    </message>
    <message>
        <source>must hold angles from -360 to 360 degrees</source>
        <translation>doit contenir des angles de -360 à 360 degrés</translation>
    </message>
    <message>
        <source>must be a point [x, y] in metres (each within ±5)</source>
        <translation>doit être un point [x, y] en mètres (chaque coordonnée dans ±5)</translation>
    </message>
    <message>
        <source>must name a joint (%1), found &quot;%2&quot;</source>
        <translation>doit désigner une articulation (%1)&#xa0;; trouvé&#xa0;: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be an object of joint angles</source>
        <translation>doit être un objet d&apos;angles articulaires</translation>
    </message>
    <message>
        <source>must be an object with a &quot;type&quot;</source>
        <translation>doit être un objet avec un &quot;type&quot;</translation>
    </message>
    <message>
        <source>must be one of %1, found &quot;%2&quot;</source>
        <translation>doit valoir l&apos;une des valeurs %1&#xa0;; trouvé&#xa0;: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be a point [x, y] or [x, y, z] in metres (each within ±5)</source>
        <translation>doit être un point [x, y] ou [x, y, z] en mètres (chaque coordonnée dans ±5)</translation>
    </message>
    <message>
        <source>(a %1) needs %2</source>
        <translation>(de type %1) nécessite %2</translation>
    </message>
    <message>
        <source>&quot;under&quot;: the foot joint it stands under</source>
        <translation>&quot;under&quot;&#xa0;: l&apos;articulation du pied sous laquelle il se trouve</translation>
    </message>
    <message>
        <source>&quot;x&quot;: where the wall stands</source>
        <translation>&quot;x&quot;&#xa0;: la position du mur</translation>
    </message>
    <message>
        <source>&quot;size&quot;: the water level in metres</source>
        <translation>&quot;size&quot;&#xa0;: le niveau de l&apos;eau en mètres</translation>
    </message>
    <message>
        <source>&quot;to&quot;: a joint or a fixed point [x, y]</source>
        <translation>&quot;to&quot;&#xa0;: une articulation ou un point fixe [x, y]</translation>
    </message>
    <message>
        <source>&quot;to&quot;: the joint it loops round</source>
        <translation>&quot;to&quot;&#xa0;: l&apos;articulation autour de laquelle il passe</translation>
    </message>
    <message>
        <source>&quot;at&quot;: the joint that holds it</source>
        <translation>&quot;at&quot;&#xa0;: l&apos;articulation qui le tient</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>needs &quot;joint&quot; (a movement) or &quot;turn&quot; (a rotation)</source>
        <translation>nécessite &quot;joint&quot; (un mouvement) ou &quot;turn&quot; (une rotation)</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Could not read %1: %2. Nothing was imported.</source>
        <translation>Impossible de lire %1&#xa0;: %2. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>gradus-cli: added the clinic exercises %1 from the file.</source>
        <translation>gradus-cli&#xa0;: exercices du cabinet ajoutés depuis le fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>gradus-cli: kept this clinic&apos;s own %1 (the file&apos;s copy was not used).</source>
        <translation>gradus-cli&#xa0;: exercices propres à ce cabinet conservés (la copie du fichier n&apos;a pas été utilisée)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Import a programme or template file from another clinic</source>
        <translation>Importer un fichier de programme ou de modèle provenant d&apos;un autre cabinet</translation>
    </message>
    <message>
        <source>A programme file as a new draft for a patient; runs the safety check</source>
        <translation>Un fichier de programme comme nouveau brouillon pour un patient&#xa0;; lance le contrôle de sécurité</translation>
    </message>
    <message>
        <source>A programme file as a new clinic template</source>
        <translation>Un fichier de programme comme nouveau modèle du cabinet</translation>
    </message>
    <message>
        <source>Import a programme file (from &apos;gradus-cli export programme&apos;, docs/EXCHANGE.md) as a new draft programme for the patient, starting today. The whole file is checked first: when anything is wrong nothing is imported, the message names the entry and field, and the exit status is 2. The clinic&apos;s own exercises in the file are added when this clinic does not have them. The safety check runs at once; its findings are printed after the new programme&apos;s id.
JSON: programme_id, name, items, exercises_added, exercises_kept, findings.</source>
        <translation>Importer un fichier de programme (issu de &apos;gradus-cli export programme&apos;, docs/EXCHANGE.md) comme nouveau programme brouillon pour le patient, commençant aujourd&apos;hui. Le fichier entier est vérifié d&apos;abord&#xa0;: en cas d&apos;erreur, rien n&apos;est importé, le message indique l&apos;entrée et le champ, et le code de sortie est 2. Les exercices propres au cabinet contenus dans le fichier sont ajoutés si ce cabinet ne les a pas. Le contrôle de sécurité est lancé aussitôt&#xa0;; ses constats sont affichés après l&apos;identifiant du nouveau programme.
JSON&#xa0;: programme_id, name, items, exercises_added, exercises_kept, findings.</translation>
    </message>
    <message>
        <source>The programme file; - for stdin.</source>
        <translation>Le fichier de programme&#xa0;; - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>Identifiant du patient.</translation>
    </message>
    <message>
        <source>import programme needs --patient P.</source>
        <translation>import programme nécessite --patient P.</translation>
    </message>
    <message>
        <source>--patient must be a positive whole number, found &apos;%1&apos;.</source>
        <translation>--patient doit être un nombre entier positif&#xa0;; trouvé&#xa0;: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Safety check of the imported programme:</source>
        <translation>Contrôle de sécurité du programme importé&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>gradus-cli: imported &quot;%1&quot; (%n exercise(s)) as draft programme %2; give it to the patient with &apos;gradus-cli programme activate %2&apos;.</source>
        <translation>
            <numerusform>gradus-cli&#xa0;: «&#xa0;%1&#xa0;» (%n exercice) importé comme programme brouillon %2&#xa0;; remettez-le au patient avec &apos;gradus-cli programme activate %2&apos;.</numerusform>
            <numerusform>gradus-cli&#xa0;: «&#xa0;%1&#xa0;» (%n exercices) importé comme programme brouillon %2&#xa0;; remettez-le au patient avec &apos;gradus-cli programme activate %2&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a programme file (kind template or programme) as a new clinic template. The whole file is checked first: when anything is wrong nothing is imported and the exit status is 2. Prints the template id.
JSON: template_id, name, items, exercises_added, exercises_kept.</source>
        <translation>Importer un fichier de programme (type template ou programme) comme nouveau modèle du cabinet. Le fichier entier est vérifié d&apos;abord&#xa0;: en cas d&apos;erreur, rien n&apos;est importé et le code de sortie est 2. Affiche l&apos;identifiant du modèle.
JSON&#xa0;: template_id, name, items, exercises_added, exercises_kept.</translation>
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
<context>
    <name>Instruments</name>
    <message>
        <source>ODI</source>
        <translation>ODI</translation>
    </message>
    <message>
        <source>RMDQ</source>
        <translation>RMDQ</translation>
    </message>
    <message>
        <source>STarT Back</source>
        <translation>STarT Back</translation>
    </message>
    <message>
        <source>PSFS</source>
        <translation>PSFS</translation>
    </message>
    <message>
        <source>TSK-17</source>
        <translation>TSK-17</translation>
    </message>
    <message>
        <source>Oswestry Disability Index (v2.1a)</source>
        <translation>Indice d&apos;incapacité d&apos;Oswestry (v2.1a)</translation>
    </message>
    <message>
        <source>Roland-Morris Disability Questionnaire (24 items)</source>
        <translation>Questionnaire d&apos;incapacité de Roland-Morris (24 items)</translation>
    </message>
    <message>
        <source>Keele STarT Back Screening Tool</source>
        <translation>Outil de dépistage STarT Back (Keele)</translation>
    </message>
    <message>
        <source>Patient-Specific Functional Scale</source>
        <translation>Échelle fonctionnelle spécifique au patient</translation>
    </message>
    <message>
        <source>Tampa Scale for Kinesiophobia (17 items)</source>
        <translation>Échelle de kinésiophobie de Tampa (17 items)</translation>
    </message>
    <message>
        <source>Fairbank JCT, Pynsent PB. The Oswestry Disability Index. Spine 2000;25:2940-53. Questionnaire © Fairbank / Mapi Research Trust: Gradus records section scores only.</source>
        <translation>Fairbank JCT, Pynsent PB. The Oswestry Disability Index. Spine 2000;25:2940-53. Questionnaire © Fairbank / Mapi Research Trust&#xa0;: Gradus n&apos;enregistre que les scores des sections.</translation>
    </message>
    <message>
        <source>Roland M, Fairbank J. The Roland-Morris Disability Questionnaire and the Oswestry Disability Questionnaire. Spine 2000;25:3115-24.</source>
        <translation>Roland M, Fairbank J. The Roland-Morris Disability Questionnaire and the Oswestry Disability Questionnaire. Spine 2000;25:3115-24.</translation>
    </message>
    <message>
        <source>Hill JC et al. A primary care back pain screening tool. Arthritis Rheum 2008;59:632-41. © Keele University, free for non-commercial use: Gradus records answers by item number.</source>
        <translation>Hill JC et al. A primary care back pain screening tool. Arthritis Rheum 2008;59:632-41. © Keele University, gratuit pour un usage non commercial&#xa0;: Gradus enregistre les réponses par numéro d&apos;item.</translation>
    </message>
    <message>
        <source>Stratford P et al. Physiotherapy Canada 1995;47:258-63; clinically important differences from Abbott JH, Schmitt JS. JOSPT 2014;44:560-4.</source>
        <translation>Stratford P et al. Physiotherapy Canada 1995;47:258-63&#xa0;; différences cliniquement importantes&#xa0;: Abbott JH, Schmitt JS. JOSPT 2014;44:560-4.</translation>
    </message>
    <message>
        <source>Miller RP, Kori SH, Todd DD. The Tampa Scale. 1991; Vlaeyen JWS et al. Pain 1995;62:363-72. Licence unclear: Gradus records answers by item number.</source>
        <translation>Miller RP, Kori SH, Todd DD. The Tampa Scale. 1991&#xa0;; Vlaeyen JWS et al. Pain 1995;62:363-72. Licence incertaine&#xa0;: Gradus enregistre les réponses par numéro d&apos;item.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>SQLite could not read the file through: %1</source>
        <translation>SQLite n&apos;a pas pu lire le fichier en entier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The references between records could not be checked: %1</source>
        <translation>Les références entre enregistrements n&apos;ont pas pu être vérifiées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing record in %3.</source>
        <translation>La ligne %1 de %2 fait référence à un enregistrement manquant dans %3.</translation>
    </message>
    <message>
        <source>Table %1 could not be read: %2</source>
        <translation>La table %1 n&apos;a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server has no amcheck extension, so indexes were not verified (an administrator can run CREATE EXTENSION amcheck).</source>
        <translation>Le serveur n&apos;a pas l&apos;extension amcheck&#xa0;: les index n&apos;ont donc pas été vérifiés (un administrateur peut lancer CREATE EXTENSION amcheck).</translation>
    </message>
    <message>
        <source>An index check failed: %1</source>
        <translation>Une vérification d&apos;index a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The table schema_meta, which every Gradus database has, is missing.</source>
        <translation>La table schema_meta, présente dans toute base de données Gradus, est manquante.</translation>
    </message>
    <message>
        <source>No schema version is recorded.</source>
        <translation>Aucune version de schéma n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>Written by a newer Gradus (schema %1; this program knows up to %2): its tables were not compared.</source>
        <translation>Écrite par une version plus récente de Gradus (schéma %1&#xa0;; ce programme connaît jusqu&apos;au schéma %2)&#xa0;: ses tables n&apos;ont pas été comparées.</translation>
    </message>
    <message>
        <source>The table %1 is missing.</source>
        <translation>La table %1 est manquante.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n&apos;y a pas de base de données à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a database.</source>
        <translation>%1 est un fichier vide, pas une base de données.</translation>
    </message>
    <message>
        <source>The integrity check found damage in %1: %2. Nothing has been changed or repaired; restore a backup, or keep a copy of the file for an expert.</source>
        <translation>Le contrôle d&apos;intégrité a trouvé des dommages dans %1&#xa0;: %2. Rien n&apos;a été modifié ni réparé&#xa0;; restaurez une sauvegarde, ou conservez une copie du fichier pour un expert.</translation>
    </message>
</context>
<context>
    <name>LanguageCommand</name>
    <message>
        <source>List the languages of messages, handouts and exercise texts</source>
        <translation>Lister les langues des messages, des fiches et des textes d&apos;exercices</translation>
    </message>
    <message>
        <source>List the languages Gradus speaks, by code: use the code with --language (before a command), &apos;patient add --language&apos; (the patient&apos;s preferred language) and &apos;handout --language&apos;. The current language is marked with *.</source>
        <translation>Lister les langues de Gradus par code&#xa0;: utilisez le code avec --language (avant une commande), &apos;patient add --language&apos; (langue préférée du patient) et &apos;handout --language&apos;. La langue actuelle est marquée d&apos;un *.</translation>
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
    <name>LegSymptoms</name>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>centralising</source>
        <translation>en centralisation</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stables</translation>
    </message>
    <message>
        <source>peripheralising (spreading down the leg)</source>
        <translation>en périphéralisation (s&apos;étendent plus bas dans la jambe)</translation>
    </message>
</context>
<context>
    <name>MeasureCommand</name>
    <message>
        <source>Record, list, show and amend outcome measures</source>
        <translation>Enregistrer, lister, afficher et corriger les mesures de résultat</translation>
    </message>
    <message>
        <source>Record a measure for a patient; prints the measure id</source>
        <translation>Enregistrer une mesure pour un patient&#xa0;; affiche l&apos;identifiant de la mesure</translation>
    </message>
    <message>
        <source>List a patient&apos;s measures</source>
        <translation>Lister les mesures d&apos;un patient</translation>
    </message>
    <message>
        <source>Show a measure with its amendment history</source>
        <translation>Afficher une mesure avec l&apos;historique de ses corrections</translation>
    </message>
    <message>
        <source>Correct a measure; the original is kept</source>
        <translation>Corriger une mesure&#xa0;; l&apos;original est conservé</translation>
    </message>
    <message>
        <source>Record an outcome measure for patient PATIENT_ID. Answers are by item number, in the same LIST format as &apos;gradus-cli score&apos;. Prints the new measure&apos;s id.</source>
        <translation>Enregistrer une mesure de résultat pour le patient PATIENT_ID. Les réponses sont données par numéro d&apos;item, au même format LIST que pour &apos;gradus-cli score&apos;. Affiche l&apos;identifiant de la nouvelle mesure.</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>Identifiant du patient.</translation>
    </message>
    <message>
        <source>odi, rmdq, startback, psfs or tsk.</source>
        <translation>odi, rmdq, startback, psfs ou tsk.</translation>
    </message>
    <message>
        <source>The answers, comma-separated.</source>
        <translation>Les réponses, séparées par des virgules.</translation>
    </message>
    <message>
        <source>When it was taken (default today).</source>
        <translation>Date de la mesure (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>The visit it was taken at.</source>
        <translation>La consultation au cours de laquelle la mesure a été prise.</translation>
    </message>
    <message>
        <source>The episode of care.</source>
        <translation>L&apos;épisode de soins.</translation>
    </message>
    <message>
        <source>PSFS only: the activities, separated by &apos;;&apos;, named at the first PSFS of an episode.</source>
        <translation>PSFS seulement&#xa0;: les activités, séparées par &apos;;&apos;, nommées lors de la première PSFS d&apos;un épisode.</translation>
    </message>
    <message>
        <source>Who records it (default: your user name).</source>
        <translation>Qui l&apos;enregistre (par défaut&#xa0;: votre nom d&apos;utilisateur).</translation>
    </message>
    <message>
        <source>measure add needs --type odi, rmdq, startback, psfs or tsk.</source>
        <translation>measure add nécessite --type odi, rmdq, startback, psfs ou tsk.</translation>
    </message>
    <message>
        <source>measure add needs --answers LIST.</source>
        <translation>measure add nécessite --answers LIST.</translation>
    </message>
    <message>
        <source>--activities is for PSFS only.</source>
        <translation>--activities ne s&apos;applique qu&apos;à la PSFS.</translation>
    </message>
    <message>
        <source>gradus-cli: warning: %1</source>
        <translation>gradus-cli&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>List the outcome measures of patient PATIENT_ID, oldest first.</source>
        <translation>Lister les mesures de résultat du patient PATIENT_ID, de la plus ancienne à la plus récente.</translation>
    </message>
    <message>
        <source>Only this instrument.</source>
        <translation>Seulement ce questionnaire.</translation>
    </message>
    <message>
        <source>Include measures marked as entered in error.</source>
        <translation>Inclure les mesures marquées comme saisies par erreur.</translation>
    </message>
    <message>
        <source>--type must be odi, rmdq, startback, psfs or tsk.</source>
        <translation>--type doit valoir odi, rmdq, startback, psfs ou tsk.</translation>
    </message>
    <message>
        <source>id      date        measure      score            band</source>
        <translation>id      date        mesure       score            classe</translation>
    </message>
    <message>
        <source>Show measure MEASURE_ID with every revision.</source>
        <translation>Afficher la mesure MEASURE_ID avec toutes ses révisions.</translation>
    </message>
    <message>
        <source>The measure&apos;s id.</source>
        <translation>Identifiant de la mesure.</translation>
    </message>
    <message>
        <source>Revision %1, %2 by %3%4: %5 %6 [%7]</source>
        <translation>Révision %1, %2 par %3%4&#xa0;: %5 %6 [%7]</translation>
    </message>
    <message>
        <source> [entered in error]</source>
        <translation> [saisie par erreur]</translation>
    </message>
    <message>
        <source>Correct measure MEASURE_ID; the original is kept. Prints the new revision number.</source>
        <translation>Corriger la mesure MEASURE_ID&#xa0;; l&apos;original est conservé. Affiche le numéro de la nouvelle révision.</translation>
    </message>
    <message>
        <source>The corrected answers.</source>
        <translation>Les réponses corrigées.</translation>
    </message>
    <message>
        <source>The corrected date.</source>
        <translation>La date corrigée.</translation>
    </message>
    <message>
        <source>Why it is corrected.</source>
        <translation>Motif de la correction.</translation>
    </message>
    <message>
        <source>Who makes the correction (default: your user name).</source>
        <translation>Auteur de la correction (par défaut&#xa0;: votre nom d&apos;utilisateur).</translation>
    </message>
    <message>
        <source>measure amend needs --reason TEXT.</source>
        <translation>measure amend nécessite --reason TEXT.</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>mesure</translation>
    </message>
</context>
<context>
    <name>MeasureRepository</name>
    <message>
        <source>There is no outcome measure with id %1.</source>
        <translation>Aucune mesure de résultat n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Enter the date the measure was taken.</source>
        <translation>Indiquez la date de la mesure.</translation>
    </message>
    <message>
        <source>The measure date %1 is in the future; today is %2.</source>
        <translation>La date de mesure %1 est dans le futur&#xa0;; nous sommes le %2.</translation>
    </message>
    <message>
        <source>Say who is recording the measure.</source>
        <translation>Indiquez qui enregistre la mesure.</translation>
    </message>
    <message>
        <source>There is no patient with id %1.</source>
        <translation>Aucun patient n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Visit %1 is not a visit of patient %2.</source>
        <translation>La consultation %1 n&apos;est pas une consultation du patient %2.</translation>
    </message>
    <message>
        <source>Visit %1 belongs to episode %2, not episode %3.</source>
        <translation>La consultation %1 appartient à l&apos;épisode %2, et non à l&apos;épisode %3.</translation>
    </message>
    <message>
        <source>Episode %1 is not an episode of patient %2.</source>
        <translation>L&apos;épisode %1 n&apos;est pas un épisode du patient %2.</translation>
    </message>
    <message>
        <source>The first PSFS of an episode names its activities: give %1 activity names for the %1 ratings (%2 given).</source>
        <translation>La première PSFS d&apos;un épisode nomme ses activités&#xa0;: indiquez %1 noms d&apos;activité pour les %1 cotations (%2 indiqués).</translation>
    </message>
    <message>
        <source>PSFS activity %1 needs a name of 1 to %2 characters.</source>
        <translation>L&apos;activité PSFS %1 doit avoir un nom de 1 à %2 caractères.</translation>
    </message>
    <message>
        <source>The PSFS activities of this episode are already named (%1); a follow-up re-rates the same activities.</source>
        <translation>Les activités PSFS de cet épisode sont déjà nommées (%1)&#xa0;; un suivi recote les mêmes activités.</translation>
    </message>
    <message>
        <source>This episode&apos;s PSFS has %1 activities (%2); give %1 ratings, not %3.</source>
        <translation>La PSFS de cet épisode comporte %1 activités (%2)&#xa0;; indiquez %1 cotations, et non %3.</translation>
    </message>
    <message>
        <source>Say who is making the change to measure %1.</source>
        <translation>Indiquez qui modifie la mesure %1.</translation>
    </message>
    <message>
        <source>Give a reason for changing measure %1; the original is kept and the reason is shown with it.</source>
        <translation>Indiquez le motif de la modification de la mesure %1&#xa0;; l&apos;original est conservé et le motif est affiché avec lui.</translation>
    </message>
    <message>
        <source>Measure %1 is marked as entered in error; reinstate it before amending it.</source>
        <translation>La mesure %1 est marquée comme saisie par erreur&#xa0;; restaurez-la avant de la corriger.</translation>
    </message>
    <message>
        <source>This PSFS rates %1 activities; give %1 ratings, not %2.</source>
        <translation>Cette PSFS cote %1 activités&#xa0;; indiquez %1 cotations, et non %2.</translation>
    </message>
    <message>
        <source>The amendment of measure %1 changes nothing.</source>
        <translation>La correction de la mesure %1 ne change rien.</translation>
    </message>
    <message>
        <source>Measure %1 is already marked as entered in error.</source>
        <translation>La mesure %1 est déjà marquée comme saisie par erreur.</translation>
    </message>
    <message>
        <source>Measure %1 is not marked as entered in error.</source>
        <translation>La mesure %1 n&apos;est pas marquée comme saisie par erreur.</translation>
    </message>
    <message>
        <source>Measure %1 is of an instrument this Gradus does not know.</source>
        <translation>La mesure %1 relève d&apos;un questionnaire que cette version de Gradus ne connaît pas.</translation>
    </message>
    <message>
        <source>Measure %1 has been changed elsewhere since (at another desk or by a script; it is now at revision %2). Nothing was saved; look at the measure&apos;s history before changing it again.</source>
        <translation>La mesure %1 a été modifiée ailleurs entre-temps (à un autre poste ou par un script&#xa0;; elle en est maintenant à la révision %2). Rien n&apos;a été enregistré&#xa0;; consultez l&apos;historique de la mesure avant de la modifier à nouveau.</translation>
    </message>
</context>
<context>
    <name>OutcomeScoring</name>
    <message>
        <source>%1 item %2 is unanswered; every item needs an answer.</source>
        <translation>%1, item %2&#xa0;: sans réponse&#xa0;; chaque item doit avoir une réponse.</translation>
    </message>
    <message>
        <source>%1 %2 %3 is %4; it must be from %5 to %6.</source>
        <translation>%1, %2 %3&#xa0;: %4&#xa0;; la valeur doit être comprise entre %5 et %6.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>PSFS needs 3 to 5 activity ratings; %1 given.</source>
        <translation>La PSFS nécessite de 3 à 5 cotations d&apos;activité&#xa0;; %1 indiquées.</translation>
    </message>
    <message>
        <source>%1 needs %2 answers; %3 given.</source>
        <translation>%1 nécessite %2 réponses&#xa0;; %3 indiquées.</translation>
    </message>
    <message>
        <source>No answers given for %1.</source>
        <translation>Aucune réponse indiquée pour %1.</translation>
    </message>
    <message>
        <source>Answer %1 of %2 is &apos;%3&apos;; answers are whole numbers%4.</source>
        <translation>Réponse %1 (%2)&#xa0;: &apos;%3&apos;&#xa0;; les réponses sont des nombres entiers%4.</translation>
    </message>
    <message>
        <source>, or x for an unanswered section</source>
        <translation>, ou x pour une section sans réponse</translation>
    </message>
    <message>
        <source>No ODI section is answered, so the index cannot be calculated.</source>
        <translation>Aucune section de l&apos;ODI n&apos;a de réponse&#xa0;; l&apos;indice ne peut pas être calculé.</translation>
    </message>
    <message>
        <source>%1 of 10 ODI sections are unanswered; interpret the index with caution.</source>
        <translation>%1 sections de l&apos;ODI sur 10 sont sans réponse&#xa0;; interprétez l&apos;indice avec prudence.</translation>
    </message>
    <message>
        <source>minimal disability</source>
        <translation>incapacité minimale</translation>
    </message>
    <message>
        <source>moderate disability</source>
        <translation>incapacité modérée</translation>
    </message>
    <message>
        <source>severe disability</source>
        <translation>incapacité sévère</translation>
    </message>
    <message>
        <source>crippled</source>
        <translation>incapacité invalidante</translation>
    </message>
    <message>
        <source>bed-bound</source>
        <translation>confiné au lit</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>risque faible</translation>
    </message>
    <message>
        <source>medium risk</source>
        <translation>risque moyen</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>risque élevé</translation>
    </message>
    <message>
        <source>high fear of movement</source>
        <translation>peur du mouvement élevée</translation>
    </message>
    <message>
        <source>not high</source>
        <translation>non élevée</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>minimale</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>sévère</translation>
    </message>
    <message>
        <source>high fear</source>
        <translation>peur élevée</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 / 24</source>
        <translation>%1 / 24</translation>
    </message>
    <message>
        <source>%1 (subscale %2)</source>
        <translation>%1 (sous-échelle %2)</translation>
    </message>
</context>
<context>
    <name>PacingCommand</name>
    <message>
        <source>Graded activity plans and review decisions</source>
        <translation>Plans d&apos;activité graduée et décisions de réévaluation</translation>
    </message>
    <message>
        <source>Work out a week-by-week graded activity plan (no database needed)</source>
        <translation>Calculer un plan d&apos;activité graduée semaine par semaine (sans base de données)</translation>
    </message>
    <message>
        <source>Propose progress, hold, regress or stop from recorded review data</source>
        <translation>Proposer de progresser, maintenir, régresser ou arrêter d&apos;après les données de réévaluation enregistrées</translation>
    </message>
    <message>
        <source>Show the stored plan of a prescription and its decisions</source>
        <translation>Afficher le plan enregistré d&apos;une prescription et ses décisions</translation>
    </message>
    <message>
        <source>Accept a plan&apos;s review proposal, or override it with a reason</source>
        <translation>Accepter la proposition de réévaluation d&apos;un plan, ou passer outre avec un motif</translation>
    </message>
    <message>
        <source>gradus-cli: note: clinic settings not read (%1); using the documented defaults.</source>
        <translation>gradus-cli&#xa0;: remarque&#xa0;: paramètres du cabinet non lus (%1)&#xa0;; valeurs par défaut documentées utilisées.</translation>
    </message>
    <message>
        <source>Work out a time-contingent graded activity plan (CLINICAL.md section 3): the baseline is a percentage of the mean measured tolerance, rounded down to a whole step; each week adds a percentage of the baseline, rounded to the nearest step (whole minutes and repetitions, 5-second holds, 10-metre distances), until the goal, which the last week reaches exactly. Works without a database; when one exists and no percentage is given, the clinic&apos;s settings supply them.

With --json, prints an array with one object per week: week, start, end (when dated), quota (the daily quota), unit, bouts, per_bout (the daily quota split into bouts, largest first), increase and at_goal.

With PRESCRIPTION_ID, the plan is stored for that prescription (it then follows the exercise into new versions of the programme) and printed; with --json the stored plan is printed as in `pacing show`.</source>
        <translation>Calculer un plan d&apos;activité graduée fixé dans le temps (CLINICAL.md section 3)&#xa0;: le niveau de départ est un pourcentage de la tolérance moyenne mesurée, arrondi au pas inférieur&#xa0;; chaque semaine ajoute un pourcentage du niveau de départ, arrondi au pas le plus proche (minutes et répétitions entières, maintiens par 5 secondes, distances par 10 mètres), jusqu&apos;à l&apos;objectif, que la dernière semaine atteint exactement. Fonctionne sans base de données&#xa0;; s&apos;il en existe une et qu&apos;aucun pourcentage n&apos;est indiqué, les paramètres du cabinet les fournissent.

Avec --json, affiche un tableau avec un objet par semaine&#xa0;: week, start, end (si daté), quota (le quota quotidien), unit, bouts, per_bout (le quota quotidien réparti en fractions, la plus grande d&apos;abord), increase et at_goal.

Avec PRESCRIPTION_ID, le plan est enregistré pour cette prescription (il suit alors l&apos;exercice dans les nouvelles versions du programme) et affiché&#xa0;; avec --json, le plan enregistré est affiché comme par `pacing show`.</translation>
    </message>
    <message>
        <source>Tolerance measured over several attempts, comma-separated (e.g. 10,12,11).</source>
        <translation>Tolérance mesurée sur plusieurs essais, séparés par des virgules (p. ex. 10,12,11).</translation>
    </message>
    <message>
        <source>Unit of tolerance and goal: %1.</source>
        <translation>Unité de la tolérance et de l&apos;objectif&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The daily goal (ceiling).</source>
        <translation>L&apos;objectif quotidien (plafond).</translation>
    </message>
    <message>
        <source>Baseline as % of mean tolerance (50-100; default 80).</source>
        <translation>Niveau de départ en&#xa0;% de la tolérance moyenne (50-100&#xa0;; par défaut 80).</translation>
    </message>
    <message>
        <source>Weekly increase as % of the baseline (5-20; default 10).</source>
        <translation>Augmentation hebdomadaire en&#xa0;% du niveau de départ (5-20&#xa0;; par défaut 10).</translation>
    </message>
    <message>
        <source>Split each day&apos;s quota into N bouts (1-%1; default 1).</source>
        <translation>Répartir le quota quotidien en N fractions (1-%1&#xa0;; par défaut 1).</translation>
    </message>
    <message>
        <source>First day of week 1, YYYY-MM-DD (default: today).</source>
        <translation>Premier jour de la semaine 1, YYYY-MM-DD (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Who makes a stored plan (default: the operating-system user).</source>
        <translation>Auteur d&apos;un plan enregistré (par défaut&#xa0;: l&apos;utilisateur du système d&apos;exploitation).</translation>
    </message>
    <message>
        <source>pacing plan needs --%1.</source>
        <translation>pacing plan nécessite --%1.</translation>
    </message>
    <message>
        <source>--unit must be one of %1, not &quot;%2&quot;.</source>
        <translation>--unit doit valoir l&apos;une des valeurs %1, et non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--goal must be a number, not &quot;%1&quot;.</source>
        <translation>--goal doit être un nombre, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--start must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--start doit être une date au format YYYY-MM-DD, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Graded activity plan in %1</source>
        <translation>Plan d&apos;activité graduée en %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Sem.</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Daily quota</source>
        <translation>Quota quotidien</translation>
    </message>
    <message>
        <source>Bouts</source>
        <translation>Fractions</translation>
    </message>
    <message>
        <source>&lt;- now</source>
        <translation>&lt;- maintenant</translation>
    </message>
    <message>
        <source>Propose progress, hold, regress or stop-and-refer from the data recorded since the last review, and show the rule that fired, the data behind it and its source (CLINICAL.md section 3). Precedence: stop-and-refer &gt; regress &gt; hold &gt; progress. Thresholds come from the clinic settings when a database exists, else the documented defaults (safe pain 2, acceptable pain 5, 2 bad days in a row, regress 15%).

FILE is JSON (&quot;-&quot; reads standard input). Every field is optional, but progress needs evidence for each criterion; unknown fields are refused:
  days                  list, oldest first, one per day or session:
    date                YYYY-MM-DD
    quota_met           true/false
    exercise_pain       0-10, highest pain during the exercise
    next_morning_pain   0-10, pain the morning after
  baseline_pain         0-10, usual morning pain at the last review
  previous_week_pain    0-10, usual pain over the week before
  this_week_pain        0-10, usual pain over the last week
  leg_symptoms          none, centralising, stable, peripheralising, not_recorded
  new_neurological_sign true/false (neurological_detail: text)
  red_flag              true/false (red_flag_detail: text)
  step                  where the patient is: {unit, current, next, last_tolerated, week}
  plan                  or the plan: {tolerance, unit, goal, baseline_percent,
                        weekly_percent, bouts, week}
  thresholds            {pain_safe_max, pain_acceptable_max, bad_days_in_row,
                        regress_percent}, overriding the clinic&apos;s for this review
Example: {&quot;baseline_pain&quot;: 2, &quot;previous_week_pain&quot;: 3, &quot;this_week_pain&quot;: 3,
  &quot;days&quot;: [{&quot;quota_met&quot;: true, &quot;exercise_pain&quot;: 4, &quot;next_morning_pain&quot;: 2}],
  &quot;step&quot;: {&quot;unit&quot;: &quot;minutes&quot;, &quot;current&quot;: 12, &quot;next&quot;: 13}}

With PATIENT_ID instead of --input, reviews each of the patient&apos;s stored plans from the visits recorded since its last decision (see docs/PACING.md); nothing is changed until `pacing decide`.</source>
        <translation>Proposer de progresser, maintenir, régresser ou arrêter et orienter d&apos;après les données enregistrées depuis la dernière réévaluation, et afficher la règle appliquée, les données sur lesquelles elle repose et sa source (CLINICAL.md section 3). Priorité&#xa0;: arrêter et orienter &gt; régresser &gt; maintenir &gt; progresser. Les seuils viennent des paramètres du cabinet s&apos;il existe une base de données, sinon des valeurs par défaut documentées (douleur sûre 2, douleur acceptable 5, 2 mauvais jours de suite, régression de 15&#xa0;%).

FILE est un fichier JSON (&quot;-&quot; lit l&apos;entrée standard). Chaque champ est facultatif, mais la progression exige des données pour chaque critère&#xa0;; les champs inconnus sont refusés&#xa0;:
  days                  liste, du plus ancien au plus récent, un par jour ou par séance&#xa0;:
    date                YYYY-MM-DD
    quota_met           true/false
    exercise_pain       0-10, douleur maximale pendant l&apos;exercice
    next_morning_pain   0-10, douleur le lendemain matin
  baseline_pain         0-10, douleur matinale habituelle à la dernière réévaluation
  previous_week_pain    0-10, douleur habituelle la semaine précédente
  this_week_pain        0-10, douleur habituelle la semaine écoulée
  leg_symptoms          none, centralising, stable, peripheralising, not_recorded
  new_neurological_sign true/false (neurological_detail&#xa0;: texte)
  red_flag              true/false (red_flag_detail&#xa0;: texte)
  step                  où en est le patient&#xa0;: {unit, current, next, last_tolerated, week}
  plan                  ou le plan&#xa0;: {tolerance, unit, goal, baseline_percent,
                        weekly_percent, bouts, week}
  thresholds            {pain_safe_max, pain_acceptable_max, bad_days_in_row,
                        regress_percent}, qui remplacent ceux du cabinet pour cette réévaluation
Exemple&#xa0;: {&quot;baseline_pain&quot;: 2, &quot;previous_week_pain&quot;: 3, &quot;this_week_pain&quot;: 3,
  &quot;days&quot;: [{&quot;quota_met&quot;: true, &quot;exercise_pain&quot;: 4, &quot;next_morning_pain&quot;: 2}],
  &quot;step&quot;: {&quot;unit&quot;: &quot;minutes&quot;, &quot;current&quot;: 12, &quot;next&quot;: 13}}

Avec PATIENT_ID au lieu de --input, réévalue chacun des plans enregistrés du patient d&apos;après les consultations enregistrées depuis sa dernière décision (voir docs/PACING.md)&#xa0;; rien n&apos;est modifié avant `pacing decide`.</translation>
    </message>
    <message>
        <source>The review data (JSON, see above).</source>
        <translation>Les données de réévaluation (JSON, voir ci-dessus).</translation>
    </message>
    <message>
        <source>pacing review takes either PATIENT_ID or --input FILE, not both.</source>
        <translation>pacing review prend soit PATIENT_ID, soit --input FILE, mais pas les deux.</translation>
    </message>
    <message>
        <source>pacing review needs --input FILE, or a PATIENT_ID.</source>
        <translation>pacing review nécessite --input FILE ou un PATIENT_ID.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>%1 n&apos;est pas un JSON valide&#xa0;: %2 au caractère %3.</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object ({...}).</source>
        <translation>%1 doit contenir un seul objet JSON ({...}).</translation>
    </message>
    <message>
        <source>Rule: %1. Source: %2</source>
        <translation>Règle&#xa0;: %1. Source&#xa0;: %2</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Décision&#xa0;: %1</translation>
    </message>
    <message>
        <source>Proposal: %1</source>
        <translation>Proposition&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Also noted (outweighed by the above):</source>
        <translation>Également relevé (moins prioritaire que ce qui précède)&#xa0;:</translation>
    </message>
    <message>
        <source>Plan %1 saved for prescription %2 (%3).</source>
        <translation>Plan %1 enregistré pour la prescription %2 (%3).</translation>
    </message>
    <message>
        <source>Show the graded activity plan stored for a prescription (in any version of its programme): where the patient stands, the weekly quotas and every review decision.</source>
        <translation>Afficher le plan d&apos;activité graduée enregistré pour une prescription (dans n&apos;importe quelle version de son programme)&#xa0;: où en est le patient, les quotas hebdomadaires et chaque décision de réévaluation.</translation>
    </message>
    <message>
        <source>The prescription.</source>
        <translation>La prescription.</translation>
    </message>
    <message>
        <source>Prescription %1 has no active graded activity plan; make one with `pacing plan %1 --tolerance ... --unit ... --goal ...`.</source>
        <translation>La prescription %1 n&apos;a pas de plan d&apos;activité graduée actif&#xa0;; créez-en un avec `pacing plan %1 --tolerance ... --unit ... --goal ...`.</translation>
    </message>
    <message>
        <source>Plan %1: %2, week %3 of %4, %5 a day (%6).</source>
        <translation>Plan %1&#xa0;: %2, semaine %3 sur %4, %5 par jour (%6).</translation>
    </message>
    <message>
        <source>No review decisions yet.</source>
        <translation>Aucune décision de réévaluation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Décisions&#xa0;:</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>aucun quota</translation>
    </message>
    <message>
        <source>%1 to %2, as proposed (%3)</source>
        <translation>%1&#xa0;: %2, comme proposé (%3)</translation>
    </message>
    <message>
        <source>%1 to %2 instead of %3 (%4): %5</source>
        <translation>%1&#xa0;: %2, au lieu de %3 (%4). Motif&#xa0;: %5</translation>
    </message>
    <message>
        <source>Patient %1 has no active graded activity plan.</source>
        <translation>Le patient %1 n&apos;a pas de plan d&apos;activité graduée actif.</translation>
    </message>
    <message>
        <source>Plan %1: %2, week %3, %4 a day; visits since the last decision: %5.</source>
        <translation>Plan %1&#xa0;: %2, semaine %3, %4 par jour&#xa0;; consultations depuis la dernière décision&#xa0;: %5.</translation>
    </message>
    <message>
        <source>Decide with: gradus-cli pacing decide %1 --accept, or --override OUTCOME --reason TEXT</source>
        <translation>Pour décider&#xa0;: gradus-cli pacing decide %1 --accept, ou --override OUTCOME --reason TEXT</translation>
    </message>
    <message>
        <source>Record the clinician&apos;s decision on a plan&apos;s review (as `pacing review PATIENT_ID` proposes it from the recorded visits): --accept the proposal, or --override it with another outcome (progress, hold, regress, stop_and_refer) and a --reason. A change of dose or exercise becomes a new, active version of the programme, in the same transaction as the decision. Refused while the programme has a draft being edited.</source>
        <translation>Enregistrer la décision du thérapeute sur la réévaluation d&apos;un plan (telle que `pacing review PATIENT_ID` la propose d&apos;après les consultations enregistrées)&#xa0;: --accept pour accepter la proposition, ou --override avec une autre issue (progress, hold, regress, stop_and_refer) et un --reason. Un changement de dose ou d&apos;exercice devient une nouvelle version active du programme, dans la même transaction que la décision. Refusé tant que le programme a un brouillon en cours de modification.</translation>
    </message>
    <message>
        <source>The plan.</source>
        <translation>Le plan.</translation>
    </message>
    <message>
        <source>Accept the proposal.</source>
        <translation>Accepter la proposition.</translation>
    </message>
    <message>
        <source>Choose this outcome instead of the proposal.</source>
        <translation>Choisir cette issue au lieu de la proposition.</translation>
    </message>
    <message>
        <source>Why (needed to override).</source>
        <translation>Motif (obligatoire pour passer outre).</translation>
    </message>
    <message>
        <source>Who decides (default: the operating-system user).</source>
        <translation>Qui décide (par défaut&#xa0;: l&apos;utilisateur du système d&apos;exploitation).</translation>
    </message>
    <message>
        <source>pacing decide needs either --accept or --override OUTCOME.</source>
        <translation>pacing decide nécessite soit --accept, soit --override OUTCOME.</translation>
    </message>
    <message>
        <source>--override must be progress, hold, regress or stop_and_refer, not &quot;%1&quot;.</source>
        <translation>--override doit valoir progress, hold, regress ou stop_and_refer, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Decision %1 recorded: %2 (%3).</source>
        <translation>Décision %1 enregistrée&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <source>as proposed</source>
        <translation>comme proposé</translation>
    </message>
    <message>
        <source>overriding %1</source>
        <translation>au lieu de %1</translation>
    </message>
    <message>
        <source>--reason goes with --override; an accepted proposal needs none.</source>
        <translation>--reason va avec --override&#xa0;; une proposition acceptée n&apos;en a pas besoin.</translation>
    </message>
    <message>
        <source>A patient whose stored plans to review, instead of --input.</source>
        <translation>Un patient dont revoir les plans enregistrés, au lieu de --input.</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>prescription</source>
        <translation>prescription</translation>
    </message>
</context>
<context>
    <name>PacingJson</name>
    <message>
        <source>%1 is not a known field (expected one of: %2).</source>
        <translation>%1 n&apos;est pas un champ connu (attendu&#xa0;: l&apos;un de %2).</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4.</source>
        <translation>%1 doit être un nombre entier de %2 à %3, et non %4.</translation>
    </message>
    <message>
        <source>%1 must be a number, not %2.</source>
        <translation>%1 doit être un nombre, et non %2.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2.</source>
        <translation>%1 doit valoir true ou false, et non %2.</translation>
    </message>
    <message>
        <source>%1 must be text, not %2.</source>
        <translation>%1 doit être du texte, et non %2.</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 doit être une date au format YYYY-MM-DD, et non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be an object ({...}).</source>
        <translation>%1 doit être un objet ({...}).</translation>
    </message>
    <message>
        <source>%1 must be a list ([...]).</source>
        <translation>%1 doit être une liste ([...]).</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 doit valoir l&apos;une des valeurs %2, et non &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>step needs at least &quot;unit&quot; and &quot;current&quot;.</source>
        <translation>step nécessite au moins &quot;unit&quot; et &quot;current&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a list of numbers.</source>
        <translation>%1 doit être une liste de nombres.</translation>
    </message>
    <message>
        <source>%1 needs &quot;tolerance&quot;, a list of measurements.</source>
        <translation>%1 nécessite &quot;tolerance&quot;, une liste de mesures.</translation>
    </message>
    <message>
        <source>%1 needs &quot;unit&quot; and &quot;goal&quot;.</source>
        <translation>%1 nécessite &quot;unit&quot; et &quot;goal&quot;.</translation>
    </message>
    <message>
        <source>leg_symptoms must be none, centralising, stable, peripheralising or not_recorded, not &quot;%1&quot;.</source>
        <translation>leg_symptoms doit valoir none, centralising, stable, peripheralising ou not_recorded, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give either &quot;step&quot; or &quot;plan&quot;, not both.</source>
        <translation>Indiquez soit &quot;step&quot;, soit &quot;plan&quot;, mais pas les deux.</translation>
    </message>
    <message>
        <source>plan.week is needed: the plan week the patient is in now.</source>
        <translation>plan.week est nécessaire&#xa0;: la semaine du plan où se trouve actuellement le patient.</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>plan&#xa0;: %1</translation>
    </message>
    <message>
        <source>plan.week is %1, but the plan reaches its goal in week %2.</source>
        <translation>plan.week vaut %1, mais le plan atteint son objectif en semaine %2.</translation>
    </message>
</context>
<context>
    <name>PacingPlanRepository</name>
    <message>
        <source>There is no prescription %1.</source>
        <translation>Il n&apos;existe pas de prescription %1.</translation>
    </message>
    <message>
        <source>There is no pacing plan %1.</source>
        <translation>Il n&apos;existe pas de plan d&apos;activité graduée %1.</translation>
    </message>
    <message>
        <source>Plan %1 has review decisions on record and is kept.</source>
        <translation>Le plan %1 comporte des décisions de réévaluation enregistrées&#xa0;; il est conservé.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Stopped (referred)</source>
        <translation>Arrêté (orienté)</translation>
    </message>
    <message>
        <source>Ended (moved to another exercise)</source>
        <translation>Terminé (passage à un autre exercice)</translation>
    </message>
</context>
<context>
    <name>PacingPlans</name>
    <message>
        <source>Name the clinician making the plan.</source>
        <translation>Indiquez le thérapeute qui établit le plan.</translation>
    </message>
    <message>
        <source>This exercise is in the programme %1 times; a plan needs it once, so that it can follow the exercise into new versions.</source>
        <translation>Cet exercice figure %1 fois dans le programme&#xa0;; un plan exige qu&apos;il n&apos;y figure qu&apos;une fois, pour pouvoir le suivre dans les nouvelles versions.</translation>
    </message>
    <message>
        <source>A plan in %1 needs a dose counted in %1; prescription %2 is counted otherwise (%3).</source>
        <translation>Un plan en %1 nécessite une dose comptée en %1&#xa0;; la prescription %2 est comptée autrement (%3).</translation>
    </message>
    <message>
        <source>This prescription already has a plan (%1); review it rather than starting another.</source>
        <translation>Cette prescription a déjà un plan (%1)&#xa0;; réévaluez-le plutôt que d&apos;en commencer un autre.</translation>
    </message>
    <message>
        <source>Version %1 of the programme has been replaced by a newer one; make the plan on the version in force.</source>
        <translation>La version %1 du programme a été remplacée par une plus récente&#xa0;; établissez le plan sur la version en vigueur.</translation>
    </message>
    <message>
        <source>the exercise</source>
        <translation>l&apos;exercice</translation>
    </message>
    <message>
        <source>The programme&apos;s dose of %1 already matches week 1 of the plan: %2.</source>
        <translation>La dose de %1 dans le programme correspond déjà à la semaine 1 du plan&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The programme&apos;s dose of %1 is now %2 (version %3).</source>
        <translation>La dose de %1 dans le programme est maintenant %2 (version %3).</translation>
    </message>
</context>
<context>
    <name>PacingProgrammeUpdate</name>
    <message>
        <source>Version %1 of the programme has been replaced by a newer one; choose the exercise in the version in force.</source>
        <translation>La version %1 du programme a été remplacée par une plus récente&#xa0;; choisissez l&apos;exercice dans la version en vigueur.</translation>
    </message>
    <message>
        <source>The programme has a draft (version %1) being edited. Give it to the patient or discard it first, so that this change of dose does not hand over unfinished changes.</source>
        <translation>Le programme a un brouillon (version %1) en cours de modification. Remettez-le d&apos;abord au patient ou abandonnez-le, pour que ce changement de dose ne transmette pas des modifications inachevées.</translation>
    </message>
    <message>
        <source>The programme has been changed since the plan changed its dose (version %1); the plan cannot be undone.</source>
        <translation>Le programme a été modifié depuis que le plan a changé sa dose (version %1)&#xa0;; le plan ne peut pas être annulé.</translation>
    </message>
</context>
<context>
    <name>PacingReviews</name>
    <message>
        <source>leg symptoms at the visit of %1</source>
        <translation>symptômes dans la jambe à la consultation du %1</translation>
    </message>
    <message>
        <source>recorded at a visit since the last review</source>
        <translation>enregistré lors d&apos;une consultation depuis la dernière réévaluation</translation>
    </message>
    <message>
        <source>red-flag screen of %1</source>
        <translation>dépistage des drapeaux rouges du %1</translation>
    </message>
    <message>
        <source>a red-flag screen (none recorded for this patient)</source>
        <translation>un dépistage des drapeaux rouges (aucun enregistré pour ce patient)</translation>
    </message>
    <message>
        <source>Name the clinician deciding.</source>
        <translation>Indiquez le thérapeute qui décide.</translation>
    </message>
    <message>
        <source>Plan %1 is %2; there is nothing left to decide on it.</source>
        <translation>Le plan %1 a le statut «&#xa0;%2&#xa0;»&#xa0;; il n&apos;y a plus rien à décider.</translation>
    </message>
    <message>
        <source>Say why you are not following the proposal (%1).</source>
        <translation>Indiquez pourquoi vous ne suivez pas la proposition (%1).</translation>
    </message>
    <message>
        <source>The proposal already is to %1; accept it instead of overriding.</source>
        <translation>La proposition est déjà&#xa0;: %1&#xa0;; acceptez-la plutôt que de passer outre.</translation>
    </message>
    <message>
        <source>Plan stopped: refer or discuss as the red-flag screen advises.</source>
        <translation>Plan arrêté&#xa0;: orientez le patient ou discutez du cas, comme le conseille le dépistage des drapeaux rouges.</translation>
    </message>
    <message>
        <source>The exercise of plan %1 is no longer in the programme; the decision cannot be applied.</source>
        <translation>L&apos;exercice du plan %1 ne figure plus dans le programme&#xa0;; la décision ne peut pas être appliquée.</translation>
    </message>
    <message>
        <source>Moved on to %1 (%2); this plan ends, and a new one can be made for it.</source>
        <translation>Passage à %1 (%2)&#xa0;; ce plan se termine, et un nouveau plan peut être établi pour cet exercice.</translation>
    </message>
    <message>
        <source>%1 a day (%2).</source>
        <translation>%1 par jour (%2).</translation>
    </message>
    <message>
        <source>Programme version %1: %2</source>
        <translation>Version %1 du programme&#xa0;: %2</translation>
    </message>
    <message>
        <source>Pacing plan %1</source>
        <translation>Plan d&apos;activité graduée %1</translation>
    </message>
</context>
<context>
    <name>PacingUnit</name>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1 repetitions</source>
        <translation>%1 répétitions</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>%1 metres</source>
        <translation>%1 mètres</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>répétitions</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>metres</source>
        <translation>mètres</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>rép.</translation>
    </message>
    <message>
        <source>s</source>
        <comment>seconds</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>m</source>
        <comment>metres</comment>
        <translation>m</translation>
    </message>
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
    <name>Patient</name>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>PatientArgs</name>
    <message>
        <source>Refuse the change unless the record is still at version N (shown as &quot;version&quot; by --json); nothing is written when another desk changed it meanwhile.</source>
        <translation>Refuser la modification si l&apos;enregistrement n&apos;est plus à la version N (affichée comme &quot;version&quot; par --json)&#xa0;; rien n&apos;est écrit si un autre poste l&apos;a modifié entre-temps.</translation>
    </message>
    <message>
        <source>--if-version must be a positive whole number, found &apos;%1&apos;.</source>
        <translation>--if-version doit être un nombre entier positif&#xa0;; trouvé&#xa0;: &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>PatientCommand</name>
    <message>
        <source>Given name.</source>
        <translation>Prénom.</translation>
    </message>
    <message>
        <source>Family name.</source>
        <translation>Nom de famille.</translation>
    </message>
    <message>
        <source>Preferred name.</source>
        <translation>Prénom d&apos;usage.</translation>
    </message>
    <message>
        <source>Date of birth, YYYY-MM-DD.</source>
        <translation>Date de naissance, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>female, male or other (f, m, x).</source>
        <translation>female, male ou other (f, m, x).</translation>
    </message>
    <message>
        <source>Clinic number (unique).</source>
        <translation>Numéro de dossier (unique).</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Numéro de téléphone.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>Adresse e-mail.</translation>
    </message>
    <message>
        <source>Postal address.</source>
        <translation>Adresse postale.</translation>
    </message>
    <message>
        <source>Who referred the patient.</source>
        <translation>Qui a adressé le patient.</translation>
    </message>
    <message>
        <source>Free notes.</source>
        <translation>Notes libres.</translation>
    </message>
    <message>
        <source>--dob must be a date written YYYY-MM-DD (not &apos;%1&apos;).</source>
        <translation>--dob doit être une date au format YYYY-MM-DD (et non &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--sex must be female, male or other (not &apos;%1&apos;).</source>
        <translation>--sex doit valoir female, male ou other (et non &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Add, find, show, edit, archive and delete patients</source>
        <translation>Ajouter, rechercher, afficher, modifier, archiver et supprimer des patients</translation>
    </message>
    <message>
        <source>Add a patient; prints the new id</source>
        <translation>Ajouter un patient&#xa0;; affiche le nouvel identifiant</translation>
    </message>
    <message>
        <source>List patients, optionally matching a search</source>
        <translation>Lister les patients, éventuellement selon une recherche</translation>
    </message>
    <message>
        <source>Show one patient with episodes and conditions</source>
        <translation>Afficher un patient avec ses épisodes et ses états cliniques</translation>
    </message>
    <message>
        <source>Change fields of a patient</source>
        <translation>Modifier des champs d&apos;un patient</translation>
    </message>
    <message>
        <source>Archive (or with --restore, restore) a patient</source>
        <translation>Archiver un patient (ou, avec --restore, le restaurer)</translation>
    </message>
    <message>
        <source>Delete a patient and all their records permanently</source>
        <translation>Supprimer définitivement un patient et toutes ses données</translation>
    </message>
    <message>
        <source>Add a patient and print the new patient&apos;s id. --given, --family and --dob are required.
With --json, print the stored patient (fields as for &apos;patient show&apos;).</source>
        <translation>Ajouter un patient et afficher son identifiant. --given, --family et --dob sont obligatoires.
Avec --json, afficher le patient enregistré (champs comme pour &apos;patient show&apos;).</translation>
    </message>
    <message>
        <source>List patients by family name. --search keeps those whose names, clinic number or date of birth contain every word of TEXT, ignoring case and accents.
JSON: an array of objects with id, given, family, dob, preferred, clinic_number, archived.</source>
        <translation>Lister les patients par nom de famille. --search garde ceux dont les noms, le numéro de dossier ou la date de naissance contiennent chaque mot de TEXT, sans tenir compte de la casse ni des accents.
JSON&#xa0;: un tableau d&apos;objets avec id, given, family, dob, preferred, clinic_number, archived.</translation>
    </message>
    <message>
        <source>Words to search for.</source>
        <translation>Mots à rechercher.</translation>
    </message>
    <message>
        <source>Include archived patients.</source>
        <translation>Inclure les patients archivés.</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivé)</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>Identifiant du patient.</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient&#xa0;:</translation>
    </message>
    <message>
        <source>, archived</source>
        <translation>, archivé</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Naissance&#xa0;:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sexe&#xa0;:</translation>
    </message>
    <message>
        <source>Clinic number:</source>
        <translation>N° de dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>Adressé par&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Episode %1: %2</source>
        <translation>Épisode %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>opened %1, %2, onset %3, phase %4</source>
        <translation>ouvert le %1, %2, début&#xa0;: %3, phase&#xa0;: %4</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>clôturé le %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Change the given fields of a patient; an empty value (&quot;&quot;) clears an optional field. Prints nothing, or with --json the stored patient.</source>
        <translation>Modifier les champs indiqués d&apos;un patient&#xa0;; une valeur vide (&quot;&quot;) efface un champ facultatif. N&apos;affiche rien, ou avec --json le patient enregistré.</translation>
    </message>
    <message>
        <source>Archive a patient: hidden from lists unless asked for, nothing deleted. With --restore, bring an archived patient back.</source>
        <translation>Archiver un patient&#xa0;: il est masqué des listes sauf demande, rien n&apos;est supprimé. Avec --restore, restaurer un patient archivé.</translation>
    </message>
    <message>
        <source>Restore instead of archive.</source>
        <translation>Restaurer au lieu d&apos;archiver.</translation>
    </message>
    <message>
        <source>Delete a patient with all episodes and conditions, permanently (right to erasure). Requires --yes. Prints what was deleted.</source>
        <translation>Supprimer définitivement un patient avec tous ses épisodes et états cliniques (droit à l&apos;effacement). Nécessite --yes. Affiche ce qui a été supprimé.</translation>
    </message>
    <message>
        <source>Confirm the permanent deletion.</source>
        <translation>Confirmer la suppression définitive.</translation>
    </message>
    <message>
        <source>patient delete removes %1 (id %2, born %3) and all their records permanently; it cannot be undone. Run it again with --yes to confirm, or use &apos;patient archive&apos; to hide the patient instead.</source>
        <translation>patient delete supprime définitivement %1 (identifiant %2, né(e) le %3) et toutes ses données&#xa0;; c&apos;est irréversible. Relancez la commande avec --yes pour confirmer, ou utilisez &apos;patient archive&apos; pour simplement masquer le patient.</translation>
    </message>
    <message>
        <source>Deleted patient %1 (episodes of care: %2, conditions: %3).</source>
        <translation>Patient %1 supprimé (épisodes de soins&#xa0;: %2, états cliniques&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Preferred language of handouts (see &apos;gradus-cli languages&apos;).</source>
        <translation>Langue préférée des fiches (voir &apos;gradus-cli languages&apos;).</translation>
    </message>
    <message>
        <source>--language must be one of %1 (not &apos;%2&apos;).</source>
        <translation>--language doit valoir l&apos;un des codes suivants&#xa0;: %1 (et non &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>Show one patient.
JSON: the fields of &apos;patient list&apos; plus sex, phone, email, address, referral_source, notes, language, age, created_at, updated_at, and episodes (each with id, complaint, onset, opened, closed, open, phase and conditions).</source>
        <translation>Afficher un patient.
JSON&#xa0;: les champs de &apos;patient list&apos; plus sex, phone, email, address, referral_source, notes, language, age, created_at, updated_at, et episodes (chacun avec id, complaint, onset, opened, closed, open, phase et conditions).</translation>
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
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
</context>
<context>
    <name>PatientCommands</name>
    <message>
        <source>Add patient %1</source>
        <translation>Ajouter le patient %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Archiver %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restaurer %1</translation>
    </message>
    <message>
        <source>Open episode &quot;%1&quot;</source>
        <translation>Ouvrir l&apos;épisode «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Close episode &quot;%1&quot;</source>
        <translation>Clôturer l&apos;épisode «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit episode &quot;%1&quot;</source>
        <translation>Modifier l&apos;épisode «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Réactiver %1</translation>
    </message>
    <message>
        <source>Resolve %1</source>
        <translation>Marquer %1 comme résolu</translation>
    </message>
</context>
<context>
    <name>PatientEdits</name>
    <message>
        <source>Patient %1</source>
        <translation>Patient %1</translation>
    </message>
    <message>
        <source>Adding %1 cannot be undone: episodes of care, visits or other records have been made for this patient since.</source>
        <translation>L&apos;ajout de %1 ne peut pas être annulé&#xa0;: des épisodes de soins, des consultations ou d&apos;autres données ont été enregistrés depuis pour ce patient.</translation>
    </message>
</context>
<context>
    <name>PatientMerge</name>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Prénom d&apos;usage</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Clinic number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Adressé par</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <source>The clinic number %1 is already used by another patient.</source>
        <translation>Le numéro de dossier %1 est déjà attribué à un autre patient.</translation>
    </message>
    <message>
        <source>There is no patient with id %1.</source>
        <translation>Aucun patient n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The clinic number %1 is already used by another patient (%2).</source>
        <translation>Le numéro de dossier %1 est déjà attribué à un autre patient (%2).</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>identifiant %1</translation>
    </message>
    <message>
        <source>Only a stored patient can be restored.</source>
        <translation>Seul un patient enregistré peut être restauré.</translation>
    </message>
    <message>
        <source>The patient could not be deleted, and nothing was removed: %1</source>
        <translation>Le patient n&apos;a pas pu être supprimé et rien n&apos;a été effacé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation>Patient %1</translation>
    </message>
</context>
<context>
    <name>PatientValidator</name>
    <message>
        <source>The %1 is too long (at most %2 characters).</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est trop long (%2 caractères au maximum).</translation>
    </message>
    <message>
        <source>The given name is required.</source>
        <translation>Le prénom est obligatoire.</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>The family name is required.</source>
        <translation>Le nom de famille est obligatoire.</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>preferred name</source>
        <translation>prénom d&apos;usage</translation>
    </message>
    <message>
        <source>The date of birth is required.</source>
        <translation>La date de naissance est obligatoire.</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>La date de naissance %1 est dans le futur.</translation>
    </message>
    <message>
        <source>The date of birth %1 would make the patient %2 years old; please check the year.</source>
        <translation>Avec la date de naissance %1, le patient aurait %2 ans&#xa0;; vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>Sex must be female, male or other, or left empty (not &apos;%1&apos;).</source>
        <translation>Le sexe doit valoir female, male ou other, ou rester vide (et non &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The clinic number is too long (at most %1 characters).</source>
        <translation>Le numéro de dossier est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number; use digits, spaces and + ( ) - only.</source>
        <translation>&apos;%1&apos; n&apos;est pas un numéro de téléphone&#xa0;; utilisez uniquement des chiffres, des espaces et + ( ) -.</translation>
    </message>
    <message>
        <source>The language must be one of %1, or left empty (not &apos;%2&apos;).</source>
        <translation>La langue doit valoir l&apos;un des codes suivants&#xa0;: %1, ou rester vide (et non &apos;%2&apos;).</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Could not start drawing the document.</source>
        <translation>Impossible de commencer le dessin du document.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Could not finish the document.</source>
        <translation>Impossible de terminer le document.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>%1 already exists; choose another name or allow replacing it.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom ou autorisez le remplacement.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was written.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 est un dossier.</translation>
    </message>
    <message>
        <source>%1 is read-only, so it was not replaced. Nothing was written.</source>
        <translation>%1 est en lecture seule&#xa0;: il n&apos;a donc pas été remplacé. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 is read-only. Nothing was written.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le dossier %2 est en lecture seule. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Could not write %1: it was not opened.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le fichier n&apos;a pas été ouvert.</translation>
    </message>
</context>
<context>
    <name>ProgrammeCalendar</name>
    <message>
        <source>%1: %2 a day in %3 bouts (week %4 of %5)</source>
        <translation>%1&#xa0;: %2 par jour en %3 fois (semaine %4 sur %5)</translation>
    </message>
    <message>
        <source>%1: %2 a day (week %3 of %4)</source>
        <translation>%1&#xa0;: %2 par jour (semaine %3 sur %4)</translation>
    </message>
    <message>
        <source>Week %1 of %2 of your graded plan: %3 a day.</source>
        <translation>Semaine %1 sur %2 de votre plan d&apos;activité&#xa0;: %3 par jour.</translation>
    </message>
    <message>
        <source>Week %1 of %2 of your graded plan: %3 a day, as %4 bouts of %5.</source>
        <translation>Semaine %1 sur %2 de votre plan d&apos;activité&#xa0;: %3 par jour, en %4 fois de %5.</translation>
    </message>
    <message>
        <source>Week %1 of %2 of your graded plan: %3 a day, as bouts of %4.</source>
        <translation>Semaine %1 sur %2 de votre plan d&apos;activité&#xa0;: %3 par jour, en plusieurs fois de %4.</translation>
    </message>
    <message>
        <source>Do this amount every day even if you have some pain, as long as it stays within the limits your physiotherapist gave you. The amount goes up a little each week.</source>
        <translation>Faites cette quantité chaque jour, même si vous avez un peu mal, tant que la douleur reste dans les limites fixées par votre kinésithérapeute. La quantité augmente un peu chaque semaine.</translation>
    </message>
</context>
<context>
    <name>ProgrammeCommand</name>
    <message>
        <source>The programme&apos;s id.</source>
        <translation>Identifiant du programme.</translation>
    </message>
    <message>
        <source>Exercise programmes: create, add, remove, show, list, activate, templates</source>
        <translation>Programmes d&apos;exercices&#xa0;: créer, ajouter, enlever, afficher, lister, activer, modèles</translation>
    </message>
    <message>
        <source>Start a draft programme for a patient; prints its id</source>
        <translation>Commencer un programme brouillon pour un patient&#xa0;; affiche son identifiant</translation>
    </message>
    <message>
        <source>Add an exercise with its dose</source>
        <translation>Ajouter un exercice avec sa dose</translation>
    </message>
    <message>
        <source>Remove an exercise</source>
        <translation>Enlever un exercice</translation>
    </message>
    <message>
        <source>Show a programme with its doses</source>
        <translation>Afficher un programme avec ses doses</translation>
    </message>
    <message>
        <source>List a patient&apos;s programmes</source>
        <translation>Lister les programmes d&apos;un patient</translation>
    </message>
    <message>
        <source>Give a draft to the patient (supersedes the old version)</source>
        <translation>Remettre un brouillon au patient (remplace l&apos;ancienne version)</translation>
    </message>
    <message>
        <source>Clinic templates: list, save, apply</source>
        <translation>Modèles du cabinet&#xa0;: lister, enregistrer, appliquer</translation>
    </message>
    <message>
        <source>Check a programme against the patient&apos;s safety rules</source>
        <translation>Contrôler un programme au regard des règles de sécurité du patient</translation>
    </message>
    <message>
        <source>Keep an &quot;avoid&quot; exercise, with your reason</source>
        <translation>Conserver un exercice «&#xa0;à éviter&#xa0;», avec votre motif</translation>
    </message>
    <message>
        <source>Start a draft programme for the patient, in their open episode (one is opened today when none is). Prints the programme id.</source>
        <translation>Commencer un programme brouillon pour le patient, dans son épisode ouvert (un épisode est ouvert aujourd&apos;hui s&apos;il n&apos;y en a pas). Affiche l&apos;identifiant du programme.</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>Identifiant du patient.</translation>
    </message>
    <message>
        <source>Programme name.</source>
        <translation>Nom du programme.</translation>
    </message>
    <message>
        <source>Goal.</source>
        <translation>Objectif.</translation>
    </message>
    <message>
        <source>Start date (yyyy-MM-dd; today).</source>
        <translation>Date de début (yyyy-MM-dd&#xa0;; par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Review date (yyyy-MM-dd).</source>
        <translation>Date de réévaluation (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>programme create needs --name.</source>
        <translation>programme create nécessite --name.</translation>
    </message>
    <message>
        <source>--%1 must be a date as yyyy-MM-dd, found &apos;%2&apos;.</source>
        <translation>--%1 doit être une date au format yyyy-MM-dd&#xa0;; trouvé&#xa0;: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Stable id (bird_dog) or record id of the exercise.</source>
        <translation>Identifiant stable (bird_dog) ou identifiant d&apos;enregistrement de l&apos;exercice.</translation>
    </message>
    <message>
        <source>Sets (1-10; default 1).</source>
        <translation>Séries (1-10&#xa0;; par défaut 1).</translation>
    </message>
    <message>
        <source>Repetitions per set, or holds with --hold.</source>
        <translation>Répétitions par série, ou maintiens avec --hold.</translation>
    </message>
    <message>
        <source>Seconds each hold lasts (1-300).</source>
        <translation>Durée de chaque maintien en secondes (1-300).</translation>
    </message>
    <message>
        <source>Minutes (1-180).</source>
        <translation>Minutes (1-180).</translation>
    </message>
    <message>
        <source>Metres (1-50000).</source>
        <translation>Mètres (1-50000).</translation>
    </message>
    <message>
        <source>Bouts per day (1-12; default 1).</source>
        <translation>Nombre de fois par jour (1-12&#xa0;; par défaut 1).</translation>
    </message>
    <message>
        <source>Rest between sets in seconds (0-600).</source>
        <translation>Repos entre les séries en secondes (0-600).</translation>
    </message>
    <message>
        <source>left, right, both or alternate.</source>
        <translation>left, right, both ou alternate.</translation>
    </message>
    <message>
        <source>Repetitions or holds are done on each side.</source>
        <translation>Les répétitions ou maintiens se font de chaque côté.</translation>
    </message>
    <message>
        <source>Section to add to (made when missing; default the last section, or &quot;Exercises&quot;).</source>
        <translation>Section où ajouter l&apos;exercice (créée si elle n&apos;existe pas&#xa0;; par défaut la dernière section, ou «&#xa0;Exercices&#xa0;»).</translation>
    </message>
    <message>
        <source>Load or resistance.</source>
        <translation>Charge ou résistance.</translation>
    </message>
    <message>
        <source>Tempo.</source>
        <translation>Tempo.</translation>
    </message>
    <message>
        <source>Note to the patient.</source>
        <translation>Note pour le patient.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, found &apos;%2&apos;.</source>
        <translation>--%1 doit être un nombre entier&#xa0;; trouvé&#xa0;: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Give exactly one of --reps, --hold SECONDS --reps R, --minutes or --metres.</source>
        <translation>Indiquez exactement une option parmi --reps, --hold SECONDS --reps R, --minutes ou --metres.</translation>
    </message>
    <message>
        <source>--hold needs --reps (how many holds per set).</source>
        <translation>--hold nécessite --reps (nombre de maintiens par série).</translation>
    </message>
    <message>
        <source>--side must be left, right, both or alternate, found &apos;%1&apos;.</source>
        <translation>--side doit valoir left, right, both ou alternate&#xa0;; trouvé&#xa0;: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Programme %1 is an old version and cannot be changed.</source>
        <translation>Le programme %1 est une ancienne version et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Remove an exercise (its first occurrence) from a programme. On an active programme the change goes into its draft version; the id changed is printed.</source>
        <translation>Enlever un exercice (sa première occurrence) d&apos;un programme. Sur un programme actif, la modification va dans sa version brouillon&#xa0;; l&apos;identifiant modifié est affiché.</translation>
    </message>
    <message>
        <source>Stable id or record id of the exercise.</source>
        <translation>Identifiant stable ou identifiant d&apos;enregistrement de l&apos;exercice.</translation>
    </message>
    <message>
        <source>Programme %1 does not include &apos;%2&apos;.</source>
        <translation>Le programme %1 ne contient pas &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Show a programme (any version) with its doses.</source>
        <translation>Afficher un programme (n&apos;importe quelle version) avec ses doses.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objectif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Début&#xa0;: %1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Réévaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>List a patient&apos;s programmes, each at its newest version, newest first.</source>
        <translation>Lister les programmes d&apos;un patient, chacun dans sa version la plus récente, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>The draft&apos;s id.</source>
        <translation>Identifiant du brouillon.</translation>
    </message>
    <message>
        <source>Keep an exercise in a programme although a safety rule says to avoid it, with your reason. The override is stored with who and when, shows on `programme check`, and stays with the exercise in later versions of the programme. Prints its id.</source>
        <translation>Conserver un exercice dans un programme bien qu&apos;une règle de sécurité dise de l&apos;éviter, avec votre motif. La dérogation est enregistrée avec son auteur et sa date, apparaît dans `programme check` et suit l&apos;exercice dans les versions ultérieures du programme. Affiche son identifiant.</translation>
    </message>
    <message>
        <source>Stable id (sit_up) or record id of the exercise.</source>
        <translation>Identifiant stable (sit_up) ou identifiant d&apos;enregistrement de l&apos;exercice.</translation>
    </message>
    <message>
        <source>The &quot;avoid&quot; rule&apos;s id, as `programme check` shows it.</source>
        <translation>Identifiant de la règle «&#xa0;à éviter&#xa0;», tel que l&apos;affiche `programme check`.</translation>
    </message>
    <message>
        <source>Why the exercise is kept (required).</source>
        <translation>Pourquoi l&apos;exercice est conservé (obligatoire).</translation>
    </message>
    <message>
        <source>Who keeps it; default: this account&apos;s name.</source>
        <translation>Qui le conserve&#xa0;; par défaut&#xa0;: le nom de ce compte.</translation>
    </message>
    <message>
        <source>Name the exercise to keep with --exercise.</source>
        <translation>Indiquez l&apos;exercice à conserver avec --exercise.</translation>
    </message>
    <message>
        <source>Name the rule with --rule (see `programme check %1`).</source>
        <translation>Indiquez la règle avec --rule (voir `programme check %1`).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a safety rule (see `safety rules`).</source>
        <translation>&quot;%1&quot; n&apos;est pas une règle de sécurité (voir `safety rules`).</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; is a &quot;%2&quot; rule; only &quot;avoid&quot; findings need an override.</source>
        <translation>La règle &quot;%1&quot; est de niveau &quot;%2&quot;&#xa0;; seuls les constats &quot;avoid&quot; nécessitent une dérogation.</translation>
    </message>
    <message>
        <source>Say why the exercise is kept with --reason.</source>
        <translation>Indiquez avec --reason pourquoi l&apos;exercice est conservé.</translation>
    </message>
    <message>
        <source>--by must name the clinician.</source>
        <translation>--by doit indiquer le thérapeute.</translation>
    </message>
    <message>
        <source>Exercise %1 is not in programme %2.</source>
        <translation>L&apos;exercice %1 ne figure pas dans le programme %2.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; does not flag %2 for this patient: there is nothing to keep.</source>
        <translation>La règle &quot;%1&quot; ne signale pas %2 pour ce patient&#xa0;: il n&apos;y a rien à conserver.</translation>
    </message>
    <message>
        <source>%1 is already kept despite rule &quot;%2&quot; (by %3).</source>
        <translation>%1 est déjà conservé malgré la règle &quot;%2&quot; (par %3).</translation>
    </message>
    <message>
        <source>List the clinic&apos;s templates</source>
        <translation>Lister les modèles du cabinet</translation>
    </message>
    <message>
        <source>Save a programme as a template; prints its id</source>
        <translation>Enregistrer un programme comme modèle&#xa0;; affiche son identifiant</translation>
    </message>
    <message>
        <source>Start a patient&apos;s programme from a template; prints its id</source>
        <translation>Commencer le programme d&apos;un patient à partir d&apos;un modèle&#xa0;; affiche son identifiant</translation>
    </message>
    <message>
        <source>List the clinic&apos;s programme templates.</source>
        <translation>Lister les modèles de programme du cabinet.</translation>
    </message>
    <message>
        <source>  [built-in]</source>
        <translation>  [intégré]</translation>
    </message>
    <message>
        <source>Save a programme&apos;s sections and doses as a clinic template. Prints its id.</source>
        <translation>Enregistrer les sections et les doses d&apos;un programme comme modèle du cabinet. Affiche son identifiant.</translation>
    </message>
    <message>
        <source>Template name (the programme&apos;s).</source>
        <translation>Nom du modèle (par défaut celui du programme).</translation>
    </message>
    <message>
        <source>Start a draft programme for the patient from a template. Prints the programme id.</source>
        <translation>Commencer un programme brouillon pour le patient à partir d&apos;un modèle. Affiche l&apos;identifiant du programme.</translation>
    </message>
    <message>
        <source>Template id, or a built-in&apos;s stable id.</source>
        <translation>Identifiant du modèle, ou identifiant stable d&apos;un modèle intégré.</translation>
    </message>
    <message>
        <source>Programme name (the template&apos;s).</source>
        <translation>Nom du programme (par défaut celui du modèle).</translation>
    </message>
    <message>
        <source>--start must be a date as yyyy-MM-dd, found &apos;%1&apos;.</source>
        <translation>--start doit être une date au format yyyy-MM-dd&#xa0;; trouvé&#xa0;: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Check a programme (any version) against its patient&apos;s conditions, phase of care, age and latest visit. Exit 0 whatever it finds.
JSON: an array of findings, each with exercise, severity (avoid|caution|prefer), reason, source, rule, index, alternatives and assumptions (as in &apos;safety check --help&apos;).</source>
        <translation>Contrôler un programme (n&apos;importe quelle version) au regard des états cliniques du patient, de sa phase de soins, de son âge et de sa dernière consultation. Code de sortie 0 quel que soit le résultat.
JSON&#xa0;: un tableau de constats, chacun avec exercise, severity (avoid|caution|prefer), reason, source, rule, index, alternatives et assumptions (comme dans &apos;safety check --help&apos;).</translation>
    </message>
    <message>
        <source>Add an exercise to a programme with its dose: --sets and exactly one of --reps, --hold with --reps, --minutes or --metres, of a kind the exercise allows (&apos;exercise show ID&apos; lists its dose_types: no walking in sets of repetitions, no plank in minutes). On an active programme the change goes into its draft version (made when needed; its id is printed).</source>
        <translation>Ajouter un exercice à un programme avec sa dose&#xa0;: --sets et exactement une option parmi --reps, --hold avec --reps, --minutes ou --metres, d&apos;un type que l&apos;exercice admet (&apos;exercise show ID&apos; liste ses dose_types&#xa0;: pas de marche en séries de répétitions, pas de planche en minutes). Sur un programme actif, la modification va dans sa version brouillon (créée si nécessaire&#xa0;; son identifiant est affiché).</translation>
    </message>
    <message>
        <source>Days per week (1-7; default: the exercise&apos;s usual days, at most 3 for loaded exercises).</source>
        <translation>Jours par semaine (1-7&#xa0;; par défaut&#xa0;: les jours habituels de l&apos;exercice, au plus 3 pour les exercices en charge).</translation>
    </message>
    <message>
        <source>Give a draft programme to the patient. The version it replaces is superseded and kept. Refused (exit 1) while the programme holds an exercise a safety rule says to avoid for this patient and no reason to keep it is recorded (&apos;programme check&apos; lists the findings; &apos;programme override&apos; records the reason).</source>
        <translation>Remettre un programme brouillon au patient. La version qu&apos;il remplace passe à l&apos;état remplacé et est conservée. Refusé (code de sortie 1) tant que le programme contient un exercice qu&apos;une règle de sécurité dit d&apos;éviter pour ce patient et qu&apos;aucun motif de le conserver n&apos;est enregistré (&apos;programme check&apos; liste les constats&#xa0;; &apos;programme override&apos; enregistre le motif).</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
</context>
<context>
    <name>ProgrammeEdits</name>
    <message>
        <source>There is no exercise with id %1.</source>
        <translation>Aucun exercice n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>%1 is retired and cannot be prescribed; choose another exercise.</source>
        <translation>%1 est retiré et ne peut pas être prescrit&#xa0;; choisissez un autre exercice.</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Programme %1</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Programme %1 does not include that exercise.</source>
        <translation>Le programme %1 ne contient pas cet exercice.</translation>
    </message>
</context>
<context>
    <name>ProgrammeExchange</name>
    <message>
        <source>field &apos;%1&apos;</source>
        <translation>champ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1&#xa0;: %2. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1: %2: %3. Nothing was imported.</source>
        <translation>%1&#xa0;: %2&#xa0;: %3. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file ends too early, so it was probably cut short while being copied (%1 at byte %2)</source>
        <translation>le fichier se termine trop tôt&#xa0;; il a sans doute été tronqué pendant la copie (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1 at byte %2)</source>
        <translation>le fichier n&apos;est pas un JSON valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>this is not a Gradus programme file</source>
        <translation>ce n&apos;est pas un fichier de programme Gradus</translation>
    </message>
    <message>
        <source>this is an exercise export; import it with the exercise import</source>
        <translation>c&apos;est un export d&apos;exercices&#xa0;; importez-le avec l&apos;import d&apos;exercices</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot; (this is not a Gradus programme file)</source>
        <translation>doit valoir &quot;%1&quot; (ce n&apos;est pas un fichier de programme Gradus)</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>the file was written by a newer Gradus (format version %1; this Gradus reads up to %2). Update Gradus to import it</source>
        <translation>le fichier a été écrit par une version plus récente de Gradus (version de format %1&#xa0;; cette version de Gradus lit jusqu&apos;à la version %2). Mettez Gradus à jour pour l&apos;importer</translation>
    </message>
    <message>
        <source>must be &quot;programme&quot; or &quot;template&quot;</source>
        <translation>doit valoir &quot;programme&quot; ou &quot;template&quot;</translation>
    </message>
    <message>
        <source>a template has no dates; use null</source>
        <translation>un modèle n&apos;a pas de dates&#xa0;; utilisez null</translation>
    </message>
    <message>
        <source>must not be before the start date</source>
        <translation>ne doit pas précéder la date de début</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>exercise %1</source>
        <translation>exercice %1</translation>
    </message>
    <message>
        <source>exercise %1 &quot;%2&quot;</source>
        <translation>exercice %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>only a clinic&apos;s own exercises (ids starting with &quot;%1&quot;) travel in the file; built-in ones are named by id only</source>
        <translation>seuls les exercices propres à un cabinet (identifiants commençant par &quot;%1&quot;) sont transmis dans le fichier&#xa0;; les exercices intégrés ne sont désignés que par leur identifiant</translation>
    </message>
    <message>
        <source>appears twice in the file</source>
        <translation>apparaît deux fois dans le fichier</translation>
    </message>
    <message>
        <source>there is no exercise &quot;%1&quot; in this library, and the file does not carry it</source>
        <translation>il n&apos;y a pas d&apos;exercice &quot;%1&quot; dans cette bibliothèque, et le fichier ne le contient pas</translation>
    </message>
    <message>
        <source>links to &quot;%1&quot;, which is neither in the file nor in this library</source>
        <translation>renvoie à &quot;%1&quot;, qui n&apos;est ni dans le fichier ni dans cette bibliothèque</translation>
    </message>
</context>
<context>
    <name>ProgrammeImportService</name>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>ProgrammeJson</name>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be &quot;reps&quot;, &quot;hold&quot;, &quot;time&quot; or &quot;distance&quot;</source>
        <translation>doit valoir &quot;reps&quot;, &quot;hold&quot;, &quot;time&quot; ou &quot;distance&quot;</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1.exercise: there is no exercise &quot;%2&quot; in the library</source>
        <translation>%1.exercise&#xa0;: il n&apos;y a pas d&apos;exercice &quot;%2&quot; dans la bibliothèque</translation>
    </message>
    <message>
        <source>must be not_applicable, left, right, both or alternate</source>
        <translation>doit valoir not_applicable, left, right, both ou alternate</translation>
    </message>
</context>
<context>
    <name>ProgrammeRepository</name>
    <message>
        <source>There is no exercise with id %1.</source>
        <translation>Aucun exercice n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>There is no patient with id %1.</source>
        <translation>Aucun patient n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Programme %1 (version %2) is %3 and cannot be changed; changes go into a new version.</source>
        <translation>Le programme %1 (version %2) est %3 et ne peut pas être modifié&#xa0;; les modifications vont dans une nouvelle version.</translation>
    </message>
    <message>
        <source>Version %1 has been replaced; edit the current draft (version %2) instead.</source>
        <translation>La version %1 a été remplacée&#xa0;; modifiez plutôt le brouillon en cours (version %2).</translation>
    </message>
    <message>
        <source>This version has been replaced by version %1; edit that one.</source>
        <translation>Cette version a été remplacée par la version %1&#xa0;; modifiez celle-ci.</translation>
    </message>
    <message>
        <source>Programme %1 has been superseded and cannot be changed.</source>
        <translation>Le programme %1 a été remplacé et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Programme %1 is already %2.</source>
        <translation>Le programme %1 est déjà %2.</translation>
    </message>
    <message>
        <source>Programme %1 has no exercises yet; add at least one before giving it to the patient.</source>
        <translation>Le programme %1 ne contient encore aucun exercice&#xa0;; ajoutez-en au moins un avant de le remettre au patient.</translation>
    </message>
    <message>
        <source>Programme %1 is not the active version any more; open the newest version to change it.</source>
        <translation>Le programme %1 n&apos;est plus la version active&#xa0;; ouvrez la version la plus récente pour le modifier.</translation>
    </message>
    <message>
        <source>There is no programme with id %1.</source>
        <translation>Aucun programme n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Programme %1 has been given to the patient and is kept.</source>
        <translation>Le programme %1 a été remis au patient&#xa0;; il est conservé.</translation>
    </message>
    <message>
        <source>Programme %1 is already there and cannot be put back.</source>
        <translation>Le programme %1 existe déjà et ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>Version %1 cannot be put back: the programme has been changed since.</source>
        <translation>La version %1 ne peut pas être restaurée&#xa0;: le programme a été modifié depuis.</translation>
    </message>
    <message>
        <source>The activation of programme %1 cannot be undone: the programme has been changed since.</source>
        <translation>L&apos;activation du programme %1 ne peut pas être annulée&#xa0;: le programme a été modifié depuis.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot;, item %2: %3</source>
        <translation>Section «&#xa0;%1&#xa0;», élément %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Programme %1</translation>
    </message>
    <message>
        <source>Programme %1 cannot be taken away: a reason to keep an exercise or a review decision has been recorded on it since.</source>
        <translation>Le programme %1 ne peut pas être retiré&#xa0;: un motif de conservation d&apos;un exercice ou une décision de réévaluation y a été enregistré depuis.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTemplateRepository</name>
    <message>
        <source>There is no template with id %1.</source>
        <translation>Aucun modèle n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>%1 is not a template file: %2</source>
        <translation>%1 n&apos;est pas un fichier de modèle&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the name is missing.</source>
        <translation>%1&#xa0;: le nom est absent.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot;: %2</source>
        <translation>Modèle «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Le modèle doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is no exercise with id %1.</source>
        <translation>Aucun exercice n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ships with Gradus and cannot be deleted.</source>
        <translation>«&#xa0;%1&#xa0;» est fourni avec Gradus et ne peut pas être supprimé.</translation>
    </message>
</context>
<context>
    <name>ProgressData</name>
    <message>
        <source>Important change from first (%1)</source>
        <translation>Seuil de changement important (%1)</translation>
    </message>
    <message>
        <source>Pain (NPRS 0-10)</source>
        <translation>Douleur (EN 0-10)</translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation>Douleur actuelle</translation>
    </message>
    <message>
        <source>Best to worst in 24 h</source>
        <translation>Min–max sur 24 h</translation>
    </message>
    <message>
        <source>Activity (minutes a day)</source>
        <translation>Activité (minutes par jour)</translation>
    </message>
    <message>
        <source>Minutes a day</source>
        <translation>Minutes par jour</translation>
    </message>
    <message>
        <source>Pain now (NPRS)</source>
        <translation>Douleur actuelle (EN)</translation>
    </message>
    <message>
        <source>Worst pain in 24 h (NPRS)</source>
        <translation>Douleur maximale sur 24 h (EN)</translation>
    </message>
    <message>
        <source>ODI %</source>
        <translation>ODI&#xa0;%</translation>
    </message>
    <message>
        <source>RMDQ (0-24)</source>
        <translation>RMDQ (0-24)</translation>
    </message>
    <message>
        <source>Total (0-9)</source>
        <translation>Total (0-9)</translation>
    </message>
    <message>
        <source>Psychosocial subscale (0-5)</source>
        <translation>Sous-échelle psychosociale (0-5)</translation>
    </message>
    <message>
        <source>Low risk: total 3 or less</source>
        <translation>Risque faible&#xa0;: total de 3 ou moins</translation>
    </message>
    <message>
        <source>PSFS mean (0-10)</source>
        <translation>PSFS, moyenne (0-10)</translation>
    </message>
    <message>
        <source>TSK-17 total (17-68)</source>
        <translation>TSK-17, total (17-68)</translation>
    </message>
    <message>
        <source>High fear of movement: above 37</source>
        <translation>Peur du mouvement élevée&#xa0;: au-dessus de 37</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>activité %1</translation>
    </message>
    <message>
        <source>PSFS: %1</source>
        <translation>PSFS&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (depuis le %2)</translation>
    </message>
    <message>
        <source>Nothing has been measured yet.</source>
        <translation>Aucune mesure pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Important change</source>
        <translation>Changement important</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>%1% %2</source>
        <translation>%2 de %1&#xa0;%</translation>
    </message>
    <message>
        <source>better</source>
        <translation>amélioration</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>aggravation</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <source>No visits have been recorded yet.</source>
        <translation>Aucune consultation n&apos;a encore été enregistrée.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation>Douleur actuelle</translation>
    </message>
    <message>
        <source>Best–worst</source>
        <translation>Min–max</translation>
    </message>
    <message>
        <source>In exercise</source>
        <translation>Pendant l&apos;exercice</translation>
    </message>
    <message>
        <source>Next morning</source>
        <translation>Lendemain matin</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Leg symptoms</source>
        <translation>Symptômes dans la jambe</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>; new neurological signs</source>
        <translation>&#xa0;; nouveaux signes neurologiques</translation>
    </message>
    <message>
        <source>The last %1 of %2 visits; the charts show them all.</source>
        <translation>Les %1 dernières consultations sur %2&#xa0;; les graphiques les montrent toutes.</translation>
    </message>
    <message>
        <source>* Corrected after it was first saved; the figures shown are the corrected ones and the original is kept in the clinical record.</source>
        <translation>* Corrigé après le premier enregistrement&#xa0;; les valeurs affichées sont les valeurs corrigées et l&apos;original est conservé dans le dossier clinique.</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Rapport d&apos;évolution</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Épisode</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, du %2 au %3</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <source>Change since the first visit</source>
        <translation>Évolution depuis la première consultation</translation>
    </message>
    <message>
        <source>A change counts as clinically important when it reaches the published threshold in points or in percent of the first value, whichever comes first.</source>
        <translation>Un changement est considéré comme cliniquement important lorsqu&apos;il atteint le seuil publié, en points ou en pourcentage de la première valeur, selon ce qui est atteint en premier.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Green dashed line: the value that would be a clinically important change from the first measurement.</source>
        <translation>Ligne verte en pointillés&#xa0;: la valeur qui représenterait un changement cliniquement important par rapport à la première mesure.</translation>
    </message>
    <message>
        <source>Exercise programme</source>
        <translation>Programme d&apos;exercices</translation>
    </message>
    <message>
        <source>No exercise programme is active.</source>
        <translation>Aucun programme d&apos;exercices n&apos;est actif.</translation>
    </message>
    <message>
        <source>given %1</source>
        <translation>remis le %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Pain (NPRS): %1</source>
        <translation>Douleur (EN)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation>Rapport d&apos;évolution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Progress report · %1 · born %2 · %3</source>
        <translation>Rapport d&apos;évolution · %1 · né(e) le %2 · %3</translation>
    </message>
</context>
<context>
    <name>RecordHistoryHtml</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Marked as entered in error</source>
        <translation>Marqué comme saisi par erreur</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 %2 on %3; answers by item: %4</source>
        <translation>%1 %2 le %3&#xa0;; réponses par item&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>RecordMeasureCommand</name>
    <message>
        <source>Record %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <source>Redo: recording of the measure restored</source>
        <translation>Rétablir&#xa0;: enregistrement de la mesure rétabli</translation>
    </message>
    <message>
        <source>Undo: recording of the measure undone</source>
        <translation>Annuler&#xa0;: enregistrement de la mesure annulé</translation>
    </message>
</context>
<context>
    <name>RecordVersion</name>
    <message>
        <source>There is no record %1 in %2.</source>
        <translation>Il n&apos;existe pas d&apos;enregistrement %1 dans %2.</translation>
    </message>
</context>
<context>
    <name>RecordVisitCommand</name>
    <message>
        <source>Record Visit of %1</source>
        <translation>Enregistrer la consultation de %1</translation>
    </message>
    <message>
        <source>Redo: recording of the visit restored</source>
        <translation>Rétablir&#xa0;: enregistrement de la consultation rétabli</translation>
    </message>
    <message>
        <source>Undo: recording of the visit undone</source>
        <translation>Annuler&#xa0;: enregistrement de la consultation annulé</translation>
    </message>
</context>
<context>
    <name>RedFlagCatalog</name>
    <message>
        <source>not a valid JSON object (%1).</source>
        <translation>pas un objet JSON valide (%1).</translation>
    </message>
    <message>
        <source>, field &quot;format&quot;</source>
        <translation>, champ &quot;format&quot;</translation>
    </message>
    <message>
        <source>expected &quot;gradus-red-flags&quot;.</source>
        <translation>attendu&#xa0;: &quot;gradus-red-flags&quot;.</translation>
    </message>
    <message>
        <source>, field &quot;version&quot;</source>
        <translation>, champ &quot;version&quot;</translation>
    </message>
    <message>
        <source>expected a whole number of 1 or more.</source>
        <translation>attendu&#xa0;: un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>, tier &quot;%1&quot;</source>
        <translation>, catégorie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>every tier needs an id, label, action and source.</source>
        <translation>chaque catégorie nécessite id, label, action et source.</translation>
    </message>
    <message>
        <source>the id is used twice.</source>
        <translation>l&apos;identifiant est utilisé deux fois.</translation>
    </message>
    <message>
        <source>, field &quot;tiers&quot;</source>
        <translation>, champ &quot;tiers&quot;</translation>
    </message>
    <message>
        <source>expected a non-empty list.</source>
        <translation>attendu&#xa0;: une liste non vide.</translation>
    </message>
    <message>
        <source>, flag &quot;%1&quot;</source>
        <translation>, drapeau &quot;%1&quot;</translation>
    </message>
    <message>
        <source>every flag needs a code and a label.</source>
        <translation>chaque drapeau nécessite code et label.</translation>
    </message>
    <message>
        <source>, flag &quot;%1&quot;, field &quot;tier&quot;</source>
        <translation>, drapeau &quot;%1&quot;, champ &quot;tier&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier of this file.</source>
        <translation>&quot;%1&quot; n&apos;est pas une catégorie de ce fichier.</translation>
    </message>
    <message>
        <source>the code is used twice.</source>
        <translation>le code est utilisé deux fois.</translation>
    </message>
    <message>
        <source>, field &quot;flags&quot;</source>
        <translation>, champ &quot;flags&quot;</translation>
    </message>
</context>
<context>
    <name>RedFlagRepository</name>
    <message>
        <source>Referred</source>
        <translation>Orienté</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Discuté</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Name the clinician who did the red-flag screen.</source>
        <translation>Indiquez le thérapeute qui a réalisé le dépistage des drapeaux rouges.</translation>
    </message>
    <message>
        <source>The screen date %1 is in the future.</source>
        <translation>La date de dépistage %1 est dans le futur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a red-flag code; &apos;gradus-cli screen codes&apos; lists them.</source>
        <translation>&quot;%1&quot; n&apos;est pas un code de drapeau rouge&#xa0;; &apos;gradus-cli screen codes&apos; les liste.</translation>
    </message>
    <message>
        <source>A decision is recorded only when a red flag is present.</source>
        <translation>Une décision ne s&apos;enregistre qu&apos;en présence d&apos;un drapeau rouge.</translation>
    </message>
    <message>
        <source>Add a note saying what was decided about the red flags.</source>
        <translation>Ajoutez une note indiquant ce qui a été décidé au sujet des drapeaux rouges.</translation>
    </message>
    <message>
        <source>Could not save the red-flag screen for patient %1: %2</source>
        <translation>Impossible d&apos;enregistrer le dépistage des drapeaux rouges du patient %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Screen %1 found no red flags; there is nothing to decide.</source>
        <translation>Le dépistage %1 n&apos;a relevé aucun drapeau rouge&#xa0;; il n&apos;y a rien à décider.</translation>
    </message>
    <message>
        <source>Name the clinician who decided.</source>
        <translation>Indiquez le thérapeute qui a décidé.</translation>
    </message>
    <message>
        <source>There is no red-flag screen with id %1.</source>
        <translation>Aucun dépistage des drapeaux rouges n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Every flag of screen %1 already has a decision; record a new screen instead.</source>
        <translation>Chaque drapeau du dépistage %1 a déjà une décision&#xa0;; enregistrez plutôt un nouveau dépistage.</translation>
    </message>
    <message>
        <source>Choose at least one red flag to decide.</source>
        <translation>Choisissez au moins un drapeau rouge sur lequel décider.</translation>
    </message>
    <message>
        <source>The red flags to decide belong to different patients.</source>
        <translation>Les drapeaux rouges à trancher appartiennent à des patients différents.</translation>
    </message>
    <message>
        <source>Screen %1 did not find the red flag &quot;%2&quot;.</source>
        <translation>Le dépistage %1 n&apos;a pas relevé le drapeau rouge «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The red flag &quot;%1&quot; of screen %2 already has a decision.</source>
        <translation>Le drapeau rouge «&#xa0;%1&#xa0;» du dépistage %2 a déjà une décision.</translation>
    </message>
</context>
<context>
    <name>ReviewData</name>
    <message>
        <source>Day %1: pain during exercise must be from 0 to 10, not %2.</source>
        <translation>Jour %1&#xa0;: la douleur pendant l&apos;exercice doit être comprise entre 0 et 10, et non %2.</translation>
    </message>
    <message>
        <source>Day %1: next-morning pain must be from 0 to 10, not %2.</source>
        <translation>Jour %1&#xa0;: la douleur du lendemain matin doit être comprise entre 0 et 10, et non %2.</translation>
    </message>
    <message>
        <source>Day %1 (%2) comes before the day above it: list the days oldest first.</source>
        <translation>Le jour %1 (%2) précède celui du dessus&#xa0;: listez les jours du plus ancien au plus récent.</translation>
    </message>
    <message>
        <source>Baseline pain</source>
        <translation>Douleur de référence</translation>
    </message>
    <message>
        <source>Pain over the week before</source>
        <translation>Douleur la semaine précédente</translation>
    </message>
    <message>
        <source>Pain over the last week</source>
        <translation>Douleur la semaine écoulée</translation>
    </message>
    <message>
        <source>%1 must be from 0 to 10, not %2.</source>
        <translation>%1&#xa0;: la valeur doit être comprise entre 0 et 10, et non %2.</translation>
    </message>
    <message>
        <source>The current quota must be a positive whole number of %1 steps of %2, not %3.</source>
        <translation>Le quota actuel doit être un multiple positif de %2 %1, et non %3.</translation>
    </message>
    <message>
        <source>The next step (%1) must be a whole number of steps of %2 and not below the current quota (%3).</source>
        <translation>Le palier suivant (%1) doit être un multiple de %2 et ne pas être inférieur au quota actuel (%3).</translation>
    </message>
    <message>
        <source>The last tolerated step (%1) must be a whole number of steps of %2 and below the current quota (%3).</source>
        <translation>Le dernier palier toléré (%1) doit être un multiple de %2 et inférieur au quota actuel (%3).</translation>
    </message>
</context>
<context>
    <name>ReviewEngine</name>
    <message>
        <source>day %1</source>
        <translation>jour %1</translation>
    </message>
    <message>
        <source>Silbernagel et al. 2007, Am J Sports Med 35:897 (pain-monitoring model, extrapolated); CLINICAL.md section 3</source>
        <translation>Silbernagel et al. 2007, Am J Sports Med 35:897 (modèle de surveillance de la douleur, extrapolé)&#xa0;; CLINICAL.md section 3</translation>
    </message>
    <message>
        <source>A red flag was recorded. Stop the programme until the patient has been referred or the finding discussed, as the red-flag screen advises.</source>
        <translation>Un drapeau rouge a été enregistré. Arrêtez le programme jusqu&apos;à ce que le patient ait été orienté ou que le signe ait été discuté, comme le conseille le dépistage des drapeaux rouges.</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Drapeau rouge</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>CLINICAL.md sections 1 and 3; NHS CKS; IFOMPT framework (Finucane et al. 2020, JOSPT 50:350)</source>
        <translation>CLINICAL.md sections 1 et 3&#xa0;; NHS CKS&#xa0;; cadre de l&apos;IFOMPT (Finucane et al. 2020, JOSPT 50:350)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>A new neurological sign was found (such as new weakness, numbness or a changed reflex). Step back and reassess before going on.</source>
        <translation>Un nouveau signe neurologique a été constaté (par exemple une nouvelle faiblesse, un engourdissement ou un réflexe modifié). Revenez en arrière et réévaluez avant de poursuivre.</translation>
    </message>
    <message>
        <source>New neurological sign</source>
        <translation>Nouveau signe neurologique</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>CLINICAL.md section 3 (convention)</source>
        <translation>CLINICAL.md section 3 (convention)</translation>
    </message>
    <message>
        <source>Leg symptoms spread further down the leg since the last review (peripheralising). Step back to a level that does not provoke them.</source>
        <translation>Les symptômes se sont étendus plus bas dans la jambe depuis la dernière réévaluation (périphéralisation). Revenez à un niveau qui ne les provoque pas.</translation>
    </message>
    <message>
        <source>Leg symptoms</source>
        <translation>Symptômes dans la jambe</translation>
    </message>
    <message>
        <source>CLINICAL.md sections 3 and 4 (convention)</source>
        <translation>CLINICAL.md sections 3 et 4 (convention)</translation>
    </message>
    <message>
        <source>pain during exercise %1</source>
        <translation>douleur pendant l&apos;exercice %1</translation>
    </message>
    <message>
        <source>next morning %1</source>
        <translation>lendemain matin %1</translation>
    </message>
    <message>
        <source>Acceptable pain during exercise</source>
        <translation>Douleur acceptable pendant l&apos;exercice</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Baseline pain</source>
        <translation>Douleur de référence</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>%1 in a row were bad: pain during exercise went above %2, or had not settled to baseline by the next morning. %3 in a row call for a step back.</source>
        <translation>%1 de suite ont été mauvais&#xa0;: la douleur pendant l&apos;exercice a dépassé %2, ou n&apos;était pas revenue au niveau de référence le lendemain matin. %3 de suite imposent un retour en arrière.</translation>
    </message>
    <message>
        <source>; %1 in a row: convention</source>
        <translation>&#xa0;; %1 de suite&#xa0;: convention</translation>
    </message>
    <message>
        <source>Pain during exercise went above the acceptable band on %1 (%2), but not on %3 in a row. Stay at this step.</source>
        <translation>La douleur pendant l&apos;exercice a dépassé la zone acceptable sur %1 (%2), mais pas sur %3 de suite. Restez à ce palier.</translation>
    </message>
    <message>
        <source>Pain had not settled to the baseline by the next morning on %1 (%2), but not on %3 in a row. Stay at this step.</source>
        <translation>La douleur n&apos;était pas revenue au niveau de référence le lendemain matin sur %1 (%2), mais pas sur %3 de suite. Restez à ce palier.</translation>
    </message>
    <message>
        <source>Usual pain rose over the week, from %1 to %2. Pain should not rise week on week; stay at this step.</source>
        <translation>La douleur habituelle a augmenté au cours de la semaine, de %1 à %2. La douleur ne doit pas augmenter d&apos;une semaine à l&apos;autre&#xa0;; restez à ce palier.</translation>
    </message>
    <message>
        <source>Pain over the week before</source>
        <translation>Douleur la semaine précédente</translation>
    </message>
    <message>
        <source>Pain over the last week</source>
        <translation>Douleur la semaine écoulée</translation>
    </message>
    <message>
        <source>The quota was not done on %1 of %2 (%3). Move on only once the current quota is done.</source>
        <translation>Le quota n&apos;a pas été fait sur %1 des %2 (%3). Ne passez au palier suivant qu&apos;une fois le quota actuel atteint.</translation>
    </message>
    <message>
        <source>Days the quota was done</source>
        <translation>Jours où le quota a été fait</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Graded activity (Fordyce; time-contingent quotas); CLINICAL.md section 3</source>
        <translation>Activité graduée (Fordyce&#xa0;; quotas fixés dans le temps)&#xa0;; CLINICAL.md section 3</translation>
    </message>
    <message>
        <source>any day of the diary</source>
        <translation>le journal (aucun jour)</translation>
    </message>
    <message>
        <source>whether the quota was done, on some days</source>
        <translation>si le quota a été fait, certains jours</translation>
    </message>
    <message>
        <source>pain during exercise, on some days</source>
        <translation>la douleur pendant l&apos;exercice, certains jours</translation>
    </message>
    <message>
        <source>next-morning pain</source>
        <translation>la douleur du lendemain matin</translation>
    </message>
    <message>
        <source>baseline pain</source>
        <translation>la douleur de référence</translation>
    </message>
    <message>
        <source>usual pain over this week and the week before</source>
        <translation>la douleur habituelle de cette semaine et de la précédente</translation>
    </message>
    <message>
        <source>Progress needs evidence for every criterion, and some was not recorded. Stay at this step until it is.</source>
        <translation>La progression exige des données pour chaque critère, et certaines n&apos;ont pas été enregistrées. Restez à ce palier jusqu&apos;à ce qu&apos;elles le soient.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>CLINICAL.md section 3</source>
        <translation>CLINICAL.md section 3</translation>
    </message>
    <message>
        <source>the safe band (0 to %1)</source>
        <translation>la zone sûre (0 à %1)</translation>
    </message>
    <message>
        <source>the acceptable band (up to %1; above %2 is worth watching)</source>
        <translation>la zone acceptable (jusqu&apos;à %1&#xa0;; au-dessus de %2, à surveiller)</translation>
    </message>
    <message>
        <source>%1 of %1</source>
        <translation>%1 sur %1</translation>
    </message>
    <message>
        <source>Highest pain during exercise</source>
        <translation>Douleur maximale pendant l&apos;exercice</translation>
    </message>
    <message>
        <source>Worst next-morning pain</source>
        <translation>Pire douleur au lendemain matin</translation>
    </message>
    <message>
        <source>%1 (baseline %2)</source>
        <translation>%1 (référence %2)</translation>
    </message>
    <message>
        <source>Usual pain, week before and last week</source>
        <translation>Douleur habituelle, semaine précédente et semaine écoulée</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1, puis %2</translation>
    </message>
    <message>
        <source>Every criterion for progress is met: the quota was done on all %1, pain during exercise stayed within %2, pain had settled to baseline by each next morning, and usual pain did not rise over the week.</source>
        <translation>Tous les critères de progression sont remplis&#xa0;: le quota a été fait les %1, la douleur pendant l&apos;exercice est restée dans %2, la douleur était revenue au niveau de référence chaque lendemain matin, et la douleur habituelle n&apos;a pas augmenté au cours de la semaine.</translation>
    </message>
    <message>
        <source>Stop the programme and refer or discuss, as the red-flag screen advises. Do not progress or restart it until that is done.</source>
        <translation>Arrêtez le programme et orientez le patient ou discutez du cas, comme le conseille le dépistage des drapeaux rouges. Ne le faites pas progresser et ne le reprenez pas avant que ce soit fait.</translation>
    </message>
    <message>
        <source>Move on to the next step of the plan.</source>
        <translation>Passez au palier suivant du plan.</translation>
    </message>
    <message>
        <source>Stay at the current step until the next review.</source>
        <translation>Restez au palier actuel jusqu&apos;à la prochaine réévaluation.</translation>
    </message>
    <message>
        <source>Go back to the last step that was tolerated, or about %1% less than now.</source>
        <translation>Revenez au dernier palier toléré, ou à environ %1&#xa0;% de moins qu&apos;actuellement.</translation>
    </message>
    <message>
        <source>The goal of %1 a day is reached: keep it up, or move on to the exercise&apos;s progression.</source>
        <translation>L&apos;objectif de %1 par jour est atteint&#xa0;: maintenez-le, ou passez à la progression de l&apos;exercice.</translation>
    </message>
    <message>
        <source>Move on to week %1 of the plan: %2 a day</source>
        <translation>Passez à la semaine %1 du plan&#xa0;: %2 par jour</translation>
    </message>
    <message>
        <source>Move on to %1 a day</source>
        <translation>Passez à %1 par jour</translation>
    </message>
    <message>
        <source>%1 (the same as now: the plan repeats this quota).</source>
        <translation>%1 (comme actuellement&#xa0;: le plan répète ce quota).</translation>
    </message>
    <message>
        <source>Stay at %1 a day until the next review.</source>
        <translation>Restez à %1 par jour jusqu&apos;à la prochaine réévaluation.</translation>
    </message>
    <message>
        <source>Go back to %1 a day, the last step tolerated (week %2).</source>
        <translation>Revenez à %1 par jour, le dernier palier toléré (semaine %2).</translation>
    </message>
    <message>
        <source>Go back to %1 a day, the last step tolerated.</source>
        <translation>Revenez à %1 par jour, le dernier palier toléré.</translation>
    </message>
    <message>
        <source>%1 is already the smallest step: keep it, and consider an easier version of the exercise (its regression).</source>
        <translation>%1 est déjà le plus petit palier&#xa0;: gardez-le, et envisagez une version plus facile de l&apos;exercice (sa régression).</translation>
    </message>
    <message>
        <source>Go back to %1 a day (%2% less than %3, rounded down).</source>
        <translation>Revenez à %1 par jour (%2&#xa0;% de moins que %3, arrondi à l&apos;inférieur).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewOutcome</name>
    <message>
        <source>Progress</source>
        <translation>Progresser</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintenir</translation>
    </message>
    <message>
        <source>Regress</source>
        <translation>Régresser</translation>
    </message>
    <message>
        <source>Stop and refer</source>
        <translation>Arrêter et orienter</translation>
    </message>
</context>
<context>
    <name>ReviewThresholds</name>
    <message>
        <source>The safe pain limit must be %1, not %2.</source>
        <translation>La limite de douleur sûre doit être %1, et non %2.</translation>
    </message>
    <message>
        <source>The acceptable pain limit must be %1, not %2.</source>
        <translation>La limite de douleur acceptable doit être %1, et non %2.</translation>
    </message>
    <message>
        <source>The safe pain limit (%1) cannot be above the acceptable limit (%2).</source>
        <translation>La limite de douleur sûre (%1) ne peut pas dépasser la limite acceptable (%2).</translation>
    </message>
    <message>
        <source>Bad days in a row before a regression must be %1, not %2.</source>
        <translation>Le nombre de mauvais jours de suite avant une régression doit être %1, et non %2.</translation>
    </message>
    <message>
        <source>A regression must step back %1%, not %2%.</source>
        <translation>Une régression doit revenir en arrière de %1&#xa0;%, et non de %2&#xa0;%.</translation>
    </message>
</context>
<context>
    <name>RmdqStatements</name>
    <message>
        <source>I stay at home most of the time because of my back.</source>
        <translation>Je reste à la maison la plupart du temps à cause de mon dos.</translation>
    </message>
    <message>
        <source>I change position frequently to try and get my back comfortable.</source>
        <translation>Je change souvent de position pour essayer de soulager mon dos.</translation>
    </message>
    <message>
        <source>I walk more slowly than usual because of my back.</source>
        <translation>Je marche plus lentement que d&apos;habitude à cause de mon dos.</translation>
    </message>
    <message>
        <source>Because of my back I am not doing any of the jobs that I usually do around the house.</source>
        <translation>À cause de mon dos, je ne fais aucune des tâches ménagères que je fais habituellement.</translation>
    </message>
    <message>
        <source>Because of my back, I use a handrail to get upstairs.</source>
        <translation>À cause de mon dos, je me tiens à la rampe pour monter les escaliers.</translation>
    </message>
    <message>
        <source>Because of my back, I lie down to rest more often.</source>
        <translation>À cause de mon dos, je m&apos;allonge plus souvent pour me reposer.</translation>
    </message>
    <message>
        <source>Because of my back, I have to hold on to something to get out of an easy chair.</source>
        <translation>À cause de mon dos, je dois me tenir à quelque chose pour me lever d&apos;un fauteuil.</translation>
    </message>
    <message>
        <source>Because of my back, I try to get other people to do things for me.</source>
        <translation>À cause de mon dos, j&apos;essaie d&apos;obtenir que d&apos;autres personnes fassent des choses à ma place.</translation>
    </message>
    <message>
        <source>I get dressed more slowly than usual because of my back.</source>
        <translation>Je m&apos;habille plus lentement que d&apos;habitude à cause de mon dos.</translation>
    </message>
    <message>
        <source>I only stand for short periods of time because of my back.</source>
        <translation>Je ne reste debout que de courts moments à cause de mon dos.</translation>
    </message>
    <message>
        <source>Because of my back, I try not to bend or kneel down.</source>
        <translation>À cause de mon dos, j&apos;essaie de ne pas me pencher ni m&apos;agenouiller.</translation>
    </message>
    <message>
        <source>I find it difficult to get out of a chair because of my back.</source>
        <translation>J&apos;ai du mal à me lever d&apos;une chaise à cause de mon dos.</translation>
    </message>
    <message>
        <source>My back is painful almost all the time.</source>
        <translation>J&apos;ai mal au dos presque tout le temps.</translation>
    </message>
    <message>
        <source>I find it difficult to turn over in bed because of my back.</source>
        <translation>J&apos;ai du mal à me retourner dans mon lit à cause de mon dos.</translation>
    </message>
    <message>
        <source>My appetite is not very good because of my back pain.</source>
        <translation>Je n&apos;ai pas très bon appétit à cause de mon mal de dos.</translation>
    </message>
    <message>
        <source>I have trouble putting on my socks (or stockings) because of the pain in my back.</source>
        <translation>J&apos;ai du mal à mettre mes chaussettes (ou mes collants) à cause de mon mal de dos.</translation>
    </message>
    <message>
        <source>I only walk short distances because of my back.</source>
        <translation>Je ne marche que sur de courtes distances à cause de mon dos.</translation>
    </message>
    <message>
        <source>I sleep less well because of my back.</source>
        <translation>Je dors moins bien à cause de mon dos.</translation>
    </message>
    <message>
        <source>Because of my back pain, I get dressed with help from someone else.</source>
        <translation>À cause de mon mal de dos, je m&apos;habille avec l&apos;aide de quelqu&apos;un.</translation>
    </message>
    <message>
        <source>I sit down for most of the day because of my back.</source>
        <translation>Je reste assis la plus grande partie de la journée à cause de mon dos.</translation>
    </message>
    <message>
        <source>I avoid heavy jobs around the house because of my back.</source>
        <translation>J&apos;évite les gros travaux ménagers à cause de mon dos.</translation>
    </message>
    <message>
        <source>Because of my back pain, I am more irritable and bad tempered with people than usual.</source>
        <translation>À cause de mon mal de dos, je suis plus irritable et de plus mauvaise humeur avec les autres que d&apos;habitude.</translation>
    </message>
    <message>
        <source>Because of my back, I go upstairs more slowly than usual.</source>
        <translation>À cause de mon dos, je monte les escaliers plus lentement que d&apos;habitude.</translation>
    </message>
    <message>
        <source>I stay in bed most of the time because of my back.</source>
        <translation>Je reste au lit la plupart du temps à cause de mon dos.</translation>
    </message>
    <message>
        <source>Roland-Morris Disability Questionnaire: Roland MO, Morris RW. Spine 1983;8:141-4; published form in Roland M, Fairbank J. Spine 2000;25:3115-24.</source>
        <translation>Questionnaire d&apos;incapacité de Roland-Morris&#xa0;: Roland MO, Morris RW. Spine 1983;8:141-4&#xa0;; forme publiée dans Roland M, Fairbank J. Spine 2000;25:3115-24. Énoncés traduits pour Gradus (traduction non validée)&#xa0;; version française validée&#xa0;: EIFEL (Coste J et al. Rev Rhum 1993;60:335-41).</translation>
    </message>
</context>
<context>
    <name>RuleApplicability</name>
    <message>
        <source>%1 not recorded for %2: treated as within the first 6 weeks.</source>
        <translation>%1 non renseigné pour %2&#xa0;: considéré comme datant de moins de 6 semaines.</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Onset of %1 not recorded, nor the episode&apos;s: treated as acute (under 6 weeks).</source>
        <translation>Début de %1 non renseigné, ni celui de l&apos;épisode&#xa0;: considéré comme aigu (moins de 6 semaines).</translation>
    </message>
    <message>
        <source>No episode of care is open, so the onset is not known: treated as acute (under 6 weeks).</source>
        <translation>Aucun épisode de soins n&apos;est ouvert, le début n&apos;est donc pas connu&#xa0;: considéré comme aigu (moins de 6 semaines).</translation>
    </message>
    <message>
        <source>Onset of the episode of care not recorded: treated as acute (under 6 weeks).</source>
        <translation>Début de l&apos;épisode de soins non renseigné&#xa0;: considéré comme aigu (moins de 6 semaines).</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>%1 not recorded: treated as %2 %3 or more.</source>
        <translation>%1 non renseigné&#xa0;: considéré comme %2 %3 ou plus.</translation>
    </message>
    <message>
        <source>Leg symptoms not recorded at the latest visit (or no visit yet): treated as spreading further down the leg.</source>
        <translation>Symptômes dans la jambe non renseignés à la dernière consultation (ou pas encore de consultation)&#xa0;: considérés comme s&apos;étendant plus bas dans la jambe.</translation>
    </message>
</context>
<context>
    <name>SafetyCommand</name>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <source>  (kept by %1 on %2: %3)</source>
        <translation>  (conservé par %1 le %2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>Source&#xa0;: </translation>
    </message>
    <message>
        <source>Try instead: </source>
        <translation>Essayer plutôt&#xa0;: </translation>
    </message>
    <message>
        <source>Check exercises against a patient&apos;s conditions; list the safety rules</source>
        <translation>Contrôler des exercices au regard des états cliniques d&apos;un patient&#xa0;; lister les règles de sécurité</translation>
    </message>
    <message>
        <source>Check a list of exercises against a patient</source>
        <translation>Contrôler une liste d&apos;exercices pour un patient</translation>
    </message>
    <message>
        <source>List the safety rules with their sources</source>
        <translation>Lister les règles de sécurité avec leurs sources</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>Identifiant du patient.</translation>
    </message>
    <message>
        <source>Comma-separated exercise stable ids or record ids.</source>
        <translation>Identifiants stables ou d&apos;enregistrement des exercices, séparés par des virgules.</translation>
    </message>
    <message>
        <source>--exercises needs at least one exercise.</source>
        <translation>--exercises nécessite au moins un exercice.</translation>
    </message>
    <message>
        <source>Assumed: </source>
        <translation>Supposé&#xa0;: </translation>
    </message>
    <message>
        <source>Record it: </source>
        <translation>À enregistrer&#xa0;: </translation>
    </message>
    <message>
        <source>Check exercises, in order, against the patient&apos;s conditions, phase of care, age and latest visit. Exit 0 whatever it finds.
JSON: an array of findings, each with exercise (stable id), exercise_id, index, severity (avoid|caution|prefer), reason, source, rule, alternatives (stable ids) and assumptions: what the finding took as the riskier value because it is not recorded, each with missing (condition_onset, episode_onset, no_episode, condition_amount, leg_symptoms), text, record_id and the command that records it.</source>
        <translation>Contrôler des exercices, dans l&apos;ordre, au regard des états cliniques du patient, de sa phase de soins, de son âge et de sa dernière consultation. Code de sortie 0 quel que soit le résultat.
JSON&#xa0;: un tableau de constats, chacun avec exercise (identifiant stable), exercise_id, index, severity (avoid|caution|prefer), reason, source, rule, alternatives (identifiants stables) et assumptions&#xa0;: ce que le constat a pris comme valeur la plus risquée faute d&apos;être renseigné, chacun avec missing (condition_onset, episode_onset, no_episode, condition_amount, leg_symptoms), text, record_id et la commande qui l&apos;enregistre.</translation>
    </message>
    <message>
        <source>List the safety rules.
JSON: {version, rules: [{id, severity, conditions, reason, source, source_key}]}; conditions lists the condition codes the rule is about.</source>
        <translation>Lister les règles de sécurité.
JSON&#xa0;: {version, rules: [{id, severity, conditions, reason, source, source_key}]}&#xa0;; conditions liste les codes d&apos;état clinique concernés par la règle.</translation>
    </message>
    <message>
        <source>safety check needs --patient.</source>
        <translation>safety check nécessite --patient.</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
</context>
<context>
    <name>SafetyOverrideRepository</name>
    <message>
        <source>There is no override with id %1.</source>
        <translation>Aucune dérogation n&apos;a l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>SafetyOverrides</name>
    <message>
        <source>Name the programme.</source>
        <translation>Indiquez le programme.</translation>
    </message>
    <message>
        <source>The prescription position must be 0 or more.</source>
        <translation>La position de la prescription doit être supérieure ou égale à 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a safety rule.</source>
        <translation>&quot;%1&quot; n&apos;est pas une règle de sécurité.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; is not an &quot;avoid&quot; rule; only those need an override.</source>
        <translation>La règle &quot;%1&quot; n&apos;est pas une règle «&#xa0;à éviter&#xa0;»&#xa0;; seules celles-ci nécessitent une dérogation.</translation>
    </message>
    <message>
        <source>Say why this exercise is kept despite the rule &quot;%1&quot;.</source>
        <translation>Indiquez pourquoi cet exercice est conservé malgré la règle &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name the clinician keeping the exercise.</source>
        <translation>Indiquez le thérapeute qui conserve l&apos;exercice.</translation>
    </message>
    <message>
        <source>Name the exercise kept.</source>
        <translation>Indiquez l&apos;exercice conservé.</translation>
    </message>
    <message>
        <source>Programme %1 is an earlier version and cannot be changed.</source>
        <translation>Le programme %1 est une version antérieure et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Exercise %1 is not in programme %2.</source>
        <translation>L&apos;exercice %1 ne figure pas dans le programme %2.</translation>
    </message>
    <message>
        <source>The reason for keeping this exercise was on record when version %1 of the programme was given to the patient, so it stays on record. To stop keeping the exercise, change the programme.</source>
        <translation>La raison de conserver cet exercice était enregistrée quand la version %1 du programme a été remise au patient&#xa0;; elle reste donc enregistrée. Pour ne plus conserver l&apos;exercice, modifiez le programme.</translation>
    </message>
</context>
<context>
    <name>SafetyRules</name>
    <message>
        <source>, rule &quot;%1&quot;</source>
        <translation>, règle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>, field &quot;%1&quot;</source>
        <translation>, champ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>&quot;%1&quot; ne fait pas partie de&#xa0;: %2.</translation>
    </message>
    <message>
        <source>expected a name or a non-empty list of names.</source>
        <translation>attendu&#xa0;: un nom ou une liste de noms non vide.</translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation>attendu&#xa0;: true ou false.</translation>
    </message>
    <message>
        <source>expected an object of exercise properties.</source>
        <translation>attendu&#xa0;: un objet de propriétés d&apos;exercice.</translation>
    </message>
    <message>
        <source>unknown property; known ones: %1.</source>
        <translation>propriété inconnue&#xa0;; propriétés connues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>expected a non-empty list of stable ids.</source>
        <translation>attendu&#xa0;: une liste non vide d&apos;identifiants stables.</translation>
    </message>
    <message>
        <source>every entry must be a stable id.</source>
        <translation>chaque entrée doit être un identifiant stable.</translation>
    </message>
    <message>
        <source>names no exercise property.</source>
        <translation>n&apos;indique aucune propriété d&apos;exercice.</translation>
    </message>
    <message>
        <source>each entry must be an object.</source>
        <translation>chaque entrée doit être un objet.</translation>
    </message>
    <message>
        <source>an entry names no condition.</source>
        <translation>une entrée n&apos;indique aucun état clinique.</translation>
    </message>
    <message>
        <source>unknown key; known ones: %1.</source>
        <translation>clé inconnue&#xa0;; clés connues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a condition code of resources/conditions.json.</source>
        <translation>&quot;%1&quot; n&apos;est pas un code d&apos;état clinique de resources/conditions.json.</translation>
    </message>
    <message>
        <source>expected left, right or both.</source>
        <translation>attendu&#xa0;: left, right ou both.</translation>
    </message>
    <message>
        <source>expected acute, subacute or chronic.</source>
        <translation>attendu&#xa0;: acute, subacute ou chronic.</translation>
    </message>
    <message>
        <source>expected peripheralising or new_neuro_signs.</source>
        <translation>attendu&#xa0;: peripheralising ou new_neuro_signs.</translation>
    </message>
    <message>
        <source>expected a whole number of 0 or more.</source>
        <translation>attendu&#xa0;: un nombre entier supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>needs a condition whose amount it compares.</source>
        <translation>nécessite un état clinique dont il compare la valeur numérique.</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1 (%2).</source>
        <translation>JSON non valide à la position %1 (%2).</translation>
    </message>
    <message>
        <source>expected a JSON object.</source>
        <translation>attendu&#xa0;: un objet JSON.</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;.</source>
        <translation>attendu&#xa0;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>expected a whole number of 1 or more.</source>
        <translation>attendu&#xa0;: un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>expected an object of citations.</source>
        <translation>attendu&#xa0;: un objet de références bibliographiques.</translation>
    </message>
    <message>
        <source>expected a non-empty list of rules.</source>
        <translation>attendu&#xa0;: une liste de règles non vide.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>attendu&#xa0;: un objet.</translation>
    </message>
    <message>
        <source>expected a lower_snake_case id.</source>
        <translation>attendu&#xa0;: un identifiant en lower_snake_case.</translation>
    </message>
    <message>
        <source>the id is used by an earlier rule.</source>
        <translation>l&apos;identifiant est déjà utilisé par une règle précédente.</translation>
    </message>
    <message>
        <source>expected a non-empty list of conditions.</source>
        <translation>attendu&#xa0;: une liste non vide d&apos;états cliniques.</translation>
    </message>
    <message>
        <source>expected avoid, caution or prefer.</source>
        <translation>attendu&#xa0;: avoid, caution ou prefer.</translation>
    </message>
    <message>
        <source>a plain-language reason is required.</source>
        <translation>un motif en langage simple est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key of the file&apos;s sources.</source>
        <translation>&quot;%1&quot; n&apos;est pas une clé des sources du fichier.</translation>
    </message>
    <message>
        <source>Could not read the safety rules %1: %2.</source>
        <translation>Impossible de lire les règles de sécurité %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>expected a whole number of seconds, 1 or more.</source>
        <translation>un nombre entier de secondes était attendu, 1 ou plus.</translation>
    </message>
    <message>
        <source>condition &quot;%1&quot; has no phase of care (its &quot;phase&quot; in resources/conditions.json is none).</source>
        <translation>l&apos;état clinique &quot;%1&quot; n&apos;a pas de phase de soins (sa &quot;phase&quot; dans resources/conditions.json vaut none).</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Score an outcome questionnaire (ODI, RMDQ, STarT Back, PSFS, TSK-17)</source>
        <translation>Calculer le score d&apos;un questionnaire (ODI, RMDQ, STarT Back, PSFS, TSK-17)</translation>
    </message>
    <message>
        <source>Scores answers given by item number, exactly as the clinical reference states.
LIST is comma-separated:
  odi        10 section scores 0-5, x for an unanswered section
  rmdq       24 values 0/1 (1 = statement ticked)
  startback  9 values: items 1-8 as 0/1, item 9 as 1-5 (not at all ... extremely)
  psfs       3 to 5 activity ratings 0-10
  tsk        17 answers 1-4</source>
        <translation>Calculer le score de réponses données par numéro d&apos;item, exactement comme l&apos;indique la référence clinique.
LIST est séparée par des virgules&#xa0;:
  odi        10 scores de section 0-5, x pour une section sans réponse
  rmdq       24 valeurs 0/1 (1 = énoncé coché)
  startback  9 valeurs&#xa0;: items 1-8 en 0/1, item 9 en 1-5 (pas du tout ... extrêmement)
  psfs       3 à 5 cotations d&apos;activité 0-10
  tsk        17 réponses 1-4</translation>
    </message>
    <message>
        <source>The answers, comma-separated.</source>
        <translation>Les réponses, séparées par des virgules.</translation>
    </message>
    <message>
        <source>Unknown instrument &apos;%1&apos;; use odi, rmdq, startback, psfs or tsk.</source>
        <translation>Questionnaire &apos;%1&apos; inconnu&#xa0;; utilisez odi, rmdq, startback, psfs ou tsk.</translation>
    </message>
    <message>
        <source>score %1 needs --answers LIST.</source>
        <translation>score %1 nécessite --answers LIST.</translation>
    </message>
    <message>
        <source>ODI %1 (%2), %3 of 10 sections answered</source>
        <translation>ODI %1 (%2), %3 sections sur 10 renseignées</translation>
    </message>
    <message>
        <source>RMDQ %1</source>
        <translation>RMDQ %1</translation>
    </message>
    <message>
        <source>STarT Back total %1, psychosocial subscale %2: %3</source>
        <translation>STarT Back&#xa0;: total %1, sous-échelle psychosociale %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>PSFS mean %1 (%2 activities)</source>
        <translation>PSFS&#xa0;: moyenne %1 (%2 activités)</translation>
    </message>
    <message>
        <source>TSK-17 %1 (%2)</source>
        <translation>TSK-17 %1 (%2)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ScreenCommand</name>
    <message>
        <source>Red-flag screen: list codes, record a screen and decision, show, check the gate</source>
        <translation>Dépistage des drapeaux rouges&#xa0;: lister les codes, enregistrer un dépistage et une décision, afficher, vérifier le blocage des fiches</translation>
    </message>
    <message>
        <source>List the red-flag codes by tier</source>
        <translation>Lister les codes de drapeaux rouges par catégorie</translation>
    </message>
    <message>
        <source>Record a red-flag screen for a patient</source>
        <translation>Enregistrer un dépistage des drapeaux rouges pour un patient</translation>
    </message>
    <message>
        <source>Show a patient&apos;s screens</source>
        <translation>Afficher les dépistages d&apos;un patient</translation>
    </message>
    <message>
        <source>Check whether a handout may be printed for a patient</source>
        <translation>Vérifier si une fiche peut être imprimée pour un patient</translation>
    </message>
    <message>
        <source>List the red-flag codes.
JSON: an array of objects with code, tier, label, action (what the app suggests) and source.</source>
        <translation>Lister les codes de drapeaux rouges.
JSON&#xa0;: un tableau d&apos;objets avec code, tier, label, action (ce que l&apos;application suggère) et source.</translation>
    </message>
    <message>
        <source>Record a red-flag screen. Without --flag the screen is clear. A positive screen without --decision blocks handouts until one is recorded (&apos;screen decide&apos;). Prints the screen&apos;s id (with --json, the screen).</source>
        <translation>Enregistrer un dépistage des drapeaux rouges. Sans --flag, le dépistage est négatif. Un dépistage positif sans --decision bloque les fiches jusqu&apos;à ce qu&apos;une décision soit enregistrée (&apos;screen decide&apos;). Affiche l&apos;identifiant du dépistage (avec --json, le dépistage).</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>Identifiant du patient.</translation>
    </message>
    <message>
        <source>A red-flag code present (repeatable).</source>
        <translation>Un code de drapeau rouge présent (répétable).</translation>
    </message>
    <message>
        <source>referred, discussed or not_applicable.</source>
        <translation>referred, discussed ou not_applicable.</translation>
    </message>
    <message>
        <source>What was decided (required with --decision).</source>
        <translation>Ce qui a été décidé (obligatoire avec --decision).</translation>
    </message>
    <message>
        <source>Screen date, YYYY-MM-DD (default today).</source>
        <translation>Date du dépistage, YYYY-MM-DD (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Who screened (default: you).</source>
        <translation>Qui a réalisé le dépistage (par défaut&#xa0;: vous).</translation>
    </message>
    <message>
        <source>--decision must be referred, discussed or not_applicable (not &apos;%1&apos;).</source>
        <translation>--decision doit valoir referred, discussed ou not_applicable (et non &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD (not &apos;%1&apos;).</source>
        <translation>--date doit être une date au format YYYY-MM-DD (et non &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The screen&apos;s id.</source>
        <translation>Identifiant du dépistage.</translation>
    </message>
    <message>
        <source>What was decided.</source>
        <translation>Ce qui a été décidé.</translation>
    </message>
    <message>
        <source>Who decided (default: you).</source>
        <translation>Qui a décidé (par défaut&#xa0;: vous).</translation>
    </message>
    <message>
        <source>--decision must be referred, discussed or not_applicable.</source>
        <translation>--decision doit valoir referred, discussed ou not_applicable.</translation>
    </message>
    <message>
        <source>No red-flag screen recorded.</source>
        <translation>Aucun dépistage des drapeaux rouges enregistré.</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>négatif</translation>
    </message>
    <message>
        <source>NO DECISION</source>
        <translation>AUCUNE DÉCISION</translation>
    </message>
    <message>
        <source>Handouts allowed.</source>
        <translation>Fiches autorisées.</translation>
    </message>
    <message>
        <source>Record the decision on a screen&apos;s undecided flags</source>
        <translation>Enregistrer la décision sur les drapeaux non tranchés d&apos;un dépistage</translation>
    </message>
    <message>
        <source>Record the decision on red flags of a screen that have none yet: the flags named with --flag, or without it every undecided flag of the screen. A decision is never changed afterwards. Each flag keeps its own decision; a later screen does not decide an earlier flag (&apos;screen show&apos; lists the undecided ones).</source>
        <translation>Enregistrer la décision sur les drapeaux rouges d&apos;un dépistage qui n&apos;en ont pas encore&#xa0;: les drapeaux indiqués avec --flag, ou sans cette option tous les drapeaux non tranchés du dépistage. Une décision n&apos;est jamais modifiée par la suite. Chaque drapeau garde sa propre décision&#xa0;; un dépistage ultérieur ne tranche pas un drapeau antérieur (&apos;screen show&apos; liste ceux qui ne le sont pas).</translation>
    </message>
    <message>
        <source>A red-flag code of the screen (repeatable).</source>
        <translation>Un code de drapeau rouge du dépistage (peut être répété).</translation>
    </message>
    <message>
        <source>Show a patient&apos;s red-flag screens, oldest first, each flag with its decision.
JSON: {patient_id, latest, unresolved (a flag of any screen has no decision: handouts are held back), undecided: [{screen_id, date, code, tier, label}], screens: [{id, date, clinician, flags: [{code, tier, label, decision, note, decided_by, decided_at}], decision, note, decided_by (a decision recorded for the whole screen at once), unresolved}]}.</source>
        <translation>Afficher les dépistages des drapeaux rouges d&apos;un patient, du plus ancien au plus récent, chaque drapeau avec sa décision.
JSON&#xa0;: {patient_id, latest, unresolved (un drapeau d&apos;un dépistage n&apos;a pas de décision&#xa0;: les fiches sont bloquées), undecided: [{screen_id, date, code, tier, label}], screens: [{id, date, clinician, flags: [{code, tier, label, decision, note, decided_by, decided_at}], decision, note, decided_by (une décision enregistrée pour tout le dépistage à la fois), unresolved}]}.</translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s) without a decision: handouts are held back.</source>
        <translation>
            <numerusform>%n drapeau rouge sans décision&#xa0;: les fiches sont bloquées.</numerusform>
            <numerusform>%n drapeaux rouges sans décision&#xa0;: les fiches sont bloquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check whether a handout may be printed or exported for a patient: exit 0 when allowed, 1 with the reason while a red flag of any screen has no decision.</source>
        <translation>Vérifier si une fiche peut être imprimée ou exportée pour un patient&#xa0;: code de sortie 0 si c&apos;est permis, 1 avec le motif tant qu&apos;un drapeau rouge d&apos;un dépistage n&apos;a pas de décision.</translation>
    </message>
    <message>
        <source>Record a decision: gradus-cli screen decide SCREEN_ID [--flag CODE] --decision referred|discussed|not_applicable --note TEXT</source>
        <translation>Enregistrer une décision&#xa0;: gradus-cli screen decide SCREEN_ID [--flag CODE] --decision referred|discussed|not_applicable --note TEXT</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>dépistage</translation>
    </message>
</context>
<context>
    <name>ServerAccounts</name>
    <message>
        <source>Accounts exist only on a database server (PostgreSQL). This clinic&apos;s database is a file on this computer, where the clinician&apos;s name is taken from the computer&apos;s user.</source>
        <translation>Les comptes n&apos;existent que sur un serveur de base de données (PostgreSQL). La base de données de ce cabinet est un fichier sur cet ordinateur, où le nom du thérapeute est celui de l&apos;utilisateur de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be an account name: use lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter (at most 63).</source>
        <translation>&apos;%1&apos; ne peut pas être un nom de compte&#xa0;: utilisez des lettres minuscules, des chiffres, &apos;_&apos;, &apos;.&apos; ou &apos;-&apos;, en commençant par une lettre (63 caractères au plus).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be an account name: names starting with &apos;gradus_&apos; or &apos;pg_&apos; are kept for the server&apos;s own roles.</source>
        <translation>&apos;%1&apos; ne peut pas être un nom de compte&#xa0;: les noms commençant par &apos;gradus_&apos; ou &apos;pg_&apos; sont réservés aux rôles propres du serveur.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Le mot de passe doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The password must be one line of text.</source>
        <translation>Le mot de passe doit tenir sur une seule ligne de texte.</translation>
    </message>
    <message>
        <source>There is already an account or role named %1 on this database server. Nothing was changed.</source>
        <translation>Il existe déjà un compte ou un rôle nommé %1 sur ce serveur de base de données. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is no Gradus account named %1 on this database server.</source>
        <translation>Il n&apos;existe pas de compte Gradus nommé %1 sur ce serveur de base de données.</translation>
    </message>
    <message>
        <source>This database has no accounts set up: its owner could not create the roles gradus_clinician and gradus_admin (the owner needs the CREATEROLE right). Ask the server&apos;s administrator.</source>
        <translation>Aucun compte n&apos;est configuré pour cette base de données&#xa0;: son propriétaire n&apos;a pas pu créer les rôles gradus_clinician et gradus_admin (le propriétaire doit avoir le droit CREATEROLE). Adressez-vous à l&apos;administrateur du serveur.</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>The database names no schema.</source>
        <translation>La base de données n&apos;indique aucun schéma.</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not a database file (it is a folder or a device). It has not been changed.</source>
        <translation>%1 n&apos;est pas un fichier de base de données (c&apos;est un dossier ou un périphérique). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the file system holding it is read-only</source>
        <translation>le système de fichiers qui le contient est en lecture seule</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>its folder %1 is read-only</source>
        <translation>son dossier %1 est en lecture seule</translation>
    </message>
    <message>
        <source>A new database cannot be made at %1: the folder %2 is read-only. Nothing was created.</source>
        <translation>Impossible de créer une nouvelle base de données à l&apos;emplacement %1&#xa0;: le dossier %2 est en lecture seule. Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Could not create the folder %1: %2.</source>
        <translation>Impossible de créer le dossier %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not create a new database at %1: %2. Nothing was created.</source>
        <translation>Impossible de créer une nouvelle base de données à l&apos;emplacement %1&#xa0;: %2. Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>%1 appeared while the new database was being made; it was left as it is.</source>
        <translation>%1 est apparu pendant la création de la nouvelle base de données&#xa0;; il a été laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>The tables of this database refer to each other in a circle, so they cannot be copied one after another.</source>
        <translation>Les tables de cette base de données se font référence en boucle&#xa0;: elles ne peuvent donc pas être copiées l&apos;une après l&apos;autre.</translation>
    </message>
    <message>
        <source>The target has no table %1 although its schema version is the same. Nothing was copied.</source>
        <translation>La cible n&apos;a pas de table %1 bien que sa version du schéma soit la même. Rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>%1 is not empty (table %2 holds %3 rows). A clinic is only copied into an empty database; nothing was written there.</source>
        <translation>%1 n&apos;est pas vide (la table %2 contient %3 lignes). Un cabinet n&apos;est copié que dans une base de données vide&#xa0;; rien n&apos;y a été écrit.</translation>
    </message>
    <message>
        <source>Table %1 has %2 rows in the copy but %3 in the clinic, so the copy was abandoned and nothing was written.</source>
        <translation>La table %1 compte %2 lignes dans la copie mais %3 dans le cabinet&#xa0;: la copie a donc été abandonnée et rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The clinic is at schema %1 but the copy would be at schema %2. Open the clinic once with a writable file so that it is upgraded, then copy it. Nothing was written.</source>
        <translation>Le cabinet est au schéma %1 mais la copie serait au schéma %2. Ouvrez une fois le cabinet avec un fichier accessible en écriture pour qu&apos;il soit mis à niveau, puis copiez-le. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 is the clinic being copied; choose a new file.</source>
        <translation>%1 est le cabinet en cours de copie&#xa0;; choisissez un nouveau fichier.</translation>
    </message>
    <message>
        <source>%1 already exists. A clinic is only copied into a new file (or an empty server database); nothing was written there.</source>
        <translation>%1 existe déjà. Un cabinet n&apos;est copié que dans un nouveau fichier (ou une base de données vide sur un serveur)&#xa0;; rien n&apos;y a été écrit.</translation>
    </message>
    <message>
        <source>Could not copy the clinic to %1: %2 No file was left there.</source>
        <translation>Impossible de copier le cabinet vers %1&#xa0;: %2 Aucun fichier n&apos;y a été laissé.</translation>
    </message>
    <message>
        <source>%1 is the clinic being copied; name an empty database.</source>
        <translation>%1 est le cabinet en cours de copie&#xa0;; indiquez une base de données vide.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The database is read-only, so nothing was saved.</source>
        <translation>La base de données est en lecture seule&#xa0;: rien n&apos;a donc été enregistré.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved.</source>
        <translation>Le disque est plein&#xa0;: rien n&apos;a donc été enregistré.</translation>
    </message>
    <message>
        <source>The database is busy: another program or desk holds it locked. Nothing was changed; try again.</source>
        <translation>La base de données est occupée&#xa0;: un autre programme ou poste la verrouille. Rien n&apos;a été modifié&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Permission denied: this account may not do this in the database.</source>
        <translation>Permission refusée&#xa0;: ce compte n&apos;a pas le droit de faire cela dans la base de données.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; nothing more was saved.</source>
        <translation>La connexion au serveur de base de données a été perdue&#xa0;; rien de plus n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The database server refused the user name or password.</source>
        <translation>Le serveur de base de données a refusé le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the database server could not be made.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée (TLS) avec le serveur de base de données.</translation>
    </message>
    <message>
        <source>The database does not exist.</source>
        <translation>La base de données n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file is not a database.</source>
        <translation>Le fichier n&apos;est pas une base de données.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached (%2).</source>
        <translation>Le serveur de base de données %1 est injoignable (%2).</translation>
    </message>
    <message>
        <source>The database server %1 refused the user name or password (%2).</source>
        <translation>Le serveur de base de données %1 a refusé le nom d&apos;utilisateur ou le mot de passe (%2).</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be made (%2). Check sslmode and sslrootcert in the address.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée (TLS) avec %1 (%2). Vérifiez sslmode et sslrootcert dans l&apos;adresse.</translation>
    </message>
    <message>
        <source>There is no database %1 on the server (%2).</source>
        <translation>Il n&apos;y a pas de base de données %1 sur le serveur (%2).</translation>
    </message>
    <message>
        <source>Permission denied: %1 may not be opened with this account (%2).</source>
        <translation>Permission refusée&#xa0;: %1 ne peut pas être ouvert avec ce compte (%2).</translation>
    </message>
    <message>
        <source>The database %1 is busy (%2). Nothing was changed; try again.</source>
        <translation>La base de données %1 est occupée (%2). Rien n&apos;a été modifié&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>%1 is not a database (%2). It has not been changed.</source>
        <translation>%1 n&apos;est pas une base de données (%2). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Changing the exercise library</source>
        <translation>La modification de la bibliothèque d&apos;exercices</translation>
    </message>
    <message>
        <source>Changing the programme templates</source>
        <translation>La modification des modèles de programme</translation>
    </message>
    <message>
        <source>Changing the clinic settings</source>
        <translation>La modification des paramètres du cabinet</translation>
    </message>
    <message>
        <source>Managing user accounts</source>
        <translation>La gestion des comptes utilisateurs</translation>
    </message>
    <message>
        <source>Setting up or upgrading the database</source>
        <translation>La création ou la mise à niveau de la base de données</translation>
    </message>
    <message>
        <source>This task</source>
        <translation>Cette tâche</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Recorded visits, measures and the history of changes cannot be changed or deleted by any account (signed in as %1); correct a visit or a measure with an amendment. Nothing was changed.</source>
        <translation>Les consultations et mesures enregistrées ainsi que l&apos;historique des modifications ne peuvent être ni modifiés ni supprimés, quel que soit le compte (connecté en tant que %1)&#xa0;; corrigez une consultation ou une mesure par une correction. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 needs an administrator (signed in as %2). Nothing was changed.</source>
        <translation>%1 nécessite un administrateur (connecté en tant que %2). Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <source>%1 already exists and is not empty; nothing was changed.</source>
        <translation>%1 existe déjà et n&apos;est pas vide&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2 Nothing was changed.</source>
        <translation>La sauvegarde %1 ne peut pas être utilisée&#xa0;: %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged too (%2). Nothing was changed.</source>
        <translation>La sauvegarde %1 est endommagée elle aussi (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2. Nothing was changed.</source>
        <translation>La sauvegarde %1 ne peut pas être lue&#xa0;: %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 could not be moved aside (is the folder read-only?). Nothing was changed.</source>
        <translation>%1 n&apos;a pas pu être mis de côté (le dossier est-il en lecture seule&#xa0;?). Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>No password on standard input (give it as one line, e.g. from a password manager or a file).</source>
        <translation>Aucun mot de passe sur l&apos;entrée standard (indiquez-le sur une seule ligne, p. ex. depuis un gestionnaire de mots de passe ou un fichier).</translation>
    </message>
    <message>
        <source>Accounts of the clinic&apos;s clinicians on a database server</source>
        <translation>Comptes des thérapeutes du cabinet sur un serveur de base de données</translation>
    </message>
    <message>
        <source>Add an account (clinician or admin)</source>
        <translation>Ajouter un compte (thérapeute ou administrateur)</translation>
    </message>
    <message>
        <source>List the accounts, their roles and whether enabled</source>
        <translation>Lister les comptes, leurs rôles et s&apos;ils sont activés</translation>
    </message>
    <message>
        <source>Stop an account from signing in</source>
        <translation>Empêcher un compte de se connecter</translation>
    </message>
    <message>
        <source>Let a disabled account sign in again</source>
        <translation>Permettre à un compte désactivé de se connecter à nouveau</translation>
    </message>
    <message>
        <source>Set an account&apos;s password</source>
        <translation>Définir le mot de passe d&apos;un compte</translation>
    </message>
    <message>
        <source>Add a clinician&apos;s account on the database server: a PostgreSQL login in the group gradus_clinician or gradus_admin. Needs an administrator (or the database&apos;s owner). The password is read from standard input.</source>
        <translation>Ajouter le compte d&apos;un thérapeute sur le serveur de base de données&#xa0;: un identifiant de connexion PostgreSQL dans le groupe gradus_clinician ou gradus_admin. Nécessite un administrateur (ou le propriétaire de la base de données). Le mot de passe est lu sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Le nom du compte.</translation>
    </message>
    <message>
        <source>clinician or admin.</source>
        <translation>clinician ou admin.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lire le mot de passe sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>user add needs --role clinician or --role admin.</source>
        <translation>user add nécessite --role clinician ou --role admin.</translation>
    </message>
    <message>
        <source>--role must be clinician or admin (not &apos;%1&apos;).</source>
        <translation>--role doit valoir clinician ou admin (et non &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>user add needs --password-stdin: a password is never taken from the command line.</source>
        <translation>user add nécessite --password-stdin&#xa0;: un mot de passe n&apos;est jamais pris sur la ligne de commande.</translation>
    </message>
    <message>
        <source>Account %1 added (%2).</source>
        <translation>Compte %1 ajouté (%2).</translation>
    </message>
    <message>
        <source>List the Gradus accounts on the database server with their role and whether they may sign in.
JSON: an array of objects with name, role and enabled.</source>
        <translation>Lister les comptes Gradus du serveur de base de données avec leur rôle et s&apos;ils peuvent se connecter.
JSON&#xa0;: un tableau d&apos;objets avec name, role et enabled.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with &apos;gradus-cli user add NAME --role clinician --password-stdin&apos;.</source>
        <translation>Aucun compte pour l&apos;instant. Ajoutez-en un avec &apos;gradus-cli user add NAME --role clinician --password-stdin&apos;.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Let a disabled account sign in again. Needs an administrator.</source>
        <translation>Permettre à un compte désactivé de se connecter à nouveau. Nécessite un administrateur.</translation>
    </message>
    <message>
        <source>Stop an account from signing in (its entries stay, under its name). Its open sessions end where the server allows. Needs an administrator.</source>
        <translation>Empêcher un compte de se connecter (ses saisies restent, sous son nom). Ses sessions ouvertes prennent fin dans la mesure où le serveur le permet. Nécessite un administrateur.</translation>
    </message>
    <message>
        <source>Account %1 may sign in again.</source>
        <translation>Le compte %1 peut à nouveau se connecter.</translation>
    </message>
    <message>
        <source>Account %1 is disabled.</source>
        <translation>Le compte %1 est désactivé.</translation>
    </message>
    <message>
        <source>Set an account&apos;s password, read from standard input. Administrators set anybody&apos;s; a clinician only their own.</source>
        <translation>Définir le mot de passe d&apos;un compte, lu sur l&apos;entrée standard. Les administrateurs peuvent définir celui de n&apos;importe quel compte&#xa0;; un thérapeute seulement le sien.</translation>
    </message>
    <message>
        <source>user password needs --password-stdin: a password is never taken from the command line.</source>
        <translation>user password nécessite --password-stdin&#xa0;: un mot de passe n&apos;est jamais pris sur la ligne de commande.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Le mot de passe de %1 a été modifié.</translation>
    </message>
</context>
<context>
    <name>VisitChanges</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Activity: %1 → %2</source>
        <translation>Activité&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Leg symptoms: %1 → %2</source>
        <translation>Symptômes dans la jambe&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>New neurological signs: now recorded</source>
        <translation>Nouveaux signes neurologiques&#xa0;: désormais enregistrés</translation>
    </message>
    <message>
        <source>New neurological signs: no longer recorded</source>
        <translation>Nouveaux signes neurologiques&#xa0;: plus enregistrés</translation>
    </message>
    <message>
        <source>Notes changed</source>
        <translation>Notes modifiées</translation>
    </message>
</context>
<context>
    <name>VisitCliSupport</name>
    <message>
        <source>%1 must be a record id (a positive whole number), not &apos;%2&apos;.</source>
        <translation>%1 doit être un identifiant d&apos;enregistrement (nombre entier positif), et non &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>%1 doit être un nombre entier de %2 à %3, et non &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>%1 doit être une date au format YYYY-MM-DD, et non &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>  [entered in error]</source>
        <translation>  [saisie par erreur]</translation>
    </message>
    <message>
        <source>  [amended, revision %1]</source>
        <translation>  [corrigée, révision %1]</translation>
    </message>
</context>
<context>
    <name>VisitCommand</name>
    <message>
        <source>Date of the visit.</source>
        <translation>Date de la consultation.</translation>
    </message>
    <message>
        <source>Time of the visit.</source>
        <translation>Heure de la consultation.</translation>
    </message>
    <message>
        <source>Pain now, NPRS 0-10.</source>
        <translation>Douleur actuelle, EN 0-10.</translation>
    </message>
    <message>
        <source>Best pain in the last 24 h, 0-10.</source>
        <translation>Douleur minimale sur les dernières 24 h, 0-10.</translation>
    </message>
    <message>
        <source>Worst pain in the last 24 h, 0-10.</source>
        <translation>Douleur maximale sur les dernières 24 h, 0-10.</translation>
    </message>
    <message>
        <source>Pain during exercise, 0-10.</source>
        <translation>Douleur pendant l&apos;exercice, 0-10.</translation>
    </message>
    <message>
        <source>Pain the next morning, 0-10.</source>
        <translation>Douleur le lendemain matin, 0-10.</translation>
    </message>
    <message>
        <source>The daily activity counted (default walking).</source>
        <translation>L&apos;activité quotidienne comptée (par défaut la marche).</translation>
    </message>
    <message>
        <source>Minutes of that activity a day.</source>
        <translation>Minutes de cette activité par jour.</translation>
    </message>
    <message>
        <source>Steps a day.</source>
        <translation>Pas par jour.</translation>
    </message>
    <message>
        <source>Sessions done of sessions prescribed since the last visit.</source>
        <translation>Séances faites sur séances prescrites depuis la dernière consultation.</translation>
    </message>
    <message>
        <source>Leg symptoms: none, centralising, stable or peripheralising.</source>
        <translation>Symptômes dans la jambe&#xa0;: none, centralising, stable ou peripheralising.</translation>
    </message>
    <message>
        <source>New neurological signs were found.</source>
        <translation>De nouveaux signes neurologiques ont été constatés.</translation>
    </message>
    <message>
        <source>No new neurological signs (amend only).</source>
        <translation>Pas de nouveaux signes neurologiques (correction uniquement).</translation>
    </message>
    <message>
        <source>Free notes.</source>
        <translation>Notes libres.</translation>
    </message>
    <message>
        <source>--time must be HH:MM, not &apos;%1&apos;.</source>
        <translation>--time doit être au format HH:MM, et non &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>marche</translation>
    </message>
    <message>
        <source>--legs must be none, centralising, stable or peripheralising, not &apos;%1&apos;.</source>
        <translation>--legs doit valoir none, centralising, stable ou peripheralising, et non &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Give --neuro or --no-neuro, not both.</source>
        <translation>Indiquez --neuro ou --no-neuro, mais pas les deux.</translation>
    </message>
    <message>
        <source>--clear cannot clear &apos;%1&apos;; it takes time, pain-best, pain-worst, pain-exercise, pain-morning, activity-minutes, steps, adherence, legs, notes.</source>
        <translation>--clear ne peut pas effacer &apos;%1&apos;&#xa0;; valeurs possibles&#xa0;: time, pain-best, pain-worst, pain-exercise, pain-morning, activity-minutes, steps, adherence, legs, notes.</translation>
    </message>
    <message>
        <source>Record, list, show and amend visits</source>
        <translation>Enregistrer, lister, afficher et corriger les consultations</translation>
    </message>
    <message>
        <source>Record a visit for a patient; prints the visit id</source>
        <translation>Enregistrer une consultation pour un patient&#xa0;; affiche l&apos;identifiant de la consultation</translation>
    </message>
    <message>
        <source>List a patient&apos;s visits</source>
        <translation>Lister les consultations d&apos;un patient</translation>
    </message>
    <message>
        <source>Show a visit with its amendment history</source>
        <translation>Afficher une consultation avec l&apos;historique de ses corrections</translation>
    </message>
    <message>
        <source>Correct a visit; the original is kept</source>
        <translation>Corriger une consultation&#xa0;; l&apos;original est conservé</translation>
    </message>
    <message>
        <source>Record a visit for patient PATIENT_ID. Prints the new visit&apos;s id.</source>
        <translation>Enregistrer une consultation pour le patient PATIENT_ID. Affiche l&apos;identifiant de la nouvelle consultation.</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>Identifiant du patient.</translation>
    </message>
    <message>
        <source>The episode of care.</source>
        <translation>L&apos;épisode de soins.</translation>
    </message>
    <message>
        <source>Who saw the patient (default: your user name).</source>
        <translation>Qui a vu le patient (par défaut&#xa0;: votre nom d&apos;utilisateur).</translation>
    </message>
    <message>
        <source>visit add needs --date YYYY-MM-DD.</source>
        <translation>visit add nécessite --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>visit add needs --pain N (pain now, 0-10).</source>
        <translation>visit add nécessite --pain N (douleur actuelle, 0-10).</translation>
    </message>
    <message>
        <source>List the visits of patient PATIENT_ID, oldest first.</source>
        <translation>Lister les consultations du patient PATIENT_ID, de la plus ancienne à la plus récente.</translation>
    </message>
    <message>
        <source>Include visits marked as entered in error.</source>
        <translation>Inclure les consultations marquées comme saisies par erreur.</translation>
    </message>
    <message>
        <source>id      date        pain  best-worst  activity  adherence  legs</source>
        <translation>id      date        EN    min-max     activité  observance jambes</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Show visit VISIT_ID with every revision.</source>
        <translation>Afficher la consultation VISIT_ID avec toutes ses révisions.</translation>
    </message>
    <message>
        <source>The visit&apos;s id.</source>
        <translation>Identifiant de la consultation.</translation>
    </message>
    <message>
        <source>Revision 1 (original), %1 by %2</source>
        <translation>Révision 1 (original), %1 par %2</translation>
    </message>
    <message>
        <source>Revision %1, %2 by %3: %4</source>
        <translation>Révision %1, %2 par %3&#xa0;: %4</translation>
    </message>
    <message>
        <source> [entered in error]</source>
        <translation> [saisie par erreur]</translation>
    </message>
    <message>
        <source>  %1, pain %2 (best %3, worst %4), clinician %5</source>
        <translation>  %1, douleur %2 (min %3, max %4), thérapeute %5</translation>
    </message>
    <message>
        <source>Correct visit VISIT_ID. The fields given replace those of the current revision; the original and every earlier revision are kept. Prints the new revision number.</source>
        <translation>Corriger la consultation VISIT_ID. Les champs indiqués remplacent ceux de la révision actuelle&#xa0;; l&apos;original et toutes les révisions antérieures sont conservés. Affiche le numéro de la nouvelle révision.</translation>
    </message>
    <message>
        <source>Why the visit is corrected.</source>
        <translation>Motif de la correction de la consultation.</translation>
    </message>
    <message>
        <source>Comma-separated optional fields to empty.</source>
        <translation>Champs facultatifs à vider, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Who makes the correction (default: your user name).</source>
        <translation>Auteur de la correction (par défaut&#xa0;: votre nom d&apos;utilisateur).</translation>
    </message>
    <message>
        <source>Correct the name of who saw the patient.</source>
        <translation>Corriger le nom de la personne qui a vu le patient.</translation>
    </message>
    <message>
        <source>visit amend needs --reason TEXT: the original is kept and the reason is shown with the correction.</source>
        <translation>visit amend nécessite --reason TEXT&#xa0;: l&apos;original est conservé et le motif est affiché avec la correction.</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>consultation</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>There is no visit with id %1.</source>
        <translation>Aucune consultation n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>There is no patient with id %1.</source>
        <translation>Aucun patient n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Say who is recording the visit.</source>
        <translation>Indiquez qui enregistre la consultation.</translation>
    </message>
    <message>
        <source>Episode %1 is not an episode of patient %2.</source>
        <translation>L&apos;épisode %1 n&apos;est pas un épisode du patient %2.</translation>
    </message>
    <message>
        <source>Say who is making the change to visit %1.</source>
        <translation>Indiquez qui modifie la consultation %1.</translation>
    </message>
    <message>
        <source>Give a reason for changing visit %1; the original is kept and the reason is shown with it.</source>
        <translation>Indiquez le motif de la modification de la consultation %1&#xa0;; l&apos;original est conservé et le motif est affiché avec lui.</translation>
    </message>
    <message>
        <source>Visit %1 is marked as entered in error; reinstate it before amending it.</source>
        <translation>La consultation %1 est marquée comme saisie par erreur&#xa0;; restaurez-la avant de la corriger.</translation>
    </message>
    <message>
        <source>The amendment of visit %1 changes nothing.</source>
        <translation>La correction de la consultation %1 ne change rien.</translation>
    </message>
    <message>
        <source>Visit %1 is already marked as entered in error.</source>
        <translation>La consultation %1 est déjà marquée comme saisie par erreur.</translation>
    </message>
    <message>
        <source>Visit %1 is not marked as entered in error.</source>
        <translation>La consultation %1 n&apos;est pas marquée comme saisie par erreur.</translation>
    </message>
    <message>
        <source>Visit %1 has been changed elsewhere since (at another desk or by a script; it is now at revision %2). Nothing was saved; look at the visit&apos;s history before changing it again.</source>
        <translation>La consultation %1 a été modifiée ailleurs entre-temps (à un autre poste ou par un script&#xa0;; elle en est maintenant à la révision %2). Rien n&apos;a été enregistré&#xa0;; consultez l&apos;historique de la consultation avant de la modifier à nouveau.</translation>
    </message>
</context>
<context>
    <name>VisitValidator</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Thérapeute</translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation>Douleur actuelle</translation>
    </message>
    <message>
        <source>Best pain (24 h)</source>
        <translation>Douleur minimale (24 h)</translation>
    </message>
    <message>
        <source>Worst pain (24 h)</source>
        <translation>Douleur maximale (24 h)</translation>
    </message>
    <message>
        <source>Pain during exercise</source>
        <translation>Douleur pendant l&apos;exercice</translation>
    </message>
    <message>
        <source>Pain next morning</source>
        <translation>Douleur le lendemain matin</translation>
    </message>
    <message>
        <source>Activity minutes</source>
        <translation>Minutes d&apos;activité</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Observance</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Enter the date of the visit.</source>
        <translation>Indiquez la date de la consultation.</translation>
    </message>
    <message>
        <source>The visit date %1 is in the future; today is %2.</source>
        <translation>La date de consultation %1 est dans le futur&#xa0;; nous sommes le %2.</translation>
    </message>
    <message>
        <source>The visit date %1 is before 1900.</source>
        <translation>La date de consultation %1 est antérieure à 1900.</translation>
    </message>
    <message>
        <source>The time of the visit is not a valid time.</source>
        <translation>L&apos;heure de la consultation n&apos;est pas une heure valide.</translation>
    </message>
    <message>
        <source>The visit time %1 today is in the future.</source>
        <translation>L&apos;heure de consultation %1 aujourd&apos;hui est dans le futur.</translation>
    </message>
    <message>
        <source>Enter the clinician&apos;s name.</source>
        <translation>Indiquez le nom du thérapeute.</translation>
    </message>
    <message>
        <source>The clinician&apos;s name is longer than %1 characters.</source>
        <translation>Le nom du thérapeute dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>%1 is %2; pain is a whole number from 0 to 10.</source>
        <translation>%1&#xa0;: %2&#xa0;; la douleur est un nombre entier de 0 à 10.</translation>
    </message>
    <message>
        <source>The worst pain (%1) is lower than the best pain (%2) in the last 24 hours.</source>
        <translation>La douleur maximale (%1) est inférieure à la douleur minimale (%2) sur les dernières 24 heures.</translation>
    </message>
    <message>
        <source>Activity is %1 minutes a day; it must be from 0 to %2.</source>
        <translation>L&apos;activité est de %1 minutes par jour&#xa0;; elle doit être comprise entre 0 et %2.</translation>
    </message>
    <message>
        <source>Steps are %1 a day; they must be from 0 to %2.</source>
        <translation>Le nombre de pas est de %1 par jour&#xa0;; il doit être compris entre 0 et %2.</translation>
    </message>
    <message>
        <source>Give both the sessions done and the sessions prescribed, or neither.</source>
        <translation>Indiquez à la fois les séances faites et les séances prescrites, ou aucune des deux.</translation>
    </message>
    <message>
        <source>Sessions must be from 0 to %1.</source>
        <translation>Le nombre de séances doit être compris entre 0 et %1.</translation>
    </message>
    <message>
        <source>%1 sessions done is more than the %2 prescribed.</source>
        <translation>%1 séances faites, c&apos;est plus que les %2 prescrites.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation>Les notes dépassent %1 caractères.</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;; pain is a whole number from 0 to 10.</source>
        <translation>%1&#xa0;: &apos;%2&apos;&#xa0;; la douleur est un nombre entier de 0 à 10.</translation>
    </message>
    <message>
        <source>Adherence is &apos;%1&apos;; write sessions done/prescribed, for example 4/5.</source>
        <translation>Observance&#xa0;: &apos;%1&apos;&#xa0;; écrivez séances faites/prescrites, par exemple 4/5.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>centralising</source>
        <translation>en centralisation</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stables</translation>
    </message>
    <message>
        <source>peripheralising</source>
        <translation>en périphéralisation</translation>
    </message>
</context>
<context>
    <name>gradus::AboutDialog</name>
    <message>
        <source>About Gradus</source>
        <translation>À propos de Gradus</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Gradus %1&lt;/h2&gt;&lt;p&gt;Graded exercise programmes for physiotherapists: patients, safe exercise choices, pacing, handouts and outcomes, kept on your own computer.&lt;/p&gt;&lt;p&gt;Gradus supports clinical reasoning; it does not replace it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Schema version:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Log file:&lt;/b&gt; %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Gradus %1&lt;/h2&gt;&lt;p&gt;Programmes d&apos;exercices gradués pour les kinésithérapeutes&#xa0;: patients, choix d&apos;exercices sûrs, gestion de l&apos;activité, fiches et mesures de résultat, conservés sur votre propre ordinateur.&lt;/p&gt;&lt;p&gt;Gradus aide le raisonnement clinique&#xa0;; il ne le remplace pas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Base de données&#xa0;:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Version du schéma&#xa0;:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Fichier journal&#xa0;:&lt;/b&gt; %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gradus::CalendarExportDialog</name>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>Calendar Reminders</source>
        <translation>Rappels de calendrier</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <source>A calendar file the patient can open on a phone or computer: a reminder at each exercise time with the dose and when to stop, the weeks of a graded activity plan, and the review. Send it to the patient or import it on their phone.</source>
        <translation>Un fichier de calendrier que le patient peut ouvrir sur un téléphone ou un ordinateur&#xa0;: un rappel à chaque heure d&apos;exercice avec la dose et les critères d&apos;arrêt, les semaines d&apos;un plan d&apos;activité graduée, et la réévaluation. Envoyez-le au patient ou importez-le sur son téléphone.</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Reminders between:</source>
        <translation>Rappels entre&#xa0;:</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Rappels&#xa0;:</translation>
    </message>
    <message>
        <source>%1 a day in %2 bouts</source>
        <translation>%1 par jour en %2 fractions</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 par jour</translation>
    </message>
    <message>
        <source>%1: graded plan, %2 this week, more each week (week %3 of %4)</source>
        <translation>%1&#xa0;: plan d&apos;activité graduée, %2 cette semaine, davantage chaque semaine (semaine %3 sur %4)</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1&#xa0;: %2 à %3</translation>
    </message>
    <message>
        <source>Until the review on %1, which is in the calendar too.</source>
        <translation>Jusqu&apos;à la réévaluation du %1, qui figure aussi dans le calendrier.</translation>
    </message>
    <message>
        <source>No review date is set, so the reminders do not end.</source>
        <translation>Aucune date de réévaluation n&apos;est fixée&#xa0;: les rappels n&apos;ont donc pas de fin.</translation>
    </message>
    <message>
        <source>First reminder hour</source>
        <translation>Heure du premier rappel</translation>
    </message>
    <message>
        <source>Last reminder hour</source>
        <translation>Heure du dernier rappel</translation>
    </message>
    <message>
        <source>Written in:</source>
        <translation>Rédigé en&#xa0;:</translation>
    </message>
</context>
<context>
    <name>gradus::ChangeTableModel</name>
    <message>
        <source>, recovered</source>
        <translation>, rétabli</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Important change</source>
        <translation>Changement important</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Interprétation</translation>
    </message>
</context>
<context>
    <name>gradus::ConditionDialog</name>
    <message>
        <source>Add Condition</source>
        <translation>Ajouter un état clinique</translation>
    </message>
    <message>
        <source>Edit Condition</source>
        <translation>Modifier l&apos;état clinique</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>e.g. which operation, or what the imaging showed</source>
        <translation>p. ex. quelle opération, ou ce que l&apos;imagerie a montré</translation>
    </message>
    <message>
        <source>&amp;Condition</source>
        <translation>É&amp;tat clinique</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>&amp;Côté</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Onset</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Leave empty when unknown.</source>
        <translation>Laisser vide si inconnu.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; type it as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>&apos;%1&apos; n&apos;est pas une date&#xa0;; saisissez-la au format YYYY-MM-DD ou DD.MM.YYYY.</translation>
    </message>
</context>
<context>
    <name>gradus::ConflictDialog</name>
    <message>
        <source>Changed on Another Desk</source>
        <translation>Modifié sur un autre poste</translation>
    </message>
    <message>
        <source>Fields changed here and on the other desk</source>
        <translation>Champs modifiés ici et sur l&apos;autre poste</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>À l&apos;ouverture</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Votre modification</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Enregistré actuellement</translation>
    </message>
    <message>
        <source>Changed on both desks</source>
        <translation>Modifié sur les deux postes</translation>
    </message>
    <message>
        <source>Fields in bold were changed on both desks. Applying your changes keeps the other desk&apos;s changes to every other field.</source>
        <translation>Les champs en gras ont été modifiés sur les deux postes. Si vous appliquez vos modifications, celles de l&apos;autre poste sont conservées pour tous les autres champs.</translation>
    </message>
    <message>
        <source>&amp;Apply My Changes to the Stored Record</source>
        <translation>&amp;Appliquer mes modifications au dossier enregistré</translation>
    </message>
    <message>
        <source>&amp;Discard My Changes</source>
        <translation>&amp;Ignorer mes modifications</translation>
    </message>
</context>
<context>
    <name>gradus::DatabaseRecoveryDialog</name>
    <message>
        <source>Gradus: the database cannot be opened</source>
        <translation>Gradus&#xa0;: impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Nothing has been changed. You can open another database file, create a new one, or restore a backup copy in its place (the file that cannot be opened is kept beside it, renamed).</source>
        <translation>Rien n&apos;a été modifié. Vous pouvez ouvrir un autre fichier de base de données, en créer un nouveau ou restaurer une copie de sauvegarde à sa place (le fichier qui ne peut pas être ouvert est conservé à côté, renommé).</translation>
    </message>
    <message>
        <source>The most recent backup is %1, saved %2.</source>
        <translation>La sauvegarde la plus récente est %1, enregistrée le %2.</translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation>&amp;Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>&amp;Create New Database…</source>
        <translation>&amp;Créer une nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Gradus database (*.sqlite *.db);;All files (*)</source>
        <translation>Base de données Gradus (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Create New Database</source>
        <translation>Créer une nouvelle base de données</translation>
    </message>
    <message>
        <source>Gradus database (*.sqlite)</source>
        <translation>Base de données Gradus (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Gradus backups (*.sqlite *.bak *.db);;All files (*)</source>
        <translation>Sauvegardes Gradus (*.sqlite *.bak *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose &quot;Open Another File&quot; to use it, or another name for a new database.</source>
        <translation>Choisissez «&#xa0;Ouvrir un autre fichier&#xa0;» pour l&apos;utiliser, ou un autre nom pour une nouvelle base de données.</translation>
    </message>
</context>
<context>
    <name>gradus::DatabaseSwitcher</name>
    <message>
        <source>There is no database at %1. Use File → New Database… to start one.</source>
        <translation>Il n&apos;y a pas de base de données à l&apos;emplacement %1. Utilisez Fichier → Nouvelle base de données… pour en créer une.</translation>
    </message>
    <message>
        <source>%1 exists already; a new database never replaces a file. Choose another name, or open it with File → Open Database….</source>
        <translation>%1 existe déjà&#xa0;; une nouvelle base de données ne remplace jamais un fichier. Choisissez un autre nom, ou ouvrez-le avec Fichier → Ouvrir une base de données….</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Gradus database (*.sqlite)</source>
        <translation>Base de données Gradus (*.sqlite)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Ouvrir une base de données récente</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>Sauvegarde enregistrée dans %1</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
</context>
<context>
    <name>gradus::DateField</name>
    <message>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>YYYY-MM-DD ou DD.MM.YYYY</translation>
    </message>
    <message>
        <source>YYYY</source>
        <comment>date pattern: year</comment>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>MM</source>
        <comment>date pattern: month</comment>
        <translation>MM</translation>
    </message>
    <message>
        <source>DD</source>
        <comment>date pattern: day</comment>
        <translation>DD</translation>
    </message>
    <message>
        <source>%1 or YYYY-MM-DD</source>
        <translation>%1 ou YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>gradus::DoseCellEditor</name>
    <message>
        <source>How the dose is counted</source>
        <translation>Mode de comptage de la dose</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source> reps</source>
        <translation> rép.</translation>
    </message>
    <message>
        <source>Repetitions per set</source>
        <translation>Répétitions par série</translation>
    </message>
    <message>
        <source> s each</source>
        <translation> s chacun</translation>
    </message>
    <message>
        <source>Seconds each hold</source>
        <translation>Secondes par maintien</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Metres</source>
        <translation>Mètres</translation>
    </message>
    <message>
        <source>× a day</source>
        <translation>× par jour</translation>
    </message>
    <message>
        <source>Times per day</source>
        <translation>Fois par jour</translation>
    </message>
    <message>
        <source> days/week</source>
        <translation> jours/semaine</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>Jours par semaine</translation>
    </message>
    <message>
        <source> holds</source>
        <translation> maintiens</translation>
    </message>
    <message>
        <source>Holds per set</source>
        <translation>Maintiens par série</translation>
    </message>
</context>
<context>
    <name>gradus::DoseDialog</name>
    <message>
        <source>Edit dose — %1</source>
        <translation>Modifier la dose — %1</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>On each side</source>
        <translation>De chaque côté</translation>
    </message>
    <message>
        <source>e.g. red band, 2 kg</source>
        <translation>p. ex. bande rouge, 2 kg</translation>
    </message>
    <message>
        <source>Printed on the handout under the exercise</source>
        <translation>Imprimée sur la fiche sous l&apos;exercice</translation>
    </message>
    <message>
        <source>&amp;Counted as:</source>
        <translation>C&amp;ompté en&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sets:</source>
        <translation>&amp;Séries&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repetitions or holds per set:</source>
        <translation>&amp;Répétitions ou maintiens par série&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hold:</source>
        <translation>M&amp;aintien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutes&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;etres:</source>
        <translation>Mètr&amp;es&#xa0;:</translation>
    </message>
    <message>
        <source>Times per &amp;day:</source>
        <translation>&amp;Fois par jour&#xa0;:</translation>
    </message>
    <message>
        <source>Days per &amp;week:</source>
        <translation>&amp;Jours par semaine&#xa0;:</translation>
    </message>
    <message>
        <source>Rest between sets:</source>
        <translation>Repos entre les séries&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ide:</source>
        <translation>&amp;Côté&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation>C&amp;harge&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tempo:</source>
        <translation>&amp;Tempo&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Does not fit this exercise</source>
        <translation>Ne convient pas à cet exercice</translation>
    </message>
    <message>
        <source>A dose of %1 does not fit %2: it is dosed in %3.</source>
        <translation>Une dose en %1 ne convient pas à %2&#xa0;: cet exercice se dose en %3.</translation>
    </message>
</context>
<context>
    <name>gradus::EnteredInError</name>
    <message>
        <source>Entered in error</source>
        <translation>Saisie par erreur</translation>
    </message>
</context>
<context>
    <name>gradus::EpisodeDialog</name>
    <message>
        <source>&apos;%1&apos; is not a date; type it as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>&apos;%1&apos; n&apos;est pas une date&#xa0;; saisissez-la au format YYYY-MM-DD ou DD.MM.YYYY.</translation>
    </message>
    <message>
        <source>New Episode of Care</source>
        <translation>Nouvel épisode de soins</translation>
    </message>
    <message>
        <source>Edit Episode of Care</source>
        <translation>Modifier l&apos;épisode de soins</translation>
    </message>
    <message>
        <source>e.g. Low back pain with left leg pain</source>
        <translation>p. ex. Lombalgie avec douleur de la jambe gauche</translation>
    </message>
    <message>
        <source>Presenting &amp;complaint *</source>
        <translation>&amp;Motif de consultation *</translation>
    </message>
    <message>
        <source>&amp;Onset</source>
        <translation>&amp;Début des symptômes</translation>
    </message>
    <message>
        <source>O&amp;pened on *</source>
        <translation>&amp;Ouvert le *</translation>
    </message>
    <message>
        <source>C&amp;losed on</source>
        <translation>&amp;Clôturé le</translation>
    </message>
    <message>
        <source>%1 — %2 wk ago: %3</source>
        <translation>%1 — il y a %2 sem.&#xa0;: %3</translation>
    </message>
    <message>
        <source>Leave empty when unknown; the phase of care is then unknown too.</source>
        <translation>Laisser vide si inconnu&#xa0;; la phase est alors inconnue aussi.</translation>
    </message>
    <message>
        <source>Empty while the episode is open.</source>
        <translation>Vide tant que l&apos;épisode est ouvert.</translation>
    </message>
</context>
<context>
    <name>gradus::EpisodesTab</name>
    <message>
        <source>&lt;b&gt;Episodes of care&lt;/b&gt;</source>
        <translation>&lt;b&gt;Épisodes de soins&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New Episode…</source>
        <translation>Nouvel épisode…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Close Episode</source>
        <translation>Clôturer l&apos;épisode</translation>
    </message>
    <message>
        <source>Presenting complaint</source>
        <translation>Motif de consultation</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé le</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Add Condition…</source>
        <translation>Ajouter un état clinique…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Marquer résolu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État clinique</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Phase today, from the onset date</source>
        <translation>Phase aujourd&apos;hui, d&apos;après la date de début</translation>
    </message>
    <message>
        <source>Phase when the episode was closed</source>
        <translation>Phase à la clôture de l&apos;épisode</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clinical profile&lt;/b&gt; of &quot;%1&quot;</source>
        <translation>&lt;b&gt;Profil clinique&lt;/b&gt; de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clinical profile&lt;/b&gt;</source>
        <translation>&lt;b&gt;Profil clinique&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — open an episode of care first</source>
        <translation>%1 — ouvrez d&apos;abord un épisode de soins</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Episodes of care</source>
        <translation>Épisodes de soins</translation>
    </message>
    <message>
        <source>Conditions of the selected episode</source>
        <translation>États cliniques de l&apos;épisode sélectionné</translation>
    </message>
    <message>
        <source>&lt;b&gt;The episodes of care or the clinical profile could not be read.&lt;/b&gt; Treat the patient&apos;s conditions as unknown until they can. Cause: %1</source>
        <translation>&lt;b&gt;Les épisodes de soins ou le profil clinique n&apos;ont pas pu être lus.&lt;/b&gt; Considérez les états cliniques du patient comme inconnus jusqu&apos;à ce qu&apos;ils puissent l&apos;être. Cause&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gradus::ErasePatientDialog</name>
    <message>
        <source>Delete %1 Permanently</source>
        <translation>Supprimer définitivement %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>clinic no. %1</source>
        <translation>dossier n° %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Delete %1 (%2) permanently?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This removes the patient and everything recorded about them (episodes of care: %3; conditions: %4) from this database for good. It cannot be undone, and the undo history is cleared.&lt;/p&gt;&lt;p&gt;To hide a patient who is no longer seen, use &lt;b&gt;Archive&lt;/b&gt; instead.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Supprimer définitivement %1 (%2)&#xa0;?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cette action efface pour toujours de cette base de données le patient et tout ce qui a été enregistré à son sujet (épisodes de soins&#xa0;: %3&#xa0;; états cliniques&#xa0;: %4). Elle est irréversible, et l&apos;historique d&apos;annulation est vidé.&lt;/p&gt;&lt;p&gt;Pour masquer un patient qui n&apos;est plus suivi, utilisez plutôt &lt;b&gt;Archiver&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the family name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Saisissez le nom de famille &lt;b&gt;%1&lt;/b&gt; pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
</context>
<context>
    <name>gradus::ExchangeActions</name>
    <message>
        <source>Patient Record (&amp;FHIR)…</source>
        <translation>Dossier patient (&amp;FHIR)…</translation>
    </message>
    <message>
        <source>Save the patient&apos;s record as a FHIR R4 file for a GP system</source>
        <translation>Enregistrer le dossier du patient dans un fichier FHIR R4 pour le logiciel du médecin traitant</translation>
    </message>
    <message>
        <source>&amp;Programme or Template…</source>
        <translation>&amp;Programme ou modèle…</translation>
    </message>
    <message>
        <source>Save a programme or template for another clinic</source>
        <translation>Enregistrer un programme ou un modèle pour un autre cabinet</translation>
    </message>
    <message>
        <source>&amp;Outcomes (CSV)…</source>
        <translation>&amp;Résultats (CSV)…</translation>
    </message>
    <message>
        <source>Save every patient&apos;s scores as a table, or de-identified for research</source>
        <translation>Enregistrer les scores de tous les patients sous forme de tableau, ou pseudonymisés pour la recherche</translation>
    </message>
    <message>
        <source>&amp;Import Programme…</source>
        <translation>&amp;Importer un programme…</translation>
    </message>
    <message>
        <source>Bring in a programme or template file from another clinic</source>
        <translation>Importer un fichier de programme ou de modèle provenant d&apos;un autre cabinet</translation>
    </message>
    <message>
        <source>Check a backup and open it as a new database</source>
        <translation>Vérifier une sauvegarde et l&apos;ouvrir comme nouvelle base de données</translation>
    </message>
    <message>
        <source>Open a patient first</source>
        <translation>Ouvrez d&apos;abord un patient</translation>
    </message>
    <message>
        <source>Res&amp;tore Backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
</context>
<context>
    <name>gradus::ExerciseDetailPane</name>
    <message>
        <source>No exercise chosen</source>
        <translation>Aucun exercice choisi</translation>
    </message>
    <message>
        <source>Choose an exercise on the left to see its picture, instructions and properties.</source>
        <translation>Choisissez un exercice à gauche pour voir son image, ses consignes et ses propriétés.</translation>
    </message>
    <message>
        <source>Retired: not offered for new programmes</source>
        <translation>Retiré&#xa0;: non proposé pour les nouveaux programmes</translation>
    </message>
    <message>
        <source>Clinic&apos;s own</source>
        <translation>Propre au cabinet</translation>
    </message>
    <message>
        <source>Clinic&apos;s own, based on %1</source>
        <translation>Propre au cabinet, d&apos;après %1</translation>
    </message>
    <message>
        <source>Built-in, edited by the clinic</source>
        <translation>Intégré, modifié par le cabinet</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <source>Clinic&apos;s picture</source>
        <translation>Image du cabinet</translation>
    </message>
    <message>
        <source>Default dose</source>
        <translation>Dose par défaut</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Spinal movement</source>
        <translation>Mouvement du rachis</translation>
    </message>
    <message>
        <source>, to the end of range</source>
        <translation>, jusqu&apos;en fin d&apos;amplitude</translation>
    </message>
    <message>
        <source>Spinal load</source>
        <translation>Charge rachidienne</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>external load</source>
        <translation>charge externe</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>au-dessus de la tête</translation>
    </message>
    <message>
        <source>lift from the floor</source>
        <translation>soulever du sol</translation>
    </message>
    <message>
        <source>Load and lifting</source>
        <translation>Charge et soulèvement</translation>
    </message>
    <message>
        <source>Body weight only</source>
        <translation>Poids du corps seulement</translation>
    </message>
    <message>
        <source>Balance demand</source>
        <translation>Exigence d&apos;équilibre</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>You should feel</source>
        <translation>Vous devriez ressentir</translation>
    </message>
    <message>
        <source>Stop and tell your physiotherapist if</source>
        <translation>Arrêtez et prévenez votre kinésithérapeute si</translation>
    </message>
    <message>
        <source>Easier: %1</source>
        <translation>Plus facile&#xa0;: %1</translation>
    </message>
    <message>
        <source>Harder: %1</source>
        <translation>Plus difficile&#xa0;: %1</translation>
    </message>
    <message>
        <source>A newer library version of this exercise exists; your clinic&apos;s edit is kept.</source>
        <translation>Une version plus récente de cet exercice existe dans la bibliothèque&#xa0;; la modification de votre cabinet est conservée.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gradus::ExerciseEditorDialog</name>
    <message>
        <source>New Exercise</source>
        <translation>Nouvel exercice</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This is a built-in exercise. Once you change it, library updates will leave your version alone.</source>
        <translation>C&apos;est un exercice intégré. Une fois que vous l&apos;aurez modifié, les mises à jour de la bibliothèque ne toucheront plus à votre version.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>One sentence: what it is for</source>
        <translation>Une phrase&#xa0;: à quoi il sert</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position&#xa0;:</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Default dose</source>
        <translation>Dose par défaut</translation>
    </message>
    <message>
        <source>Counted as:</source>
        <translation>Compté en&#xa0;:</translation>
    </message>
    <message>
        <source>Sets: </source>
        <translation>Séries&#xa0;: </translation>
    </message>
    <message>
        <source>Repetitions: </source>
        <translation>Répétitions&#xa0;: </translation>
    </message>
    <message>
        <source>Hold: </source>
        <translation>Maintien&#xa0;: </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Each side</source>
        <translation>De chaque côté</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Quantité&#xa0;:</translation>
    </message>
    <message>
        <source>Times a day: </source>
        <translation>Fois par jour&#xa0;: </translation>
    </message>
    <message>
        <source>Days a week: </source>
        <translation>Jours par semaine&#xa0;: </translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>Fréquence&#xa0;:</translation>
    </message>
    <message>
        <source>One step or cue per line, in short sentences addressed to the patient.</source>
        <translation>Une étape ou une consigne par ligne, en phrases courtes adressées au patient.</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>É&amp;tapes&#xa0;:</translation>
    </message>
    <message>
        <source>You should &amp;feel:</source>
        <translation>&amp;Vous devriez ressentir&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;top if:</source>
        <translation>&amp;Arrêtez si&#xa0;:</translation>
    </message>
    <message>
        <source>ids of easier exercises, e.g. modified_plank</source>
        <translation>identifiants d&apos;exercices plus faciles, p. ex. modified_plank</translation>
    </message>
    <message>
        <source>&amp;Easier:</source>
        <translation>Plus &amp;facile&#xa0;:</translation>
    </message>
    <message>
        <source>ids of harder exercises, e.g. plank</source>
        <translation>identifiants d&apos;exercices plus difficiles, p. ex. plank</translation>
    </message>
    <message>
        <source>&amp;Harder:</source>
        <translation>Plus &amp;difficile&#xa0;:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>The safety rules use these to warn about exercises that do not suit a patient&apos;s conditions.</source>
        <translation>Les règles de sécurité s&apos;en servent pour signaler les exercices qui ne conviennent pas aux états cliniques d&apos;un patient.</translation>
    </message>
    <message>
        <source>Spinal movement:</source>
        <translation>Mouvement du rachis&#xa0;:</translation>
    </message>
    <message>
        <source>Goes to the end of the range</source>
        <translation>Va jusqu&apos;en fin d&apos;amplitude</translation>
    </message>
    <message>
        <source>Spinal &amp;load:</source>
        <translation>C&amp;harge rachidienne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Impact&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Balance demand:</source>
        <translation>&amp;Exigence d&apos;équilibre&#xa0;:</translation>
    </message>
    <message>
        <source>Against external resistance (weights, band)</source>
        <translation>Contre une résistance externe (poids, bande élastique)</translation>
    </message>
    <message>
        <source>Hands or load go overhead</source>
        <translation>Les mains ou la charge passent au-dessus de la tête</translation>
    </message>
    <message>
        <source>Lifts a load from the floor</source>
        <translation>Soulève une charge depuis le sol</translation>
    </message>
    <message>
        <source>Holds: </source>
        <translation>Maintiens&#xa0;: </translation>
    </message>
    <message>
        <source>Its texts become your clinic&apos;s own: shown and printed as you write them here, whatever the language.</source>
        <translation>Ses textes deviennent ceux de votre cabinet&#xa0;: ils sont affichés et imprimés tels que vous les écrivez ici, quelle que soit la langue.</translation>
    </message>
    <message>
        <source>Doses that fit:</source>
        <translation>Doses possibles&#xa0;:</translation>
    </message>
    <message>
        <source>The default dose is of this kind.</source>
        <translation>La dose par défaut est de ce type.</translation>
    </message>
</context>
<context>
    <name>gradus::ExerciseLibraryView</name>
    <message>
        <source>Search exercises</source>
        <translation>Rechercher des exercices</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Afficher les retirés</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Show the exercises as pictures</source>
        <translation>Afficher les exercices sous forme d&apos;images</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Show the exercises as a table of their properties</source>
        <translation>Afficher les exercices dans un tableau de leurs propriétés</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Toutes les positions</translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation>Tout matériel</translation>
    </message>
    <message>
        <source>Nothing needed</source>
        <translation>Sans matériel</translation>
    </message>
    <message>
        <source>Uses: %1</source>
        <translation>Utilise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Any spinal load</source>
        <translation>Toute charge rachidienne</translation>
    </message>
    <message>
        <source>Low spinal load</source>
        <translation>Charge rachidienne faible</translation>
    </message>
    <message>
        <source>Low or moderate load</source>
        <translation>Charge faible ou modérée</translation>
    </message>
    <message>
        <source>Any impact</source>
        <translation>Tout impact</translation>
    </message>
    <message>
        <source>No impact</source>
        <translation>Sans impact</translation>
    </message>
    <message>
        <source>No or low impact</source>
        <translation>Impact nul ou faible</translation>
    </message>
    <message>
        <source>Exercise actions</source>
        <translation>Actions sur l&apos;exercice</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Make a new exercise of your own</source>
        <translation>Créer un nouvel exercice propre au cabinet</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <source>Make your own copy of this exercise and change it</source>
        <translation>Créer votre propre copie de cet exercice et la modifier</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change this exercise</source>
        <translation>Modifier cet exercice</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <source>Use your own photo or picture for this exercise</source>
        <translation>Utiliser votre propre photo ou image pour cet exercice</translation>
    </message>
    <message>
        <source>Remove Picture</source>
        <translation>Supprimer l&apos;image</translation>
    </message>
    <message>
        <source>Go back to the drawing</source>
        <translation>Revenir au dessin</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Hide from new programmes; programmes that use it keep it</source>
        <translation>Masquer pour les nouveaux programmes&#xa0;; les programmes qui l&apos;utilisent le gardent</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Nouvel exercice</translation>
    </message>
    <message>
        <source>New exercise &quot;%1&quot;</source>
        <translation>Nouvel exercice «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate &quot;%1&quot;</source>
        <translation>Dupliquer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Choose a Picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <source>%1 could not be read as a picture: %2</source>
        <translation>%1 n&apos;a pas pu être lu comme une image&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation>Bibliothèque d&apos;exercices</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Your changes were not saved; the exercise keeps the other desk&apos;s version. Cancel to close this window.</source>
        <translation>Vos modifications n&apos;ont pas été enregistrées&#xa0;; l&apos;exercice conserve la version de l&apos;autre poste. Choisissez «&#xa0;Annuler&#xa0;» pour fermer cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>gradus::ExerciseListModel</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Clinic&apos;s own</source>
        <translation>Propre au cabinet</translation>
    </message>
    <message>
        <source>Built-in, edited</source>
        <translation>Intégré, modifié</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Spinal load</source>
        <translation>Charge rachidienne</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The exercise library could not be read, so no exercises are listed. Cause: %1</source>
        <translation>La bibliothèque d&apos;exercices n&apos;a pas pu être lue, aucun exercice n&apos;est donc listé. Cause&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gradus::ExercisePictureWidget</name>
    <message>
        <source>No picture</source>
        <translation>Pas d&apos;image</translation>
    </message>
</context>
<context>
    <name>gradus::ExportFileDialog</name>
    <message>
        <source>Save &amp;to:</source>
        <translation>Enregistrer &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or choose it with Browse… to replace it.</source>
        <translation>%1 existe déjà. Choisissez un autre nom, ou sélectionnez-le avec Parcourir… pour le remplacer.</translation>
    </message>
    <message>
        <source>Saved to %1. The file holds patient data: keep it safe.</source>
        <translation>Enregistré dans %1. Le fichier contient des données de patients&#xa0;: conservez-le en lieu sûr.</translation>
    </message>
    <message>
        <source>%1: there is no translation for &quot;%2&quot; yet</source>
        <translation>%1&#xa0;: il n&apos;existe pas encore de traduction pour «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the patient has no preferred language recorded</source>
        <translation>%1&#xa0;: aucune langue préférée n&apos;est enregistrée pour le patient</translation>
    </message>
    <message>
        <source>%1, the patient&apos;s preferred language</source>
        <translation>%1, la langue préférée du patient</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>gradus::FhirExportDialog</name>
    <message>
        <source>Export Patient Record (FHIR)</source>
        <translation>Exporter le dossier patient (FHIR)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>A FHIR R4 file (JSON) that GP and hospital systems can read: the patient&apos;s details, conditions, pain and activity at each visit, questionnaire scores with answers by item number, and the active exercise programme.</source>
        <translation>Un fichier FHIR R4 (JSON) lisible par les logiciels des médecins et des hôpitaux&#xa0;: l&apos;identité du patient, ses états cliniques, la douleur et l&apos;activité à chaque consultation, les scores des questionnaires avec les réponses par numéro d&apos;item, et le programme d&apos;exercices actif.</translation>
    </message>
    <message>
        <source>Named as the author of the record in the file</source>
        <translation>Nommé comme auteur du dossier dans le fichier</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient&#xa0;:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, né(e) le %2</translation>
    </message>
    <message>
        <source>%1, born %2, clinic no. %3</source>
        <translation>%1, né(e) le %2, dossier n° %3</translation>
    </message>
    <message>
        <source>Conditions: %1   Visits: %2   Questionnaires: %3   Active programmes: %4</source>
        <translation>États cliniques&#xa0;: %1   Consultations&#xa0;: %2   Questionnaires&#xa0;: %3   Programmes actifs&#xa0;: %4</translation>
    </message>
    <message>
        <source>Texts in:</source>
        <translation>Textes en&#xa0;:</translation>
    </message>
</context>
<context>
    <name>gradus::HandoutDialog</name>
    <message>
        <source>Handout for %1</source>
        <translation>Fiche patient de %1</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient&#xa0;:</translation>
    </message>
    <message>
        <source>Exercises:</source>
        <translation>Exercices&#xa0;:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>The handout cannot be checked for safety.</source>
        <translation>La sécurité de la fiche ne peut pas être contrôlée.</translation>
    </message>
    <message>
        <source>This handout cannot be printed: %1</source>
        <translation>Cette fiche ne peut pas être imprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Handout %1</source>
        <translation>Fiche %1</translation>
    </message>
    <message>
        <source>Handout %1 %2.pdf</source>
        <translation>Fiche %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Enregistrer la fiche en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The language the patient reads: the patient&apos;s preferred language unless you choose another. Exercises your clinic wrote or edited are printed as written.</source>
        <translation>La langue que lit le patient&#xa0;: sa langue préférée, sauf si vous en choisissez une autre. Les exercices rédigés ou modifiés par votre cabinet sont imprimés tels qu&apos;ils ont été écrits.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Saving the handout…</source>
        <translation>Enregistrement de la fiche…</translation>
    </message>
</context>
<context>
    <name>gradus::ImportProgrammeDialog</name>
    <message>
        <source>Import Programme</source>
        <translation>Importer un programme</translation>
    </message>
    <message>
        <source>A programme file from another clinic or desk (exported with Gradus). The whole file is checked before anything is saved.</source>
        <translation>Un fichier de programme provenant d&apos;un autre cabinet ou d&apos;un autre poste (exporté avec Gradus). Le fichier entier est vérifié avant tout enregistrement.</translation>
    </message>
    <message>
        <source>Choose a programme file</source>
        <translation>Choisissez un fichier de programme</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>A draft programme for a patient (open a patient first)</source>
        <translation>Un programme brouillon pour un patient (ouvrez d&apos;abord un patient)</translation>
    </message>
    <message>
        <source>A draft programme for %1</source>
        <translation>Un programme brouillon pour %1</translation>
    </message>
    <message>
        <source>A clinic template</source>
        <translation>Un modèle du cabinet</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Gradus programme (*.json);;All files (*)</source>
        <translation>Programme Gradus (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Programme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objectif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Written by %1 on %2</source>
        <translation>Rédigé par %1 le %2</translation>
    </message>
    <message>
        <source>The clinic&apos;s own exercises in the file (added if this clinic does not have them): %1</source>
        <translation>Exercices propres au cabinet contenus dans le fichier (ajoutés si ce cabinet ne les a pas)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported as a draft programme with one exercise.</source>
        <translation>Importé comme programme brouillon avec un exercice.</translation>
    </message>
    <message>
        <source>Imported as a draft programme with %1 exercises.</source>
        <translation>Importé comme programme brouillon avec %1 exercices.</translation>
    </message>
    <message>
        <source>Check it in the Programme tab, then activate it to give it to the patient.</source>
        <translation>Vérifiez-le dans l&apos;onglet «&#xa0;Programme&#xa0;», puis activez-le pour le remettre au patient.</translation>
    </message>
    <message>
        <source>Imported as the clinic template &quot;%1&quot;.</source>
        <translation>Importé comme modèle du cabinet «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Added to your exercise library: %1</source>
        <translation>Ajout à votre bibliothèque d&apos;exercices&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already in your library (yours is kept): %1</source>
        <translation>Déjà dans votre bibliothèque (votre version est conservée)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Safety check for this patient: nothing to avoid or to use with caution.</source>
        <translation>Contrôle de sécurité pour ce patient&#xa0;: aucun exercice à éviter ni à utiliser avec prudence.</translation>
    </message>
    <message>
        <source>Safety check for this patient: one exercise to avoid or use with caution (below).</source>
        <translation>Contrôle de sécurité pour ce patient&#xa0;: un exercice à éviter ou à utiliser avec prudence (ci-dessous).</translation>
    </message>
    <message>
        <source>Safety check for this patient: %1 exercises to avoid or use with caution (below).</source>
        <translation>Contrôle de sécurité pour ce patient&#xa0;: %1 exercices à éviter ou à utiliser avec prudence (ci-dessous).</translation>
    </message>
    <message>
        <source>Programme file</source>
        <translation>Fichier de programme</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
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
    <name>gradus::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Start an empty database in a new file</source>
        <translation>Créer une base de données vide dans un nouveau fichier</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open another database file or the clinic&apos;s server</source>
        <translation>Ouvrir un autre fichier de base de données ou le serveur du cabinet</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Bases de données &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
        <source>Save a complete copy of the database to a file</source>
        <translation>Enregistrer une copie complète de la base de données dans un fichier</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Print Handout…</source>
        <translation>Im&amp;primer la fiche…</translation>
    </message>
    <message>
        <source>Print the handout of the programme shown on the Programme tab</source>
        <translation>Imprimer la fiche du programme affiché dans l&apos;onglet «&#xa0;Programme&#xa0;»</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>See the handout&apos;s pages before printing</source>
        <translation>Voir les pages de la fiche avant l&apos;impression</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Gradus</source>
        <translation>Fermer Gradus</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No Recent Databases</source>
        <translation>Aucune base de données récente</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer le menu</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>The clinic&apos;s details, handout and pacing defaults, and this desk&apos;s clinician</source>
        <translation>Coordonnées du cabinet, valeurs par défaut des fiches et de la gestion de l&apos;activité, et thérapeute de ce poste</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>&amp;Barre d&apos;état</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>How to use Gradus, step by step</source>
        <translation>Comment utiliser Gradus, pas à pas</translation>
    </message>
    <message>
        <source>&amp;About Gradus</source>
        <translation>À &amp;propos de Gradus</translation>
    </message>
    <message>
        <source>Version, licence and database</source>
        <translation>Version, licence et base de données</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt toolkit Gradus is built with</source>
        <translation>La bibliothèque Qt avec laquelle Gradus est construit</translation>
    </message>
</context>
<context>
    <name>gradus::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Visits &amp;&amp; outcomes</source>
        <translation>&amp;Consultations et résultats</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;Red flags</source>
        <translation>Drapeaux &amp;rouges</translation>
    </message>
    <message>
        <source>P&amp;acing</source>
        <translation>&amp;Gestion de l&apos;activité</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>Version du schéma %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Navigation Bar</source>
        <translation>Barre de &amp;navigation</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Patients</translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation>&amp;Exercices</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>%1 – Gradus</source>
        <translation>%1 – Gradus</translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>Open a patient and the programme on the Programme tab; its handout is what is printed.</source>
        <translation>Ouvrez un patient et le programme dans l&apos;onglet «&#xa0;Programme&#xa0;»&#xa0;; c&apos;est sa fiche qui est imprimée.</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Open a patient and the programme on the Programme tab; its handout is what is shown.</source>
        <translation>Ouvrez un patient et le programme dans l&apos;onglet «&#xa0;Programme&#xa0;»&#xa0;; c&apos;est sa fiche qui est affichée.</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Préférences enregistrées</translation>
    </message>
    <message>
        <source>Cannot Undo or Redo</source>
        <translation>Impossible d&apos;annuler ou de rétablir</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be undone or redone: %2

It has been taken out of the undo history.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être annulé ni rétabli&#xa0;: %2

Cette étape a été retirée de l&apos;historique d&apos;annulation.</translation>
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
        <translation>Gradus rouvre sa fenêtre en %1. Tout est enregistré, mais l&apos;historique d&apos;annulation est effacé. Changer de langue maintenant&#xa0;?</translation>
    </message>
</context>
<context>
    <name>gradus::MeasureDialog</name>
    <message>
        <source>Record Outcome Measure</source>
        <translation>Enregistrer une mesure de résultat</translation>
    </message>
    <message>
        <source>Amend Outcome Measure</source>
        <translation>Corriger une mesure de résultat</translation>
    </message>
    <message>
        <source>Not at a visit</source>
        <translation>Hors consultation</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure&#xa0;:</translation>
    </message>
    <message>
        <source>At &amp;visit:</source>
        <translation>&amp;Consultation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date taken:</source>
        <translation>&amp;Date de la mesure&#xa0;:</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation>&amp;Enregistrée par&#xa0;:</translation>
    </message>
    <message>
        <source>Amended &amp;by:</source>
        <translation>Corrigée &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>Why the measure is corrected</source>
        <translation>Motif de la correction de la mesure</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>M&amp;otif&#xa0;:</translation>
    </message>
    <message>
        <source>Save Measure</source>
        <translation>Enregistrer la mesure</translation>
    </message>
    <message>
        <source>Save Amendment</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Name activity %1 in the patient&apos;s words.</source>
        <translation>Nommez l&apos;activité %1 avec les mots du patient.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>La date %1 est dans le futur.</translation>
    </message>
    <message>
        <source>Say who is recording the measure.</source>
        <translation>Indiquez qui enregistre la mesure.</translation>
    </message>
    <message>
        <source>Say why the measure is amended.</source>
        <translation>Indiquez pourquoi la mesure est corrigée.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Rien n&apos;a encore été modifié.</translation>
    </message>
</context>
<context>
    <name>gradus::MeasureForm</name>
    <message>
        <source>Enter the score of the statement ticked in each section: the first statement scores 0, the last 5. If two are ticked, enter the higher. Leave a section unanswered if the patient skipped it. The ODI wording is licensed and not shipped with Gradus; use the clinic&apos;s form.</source>
        <translation>Saisissez le score de l&apos;énoncé coché dans chaque section&#xa0;: le premier énoncé vaut 0, le dernier 5. Si deux énoncés sont cochés, saisissez le plus élevé. Laissez une section sans réponse si le patient l&apos;a sautée. Le texte de l&apos;ODI est sous licence et n&apos;est pas fourni avec Gradus&#xa0;; utilisez le formulaire du cabinet.</translation>
    </message>
    <message>
        <source>Tick each statement the patient ticked today.</source>
        <translation>Cochez chaque énoncé que le patient a coché aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Record the patient&apos;s answer to each item of the clinic&apos;s STarT Back form (© Keele University; the wording is not shipped). Items 1-8: agree or disagree. Item 9: how bothersome, 1-5.</source>
        <translation>Enregistrez la réponse du patient à chaque item du formulaire STarT Back du cabinet (© Keele University&#xa0;; le texte n&apos;est pas fourni). Items 1-8&#xa0;: d&apos;accord ou pas d&apos;accord. Item 9&#xa0;: degré de gêne, 1-5.</translation>
    </message>
    <message>
        <source>Re-rate the activities named at the start of this episode: 0 = unable to do, 10 = able to do as before the problem.</source>
        <translation>Recotez les activités nommées au début de cet épisode&#xa0;: 0 = incapable de la faire, 10 = capable de la faire comme avant le problème.</translation>
    </message>
    <message>
        <source>Ask the patient for 3 to 5 activities they find hard because of the problem, in their words, and to rate each: 0 = unable to do, 10 = able to do as before. Later visits re-rate the same activities.</source>
        <translation>Demandez au patient 3 à 5 activités difficiles pour lui à cause du problème, avec ses mots, et de coter chacune&#xa0;: 0 = incapable de la faire, 10 = capable de la faire comme avant. Les consultations suivantes recotent les mêmes activités.</translation>
    </message>
    <message>
        <source>Record the answer to each item of the clinic&apos;s TSK-17 form (1 strongly disagree – 4 strongly agree). Items 4, 8, 12 and 16 are reversed in the score automatically.</source>
        <translation>Enregistrez la réponse à chaque item du formulaire TSK-17 du cabinet (1 pas du tout d&apos;accord – 4 tout à fait d&apos;accord). Les items 4, 8, 12 et 16 sont inversés automatiquement dans le score.</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>strongly disagree</source>
        <translation>pas du tout d&apos;accord</translation>
    </message>
    <message>
        <source>disagree</source>
        <translation>plutôt pas d&apos;accord</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>plutôt d&apos;accord</translation>
    </message>
    <message>
        <source>strongly agree</source>
        <translation>tout à fait d&apos;accord</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source> (reversed)</source>
        <translation> (inversé)</translation>
    </message>
    <message>
        <source>Item %1: agree</source>
        <translation>Item %1&#xa0;: d&apos;accord</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>pas du tout</translation>
    </message>
    <message>
        <source>slightly</source>
        <translation>un peu</translation>
    </message>
    <message>
        <source>moderately</source>
        <translation>moyennement</translation>
    </message>
    <message>
        <source>very much</source>
        <translation>beaucoup</translation>
    </message>
    <message>
        <source>extremely</source>
        <translation>extrêmement</translation>
    </message>
    <message>
        <source>Item 9 (bothersomeness)</source>
        <translation>Item 9 (degré de gêne)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Rating (0-10)</source>
        <translation>Cotation (0-10)</translation>
    </message>
    <message>
        <source>Add Activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <source>Activity %1, in the patient&apos;s words</source>
        <translation>Activité %1, avec les mots du patient</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Activité %1</translation>
    </message>
    <message>
        <source>Rating of activity %1 (0 = unable, 10 = as before)</source>
        <translation>Cotation de l&apos;activité %1 (0 = incapable, 10 = comme avant)</translation>
    </message>
</context>
<context>
    <name>gradus::MeasureTableModel</name>
    <message>
        <source>Answers by item: %1</source>
        <translation>Réponses par item&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band or group</source>
        <translation>Classe ou groupe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>gradus::OpenDatabaseDialog</name>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>A database &amp;file on this computer</source>
        <translation>Un &amp;fichier de base de données sur cet ordinateur</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>/home/…/clinic.sqlite</source>
        <translation>/home/…/clinic.sqlite</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>The clinic&apos;s &amp;server</source>
        <translation>Le &amp;serveur du cabinet</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>A password can be part of the address or in ~/.pgpass; recent databases are remembered without it.</source>
        <translation>Un mot de passe peut figurer dans l&apos;adresse ou dans ~/.pgpass&#xa0;; les bases de données récentes sont mémorisées sans lui.</translation>
    </message>
    <message>
        <source>Gradus database (*.sqlite *.db);;All files (*)</source>
        <translation>Base de données Gradus (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Give the database file.</source>
        <translation>Indiquez le fichier de base de données.</translation>
    </message>
    <message>
        <source>Give the server&apos;s address.</source>
        <translation>Indiquez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Il n&apos;y a pas de fichier à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>A server address starts with postgresql://, for example postgresql://gradus@clinic-server:5432/gradus.</source>
        <translation>Une adresse de serveur commence par postgresql://, par exemple postgresql://gradus@clinic-server:5432/gradus.</translation>
    </message>
</context>
<context>
    <name>gradus::OutcomesExportDialog</name>
    <message>
        <source>Export Outcomes</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>A table (CSV, for a spreadsheet or statistics program) of every patient&apos;s pain, activity and questionnaire scores, one row per value. It has record numbers but no names, notes or birth dates.</source>
        <translation>Un tableau (CSV, pour un tableur ou un logiciel de statistiques) des scores de douleur, d&apos;activité et des questionnaires de tous les patients, une ligne par valeur. Il contient les numéros d&apos;enregistrement, mais ni noms, ni notes, ni dates de naissance.</translation>
    </message>
    <message>
        <source>&amp;De-identify for research</source>
        <translation>Pseudonymiser pour la &amp;recherche</translation>
    </message>
    <message>
        <source>Each patient becomes a study number with an age band; every date moves by a secret number of days per patient (intervals stay true); record numbers and the activity names patients gave are left out.</source>
        <translation>Chaque patient devient un numéro d&apos;étude avec une tranche d&apos;âge&#xa0;; chaque date est décalée d&apos;un nombre secret de jours propre à chaque patient (les intervalles restent exacts)&#xa0;; les numéros d&apos;enregistrement et les noms d&apos;activités donnés par les patients sont omis.</translation>
    </message>
</context>
<context>
    <name>gradus::PacingPlanDialog</name>
    <message>
        <source>New Graded Activity Plan</source>
        <translation>Nouveau plan d&apos;activité graduée</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: measure how much the patient can do before pain rises, about three times, then set the goal. The plan starts below the measured tolerance and adds the same amount every week, whether or not there is pain (time-contingent).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: mesurez ce que le patient peut faire avant que la douleur n&apos;augmente, environ trois fois, puis fixez l&apos;objectif. Le plan commence sous la tolérance mesurée et ajoute la même quantité chaque semaine, que la douleur soit présente ou non (fixé dans le temps).</translation>
    </message>
    <message>
        <source>e.g. 10, 12, 11</source>
        <translation>p. ex. 10, 12, 11</translation>
    </message>
    <message>
        <source>Tolerance attempts (%1):</source>
        <translation>Essais de tolérance (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Daily goal:</source>
        <translation>Objectif quotidien&#xa0;:</translation>
    </message>
    <message>
        <source> % of mean tolerance</source>
        <translation> % de la tolérance moyenne</translation>
    </message>
    <message>
        <source>Start at:</source>
        <translation>Commencer à&#xa0;:</translation>
    </message>
    <message>
        <source> % of the start, each week</source>
        <translation> % du départ, chaque semaine</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Ajouter&#xa0;:</translation>
    </message>
    <message>
        <source>Bouts a day:</source>
        <translation>Fractions par jour&#xa0;:</translation>
    </message>
    <message>
        <source>Week 1 starts:</source>
        <translation>Début de la semaine 1&#xa0;:</translation>
    </message>
    <message>
        <source>Create Plan</source>
        <translation>Créer le plan</translation>
    </message>
    <message>
        <source>The plan reaches the goal in its first week.</source>
        <translation>Le plan atteint l&apos;objectif dès la première semaine.</translation>
    </message>
    <message>
        <source>The plan reaches the goal in week %1.</source>
        <translation>Le plan atteint l&apos;objectif en semaine %1.</translation>
    </message>
    <message>
        <source>The programme&apos;s dose of %1 already matches week 1: %2.</source>
        <translation>La dose de %1 dans le programme correspond déjà à la semaine 1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Saving also changes the programme&apos;s dose of %1 from %2 to %3 (week 1).</source>
        <translation>L&apos;enregistrement change aussi la dose de %1 dans le programme, de %2 à %3 (semaine 1).</translation>
    </message>
</context>
<context>
    <name>gradus::PacingPrescriptionModel</name>
    <message>
        <source>No plan</source>
        <translation>Pas de plan</translation>
    </message>
    <message>
        <source>Week %1 of %2: %3 a day</source>
        <translation>Semaine %1 sur %2&#xa0;: %3 par jour</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Dose in the programme</source>
        <translation>Dose dans le programme</translation>
    </message>
    <message>
        <source>Graded activity plan</source>
        <translation>Plan d&apos;activité graduée</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation>Le plan n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gradus::PacingReviewDialog</name>
    <message>
        <source>Pacing Review</source>
        <translation>Réévaluation des plans d&apos;activité</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the visit is saved. For each graded activity plan, this is what the visits recorded since its last review suggest. You decide: accept the proposal, or override it with a reason. A change of dose becomes a new version of the programme.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: la consultation est enregistrée. Pour chaque plan d&apos;activité graduée, voici ce que suggèrent les consultations enregistrées depuis sa dernière réévaluation. C&apos;est vous qui décidez&#xa0;: acceptez la proposition, ou passez outre avec un motif. Un changement de dose devient une nouvelle version du programme.</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Exercice %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: week %2 of the plan, %3 a day</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: semaine %2 du plan, %3 par jour</translation>
    </message>
    <message>
        <source>No visit has been recorded since the last decision on this plan.</source>
        <translation>Aucune consultation n&apos;a été enregistrée depuis la dernière décision sur ce plan.</translation>
    </message>
    <message>
        <source>Based on the visit of %1, the first since the last decision.</source>
        <translation>D&apos;après la consultation du %1, la première depuis la dernière décision.</translation>
    </message>
    <message numerus="yes">
        <source>Based on the %1 visits since the last decision: %2.</source>
        <translation>
            <numerusform>D&apos;après la %1 consultation depuis la dernière décision&#xa0;: %2.</numerusform>
            <numerusform>D&apos;après les %1 consultations depuis la dernière décision&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation>Enregistré. %1</translation>
    </message>
</context>
<context>
    <name>gradus::PacingScheduleChart</name>
    <message>
        <source>Planned daily quota</source>
        <translation>Quota prévu</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Daily quota (%1)</source>
        <translation>Quota quotidien (%1)</translation>
    </message>
    <message>
        <source>Daily quota</source>
        <translation>Quota quotidien</translation>
    </message>
</context>
<context>
    <name>gradus::PacingScheduleModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 × %2 %3</source>
        <translation>%1 × %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Week %1: %2 a day</source>
        <translation>Semaine %1&#xa0;: %2 par jour</translation>
    </message>
    <message>
        <source> (+%1)</source>
        <translation> (+%1)</translation>
    </message>
    <message>
        <source>; the goal</source>
        <translation>&#xa0;; l&apos;objectif</translation>
    </message>
    <message>
        <source>; done: %1</source>
        <translation>&#xa0;; fait&#xa0;: %1</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Daily quota</source>
        <translation>Quota quotidien</translation>
    </message>
    <message>
        <source>Bouts</source>
        <translation>Fractions</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
</context>
<context>
    <name>gradus::PacingScheduleView</name>
    <message>
        <source>No graded activity plan yet: measure tolerance over a few attempts and set a goal to see the weeks here.</source>
        <translation>Pas encore de plan d&apos;activité graduée&#xa0;: mesurez la tolérance sur quelques essais et fixez un objectif pour voir les semaines ici.</translation>
    </message>
    <message>
        <source>Graded activity plan: %1 a day, the goal, from week 1</source>
        <translation>Plan d&apos;activité graduée&#xa0;: %1 par jour, l&apos;objectif, dès la semaine 1</translation>
    </message>
    <message>
        <source>Graded activity plan: %1 to %2 a day in %3 weeks</source>
        <translation>Plan d&apos;activité graduée&#xa0;: de %1 à %2 par jour en %3 semaines</translation>
    </message>
</context>
<context>
    <name>gradus::PacingTab</name>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <source>Make a graded activity plan for the selected exercise from the patient&apos;s measured tolerance</source>
        <translation>Établir un plan d&apos;activité graduée pour l&apos;exercice sélectionné à partir de la tolérance mesurée du patient</translation>
    </message>
    <message>
        <source>No programme yet. Build one on the Programme tab; then its exercises can be given a graded activity plan here.</source>
        <translation>Pas encore de programme. Créez-en un dans l&apos;onglet Programme&#xa0;; ses exercices pourront ensuite recevoir ici un plan d&apos;activité graduée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, version %2 (%3). Select an exercise to see its plan, or give a walking, timed or counted exercise a plan with &lt;i&gt;New Plan…&lt;/i&gt;. Reviews are proposed when a visit is recorded.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, version %2 (%3). Sélectionnez un exercice pour voir son plan, ou donnez un plan à un exercice de marche, chronométré ou compté avec &lt;i&gt;Nouveau plan…&lt;/i&gt;. Les réévaluations sont proposées à l&apos;enregistrement d&apos;une consultation.</translation>
    </message>
    <message>
        <source>given to the patient</source>
        <translation>remis au patient</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Exercice %1</translation>
    </message>
    <message>
        <source>%1 has no graded activity plan.</source>
        <translation>%1 n&apos;a pas de plan d&apos;activité graduée.</translation>
    </message>
    <message>
        <source>%1 has no plan; only doses counted in minutes, repetitions, holds or metres can be graded.</source>
        <translation>%1 n&apos;a pas de plan&#xa0;; seules les doses comptées en minutes, répétitions, maintiens ou mètres peuvent être graduées.</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>aucun quota</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; to %3, as proposed</source>
        <translation>%1&#xa0;: &lt;b&gt;%2&lt;/b&gt; (%3), comme proposé</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; to %3 instead of the proposed %4. Reason: %5</source>
        <translation>%1&#xa0;: &lt;b&gt;%2&lt;/b&gt; (%3) au lieu de la proposition «&#xa0;%4&#xa0;». Motif&#xa0;: %5</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>… and %1 earlier (all are kept).</source>
        <translation>… et %1 plus anciennes (toutes sont conservées).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now:&lt;/b&gt; week %1 of the plan, %2 a day.</source>
        <translation>&lt;b&gt;Actuellement&#xa0;:&lt;/b&gt; semaine %1 du plan, %2 par jour.</translation>
    </message>
    <message>
        <source> By the dates in the table it would be week %1, but the plan moves on only when a review finds the step tolerated: the step counts, the dates are a guide.</source>
        <translation> D&apos;après les dates du tableau, ce serait la semaine %1, mais le plan n&apos;avance que lorsqu&apos;une réévaluation constate que le palier est toléré&#xa0;: c&apos;est le palier qui compte, les dates sont indicatives.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review decisions&lt;/b&gt;&lt;br&gt;None yet: the first review is proposed when the next visit is recorded.</source>
        <translation>&lt;b&gt;Décisions de réévaluation&lt;/b&gt;&lt;br&gt;Aucune pour l&apos;instant&#xa0;: la première réévaluation est proposée à l&apos;enregistrement de la prochaine consultation.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review decisions&lt;/b&gt;, newest first&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Décisions de réévaluation&lt;/b&gt;, de la plus récente à la plus ancienne&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Select an exercise first.</source>
        <translation>Sélectionnez d&apos;abord un exercice.</translation>
    </message>
    <message>
        <source>Plan Not Saved</source>
        <translation>Plan non enregistré</translation>
    </message>
    <message>
        <source>Graded activity plan saved. %1</source>
        <translation>Plan d&apos;activité graduée enregistré. %1</translation>
    </message>
    <message>
        <source>Graded activity plans</source>
        <translation>Plans d&apos;activité graduée</translation>
    </message>
    <message>
        <source>&lt;b&gt;The patient&apos;s programme could not be read&lt;/b&gt;, so its exercises and plans are not shown here. Cause: %1</source>
        <translation>&lt;b&gt;Le programme du patient n&apos;a pas pu être lu&lt;/b&gt;, ses exercices et ses plans ne sont donc pas affichés ici. Cause&#xa0;: %1</translation>
    </message>
    <message>
        <source>The plan could not be read, so its weeks cannot be shown.</source>
        <translation>Le plan n&apos;a pas pu être lu, ses semaines ne peuvent donc pas être affichées.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The graded activity plan of %1 could not be read&lt;/b&gt;, so whether it has one is not known. New Plan is unavailable until it can be read. Cause: %2</source>
        <translation>&lt;b&gt;Le plan d&apos;activité graduée de %1 n&apos;a pas pu être lu&lt;/b&gt;, on ne sait donc pas s&apos;il en a un. «&#xa0;Nouveau plan&#xa0;» reste indisponible tant qu&apos;il ne peut pas être lu. Cause&#xa0;: %2</translation>
    </message>
    <message>
        <source>The weeks of this plan cannot be worked out: %1</source>
        <translation>Les semaines de ce plan ne peuvent pas être calculées&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;&lt;b&gt;What was done could not be read&lt;/b&gt;, so the Done column and the chart show nothing done. Cause: %1</source>
        <translation>&lt;br&gt;&lt;br&gt;&lt;b&gt;Ce qui a été fait n&apos;a pas pu être lu&lt;/b&gt;, la colonne Fait et le graphique n&apos;affichent donc rien de fait. Cause&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review decisions could not be read&lt;/b&gt;, so how the plan came to its current step is not shown. Cause: %1</source>
        <translation>&lt;b&gt;Les décisions de révision n&apos;ont pas pu être lues&lt;/b&gt;, on ne voit donc pas comment le plan est arrivé à son palier actuel. Cause&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gradus::PatientDetailsTab</name>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Prénom d&apos;usage</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Clinic number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Adressé par</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (%2 ans)</translation>
    </message>
    <message>
        <source>Created %1
Last changed %2</source>
        <translation>Créé le %1
Dernière modification le %2</translation>
    </message>
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
        <source>New Patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>&amp;Given name *</source>
        <translation>&amp;Prénom *</translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation>&amp;Nom de famille *</translation>
    </message>
    <message>
        <source>&amp;Preferred name</source>
        <translation>Prénom d&apos;&amp;usage</translation>
    </message>
    <message>
        <source>&amp;Date of birth *</source>
        <translation>&amp;Date de naissance *</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexe</translation>
    </message>
    <message>
        <source>Clinic &amp;number</source>
        <translation>Numéro de doss&amp;ier</translation>
    </message>
    <message>
        <source>Contact and referral</source>
        <translation>Contact et adressage</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>Adressé pa&amp;r</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>%1 — age %2</source>
        <translation>%1 — %2 ans</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; type it as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>&apos;%1&apos; n&apos;est pas une date&#xa0;; saisissez-la au format YYYY-MM-DD ou DD.MM.YYYY.</translation>
    </message>
    <message>
        <source>The clinic number %1 is already used by %2.</source>
        <translation>Le numéro de dossier %1 est déjà attribué à %2.</translation>
    </message>
    <message>
        <source>another patient</source>
        <translation>un autre patient</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>The language of handouts for this patient. When it is not recorded, handouts are in the language of Gradus.</source>
        <translation>La langue des fiches de ce patient. Si elle n&apos;est pas renseignée, les fiches sont dans la langue de Gradus.</translation>
    </message>
    <message>
        <source>Handout &amp;language</source>
        <translation>&amp;Langue des fiches</translation>
    </message>
</context>
<context>
    <name>gradus::PatientListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
    <message>
        <source>Archived: hidden from the list unless &quot;Show archived&quot; is ticked.</source>
        <translation>Archivé&#xa0;: masqué de la liste sauf si «&#xa0;Afficher les archivés&#xa0;» est coché.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Clinic no.</source>
        <translation>N° de dossier</translation>
    </message>
</context>
<context>
    <name>gradus::PatientProgressView</name>
    <message>
        <source>Record Visit…</source>
        <translation>Enregistrer une consultation…</translation>
    </message>
    <message>
        <source>Record Measure…</source>
        <translation>Enregistrer une mesure…</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Correct the selected visit or measure; the original is kept</source>
        <translation>Corriger la consultation ou la mesure sélectionnée&#xa0;; l&apos;original est conservé</translation>
    </message>
    <message>
        <source>Save Progress Report as PDF…</source>
        <translation>Rapport d&apos;évolution en PDF…</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Outcome Measures</source>
        <translation>Mesures de résultat</translation>
    </message>
    <message>
        <source>Show entries marked as entered in error</source>
        <translation>Afficher les entrées marquées comme saisies par erreur</translation>
    </message>
    <message>
        <source>History of the selected entry</source>
        <translation>Historique de l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Change since the first visit</source>
        <translation>Évolution depuis la première consultation</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, né(e) le %2</translation>
    </message>
    <message>
        <source>Patient %1 not found</source>
        <translation>Patient %1 introuvable</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>Aucun patient sélectionné</translation>
    </message>
    <message>
        <source>No visits recorded yet.</source>
        <translation>Aucune consultation enregistrée pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%1 visits from %2 to %3 · %4 outcome measures</source>
        <translation>
            <numerusform>%1 consultation du %2 au %3 · %4 mesures de résultat</numerusform>
            <numerusform>%1 consultations du %2 au %3 · %4 mesures de résultat</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a visit to see what was recorded, and every correction with who, when and why.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sélectionnez une consultation pour voir ce qui a été enregistré, et chaque correction avec son auteur, sa date et son motif.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a measure to see its answers and history.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sélectionnez une mesure pour voir ses réponses et son historique.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No patient is selected.</source>
        <translation>Aucun patient n&apos;est sélectionné.</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>marche</translation>
    </message>
    <message>
        <source>Visit Not Saved</source>
        <translation>Consultation non enregistrée</translation>
    </message>
    <message>
        <source>Measure Not Saved</source>
        <translation>Mesure non enregistrée</translation>
    </message>
    <message>
        <source>Amendment Not Saved</source>
        <translation>Correction non enregistrée</translation>
    </message>
    <message>
        <source>Progress report %1 %2.pdf</source>
        <translation>Rapport d&apos;évolution %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save Progress Report as PDF</source>
        <translation>Enregistrer le rapport d&apos;évolution en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <source>Saving the progress report…</source>
        <translation>Enregistrement du rapport d&apos;évolution…</translation>
    </message>
    <message>
        <source>The visits and measures could not be read, so none are shown and there is nothing to compare. Cause: %1</source>
        <translation>Les visites et les mesures n&apos;ont pas pu être lues&#xa0;: aucune n&apos;est affichée et il n&apos;y a rien à comparer. Cause&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gradus::PatientView</name>
    <message>
        <source>Choose a patient from the list, or press Ctrl+N to add one.</source>
        <translation>Choisissez un patient dans la liste, ou appuyez sur Ctrl+N pour en ajouter un.</translation>
    </message>
    <message>
        <source>ARCHIVED</source>
        <translation>ARCHIVÉ</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change this patient&apos;s details</source>
        <translation>Modifier les informations de ce patient</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete this patient and all their records permanently</source>
        <translation>Supprimer définitivement ce patient et toutes ses données</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Dé&amp;tails</translation>
    </message>
    <message>
        <source>E&amp;pisodes &amp;&amp; profile</source>
        <translation>Épi&amp;sodes et profil</translation>
    </message>
    <message>
        <source>%1 · onset %2 wk ago</source>
        <translation>%1 · début il y a %2 sem.</translation>
    </message>
    <message>
        <source>No active conditions recorded.</source>
        <translation>Aucun état clinique actif enregistré.</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>clinic no. %1</source>
        <translation>dossier n° %1</translation>
    </message>
    <message>
        <source>given name %1</source>
        <translation>prénom %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Resta&amp;urer</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Archi&amp;ver</translation>
    </message>
    <message>
        <source>Show this patient in the list again</source>
        <translation>Afficher à nouveau ce patient dans la liste</translation>
    </message>
    <message>
        <source>Hide this patient from the list; nothing is deleted</source>
        <translation>Masquer ce patient dans la liste&#xa0;; rien n&apos;est supprimé</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Dossier de %1 enregistré.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Archived %1. Undo with Ctrl+Z.</source>
        <translation>Dossier de %1 archivé. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Dossier de %1 restauré.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <source>Deleted %1 permanently.</source>
        <translation>Dossier de %1 supprimé définitivement.</translation>
    </message>
    <message>
        <source>No open episode of care.</source>
        <translation>Aucun épisode de soins ouvert.</translation>
    </message>
    <message>
        <source>Your changes were not saved; the record keeps the other desk&apos;s version. Cancel to close this window.</source>
        <translation>Vos modifications n&apos;ont pas été enregistrées&#xa0;; le dossier conserve la version de l&apos;autre poste. Choisissez «&#xa0;Annuler&#xa0;» pour fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>Treat the patient&apos;s conditions as unknown. Cause: %1</source>
        <translation>Considérez les états cliniques du patient comme inconnus. Cause&#xa0;: %1</translation>
    </message>
    <message>
        <source>The episode of care could not be read.</source>
        <translation>L&apos;épisode de soins n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The conditions could not be read.</source>
        <translation>Les états cliniques n&apos;ont pas pu être lus.</translation>
    </message>
</context>
<context>
    <name>gradus::PatientsPage</name>
    <message>
        <source>Find Patient</source>
        <translation>Rechercher un patient</translation>
    </message>
    <message>
        <source>New Patient…</source>
        <translation>Nouveau patient…</translation>
    </message>
    <message>
        <source>Search name, clinic no. or date of birth (Ctrl+F)</source>
        <translation>Nom, n° de dossier ou date de naissance (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archivés</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 listed</source>
        <translation>
            <numerusform>Affichés&#xa0;: %1</numerusform>
            <numerusform>Affichés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No patients yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add your first patient, or create fictional demo patients to try Gradus.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucun patient pour l&apos;instant&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ajoutez votre premier patient, ou créez des patients de démonstration fictifs pour essayer Gradus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add a Patient…</source>
        <translation>Ajouter un patient…</translation>
    </message>
    <message>
        <source>Create Demo Patients…</source>
        <translation>Créer des patients de démonstration…</translation>
    </message>
    <message>
        <source>&amp;New Patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>Add a patient (Ctrl+N)</source>
        <translation>Ajouter un patient (Ctrl+N)</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Dossier de %1 créé.</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 demo patients.</source>
        <translation>
            <numerusform>%1 patient de démonstration créé.</numerusform>
            <numerusform>%1 patients de démonstration créés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Rechercher des patients</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>gradus::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Cabinet</translation>
    </message>
    <message>
        <source>&amp;Handouts</source>
        <translation>&amp;Fiches</translation>
    </message>
    <message>
        <source>&amp;Pacing &amp;&amp; Red Flags</source>
        <translation>&amp;Gestion de l&apos;activité et drapeaux rouges</translation>
    </message>
    <message>
        <source>This &amp;Desk</source>
        <translation>Ce &amp;poste</translation>
    </message>
    <message>
        <source>Printed at the top of every handout. These settings are kept in the database, so every desk that uses it prints the same.</source>
        <translation>Imprimé en haut de chaque fiche. Ces paramètres sont conservés dans la base de données&#xa0;: chaque poste qui l&apos;utilise imprime donc la même chose.</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nom du cabinet&#xa0;:</translation>
    </message>
    <message>
        <source>Riverside Physiotherapy</source>
        <translation>Cabinet de kinésithérapie du Parc</translation>
    </message>
    <message>
        <source>12 Mill Lane
Exampleton EX1 2AB</source>
        <translation>12 rue du Moulin
75000 Exempleville</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>01234 567890</source>
        <translation>01 23 45 67 89</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>desk@clinic.example</source>
        <translation>accueil@cabinet.example</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Site web&#xa0;:</translation>
    </message>
    <message>
        <source>www.clinic.example</source>
        <translation>www.cabinet.example</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>A PNG or SVG image of at most 1 MB; SVG prints sharpest</source>
        <translation>Une image PNG ou SVG de 1 Mo au plus&#xa0;; le SVG s&apos;imprime avec le plus de netteté</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>F&amp;ormat de papier&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Handout &amp;language:</source>
        <translation>&amp;Langue des fiches&#xa0;:</translation>
    </message>
    <message>
        <source>The language is used when a handout is made without choosing one. Where a translation is not available yet, the handout is printed in English and Gradus says so.</source>
        <translation>Cette langue est utilisée quand une fiche est créée sans en choisir une. Si une traduction n&apos;est pas encore disponible, la fiche est imprimée en anglais et Gradus le signale.</translation>
    </message>
    <message>
        <source>Conventions, not trial results: sources differ, and a clinic may choose its own. They apply to new plans and reviews at every desk; plans already made keep their numbers.</source>
        <translation>Des conventions, pas des résultats d&apos;essais&#xa0;: les sources divergent, et un cabinet peut choisir les siennes. Elles s&apos;appliquent aux nouveaux plans et aux réévaluations sur tous les postes&#xa0;; les plans déjà créés gardent leurs valeurs.</translation>
    </message>
    <message>
        <source>%1 to %2; Gradus suggests %3</source>
        <translation>%1 à %2&#xa0;; Gradus suggère %3</translation>
    </message>
    <message>
        <source>Graded activity (pacing)</source>
        <translation>Activité graduée (gestion de l&apos;activité)</translation>
    </message>
    <message>
        <source>Red-flag screen</source>
        <translation>Dépistage des drapeaux rouges</translation>
    </message>
    <message>
        <source>Restore &amp;Suggested Values</source>
        <translation>Restaurer les valeurs &amp;suggérées</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>Recorded as who made an entry (visits, decisions, kept exercises) and printed on handouts as the patient&apos;s physiotherapist. It is kept on this computer for your account only; left empty, your account&apos;s name is used.</source>
        <translation>Enregistré comme auteur d&apos;une saisie (consultations, décisions, exercices conservés) et imprimé sur les fiches comme kinésithérapeute du patient. Il est conservé sur cet ordinateur, pour votre compte uniquement&#xa0;; s&apos;il est laissé vide, le nom de votre compte est utilisé.</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Fichier de paramètres&#xa0;: %1</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Handouts are printed without a logo.</source>
        <translation>Les fiches sont imprimées sans logo.</translation>
    </message>
    <message>
        <source>%1 image, %2 × %3, %4 KB</source>
        <translation>Image %1, %2 × %3, %4 Ko</translation>
    </message>
    <message>
        <source>Choose the Clinic&apos;s Logo</source>
        <translation>Choisir le logo du cabinet</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Images (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>gradus::PrescriptionDelegate</name>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Note for the patient</source>
        <translation>Note pour le patient</translation>
    </message>
    <message>
        <source>Printed on the handout under the exercise</source>
        <translation>Imprimée sur la fiche sous l&apos;exercice</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeActionsBar</name>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Give this version to the patient; the previous active version is kept as superseded</source>
        <translation>Remettre cette version au patient&#xa0;; la version active précédente est conservée comme version remplacée</translation>
    </message>
    <message>
        <source>&amp;Handout…</source>
        <translation>&amp;Fiche patient…</translation>
    </message>
    <message>
        <source>Preview, print or save the patient&apos;s handout for this version</source>
        <translation>Prévisualiser, imprimer ou enregistrer la fiche patient de cette version</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Version %1 — %2 — %3</source>
        <translation>Version %1 — %2 — %3</translation>
    </message>
    <message>
        <source>Exercise programme</source>
        <translation>Programme d&apos;exercices</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>New draft programme started.</source>
        <translation>Nouveau programme brouillon commencé.</translation>
    </message>
    <message>
        <source>New programme from a template</source>
        <translation>Nouveau programme à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>New draft programme from the template.</source>
        <translation>Nouveau programme brouillon à partir du modèle.</translation>
    </message>
    <message>
        <source>There are no templates yet.</source>
        <translation>Il n&apos;y a pas encore de modèle.</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>Nouveau à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Saved as the template &quot;%1&quot;.</source>
        <translation>Enregistré comme modèle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Version %1 is now the patient&apos;s active programme.</source>
        <translation>La version %1 est maintenant le programme actif du patient.</translation>
    </message>
    <message>
        <source>&amp;New Programme</source>
        <translation>&amp;Nouveau programme</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Depuis un &amp;modèle…</translation>
    </message>
    <message>
        <source>Save as Te&amp;mplate…</source>
        <translation>Enregistrer comme mo&amp;dèle…</translation>
    </message>
    <message>
        <source>Ca&amp;lendar Reminders…</source>
        <translation>Rappels de ca&amp;lendrier…</translation>
    </message>
    <message>
        <source>Save this version&apos;s exercise times as a calendar file for the patient&apos;s phone</source>
        <translation>Enregistrer les heures d&apos;exercice de cette version dans un fichier de calendrier pour le téléphone du patient</translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation>%1 (règle %2)</translation>
    </message>
    <message numerus="yes">
        <source>Not given to the patient: %1 to be avoided for this patient, and no reason to keep it is recorded. Swap in a safer exercise, or select the finding below and choose Keep with a Reason….</source>
        <translation>
            <numerusform>Non remis au patient&#xa0;: %1 est à éviter pour ce patient, et aucun motif de le conserver n&apos;est enregistré. Remplacez-le par un exercice plus sûr, ou sélectionnez le constat ci-dessous et choisissez «&#xa0;Conserver avec un motif…&#xa0;».</numerusform>
            <numerusform>Non remis au patient&#xa0;: %1 sont à éviter pour ce patient, et aucun motif de les conserver n&apos;est enregistré. Remplacez-les par des exercices plus sûrs, ou sélectionnez le constat ci-dessous et choisissez «&#xa0;Conserver avec un motif…&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme version</source>
        <translation>Version du programme</translation>
    </message>
    <message>
        <source>Version %1 (the other versions could not be read)</source>
        <translation>Version %1 (les autres versions n&apos;ont pas pu être lues)</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeActivateCommand</name>
    <message>
        <source>Activate version %1</source>
        <translation>Activer la version %1</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeBuilderView</name>
    <message>
        <source>An earlier version: read-only.</source>
        <translation>Version antérieure&#xa0;: lecture seule.</translation>
    </message>
    <message>
        <source>This is an earlier version and cannot be changed.</source>
        <translation>C&apos;est une version antérieure&#xa0;; elle ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>Version %1 is being prepared and is shown now; make the change there.</source>
        <translation>La version %1 est en préparation et est maintenant affichée&#xa0;; faites la modification dans celle-ci.</translation>
    </message>
    <message>
        <source>Version %1 is active and stays as the patient has it; your changes are in the new draft, version %2.</source>
        <translation>La version %1 est active et reste telle que le patient l&apos;a reçue&#xa0;; vos modifications sont dans le nouveau brouillon, version %2.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n exercises</source>
        <translation>
            <numerusform>Ajouter %n exercice</numerusform>
            <numerusform>Ajouter %n exercices</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Enlever %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n exercises</source>
        <translation>
            <numerusform>Déplacer %n exercice</numerusform>
            <numerusform>Déplacer %n exercices</numerusform>
        </translation>
    </message>
    <message>
        <source>Change dose of %1</source>
        <translation>Modifier la dose de %1</translation>
    </message>
    <message>
        <source>Replace %1 with %2</source>
        <translation>Remplacer %1 par %2</translation>
    </message>
    <message>
        <source>Change programme details</source>
        <translation>Modifier les informations du programme</translation>
    </message>
    <message>
        <source>exercise %1</source>
        <translation>exercice %1</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeDetailsForm</name>
    <message>
        <source>What the patient wants to be able to do</source>
        <translation>Ce que le patient veut pouvoir faire</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Réévaluation&#xa0;:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de réévaluation</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeExercisePicker</name>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Rechercher des exercices</translation>
    </message>
    <message>
        <source>Double-click, press Enter or drag onto the programme to add</source>
        <translation>Double-cliquez, appuyez sur Entrée ou faites glisser sur le programme pour ajouter</translation>
    </message>
    <message>
        <source>Exercises to add</source>
        <translation>Exercices à ajouter</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeExportDialog</name>
    <message>
        <source>Export Programme</source>
        <translation>Exporter le programme</translation>
    </message>
    <message>
        <source>Gradus programme (*.json)</source>
        <translation>Programme Gradus (*.json)</translation>
    </message>
    <message>
        <source>A programme file another clinic (or another desk) can import with Gradus: the sections, exercises, doses and notes, and your clinic&apos;s own exercises with their pictures. It holds no patient details.</source>
        <translation>Un fichier de programme qu&apos;un autre cabinet (ou un autre poste) peut importer avec Gradus&#xa0;: les sections, les exercices, les doses et les notes, ainsi que les exercices propres à votre cabinet avec leurs images. Il ne contient aucune donnée de patient.</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — version %2 (%3)</source>
        <translation>%1 — version %2 (%3)</translation>
    </message>
    <message>
        <source>Template: %1 (built in)</source>
        <translation>Modèle&#xa0;: %1 (intégré)</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no programme or template to export.</source>
        <translation>Il n&apos;y a aucun programme ni modèle à exporter.</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objectif&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (with its picture)</source>
        <translation>%1 (avec son image)</translation>
    </message>
    <message>
        <source>Your clinic&apos;s own exercises, included: %1</source>
        <translation>Exercices propres à votre cabinet, inclus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeRowsPanel</name>
    <message>
        <source>The whole dose in a dialog, with rest, load and tempo (also a double-click). F2, typing a number or a click on the selected row&apos;s dose edits it in the table.</source>
        <translation>La dose complète dans une boîte de dialogue, avec repos, charge et tempo (aussi par double-clic). F2, la saisie d&apos;un nombre ou un clic sur la dose de la ligne sélectionnée la modifie dans le tableau.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Enlever</translation>
    </message>
    <message>
        <source>Edit &amp;Dose…</source>
        <translation>Modifier la &amp;dose…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>De&amp;scendre</translation>
    </message>
    <message>
        <source>Exercises of the programme</source>
        <translation>Exercices du programme</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeTableModel</name>
    <message>
        <source>Exercise %1</source>
        <translation>Exercice %1</translation>
    </message>
    <message>
        <source>Note for the patient, printed on the handout</source>
        <translation>Note pour le patient, imprimée sur la fiche</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>gradus::ProgressChartsWidget</name>
    <message>
        <source>No visits or outcome measures yet. Record the first visit to start the charts.</source>
        <translation>Pas encore de consultation ni de mesure de résultat. Enregistrez la première consultation pour démarrer les graphiques.</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>plus bas = meilleur</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus haut = meilleur</translation>
    </message>
    <message>
        <source>The visits and measures could not be read, so there is nothing to chart.</source>
        <translation>Les visites et les mesures n&apos;ont pas pu être lues&#xa0;: il n&apos;y a rien à représenter.</translation>
    </message>
</context>
<context>
    <name>gradus::RecordHistoryModel</name>
    <message>
        <source>Patient details</source>
        <translation>Détails du patient</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Épisode</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État clinique</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Visit entry</source>
        <translation>Élément de consultation</translation>
    </message>
    <message>
        <source>Outcome measure</source>
        <translation>Mesure de résultat</translation>
    </message>
    <message>
        <source>Outcome measure entry</source>
        <translation>Élément de mesure de résultat</translation>
    </message>
    <message>
        <source>PSFS activity</source>
        <translation>Activité PSFS</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Programme section</source>
        <translation>Section de programme</translation>
    </message>
    <message>
        <source>Prescribed exercise</source>
        <translation>Exercice prescrit</translation>
    </message>
    <message>
        <source>Safety override</source>
        <translation>Dérogation de sécurité</translation>
    </message>
    <message>
        <source>Red-flag screen</source>
        <translation>Dépistage des drapeaux rouges</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Drapeau rouge</translation>
    </message>
    <message>
        <source>Pacing plan</source>
        <translation>Plan d&apos;activité graduée</translation>
    </message>
    <message>
        <source>Pacing decision</source>
        <translation>Décision de réévaluation (activité graduée)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>gradus::RecordHistoryTab</name>
    <message>
        <source>Record history</source>
        <translation>Historique du dossier</translation>
    </message>
    <message>
        <source>No changes recorded for this patient.</source>
        <translation>Aucune modification enregistrée pour ce patient.</translation>
    </message>
    <message numerus="yes">
        <source>Every change to this patient&apos;s records, newest first, as the database recorded it (%n entries shown).</source>
        <translation>
            <numerusform>Toutes les modifications des données de ce patient, de la plus récente à la plus ancienne, telles que la base de données les a enregistrées (%n entrée affichée).</numerusform>
            <numerusform>Toutes les modifications des données de ce patient, de la plus récente à la plus ancienne, telles que la base de données les a enregistrées (%n entrées affichées).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::RedFlagBanner</name>
    <message>
        <source>screen of %1</source>
        <translation>dépistage du %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Red flags without a decision.&lt;/b&gt; Handouts are held back until you record a decision on each; a later screen does not decide an earlier flag.&lt;ul style=&quot;margin:2px&quot;&gt;%1&lt;/ul&gt;&lt;b&gt;Suggested:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Drapeaux rouges sans décision.&lt;/b&gt; Les fiches sont bloquées jusqu&apos;à ce que vous enregistriez une décision sur chacun&#xa0;; un dépistage ultérieur ne tranche pas un drapeau antérieur.&lt;ul style=&quot;margin:2px&quot;&gt;%1&lt;/ul&gt;&lt;b&gt;Conseillé&#xa0;:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;The red-flag screens could not be read.&lt;/b&gt; Treat this patient as having red flags without a decision until they can: handouts are held back. Cause: %1</source>
        <translation>&lt;b&gt;Les dépistages de drapeaux rouges n&apos;ont pas pu être lus.&lt;/b&gt; Jusqu&apos;à ce qu&apos;ils puissent l&apos;être, considérez ce patient comme ayant des drapeaux rouges sans décision&#xa0;: les fiches sont bloquées. Cause&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gradus::RedFlagDecisionDialog</name>
    <message>
        <source>You have sent the patient on for medical assessment (A&amp;E, GP or spinal team), as the tier suggests.</source>
        <translation>Vous avez adressé le patient pour une évaluation médicale (urgences, médecin traitant ou équipe du rachis), comme le suggère la catégorie.</translation>
    </message>
    <message>
        <source>You talked the flags over with a doctor, a senior colleague or the patient and agreed to carry on without referring now.</source>
        <translation>Vous avez discuté des drapeaux avec un médecin, un collègue expérimenté ou le patient, et convenu de poursuivre sans orienter le patient pour l&apos;instant.</translation>
    </message>
    <message>
        <source>On reflection the flags do not apply to this patient, for example ticked in error or an old finding already investigated.</source>
        <translation>Après réflexion, les drapeaux ne s&apos;appliquent pas à ce patient, par exemple cochés par erreur ou signe ancien déjà exploré.</translation>
    </message>
    <message>
        <source>Choose a decision first. A note is required.</source>
        <translation>Choisissez d&apos;abord une décision. Une note est obligatoire.</translation>
    </message>
    <message>
        <source>Required: where to, how urgently, and who agreed it.</source>
        <translation>Obligatoire&#xa0;: vers qui, avec quelle urgence, et qui l&apos;a accepté.</translation>
    </message>
    <message>
        <source>Required: with whom, and what you agreed to watch for.</source>
        <translation>Obligatoire&#xa0;: avec qui, et ce que vous êtes convenus de surveiller.</translation>
    </message>
    <message>
        <source>Required: why the flags do not apply.</source>
        <translation>Obligatoire&#xa0;: pourquoi les drapeaux ne s&apos;appliquent pas.</translation>
    </message>
    <message>
        <source>Record Decision on Red Flags</source>
        <translation>Enregistrer la décision sur les drapeaux rouges</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>What was decided and with whom, e.g. Discussed with Dr Lee (GP) by phone; GP to see her tomorrow.</source>
        <translation>Ce qui a été décidé et avec qui, p. ex. Discuté par téléphone avec le Dr Lee (médecin traitant)&#xa0;; le médecin la voit demain.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Note&lt;/b&gt; — what was decided and with whom</source>
        <translation>&lt;b&gt;&amp;Note&lt;/b&gt; — ce qui a été décidé et avec qui</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Décidé &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record Decision</source>
        <translation>&amp;Enregistrer la décision</translation>
    </message>
    <message>
        <source>The decision was not recorded: %1</source>
        <translation>La décision n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;These red flags have no recorded decision.&lt;/b&gt; Tick the ones this decision is about:</source>
        <translation>&lt;b&gt;Ces drapeaux rouges n&apos;ont pas de décision enregistrée.&lt;/b&gt; Cochez ceux que concerne cette décision&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — screen of %2 (%3)</source>
        <translation>%1 — dépistage du %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — suggested: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — conseillé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Handouts for this patient are held back until every flag has a decision. A decision is kept with your name and the time and cannot be changed later.</source>
        <translation>Les fiches de ce patient sont bloquées jusqu&apos;à ce que chaque drapeau ait une décision. Une décision est conservée avec votre nom et l&apos;heure, et ne peut plus être modifiée ensuite.</translation>
    </message>
</context>
<context>
    <name>gradus::RedFlagHistoryModel</name>
    <message>
        <source>None (screen clear)</source>
        <translation>Aucun (dépistage négatif)</translation>
    </message>
    <message>
        <source>No red flags were found at this screen.</source>
        <translation>Aucun drapeau rouge n&apos;a été relevé lors de ce dépistage.</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Pas encore de décision</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Thérapeute</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Drapeaux rouges</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: &lt;b&gt;no decision yet&lt;/b&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1&#xa0;: &lt;b&gt;pas encore de décision&lt;/b&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: %2, recorded by %3 on %4&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1&#xa0;: %2, enregistré par %3 le %4&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A red flag has no recorded decision.&lt;/b&gt; Handouts for this patient are held back until you record one, whatever screens come later. Double-click to record it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Un drapeau rouge n&apos;a pas de décision enregistrée.&lt;/b&gt; Les fiches de ce patient sont bloquées jusqu&apos;à ce que vous en enregistriez une, quels que soient les dépistages ultérieurs. Double-cliquez pour l&apos;enregistrer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gradus::RedFlagScreenDialog</name>
    <message>
        <source>Red-flag screen</source>
        <translation>Dépistage des drapeaux rouges</translation>
    </message>
    <message>
        <source>Tick every finding present. A red flag means raised risk, not a diagnosis: record what you decided. Handouts are held back until a positive screen has a decision.</source>
        <translation>Cochez chaque signe présent. Un drapeau rouge signale un risque accru, pas un diagnostic&#xa0;: enregistrez ce que vous avez décidé. Les fiches sont bloquées tant qu&apos;un dépistage positif n&apos;a pas de décision.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>If present: %1</source>
        <translation>Si présent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Suggested from the patient&apos;s age and the clinic&apos;s thresholds; untick if the pain is not new.</source>
        <translation>Suggéré d&apos;après l&apos;âge du patient et les seuils du cabinet&#xa0;; décochez si la douleur n&apos;est pas nouvelle.</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>&amp;Thérapeute&#xa0;:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision&#xa0;:</translation>
    </message>
    <message>
        <source>What was decided and with whom, e.g. &quot;GP informed by phone&quot;</source>
        <translation>Ce qui a été décidé et avec qui, p. ex. «&#xa0;Médecin traitant informé par téléphone&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n red flag(s) ticked.&lt;/b&gt; Record your decision and a note.</source>
        <translation>
            <numerusform>&lt;b&gt;%n drapeau rouge coché.&lt;/b&gt; Enregistrez votre décision et une note.</numerusform>
            <numerusform>&lt;b&gt;%n drapeaux rouges cochés.&lt;/b&gt; Enregistrez votre décision et une note.</numerusform>
        </translation>
    </message>
    <message>
        <source>No red flags ticked: the screen is clear.</source>
        <translation>Aucun drapeau rouge coché&#xa0;: le dépistage est négatif.</translation>
    </message>
    <message>
        <source>Name the clinician who did the screen.</source>
        <translation>Indiquez le thérapeute qui a réalisé le dépistage.</translation>
    </message>
    <message>
        <source>A red flag is ticked: choose referred, discussed or not applicable.</source>
        <translation>Un drapeau rouge est coché&#xa0;: choisissez orienté, discuté ou sans objet.</translation>
    </message>
    <message>
        <source>A red flag is ticked: add a note saying what was decided.</source>
        <translation>Un drapeau rouge est coché&#xa0;: ajoutez une note indiquant ce qui a été décidé.</translation>
    </message>
</context>
<context>
    <name>gradus::RedFlagTab</name>
    <message>
        <source>Red-flag screen</source>
        <translation>Dépistage des drapeaux rouges</translation>
    </message>
    <message>
        <source>Red-flag screen recorded.</source>
        <translation>Dépistage des drapeaux rouges enregistré.</translation>
    </message>
    <message>
        <source>&amp;Record Screen…</source>
        <translation>&amp;Enregistrer un dépistage…</translation>
    </message>
    <message>
        <source>Record &amp;Decision…</source>
        <translation>Enregistrer une &amp;décision…</translation>
    </message>
    <message>
        <source>Undecided red flags</source>
        <translation>Drapeaux rouges non tranchés</translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s) have no recorded decision. Handouts are held back until each has one. Click to open the Red flags tab.</source>
        <translation>
            <numerusform>%n drapeau rouge n&apos;a pas de décision enregistrée. Les fiches sont bloquées jusqu&apos;à ce que chacun en ait une. Cliquez pour ouvrir l&apos;onglet «&#xa0;Drapeaux rouges&#xa0;».</numerusform>
            <numerusform>%n drapeaux rouges n&apos;ont pas de décision enregistrée. Les fiches sont bloquées jusqu&apos;à ce que chacun en ait une. Cliquez pour ouvrir l&apos;onglet «&#xa0;Drapeaux rouges&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decision on %n red flag(s) recorded.</source>
        <translation>
            <numerusform>Décision enregistrée sur %n drapeau rouge.</numerusform>
            <numerusform>Décision enregistrée sur %n drapeaux rouges.</numerusform>
        </translation>
    </message>
    <message>
        <source>Red-flag screens</source>
        <translation>Dépistages des drapeaux rouges</translation>
    </message>
    <message>
        <source>Red flags could not be read</source>
        <translation>Drapeaux rouges illisibles</translation>
    </message>
    <message>
        <source>The red-flag screens could not be read: %1. Handouts are held back until they can be read.</source>
        <translation>Les dépistages de drapeaux rouges n&apos;ont pas pu être lus&#xa0;: %1. Les fiches sont bloquées jusqu&apos;à ce qu&apos;ils puissent l&apos;être.</translation>
    </message>
</context>
<context>
    <name>gradus::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>A backup is restored as a new database file and opened in a new window; the database you are using now stays as it is. The backup is checked first.</source>
        <translation>Une sauvegarde est restaurée dans un nouveau fichier de base de données et ouverte dans une nouvelle fenêtre&#xa0;; la base de données que vous utilisez actuellement reste inchangée. La sauvegarde est d&apos;abord vérifiée.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choisissez une sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Restore &amp;as:</source>
        <translation>Restaurer &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open the restored database in a new window</source>
        <translation>&amp;Ouvrir la base restaurée dans une nouvelle fenêtre</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Resta&amp;urer</translation>
    </message>
    <message>
        <source>This desk uses a clinic server; its backups are restored on the server (pg_restore). A file backup can still be restored here as a new file.</source>
        <translation>Ce poste utilise un serveur de cabinet&#xa0;; ses sauvegardes se restaurent sur le serveur (pg_restore). Une sauvegarde sous forme de fichier peut tout de même être restaurée ici dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>Choose a Backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>Gradus database (*.sqlite *.db *.bak);;All files (*)</source>
        <translation>Base de données Gradus (*.sqlite *.db *.bak);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore As</source>
        <translation>Restaurer sous</translation>
    </message>
    <message>
        <source>Gradus database (*.sqlite)</source>
        <translation>Base de données Gradus (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 patients, %2 visits, %3 programmes; saved %4 at %5; %6 MB. Database version %7 (this Gradus reads up to %8).</source>
        <translation>%1 patients, %2 consultations, %3 programmes&#xa0;; enregistrée le %4 à %5&#xa0;; %6 Mo. Version de la base de données %7 (cette version de Gradus lit jusqu&apos;à la version %8).</translation>
    </message>
    <message>
        <source>The backup passed SQLite&apos;s integrity check.</source>
        <translation>La sauvegarde a passé le contrôle d&apos;intégrité de SQLite.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or choose it with Browse… to replace it.</source>
        <translation>%1 existe déjà. Choisissez un autre nom, ou sélectionnez-le avec Parcourir… pour le remplacer.</translation>
    </message>
    <message>
        <source>Restored to %1, but a new window could not be started; open it with: gradus --database &quot;%1&quot;</source>
        <translation>Restaurée dans %1, mais une nouvelle fenêtre n&apos;a pas pu être ouverte&#xa0;; ouvrez-la avec&#xa0;: gradus --database &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Restored to %1 and opened in a new window.</source>
        <translation>Restaurée dans %1 et ouverte dans une nouvelle fenêtre.</translation>
    </message>
    <message>
        <source>Restored to %1. Open it with: gradus --database &quot;%1&quot;</source>
        <translation>Restaurée dans %1. Ouvrez-la avec&#xa0;: gradus --database &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
</context>
<context>
    <name>gradus::ReviewProposalWidget</name>
    <message>
        <source>Decide instead:</source>
        <translation>Décider plutôt&#xa0;:</translation>
    </message>
    <message>
        <source>Why you decide otherwise (required, kept with the review)</source>
        <translation>Pourquoi vous décidez autrement (obligatoire, conservé avec la réévaluation)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Passer outre…</translation>
    </message>
    <message>
        <source>No review yet: the proposal appears when a visit is recorded.</source>
        <translation>Pas encore de réévaluation&#xa0;: la proposition apparaît à l&apos;enregistrement d&apos;une consultation.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message numerus="yes">
        <source>Why (%1 rules)</source>
        <translation>
            <numerusform>Pourquoi (%1 règle)</numerusform>
            <numerusform>Pourquoi (%1 règles)</numerusform>
        </translation>
    </message>
    <message>
        <source>Also noted, outweighed by the above</source>
        <translation>Également relevé, moins prioritaire que ce qui précède</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Accepted: %1.</source>
        <translation>Proposition acceptée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Overridden: %1 instead of %2.</source>
        <translation>Dérogation&#xa0;: %1 au lieu de %2.</translation>
    </message>
    <message>
        <source>Confirm Override</source>
        <translation>Confirmer la dérogation</translation>
    </message>
    <message>
        <source>Accept Proposal</source>
        <translation>Accepter la proposition</translation>
    </message>
</context>
<context>
    <name>gradus::RevisionCells</name>
    <message>
        <source>Amended</source>
        <translation>Corrigée</translation>
    </message>
    <message>
        <source>Last amended %1 by %2: %3</source>
        <translation>Dernière correction le %1 par %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>gradus::SafetyFindingsModel</name>
    <message>
        <source>Exercise %1</source>
        <translation>Exercice %1</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Programme entier</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (conservé)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>gradus::SafetyFindingsPanel</name>
    <message>
        <source>Safety findings</source>
        <translation>Constats de sécurité</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Aucun constat</translation>
    </message>
    <message>
        <source>Keep this exercise although the rule says to avoid it; your reason is recorded with your name and the time.</source>
        <translation>Conserver cet exercice bien que la règle dise de l&apos;éviter&#xa0;; votre motif est enregistré avec votre nom et l&apos;heure.</translation>
    </message>
    <message>
        <source>Swap in</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Swap in %1</source>
        <translation>Remplacer par %1</translation>
    </message>
    <message>
        <source>Put a safer exercise in this one&apos;s place; the dose, side and note stay. Undo brings the exercise back.</source>
        <translation>Mettre un exercice plus sûr à la place de celui-ci&#xa0;; la dose, le côté et la note sont conservés. Annuler remet l&apos;exercice en place.</translation>
    </message>
    <message>
        <source>Only an &quot;avoid&quot; finding of a current programme can be kept.</source>
        <translation>Seul un exercice signalé «&#xa0;à éviter&#xa0;» dans un programme en cours peut être conservé.</translation>
    </message>
    <message>
        <source>Keep %1 with a reason</source>
        <translation>Conserver %1 avec un motif</translation>
    </message>
    <message>
        <source>&amp;Keep with a Reason…</source>
        <translation>&amp;Conserver avec un motif…</translation>
    </message>
    <message>
        <source>Keep with a Reason…</source>
        <translation>Conserver avec un motif…</translation>
    </message>
    <message>
        <source>Record &amp;Onset…</source>
        <translation>Enregistrer le &amp;début…</translation>
    </message>
    <message>
        <source>Record &amp;Weeks…</source>
        <translation>Enregistrer les &amp;semaines…</translation>
    </message>
    <message>
        <source>Select a finding to read its reason, its source and safer alternatives.</source>
        <translation>Sélectionnez un constat pour lire son motif, sa source et les alternatives plus sûres.</translation>
    </message>
    <message>
        <source>Not checked: the safety check could not run (%1). Treat every exercise as unchecked until it can.</source>
        <translation>Non vérifié&#xa0;: la vérification de sécurité n&apos;a pas pu s&apos;exécuter (%1). Considérez chaque exercice comme non vérifié jusqu&apos;à ce qu&apos;elle le puisse.</translation>
    </message>
</context>
<context>
    <name>gradus::SafetyOverrideDialog</name>
    <message>
        <source>Keep %1</source>
        <translation>Conserver %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;The safety rules say to avoid &lt;b&gt;%1&lt;/b&gt; for this patient:&lt;/p&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;It stays in the programme only with your reason, recorded with your name and the time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les règles de sécurité indiquent d&apos;éviter &lt;b&gt;%1&lt;/b&gt; pour ce patient&#xa0;:&lt;/p&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;L&apos;exercice ne reste dans le programme qu&apos;avec votre motif, enregistré avec votre nom et l&apos;heure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. Done in clinic under supervision, from a raised start</source>
        <translation>p. ex. Réalisé au cabinet sous surveillance, depuis une position de départ surélevée</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>&amp;Thérapeute&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep with This Reason</source>
        <translation>&amp;Conserver avec ce motif</translation>
    </message>
</context>
<context>
    <name>gradus::SignInDialog</name>
    <message>
        <source>When the server offers it</source>
        <translation>Si le serveur le propose</translation>
    </message>
    <message>
        <source>Always (encrypted)</source>
        <translation>Toujours (chiffrée)</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Toujours, et vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>Never (only on a trusted network)</source>
        <translation>Jamais (uniquement sur un réseau de confiance)</translation>
    </message>
    <message>
        <source>Sign In to the Clinic Server</source>
        <translation>Connexion au serveur du cabinet</translation>
    </message>
    <message>
        <source>Sign in with your own account on the clinic&apos;s database server. Everything you record is kept under this name.</source>
        <translation>Connectez-vous avec votre propre compte sur le serveur de base de données du cabinet. Tout ce que vous enregistrez est conservé sous ce nom.</translation>
    </message>
    <message>
        <source>clinic-server</source>
        <translation>clinic-server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Secure connection (&amp;TLS):</source>
        <translation>Connexion sécurisée (&amp;TLS)&#xa0;:</translation>
    </message>
    <message>
        <source>Your password is not stored on this computer.</source>
        <translation>Votre mot de passe n&apos;est pas enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask the clinic&apos;s administrator.</source>
        <translation>Le compte %1 est désactivé. Adressez-vous à l&apos;administrateur du cabinet.</translation>
    </message>
    <message>
        <source>The user name or password is not right. Check both and try again (is Caps Lock on?).</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect. Vérifiez les deux et réessayez (la touche Verr. Maj est-elle activée&#xa0;?).</translation>
    </message>
    <message>
        <source>The server %1 (port %2) cannot be reached. Check the server&apos;s name and port, and that this computer is on the clinic&apos;s network.</source>
        <translation>Impossible de joindre le serveur %1 (port %2). Vérifiez le nom et le port du serveur, et que cet ordinateur est bien sur le réseau du cabinet.</translation>
    </message>
    <message>
        <source>The server has no database named %1. Check the name with the clinic&apos;s administrator.</source>
        <translation>Le serveur n&apos;a pas de base de données nommée %1. Vérifiez le nom auprès de l&apos;administrateur du cabinet.</translation>
    </message>
    <message>
        <source>The clinic&apos;s database was last set up by a newer version of Gradus. Install that version on this computer to sign in; nothing was changed.</source>
        <translation>La base de données du cabinet a été configurée en dernier par une version plus récente de Gradus. Installez cette version sur cet ordinateur pour vous connecter&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the server could not be made. Choose another setting for the secure connection, or ask the clinic&apos;s administrator.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée (TLS) avec le serveur. Choisissez un autre réglage pour la connexion sécurisée, ou adressez-vous à l&apos;administrateur du cabinet.</translation>
    </message>
    <message>
        <source>The account %1 may not use this database. Ask the clinic&apos;s administrator to give it a Gradus role.</source>
        <translation>Le compte %1 n&apos;a pas le droit d&apos;utiliser cette base de données. Demandez à l&apos;administrateur du cabinet de lui attribuer un rôle Gradus.</translation>
    </message>
    <message>
        <source>Could not sign in.</source>
        <translation>Impossible de se connecter.</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation>Indiquez le nom ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>Indiquez le nom de la base de données.</translation>
    </message>
    <message>
        <source>Give your user name.</source>
        <translation>Indiquez votre nom d&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>gradus::TemplateSaveCommand</name>
    <message>
        <source>Save as the template &quot;%1&quot;</source>
        <translation>Enregistrer comme modèle «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>gradus::UserGuideWindow</name>
    <message>
        <source>Gradus User Guide</source>
        <translation>Guide de l&apos;utilisateur de Gradus</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>gradus::VisitDialog</name>
    <message>
        <source>Record Visit</source>
        <translation>Enregistrer une consultation</translation>
    </message>
    <message>
        <source>Amend Visit</source>
        <translation>Corriger la consultation</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>marche</translation>
    </message>
    <message>
        <source>Who saw the patient</source>
        <translation>Qui a vu le patient</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date et heure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>&amp;Thérapeute&#xa0;:</translation>
    </message>
    <message>
        <source>Pain (0 = none, 10 = worst imaginable)</source>
        <translation>Douleur (0 = aucune, 10 = la pire imaginable)</translation>
    </message>
    <message>
        <source>Pain &amp;now:</source>
        <translation>Douleur a&amp;ctuelle&#xa0;:</translation>
    </message>
    <message>
        <source>best</source>
        <translation>minimale</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>maximale</translation>
    </message>
    <message>
        <source>Last 24 hours:</source>
        <translation>Dernières 24 heures&#xa0;:</translation>
    </message>
    <message>
        <source>During &amp;exercise:</source>
        <translation>Pendant l&apos;&amp;exercice&#xa0;:</translation>
    </message>
    <message>
        <source>Next &amp;morning:</source>
        <translation>Lendemain &amp;matin&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Activity and exercise</source>
        <translation>Activité et exercice</translation>
    </message>
    <message>
        <source>Daily &amp;activity:</source>
        <translation>&amp;Activité quotidienne&#xa0;:</translation>
    </message>
    <message>
        <source>Minutes a day:</source>
        <translation>Minutes par jour&#xa0;:</translation>
    </message>
    <message>
        <source>Steps a day:</source>
        <translation>Pas par jour&#xa0;:</translation>
    </message>
    <message>
        <source>of</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>Sessions done:</source>
        <translation>Séances faites&#xa0;:</translation>
    </message>
    <message>
        <source>New neurological signs</source>
        <translation>Nouveaux signes neurologiques</translation>
    </message>
    <message>
        <source>Leg symptoms and notes</source>
        <translation>Symptômes dans la jambe et notes</translation>
    </message>
    <message>
        <source>&amp;Leg symptoms:</source>
        <translation>Symptômes dans la &amp;jambe&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>The visit as first saved stays in the record. This correction is saved beside it with your name, the time and your reason.</source>
        <translation>La consultation telle qu&apos;enregistrée la première fois reste dans le dossier. Cette correction est enregistrée à côté, avec votre nom, l&apos;heure et votre motif.</translation>
    </message>
    <message>
        <source>For example: pain score typed as 6, patient said 5</source>
        <translation>Par exemple&#xa0;: douleur saisie à 6, le patient a dit 5</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Mot&amp;if&#xa0;:</translation>
    </message>
    <message>
        <source>Amended &amp;by:</source>
        <translation>Corrigé &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Modifications&#xa0;:</translation>
    </message>
    <message>
        <source>Save Visit</source>
        <translation>Enregistrer la consultation</translation>
    </message>
    <message>
        <source>Save Amendment</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Rien n&apos;a encore été modifié.</translation>
    </message>
    <message>
        <source>Say why the visit is amended.</source>
        <translation>Indiquez pourquoi la consultation est corrigée.</translation>
    </message>
    <message>
        <source>Say who is amending the visit.</source>
        <translation>Indiquez qui corrige la consultation.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Best pain in the last 24 hours</source>
        <translation>Douleur minimale sur les dernières 24 h</translation>
    </message>
    <message>
        <source>Worst pain in the last 24 hours</source>
        <translation>Douleur maximale sur les dernières 24 h</translation>
    </message>
    <message>
        <source>Exercise sessions done</source>
        <translation>Séances d&apos;exercices faites</translation>
    </message>
    <message>
        <source>Exercise sessions planned</source>
        <translation>Séances d&apos;exercices prévues</translation>
    </message>
</context>
<context>
    <name>gradus::VisitTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>%1 minutes a day of %2</source>
        <translation>%1 minutes par jour de %2</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <source>%1 steps a day</source>
        <translation>%1 pas par jour</translation>
    </message>
    <message>
        <source>Pain now, 0-10</source>
        <translation>Douleur actuelle, 0-10</translation>
    </message>
    <message>
        <source>Best and worst pain in the last 24 hours, 0-10</source>
        <translation>Douleur minimale et maximale sur les dernières 24 heures, 0-10</translation>
    </message>
    <message>
        <source>Pain during exercise, 0-10</source>
        <translation>Douleur pendant l&apos;exercice, 0-10</translation>
    </message>
    <message>
        <source>Pain the morning after exercise, 0-10</source>
        <translation>Douleur le matin suivant l&apos;exercice, 0-10</translation>
    </message>
    <message>
        <source>Minutes a day of the chosen activity</source>
        <translation>Minutes par jour de l&apos;activité choisie</translation>
    </message>
    <message>
        <source>Sessions done of sessions prescribed since the last visit</source>
        <translation>Séances faites sur séances prescrites depuis la dernière consultation</translation>
    </message>
    <message>
        <source>New neurological signs found at this visit</source>
        <translation>Nouveaux signes neurologiques constatés lors de cette consultation</translation>
    </message>
    <message>
        <source>Whether the visit was corrected after it was saved</source>
        <translation>Si la consultation a été corrigée après son enregistrement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Best–worst</source>
        <translation>Min–max</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Jambes</translation>
    </message>
    <message>
        <source>Neuro</source>
        <translation>Neuro</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Thérapeute</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>gradus::WelcomeView</name>
    <message>
        <source>Welcome to Gradus</source>
        <translation>Bienvenue dans Gradus</translation>
    </message>
    <message>
        <source>Build graded exercise programmes that respect each patient&apos;s conditions and pace, print clear handouts, and follow pain, activity and outcome scores over visits.</source>
        <translation>Créez des programmes d&apos;exercices gradués qui respectent les états cliniques et le rythme de chaque patient, imprimez des fiches claires, et suivez la douleur, l&apos;activité et les scores de résultat au fil des consultations.</translation>
    </message>
    <message>
        <source>Your data is kept in %1 (schema version %2). Nothing leaves this computer unless you export or print it.</source>
        <translation>Vos données sont conservées dans %1 (version du schéma %2). Rien ne quitte cet ordinateur, sauf si vous l&apos;exportez ou l&apos;imprimez.</translation>
    </message>
</context>
<context>
    <name>gradus_cli</name>
    <message>
        <source>Gradus from the command line: graded exercise programmes for physiotherapists.</source>
        <translation>Gradus en ligne de commande&#xa0;: programmes d&apos;exercices gradués pour les kinésithérapeutes.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>SQLite file or postgresql://user@host:port/name (default: $GRADUS_DATABASE, then the application data folder)</source>
        <translation>Fichier SQLite ou postgresql://user@host:port/name (par défaut&#xa0;: $GRADUS_DATABASE, puis le dossier de données de l&apos;application)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;gradus-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Lancez &apos;gradus-cli &lt;commande&gt; --help&apos; pour voir les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>gradus-cli: --database needs a PATH.</source>
        <translation>gradus-cli&#xa0;: --database nécessite un PATH.</translation>
    </message>
    <message>
        <source>gradus-cli: unknown command &apos;%1&apos;.</source>
        <translation>gradus-cli&#xa0;: commande inconnue &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Usage: gradus-cli [--database PATH] [--language CODE] &lt;command&gt; [options]</source>
        <translation>Utilisation&#xa0;: gradus-cli [--database PATH] [--language CODE] &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Before the command: the language of messages, and of handouts and other documents for patients instead of their preferred language (%1; default: the system&apos;s)</source>
        <translation>Avant la commande&#xa0;: la langue des messages, ainsi que des fiches et autres documents pour les patients à la place de leur langue préférée (%1&#xa0;; par défaut&#xa0;: celle du système)</translation>
    </message>
    <message>
        <source>gradus-cli: --language needs a CODE.</source>
        <translation>gradus-cli&#xa0;: --language attend un CODE.</translation>
    </message>
    <message>
        <source>gradus-cli: --language must be one of %1, not &apos;%2&apos;.</source>
        <translation>gradus-cli&#xa0;: --language doit valoir l&apos;un des codes suivants&#xa0;: %1, et non &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 invalid arguments or input (or no such record), 3 the database cannot be written (read-only, permission, disk full), 4 the database is busy, 5 the database cannot be used (damaged, newer, not a Gradus database, none there), 6 the server cannot be used (unreachable, authentication, TLS).</source>
        <translation>Code de sortie&#xa0;: 0 succès, 1 échec, 2 arguments ou données invalides (ou enregistrement inexistant), 3 écriture impossible dans la base de données (lecture seule, permission, disque plein), 4 base de données occupée, 5 base de données inutilisable (endommagée, plus récente, pas une base de données Gradus, absente), 6 serveur inutilisable (injoignable, authentification, TLS).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Graded exercise programmes for physiotherapists.</source>
        <translation>Programmes d&apos;exercices gradués pour les kinésithérapeutes.</translation>
    </message>
    <message>
        <source>Use the database at PATH (a SQLite file, or postgresql://user@host:port/name for a clinic server) instead of the default.</source>
        <translation>Utiliser la base de données située à PATH (un fichier SQLite, ou postgresql://user@host:port/name pour un serveur de cabinet) au lieu de celle par défaut.</translation>
    </message>
    <message>
        <source>Gradus</source>
        <translation>Gradus</translation>
    </message>
    <message>
        <source>Print the time to the main window&apos;s first paint and to the whole patient list, with the memory in use, and quit.</source>
        <translation>Afficher le temps jusqu&apos;au premier affichage de la fenêtre principale et jusqu&apos;à la liste complète des patients, avec la mémoire utilisée, puis quitter.</translation>
    </message>
</context>
</TS>
