<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>is not a known field (expected one of: %1)</source>
        <translation>ist kein bekanntes Feld (erwartet wird eines von: %1)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be at most %1 characters (found %2)</source>
        <translation>darf höchstens %1 Zeichen lang sein (gefunden: %2)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be from %1 to %2 (found %3)</source>
        <translation>muss zwischen %1 und %2 liegen (gefunden: %3)</translation>
    </message>
    <message>
        <source>must be a date written yyyy-MM-dd, or null</source>
        <translation>muss ein Datum im Format yyyy-MM-dd oder null sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>section %1 &quot;%2&quot;</source>
        <translation>Abschnitt %1 „%2“</translation>
    </message>
    <message>
        <source>, item %1</source>
        <translation>, Eintrag %1</translation>
    </message>
    <message>
        <source>, item %1 &quot;%2&quot;</source>
        <translation>, Eintrag %1 „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exercise id (lower-case letters, digits and _)</source>
        <translation>&quot;%1&quot; ist keine Übungs-ID (Kleinbuchstaben, Ziffern und _)</translation>
    </message>
    <message>
        <source>must be not_applicable, left, right, both or alternate</source>
        <translation>muss not_applicable, left, right, both oder alternate sein</translation>
    </message>
</context>
<context>
    <name>ActivationGate</name>
    <message>
        <source>- %1 (%2), rule &quot;%3&quot;: %4</source>
        <translation>- %1 (%2), Regel &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source> Safer: %1.</source>
        <translation> Sicherere Alternativen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Programme %1 cannot be given to the patient: %n exercise(s) in it are to be avoided for this patient, and no reason to keep them is recorded:</source>
        <translation>
            <numerusform>Programm %1 kann nicht an den Patienten ausgegeben werden: %n Übung darin ist für diesen Patienten zu vermeiden, und es ist keine Begründung für ihre Beibehaltung erfasst:</numerusform>
            <numerusform>Programm %1 kann nicht an den Patienten ausgegeben werden: %n Übungen darin sind für diesen Patienten zu vermeiden, und es ist keine Begründung für ihre Beibehaltung erfasst:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No handout: %n exercise(s) in it are to be avoided for this patient, and no reason to keep them is recorded:</source>
        <translation>
            <numerusform>Kein Übungsblatt: %n Übung darin ist für diesen Patienten zu vermeiden, und es ist keine Begründung für ihre Beibehaltung erfasst:</numerusform>
            <numerusform>Kein Übungsblatt: %n Übungen darin sind für diesen Patienten zu vermeiden, und es ist keine Begründung für ihre Beibehaltung erfasst:</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace each with a safer exercise, or keep it with your reason: in the builder select the finding and choose &quot;Keep with a Reason…&quot;, or run
%1</source>
        <translation>Ersetzen Sie jede durch eine sicherere Übung oder behalten Sie sie mit Ihrer Begründung bei: Wählen Sie im Tab „Programm“ den Sicherheitshinweis und dann „Mit Begründung beibehalten…“, oder führen Sie aus:
%1</translation>
    </message>
    <message>
        <source>Replace each with a safer exercise, or put them in a programme and keep them there with your reason (&quot;Keep with a Reason…&quot; in the builder, or gradus-cli programme override).</source>
        <translation>Ersetzen Sie jede durch eine sicherere Übung oder nehmen Sie sie in ein Programm auf und behalten Sie sie dort mit Ihrer Begründung bei („Mit Begründung beibehalten…“ im Tab „Programm“ oder gradus-cli programme override).</translation>
    </message>
</context>
<context>
    <name>AmendMeasureCommand</name>
    <message>
        <source>Amend %1</source>
        <translation>%1 korrigieren</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>AmendVisitCommand</name>
    <message>
        <source>Amend Visit of %1</source>
        <translation>Termin vom %1 korrigieren</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Show who changed a patient&apos;s records or one record, and when</source>
        <translation>Anzeigen, wer die Daten eines Patienten oder einen Datensatz wann geändert hat</translation>
    </message>
    <message>
        <source>Show the audit trail: every insert, update and delete the database recorded, newest first. Values are printed with --json only (they may hold clinical text).
JSON: an array of objects with id, changed_at, author, table, record_id, action, patient_id, changed (the columns that changed), old and new.</source>
        <translation>Das Änderungsprotokoll anzeigen: jedes Einfügen, Ändern und Löschen, das die Datenbank aufgezeichnet hat, neueste zuerst. Werte werden nur mit --json ausgegeben (sie können klinischen Text enthalten).
JSON: ein Array von Objekten mit id, changed_at, author, table, record_id, action, patient_id, changed (die geänderten Spalten), old und new.</translation>
    </message>
    <message>
        <source>Changes to this patient&apos;s records.</source>
        <translation>Änderungen an den Daten dieses Patienten.</translation>
    </message>
    <message>
        <source>Changes to one record, e.g. programme:12.</source>
        <translation>Änderungen an einem Datensatz, z. B. programme:12.</translation>
    </message>
    <message>
        <source>At most N entries (default 200).</source>
        <translation>Höchstens N Einträge (Standard 200).</translation>
    </message>
    <message>
        <source>audit needs one of --patient ID or --record TABLE:ID.</source>
        <translation>audit braucht --patient ID oder --record TABLE:ID.</translation>
    </message>
    <message>
        <source>--limit must be a whole number of at least 1 (not &apos;%1&apos;).</source>
        <translation>--limit muss eine ganze Zahl von mindestens 1 sein (nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a patient id (a whole number).</source>
        <translation>&apos;%1&apos; ist keine Patienten-ID (eine ganze Zahl).</translation>
    </message>
    <message>
        <source>--record must be TABLE:ID, e.g. programme:12 (not &apos;%1&apos;).</source>
        <translation>--record muss TABLE:ID sein, z. B. programme:12 (nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Keine Änderungen erfasst.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>There is no backup file %1.</source>
        <translation>Es gibt keine Sicherungsdatei %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL dump. Restore it on the server with pg_restore, for example: pg_restore --clean --dbname=gradus %1</source>
        <translation>%1 ist ein PostgreSQL-Dump. Stellen Sie ihn auf dem Server mit pg_restore wieder her, zum Beispiel: pg_restore --clean --dbname=gradus %1</translation>
    </message>
    <message>
        <source>%1 is not a Gradus backup (it is not a SQLite database).</source>
        <translation>%1 ist keine Gradus-Sicherung (es ist keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s integrity check failed (%2).</source>
        <translation>%1 ist beschädigt: Die Integritätsprüfung von SQLite ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>%1 is a SQLite database, but not a Gradus database.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine Gradus-Datenbank.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Gradus (schema %2; this program reads up to %3). Restore it with the newer Gradus.</source>
        <translation>%1 wurde von einer neueren Gradus-Version geschrieben (Schema %2; dieses Programm liest bis %3). Stellen Sie die Sicherung mit der neueren Gradus-Version wieder her.</translation>
    </message>
    <message>
        <source>%1 records no usable schema version.</source>
        <translation>%1 enthält keine verwendbare Schemaversion.</translation>
    </message>
    <message>
        <source>%1 is the database in use; restore into a new file and open that instead.</source>
        <translation>%1 ist die verwendete Datenbank; stellen Sie die Sicherung in eine neue Datei wieder her und öffnen Sie stattdessen diese.</translation>
    </message>
    <message>
        <source>%1 is the backup itself; restore into a new file.</source>
        <translation>%1 ist die Sicherung selbst; stellen Sie sie in eine neue Datei wieder her.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The copy of %1 did not pass the check (%2); nothing was restored.</source>
        <translation>Die Kopie von %1 hat die Prüfung nicht bestanden (%2); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Could not move the restored copy to %1.</source>
        <translation>Die wiederhergestellte Kopie konnte nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: %1</source>
        <translation>Die automatische Sicherung konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this computer. Install the PostgreSQL client tools (Debian: sudo apt-get install postgresql-client), or make the backup on the server with: %1</source>
        <translation>pg_dump ist auf diesem Computer nicht installiert. Installieren Sie die PostgreSQL-Client-Werkzeuge (Debian: sudo apt-get install postgresql-client) oder erstellen Sie die Sicherung auf dem Server mit: %1</translation>
    </message>
    <message>
        <source>pg_dump could not back up the server database: %1</source>
        <translation>pg_dump konnte die Serverdatenbank nicht sichern: %1</translation>
    </message>
    <message>
        <source>Could not move the dump to %1.</source>
        <translation>Der Dump konnte nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database it copies (%1).</source>
        <translation>Eine Sicherung kann nicht über die Datenbank geschrieben werden, die sie kopiert (%1).</translation>
    </message>
</context>
<context>
    <name>CarePhase</name>
    <message>
        <source>Acute</source>
        <translation>Akut</translation>
    </message>
    <message>
        <source>Subacute</source>
        <translation>Subakut</translation>
    </message>
    <message>
        <source>Chronic</source>
        <translation>Chronisch</translation>
    </message>
    <message>
        <source>Phase unknown</source>
        <translation>Phase unbekannt</translation>
    </message>
</context>
<context>
    <name>ChangeInterpretation</name>
    <message>
        <source>Ostelo 2008 (Spine 33:90): 2 points or 30%; recovered = 0 (Kamper 2010)</source>
        <translation>Ostelo 2008 (Spine 33:90): 2 Punkte oder 30 %; genesen = 0 (Kamper 2010)</translation>
    </message>
    <message>
        <source>Ostelo 2008: 10 points or 30%; 12 points in physiotherapy clinics (Abbott &amp; Schmitt 2014, JOSPT 44:560)</source>
        <translation>Ostelo 2008: 10 Punkte oder 30 %; 12 Punkte in Physiotherapiepraxen (Abbott &amp; Schmitt 2014, JOSPT 44:560)</translation>
    </message>
    <message>
        <source>Ostelo 2008: 5 points or 30% (2-3 points minimum, Bombardier 2001); recovered = 2 or less</source>
        <translation>Ostelo 2008: 5 Punkte oder 30 % (mindestens 2-3 Punkte, Bombardier 2001); genesen = 2 oder weniger</translation>
    </message>
    <message>
        <source>Hill 2008: no change threshold is published; the risk group is shown</source>
        <translation>Hill 2008: kein Schwellenwert für Veränderungen veröffentlicht; die Risikogruppe wird angezeigt</translation>
    </message>
    <message>
        <source>Abbott &amp; Schmitt 2014: 2 points for the mean, 3 for one activity (MID 1.3 / 2.3 / 2.7 small / medium / large)</source>
        <translation>Abbott &amp; Schmitt 2014: 2 Punkte für den Mittelwert, 3 für eine einzelne Aktivität (MID 1,3 / 2,3 / 2,7 klein / mittel / groß)</translation>
    </message>
    <message>
        <source>TSK-17: a change of 4 points or more</source>
        <translation>TSK-17: eine Veränderung um 4 Punkte oder mehr</translation>
    </message>
    <message>
        <source>No published threshold; shown for information</source>
        <translation>Kein veröffentlichter Schwellenwert; nur zur Information</translation>
    </message>
    <message>
        <source>No follow-up yet</source>
        <translation>Noch keine Folgemessung</translation>
    </message>
    <message>
        <source>No threshold</source>
        <translation>Kein Schwellenwert</translation>
    </message>
    <message>
        <source>Important improvement</source>
        <translation>Relevante Verbesserung</translation>
    </message>
    <message>
        <source>Important worsening</source>
        <translation>Relevante Verschlechterung</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation>Unter dem Schwellenwert</translation>
    </message>
    <message>
        <source>none published</source>
        <translation>keiner veröffentlicht</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>%1 or %2%</source>
        <translation>%1 oder %2 %</translation>
    </message>
    <message>
        <source>Baseline only; no follow-up value yet.</source>
        <translation>Nur Ausgangswert; noch kein Folgewert.</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Keine Veränderung.</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1 %)</translation>
    </message>
    <message>
        <source>Better by %1%2.</source>
        <translation>Um %1%2 besser.</translation>
    </message>
    <message>
        <source>Worse by %1%2.</source>
        <translation>Um %1%2 schlechter.</translation>
    </message>
    <message>
        <source>Clinically important improvement.</source>
        <translation>Klinisch relevante Verbesserung.</translation>
    </message>
    <message>
        <source>Clinically important worsening.</source>
        <translation>Klinisch relevante Verschlechterung.</translation>
    </message>
    <message>
        <source>Less than the clinically important change (%1).</source>
        <translation>Geringer als die klinisch relevante Veränderung (%1).</translation>
    </message>
    <message>
        <source>Recovered.</source>
        <translation>Genesen.</translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>&apos;%1&apos; is not a %2 id (a positive whole number).</source>
        <translation>„%1“ ist keine gültige ID (%2): erwartet wird eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Wrong number of arguments. Usage: gradus-cli %1 [options]%2 (--help says more).</source>
        <translation>Falsche Anzahl von Argumenten. Aufruf: gradus-cli %1 [Optionen]%2 (mehr mit --help).</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>gradus-cli: unknown %1 command &apos;%2&apos;.</source>
        <translation>gradus-cli: unbekannter %1-Befehl &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Usage: gradus-cli %1 &lt;command&gt; [options]</source>
        <translation>Aufruf: gradus-cli %1 &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;gradus-cli %1 &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Die Optionen eines Befehls zeigt &apos;gradus-cli %1 &lt;command&gt; --help&apos;.</translation>
    </message>
    <message>
        <source>--tolerance must be numbers separated by commas (e.g. 10,12,11); &quot;%1&quot; is not a number.</source>
        <translation>--tolerance muss aus durch Kommas getrennten Zahlen bestehen (z. B. 10,12,11); &quot;%1&quot; ist keine Zahl.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 muss eine ganze Zahl sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>gradus-cli: programme %1 is active, so the change goes into draft version %2 (id %3); the patient keeps version %4 until &apos;gradus-cli programme activate %3&apos;.</source>
        <translation>gradus-cli: Programm %1 ist aktiv, daher geht die Änderung in die Entwurfsversion %2 (ID %3); der Patient behält Version %4 bis &apos;gradus-cli programme activate %3&apos;.</translation>
    </message>
    <message>
        <source>There is no template &apos;%1&apos;.</source>
        <translation>Es gibt keine Vorlage &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Start one with &apos;gradus-cli db create&apos;, &apos;patient add&apos; or &apos;demo&apos;.</source>
        <translation>Legen Sie eine mit &apos;gradus-cli db create&apos;, &apos;patient add&apos; oder &apos;demo&apos; an.</translation>
    </message>
</context>
<context>
    <name>ClinicCommand</name>
    <message>
        <source>Clinic details, handout and pacing defaults, and this desk&apos;s clinician</source>
        <translation>Praxisdaten, Standardwerte für Übungsblätter und Pacing sowie die Therapeutin oder der Therapeut an diesem Arbeitsplatz</translation>
    </message>
    <message>
        <source>Show the clinic&apos;s settings</source>
        <translation>Die Einstellungen der Praxis anzeigen</translation>
    </message>
    <message>
        <source>Change one or more of the clinic&apos;s settings</source>
        <translation>Eine oder mehrere Einstellungen der Praxis ändern</translation>
    </message>
    <message>
        <source>Show the clinic&apos;s settings (shared by every desk of the clinic) and this desk&apos;s clinician name.</source>
        <translation>Die Einstellungen der Praxis (gemeinsam für alle Arbeitsplätze der Praxis) und den Namen der Therapeutin oder des Therapeuten an diesem Arbeitsplatz anzeigen.</translation>
    </message>
    <message>
        <source>Change the clinic&apos;s settings. Only the options given change; an empty value (--email &quot;&quot;) clears a text. Nothing is changed when one value is refused.</source>
        <translation>Die Einstellungen der Praxis ändern. Nur die angegebenen Optionen werden geändert; ein leerer Wert (--email &quot;&quot;) löscht einen Text. Es wird nichts geändert, wenn ein Wert abgelehnt wird.</translation>
    </message>
    <message>
        <source>The logo printed on handouts: a PNG or SVG file (at most 1 MB), stored in the database.</source>
        <translation>Das auf Übungsblättern gedruckte Logo: eine PNG- oder SVG-Datei (höchstens 1 MB), in der Datenbank gespeichert.</translation>
    </message>
    <message>
        <source>Remove the logo.</source>
        <translation>Das Logo entfernen.</translation>
    </message>
    <message>
        <source>This desk&apos;s clinician name, recorded on visits and printed on handouts (a desk preference, not stored in the database); empty = the account&apos;s name.</source>
        <translation>Der Name der Therapeutin oder des Therapeuten an diesem Arbeitsplatz, wird bei Terminen erfasst und auf Übungsblättern gedruckt (eine Einstellung des Arbeitsplatzes, nicht in der Datenbank gespeichert); leer = der Name des Benutzerkontos.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Give either --logo or --no-logo, not both.</source>
        <translation>Geben Sie entweder --logo oder --no-logo an, nicht beides.</translation>
    </message>
    <message>
        <source>clinic set needs at least one setting to change (see --help).</source>
        <translation>clinic set braucht mindestens eine Einstellung, die geändert werden soll (siehe --help).</translation>
    </message>
    <message>
        <source>Clinician at this desk</source>
        <translation>Therapeut/in an diesem Arbeitsplatz</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1, %2 Byte</translation>
    </message>
    <message>
        <source>Refuse the change unless the clinic&apos;s settings are still at version N (shown as &quot;version&quot; by clinic show --json); nothing is written when another desk changed any of them meanwhile.</source>
        <translation>Die Änderung ablehnen, wenn die Einstellungen der Praxis nicht mehr in Version N vorliegen (von clinic show --json als &quot;version&quot; angezeigt); es wird nichts geschrieben, wenn ein anderer Arbeitsplatz inzwischen eine davon geändert hat.</translation>
    </message>
    <message>
        <source>--if-version must be a positive whole number, found &apos;%1&apos;.</source>
        <translation>--if-version muss eine positive ganze Zahl sein, gefunden: &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>ClinicLogo</name>
    <message>
        <source>The logo file %1 cannot be read.</source>
        <translation>Die Logodatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The logo file %1 is %2 KB; a logo may be at most %3 KB.</source>
        <translation>Die Logodatei %1 ist %2 KB groß; ein Logo darf höchstens %3 KB groß sein.</translation>
    </message>
    <message>
        <source>The logo is %1 KB; a logo may be at most %2 KB.</source>
        <translation>Das Logo ist %1 KB groß; ein Logo darf höchstens %2 KB groß sein.</translation>
    </message>
    <message>
        <source>The logo is a damaged PNG image.</source>
        <translation>Das Logo ist ein beschädigtes PNG-Bild.</translation>
    </message>
    <message>
        <source>The logo is an SVG image that cannot be drawn.</source>
        <translation>Das Logo ist ein SVG-Bild, das nicht gezeichnet werden kann.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or SVG image.</source>
        <translation>Das Logo muss ein PNG- oder SVG-Bild sein.</translation>
    </message>
</context>
<context>
    <name>ClinicSettings</name>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>Paper size must be &quot;a4&quot; or &quot;letter&quot;.</source>
        <translation>Das Papierformat muss &quot;a4&quot; oder &quot;letter&quot; sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (name@example.org).</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse (name@example.org).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (www.example.org).</source>
        <translation>&quot;%1&quot; ist keine Webadresse (www.example.org).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a telephone number: use digits, spaces and + ( ) - . / only.</source>
        <translation>&quot;%1&quot; ist keine Telefonnummer: Verwenden Sie nur Ziffern, Leerzeichen und + ( ) - . /.</translation>
    </message>
    <message>
        <source>Handout language must be one of %1.</source>
        <translation>Die Sprache der Übungsblätter muss einer dieser Codes sein: %1.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or SVG image.</source>
        <translation>Das Logo muss ein PNG- oder SVG-Bild sein.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Sprache der Übungsblätter</translation>
    </message>
    <message>
        <source>Baseline (% of tolerance)</source>
        <translation>Ausgangswert (% der Toleranz)</translation>
    </message>
    <message>
        <source>Weekly increase (% of baseline)</source>
        <translation>Wöchentliche Steigerung (% des Ausgangswerts)</translation>
    </message>
    <message>
        <source>Highest acceptable pain during exercise</source>
        <translation>Höchster akzeptabler Schmerz bei der Übung</translation>
    </message>
    <message>
        <source>Highest safe pain during exercise</source>
        <translation>Höchster sicherer Schmerz bei der Übung</translation>
    </message>
    <message>
        <source>Bad days before a step back</source>
        <translation>Schlechte Tage vor einer Reduktion</translation>
    </message>
    <message>
        <source>Step back (%)</source>
        <translation>Reduktion (%)</translation>
    </message>
    <message>
        <source>New back pain is a red flag under age</source>
        <translation>Neuer Rückenschmerz ist ein Warnzeichen im Alter unter</translation>
    </message>
    <message>
        <source>New back pain is a red flag over age</source>
        <translation>Neuer Rückenschmerz ist ein Warnzeichen im Alter über</translation>
    </message>
    <message>
        <source>%1 may be at most %2 characters long.</source>
        <translation>%1 darf höchstens %2 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The highest safe pain (%1) cannot be above the highest acceptable pain (%2).</source>
        <translation>Der höchste sichere Schmerz (%1) darf nicht über dem höchsten akzeptablen Schmerz (%2) liegen.</translation>
    </message>
    <message>
        <source>The record of the clinic&apos;s settings</source>
        <translation>Der Datensatz der Praxiseinstellungen</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beidseits</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Abgeklungen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>ConditionCatalog</name>
    <message>
        <source>The condition list is not valid JSON: %1</source>
        <translation>Die Diagnoseliste ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The condition list is empty.</source>
        <translation>Die Diagnoseliste ist leer.</translation>
    </message>
    <message>
        <source>The condition code &apos;%1&apos; is not snake_case.</source>
        <translation>Der Diagnosecode &apos;%1&apos; ist nicht in snake_case geschrieben.</translation>
    </message>
    <message>
        <source>The condition code &apos;%1&apos; has no name.</source>
        <translation>Der Diagnosecode &apos;%1&apos; hat keinen Namen.</translation>
    </message>
    <message>
        <source>The condition code &apos;%1&apos; appears twice.</source>
        <translation>Der Diagnosecode &apos;%1&apos; kommt doppelt vor.</translation>
    </message>
    <message>
        <source>The amount of condition code &apos;%1&apos; needs a name and a range.</source>
        <translation>Der Zahlenwert des Diagnosecodes &apos;%1&apos; braucht einen Namen und einen Wertebereich.</translation>
    </message>
    <message>
        <source>The phase of condition code &apos;%1&apos; must be complaint, own_onset or none (not &apos;%2&apos;).</source>
        <translation>Die Phase des Diagnosecodes &apos;%1&apos; muss complaint, own_onset oder none sein (nicht &apos;%2&apos;).</translation>
    </message>
</context>
<context>
    <name>ConditionCommand</name>
    <message>
        <source>List the condition codes with their names</source>
        <translation>Die Diagnosecodes mit ihren Namen auflisten</translation>
    </message>
    <message>
        <source>Add a condition to a patient&apos;s open episode of care</source>
        <translation>Eine Diagnose zur offenen Behandlungsepisode eines Patienten hinzufügen</translation>
    </message>
    <message>
        <source>List a patient&apos;s conditions</source>
        <translation>Die Diagnosen eines Patienten auflisten</translation>
    </message>
    <message>
        <source>List the condition codes.
JSON: an array of objects with code, name, description, source, side (whether a side can be given) and amount (name, unit, minimum, maximum; null when the code takes no number).</source>
        <translation>Die Diagnosecodes auflisten.
JSON: ein Array von Objekten mit code, name, description, source, side (ob eine Seite angegeben werden kann) und amount (name, unit, minimum, maximum; null, wenn der Code keine Zahl trägt).</translation>
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
        <translation>Die ID des Patienten.</translation>
    </message>
    <message>
        <source>A code from &apos;condition codes&apos;.</source>
        <translation>Ein Code aus &apos;condition codes&apos;.</translation>
    </message>
    <message>
        <source>Onset date, YYYY-MM-DD.</source>
        <translation>Datum des Beginns, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>left, right or both.</source>
        <translation>left, right oder both.</translation>
    </message>
    <message>
        <source>The number the code carries (pregnancy: weeks).</source>
        <translation>Die Zahl, die der Code trägt (pregnancy: Schwangerschaftswochen).</translation>
    </message>
    <message>
        <source>A short note.</source>
        <translation>Eine kurze Notiz.</translation>
    </message>
    <message>
        <source>Record it as resolved.</source>
        <translation>Als abgeklungen erfassen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known condition code (see &apos;gradus-cli condition codes&apos;).</source>
        <translation>&apos;%1&apos; ist kein bekannter Diagnosecode (siehe &apos;gradus-cli condition codes&apos;).</translation>
    </message>
    <message>
        <source>--onset must be a date written YYYY-MM-DD (not &apos;%1&apos;).</source>
        <translation>--onset muss ein Datum im Format YYYY-MM-DD sein (nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--side must be left, right or both (not &apos;%1&apos;).</source>
        <translation>--side muss left, right oder both sein (nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--amount must be a whole number (not &apos;%1&apos;).</source>
        <translation>--amount muss eine ganze Zahl sein (nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>List the conditions of the patient&apos;s open episode of care (with --all, of every episode).
JSON: an array of objects with id, episode_id, code, name, side, amount, onset, status, note.</source>
        <translation>Die Diagnosen der offenen Behandlungsepisode des Patienten auflisten (mit --all die aller Episoden).
JSON: ein Array von Objekten mit id, episode_id, code, name, side, amount, onset, status, note.</translation>
    </message>
    <message>
        <source>Include closed episodes.</source>
        <translation>Abgeschlossene Episoden einbeziehen.</translation>
    </message>
    <message>
        <source>List condition codes; add, edit and list a patient&apos;s conditions</source>
        <translation>Diagnosecodes auflisten; Diagnosen eines Patienten hinzufügen, bearbeiten und auflisten</translation>
    </message>
    <message>
        <source>Change a condition&apos;s onset, side, amount, note or status</source>
        <translation>Beginn, Seite, Menge, Notiz oder Status einer Diagnose ändern</translation>
    </message>
    <message>
        <source>Add a coded condition to the patient&apos;s open episode of care, opening one today when none is open. An episode opened here takes the --onset of a complaint (such as sciatica) as its own onset: the phase of care comes from it. Prints the new condition&apos;s id (with --json, the condition with episode_opened telling whether an episode was opened).</source>
        <translation>Eine codierte Diagnose zur offenen Behandlungsepisode des Patienten hinzufügen; ist keine offen, wird heute eine eröffnet. Eine hier eröffnete Episode übernimmt den --onset einer Hauptbeschwerde (etwa Ischialgie) als eigenen Beginn: Daraus ergibt sich die Phase. Gibt die ID der neuen Diagnose aus (mit --json die Diagnose mit episode_opened, das angibt, ob eine Episode eröffnet wurde).</translation>
    </message>
    <message>
        <source>Change a condition of a patient&apos;s clinical profile: only the options given change. The onset dates the condition (for recent surgery: the date of surgery); the safety check takes the phase of care from it. &apos;none&apos; clears --onset or --amount. Prints the condition&apos;s id (with --json, the condition).</source>
        <translation>Eine Diagnose im klinischen Profil eines Patienten ändern: Nur die angegebenen Optionen werden geändert. Der Beginn datiert die Diagnose (bei kürzlicher Operation: das Operationsdatum); die Sicherheitsprüfung leitet daraus die Phase ab. &apos;none&apos; löscht --onset oder --amount. Gibt die ID der Diagnose aus (mit --json die Diagnose).</translation>
    </message>
    <message>
        <source>The condition&apos;s id (see &apos;condition list&apos;).</source>
        <translation>Die ID der Diagnose (siehe &apos;condition list&apos;).</translation>
    </message>
    <message>
        <source>Onset date, YYYY-MM-DD, or none.</source>
        <translation>Datum des Beginns, YYYY-MM-DD, oder none.</translation>
    </message>
    <message>
        <source>The number the code carries (pregnancy: weeks), or none.</source>
        <translation>Die Zahl, die der Code trägt (Schwangerschaft: Wochen), oder none.</translation>
    </message>
    <message>
        <source>A short note (replaces the old one).</source>
        <translation>Eine kurze Notiz (ersetzt die bisherige).</translation>
    </message>
    <message>
        <source>active or resolved.</source>
        <translation>active oder resolved.</translation>
    </message>
    <message>
        <source>condition edit needs at least one of --onset, --side, --amount, --note or --status.</source>
        <translation>condition edit braucht mindestens eine der Optionen --onset, --side, --amount, --note oder --status.</translation>
    </message>
    <message>
        <source>--onset must be a date written YYYY-MM-DD or none (not &apos;%1&apos;).</source>
        <translation>--onset muss ein Datum im Format YYYY-MM-DD oder none sein (nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--amount must be a whole number or none (not &apos;%1&apos;).</source>
        <translation>--amount muss eine ganze Zahl oder none sein (nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--status must be active or resolved (not &apos;%1&apos;).</source>
        <translation>--status muss active oder resolved sein (nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>Diagnose</translation>
    </message>
</context>
<context>
    <name>ConditionRepository</name>
    <message>
        <source>There is no condition with id %1.</source>
        <translation>Es gibt keine Diagnose mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no episode of care with id %1.</source>
        <translation>Es gibt keine Behandlungsepisode mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 is already an active part of this episode&apos;s profile.</source>
        <translation>%1 ist bereits ein aktiver Teil des Profils dieser Episode.</translation>
    </message>
    <message>
        <source>Only a stored condition can be restored.</source>
        <translation>Nur eine gespeicherte Diagnose kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>A condition cannot be moved to another episode.</source>
        <translation>Eine Diagnose kann nicht in eine andere Episode verschoben werden.</translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation>Diagnose %1</translation>
    </message>
</context>
<context>
    <name>ConflictReport</name>
    <message>
        <source>%1 was changed by %2 at %3 (%4) after you read it (you edited version %5; it is now version %6). Nothing was written: read it again and make your change on the new version.</source>
        <translation>%1 wurde von %2 am %3 (%4) geändert, nachdem Sie den Datensatz gelesen haben (Sie haben Version %5 bearbeitet; jetzt ist es Version %6). Es wurde nichts geschrieben: Lesen Sie den Datensatz erneut und nehmen Sie Ihre Änderung an der neuen Version vor.</translation>
    </message>
    <message>
        <source>no field shown</source>
        <translation>kein Feld angezeigt</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere after you read it (you edited version %2; it is now version %3). Nothing was written: read it again and make your change on the new version.</source>
        <translation>%1 wurde an anderer Stelle geändert, nachdem Sie den Datensatz gelesen haben (Sie haben Version %2 bearbeitet; jetzt ist es Version %3). Es wurde nichts geschrieben: Lesen Sie den Datensatz erneut und nehmen Sie Ihre Änderung an der neuen Version vor.</translation>
    </message>
</context>
<context>
    <name>CreatePacingPlanCommand</name>
    <message>
        <source>New Graded Activity Plan</source>
        <translation>Neuer Graded-Activity-Plan</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The %1 database driver is not installed (package %2).</source>
        <translation>Der Datenbanktreiber %1 ist nicht installiert (Paket %2).</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Gradus database. It has not been changed.</source>
        <translation>%1 ist die Datenbank eines anderen Programms, keine Gradus-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Gradus (schema %2; this program understands up to %3). Install the newer Gradus to open it. The file has not been changed.</source>
        <translation>%1 wurde von einer neueren Gradus-Version geschrieben (Schema %2; dieses Programm versteht bis %3). Installieren Sie die neuere Gradus-Version, um die Datei zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Gradus (schema %2; this program understands up to %3). Install the newer Gradus to open it. Nothing has been changed.</source>
        <translation>%1 wurde von einer neueren Gradus-Version geschrieben (Schema %2; dieses Programm versteht bis %3). Installieren Sie die neuere Gradus-Version, um die Datei zu öffnen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The database needs an upgrade, but the backup copy before the upgrade could not be written (%1). Nothing has been changed.</source>
        <translation>Die Datenbank muss aktualisiert werden, aber die Sicherungskopie vor der Aktualisierung konnte nicht geschrieben werden (%1). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Schema step %1 is missing from this build.</source>
        <translation>Schemaschritt %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2. The database was left at schema %3.</source>
        <translation>Die Aktualisierung der Datenbank auf Schema %1 ist fehlgeschlagen: %2. Die Datenbank bleibt auf Schema %3.</translation>
    </message>
    <message>
        <source>The new record was not created.</source>
        <translation>Der neue Datensatz wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>Backups of a server database are made on the server (pg_dump).</source>
        <translation>Sicherungen einer Serverdatenbank werden auf dem Server erstellt (pg_dump).</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Es ist keine Transaktion offen.</translation>
    </message>
    <message>
        <source>An earlier step failed, so nothing was saved.</source>
        <translation>Ein früherer Schritt ist fehlgeschlagen, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>A change was attempted inside a read-only unit of work.</source>
        <translation>Innerhalb einer schreibgeschützten Arbeitseinheit wurde eine Änderung versucht.</translation>
    </message>
    <message>
        <source>The database is busy: another desk or program is saving and did not finish in time. Nothing was changed; try again.</source>
        <translation>Die Datenbank ist belegt: Ein anderer Arbeitsplatz oder ein anderes Programm speichert gerade und wurde nicht rechtzeitig fertig. Es wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The transaction was not active.</source>
        <translation>Die Transaktion war nicht aktiv.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself; choose another name.</source>
        <translation>Eine Sicherung kann nicht die Datenbank selbst ersetzen; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: the disk is full. Nothing was written.</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden: Der Datenträger ist voll. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2 Nothing was written.</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden: %2 Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>There is no database at %1. Nothing was created.</source>
        <translation>Unter %1 gibt es keine Datenbank. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Gradus database. It has not been changed. To make a new database there, ask for one explicitly (File → New Database, or gradus-cli db create).</source>
        <translation>%1 ist eine leere Datei, keine Gradus-Datenbank. Sie wurde nicht verändert. Um dort eine neue Datenbank anzulegen, fordern Sie diese ausdrücklich an (Datei → Neue Datenbank oder gradus-cli db create).</translation>
    </message>
    <message>
        <source>A new database cannot be made at %1: %2. Nothing was changed.</source>
        <translation>Unter %1 kann keine neue Datenbank angelegt werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to schema %2 before this Gradus can use it, but %3. It has not been changed; make it writable to upgrade it.</source>
        <translation>%1 muss auf Schema %2 aktualisiert werden, bevor diese Gradus-Version sie verwenden kann, aber %3. Sie wurde nicht verändert; machen Sie sie beschreibbar, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>Could not create a new database at %1: %2 Nothing was created.</source>
        <translation>Unter %1 konnte keine neue Datenbank angelegt werden: %2 Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>Could not read %1 (%2). It has not been changed.</source>
        <translation>%1 konnte nicht gelesen werden (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The account %1 may not read the Gradus tables of %2 (%3). Ask the administrator of the database server to grant it access. Nothing has been changed.</source>
        <translation>Das Konto %1 darf die Gradus-Tabellen von %2 nicht lesen (%3). Bitten Sie die Administration des Datenbankservers, ihm Zugriff zu gewähren. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>%1 records no schema version, so it is not a complete Gradus database. It has not been changed.</source>
        <translation>%1 enthält keine Schemaversion und ist daher keine vollständige Gradus-Datenbank. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 records an unreadable schema version, so it is not a complete Gradus database. It has not been changed.</source>
        <translation>%1 enthält eine unlesbare Schemaversion und ist daher keine vollständige Gradus-Datenbank. Sie wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database location was given.</source>
        <translation>Es wurde kein Datenbankort angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address. Use postgresql://user@host:port/database.</source>
        <translation>&quot;%1&quot; ist keine gültige Serveradresse. Verwenden Sie postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The database location contains a NUL character.</source>
        <translation>Der Speicherort der Datenbank enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>The server address gives the option &quot;%1&quot; twice.</source>
        <translation>Die Serveradresse enthält die Option &quot;%1&quot; zweimal.</translation>
    </message>
    <message>
        <source>sslmode must be one of %1, not &quot;%2&quot;.</source>
        <translation>sslmode muss einer dieser Werte sein: %1, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>sslrootcert must name a certificate file without &apos;;&apos;, not &quot;%1&quot;.</source>
        <translation>sslrootcert muss eine Zertifikatsdatei ohne &apos;;&apos; nennen, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>connect_timeout muss eine Anzahl Sekunden von 1 bis 3600 sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The server address has an unknown option &quot;%1&quot;; Gradus understands sslmode, sslrootcert and connect_timeout.</source>
        <translation>Die Serveradresse enthält die unbekannte Option &quot;%1&quot;; Gradus versteht sslmode, sslrootcert und connect_timeout.</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>Database information and backups</source>
        <translation>Datenbankinformationen und Sicherungen</translation>
    </message>
    <message>
        <source>Show the database location, schema version and record counts</source>
        <translation>Datenbankort, Schemaversion und Anzahl der Datensätze anzeigen</translation>
    </message>
    <message>
        <source>Write a complete copy of the database to a file</source>
        <translation>Eine vollständige Kopie der Datenbank in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Show the database location, schema version and record counts.</source>
        <translation>Datenbankort, Schemaversion und Anzahl der Datensätze anzeigen.</translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation>Datenbank:       %1</translation>
    </message>
    <message>
        <source>Backend:         %1</source>
        <translation>Backend:         %1</translation>
    </message>
    <message>
        <source>Schema version:  %1 (this program: %2)</source>
        <translation>Schemaversion:   %1 (dieses Programm: %2)</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Datensätze:</translation>
    </message>
    <message>
        <source>Where to write the copy (must not exist).</source>
        <translation>Wohin die Kopie geschrieben wird (die Datei darf noch nicht existieren).</translation>
    </message>
    <message>
        <source>Check a backup and write it as a new database file</source>
        <translation>Eine Sicherung prüfen und als neue Datenbankdatei schreiben</translation>
    </message>
    <message>
        <source>List the automatic daily backups; set how many are kept</source>
        <translation>Die automatischen täglichen Sicherungen auflisten; festlegen, wie viele aufbewahrt werden</translation>
    </message>
    <message>
        <source>Write a complete copy of the database to FILE, readable by you only. A SQLite store is copied while open; a PostgreSQL store is dumped with pg_dump (custom format; restore it with pg_restore), which must be installed (package postgresql-client).
The app also keeps automatic daily copies in backups/ beside a SQLite store (the newest 7 unless the clinic setting backup/keep says otherwise; 0 turns them off).</source>
        <translation>Eine vollständige Kopie der Datenbank nach FILE schreiben, nur für Sie lesbar. Ein SQLite-Speicher wird im geöffneten Zustand kopiert; ein PostgreSQL-Speicher wird mit pg_dump gesichert (Custom-Format; Wiederherstellung mit pg_restore), das installiert sein muss (Paket postgresql-client).
Die App legt außerdem automatische tägliche Kopien in backups/ neben einem SQLite-Speicher an (die neuesten 7, sofern die Praxiseinstellung backup/keep nichts anderes festlegt; 0 schaltet sie ab).</translation>
    </message>
    <message>
        <source>Check BACKUP (a Gradus SQLite database: SQLite&apos;s integrity check, a schema this Gradus reads) and write it as the new database file NEW_FILE, readable by you only. Nothing is written over an existing file without --force, and never over the database in use (--database) or the backup itself. Open the result with --database NEW_FILE; an older schema is upgraded then, after a copy.
JSON: path, schema_version, patients, visits, programmes.</source>
        <translation>BACKUP prüfen (eine Gradus-SQLite-Datenbank: Integritätsprüfung von SQLite, ein Schema, das dieses Gradus liest) und als neue Datenbankdatei NEW_FILE schreiben, nur für Sie lesbar. Ohne --force wird keine vorhandene Datei überschrieben, und nie die verwendete Datenbank (--database) oder die Sicherung selbst. Öffnen Sie das Ergebnis mit --database NEW_FILE; ein älteres Schema wird dann nach einer Kopie aktualisiert.
JSON: path, schema_version, patients, visits, programmes.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Die Sicherungsdatei.</translation>
    </message>
    <message>
        <source>The new database file.</source>
        <translation>Die neue Datenbankdatei.</translation>
    </message>
    <message>
        <source>Replace NEW_FILE if it exists (never the database in use).</source>
        <translation>NEW_FILE ersetzen, falls vorhanden (nie die verwendete Datenbank).</translation>
    </message>
    <message>
        <source>db restore needs --to NEW_FILE.</source>
        <translation>db restore braucht --to NEW_FILE.</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 existiert bereits; geben Sie --force an, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>gradus-cli: restored a backup with %1 patients, %2 visits and %3 programmes (schema %4). Open it with --database %5</source>
        <translation>gradus-cli: Sicherung mit %1 Patienten, %2 Terminen und %3 Programmen wiederhergestellt (Schema %4). Öffnen Sie sie mit --database %5</translation>
    </message>
    <message>
        <source>List the automatic daily backups in backups/ beside a SQLite store (the app makes at most one a day when it starts) and how many are kept.
--keep N changes the clinic setting backup/keep (0 to 365; 0 turns automatic backups off). --now makes today&apos;s copy if there is none yet, as the app does, for a store the app rarely opens.
JSON: keep, folder, backups (path, date, bytes) oldest first.</source>
        <translation>Die automatischen täglichen Sicherungen in backups/ neben einem SQLite-Speicher auflisten (die App erstellt beim Start höchstens eine pro Tag) und wie viele aufbewahrt werden.
--keep N ändert die Praxiseinstellung backup/keep (0 bis 365; 0 schaltet automatische Sicherungen ab). --now erstellt die heutige Kopie, falls noch keine existiert, wie es die App tut – für einen Speicher, den die App selten öffnet.
JSON: keep, folder, backups (path, date, bytes), älteste zuerst.</translation>
    </message>
    <message>
        <source>How many daily backups to keep from now on.</source>
        <translation>Wie viele tägliche Sicherungen künftig aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Make today&apos;s automatic backup if it is not there yet.</source>
        <translation>Die heutige automatische Sicherung erstellen, falls sie noch nicht existiert.</translation>
    </message>
    <message>
        <source>--keep must be a whole number from %1 to %2 (found &quot;%3&quot;).</source>
        <translation>--keep muss eine ganze Zahl zwischen %1 und %2 sein (gefunden: &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>Automatic daily backups are made for a SQLite database only; back a server up on the server (gradus-cli db backup FILE runs pg_dump).</source>
        <translation>Automatische tägliche Sicherungen gibt es nur für eine SQLite-Datenbank; sichern Sie einen Server auf dem Server (gradus-cli db backup FILE führt pg_dump aus).</translation>
    </message>
    <message>
        <source>Automatic daily backups are off (backup/keep is 0).</source>
        <translation>Automatische tägliche Sicherungen sind abgeschaltet (backup/keep ist 0).</translation>
    </message>
    <message>
        <source>Automatic daily backups: the newest %1 are kept in %2.</source>
        <translation>Automatische tägliche Sicherungen: Die neuesten %1 werden in %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>There are no automatic backups yet.</source>
        <translation>Es gibt noch keine automatischen Sicherungen.</translation>
    </message>
    <message>
        <source>Look for damage (integrity check); repairs nothing</source>
        <translation>Nach Schäden suchen (Integritätsprüfung); repariert nichts</translation>
    </message>
    <message>
        <source>Make a new, empty database</source>
        <translation>Eine neue, leere Datenbank anlegen</translation>
    </message>
    <message>
        <source>Print each change as it is committed, from any desk</source>
        <translation>Jede Änderung ausgeben, sobald sie gespeichert ist, von jedem Arbeitsplatz</translation>
    </message>
    <message>
        <source>Read-only:       yes (%1)</source>
        <translation>Schreibschutz:   ja (%1)</translation>
    </message>
    <message>
        <source>Look for damage in the database without changing it: SQLite&apos;s integrity_check and foreign_key_check, or on a server every table read through (and its indexes verified when the amcheck extension is installed); then whether every table of the recorded schema is there. Exit status 0 when no damage is found, 5 when it is.</source>
        <translation>Die Datenbank nach Schäden durchsuchen, ohne sie zu verändern: integrity_check und foreign_key_check von SQLite, auf einem Server wird jede Tabelle vollständig gelesen (und ihre Indizes werden geprüft, wenn die Erweiterung amcheck installiert ist); danach wird geprüft, ob jede Tabelle des erfassten Schemas vorhanden ist. Exit-Status 0, wenn kein Schaden gefunden wird, 5, wenn doch.</translation>
    </message>
    <message>
        <source>The faster check the app runs at start-up.</source>
        <translation>Die schnellere Prüfung, die die App beim Start ausführt.</translation>
    </message>
    <message>
        <source>No damage found in %1 (schema %2).</source>
        <translation>Keine Schäden in %1 gefunden (Schema %2).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Make a new, empty database at the --database path (or the default one). An existing database is never replaced; an empty (zero-length) file there is.</source>
        <translation>Eine neue, leere Datenbank unter dem Pfad von --database (oder dem Standardpfad) anlegen. Eine vorhandene Datenbank wird nie ersetzt; eine leere Datei (Länge null) dort schon.</translation>
    </message>
    <message>
        <source>%1 already exists; a new database is only made where there is none (or an empty file).</source>
        <translation>%1 existiert bereits; eine neue Datenbank wird nur dort angelegt, wo keine ist (oder eine leere Datei).</translation>
    </message>
    <message>
        <source>Print one line per change committed to the database from now on, by any desk or script: time, author, action, table and record id (no values). Runs until interrupted, or until --count changes were printed.
JSON: one object per line with id, changed_at, author, action, table, record_id and patient_id.</source>
        <translation>Von jetzt an eine Zeile pro Änderung ausgeben, die in der Datenbank gespeichert wird, von jedem Arbeitsplatz oder Skript: Zeit, Autor, Aktion, Tabelle und Datensatz-ID (keine Werte). Läuft bis zur Unterbrechung oder bis --count Änderungen ausgegeben wurden.
JSON: ein Objekt pro Zeile mit id, changed_at, author, action, table, record_id und patient_id.</translation>
    </message>
    <message>
        <source>Print JSON lines.</source>
        <translation>JSON-Zeilen ausgeben.</translation>
    </message>
    <message>
        <source>Stop after N changes.</source>
        <translation>Nach N Änderungen aufhören.</translation>
    </message>
    <message>
        <source>Look every MS milliseconds (default 1000).</source>
        <translation>Alle MS Millisekunden nachsehen (Standard 1000).</translation>
    </message>
    <message>
        <source>--count must be a whole number (not &apos;%1&apos;).</source>
        <translation>--count muss eine ganze Zahl sein (nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--interval must be between 50 and 60000 milliseconds (not &apos;%1&apos;).</source>
        <translation>--interval muss zwischen 50 und 60000 Millisekunden liegen (nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Copy the clinic into a new SQLite file or an empty server database</source>
        <translation>Die Praxis in eine neue SQLite-Datei oder eine leere Serverdatenbank kopieren</translation>
    </message>
    <message>
        <source>Copy the whole clinic (every table, with pictures and history, keeping record ids) into an empty target: a new SQLite FILE, or an empty database on a server named by postgresql://user@host[:port]/dbname, where the schema is made first. The rows go in as one transaction and the copy&apos;s row count of every table is compared with the clinic&apos;s before it is committed; a target that already holds records is refused and nothing is written there.
JSON: to, backend, schema_version, rows, tables (rows per table).</source>
        <translation>Die gesamte Praxis (alle Tabellen, mit Bildern und Verlauf, unter Beibehaltung der Datensatz-IDs) in ein leeres Ziel kopieren: eine neue SQLite-Datei (FILE) oder eine leere Datenbank auf einem Server, angegeben als postgresql://user@host[:port]/dbname, in der zuerst das Schema angelegt wird. Die Zeilen werden in einer einzigen Transaktion eingefügt, und vor dem Festschreiben wird die Zeilenzahl jeder Tabelle der Kopie mit der der Praxis verglichen; ein Ziel, das bereits Datensätze enthält, wird abgelehnt, und dort wird nichts geschrieben.
JSON: to, backend, schema_version, rows, tables (Zeilen pro Tabelle).</translation>
    </message>
    <message>
        <source>The new SQLite file or the empty server database.</source>
        <translation>Die neue SQLite-Datei oder die leere Serverdatenbank.</translation>
    </message>
    <message>
        <source>db copy needs --to URL|FILE.</source>
        <translation>db copy braucht --to URL|FILE.</translation>
    </message>
    <message>
        <source>Copied the clinic to %1 (schema %2). Rows per table, the same in the clinic and in the copy:</source>
        <translation>Die Praxis wurde nach %1 kopiert (Schema %2). Zeilen pro Tabelle, in der Praxis und in der Kopie gleich:</translation>
    </message>
    <message>
        <source>Rows in all: %1</source>
        <translation>Zeilen insgesamt: %1</translation>
    </message>
</context>
<context>
    <name>DemoClinic</name>
    <message>
        <source>Demo patient (fictional).</source>
        <translation>Demo-Patient/in (fiktiv).</translation>
    </message>
    <message>
        <source>Pelvic girdle and low back pain in pregnancy</source>
        <translation>Beckengürtel- und Kreuzschmerz in der Schwangerschaft</translation>
    </message>
    <message>
        <source>Low back pain with left leg pain</source>
        <translation>Kreuzschmerz mit Schmerz im linken Bein</translation>
    </message>
    <message>
        <source>Low back pain with right leg pain</source>
        <translation>Kreuzschmerz mit Schmerz im rechten Bein</translation>
    </message>
    <message>
        <source>Back pain spreading into both legs</source>
        <translation>Rückenschmerz mit Ausstrahlung in beide Beine</translation>
    </message>
    <message>
        <source>Low back pain</source>
        <translation>Kreuzschmerz</translation>
    </message>
    <message>
        <source>Low back pain after lifting</source>
        <translation>Kreuzschmerz nach dem Heben</translation>
    </message>
    <message>
        <source>Stiff, aching lower back</source>
        <translation>Steifer, schmerzender unterer Rücken</translation>
    </message>
    <message>
        <source>Recurring low back pain</source>
        <translation>Wiederkehrender Kreuzschmerz</translation>
    </message>
    <message>
        <source>Treated high blood pressure</source>
        <translation>Behandelter Bluthochdruck</translation>
    </message>
    <message>
        <source>Stable angina</source>
        <translation>Stabile Angina pectoris</translation>
    </message>
    <message>
        <source>Heart failure, stable on medication</source>
        <translation>Herzinsuffizienz, medikamentös stabil</translation>
    </message>
    <message>
        <source>Lumbar microdiscectomy</source>
        <translation>Lumbale Mikrodiskektomie</translation>
    </message>
    <message>
        <source>Total hip replacement</source>
        <translation>Hüft-Totalendoprothese</translation>
    </message>
    <message>
        <source>Laparoscopic hernia repair</source>
        <translation>Laparoskopische Hernienversorgung</translation>
    </message>
    <message>
        <source>The number of demo patients must be between 1 and %1 (not %2).</source>
        <translation>Die Zahl der Demo-Patienten muss zwischen 1 und %1 liegen (nicht %2).</translation>
    </message>
    <message>
        <source>The number of demo visits must be between 0 and %1 (not %2).</source>
        <translation>Die Zahl der Demo-Termine muss zwischen 0 und %1 liegen (nicht %2).</translation>
    </message>
    <message>
        <source>Cancelled: no demo patient was written.</source>
        <translation>Abgebrochen: Es wurde kein Demo-Patient gespeichert.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create fictional demo patients</source>
        <translation>Fiktive Demo-Patienten anlegen</translation>
    </message>
    <message>
        <source>How many patients (1-%1).</source>
        <translation>Wie viele Patienten (1-%1).</translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation>Startwert des Zufallsgenerators (Standard: %1).</translation>
    </message>
    <message>
        <source>demo needs --patients N.</source>
        <translation>demo braucht --patients N.</translation>
    </message>
    <message>
        <source>--patients must be a whole number (not &apos;%1&apos;).</source>
        <translation>--patients muss eine ganze Zahl sein (nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--seed must be a whole number (not &apos;%1&apos;).</source>
        <translation>--seed muss eine ganze Zahl sein (nicht &apos;%1&apos;).</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 demo patients (episodes of care: %2, conditions: %3).</source>
        <translation>
            <numerusform>%1 Demo-Patient angelegt (Behandlungsepisoden: %2, Diagnosen: %3).</numerusform>
            <numerusform>%1 Demo-Patienten angelegt (Behandlungsepisoden: %2, Diagnosen: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 patients</source>
        <translation>%1 von %2 Patienten</translation>
    </message>
    <message>
        <source>Create N fictional patients (names from many languages, episodes of care and clinical profiles) with M visits and their questionnaires, in one transaction. Clinic numbers start with DEMO-; the same --seed gives the same clinic. A bar shows progress on a terminal; Ctrl+C cancels and writes nothing.
JSON: patients, episodes, conditions, visits, measures, rows, seconds.</source>
        <translation>N fiktive Patienten (Namen aus vielen Sprachen, Behandlungsepisoden und klinische Profile) mit M Terminen und ihren Fragebögen in einer Transaktion anlegen. Die Patientennummern beginnen mit DEMO-; derselbe --seed ergibt dieselbe Praxis. Ein Balken zeigt den Fortschritt im Terminal; Strg+C bricht ab, und nichts wird gespeichert.
JSON: patients, episodes, conditions, visits, measures, rows, seconds.</translation>
    </message>
    <message>
        <source>How many visits in all, spread over the patients and their episodes (0-%1; default: 8 for each of the first %2 patients with an open episode).</source>
        <translation>Wie viele Termine insgesamt, verteilt auf die Patienten und ihre Behandlungsepisoden (0-%1; Standard: 8 für jeden der ersten %2 Patienten mit offener Behandlungsepisode).</translation>
    </message>
    <message>
        <source>Report progress on standard error even when it is not a terminal.</source>
        <translation>Den Fortschritt auf der Standardfehlerausgabe melden, auch wenn sie kein Terminal ist.</translation>
    </message>
    <message>
        <source>--visits must be a whole number (not &apos;%1&apos;).</source>
        <translation>--visits muss eine ganze Zahl sein (nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Visits: %1, outcome measures: %2; %3 rows in %4 s.</source>
        <translation>Termine: %1, Assessments: %2; %3 Zeilen in %4 s.</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <source>Create Demo Patients</source>
        <translation>Demo-Patienten anlegen</translation>
    </message>
    <message>
        <source>Create %1 fictional demo patients to try Gradus?</source>
        <translation>%1 fiktive Demo-Patienten anlegen, um Gradus auszuprobieren?</translation>
    </message>
    <message>
        <source>They have invented names from many languages, episodes of care and clinical profiles. Their clinic numbers start with DEMO- and their notes say they are fictional, so they are easy to find and delete later.</source>
        <translation>Sie haben erfundene Namen aus vielen Sprachen, Behandlungsepisoden und klinische Profile. Ihre Patientennummern beginnen mit DEMO- und ihre Notizen weisen sie als fiktiv aus; so sind sie später leicht zu finden und zu löschen.</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Demo Patients</source>
        <translation>Demo-Patienten</translation>
    </message>
    <message>
        <source>Creating %1 demo patients…</source>
        <translation>%1 Demo-Patienten werden angelegt…</translation>
    </message>
</context>
<context>
    <name>DemoVisits</name>
    <message>
        <source>Ask for at least one demo visit.</source>
        <translation>Es muss mindestens ein Demo-Termin angefordert werden.</translation>
    </message>
    <message>
        <source>Walking quota met most days. Reviewed lifting technique.</source>
        <translation>Gehpensum an den meisten Tagen erreicht. Hebetechnik besprochen.</translation>
    </message>
    <message>
        <source>Flare after a long drive; settled within two days.</source>
        <translation>Schmerzschub nach einer langen Autofahrt; innerhalb von zwei Tagen abgeklungen.</translation>
    </message>
    <message>
        <source>Sleeping better. Progressed bridge holds.</source>
        <translation>Schläft besser. Haltedauer bei der Brücke gesteigert.</translation>
    </message>
    <message>
        <source>Leg pain now above the knee only.</source>
        <translation>Beinschmerz jetzt nur noch oberhalb des Knies.</translation>
    </message>
    <message>
        <source>Back at work on reduced hours.</source>
        <translation>Wieder bei der Arbeit, mit reduzierter Stundenzahl.</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Sitting at work for an hour</source>
        <translation>Eine Stunde Sitzen bei der Arbeit</translation>
    </message>
    <message>
        <source>Lifting the laundry basket</source>
        <translation>Den Wäschekorb heben</translation>
    </message>
    <message>
        <source>Walking to the shops</source>
        <translation>Zu Fuß zum Einkaufen gehen</translation>
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
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beidseits</translation>
    </message>
    <message>
        <source>Alternating</source>
        <translation>Abwechselnd</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Abgelöst</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Hold seconds</source>
        <translation>Haltedauer (s)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Metres</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Repetitions (holds per set)</source>
        <translation>Wiederholungen (Halten pro Satz)</translation>
    </message>
    <message>
        <source>Times per day</source>
        <translation>Mal pro Tag</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>Tage pro Woche</translation>
    </message>
    <message>
        <source>The prescription must name an exercise.</source>
        <translation>Die Übungsvorgabe muss eine Übung nennen.</translation>
    </message>
    <message>
        <source>Rest between sets (seconds)</source>
        <translation>Pause zwischen den Sätzen (Sekunden)</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Note to the patient</source>
        <translation>Hinweis für Patient/in</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters (found %3).</source>
        <translation>%1 darf höchstens %2 Zeichen lang sein (gefunden: %3).</translation>
    </message>
    <message>
        <source>The programme needs a name.</source>
        <translation>Das Programm braucht einen Namen.</translation>
    </message>
    <message>
        <source>The programme name must be at most 200 characters.</source>
        <translation>Der Programmname darf höchstens 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The goal must be at most 2000 characters.</source>
        <translation>Das Ziel darf höchstens 2000 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The review date (%1) must not be before the start date (%2).</source>
        <translation>Das Überprüfungsdatum (%1) darf nicht vor dem Startdatum (%2) liegen.</translation>
    </message>
    <message>
        <source>Every section needs a name.</source>
        <translation>Jeder Abschnitt braucht einen Namen.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot;, item %2: %3</source>
        <translation>Abschnitt „%1“, Eintrag %2: %3</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3 (found %4).</source>
        <translation>%1 muss zwischen %2 und %3 liegen (gefunden: %4).</translation>
    </message>
    <message>
        <source>%1 must be empty for a dose of type &quot;%2&quot; (found %3).</source>
        <translation>%1 muss bei einer Dosierung vom Typ &quot;%2&quot; leer sein (gefunden: %3).</translation>
    </message>
    <message>
        <source>%1 sets of %2 is %3 repetitions in one session; at most %4 make a plausible dose.</source>
        <translation>%1 Sätze à %2 ergeben %3 Wiederholungen in einer Einheit; höchstens %4 sind eine plausible Dosierung.</translation>
    </message>
    <message>
        <source>%1 x %2 holds of %3 seconds is more than %4 minutes of holding in one session.</source>
        <translation>%1 x %2 Halten à %3 Sekunden ergeben mehr als %4 Minuten Haltedauer in einer Einheit.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>A dose of %1 does not fit %2: it is dosed in %3.</source>
        <translation>Eine Dosierung nach %1 passt nicht zu %2: Die Übung wird nach %3 dosiert.</translation>
    </message>
</context>
<context>
    <name>EpisodeCommand</name>
    <message>
        <source>List a patient&apos;s episodes of care; set an episode&apos;s onset or complaint</source>
        <translation>Die Behandlungsepisoden eines Patienten auflisten; Beginn oder Hauptbeschwerde einer Episode festlegen</translation>
    </message>
    <message>
        <source>List a patient&apos;s episodes, newest first</source>
        <translation>Die Episoden eines Patienten auflisten, neueste zuerst</translation>
    </message>
    <message>
        <source>Change an episode&apos;s onset or complaint</source>
        <translation>Beginn oder Hauptbeschwerde einer Episode ändern</translation>
    </message>
    <message>
        <source>List a patient&apos;s episodes of care, newest first, with the phase of care their onset gives today.
JSON: an array of objects with id, patient_id, complaint, onset, opened, closed, open and phase (acute, subacute, chronic; null when the onset is not recorded).</source>
        <translation>Die Behandlungsepisoden eines Patienten auflisten, neueste zuerst, mit der Phase, die sich heute aus ihrem Beginn ergibt.
JSON: ein Array von Objekten mit id, patient_id, complaint, onset, opened, closed, open und phase (acute, subacute, chronic; null, wenn der Beginn nicht erfasst ist).</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>Die ID des Patienten.</translation>
    </message>
    <message>
        <source>No episode of care recorded.</source>
        <translation>Keine Behandlungsepisode erfasst.</translation>
    </message>
    <message>
        <source>onset not recorded</source>
        <translation>Beginn nicht erfasst</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>Change an episode of care: only the options given change. The onset is when the complaint began; the phase of care, and with it the safety check, follows from it (&apos;none&apos; clears it). Prints the episode&apos;s id (with --json, the episode).</source>
        <translation>Eine Behandlungsepisode ändern: Nur die angegebenen Optionen werden geändert. Der Beginn ist der Zeitpunkt, an dem die Beschwerden begannen; daraus ergeben sich die Phase und damit die Sicherheitsprüfung (&apos;none&apos; löscht ihn). Gibt die ID der Episode aus (mit --json die Episode).</translation>
    </message>
    <message>
        <source>The episode&apos;s id (see &apos;episode list&apos;).</source>
        <translation>Die ID der Episode (siehe &apos;episode list&apos;).</translation>
    </message>
    <message>
        <source>Onset date, YYYY-MM-DD, or none.</source>
        <translation>Datum des Beginns, YYYY-MM-DD, oder none.</translation>
    </message>
    <message>
        <source>The presenting complaint.</source>
        <translation>Die Hauptbeschwerde.</translation>
    </message>
    <message>
        <source>episode edit needs --onset or --complaint.</source>
        <translation>episode edit braucht --onset oder --complaint.</translation>
    </message>
    <message>
        <source>--onset must be a date written YYYY-MM-DD or none (not &apos;%1&apos;).</source>
        <translation>--onset muss ein Datum im Format YYYY-MM-DD oder none sein (nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>episode</source>
        <translation>Episode</translation>
    </message>
</context>
<context>
    <name>EpisodeEdits</name>
    <message>
        <source>Episode %1</source>
        <translation>Episode %1</translation>
    </message>
    <message>
        <source>Opening the episode &quot;%1&quot; cannot be undone: conditions, visits, measures or a programme have been recorded in it since.</source>
        <translation>Das Eröffnen der Episode „%1“ kann nicht rückgängig gemacht werden: Seitdem wurden Diagnosen, Termine, Assessments oder ein Programm darin erfasst.</translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation>Diagnose %1</translation>
    </message>
</context>
<context>
    <name>EpisodeRepository</name>
    <message>
        <source>There is no episode of care with id %1.</source>
        <translation>Es gibt keine Behandlungsepisode mit der ID %1.</translation>
    </message>
    <message>
        <source>Complaint not yet recorded</source>
        <translation>Hauptbeschwerde noch nicht erfasst</translation>
    </message>
    <message>
        <source>There is no patient with id %1.</source>
        <translation>Es gibt keinen Patienten mit der ID %1.</translation>
    </message>
    <message>
        <source>This patient already has an open episode (&quot;%1&quot;, opened %2). Close it before opening another.</source>
        <translation>Dieser Patient hat bereits eine offene Episode („%1“, eröffnet am %2). Schließen Sie diese ab, bevor Sie eine neue eröffnen.</translation>
    </message>
    <message>
        <source>Only a stored episode can be restored.</source>
        <translation>Nur eine gespeicherte Episode kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>An episode cannot be moved to another patient.</source>
        <translation>Eine Episode kann nicht zu einem anderen Patienten verschoben werden.</translation>
    </message>
    <message>
        <source>This episode was already closed on %1.</source>
        <translation>Diese Episode wurde bereits am %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>The episode could not be removed, and nothing was changed: %1</source>
        <translation>Die Episode konnte nicht entfernt werden; es wurde nichts verändert: %1</translation>
    </message>
    <message>
        <source>Episode %1</source>
        <translation>Episode %1</translation>
    </message>
</context>
<context>
    <name>EpisodeValidator</name>
    <message>
        <source>The presenting complaint is required.</source>
        <translation>Die Hauptbeschwerde ist erforderlich.</translation>
    </message>
    <message>
        <source>The presenting complaint is too long (at most %1 characters).</source>
        <translation>Die Hauptbeschwerde ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The date the episode was opened is required.</source>
        <translation>Das Eröffnungsdatum der Episode ist erforderlich.</translation>
    </message>
    <message>
        <source>The episode cannot be opened in the future (%1).</source>
        <translation>Die Episode kann nicht in der Zukunft eröffnet werden (%1).</translation>
    </message>
    <message>
        <source>The onset date %1 is in the future.</source>
        <translation>Der Beginn %1 liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The onset date %1 is after the episode was opened (%2).</source>
        <translation>Der Beginn %1 liegt nach der Eröffnung der Episode (%2).</translation>
    </message>
    <message>
        <source>The episode cannot be closed in the future (%1).</source>
        <translation>Die Episode kann nicht in der Zukunft abgeschlossen werden (%1).</translation>
    </message>
    <message>
        <source>The episode cannot be closed (%1) before it was opened (%2).</source>
        <translation>Die Episode kann nicht abgeschlossen werden (%1), bevor sie eröffnet wurde (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known condition code (see &apos;gradus-cli condition codes&apos;).</source>
        <translation>&apos;%1&apos; ist kein bekannter Diagnosecode (siehe &apos;gradus-cli condition codes&apos;).</translation>
    </message>
    <message>
        <source>%1 has no side; leave the side empty.</source>
        <translation>%1 hat keine Seite; lassen Sie die Seite leer.</translation>
    </message>
    <message>
        <source>%1 takes no number; leave it empty.</source>
        <translation>%1 trägt keine Zahl; lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (not %4).</source>
        <translation>%1 muss zwischen %2 und %3 liegen (nicht %4).</translation>
    </message>
</context>
<context>
    <name>ExerciseCommand</name>
    <message>
        <source>The exercise library: list, show, export, import and pictures</source>
        <translation>Die Übungsbibliothek: auflisten, anzeigen, exportieren, importieren und Bilder</translation>
    </message>
    <message>
        <source>List the exercises</source>
        <translation>Die Übungen auflisten</translation>
    </message>
    <message>
        <source>Show one exercise in full</source>
        <translation>Eine Übung vollständig anzeigen</translation>
    </message>
    <message>
        <source>Write exercises to a JSON file</source>
        <translation>Übungen in eine JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Add exercises from an exported JSON file</source>
        <translation>Übungen aus einer exportierten JSON-Datei hinzufügen</translation>
    </message>
    <message>
        <source>Write an exercise&apos;s picture as PNG or SVG</source>
        <translation>Das Bild einer Übung als PNG oder SVG schreiben</translation>
    </message>
    <message>
        <source>List the exercises in use (not retired), by name. In --json output &quot;id&quot; is the stable text id and &quot;record_id&quot; the database id.</source>
        <translation>Die verwendeten (nicht ausgemusterten) Übungen nach Namen auflisten. In der Ausgabe mit --json ist &quot;id&quot; die stabile Text-ID und &quot;record_id&quot; die Datenbank-ID.</translation>
    </message>
    <message>
        <source>Include retired exercises.</source>
        <translation>Ausgemusterte Übungen einbeziehen.</translation>
    </message>
    <message>
        <source>Only this category (%1).</source>
        <translation>Nur diese Kategorie (%1).</translation>
    </message>
    <message>
        <source>Unknown category &apos;%1&apos; (one of: %2).</source>
        <translation>Unbekannte Kategorie &apos;%1&apos; (eine von: %2).</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ausgemustert</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>praxiseigen</translation>
    </message>
    <message>
        <source>Show one exercise in full. ID is the stable id (bird_dog) or the record id.</source>
        <translation>Eine Übung vollständig anzeigen. ID ist die stabile ID (bird_dog) oder die Datensatz-ID.</translation>
    </message>
    <message>
        <source>The exercise.</source>
        <translation>Die Übung.</translation>
    </message>
    <message>
        <source>Category:        %1</source>
        <translation>Kategorie:             %1</translation>
    </message>
    <message>
        <source>Position:        %1</source>
        <translation>Ausgangsstellung:      %1</translation>
    </message>
    <message>
        <source>Equipment:       %1</source>
        <translation>Hilfsmittel:           %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Spinal movement: %1%2</source>
        <translation>Wirbelsäulenbewegung:  %1%2</translation>
    </message>
    <message>
        <source> (to end of range)</source>
        <translation> (bis zum Bewegungsende)</translation>
    </message>
    <message>
        <source>Spinal load:     %1</source>
        <translation>Wirbelsäulenbelastung: %1</translation>
    </message>
    <message>
        <source>Impact:          %1</source>
        <translation>Stoßbelastung:         %1</translation>
    </message>
    <message>
        <source>External load:   %1</source>
        <translation>Externe Last:          %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Balance demand:  %1</source>
        <translation>Gleichgewicht:         %1</translation>
    </message>
    <message>
        <source>Default dose:    %1</source>
        <translation>Standarddosierung:     %1</translation>
    </message>
    <message>
        <source>Easier:          %1</source>
        <translation>Leichter:              %1</translation>
    </message>
    <message>
        <source>Harder:          %1</source>
        <translation>Schwerer:              %1</translation>
    </message>
    <message>
        <source>Status:          %1</source>
        <translation>Status:                %1</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Verwendung</translation>
    </message>
    <message>
        <source>, built-in (edited by the clinic)</source>
        <translation>, mitgeliefert (von der Praxis bearbeitet)</translation>
    </message>
    <message>
        <source>, built-in</source>
        <translation>, mitgeliefert</translation>
    </message>
    <message>
        <source>, the clinic&apos;s own</source>
        <translation>, praxiseigen</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Anleitung:</translation>
    </message>
    <message>
        <source>You should feel:</source>
        <translation>Das sollten Sie spüren:</translation>
    </message>
    <message>
        <source>Stop and tell your physiotherapist if:</source>
        <translation>Hören Sie in diesen Fällen auf und informieren Sie Ihre Physiotherapeutin oder Ihren Physiotherapeuten:</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Write exercises, with the clinic&apos;s pictures, to a JSON file that &apos;exercise import&apos; reads. Without ID, every exercise is written.</source>
        <translation>Übungen mit den Bildern der Praxis in eine JSON-Datei schreiben, die &apos;exercise import&apos; lesen kann. Ohne ID werden alle Übungen geschrieben.</translation>
    </message>
    <message>
        <source>Exercises to write (stable or record ids).</source>
        <translation>Zu schreibende Übungen (stabile IDs oder Datensatz-IDs).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Nach FILE statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Only the clinic&apos;s own exercises.</source>
        <translation>Nur die praxiseigenen Übungen.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or add --force.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder geben Sie --force an.</translation>
    </message>
    <message>
        <source>Exercises written to %1: %2</source>
        <translation>Übungen nach %1 geschrieben: %2</translation>
    </message>
    <message>
        <source>Add exercises from a file written by &apos;exercise export&apos;. The whole file is checked first; if anything is wrong nothing is imported. Exercises already present are skipped unless --replace is given.</source>
        <translation>Übungen aus einer Datei hinzufügen, die &apos;exercise export&apos; geschrieben hat. Zuerst wird die ganze Datei geprüft; ist etwas fehlerhaft, wird nichts importiert. Bereits vorhandene Übungen werden übersprungen, außer mit --replace.</translation>
    </message>
    <message>
        <source>The exported JSON file.</source>
        <translation>Die exportierte JSON-Datei.</translation>
    </message>
    <message>
        <source>Overwrite exercises that are already present.</source>
        <translation>Bereits vorhandene Übungen überschreiben.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Added %1, replaced %2, skipped %3 (already present).</source>
        <translation>Hinzugefügt: %1, ersetzt: %2, übersprungen: %3 (bereits vorhanden).</translation>
    </message>
    <message>
        <source>Write an exercise&apos;s picture: the clinic&apos;s own photo when one is attached, otherwise the drawing. The format follows the file name (.png or .svg); SVG drawings are vector and print sharply at any size.</source>
        <translation>Das Bild einer Übung schreiben: das eigene Foto der Praxis, falls eines hinterlegt ist, sonst die Zeichnung. Das Format richtet sich nach dem Dateinamen (.png oder .svg); SVG-Zeichnungen sind Vektorgrafiken und werden in jeder Größe scharf gedruckt.</translation>
    </message>
    <message>
        <source>The exercise (stable or record id).</source>
        <translation>Die Übung (stabile ID oder Datensatz-ID).</translation>
    </message>
    <message>
        <source>The file to write (.png or .svg).</source>
        <translation>Die zu schreibende Datei (.png oder .svg).</translation>
    </message>
    <message>
        <source>Width in pixels, 16 to 8000 (default 800); drawings are 4:3.</source>
        <translation>Breite in Pixeln, 16 bis 8000 (Standard 800); Zeichnungen haben das Seitenverhältnis 4:3.</translation>
    </message>
    <message>
        <source>exercise image needs --out FILE.png or FILE.svg.</source>
        <translation>exercise image braucht --out FILE.png oder FILE.svg.</translation>
    </message>
    <message>
        <source>--out must end in .png or .svg, not &apos;%1&apos;.</source>
        <translation>--out muss auf .png oder .svg enden, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--size must be a whole number of pixels from 16 to 8000.</source>
        <translation>--size muss eine ganze Pixelzahl von 16 bis 8000 sein.</translation>
    </message>
    <message>
        <source>Could not encode the PNG.</source>
        <translation>Das PNG konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>Rename, describe, retire or restore an exercise</source>
        <translation>Eine Übung umbenennen, beschreiben, ausmustern oder wiederherstellen</translation>
    </message>
    <message>
        <source>Change an exercise of the clinic&apos;s library: its name or summary, or retire it (hidden from new programmes, still shown in old ones) and restore it. A built-in exercise whose content is changed is marked edited, so library upgrades leave it alone. Prints the exercise&apos;s record id and its new version.
JSON: the exercise as `exercise show --json` prints it, with its version.</source>
        <translation>Eine Übung der Übungsbibliothek der Praxis ändern: ihren Namen oder ihre Kurzbeschreibung, oder sie ausmustern (in neuen Programmen ausgeblendet, in bestehenden weiter angezeigt) und wiederherstellen. Eine mitgelieferte Übung, deren Inhalt geändert wird, wird als bearbeitet markiert, sodass Aktualisierungen der Bibliothek sie unverändert lassen. Gibt die Datensatz-ID der Übung und ihre neue Version aus.
JSON: die Übung, wie `exercise show --json` sie ausgibt, mit ihrer Version.</translation>
    </message>
    <message>
        <source>Stable id or record id.</source>
        <translation>Stabile ID oder Datensatz-ID.</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>Der neue Name.</translation>
    </message>
    <message>
        <source>The new summary.</source>
        <translation>Die neue Kurzbeschreibung.</translation>
    </message>
    <message>
        <source>Retire the exercise.</source>
        <translation>Die Übung ausmustern.</translation>
    </message>
    <message>
        <source>Restore a retired exercise.</source>
        <translation>Eine ausgemusterte Übung wiederherstellen.</translation>
    </message>
    <message>
        <source>Give either --retire or --restore, not both.</source>
        <translation>Geben Sie entweder --retire oder --restore an, nicht beides.</translation>
    </message>
    <message>
        <source>exercise edit needs --name, --summary, --retire or --restore.</source>
        <translation>exercise edit braucht --name, --summary, --retire oder --restore.</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <source>gradus-cli: exercise %1 is now at version %2.</source>
        <translation>gradus-cli: Übung %1 liegt jetzt in Version %2 vor.</translation>
    </message>
</context>
<context>
    <name>ExerciseEditing</name>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Retire &quot;%1&quot;</source>
        <translation>„%1“ ausmustern</translation>
    </message>
    <message>
        <source>Restore &quot;%1&quot;</source>
        <translation>„%1“ wiederherstellen</translation>
    </message>
    <message>
        <source>Remove the picture of &quot;%1&quot;</source>
        <translation>Bild von „%1“ entfernen</translation>
    </message>
    <message>
        <source>Set the picture of &quot;%1&quot;</source>
        <translation>Bild von „%1“ festlegen</translation>
    </message>
</context>
<context>
    <name>ExerciseJson</name>
    <message>
        <source>must be lower-case letters, digits and _ (starting with a letter, 2-63 characters), found &quot;%1&quot;</source>
        <translation>muss aus Kleinbuchstaben, Ziffern und _ bestehen (mit einem Buchstaben beginnend, 2-63 Zeichen), gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be the picture in base64</source>
        <translation>muss das Bild in Base64 enthalten</translation>
    </message>
    <message>
        <source>must be an image type such as image/png</source>
        <translation>muss ein Bildtyp wie image/png sein</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and _ (starting with a letter), found &quot;%1&quot;</source>
        <translation>muss aus Kleinbuchstaben, Ziffern und _ bestehen (mit einem Buchstaben beginnend), gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>must have at least one step</source>
        <translation>muss mindestens einen Schritt enthalten</translation>
    </message>
    <message>
        <source>must name at least one movement (&quot;neutral&quot; when the spine is held still)</source>
        <translation>muss mindestens eine Bewegung nennen (&quot;neutral&quot;, wenn die Wirbelsäule ruhig gehalten wird)</translation>
    </message>
    <message>
        <source>cannot combine &quot;neutral&quot; with a movement</source>
        <translation>kann &quot;neutral&quot; nicht mit einer Bewegung kombinieren</translation>
    </message>
    <message>
        <source>must be false when the spine is held neutral</source>
        <translation>muss false sein, wenn die Wirbelsäule neutral gehalten wird</translation>
    </message>
    <message>
        <source>must be from 1 to 10</source>
        <translation>muss zwischen 1 und 10 liegen</translation>
    </message>
    <message>
        <source>must be from 1 to 100</source>
        <translation>muss zwischen 1 und 100 liegen</translation>
    </message>
    <message>
        <source>must be from 1 to 300</source>
        <translation>muss zwischen 1 und 300 liegen</translation>
    </message>
    <message>
        <source>must be from 1 to 180</source>
        <translation>muss zwischen 1 und 180 liegen</translation>
    </message>
    <message>
        <source>must be from 1 to 50000</source>
        <translation>muss zwischen 1 und 50000 liegen</translation>
    </message>
    <message>
        <source>must be from 1 to 12</source>
        <translation>muss zwischen 1 und 12 liegen</translation>
    </message>
    <message>
        <source>must be from 1 to 7</source>
        <translation>muss zwischen 1 und 7 liegen</translation>
    </message>
    <message>
        <source>must be the id of an exercise, found &quot;%1&quot;</source>
        <translation>muss die ID einer Übung sein, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>links the exercise to itself</source>
        <translation>verweist auf die Übung selbst</translation>
    </message>
    <message>
        <source>repeats &quot;%1&quot;</source>
        <translation>enthält &quot;%1&quot; doppelt</translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; as both easier and harder</source>
        <translation>führt &quot;%1&quot; zugleich als leichter und als schwerer</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; %2</source>
        <translation>Feld &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>is not a known field (expected one of: %1)</source>
        <translation>ist kein bekanntes Feld (erwartet wird eines von: %1)</translation>
    </message>
    <message>
        <source>must be text, found %1</source>
        <translation>muss Text sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a list of texts, found %1</source>
        <translation>muss eine Liste von Texten sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must have at least one entry</source>
        <translation>muss mindestens einen Eintrag haben</translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation>hat mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>must be non-empty text, found %1</source>
        <translation>muss nicht leerer Text sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be true or false, found %1</source>
        <translation>muss true oder false sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, found %3</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein, gefunden: %3</translation>
    </message>
    <message>
        <source>is missing (one of: %1)</source>
        <translation>fehlt (eines von: %1)</translation>
    </message>
    <message>
        <source>must be one of %1, found %2</source>
        <translation>muss eines von %1 sein, gefunden: %2</translation>
    </message>
    <message>
        <source>must be a list of: %1</source>
        <translation>muss eine Liste sein aus: %1</translation>
    </message>
    <message>
        <source>repeats %1</source>
        <translation>enthält %1 doppelt</translation>
    </message>
    <message>
        <source>must be an object, found %1</source>
        <translation>muss ein Objekt sein, gefunden: %1</translation>
    </message>
    <message>
        <source>is only used when type is %1</source>
        <translation>wird nur bei type %1 verwendet</translation>
    </message>
    <message>
        <source>must name at least one dose type</source>
        <translation>muss mindestens einen Dosierungstyp nennen</translation>
    </message>
    <message>
        <source>must include the default dose&apos;s type &quot;%1&quot;</source>
        <translation>muss den Typ der Standarddosierung &quot;%1&quot; enthalten</translation>
    </message>
</context>
<context>
    <name>ExerciseLibrary</name>
    <message>
        <source>Could not add exercise &quot;%1&quot;: %2</source>
        <translation>Übung „%1“ konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was loaded from it.</source>
        <translation>%1: %2. Daraus wurde nichts geladen.</translation>
    </message>
    <message>
        <source>is not valid JSON at line %1, column %2 (%3)</source>
        <translation>ist kein gültiges JSON in Zeile %1, Spalte %2 (%3)</translation>
    </message>
    <message>
        <source>must hold a JSON object with &quot;format&quot; and &quot;exercises&quot;</source>
        <translation>muss ein JSON-Objekt mit &quot;format&quot; und &quot;exercises&quot; enthalten</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not a known field (expected one of: %2)</source>
        <translation>Feld &apos;%1&apos; ist kein bekanntes Feld (erwartet wird eines von: %2)</translation>
    </message>
    <message>
        <source>field &apos;format&apos; must be &quot;gradus-exercise-library&quot;</source>
        <translation>Feld &apos;format&apos; muss &quot;gradus-exercise-library&quot; sein</translation>
    </message>
    <message>
        <source>field &apos;format_version&apos; must be a whole number from 1</source>
        <translation>Feld &apos;format_version&apos; muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>field &apos;format_version&apos; is %1, but this Gradus reads up to %2; install a newer Gradus</source>
        <translation>Feld &apos;format_version&apos; ist %1, aber dieses Gradus liest nur bis %2; installieren Sie eine neuere Gradus-Version</translation>
    </message>
    <message>
        <source>field &apos;library_version&apos; must be a whole number from 1</source>
        <translation>Feld &apos;library_version&apos; muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>field &apos;exercises&apos; must be a non-empty list</source>
        <translation>Feld &apos;exercises&apos; muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>exercise number %1 (no id)</source>
        <translation>Übung Nummer %1 (ohne ID)</translation>
    </message>
    <message>
        <source>exercise &apos;%1&apos; (number %2)</source>
        <translation>Übung &apos;%1&apos; (Nummer %2)</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: field &apos;id&apos; must not start with &quot;%2&quot;, which is kept for the clinic&apos;s own exercises</source>
        <translation>%1: Feld &apos;id&apos; darf nicht mit &quot;%2&quot; beginnen; das ist den praxiseigenen Übungen vorbehalten</translation>
    </message>
    <message>
        <source>%1: field &apos;id&apos; repeats the id of exercise number %2</source>
        <translation>%1: Feld &apos;id&apos; wiederholt die ID von Übung Nummer %2</translation>
    </message>
    <message>
        <source>%1: field &apos;%2[%3]&apos; names &quot;%4&quot;, which is not in this library</source>
        <translation>%1: Feld &apos;%2[%3]&apos; nennt &quot;%4&quot;, das nicht in dieser Bibliothek ist</translation>
    </message>
    <message>
        <source>the progressions go round in a loop: %1</source>
        <translation>die Steigerungen bilden eine Schleife: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %2 problems; nothing was loaded from it:</source>
        <translation>
            <numerusform>%1 hat %2 Fehler; daraus wurde nichts geladen:</numerusform>
            <numerusform>%1 hat %2 Fehler; daraus wurde nichts geladen:</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Could not read the exercise library %1: %2</source>
        <translation>Die Übungsbibliothek %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The exercise library could not be loaded into the database: %1</source>
        <translation>Die Übungsbibliothek konnte nicht in die Datenbank geladen werden: %1</translation>
    </message>
    <message>
        <source>The built-in exercise library is missing from this build.</source>
        <translation>Die mitgelieferte Übungsbibliothek fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>ExerciseMerge</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosierung</translation>
    </message>
    <message>
        <source>Doses that fit</source>
        <translation>Passende Dosierungen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>You should feel</source>
        <translation>Das sollten Sie spüren</translation>
    </message>
    <message>
        <source>Stop if</source>
        <translation>Abbrechen, wenn</translation>
    </message>
    <message>
        <source>Easier</source>
        <translation>Leichter</translation>
    </message>
    <message>
        <source>Harder</source>
        <translation>Schwerer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>ExercisePicture</name>
    <message>
        <source>The width must be from 16 to 8000 pixels.</source>
        <translation>Die Breite muss zwischen 16 und 8000 Pixeln liegen.</translation>
    </message>
    <message>
        <source>The picture of &quot;%1&quot; cannot be read.</source>
        <translation>Das Bild von „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no drawing or picture.</source>
        <translation>„%1“ hat weder eine Zeichnung noch ein Bild.</translation>
    </message>
</context>
<context>
    <name>ExerciseRepository</name>
    <message>
        <source>There is no exercise %1.</source>
        <translation>Es gibt keine Übung %1.</translation>
    </message>
    <message>
        <source>Could not find a free id for &quot;%1&quot;.</source>
        <translation>Für „%1“ wurde keine freie ID gefunden.</translation>
    </message>
    <message>
        <source>Exercise &quot;%1&quot;: %2</source>
        <translation>Übung „%1“: %2</translation>
    </message>
    <message>
        <source>Exercise &quot;%1&quot; links to &quot;%2&quot;, which is not in the library.</source>
        <translation>Übung „%1“ verweist auf „%2“, die nicht in der Bibliothek ist.</translation>
    </message>
    <message>
        <source>The id of a clinic&apos;s own exercise must start with &quot;%1&quot; (found &quot;%2&quot;).</source>
        <translation>Die ID einer praxiseigenen Übung muss mit &quot;%1&quot; beginnen (gefunden: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Could not save exercise &quot;%1&quot;: %2</source>
        <translation>Übung „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image type.</source>
        <translation>&quot;%1&quot; ist kein Bildtyp.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in exercise; retire it instead of deleting it.</source>
        <translation>„%1“ ist eine mitgelieferte Übung; mustern Sie sie aus, statt sie zu löschen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be deleted (is it used in a programme?): %2</source>
        <translation>„%1“ konnte nicht gelöscht werden (wird sie in einem Programm verwendet?): %2</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Übung %1</translation>
    </message>
</context>
<context>
    <name>ExerciseTransfer</name>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation>ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>is not a Gradus exercise export (field &apos;format&apos; must be &quot;gradus-exercises&quot;)</source>
        <translation>ist kein Gradus-Übungsexport (Feld &apos;format&apos; muss &quot;gradus-exercises&quot; sein)</translation>
    </message>
    <message>
        <source>was written by a newer Gradus (format version %1)</source>
        <translation>wurde von einer neueren Gradus-Version geschrieben (Formatversion %1)</translation>
    </message>
    <message>
        <source>field &apos;exercises&apos; must be a list</source>
        <translation>Feld &apos;exercises&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <source>exercise number %1</source>
        <translation>Übung Nummer %1</translation>
    </message>
    <message>
        <source>exercise &apos;%1&apos; (number %2)</source>
        <translation>Übung &apos;%1&apos; (Nummer %2)</translation>
    </message>
    <message>
        <source>%1: field &apos;id&apos; appears twice in the file</source>
        <translation>%1: Feld &apos;id&apos; kommt in der Datei doppelt vor</translation>
    </message>
    <message>
        <source>exercise &apos;%1&apos; is a built-in exercise that this Gradus does not have; only the clinic&apos;s own exercises (ids starting with &quot;%2&quot;) can be added</source>
        <translation>Übung &apos;%1&apos; ist eine mitgelieferte Übung, die dieses Gradus nicht kennt; nur praxiseigene Übungen (IDs beginnend mit &quot;%2&quot;) können hinzugefügt werden</translation>
    </message>
    <message>
        <source>exercise &apos;%1&apos; could not be saved: %2</source>
        <translation>Übung &apos;%1&apos; konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>exercise &apos;%1&apos; links to &quot;%2&quot;, which is neither in the file nor in this library</source>
        <translation>Übung &apos;%1&apos; verweist auf &quot;%2&quot;, das weder in der Datei noch in dieser Bibliothek ist</translation>
    </message>
    <message>
        <source>field &apos;format_version&apos; must be a whole number from 1</source>
        <translation>Feld &apos;format_version&apos; muss eine ganze Zahl ab 1 sein</translation>
    </message>
</context>
<context>
    <name>ExerciseVocabulary</name>
    <message>
        <source>Aerobic</source>
        <translation>Ausdauer</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilisation</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>Core and stability</source>
        <translation>Rumpf und Stabilität</translation>
    </message>
    <message>
        <source>Strengthening</source>
        <translation>Kräftigung</translation>
    </message>
    <message>
        <source>Cautioned (high load or impact)</source>
        <translation>Mit Vorsicht (hohe Last oder Stoßbelastung)</translation>
    </message>
    <message>
        <source>Neutral (held still)</source>
        <translation>Neutral (ruhig gehalten)</translation>
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
        <translation>Seitneigung</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Lying on your back</source>
        <translation>Rückenlage</translation>
    </message>
    <message>
        <source>Lying on your front</source>
        <translation>Bauchlage</translation>
    </message>
    <message>
        <source>Lying on your side</source>
        <translation>Seitenlage</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>Vierfüßlerstand</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>Kniestand</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sitz</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>In water</source>
        <translation>Im Wasser</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Matte</translation>
    </message>
    <message>
        <source>Pillow</source>
        <translation>Kissen</translation>
    </message>
    <message>
        <source>Towel or strap</source>
        <translation>Handtuch oder Gurt</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Exercise ball</source>
        <translation>Gymnastikball</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Widerstandsband</translation>
    </message>
    <message>
        <source>Dumbbell</source>
        <translation>Kurzhantel</translation>
    </message>
    <message>
        <source>Barbell</source>
        <translation>Langhantel</translation>
    </message>
    <message>
        <source>Exercise bike</source>
        <translation>Fahrradergometer</translation>
    </message>
    <message>
        <source>Cross-trainer</source>
        <translation>Crosstrainer</translation>
    </message>
    <message>
        <source>Swimming pool</source>
        <translation>Schwimmbecken</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>Clinic&apos;s own</source>
        <translation>Praxiseigen</translation>
    </message>
    <message>
        <source>%1 sets of %2</source>
        <translation>%1 Sätze à %2</translation>
    </message>
    <message>
        <source>%1 sets of %2 × %3 s hold</source>
        <translation>%1 Sätze à %2 × %3 s Halten</translation>
    </message>
    <message>
        <source>%1 × %2 s hold</source>
        <translation>%1 × %2 s Halten</translation>
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
        <translation>%1 pro Seite</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>einmal täglich</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>zweimal täglich</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
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
    <name>ExportCommand</name>
    <message>
        <source>Pain, activity and outcome scores of every patient, one row per value</source>
        <translation>Schmerz-, Aktivitäts- und Assessment-Werte aller Patienten, eine Zeile pro Wert</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 existiert bereits; geben Sie --force an, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>Export data: outcomes (CSV), FHIR, calendar reminders, programmes, templates</source>
        <translation>Daten exportieren: Verlaufswerte (CSV), FHIR, Kalendererinnerungen, Programme, Vorlagen</translation>
    </message>
    <message>
        <source>A patient&apos;s record as a FHIR R4 bundle (JSON)</source>
        <translation>Die Akte eines Patienten als FHIR-R4-Bundle (JSON)</translation>
    </message>
    <message>
        <source>A programme&apos;s reminders as an iCalendar file (.ics)</source>
        <translation>Die Erinnerungen eines Programms als iCalendar-Datei (.ics)</translation>
    </message>
    <message>
        <source>A programme for another clinic or desk (JSON)</source>
        <translation>Ein Programm für eine andere Praxis oder einen anderen Arbeitsplatz (JSON)</translation>
    </message>
    <message>
        <source>A clinic template for another clinic (JSON)</source>
        <translation>Eine Praxisvorlage für eine andere Praxis (JSON)</translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>Auf die Standardausgabe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Write every patient&apos;s pain, activity and outcome scores as CSV (RFC 4180, every field quoted), one row per value, with record ids and no names or notes; PSFS activity names in their own column. Columns: %1

--deidentify writes a research table instead: a study id per patient, an age band, sex, episode numbers and every date shifted by a random number of days per patient (kept secret, not stored); no record ids, clinic numbers, names, notes, birth dates or activity names. Columns: %2</source>
        <translation>Die Schmerz-, Aktivitäts- und Assessment-Werte aller Patienten als CSV schreiben (RFC 4180, jedes Feld in Anführungszeichen), eine Zeile pro Wert, mit Datensatz-IDs und ohne Namen oder Notizen; PSFS-Aktivitätsnamen in einer eigenen Spalte. Spalten: %1

--deidentify schreibt stattdessen eine Forschungstabelle: eine Studien-ID pro Patient, eine Altersgruppe, Geschlecht, Episodennummern, und jedes Datum ist pro Patient um eine zufällige Anzahl von Tagen verschoben (geheim gehalten, nicht gespeichert); keine Datensatz-IDs, Patientennummern, Namen, Notizen, Geburtsdaten oder Aktivitätsnamen. Spalten: %2</translation>
    </message>
    <message>
        <source>Where to write the CSV; - for standard output.</source>
        <translation>Wohin die CSV-Datei geschrieben wird; - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>De-identified research table (see above).</source>
        <translation>De-identifizierte Forschungstabelle (siehe oben).</translation>
    </message>
    <message>
        <source>export outcomes needs --csv FILE (or --csv - for standard output).</source>
        <translation>export outcomes braucht --csv FILE (oder --csv - für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Where to write; - for standard output.</source>
        <translation>Wohin geschrieben wird; - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>%1 needs --out FILE (or --out - for standard output).</source>
        <translation>%1 braucht --out FILE (oder --out - für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Write the patient&apos;s record as a FHIR R4 Bundle (type collection, JSON) for a GP system or another clinic: Patient, Condition, Observation (NPRS pain, activity, steps, questionnaire scores), QuestionnaireResponse (answers by item number), CarePlan for each active programme, and a Provenance naming the author. The same record always gets the same resource ids. Mapping: docs/EXCHANGE.md.</source>
        <translation>Die Akte des Patienten als FHIR-R4-Bundle (Typ collection, JSON) für das System einer Hausarztpraxis oder eine andere Praxis schreiben: Patient, Condition, Observation (NPRS-Schmerz, Aktivität, Schritte, Fragebogen-Scores), QuestionnaireResponse (Antworten nach Item-Nummer), CarePlan für jedes aktive Programm und eine Provenance, die den Autor nennt. Derselbe Datensatz erhält immer dieselben Ressourcen-IDs. Zuordnung: docs/EXCHANGE.md.</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>Die ID des Patienten.</translation>
    </message>
    <message>
        <source>The author named in the Provenance (default: your user name).</source>
        <translation>Der in der Provenance genannte Autor (Standard: Ihr Benutzername).</translation>
    </message>
    <message>
        <source>Write a programme&apos;s reminders as an iCalendar file (RFC 5545) that a phone calendar imports: one weekly event per session pattern (days per week, one reminder per bout) with the doses and stop rules, graded activity plans week by week, and the review date. Doses of fewer than 7 days a week go on set days (3: Mon, Wed, Fri; see docs/EXCHANGE.md).</source>
        <translation>Die Erinnerungen eines Programms als iCalendar-Datei (RFC 5545) schreiben, die ein Handykalender importieren kann: ein wöchentlicher Termin pro Einheitenmuster (Tage pro Woche, eine Erinnerung pro Durchgang) mit den Dosierungen und Abbruchregeln, Graded-Activity-Pläne Woche für Woche und das Datum der Überprüfung. Dosierungen mit weniger als 7 Tagen pro Woche fallen auf feste Tage (3: Mo, Mi, Fr; siehe docs/EXCHANGE.md).</translation>
    </message>
    <message>
        <source>The programme&apos;s id.</source>
        <translation>Die ID des Programms.</translation>
    </message>
    <message>
        <source>Hour of the first reminder of a day (default 9).</source>
        <translation>Stunde der ersten Erinnerung eines Tages (Standard 9).</translation>
    </message>
    <message>
        <source>Hour of the last reminder of a day (default 18).</source>
        <translation>Stunde der letzten Erinnerung eines Tages (Standard 18).</translation>
    </message>
    <message>
        <source>--%1 must be an hour from 0 to 23, found &apos;%2&apos;.</source>
        <translation>--%1 muss eine Stunde von 0 bis 23 sein, gefunden: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--last-hour must not be before --first-hour.</source>
        <translation>--last-hour darf nicht vor --first-hour liegen.</translation>
    </message>
    <message>
        <source>Write a programme version as a programme file (format gradus-programme, JSON Schema in resources/exchange/programme.schema.json, described in docs/EXCHANGE.md): sections, exercises by stable id with dose and notes, and the clinic&apos;s own exercises with their pictures. Import it with &apos;gradus-cli import programme FILE --patient P&apos;.</source>
        <translation>Eine Programmversion als Programmdatei schreiben (Format gradus-programme, JSON-Schema in resources/exchange/programme.schema.json, beschrieben in docs/EXCHANGE.md): Abschnitte, Übungen nach stabiler ID mit Dosierung und Hinweisen sowie die praxiseigenen Übungen mit ihren Bildern. Importieren mit &apos;gradus-cli import programme FILE --patient P&apos;.</translation>
    </message>
    <message>
        <source>Write a clinic template as a programme file (kind &quot;template&quot;), with the clinic&apos;s own exercises it uses. Import it with &apos;gradus-cli import template FILE&apos;.</source>
        <translation>Eine Praxisvorlage als Programmdatei schreiben (kind &quot;template&quot;), mit den praxiseigenen Übungen, die sie verwendet. Importieren mit &apos;gradus-cli import template FILE&apos;.</translation>
    </message>
    <message>
        <source>Template id, or a built-in&apos;s stable id.</source>
        <translation>Vorlagen-ID oder die stabile ID einer mitgelieferten Vorlage.</translation>
    </message>
    <message>
        <source>The language of the texts, e.g. de (default: --language before the command, else the patient&apos;s preferred language, else the clinic&apos;s handout language, else the language of messages).</source>
        <translation>Die Sprache der Texte, z. B. de (Standard: --language vor dem Befehl, sonst die bevorzugte Sprache des Patienten, sonst die Sprache der Übungsblätter der Praxis, sonst die Sprache der Meldungen).</translation>
    </message>
    <message>
        <source>--language must be one of %1, not &apos;%2&apos;.</source>
        <translation>--language muss eine von %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>Programm</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Programme %1 has no exercises to remind of.</source>
        <translation>Programm %1 enthält keine Übungen, an die erinnert werden kann.</translation>
    </message>
</context>
<context>
    <name>FhirBundle</name>
    <message>
        <source>Clinic number</source>
        <translation>Patientennummer</translation>
    </message>
    <message>
        <source>Side: %1</source>
        <translation>Seite: %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Section: %1.</source>
        <translation>Abschnitt: %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Exercise programme, version %1.</source>
        <translation>Übungsprogramm, Version %1.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Pain now (NPRS 0-10)</source>
        <translation>Schmerz aktuell (NPRS 0-10)</translation>
    </message>
    <message>
        <source>Least pain in the last 24 hours</source>
        <translation>Geringster Schmerz in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>Worst pain in the last 24 hours</source>
        <translation>Stärkster Schmerz in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>Pain during exercise</source>
        <translation>Schmerz bei der Übung</translation>
    </message>
    <message>
        <source>Pain the morning after exercise</source>
        <translation>Schmerz am Morgen nach der Übung</translation>
    </message>
    <message>
        <source>Activity minutes per day</source>
        <translation>Aktivitätsminuten pro Tag</translation>
    </message>
    <message>
        <source>Activity minutes per day (%1)</source>
        <translation>Aktivitätsminuten pro Tag (%1)</translation>
    </message>
    <message>
        <source>Steps per day</source>
        <translation>Schritte pro Tag</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>%1-Score</translation>
    </message>
    <message>
        <source>STarT Back psychosocial subscale (items 5-9)</source>
        <translation>STarT Back, psychosoziale Subskala (Items 5-9)</translation>
    </message>
</context>
<context>
    <name>FileAccess</name>
    <message>
        <source>the file system is read-only (%1)</source>
        <translation>das Dateisystem ist schreibgeschützt (%1)</translation>
    </message>
    <message>
        <source>permission denied (%1)</source>
        <translation>Zugriff verweigert (%1)</translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>der Datenträger ist voll (%1)</translation>
    </message>
    <message>
        <source>the file is in use (%1)</source>
        <translation>die Datei wird gerade verwendet (%1)</translation>
    </message>
</context>
<context>
    <name>FindingPresentation</name>
    <message>
        <source>Avoid</source>
        <translation>Vermeiden</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Suits this patient</source>
        <translation>Passend für diesen Patienten</translation>
    </message>
    <message>
        <source>Kept by %1 on %2: %3</source>
        <translation>Beibehalten von %1 am %2: %3</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Try instead: %1</source>
        <translation>Stattdessen: %1</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Safer alternatives:</source>
        <translation>Sicherere Alternativen:</translation>
    </message>
    <message>
        <source>Not recorded:</source>
        <translation>Nicht erfasst:</translation>
    </message>
</context>
<context>
    <name>GradedActivityPlan</name>
    <message>
        <source>Give at least one tolerance measurement (the mean of about three attempts is best).</source>
        <translation>Geben Sie mindestens eine Toleranzmessung an (am besten den Mittelwert aus etwa drei Versuchen).</translation>
    </message>
    <message>
        <source>Give at most %1 tolerance measurements, not %2.</source>
        <translation>Geben Sie höchstens %1 Toleranzmessungen an, nicht %2.</translation>
    </message>
    <message>
        <source>Tolerance measurement %1 must be more than 0 %2, not %3.</source>
        <translation>Toleranzmessung %1 muss größer als 0 %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>Tolerance measurement %1 (%2) is more than %3: check the unit.</source>
        <translation>Toleranzmessung %1 (%2) ist größer als %3: Prüfen Sie die Maßeinheit.</translation>
    </message>
    <message>
        <source>The goal must be more than 0 %1.</source>
        <translation>Das Ziel muss größer als 0 %1 sein.</translation>
    </message>
    <message>
        <source>The goal (%1) is more than %2 a day: check the unit.</source>
        <translation>Das Ziel (%1) ist größer als %2 pro Tag: Prüfen Sie die Maßeinheit.</translation>
    </message>
    <message>
        <source>The goal must be a whole number of %1, not %2.</source>
        <translation>Das Ziel muss eine ganze Anzahl %1 sein, nicht %2.</translation>
    </message>
    <message>
        <source>The goal must be a multiple of %1 (quotas move in steps of %1); %2 is not: use %3 or %4.</source>
        <translation>Das Ziel muss ein Vielfaches von %1 sein (das Pensum steigt in Stufen von %1); %2 ist es nicht: Verwenden Sie %3 oder %4.</translation>
    </message>
    <message>
        <source>The baseline must be %1 to %2% of tolerance, not %3%.</source>
        <translation>Der Ausgangswert muss %1 bis %2 % der Toleranz betragen, nicht %3 %.</translation>
    </message>
    <message>
        <source>The weekly increase must be %1 to %2% of the baseline, not %3%.</source>
        <translation>Die wöchentliche Steigerung muss %1 bis %2 % des Ausgangswerts betragen, nicht %3 %.</translation>
    </message>
    <message>
        <source>Bouts per day must be from 1 to %1, not %2.</source>
        <translation>Die Durchgänge pro Tag müssen zwischen 1 und %1 liegen, nicht %2.</translation>
    </message>
    <message>
        <source>A mean tolerance of %1 is less than one step of %2, so there is nothing to grade: measure in a finer unit.</source>
        <translation>Eine mittlere Toleranz von %1 ist kleiner als eine Stufe von %2; es gibt also nichts abzustufen: Messen Sie in einer feineren Maßeinheit.</translation>
    </message>
    <message>
        <source>%1% of tolerance rounds to nothing; the plan starts at one step (%2), which is still within the measured tolerance.</source>
        <translation>%1 % der Toleranz ergeben gerundet nichts; der Plan beginnt mit einer Stufe (%2), die noch innerhalb der gemessenen Toleranz liegt.</translation>
    </message>
    <message>
        <source>Tolerance comes from a single attempt; the mean of about three attempts is more reliable (CLINICAL.md 3).</source>
        <translation>Die Toleranz beruht auf einem einzigen Versuch; der Mittelwert aus etwa drei Versuchen ist zuverlässiger (CLINICAL.md 3).</translation>
    </message>
    <message>
        <source>The goal (%1) is below the baseline (%2): the patient already tolerates it, so the plan holds the goal from week 1.</source>
        <translation>Das Ziel (%1) liegt unter dem Ausgangswert (%2): Der Patient toleriert es bereits, daher gilt das Ziel ab Woche 1.</translation>
    </message>
    <message>
        <source>Building up from %1 to %2 by %3 a week would take about %4 weeks, more than the %5-week limit: set a nearer goal or a larger weekly increase.</source>
        <translation>Der Aufbau von %1 auf %2 um %3 pro Woche würde etwa %4 Wochen dauern, länger als die Grenze von %5 Wochen: Setzen Sie ein näheres Ziel oder eine größere wöchentliche Steigerung.</translation>
    </message>
    <message>
        <source>Week 1&apos;s daily quota of %1 cannot be split into %2 bouts of at least %3: use at most %4 bouts.</source>
        <translation>Das Tagespensum von Woche 1 (%1) lässt sich nicht auf %2 Durchgänge von mindestens %3 aufteilen: Verwenden Sie höchstens %4 Durchgänge.</translation>
    </message>
    <message>
        <source>Tolerance %1 (one attempt)</source>
        <translation>Toleranz %1 (ein Versuch)</translation>
    </message>
    <message>
        <source>Mean tolerance %1 over %2 attempts</source>
        <translation>Mittlere Toleranz %1 aus %2 Versuchen</translation>
    </message>
    <message>
        <source>; baseline %1 (%2% of tolerance); increase %3 a week (%4% of baseline); goal %5 in week %6.</source>
        <translation>; Ausgangswert %1 (%2 % der Toleranz); Steigerung %3 pro Woche (%4 % des Ausgangswerts); Ziel %5 in Woche %6.</translation>
    </message>
    <message>
        <source>Each day&apos;s quota is split into %1 bouts.</source>
        <translation>Das Tagespensum wird auf %1 Durchgänge aufgeteilt.</translation>
    </message>
</context>
<context>
    <name>HandoutAssembly</name>
    <message>
        <source>The patient&apos;s graded activity plans could not be read, so the handout would leave out their daily amounts. Cause: %1</source>
        <translation>Die Pläne zur graduierten Aktivität des Patienten konnten nicht gelesen werden; das Übungsblatt würde daher seine täglichen Mengen auslassen. Ursache: %1</translation>
    </message>
</context>
<context>
    <name>HandoutCommand</name>
    <message>
        <source>Write a patient&apos;s exercise handout as PDF</source>
        <translation>Das Übungsblatt eines Patienten als PDF schreiben</translation>
    </message>
    <message>
        <source>Write the handout of programme PROGRAMME_ID to FILE as PDF: the clinic header, each exercise with its picture, dose and cues, pacing advice, the activity plan, a diary and the urgent-help box. Without PROGRAMME_ID, --patient and --exercises make a handout of the listed exercises, each with its library default dose. Nothing is written when the patient&apos;s safety check refuses the handout.</source>
        <translation>Das Übungsblatt von Programm PROGRAMME_ID als PDF nach FILE schreiben: Praxiskopf, jede Übung mit Bild, Dosierung und Hinweisen, Pacing-Empfehlungen, Aktivitätsplan, Tagebuch und der Kasten für dringende Hilfe. Ohne PROGRAMME_ID erstellen --patient und --exercises ein Übungsblatt der aufgeführten Übungen, jede mit ihrer Standarddosierung aus der Bibliothek. Es wird nichts geschrieben, wenn die Sicherheitsprüfung des Patienten das Übungsblatt verweigert.</translation>
    </message>
    <message>
        <source>The programme to print.</source>
        <translation>Das zu druckende Programm.</translation>
    </message>
    <message>
        <source>Where to write the PDF.</source>
        <translation>Wohin das PDF geschrieben wird.</translation>
    </message>
    <message>
        <source>a4 or letter (default: the clinic setting).</source>
        <translation>a4 oder letter (Standard: die Einstellung der Praxis).</translation>
    </message>
    <message>
        <source>The physiotherapist named on the handout.</source>
        <translation>Die auf dem Übungsblatt genannte Physiotherapeutin bzw. der Physiotherapeut.</translation>
    </message>
    <message>
        <source>With --exercises: the patient&apos;s record id.</source>
        <translation>Mit --exercises: die Datensatz-ID des Patienten.</translation>
    </message>
    <message>
        <source>Instead of a programme: exercise ids or stable ids, comma-separated, in order.</source>
        <translation>Statt eines Programms: Übungs-IDs oder stabile IDs, durch Kommas getrennt, in Reihenfolge.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>handout needs --out FILE.pdf.</source>
        <translation>handout braucht --out FILE.pdf.</translation>
    </message>
    <message>
        <source>Give either PROGRAMME_ID or --patient with --exercises, not both.</source>
        <translation>Geben Sie entweder PROGRAMME_ID oder --patient mit --exercises an, nicht beides.</translation>
    </message>
    <message>
        <source>handout needs one PROGRAMME_ID (or --patient and --exercises).</source>
        <translation>handout braucht eine PROGRAMME_ID (oder --patient und --exercises).</translation>
    </message>
    <message>
        <source>--patient and --exercises go together.</source>
        <translation>--patient und --exercises gehören zusammen.</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, not &quot;%1&quot;.</source>
        <translation>--paper muss a4 oder letter sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 existiert bereits; geben Sie --force an, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>--exercises lists no exercise.</source>
        <translation>--exercises nennt keine Übung.</translation>
    </message>
    <message>
        <source>The handout&apos;s language, e.g. de (default: --language before the command, else the patient&apos;s preferred language, else the clinic&apos;s handout language when one is set, else the language of messages; English when there is no translation).</source>
        <translation>Die Sprache des Übungsblatts, z. B. de (Standard: --language vor dem Befehl, sonst die bevorzugte Sprache des Patienten, sonst die Sprache der Übungsblätter der Praxis, falls festgelegt, sonst die Sprache der Meldungen; Englisch, wenn es keine Übersetzung gibt).</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>Patient</translation>
    </message>
</context>
<context>
    <name>HandoutContent</name>
    <message>
        <source>The programme refers to exercise %1, which could not be read: %2</source>
        <translation>Das Programm verweist auf Übung %1, die nicht gelesen werden konnte: %2</translation>
    </message>
    <message>
        <source>The programme has no exercises; there is nothing to print.</source>
        <translation>Das Programm enthält keine Übungen; es gibt nichts zu drucken.</translation>
    </message>
</context>
<context>
    <name>HandoutExport</name>
    <message>
        <source>The handout cannot be checked for safety, so it was not written.</source>
        <translation>Das Übungsblatt kann nicht auf Sicherheit geprüft werden und wurde daher nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>HandoutGate</name>
    <message>
        <source>- %1 (%2), screen of %3</source>
        <translation>- %1 (%2), Screening vom %3</translation>
    </message>
    <message numerus="yes">
        <source>No handout for this patient yet: %n red flag(s) have no recorded decision:
%1
Suggested: %2
Record the decision on each flag (referred, discussed or not applicable) with a note, then print again. A later screen does not decide an earlier flag.</source>
        <translation>
            <numerusform>Noch kein Übungsblatt für diesen Patienten: Für %n Warnzeichen ist keine Entscheidung erfasst:
%1
Vorschlag: %2
Erfassen Sie zu jedem Warnzeichen die Entscheidung (überwiesen, besprochen oder nicht zutreffend) mit einer Notiz und drucken Sie dann erneut. Ein späteres Screening entscheidet nicht über ein früheres Warnzeichen.</numerusform>
            <numerusform>Noch kein Übungsblatt für diesen Patienten: Für %n Warnzeichen ist keine Entscheidung erfasst:
%1
Vorschlag: %2
Erfassen Sie zu jedem Warnzeichen die Entscheidung (überwiesen, besprochen oder nicht zutreffend) mit einer Notiz und drucken Sie dann erneut. Ein späteres Screening entscheidet nicht über ein früheres Warnzeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutLanguage</name>
    <message>
        <source>There is no handout translation for &quot;%1&quot;%2 yet; the handout is in English.</source>
        <translation>Für „%1“%2 gibt es noch keine Übersetzung des Übungsblatts; das Übungsblatt ist auf Englisch.</translation>
    </message>
</context>
<context>
    <name>HandoutLauncher</name>
    <message>
        <source>Handout</source>
        <translation>Übungsblatt</translation>
    </message>
</context>
<context>
    <name>HandoutText</name>
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
    <message>
        <source>left side only</source>
        <translation>nur linke Seite</translation>
    </message>
    <message>
        <source>right side only</source>
        <translation>nur rechte Seite</translation>
    </message>
    <message>
        <source>on each side</source>
        <translation>auf jeder Seite</translation>
    </message>
    <message>
        <source>left and right in turn</source>
        <translation>links und rechts im Wechsel</translation>
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
    <message>
        <source>once a day</source>
        <translation>einmal täglich</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>zweimal täglich</translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n-mal täglich</numerusform>
            <numerusform>%n-mal täglich</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s) a week</source>
        <translation>
            <numerusform>an %n von 7 Wochentagen</numerusform>
            <numerusform>an %n von 7 Wochentagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sets of %2</source>
        <translation>%1 Sätze à %2</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>%1 halten</translation>
    </message>
    <message>
        <source>Rest %1 between sets.</source>
        <translation>Zwischen den Sätzen %1 Pause.</translation>
    </message>
    <message>
        <source>Resistance: %1</source>
        <translation>Widerstand: %1</translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation>Tempo: %1</translation>
    </message>
    <message>
        <source>Your exercises</source>
        <translation>Ihre Übungen</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Your home exercise programme</source>
        <translation>Ihr Heimübungsprogramm</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Your physiotherapist:</source>
        <translation>Ihr/e Physiotherapeut/in:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Nächste Überprüfung:</translation>
    </message>
    <message>
        <source>you have new trouble passing urine or cannot pass it, or you lose control of your bladder or bowels</source>
        <translation>Sie plötzlich Probleme beim Wasserlassen haben oder kein Wasser mehr lassen können oder Blase oder Darm nicht mehr kontrollieren können</translation>
    </message>
    <message>
        <source>you feel numb around your back passage, your genitals or between your legs (where you would sit on a saddle)</source>
        <translation>Sie ein Taubheitsgefühl um den After, an den Geschlechtsteilen oder zwischen den Beinen haben (dort, wo man auf einem Sattel sitzt)</translation>
    </message>
    <message>
        <source>both legs become weak or numb, or leg pain spreads to both legs</source>
        <translation>beide Beine schwach oder taub werden oder der Beinschmerz in beide Beine ausstrahlt</translation>
    </message>
    <message>
        <source>you have a fever or feel hot and shivery with back pain</source>
        <translation>Sie Fieber haben oder sich heiß und fröstelig fühlen und dazu Rückenschmerzen haben</translation>
    </message>
    <message>
        <source>your pain is severe and wakes you at night, or does not ease whatever position you are in</source>
        <translation>Ihr Schmerz sehr stark ist und Sie nachts weckt oder in keiner Lage nachlässt</translation>
    </message>
    <message>
        <source>⚠ Stop and seek help urgently if…</source>
        <translation>⚠ Hören Sie auf und holen Sie sich sofort Hilfe, wenn …</translation>
    </message>
    <message>
        <source>Call your doctor or emergency services the same day. Do not wait for your next appointment.</source>
        <translation>Wenden Sie sich noch am selben Tag an Ihre Ärztin oder Ihren Arzt oder an den Notruf. Warten Sie nicht bis zu Ihrem nächsten Termin.</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <source>Note for you:</source>
        <translation>Hinweis für Sie:</translation>
    </message>
    <message>
        <source>You should feel:</source>
        <translation>Das sollten Sie spüren:</translation>
    </message>
    <message>
        <source>Stop if:</source>
        <translation>Hören Sie in diesen Fällen auf:</translation>
    </message>
    <message>
        <source>Keep moving. Staying in bed for more than a day or two slows recovery; gentle activity helps your back get better.</source>
        <translation>Bleiben Sie in Bewegung. Mehr als ein, zwei Tage im Bett verzögern die Genesung; sanfte Bewegung hilft Ihrem Rücken, wieder gesund zu werden.</translation>
    </message>
    <message>
        <source>Little and often: several short sessions spread over the day are better than one long one. If you sit a lot, get up and move every 30 to 60 minutes.</source>
        <translation>Wenig, aber oft: Mehrere kurze Einheiten über den Tag verteilt sind besser als eine lange. Wenn Sie viel sitzen, stehen Sie alle 30 bis 60 Minuten auf und bewegen Sie sich.</translation>
    </message>
    <message>
        <source>Do the amount agreed, on good days and bad days. Do not do extra on a good day; build up step by step as planned.</source>
        <translation>Machen Sie die vereinbarte Menge, an guten wie an schlechten Tagen. Machen Sie an einem guten Tag nicht mehr; steigern Sie sich Schritt für Schritt wie geplant.</translation>
    </message>
    <message>
        <source>Pain while you exercise: %1 out of 10 or less is fine; up to %2 out of 10 is acceptable; more than %2 out of 10 means do less next time.</source>
        <translation>Schmerz während der Übung: %1 von 10 oder weniger ist in Ordnung; bis %2 von 10 ist akzeptabel; mehr als %2 von 10 heißt: beim nächsten Mal weniger machen.</translation>
    </message>
    <message>
        <source>Any extra pain should settle by the next morning. If it does not, do a little less and tell your physiotherapist.</source>
        <translation>Zusätzliche Schmerzen sollten bis zum nächsten Morgen abklingen. Wenn nicht, machen Sie etwas weniger und sagen Sie es Ihrer Physiotherapeutin oder Ihrem Physiotherapeuten.</translation>
    </message>
    <message>
        <source>Soreness is normal: a dull ache when you move that fades within 1 to 3 days is not harm and not a reason to stop.</source>
        <translation>Ein Gefühl wie Muskelkater ist normal: Ein dumpfer Schmerz bei Bewegung, der innerhalb von 1 bis 3 Tagen vergeht, ist kein Schaden und kein Grund aufzuhören.</translation>
    </message>
    <message>
        <source>Sharp pain in one spot, pain that keeps getting worse, or new pain, tingling or numbness in your leg is different: stop that exercise and contact your physiotherapist.</source>
        <translation>Anders ist es bei stechendem Schmerz an einer Stelle, bei Schmerz, der immer stärker wird, oder bei neuem Schmerz, Kribbeln oder Taubheit im Bein: Hören Sie mit dieser Übung auf und wenden Sie sich an Ihre Physiotherapeutin oder Ihren Physiotherapeuten.</translation>
    </message>
    <message>
        <source>How to exercise with back pain</source>
        <translation>So üben Sie mit Rückenschmerzen</translation>
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
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Each day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>Split into</source>
        <translation>Aufgeteilt in</translation>
    </message>
    <message>
        <source>Your activity plan: %1</source>
        <translation>Ihr Aktivitätsplan: %1</translation>
    </message>
    <message>
        <source>Do this amount each day, spread over the day as shown, whether your back feels good or bad. Move up a step each week.</source>
        <translation>Machen Sie diese Menge jeden Tag, über den Tag verteilt wie angegeben – egal, ob sich Ihr Rücken gut oder schlecht anfühlt. Gehen Sie jede Woche eine Stufe höher.</translation>
    </message>
    <message>
        <source>Your diary</source>
        <translation>Ihr Tagebuch</translation>
    </message>
    <message>
        <source>Tick a box for each session you do, and write your worst pain of the day from 0 (no pain) to 10 (the worst pain imaginable). Bring this diary to your next visit.</source>
        <translation>Kreuzen Sie für jede erledigte Einheit ein Kästchen an und notieren Sie Ihren stärksten Schmerz des Tages von 0 (kein Schmerz) bis 10 (stärkster vorstellbarer Schmerz). Bringen Sie dieses Tagebuch zu Ihrem nächsten Termin mit.</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Erledigte Einheiten</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>This programme was written for you by your physiotherapist. Do not share it with others: it may not suit them. It does not replace medical advice; if you are worried about your symptoms, contact your physiotherapist or doctor.</source>
        <translation>Dieses Programm hat Ihre Physiotherapeutin oder Ihr Physiotherapeut für Sie erstellt. Geben Sie es nicht an andere weiter: Es passt möglicherweise nicht zu ihnen. Es ersetzt keinen ärztlichen Rat; wenn Sie sich wegen Ihrer Beschwerden Sorgen machen, wenden Sie sich an Ihre Physiotherapiepraxis oder Ihre Ärztin bzw. Ihren Arzt.</translation>
    </message>
    <message>
        <source>Home exercise programme for %1</source>
        <translation>Heimübungsprogramm für %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>As your activity plan shows: this week %1 a day, as %2.</source>
        <translation>Wie in Ihrem Aktivitätsplan: diese Woche %1 pro Tag, aufgeteilt in %2.</translation>
    </message>
    <message>
        <source>As your activity plan shows: this week %1 a day.</source>
        <translation>Wie in Ihrem Aktivitätsplan: diese Woche %1 pro Tag.</translation>
    </message>
    <message>
        <source>%1 and %n more</source>
        <translation>%1 und %n weitere</translation>
    </message>
    <message>
        <source>Exercises: %1</source>
        <translation>Übungen: %1</translation>
    </message>
    <message>
        <source>Physiotherapy review</source>
        <translation>Überprüfung in der Physiotherapie</translation>
    </message>
    <message>
        <source>Review of your exercise programme &quot;%1&quot;. Bring your notes on how the exercises went.</source>
        <translation>Überprüfung Ihres Übungsprogramms „%1“. Bringen Sie Ihre Notizen darüber mit, wie die Übungen gelaufen sind.</translation>
    </message>
    <message>
        <source>Pain 0–10</source>
        <translation>Schmerz 0–10</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Web: %1</source>
        <translation>Web: %1</translation>
    </message>
</context>
<context>
    <name>IllustrationSpec</name>
    <message>
        <source>must be &quot;single&quot;, &quot;overlay&quot; or &quot;sequence&quot;, found &quot;%1&quot;</source>
        <translation>muss &quot;single&quot;, &quot;overlay&quot; oder &quot;sequence&quot; sein, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is missing (a single picture needs one pose)</source>
        <translation>fehlt (ein Einzelbild braucht eine Pose)</translation>
    </message>
    <message>
        <source>is only used with layout &quot;overlay&quot; or &quot;sequence&quot;</source>
        <translation>wird nur bei layout &quot;overlay&quot; oder &quot;sequence&quot; verwendet</translation>
    </message>
    <message>
        <source>is only used with layout &quot;single&quot;; use &quot;start&quot; and &quot;end&quot;</source>
        <translation>wird nur bei layout &quot;single&quot; verwendet; verwenden Sie &quot;start&quot; und &quot;end&quot;</translation>
    </message>
    <message>
        <source>is missing (this layout needs a start and an end pose)</source>
        <translation>fehlt (dieses Layout braucht eine Start- und eine Endpose)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be an object with &quot;yaw&quot; and &quot;pitch&quot;</source>
        <translation>muss ein Objekt mit &quot;yaw&quot; und &quot;pitch&quot; sein</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; %2</source>
        <translation>Feld &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>is not a known field (expected one of: %1)</source>
        <translation>ist kein bekanntes Feld (erwartet wird eines von: %1)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be from %1 to %2, found %3</source>
        <translation>muss zwischen %1 und %2 liegen, gefunden: %3</translation>
    </message>
    <message>
        <source>must be an angle from -360 to 360 degrees</source>
        <translation>muss ein Winkel von -360 bis 360 Grad sein</translation>
    </message>
    <message>
        <source>must be an angle or a pair [left, right] of angles</source>
        <translation>muss ein Winkel oder ein Paar [left, right] von Winkeln sein</translation>
    </message>
    <message>
        <source>must hold angles from -360 to 360 degrees</source>
        <translation>muss Winkel von -360 bis 360 Grad enthalten</translation>
    </message>
    <message>
        <source>must be a point [x, y] in metres (each within ±5)</source>
        <translation>muss ein Punkt [x, y] in Metern sein (jeweils innerhalb ±5)</translation>
    </message>
    <message>
        <source>must name a joint (%1), found &quot;%2&quot;</source>
        <translation>muss ein Gelenk nennen (%1), gefunden: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be an object of joint angles</source>
        <translation>muss ein Objekt aus Gelenkwinkeln sein</translation>
    </message>
    <message>
        <source>must be an object with a &quot;type&quot;</source>
        <translation>muss ein Objekt mit &quot;type&quot; sein</translation>
    </message>
    <message>
        <source>must be one of %1, found &quot;%2&quot;</source>
        <translation>muss eines von %1 sein, gefunden: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be a point [x, y] or [x, y, z] in metres (each within ±5)</source>
        <translation>muss ein Punkt [x, y] oder [x, y, z] in Metern sein (jeweils innerhalb ±5)</translation>
    </message>
    <message>
        <source>(a %1) needs %2</source>
        <translation>(Typ %1) braucht %2</translation>
    </message>
    <message>
        <source>&quot;under&quot;: the foot joint it stands under</source>
        <translation>&quot;under&quot;: das Fußgelenk, unter dem es steht</translation>
    </message>
    <message>
        <source>&quot;x&quot;: where the wall stands</source>
        <translation>&quot;x&quot;: wo die Wand steht</translation>
    </message>
    <message>
        <source>&quot;size&quot;: the water level in metres</source>
        <translation>&quot;size&quot;: der Wasserstand in Metern</translation>
    </message>
    <message>
        <source>&quot;to&quot;: a joint or a fixed point [x, y]</source>
        <translation>&quot;to&quot;: ein Gelenk oder ein fester Punkt [x, y]</translation>
    </message>
    <message>
        <source>&quot;to&quot;: the joint it loops round</source>
        <translation>&quot;to&quot;: das Gelenk, um das es geschlungen ist</translation>
    </message>
    <message>
        <source>&quot;at&quot;: the joint that holds it</source>
        <translation>&quot;at&quot;: das Gelenk, das es hält</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>needs &quot;joint&quot; (a movement) or &quot;turn&quot; (a rotation)</source>
        <translation>braucht &quot;joint&quot; (eine Bewegung) oder &quot;turn&quot; (eine Drehung)</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Could not read %1: %2. Nothing was imported.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>gradus-cli: added the clinic exercises %1 from the file.</source>
        <translation>gradus-cli: praxiseigene Übungen aus der Datei hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>gradus-cli: kept this clinic&apos;s own %1 (the file&apos;s copy was not used).</source>
        <translation>gradus-cli: praxiseigene Übungen dieser Praxis beibehalten (die Kopie aus der Datei wurde nicht verwendet): %1.</translation>
    </message>
    <message>
        <source>Import a programme or template file from another clinic</source>
        <translation>Eine Programm- oder Vorlagendatei aus einer anderen Praxis importieren</translation>
    </message>
    <message>
        <source>A programme file as a new draft for a patient; runs the safety check</source>
        <translation>Eine Programmdatei als neuen Entwurf für einen Patienten; führt die Sicherheitsprüfung aus</translation>
    </message>
    <message>
        <source>A programme file as a new clinic template</source>
        <translation>Eine Programmdatei als neue Praxisvorlage</translation>
    </message>
    <message>
        <source>Import a programme file (from &apos;gradus-cli export programme&apos;, docs/EXCHANGE.md) as a new draft programme for the patient, starting today. The whole file is checked first: when anything is wrong nothing is imported, the message names the entry and field, and the exit status is 2. The clinic&apos;s own exercises in the file are added when this clinic does not have them. The safety check runs at once; its findings are printed after the new programme&apos;s id.
JSON: programme_id, name, items, exercises_added, exercises_kept, findings.</source>
        <translation>Eine Programmdatei (aus &apos;gradus-cli export programme&apos;, docs/EXCHANGE.md) als neuen Programmentwurf für den Patienten importieren, beginnend heute. Zuerst wird die ganze Datei geprüft: Ist etwas falsch, wird nichts importiert, die Meldung nennt Eintrag und Feld, und der Exit-Status ist 2. Die praxiseigenen Übungen in der Datei werden hinzugefügt, wenn diese Praxis sie nicht hat. Die Sicherheitsprüfung läuft sofort; ihre Sicherheitshinweise werden nach der ID des neuen Programms ausgegeben.
JSON: programme_id, name, items, exercises_added, exercises_kept, findings.</translation>
    </message>
    <message>
        <source>The programme file; - for stdin.</source>
        <translation>Die Programmdatei; - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>Die ID des Patienten.</translation>
    </message>
    <message>
        <source>import programme needs --patient P.</source>
        <translation>import programme braucht --patient P.</translation>
    </message>
    <message>
        <source>--patient must be a positive whole number, found &apos;%1&apos;.</source>
        <translation>--patient muss eine positive ganze Zahl sein, gefunden: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Safety check of the imported programme:</source>
        <translation>Sicherheitsprüfung des importierten Programms:</translation>
    </message>
    <message numerus="yes">
        <source>gradus-cli: imported &quot;%1&quot; (%n exercise(s)) as draft programme %2; give it to the patient with &apos;gradus-cli programme activate %2&apos;.</source>
        <translation>
            <numerusform>gradus-cli: „%1“ (%n Übung) als Programmentwurf %2 importiert; geben Sie ihn mit &apos;gradus-cli programme activate %2&apos; an den Patienten aus.</numerusform>
            <numerusform>gradus-cli: „%1“ (%n Übungen) als Programmentwurf %2 importiert; geben Sie ihn mit &apos;gradus-cli programme activate %2&apos; an den Patienten aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a programme file (kind template or programme) as a new clinic template. The whole file is checked first: when anything is wrong nothing is imported and the exit status is 2. Prints the template id.
JSON: template_id, name, items, exercises_added, exercises_kept.</source>
        <translation>Eine Programmdatei (kind template oder programme) als neue Praxisvorlage importieren. Zuerst wird die ganze Datei geprüft: Ist etwas falsch, wird nichts importiert, und der Exit-Status ist 2. Gibt die ID der Vorlage aus.
JSON: template_id, name, items, exercises_added, exercises_kept.</translation>
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
        <translation>Oswestry Disability Index (v2.1a)</translation>
    </message>
    <message>
        <source>Roland-Morris Disability Questionnaire (24 items)</source>
        <translation>Roland-Morris-Fragebogen (24 Items)</translation>
    </message>
    <message>
        <source>Keele STarT Back Screening Tool</source>
        <translation>Keele STarT Back Screening Tool</translation>
    </message>
    <message>
        <source>Patient-Specific Functional Scale</source>
        <translation>Patientenspezifische Funktionsskala</translation>
    </message>
    <message>
        <source>Tampa Scale for Kinesiophobia (17 items)</source>
        <translation>Tampa-Skala für Kinesiophobie (17 Items)</translation>
    </message>
    <message>
        <source>Fairbank JCT, Pynsent PB. The Oswestry Disability Index. Spine 2000;25:2940-53. Questionnaire © Fairbank / Mapi Research Trust: Gradus records section scores only.</source>
        <translation>Fairbank JCT, Pynsent PB. The Oswestry Disability Index. Spine 2000;25:2940-53. Fragebogen © Fairbank / Mapi Research Trust: Gradus erfasst nur die Abschnittswerte.</translation>
    </message>
    <message>
        <source>Roland M, Fairbank J. The Roland-Morris Disability Questionnaire and the Oswestry Disability Questionnaire. Spine 2000;25:3115-24.</source>
        <translation>Roland M, Fairbank J. The Roland-Morris Disability Questionnaire and the Oswestry Disability Questionnaire. Spine 2000;25:3115-24.</translation>
    </message>
    <message>
        <source>Hill JC et al. A primary care back pain screening tool. Arthritis Rheum 2008;59:632-41. © Keele University, free for non-commercial use: Gradus records answers by item number.</source>
        <translation>Hill JC et al. A primary care back pain screening tool. Arthritis Rheum 2008;59:632-41. © Keele University, frei für nicht kommerzielle Nutzung: Gradus erfasst die Antworten nach Item-Nummer.</translation>
    </message>
    <message>
        <source>Stratford P et al. Physiotherapy Canada 1995;47:258-63; clinically important differences from Abbott JH, Schmitt JS. JOSPT 2014;44:560-4.</source>
        <translation>Stratford P et al. Physiotherapy Canada 1995;47:258-63; klinisch relevante Unterschiede nach Abbott JH, Schmitt JS. JOSPT 2014;44:560-4.</translation>
    </message>
    <message>
        <source>Miller RP, Kori SH, Todd DD. The Tampa Scale. 1991; Vlaeyen JWS et al. Pain 1995;62:363-72. Licence unclear: Gradus records answers by item number.</source>
        <translation>Miller RP, Kori SH, Todd DD. The Tampa Scale. 1991; Vlaeyen JWS et al. Pain 1995;62:363-72. Lizenz unklar: Gradus erfasst die Antworten nach Item-Nummer.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>SQLite could not read the file through: %1</source>
        <translation>SQLite konnte die Datei nicht vollständig lesen: %1</translation>
    </message>
    <message>
        <source>The references between records could not be checked: %1</source>
        <translation>Die Verweise zwischen Datensätzen konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing record in %3.</source>
        <translation>Zeile %1 von %2 verweist auf einen fehlenden Datensatz in %3.</translation>
    </message>
    <message>
        <source>Table %1 could not be read: %2</source>
        <translation>Tabelle %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The server has no amcheck extension, so indexes were not verified (an administrator can run CREATE EXTENSION amcheck).</source>
        <translation>Der Server hat keine Erweiterung amcheck, daher wurden die Indizes nicht geprüft (die Administration kann CREATE EXTENSION amcheck ausführen).</translation>
    </message>
    <message>
        <source>An index check failed: %1</source>
        <translation>Eine Indexprüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The table schema_meta, which every Gradus database has, is missing.</source>
        <translation>Die Tabelle schema_meta, die jede Gradus-Datenbank hat, fehlt.</translation>
    </message>
    <message>
        <source>No schema version is recorded.</source>
        <translation>Es ist keine Schemaversion erfasst.</translation>
    </message>
    <message>
        <source>Written by a newer Gradus (schema %1; this program knows up to %2): its tables were not compared.</source>
        <translation>Von einer neueren Gradus-Version geschrieben (Schema %1; dieses Programm kennt bis %2): Ihre Tabellen wurden nicht verglichen.</translation>
    </message>
    <message>
        <source>The table %1 is missing.</source>
        <translation>Die Tabelle %1 fehlt.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a database.</source>
        <translation>%1 ist eine leere Datei, keine Datenbank.</translation>
    </message>
    <message>
        <source>The integrity check found damage in %1: %2. Nothing has been changed or repaired; restore a backup, or keep a copy of the file for an expert.</source>
        <translation>Die Integritätsprüfung hat Schäden in %1 gefunden: %2. Es wurde nichts geändert oder repariert; stellen Sie eine Sicherung wieder her, oder bewahren Sie eine Kopie der Datei für Fachleute auf.</translation>
    </message>
</context>
<context>
    <name>LanguageCommand</name>
    <message>
        <source>List the languages of messages, handouts and exercise texts</source>
        <translation>Die Sprachen der Meldungen, Übungsblätter und Übungstexte auflisten</translation>
    </message>
    <message>
        <source>List the languages Gradus speaks, by code: use the code with --language (before a command), &apos;patient add --language&apos; (the patient&apos;s preferred language) and &apos;handout --language&apos;. The current language is marked with *.</source>
        <translation>Die Sprachen von Gradus mit ihrem Code auflisten: den Code mit --language (vor einem Befehl), &apos;patient add --language&apos; (bevorzugte Sprache des Patienten) und &apos;handout --language&apos; verwenden. Die aktuelle Sprache ist mit * markiert.</translation>
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
    <name>LegSymptoms</name>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>centralising</source>
        <translation>zentralisierend</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>peripheralising (spreading down the leg)</source>
        <translation>peripherisierend (breitet sich weiter ins Bein aus)</translation>
    </message>
</context>
<context>
    <name>MeasureCommand</name>
    <message>
        <source>Record, list, show and amend outcome measures</source>
        <translation>Assessments erfassen, auflisten, anzeigen und korrigieren</translation>
    </message>
    <message>
        <source>Record a measure for a patient; prints the measure id</source>
        <translation>Ein Assessment für einen Patienten erfassen; gibt die Assessment-ID aus</translation>
    </message>
    <message>
        <source>List a patient&apos;s measures</source>
        <translation>Die Assessments eines Patienten auflisten</translation>
    </message>
    <message>
        <source>Show a measure with its amendment history</source>
        <translation>Ein Assessment mit seiner Korrekturhistorie anzeigen</translation>
    </message>
    <message>
        <source>Correct a measure; the original is kept</source>
        <translation>Ein Assessment korrigieren; das Original bleibt erhalten</translation>
    </message>
    <message>
        <source>Record an outcome measure for patient PATIENT_ID. Answers are by item number, in the same LIST format as &apos;gradus-cli score&apos;. Prints the new measure&apos;s id.</source>
        <translation>Ein Assessment für Patient PATIENT_ID erfassen. Die Antworten werden nach Item-Nummer angegeben, im selben LIST-Format wie bei &apos;gradus-cli score&apos;. Gibt die ID des neuen Assessments aus.</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>Die ID des Patienten.</translation>
    </message>
    <message>
        <source>odi, rmdq, startback, psfs or tsk.</source>
        <translation>odi, rmdq, startback, psfs oder tsk.</translation>
    </message>
    <message>
        <source>The answers, comma-separated.</source>
        <translation>Die Antworten, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>When it was taken (default today).</source>
        <translation>Wann es erhoben wurde (Standard: heute).</translation>
    </message>
    <message>
        <source>The visit it was taken at.</source>
        <translation>Der Termin, bei dem es erhoben wurde.</translation>
    </message>
    <message>
        <source>The episode of care.</source>
        <translation>Die Behandlungsepisode.</translation>
    </message>
    <message>
        <source>PSFS only: the activities, separated by &apos;;&apos;, named at the first PSFS of an episode.</source>
        <translation>Nur PSFS: die Aktivitäten, durch &apos;;&apos; getrennt, benannt beim ersten PSFS einer Episode.</translation>
    </message>
    <message>
        <source>Who records it (default: your user name).</source>
        <translation>Wer es erfasst (Standard: Ihr Benutzername).</translation>
    </message>
    <message>
        <source>measure add needs --type odi, rmdq, startback, psfs or tsk.</source>
        <translation>measure add braucht --type odi, rmdq, startback, psfs oder tsk.</translation>
    </message>
    <message>
        <source>measure add needs --answers LIST.</source>
        <translation>measure add braucht --answers LIST.</translation>
    </message>
    <message>
        <source>--activities is for PSFS only.</source>
        <translation>--activities gilt nur für PSFS.</translation>
    </message>
    <message>
        <source>gradus-cli: warning: %1</source>
        <translation>gradus-cli: Warnung: %1</translation>
    </message>
    <message>
        <source>List the outcome measures of patient PATIENT_ID, oldest first.</source>
        <translation>Die Assessments von Patient PATIENT_ID auflisten, älteste zuerst.</translation>
    </message>
    <message>
        <source>Only this instrument.</source>
        <translation>Nur dieses Instrument.</translation>
    </message>
    <message>
        <source>Include measures marked as entered in error.</source>
        <translation>Auch als Fehleintrag markierte Assessments einbeziehen.</translation>
    </message>
    <message>
        <source>--type must be odi, rmdq, startback, psfs or tsk.</source>
        <translation>--type muss odi, rmdq, startback, psfs oder tsk sein.</translation>
    </message>
    <message>
        <source>id      date        measure      score            band</source>
        <translation>ID      Datum       Assessment   Score            Kategorie</translation>
    </message>
    <message>
        <source>Show measure MEASURE_ID with every revision.</source>
        <translation>Assessment MEASURE_ID mit allen Revisionen anzeigen.</translation>
    </message>
    <message>
        <source>The measure&apos;s id.</source>
        <translation>Die ID des Assessments.</translation>
    </message>
    <message>
        <source>Revision %1, %2 by %3%4: %5 %6 [%7]</source>
        <translation>Revision %1, %2 von %3%4: %5 %6 [%7]</translation>
    </message>
    <message>
        <source> [entered in error]</source>
        <translation> [Fehleintrag]</translation>
    </message>
    <message>
        <source>Correct measure MEASURE_ID; the original is kept. Prints the new revision number.</source>
        <translation>Assessment MEASURE_ID korrigieren; das Original bleibt erhalten. Gibt die neue Revisionsnummer aus.</translation>
    </message>
    <message>
        <source>The corrected answers.</source>
        <translation>Die korrigierten Antworten.</translation>
    </message>
    <message>
        <source>The corrected date.</source>
        <translation>Das korrigierte Datum.</translation>
    </message>
    <message>
        <source>Why it is corrected.</source>
        <translation>Warum korrigiert wird.</translation>
    </message>
    <message>
        <source>Who makes the correction (default: your user name).</source>
        <translation>Wer korrigiert (Standard: Ihr Benutzername).</translation>
    </message>
    <message>
        <source>measure amend needs --reason TEXT.</source>
        <translation>measure amend braucht --reason TEXT.</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>Assessment</translation>
    </message>
</context>
<context>
    <name>MeasureRepository</name>
    <message>
        <source>There is no outcome measure with id %1.</source>
        <translation>Es gibt kein Assessment mit der ID %1.</translation>
    </message>
    <message>
        <source>Enter the date the measure was taken.</source>
        <translation>Geben Sie das Datum der Erhebung ein.</translation>
    </message>
    <message>
        <source>The measure date %1 is in the future; today is %2.</source>
        <translation>Das Datum des Assessments (%1) liegt in der Zukunft; heute ist der %2.</translation>
    </message>
    <message>
        <source>Say who is recording the measure.</source>
        <translation>Geben Sie an, wer das Assessment erfasst.</translation>
    </message>
    <message>
        <source>There is no patient with id %1.</source>
        <translation>Es gibt keinen Patienten mit der ID %1.</translation>
    </message>
    <message>
        <source>Visit %1 is not a visit of patient %2.</source>
        <translation>Termin %1 ist kein Termin von Patient %2.</translation>
    </message>
    <message>
        <source>Visit %1 belongs to episode %2, not episode %3.</source>
        <translation>Termin %1 gehört zu Episode %2, nicht zu Episode %3.</translation>
    </message>
    <message>
        <source>Episode %1 is not an episode of patient %2.</source>
        <translation>Episode %1 ist keine Episode von Patient %2.</translation>
    </message>
    <message>
        <source>The first PSFS of an episode names its activities: give %1 activity names for the %1 ratings (%2 given).</source>
        <translation>Das erste PSFS einer Episode benennt ihre Aktivitäten: Geben Sie %1 Aktivitätsnamen für die %1 Bewertungen an (%2 angegeben).</translation>
    </message>
    <message>
        <source>PSFS activity %1 needs a name of 1 to %2 characters.</source>
        <translation>PSFS-Aktivität %1 braucht einen Namen mit 1 bis %2 Zeichen.</translation>
    </message>
    <message>
        <source>The PSFS activities of this episode are already named (%1); a follow-up re-rates the same activities.</source>
        <translation>Die PSFS-Aktivitäten dieser Episode sind bereits benannt (%1); eine Folgemessung bewertet dieselben Aktivitäten erneut.</translation>
    </message>
    <message>
        <source>This episode&apos;s PSFS has %1 activities (%2); give %1 ratings, not %3.</source>
        <translation>Das PSFS dieser Episode hat %1 Aktivitäten (%2); geben Sie %1 Bewertungen an, nicht %3.</translation>
    </message>
    <message>
        <source>Say who is making the change to measure %1.</source>
        <translation>Geben Sie an, wer Assessment %1 ändert.</translation>
    </message>
    <message>
        <source>Give a reason for changing measure %1; the original is kept and the reason is shown with it.</source>
        <translation>Geben Sie einen Grund für die Änderung von Assessment %1 an; das Original bleibt erhalten und der Grund wird dazu angezeigt.</translation>
    </message>
    <message>
        <source>Measure %1 is marked as entered in error; reinstate it before amending it.</source>
        <translation>Assessment %1 ist als Fehleintrag markiert; machen Sie es wieder gültig, bevor Sie es korrigieren.</translation>
    </message>
    <message>
        <source>This PSFS rates %1 activities; give %1 ratings, not %2.</source>
        <translation>Dieses PSFS bewertet %1 Aktivitäten; geben Sie %1 Bewertungen an, nicht %2.</translation>
    </message>
    <message>
        <source>The amendment of measure %1 changes nothing.</source>
        <translation>Die Korrektur von Assessment %1 ändert nichts.</translation>
    </message>
    <message>
        <source>Measure %1 is already marked as entered in error.</source>
        <translation>Assessment %1 ist bereits als Fehleintrag markiert.</translation>
    </message>
    <message>
        <source>Measure %1 is not marked as entered in error.</source>
        <translation>Assessment %1 ist nicht als Fehleintrag markiert.</translation>
    </message>
    <message>
        <source>Measure %1 is of an instrument this Gradus does not know.</source>
        <translation>Assessment %1 gehört zu einem Instrument, das dieses Gradus nicht kennt.</translation>
    </message>
    <message>
        <source>Measure %1 has been changed elsewhere since (at another desk or by a script; it is now at revision %2). Nothing was saved; look at the measure&apos;s history before changing it again.</source>
        <translation>Assessment %1 wurde inzwischen anderswo geändert (an einem anderen Arbeitsplatz oder von einem Skript; es steht jetzt bei Revision %2). Nichts wurde gespeichert; sehen Sie sich den Verlauf des Assessments an, bevor Sie es erneut ändern.</translation>
    </message>
</context>
<context>
    <name>OutcomeScoring</name>
    <message>
        <source>%1 item %2 is unanswered; every item needs an answer.</source>
        <translation>%1 Item %2 ist unbeantwortet; jedes Item braucht eine Antwort.</translation>
    </message>
    <message>
        <source>%1 %2 %3 is %4; it must be from %5 to %6.</source>
        <translation>%1 %2 %3 ist %4; erlaubt sind %5 bis %6.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>PSFS needs 3 to 5 activity ratings; %1 given.</source>
        <translation>PSFS braucht 3 bis 5 Aktivitätsbewertungen; %1 angegeben.</translation>
    </message>
    <message>
        <source>%1 needs %2 answers; %3 given.</source>
        <translation>%1 braucht %2 Antworten; %3 angegeben.</translation>
    </message>
    <message>
        <source>No answers given for %1.</source>
        <translation>Keine Antworten für %1 angegeben.</translation>
    </message>
    <message>
        <source>Answer %1 of %2 is &apos;%3&apos;; answers are whole numbers%4.</source>
        <translation>Antwort %1 von %2 ist &apos;%3&apos;; Antworten sind ganze Zahlen%4.</translation>
    </message>
    <message>
        <source>, or x for an unanswered section</source>
        <translation>, oder x für einen unbeantworteten Abschnitt</translation>
    </message>
    <message>
        <source>No ODI section is answered, so the index cannot be calculated.</source>
        <translation>Kein ODI-Abschnitt ist beantwortet, daher kann der Index nicht berechnet werden.</translation>
    </message>
    <message>
        <source>%1 of 10 ODI sections are unanswered; interpret the index with caution.</source>
        <translation>%1 von 10 ODI-Abschnitten sind unbeantwortet; interpretieren Sie den Index mit Vorsicht.</translation>
    </message>
    <message>
        <source>minimal disability</source>
        <translation>minimale Beeinträchtigung</translation>
    </message>
    <message>
        <source>moderate disability</source>
        <translation>mäßige Beeinträchtigung</translation>
    </message>
    <message>
        <source>severe disability</source>
        <translation>schwere Beeinträchtigung</translation>
    </message>
    <message>
        <source>crippled</source>
        <translation>invalidisierend</translation>
    </message>
    <message>
        <source>bed-bound</source>
        <translation>bettlägerig</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>niedriges Risiko</translation>
    </message>
    <message>
        <source>medium risk</source>
        <translation>mittleres Risiko</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>hohes Risiko</translation>
    </message>
    <message>
        <source>high fear of movement</source>
        <translation>hohe Bewegungsangst</translation>
    </message>
    <message>
        <source>not high</source>
        <translation>nicht hoch</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>minimal</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>high fear</source>
        <translation>hohe Angst</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 / 24</source>
        <translation>%1 / 24</translation>
    </message>
    <message>
        <source>%1 (subscale %2)</source>
        <translation>%1 (Subskala %2)</translation>
    </message>
</context>
<context>
    <name>PacingCommand</name>
    <message>
        <source>Graded activity plans and review decisions</source>
        <translation>Graded-Activity-Pläne und Überprüfungsentscheidungen</translation>
    </message>
    <message>
        <source>Work out a week-by-week graded activity plan (no database needed)</source>
        <translation>Einen wochenweisen Graded-Activity-Plan berechnen (ohne Datenbank)</translation>
    </message>
    <message>
        <source>Propose progress, hold, regress or stop from recorded review data</source>
        <translation>Aus erfassten Überprüfungsdaten Steigern, Beibehalten, Reduzieren oder Abbrechen vorschlagen</translation>
    </message>
    <message>
        <source>Show the stored plan of a prescription and its decisions</source>
        <translation>Den gespeicherten Plan einer Übungsvorgabe und seine Entscheidungen anzeigen</translation>
    </message>
    <message>
        <source>Accept a plan&apos;s review proposal, or override it with a reason</source>
        <translation>Den Überprüfungsvorschlag eines Plans annehmen oder mit Begründung übersteuern</translation>
    </message>
    <message>
        <source>gradus-cli: note: clinic settings not read (%1); using the documented defaults.</source>
        <translation>gradus-cli: Hinweis: Praxiseinstellungen nicht gelesen (%1); es gelten die dokumentierten Standardwerte.</translation>
    </message>
    <message>
        <source>Work out a time-contingent graded activity plan (CLINICAL.md section 3): the baseline is a percentage of the mean measured tolerance, rounded down to a whole step; each week adds a percentage of the baseline, rounded to the nearest step (whole minutes and repetitions, 5-second holds, 10-metre distances), until the goal, which the last week reaches exactly. Works without a database; when one exists and no percentage is given, the clinic&apos;s settings supply them.

With --json, prints an array with one object per week: week, start, end (when dated), quota (the daily quota), unit, bouts, per_bout (the daily quota split into bouts, largest first), increase and at_goal.

With PRESCRIPTION_ID, the plan is stored for that prescription (it then follows the exercise into new versions of the programme) and printed; with --json the stored plan is printed as in `pacing show`.</source>
        <translation>Einen zeitkontingenten Graded-Activity-Plan berechnen (CLINICAL.md Abschnitt 3): Der Ausgangswert ist ein Prozentsatz der mittleren gemessenen Toleranz, abgerundet auf eine ganze Stufe; jede Woche kommt ein Prozentsatz des Ausgangswerts hinzu, gerundet auf die nächste Stufe (ganze Minuten und Wiederholungen, 5-Sekunden-Halten, 10-Meter-Strecken), bis zum Ziel, das die letzte Woche genau erreicht. Funktioniert ohne Datenbank; gibt es eine und ist kein Prozentsatz angegeben, kommen die Prozentsätze aus den Praxiseinstellungen.

Mit --json wird ein Array mit einem Objekt pro Woche ausgegeben: week, start, end (wenn datiert), quota (das Tagespensum), unit, bouts, per_bout (das Tagespensum aufgeteilt auf Durchgänge, größter zuerst), increase und at_goal.

Mit PRESCRIPTION_ID wird der Plan für diese Übungsvorgabe gespeichert (er folgt der Übung dann in neue Versionen des Programms) und ausgegeben; mit --json wird der gespeicherte Plan wie bei `pacing show` ausgegeben.</translation>
    </message>
    <message>
        <source>Tolerance measured over several attempts, comma-separated (e.g. 10,12,11).</source>
        <translation>Toleranz, gemessen in mehreren Versuchen, durch Kommas getrennt (z. B. 10,12,11).</translation>
    </message>
    <message>
        <source>Unit of tolerance and goal: %1.</source>
        <translation>Maßeinheit von Toleranz und Ziel: %1.</translation>
    </message>
    <message>
        <source>The daily goal (ceiling).</source>
        <translation>Das Tagesziel (Obergrenze).</translation>
    </message>
    <message>
        <source>Baseline as % of mean tolerance (50-100; default 80).</source>
        <translation>Ausgangswert in % der mittleren Toleranz (50-100; Standard 80).</translation>
    </message>
    <message>
        <source>Weekly increase as % of the baseline (5-20; default 10).</source>
        <translation>Wöchentliche Steigerung in % des Ausgangswerts (5-20; Standard 10).</translation>
    </message>
    <message>
        <source>Split each day&apos;s quota into N bouts (1-%1; default 1).</source>
        <translation>Das Tagespensum auf N Durchgänge aufteilen (1-%1; Standard 1).</translation>
    </message>
    <message>
        <source>First day of week 1, YYYY-MM-DD (default: today).</source>
        <translation>Erster Tag von Woche 1, YYYY-MM-DD (Standard: heute).</translation>
    </message>
    <message>
        <source>Who makes a stored plan (default: the operating-system user).</source>
        <translation>Wer einen gespeicherten Plan erstellt (Standard: der Benutzer des Betriebssystems).</translation>
    </message>
    <message>
        <source>pacing plan needs --%1.</source>
        <translation>pacing plan braucht --%1.</translation>
    </message>
    <message>
        <source>--unit must be one of %1, not &quot;%2&quot;.</source>
        <translation>--unit muss eines von %1 sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--goal must be a number, not &quot;%1&quot;.</source>
        <translation>--goal muss eine Zahl sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--start must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--start muss ein Datum im Format YYYY-MM-DD sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Graded activity plan in %1</source>
        <translation>Graded-Activity-Plan in %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Wo.</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Daily quota</source>
        <translation>Tagespensum</translation>
    </message>
    <message>
        <source>Bouts</source>
        <translation>Durchgänge</translation>
    </message>
    <message>
        <source>&lt;- now</source>
        <translation>&lt;- jetzt</translation>
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
        <translation>Aus den seit der letzten Überprüfung erfassten Daten Steigern, Beibehalten, Reduzieren oder Abbrechen und Überweisen vorschlagen und die ausgelöste Regel, die zugrunde liegenden Daten und ihre Quelle anzeigen (CLINICAL.md Abschnitt 3). Vorrang: Abbrechen und Überweisen &gt; Reduzieren &gt; Beibehalten &gt; Steigern. Die Schwellenwerte kommen aus den Praxiseinstellungen, wenn es eine Datenbank gibt, sonst gelten die dokumentierten Standardwerte (sicherer Schmerz 2, akzeptabler Schmerz 5, 2 schlechte Tage in Folge, Reduktion um 15 %).

FILE ist JSON (&quot;-&quot; liest die Standardeingabe). Jedes Feld ist optional, aber Steigern braucht Belege für jedes Kriterium; unbekannte Felder werden abgelehnt:
  days                  Liste, älteste zuerst, ein Eintrag pro Tag oder Einheit:
    date                YYYY-MM-DD
    quota_met           true/false
    exercise_pain       0-10, höchster Schmerz während der Übung
    next_morning_pain   0-10, Schmerz am Morgen danach
  baseline_pain         0-10, üblicher Morgenschmerz bei der letzten Überprüfung
  previous_week_pain    0-10, üblicher Schmerz in der Woche davor
  this_week_pain        0-10, üblicher Schmerz in der letzten Woche
  leg_symptoms          none, centralising, stable, peripheralising, not_recorded
  new_neurological_sign true/false (neurological_detail: Text)
  red_flag              true/false (red_flag_detail: Text)
  step                  wo der Patient steht: {unit, current, next, last_tolerated, week}
  plan                  oder der Plan: {tolerance, unit, goal, baseline_percent,
                        weekly_percent, bouts, week}
  thresholds            {pain_safe_max, pain_acceptable_max, bad_days_in_row,
                        regress_percent}, ersetzt für diese Überprüfung die Werte der Praxis
Beispiel: {&quot;baseline_pain&quot;: 2, &quot;previous_week_pain&quot;: 3, &quot;this_week_pain&quot;: 3,
  &quot;days&quot;: [{&quot;quota_met&quot;: true, &quot;exercise_pain&quot;: 4, &quot;next_morning_pain&quot;: 2}],
  &quot;step&quot;: {&quot;unit&quot;: &quot;minutes&quot;, &quot;current&quot;: 12, &quot;next&quot;: 13}}

Mit PATIENT_ID statt --input werden alle gespeicherten Pläne des Patienten anhand der Termine überprüft, die seit ihrer jeweils letzten Entscheidung erfasst wurden (siehe docs/PACING.md); geändert wird erst mit `pacing decide`.</translation>
    </message>
    <message>
        <source>The review data (JSON, see above).</source>
        <translation>Die Überprüfungsdaten (JSON, siehe oben).</translation>
    </message>
    <message>
        <source>pacing review takes either PATIENT_ID or --input FILE, not both.</source>
        <translation>pacing review erwartet entweder PATIENT_ID oder --input FILE, nicht beides.</translation>
    </message>
    <message>
        <source>pacing review needs --input FILE, or a PATIENT_ID.</source>
        <translation>pacing review braucht --input FILE oder eine PATIENT_ID.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Zeichen %3.</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object ({...}).</source>
        <translation>%1 muss genau ein JSON-Objekt ({...}) enthalten.</translation>
    </message>
    <message>
        <source>Rule: %1. Source: %2</source>
        <translation>Regel: %1. Quelle: %2</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
    <message>
        <source>Proposal: %1</source>
        <translation>Vorschlag: %1</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Also noted (outweighed by the above):</source>
        <translation>Ebenfalls festgestellt (vom Obigen überwogen):</translation>
    </message>
    <message>
        <source>Plan %1 saved for prescription %2 (%3).</source>
        <translation>Plan %1 für Übungsvorgabe %2 gespeichert (%3).</translation>
    </message>
    <message>
        <source>Show the graded activity plan stored for a prescription (in any version of its programme): where the patient stands, the weekly quotas and every review decision.</source>
        <translation>Den für eine Übungsvorgabe gespeicherten Graded-Activity-Plan anzeigen (in jeder Version ihres Programms): wo der Patient steht, die wöchentlichen Pensen und alle Überprüfungsentscheidungen.</translation>
    </message>
    <message>
        <source>The prescription.</source>
        <translation>Die Übungsvorgabe.</translation>
    </message>
    <message>
        <source>Prescription %1 has no active graded activity plan; make one with `pacing plan %1 --tolerance ... --unit ... --goal ...`.</source>
        <translation>Übungsvorgabe %1 hat keinen aktiven Graded-Activity-Plan; erstellen Sie einen mit `pacing plan %1 --tolerance ... --unit ... --goal ...`.</translation>
    </message>
    <message>
        <source>Plan %1: %2, week %3 of %4, %5 a day (%6).</source>
        <translation>Plan %1: %2, Woche %3 von %4, %5 pro Tag (%6).</translation>
    </message>
    <message>
        <source>No review decisions yet.</source>
        <translation>Noch keine Überprüfungsentscheidungen.</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Entscheidungen:</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>kein Pensum</translation>
    </message>
    <message>
        <source>%1 to %2, as proposed (%3)</source>
        <translation>%1: %2, wie vorgeschlagen (%3)</translation>
    </message>
    <message>
        <source>%1 to %2 instead of %3 (%4): %5</source>
        <translation>%1: %2 statt %3 (%4): %5</translation>
    </message>
    <message>
        <source>Patient %1 has no active graded activity plan.</source>
        <translation>Patient %1 hat keinen aktiven Graded-Activity-Plan.</translation>
    </message>
    <message>
        <source>Plan %1: %2, week %3, %4 a day; visits since the last decision: %5.</source>
        <translation>Plan %1: %2, Woche %3, %4 pro Tag; Termine seit der letzten Entscheidung: %5.</translation>
    </message>
    <message>
        <source>Decide with: gradus-cli pacing decide %1 --accept, or --override OUTCOME --reason TEXT</source>
        <translation>Entscheiden mit: gradus-cli pacing decide %1 --accept oder --override OUTCOME --reason TEXT</translation>
    </message>
    <message>
        <source>Record the clinician&apos;s decision on a plan&apos;s review (as `pacing review PATIENT_ID` proposes it from the recorded visits): --accept the proposal, or --override it with another outcome (progress, hold, regress, stop_and_refer) and a --reason. A change of dose or exercise becomes a new, active version of the programme, in the same transaction as the decision. Refused while the programme has a draft being edited.</source>
        <translation>Die therapeutische Entscheidung zur Überprüfung eines Plans erfassen (wie `pacing review PATIENT_ID` sie aus den erfassten Terminen vorschlägt): den Vorschlag mit --accept annehmen oder mit --override durch ein anderes Ergebnis (progress, hold, regress, stop_and_refer) und einen --reason übersteuern. Eine Änderung von Dosierung oder Übung wird in derselben Transaktion wie die Entscheidung zu einer neuen, aktiven Version des Programms. Abgelehnt, solange das Programm einen Entwurf in Bearbeitung hat.</translation>
    </message>
    <message>
        <source>The plan.</source>
        <translation>Der Plan.</translation>
    </message>
    <message>
        <source>Accept the proposal.</source>
        <translation>Den Vorschlag annehmen.</translation>
    </message>
    <message>
        <source>Choose this outcome instead of the proposal.</source>
        <translation>Dieses Ergebnis statt des Vorschlags wählen.</translation>
    </message>
    <message>
        <source>Why (needed to override).</source>
        <translation>Begründung (zum Übersteuern erforderlich).</translation>
    </message>
    <message>
        <source>Who decides (default: the operating-system user).</source>
        <translation>Wer entscheidet (Standard: der Benutzer des Betriebssystems).</translation>
    </message>
    <message>
        <source>pacing decide needs either --accept or --override OUTCOME.</source>
        <translation>pacing decide braucht entweder --accept oder --override OUTCOME.</translation>
    </message>
    <message>
        <source>--override must be progress, hold, regress or stop_and_refer, not &quot;%1&quot;.</source>
        <translation>--override muss progress, hold, regress oder stop_and_refer sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Decision %1 recorded: %2 (%3).</source>
        <translation>Entscheidung %1 erfasst: %2 (%3).</translation>
    </message>
    <message>
        <source>as proposed</source>
        <translation>wie vorgeschlagen</translation>
    </message>
    <message>
        <source>overriding %1</source>
        <translation>übersteuert den Vorschlag: %1</translation>
    </message>
    <message>
        <source>--reason goes with --override; an accepted proposal needs none.</source>
        <translation>--reason gehört zu --override; ein angenommener Vorschlag braucht keine Begründung.</translation>
    </message>
    <message>
        <source>A patient whose stored plans to review, instead of --input.</source>
        <translation>Ein Patient, dessen gespeicherte Pläne überprüft werden (statt --input).</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>prescription</source>
        <translation>Übungsvorgabe</translation>
    </message>
</context>
<context>
    <name>PacingJson</name>
    <message>
        <source>%1 is not a known field (expected one of: %2).</source>
        <translation>%1 ist kein bekanntes Feld (erwartet wird eines von: %2).</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht %4.</translation>
    </message>
    <message>
        <source>%1 must be a number, not %2.</source>
        <translation>%1 muss eine Zahl sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2.</source>
        <translation>%1 muss true oder false sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1 must be text, not %2.</source>
        <translation>%1 muss Text sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 muss ein Datum im Format YYYY-MM-DD sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be an object ({...}).</source>
        <translation>%1 muss ein Objekt sein ({...}).</translation>
    </message>
    <message>
        <source>%1 must be a list ([...]).</source>
        <translation>%1 muss eine Liste sein ([...]).</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 muss eines von %2 sein, nicht &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>step needs at least &quot;unit&quot; and &quot;current&quot;.</source>
        <translation>step braucht mindestens &quot;unit&quot; und &quot;current&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a list of numbers.</source>
        <translation>%1 muss eine Liste von Zahlen sein.</translation>
    </message>
    <message>
        <source>%1 needs &quot;tolerance&quot;, a list of measurements.</source>
        <translation>%1 braucht &quot;tolerance&quot;, eine Liste von Messungen.</translation>
    </message>
    <message>
        <source>%1 needs &quot;unit&quot; and &quot;goal&quot;.</source>
        <translation>%1 braucht &quot;unit&quot; und &quot;goal&quot;.</translation>
    </message>
    <message>
        <source>leg_symptoms must be none, centralising, stable, peripheralising or not_recorded, not &quot;%1&quot;.</source>
        <translation>leg_symptoms muss none, centralising, stable, peripheralising oder not_recorded sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give either &quot;step&quot; or &quot;plan&quot;, not both.</source>
        <translation>Geben Sie entweder &quot;step&quot; oder &quot;plan&quot; an, nicht beides.</translation>
    </message>
    <message>
        <source>plan.week is needed: the plan week the patient is in now.</source>
        <translation>plan.week ist erforderlich: die Planwoche, in der der Patient jetzt ist.</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>plan: %1</translation>
    </message>
    <message>
        <source>plan.week is %1, but the plan reaches its goal in week %2.</source>
        <translation>plan.week ist %1, aber der Plan erreicht sein Ziel in Woche %2.</translation>
    </message>
</context>
<context>
    <name>PacingPlanRepository</name>
    <message>
        <source>There is no prescription %1.</source>
        <translation>Es gibt keine Übungsvorgabe %1.</translation>
    </message>
    <message>
        <source>There is no pacing plan %1.</source>
        <translation>Es gibt keinen Pacing-Plan %1.</translation>
    </message>
    <message>
        <source>Plan %1 has review decisions on record and is kept.</source>
        <translation>Für Plan %1 sind Überprüfungsentscheidungen erfasst; er bleibt erhalten.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Stopped (referred)</source>
        <translation>Abgebrochen (überwiesen)</translation>
    </message>
    <message>
        <source>Ended (moved to another exercise)</source>
        <translation>Beendet (zu einer anderen Übung gewechselt)</translation>
    </message>
</context>
<context>
    <name>PacingPlans</name>
    <message>
        <source>Name the clinician making the plan.</source>
        <translation>Geben Sie an, wer den Plan erstellt.</translation>
    </message>
    <message>
        <source>This exercise is in the programme %1 times; a plan needs it once, so that it can follow the exercise into new versions.</source>
        <translation>Diese Übung kommt %1-mal im Programm vor; ein Plan braucht sie genau einmal, damit er ihr in neue Versionen folgen kann.</translation>
    </message>
    <message>
        <source>A plan in %1 needs a dose counted in %1; prescription %2 is counted otherwise (%3).</source>
        <translation>Ein Plan in %1 braucht eine in %1 gezählte Dosierung; Übungsvorgabe %2 wird anders gezählt (%3).</translation>
    </message>
    <message>
        <source>This prescription already has a plan (%1); review it rather than starting another.</source>
        <translation>Diese Übungsvorgabe hat bereits einen Plan (%1); überprüfen Sie diesen, statt einen neuen zu beginnen.</translation>
    </message>
    <message>
        <source>Version %1 of the programme has been replaced by a newer one; make the plan on the version in force.</source>
        <translation>Version %1 des Programms wurde durch eine neuere ersetzt; erstellen Sie den Plan in der gültigen Version.</translation>
    </message>
    <message>
        <source>the exercise</source>
        <translation>die Übung</translation>
    </message>
    <message>
        <source>The programme&apos;s dose of %1 already matches week 1 of the plan: %2.</source>
        <translation>Die Dosierung von %1 im Programm entspricht bereits Woche 1 des Plans: %2.</translation>
    </message>
    <message>
        <source>The programme&apos;s dose of %1 is now %2 (version %3).</source>
        <translation>Die Dosierung von %1 im Programm ist jetzt %2 (Version %3).</translation>
    </message>
</context>
<context>
    <name>PacingProgrammeUpdate</name>
    <message>
        <source>Version %1 of the programme has been replaced by a newer one; choose the exercise in the version in force.</source>
        <translation>Version %1 des Programms wurde durch eine neuere ersetzt; wählen Sie die Übung in der gültigen Version.</translation>
    </message>
    <message>
        <source>The programme has a draft (version %1) being edited. Give it to the patient or discard it first, so that this change of dose does not hand over unfinished changes.</source>
        <translation>Das Programm hat einen Entwurf (Version %1) in Bearbeitung. Geben Sie ihn an den Patienten aus oder verwerfen Sie ihn zuerst, damit diese Dosierungsänderung keine unfertigen Änderungen mit ausgibt.</translation>
    </message>
    <message>
        <source>The programme has been changed since the plan changed its dose (version %1); the plan cannot be undone.</source>
        <translation>Das Programm wurde geändert, seit der Plan seine Dosierung geändert hat (Version %1); der Plan kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>PacingReviews</name>
    <message>
        <source>leg symptoms at the visit of %1</source>
        <translation>Beinsymptome beim Termin vom %1</translation>
    </message>
    <message>
        <source>recorded at a visit since the last review</source>
        <translation>bei einem Termin seit der letzten Überprüfung erfasst</translation>
    </message>
    <message>
        <source>red-flag screen of %1</source>
        <translation>Warnzeichen-Screening vom %1</translation>
    </message>
    <message>
        <source>a red-flag screen (none recorded for this patient)</source>
        <translation>ein Warnzeichen-Screening (für diesen Patienten keines erfasst)</translation>
    </message>
    <message>
        <source>Name the clinician deciding.</source>
        <translation>Geben Sie an, wer entscheidet.</translation>
    </message>
    <message>
        <source>Plan %1 is %2; there is nothing left to decide on it.</source>
        <translation>Plan %1 ist %2; es gibt nichts mehr zu entscheiden.</translation>
    </message>
    <message>
        <source>Say why you are not following the proposal (%1).</source>
        <translation>Geben Sie an, warum Sie dem Vorschlag nicht folgen (%1).</translation>
    </message>
    <message>
        <source>The proposal already is to %1; accept it instead of overriding.</source>
        <translation>Der Vorschlag lautet bereits „%1“; nehmen Sie ihn an, statt ihn zu übersteuern.</translation>
    </message>
    <message>
        <source>Plan stopped: refer or discuss as the red-flag screen advises.</source>
        <translation>Plan abgebrochen: Überweisen oder besprechen Sie, wie das Warnzeichen-Screening empfiehlt.</translation>
    </message>
    <message>
        <source>The exercise of plan %1 is no longer in the programme; the decision cannot be applied.</source>
        <translation>Die Übung von Plan %1 ist nicht mehr im Programm; die Entscheidung kann nicht angewendet werden.</translation>
    </message>
    <message>
        <source>Moved on to %1 (%2); this plan ends, and a new one can be made for it.</source>
        <translation>Gewechselt zu %1 (%2); dieser Plan endet, und für die neue Übung kann ein neuer Plan erstellt werden.</translation>
    </message>
    <message>
        <source>%1 a day (%2).</source>
        <translation>%1 pro Tag (%2).</translation>
    </message>
    <message>
        <source>Programme version %1: %2</source>
        <translation>Programmversion %1: %2</translation>
    </message>
    <message>
        <source>Pacing plan %1</source>
        <translation>Pacing-Plan %1</translation>
    </message>
</context>
<context>
    <name>PacingUnit</name>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 repetitions</source>
        <translation>%1 Wiederholungen</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>%1 metres</source>
        <translation>%1 Meter</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>metres</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wdh.</translation>
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
    <name>Patient</name>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
</context>
<context>
    <name>PatientArgs</name>
    <message>
        <source>Refuse the change unless the record is still at version N (shown as &quot;version&quot; by --json); nothing is written when another desk changed it meanwhile.</source>
        <translation>Die Änderung ablehnen, wenn der Datensatz nicht mehr in Version N vorliegt (mit --json als &quot;version&quot; angezeigt); es wird nichts geschrieben, wenn ein anderer Arbeitsplatz ihn inzwischen geändert hat.</translation>
    </message>
    <message>
        <source>--if-version must be a positive whole number, found &apos;%1&apos;.</source>
        <translation>--if-version muss eine positive ganze Zahl sein, gefunden: &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>PatientCommand</name>
    <message>
        <source>Given name.</source>
        <translation>Vorname.</translation>
    </message>
    <message>
        <source>Family name.</source>
        <translation>Nachname.</translation>
    </message>
    <message>
        <source>Preferred name.</source>
        <translation>Rufname.</translation>
    </message>
    <message>
        <source>Date of birth, YYYY-MM-DD.</source>
        <translation>Geburtsdatum, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>female, male or other (f, m, x).</source>
        <translation>female, male oder other (f, m, x).</translation>
    </message>
    <message>
        <source>Clinic number (unique).</source>
        <translation>Patientennummer (eindeutig).</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Telefonnummer.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Postal address.</source>
        <translation>Postanschrift.</translation>
    </message>
    <message>
        <source>Who referred the patient.</source>
        <translation>Wer den Patienten überwiesen hat.</translation>
    </message>
    <message>
        <source>Free notes.</source>
        <translation>Freie Notizen.</translation>
    </message>
    <message>
        <source>--dob must be a date written YYYY-MM-DD (not &apos;%1&apos;).</source>
        <translation>--dob muss ein Datum im Format YYYY-MM-DD sein (nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--sex must be female, male or other (not &apos;%1&apos;).</source>
        <translation>--sex muss female, male oder other sein (nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Add, find, show, edit, archive and delete patients</source>
        <translation>Patienten hinzufügen, suchen, anzeigen, bearbeiten, archivieren und löschen</translation>
    </message>
    <message>
        <source>Add a patient; prints the new id</source>
        <translation>Einen Patienten hinzufügen; gibt die neue ID aus</translation>
    </message>
    <message>
        <source>List patients, optionally matching a search</source>
        <translation>Patienten auflisten, optional gefiltert nach einer Suche</translation>
    </message>
    <message>
        <source>Show one patient with episodes and conditions</source>
        <translation>Einen Patienten mit Episoden und Diagnosen anzeigen</translation>
    </message>
    <message>
        <source>Change fields of a patient</source>
        <translation>Felder eines Patienten ändern</translation>
    </message>
    <message>
        <source>Archive (or with --restore, restore) a patient</source>
        <translation>Einen Patienten archivieren (oder mit --restore wiederherstellen)</translation>
    </message>
    <message>
        <source>Delete a patient and all their records permanently</source>
        <translation>Einen Patienten mit allen zugehörigen Daten endgültig löschen</translation>
    </message>
    <message>
        <source>Add a patient and print the new patient&apos;s id. --given, --family and --dob are required.
With --json, print the stored patient (fields as for &apos;patient show&apos;).</source>
        <translation>Einen Patienten hinzufügen und die ID des neuen Patienten ausgeben. --given, --family und --dob sind erforderlich.
Mit --json wird der gespeicherte Patient ausgegeben (Felder wie bei &apos;patient show&apos;).</translation>
    </message>
    <message>
        <source>List patients by family name. --search keeps those whose names, clinic number or date of birth contain every word of TEXT, ignoring case and accents.
JSON: an array of objects with id, given, family, dob, preferred, clinic_number, archived.</source>
        <translation>Patienten nach Nachnamen auflisten. --search behält diejenigen, deren Namen, Patientennummer oder Geburtsdatum jedes Wort von TEXT enthalten, ohne Beachtung von Groß-/Kleinschreibung und Akzenten.
JSON: ein Array von Objekten mit id, given, family, dob, preferred, clinic_number, archived.</translation>
    </message>
    <message>
        <source>Words to search for.</source>
        <translation>Suchbegriffe.</translation>
    </message>
    <message>
        <source>Include archived patients.</source>
        <translation>Archivierte Patienten einbeziehen.</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>Die ID des Patienten.</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient/in:</translation>
    </message>
    <message>
        <source>, archived</source>
        <translation>, archiviert</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Geboren:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Geschlecht:</translation>
    </message>
    <message>
        <source>Clinic number:</source>
        <translation>Patienten-Nr.:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>Überwiesen von:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Episode %1: %2</source>
        <translation>Episode %1: %2</translation>
    </message>
    <message>
        <source>opened %1, %2, onset %3, phase %4</source>
        <translation>eröffnet %1, %2, Beginn %3, Phase %4</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>abgeschlossen %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Change the given fields of a patient; an empty value (&quot;&quot;) clears an optional field. Prints nothing, or with --json the stored patient.</source>
        <translation>Die angegebenen Felder eines Patienten ändern; ein leerer Wert (&quot;&quot;) löscht ein optionales Feld. Gibt nichts aus, oder mit --json den gespeicherten Patienten.</translation>
    </message>
    <message>
        <source>Archive a patient: hidden from lists unless asked for, nothing deleted. With --restore, bring an archived patient back.</source>
        <translation>Einen Patienten archivieren: Er wird in Listen ausgeblendet, außer auf Anfrage; nichts wird gelöscht. Mit --restore wird ein archivierter Patient zurückgeholt.</translation>
    </message>
    <message>
        <source>Restore instead of archive.</source>
        <translation>Wiederherstellen statt archivieren.</translation>
    </message>
    <message>
        <source>Delete a patient with all episodes and conditions, permanently (right to erasure). Requires --yes. Prints what was deleted.</source>
        <translation>Einen Patienten mit allen Episoden und Diagnosen endgültig löschen (Recht auf Löschung). Erfordert --yes. Gibt aus, was gelöscht wurde.</translation>
    </message>
    <message>
        <source>Confirm the permanent deletion.</source>
        <translation>Das endgültige Löschen bestätigen.</translation>
    </message>
    <message>
        <source>patient delete removes %1 (id %2, born %3) and all their records permanently; it cannot be undone. Run it again with --yes to confirm, or use &apos;patient archive&apos; to hide the patient instead.</source>
        <translation>patient delete entfernt %1 (ID %2, geboren %3) und alle zugehörigen Daten endgültig; das kann nicht rückgängig gemacht werden. Führen Sie den Befehl zur Bestätigung erneut mit --yes aus, oder verwenden Sie &apos;patient archive&apos;, um den Patienten stattdessen auszublenden.</translation>
    </message>
    <message>
        <source>Deleted patient %1 (episodes of care: %2, conditions: %3).</source>
        <translation>Patient %1 gelöscht (Behandlungsepisoden: %2, Diagnosen: %3).</translation>
    </message>
    <message>
        <source>Preferred language of handouts (see &apos;gradus-cli languages&apos;).</source>
        <translation>Bevorzugte Sprache der Übungsblätter (siehe &apos;gradus-cli languages&apos;).</translation>
    </message>
    <message>
        <source>--language must be one of %1 (not &apos;%2&apos;).</source>
        <translation>--language muss einer dieser Codes sein: %1 (nicht &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>Show one patient.
JSON: the fields of &apos;patient list&apos; plus sex, phone, email, address, referral_source, notes, language, age, created_at, updated_at, and episodes (each with id, complaint, onset, opened, closed, open, phase and conditions).</source>
        <translation>Einen Patienten anzeigen.
JSON: die Felder von &apos;patient list&apos; sowie sex, phone, email, address, referral_source, notes, language, age, created_at, updated_at und episodes (jeweils mit id, complaint, onset, opened, closed, open, phase und conditions).</translation>
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
    <message>
        <source>patient</source>
        <translation>Patient</translation>
    </message>
</context>
<context>
    <name>PatientCommands</name>
    <message>
        <source>Add patient %1</source>
        <translation>Patient %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>%1 archivieren</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Open episode &quot;%1&quot;</source>
        <translation>Episode „%1“ eröffnen</translation>
    </message>
    <message>
        <source>Close episode &quot;%1&quot;</source>
        <translation>Episode „%1“ abschließen</translation>
    </message>
    <message>
        <source>Edit episode &quot;%1&quot;</source>
        <translation>Episode „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>%1 reaktivieren</translation>
    </message>
    <message>
        <source>Resolve %1</source>
        <translation>%1 als abgeklungen markieren</translation>
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
        <translation>Das Hinzufügen von %1 kann nicht rückgängig gemacht werden: Seitdem wurden Behandlungsepisoden, Termine oder andere Einträge für diesen Patienten erfasst.</translation>
    </message>
</context>
<context>
    <name>PatientMerge</name>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Clinic number</source>
        <translation>Patientennummer</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Überwiesen von</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <source>The clinic number %1 is already used by another patient.</source>
        <translation>Die Patientennummer %1 wird bereits von einem anderen Patienten verwendet.</translation>
    </message>
    <message>
        <source>There is no patient with id %1.</source>
        <translation>Es gibt keinen Patienten mit der ID %1.</translation>
    </message>
    <message>
        <source>The clinic number %1 is already used by another patient (%2).</source>
        <translation>Die Patientennummer %1 wird bereits von einem anderen Patienten verwendet (%2).</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Only a stored patient can be restored.</source>
        <translation>Nur ein gespeicherter Patient kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The patient could not be deleted, and nothing was removed: %1</source>
        <translation>Der Patient konnte nicht gelöscht werden; es wurde nichts entfernt: %1</translation>
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
        <translation>Der %1 ist zu lang (höchstens %2 Zeichen).</translation>
    </message>
    <message>
        <source>The given name is required.</source>
        <translation>Der Vorname ist erforderlich.</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>The family name is required.</source>
        <translation>Der Nachname ist erforderlich.</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>The date of birth is required.</source>
        <translation>Das Geburtsdatum ist erforderlich.</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>Das Geburtsdatum %1 liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The date of birth %1 would make the patient %2 years old; please check the year.</source>
        <translation>Mit dem Geburtsdatum %1 wäre der Patient %2 Jahre alt; bitte prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>Sex must be female, male or other, or left empty (not &apos;%1&apos;).</source>
        <translation>Das Geschlecht muss female, male oder other sein oder leer bleiben (nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The clinic number is too long (at most %1 characters).</source>
        <translation>Die Patientennummer ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>&apos;%1&apos; ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number; use digits, spaces and + ( ) - only.</source>
        <translation>&apos;%1&apos; ist keine Telefonnummer; verwenden Sie nur Ziffern, Leerzeichen und + ( ) -.</translation>
    </message>
    <message>
        <source>The language must be one of %1, or left empty (not &apos;%2&apos;).</source>
        <translation>Die Sprache muss einer dieser Codes sein: %1, oder leer bleiben (nicht &apos;%2&apos;).</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Could not start drawing the document.</source>
        <translation>Das Zeichnen des Dokuments konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Could not finish the document.</source>
        <translation>Das Dokument konnte nicht fertiggestellt werden.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>%1 already exists; choose another name or allow replacing it.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder erlauben Sie das Ersetzen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was written.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation>%1 konnte nicht geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>%1 is read-only, so it was not replaced. Nothing was written.</source>
        <translation>%1 ist schreibgeschützt und wurde daher nicht ersetzt. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 is read-only. Nothing was written.</source>
        <translation>%1 konnte nicht geschrieben werden: Der Ordner %2 ist schreibgeschützt. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Could not write %1: it was not opened.</source>
        <translation>%1 konnte nicht geschrieben werden: Die Datei wurde nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>ProgrammeCalendar</name>
    <message>
        <source>%1: %2 a day in %3 bouts (week %4 of %5)</source>
        <translation>%1: %2 pro Tag in %3 Durchgängen (Woche %4 von %5)</translation>
    </message>
    <message>
        <source>%1: %2 a day (week %3 of %4)</source>
        <translation>%1: %2 pro Tag (Woche %3 von %4)</translation>
    </message>
    <message>
        <source>Week %1 of %2 of your graded plan: %3 a day.</source>
        <translation>Woche %1 von %2 Ihres Aktivitätsplans: %3 pro Tag.</translation>
    </message>
    <message>
        <source>Week %1 of %2 of your graded plan: %3 a day, as %4 bouts of %5.</source>
        <translation>Woche %1 von %2 Ihres Aktivitätsplans: %3 pro Tag, aufgeteilt in %4 Durchgänge à %5.</translation>
    </message>
    <message>
        <source>Week %1 of %2 of your graded plan: %3 a day, as bouts of %4.</source>
        <translation>Woche %1 von %2 Ihres Aktivitätsplans: %3 pro Tag, aufgeteilt in Durchgänge à %4.</translation>
    </message>
    <message>
        <source>Do this amount every day even if you have some pain, as long as it stays within the limits your physiotherapist gave you. The amount goes up a little each week.</source>
        <translation>Machen Sie diese Menge jeden Tag, auch wenn Sie etwas Schmerzen haben – solange sie innerhalb der Grenzen bleiben, die Ihre Physiotherapeutin oder Ihr Physiotherapeut Ihnen genannt hat. Die Menge steigt jede Woche ein wenig.</translation>
    </message>
</context>
<context>
    <name>ProgrammeCommand</name>
    <message>
        <source>The programme&apos;s id.</source>
        <translation>Die ID des Programms.</translation>
    </message>
    <message>
        <source>Exercise programmes: create, add, remove, show, list, activate, templates</source>
        <translation>Übungsprogramme: create, add, remove, show, list, activate, templates</translation>
    </message>
    <message>
        <source>Start a draft programme for a patient; prints its id</source>
        <translation>Einen Programmentwurf für einen Patienten beginnen; gibt seine ID aus</translation>
    </message>
    <message>
        <source>Add an exercise with its dose</source>
        <translation>Eine Übung mit ihrer Dosierung hinzufügen</translation>
    </message>
    <message>
        <source>Remove an exercise</source>
        <translation>Eine Übung entfernen</translation>
    </message>
    <message>
        <source>Show a programme with its doses</source>
        <translation>Ein Programm mit seinen Dosierungen anzeigen</translation>
    </message>
    <message>
        <source>List a patient&apos;s programmes</source>
        <translation>Die Programme eines Patienten auflisten</translation>
    </message>
    <message>
        <source>Give a draft to the patient (supersedes the old version)</source>
        <translation>Einen Entwurf an den Patienten ausgeben (löst die alte Version ab)</translation>
    </message>
    <message>
        <source>Clinic templates: list, save, apply</source>
        <translation>Praxisvorlagen: auflisten, speichern, anwenden</translation>
    </message>
    <message>
        <source>Check a programme against the patient&apos;s safety rules</source>
        <translation>Ein Programm gegen die Sicherheitsregeln des Patienten prüfen</translation>
    </message>
    <message>
        <source>Keep an &quot;avoid&quot; exercise, with your reason</source>
        <translation>Eine Übung trotz &quot;avoid&quot;-Regel mit Ihrer Begründung beibehalten</translation>
    </message>
    <message>
        <source>Start a draft programme for the patient, in their open episode (one is opened today when none is). Prints the programme id.</source>
        <translation>Einen Programmentwurf für den Patienten in seiner offenen Episode beginnen (ist keine offen, wird heute eine eröffnet). Gibt die Programm-ID aus.</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>Die ID des Patienten.</translation>
    </message>
    <message>
        <source>Programme name.</source>
        <translation>Programmname.</translation>
    </message>
    <message>
        <source>Goal.</source>
        <translation>Ziel.</translation>
    </message>
    <message>
        <source>Start date (yyyy-MM-dd; today).</source>
        <translation>Startdatum (yyyy-MM-dd; Standard: heute).</translation>
    </message>
    <message>
        <source>Review date (yyyy-MM-dd).</source>
        <translation>Überprüfungsdatum (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>programme create needs --name.</source>
        <translation>programme create braucht --name.</translation>
    </message>
    <message>
        <source>--%1 must be a date as yyyy-MM-dd, found &apos;%2&apos;.</source>
        <translation>--%1 muss ein Datum im Format yyyy-MM-dd sein, gefunden: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Stable id (bird_dog) or record id of the exercise.</source>
        <translation>Stabile ID (bird_dog) oder Datensatz-ID der Übung.</translation>
    </message>
    <message>
        <source>Sets (1-10; default 1).</source>
        <translation>Sätze (1-10; Standard 1).</translation>
    </message>
    <message>
        <source>Repetitions per set, or holds with --hold.</source>
        <translation>Wiederholungen pro Satz, oder Anzahl der Halten mit --hold.</translation>
    </message>
    <message>
        <source>Seconds each hold lasts (1-300).</source>
        <translation>Dauer jedes Haltens in Sekunden (1-300).</translation>
    </message>
    <message>
        <source>Minutes (1-180).</source>
        <translation>Minuten (1-180).</translation>
    </message>
    <message>
        <source>Metres (1-50000).</source>
        <translation>Meter (1-50000).</translation>
    </message>
    <message>
        <source>Bouts per day (1-12; default 1).</source>
        <translation>Mal pro Tag (1-12; Standard 1).</translation>
    </message>
    <message>
        <source>Rest between sets in seconds (0-600).</source>
        <translation>Pause zwischen den Sätzen in Sekunden (0-600).</translation>
    </message>
    <message>
        <source>left, right, both or alternate.</source>
        <translation>left, right, both oder alternate.</translation>
    </message>
    <message>
        <source>Repetitions or holds are done on each side.</source>
        <translation>Wiederholungen oder Halten werden auf jeder Seite ausgeführt.</translation>
    </message>
    <message>
        <source>Section to add to (made when missing; default the last section, or &quot;Exercises&quot;).</source>
        <translation>Abschnitt, zu dem hinzugefügt wird (wird bei Bedarf angelegt; Standard: der letzte Abschnitt oder „Übungen“).</translation>
    </message>
    <message>
        <source>Load or resistance.</source>
        <translation>Last oder Widerstand.</translation>
    </message>
    <message>
        <source>Tempo.</source>
        <translation>Tempo.</translation>
    </message>
    <message>
        <source>Note to the patient.</source>
        <translation>Hinweis für den Patienten.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, found &apos;%2&apos;.</source>
        <translation>--%1 muss eine ganze Zahl sein, gefunden: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Give exactly one of --reps, --hold SECONDS --reps R, --minutes or --metres.</source>
        <translation>Geben Sie genau eine der Optionen --reps, --hold SECONDS --reps R, --minutes oder --metres an.</translation>
    </message>
    <message>
        <source>--hold needs --reps (how many holds per set).</source>
        <translation>--hold braucht --reps (wie viele Halten pro Satz).</translation>
    </message>
    <message>
        <source>--side must be left, right, both or alternate, found &apos;%1&apos;.</source>
        <translation>--side muss left, right, both oder alternate sein, gefunden: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Programme %1 is an old version and cannot be changed.</source>
        <translation>Programm %1 ist eine alte Version und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Remove an exercise (its first occurrence) from a programme. On an active programme the change goes into its draft version; the id changed is printed.</source>
        <translation>Eine Übung (ihr erstes Vorkommen) aus einem Programm entfernen. Bei einem aktiven Programm geht die Änderung in dessen Entwurfsversion; die geänderte ID wird ausgegeben.</translation>
    </message>
    <message>
        <source>Stable id or record id of the exercise.</source>
        <translation>Stabile ID oder Datensatz-ID der Übung.</translation>
    </message>
    <message>
        <source>Programme %1 does not include &apos;%2&apos;.</source>
        <translation>Programm %1 enthält &apos;%2&apos; nicht.</translation>
    </message>
    <message>
        <source>Show a programme (any version) with its doses.</source>
        <translation>Ein Programm (beliebige Version) mit seinen Dosierungen anzeigen.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Beginn: %1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Überprüfung: %1</translation>
    </message>
    <message>
        <source>List a patient&apos;s programmes, each at its newest version, newest first.</source>
        <translation>Die Programme eines Patienten auflisten, jeweils in der neuesten Version, neueste zuerst.</translation>
    </message>
    <message>
        <source>The draft&apos;s id.</source>
        <translation>Die ID des Entwurfs.</translation>
    </message>
    <message>
        <source>Keep an exercise in a programme although a safety rule says to avoid it, with your reason. The override is stored with who and when, shows on `programme check`, and stays with the exercise in later versions of the programme. Prints its id.</source>
        <translation>Eine Übung im Programm beibehalten, obwohl eine Sicherheitsregel rät, sie zu vermeiden, mit Ihrer Begründung. Die Übersteuerung wird mit Person und Zeitpunkt gespeichert, erscheint bei `programme check` und bleibt in späteren Versionen des Programms bei der Übung. Gibt ihre ID aus.</translation>
    </message>
    <message>
        <source>Stable id (sit_up) or record id of the exercise.</source>
        <translation>Stabile ID (sit_up) oder Datensatz-ID der Übung.</translation>
    </message>
    <message>
        <source>The &quot;avoid&quot; rule&apos;s id, as `programme check` shows it.</source>
        <translation>Die ID der &quot;avoid&quot;-Regel, wie `programme check` sie anzeigt.</translation>
    </message>
    <message>
        <source>Why the exercise is kept (required).</source>
        <translation>Warum die Übung beibehalten wird (erforderlich).</translation>
    </message>
    <message>
        <source>Who keeps it; default: this account&apos;s name.</source>
        <translation>Wer sie beibehält; Standard: der Name dieses Kontos.</translation>
    </message>
    <message>
        <source>Name the exercise to keep with --exercise.</source>
        <translation>Nennen Sie die beizubehaltende Übung mit --exercise.</translation>
    </message>
    <message>
        <source>Name the rule with --rule (see `programme check %1`).</source>
        <translation>Nennen Sie die Regel mit --rule (siehe `programme check %1`).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a safety rule (see `safety rules`).</source>
        <translation>&quot;%1&quot; ist keine Sicherheitsregel (siehe `safety rules`).</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; is a &quot;%2&quot; rule; only &quot;avoid&quot; findings need an override.</source>
        <translation>Regel &quot;%1&quot; ist eine &quot;%2&quot;-Regel; nur &quot;avoid&quot;-Sicherheitshinweise brauchen eine Übersteuerung.</translation>
    </message>
    <message>
        <source>Say why the exercise is kept with --reason.</source>
        <translation>Geben Sie mit --reason an, warum die Übung beibehalten wird.</translation>
    </message>
    <message>
        <source>--by must name the clinician.</source>
        <translation>--by muss die behandelnde Person nennen.</translation>
    </message>
    <message>
        <source>Exercise %1 is not in programme %2.</source>
        <translation>Übung %1 ist nicht in Programm %2.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; does not flag %2 for this patient: there is nothing to keep.</source>
        <translation>Regel &quot;%1&quot; markiert %2 für diesen Patienten nicht: Es gibt nichts beizubehalten.</translation>
    </message>
    <message>
        <source>%1 is already kept despite rule &quot;%2&quot; (by %3).</source>
        <translation>%1 wird bereits trotz Regel &quot;%2&quot; beibehalten (von %3).</translation>
    </message>
    <message>
        <source>List the clinic&apos;s templates</source>
        <translation>Die Vorlagen der Praxis auflisten</translation>
    </message>
    <message>
        <source>Save a programme as a template; prints its id</source>
        <translation>Ein Programm als Vorlage speichern; gibt deren ID aus</translation>
    </message>
    <message>
        <source>Start a patient&apos;s programme from a template; prints its id</source>
        <translation>Ein Programm für einen Patienten aus einer Vorlage beginnen; gibt seine ID aus</translation>
    </message>
    <message>
        <source>List the clinic&apos;s programme templates.</source>
        <translation>Die Programmvorlagen der Praxis auflisten.</translation>
    </message>
    <message>
        <source>  [built-in]</source>
        <translation>  [mitgeliefert]</translation>
    </message>
    <message>
        <source>Save a programme&apos;s sections and doses as a clinic template. Prints its id.</source>
        <translation>Abschnitte und Dosierungen eines Programms als Praxisvorlage speichern. Gibt deren ID aus.</translation>
    </message>
    <message>
        <source>Template name (the programme&apos;s).</source>
        <translation>Name der Vorlage (Standard: der des Programms).</translation>
    </message>
    <message>
        <source>Start a draft programme for the patient from a template. Prints the programme id.</source>
        <translation>Einen Programmentwurf für den Patienten aus einer Vorlage beginnen. Gibt die Programm-ID aus.</translation>
    </message>
    <message>
        <source>Template id, or a built-in&apos;s stable id.</source>
        <translation>Vorlagen-ID oder die stabile ID einer mitgelieferten Vorlage.</translation>
    </message>
    <message>
        <source>Programme name (the template&apos;s).</source>
        <translation>Programmname (Standard: der der Vorlage).</translation>
    </message>
    <message>
        <source>--start must be a date as yyyy-MM-dd, found &apos;%1&apos;.</source>
        <translation>--start muss ein Datum im Format yyyy-MM-dd sein, gefunden: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Check a programme (any version) against its patient&apos;s conditions, phase of care, age and latest visit. Exit 0 whatever it finds.
JSON: an array of findings, each with exercise, severity (avoid|caution|prefer), reason, source, rule, index, alternatives and assumptions (as in &apos;safety check --help&apos;).</source>
        <translation>Ein Programm (jede Version) anhand der Diagnosen, der Phase, des Alters und des letzten Termins des Patienten prüfen. Exit-Status 0, unabhängig vom Ergebnis.
JSON: ein Array von Sicherheitshinweisen, jeweils mit exercise, severity (avoid|caution|prefer), reason, source, rule, index, alternatives und assumptions (wie in &apos;safety check --help&apos;).</translation>
    </message>
    <message>
        <source>Add an exercise to a programme with its dose: --sets and exactly one of --reps, --hold with --reps, --minutes or --metres, of a kind the exercise allows (&apos;exercise show ID&apos; lists its dose_types: no walking in sets of repetitions, no plank in minutes). On an active programme the change goes into its draft version (made when needed; its id is printed).</source>
        <translation>Eine Übung mit ihrer Dosierung zu einem Programm hinzufügen: --sets und genau eine der Optionen --reps, --hold mit --reps, --minutes oder --metres, von einer Art, die die Übung zulässt (&apos;exercise show ID&apos; listet ihre dose_types: kein Gehen in Sätzen mit Wiederholungen, kein Unterarmstütz in Minuten). Bei einem aktiven Programm geht die Änderung in dessen Entwurfsversion (bei Bedarf angelegt; ihre ID wird ausgegeben).</translation>
    </message>
    <message>
        <source>Days per week (1-7; default: the exercise&apos;s usual days, at most 3 for loaded exercises).</source>
        <translation>Tage pro Woche (1-7; Standard: die üblichen Tage der Übung, höchstens 3 bei Übungen mit Last).</translation>
    </message>
    <message>
        <source>Give a draft programme to the patient. The version it replaces is superseded and kept. Refused (exit 1) while the programme holds an exercise a safety rule says to avoid for this patient and no reason to keep it is recorded (&apos;programme check&apos; lists the findings; &apos;programme override&apos; records the reason).</source>
        <translation>Einen Programmentwurf an den Patienten ausgeben. Die Version, die er ersetzt, wird abgelöst und bleibt erhalten. Abgelehnt (Exit-Status 1), solange das Programm eine Übung enthält, die laut einer Sicherheitsregel bei diesem Patienten zu vermeiden ist, und keine Begründung für ihre Beibehaltung erfasst ist (&apos;programme check&apos; listet die Sicherheitshinweise; &apos;programme override&apos; erfasst die Begründung).</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>Patient</translation>
    </message>
</context>
<context>
    <name>ProgrammeEdits</name>
    <message>
        <source>There is no exercise with id %1.</source>
        <translation>Es gibt keine Übung mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 is retired and cannot be prescribed; choose another exercise.</source>
        <translation>%1 ist ausgemustert und kann nicht vorgegeben werden; wählen Sie eine andere Übung.</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Programm %1</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Programme %1 does not include that exercise.</source>
        <translation>Programm %1 enthält diese Übung nicht.</translation>
    </message>
</context>
<context>
    <name>ProgrammeExchange</name>
    <message>
        <source>field &apos;%1&apos;</source>
        <translation>Feld &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: %2: %3. Nothing was imported.</source>
        <translation>%1: %2: %3. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file ends too early, so it was probably cut short while being copied (%1 at byte %2)</source>
        <translation>die Datei endet zu früh; sie wurde wahrscheinlich beim Kopieren abgeschnitten (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1 at byte %2)</source>
        <translation>die Datei ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>this is not a Gradus programme file</source>
        <translation>dies ist keine Gradus-Programmdatei</translation>
    </message>
    <message>
        <source>this is an exercise export; import it with the exercise import</source>
        <translation>dies ist ein Übungsexport; importieren Sie ihn mit dem Übungsimport</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot; (this is not a Gradus programme file)</source>
        <translation>muss &quot;%1&quot; sein (dies ist keine Gradus-Programmdatei)</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>the file was written by a newer Gradus (format version %1; this Gradus reads up to %2). Update Gradus to import it</source>
        <translation>die Datei wurde von einer neueren Gradus-Version geschrieben (Formatversion %1; dieses Gradus liest bis %2). Aktualisieren Sie Gradus, um sie zu importieren</translation>
    </message>
    <message>
        <source>must be &quot;programme&quot; or &quot;template&quot;</source>
        <translation>muss &quot;programme&quot; oder &quot;template&quot; sein</translation>
    </message>
    <message>
        <source>a template has no dates; use null</source>
        <translation>eine Vorlage hat keine Daten; verwenden Sie null</translation>
    </message>
    <message>
        <source>must not be before the start date</source>
        <translation>darf nicht vor dem Startdatum liegen</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>exercise %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <source>exercise %1 &quot;%2&quot;</source>
        <translation>Übung %1 „%2“</translation>
    </message>
    <message>
        <source>only a clinic&apos;s own exercises (ids starting with &quot;%1&quot;) travel in the file; built-in ones are named by id only</source>
        <translation>nur praxiseigene Übungen (IDs beginnend mit &quot;%1&quot;) werden in der Datei mitgegeben; mitgelieferte werden nur über ihre ID genannt</translation>
    </message>
    <message>
        <source>appears twice in the file</source>
        <translation>kommt in der Datei zweimal vor</translation>
    </message>
    <message>
        <source>there is no exercise &quot;%1&quot; in this library, and the file does not carry it</source>
        <translation>in dieser Bibliothek gibt es keine Übung &quot;%1&quot;, und die Datei enthält sie nicht</translation>
    </message>
    <message>
        <source>links to &quot;%1&quot;, which is neither in the file nor in this library</source>
        <translation>verweist auf &quot;%1&quot;, die weder in der Datei noch in dieser Bibliothek ist</translation>
    </message>
</context>
<context>
    <name>ProgrammeImportService</name>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>ProgrammeJson</name>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be &quot;reps&quot;, &quot;hold&quot;, &quot;time&quot; or &quot;distance&quot;</source>
        <translation>muss &quot;reps&quot;, &quot;hold&quot;, &quot;time&quot; oder &quot;distance&quot; sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1.exercise: there is no exercise &quot;%2&quot; in the library</source>
        <translation>%1.exercise: Es gibt keine Übung &quot;%2&quot; in der Bibliothek</translation>
    </message>
    <message>
        <source>must be not_applicable, left, right, both or alternate</source>
        <translation>muss not_applicable, left, right, both oder alternate sein</translation>
    </message>
</context>
<context>
    <name>ProgrammeRepository</name>
    <message>
        <source>There is no exercise with id %1.</source>
        <translation>Es gibt keine Übung mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no patient with id %1.</source>
        <translation>Es gibt keinen Patienten mit der ID %1.</translation>
    </message>
    <message>
        <source>Programme %1 (version %2) is %3 and cannot be changed; changes go into a new version.</source>
        <translation>Programm %1 (Version %2) ist %3 und kann nicht geändert werden; Änderungen gehen in eine neue Version.</translation>
    </message>
    <message>
        <source>Version %1 has been replaced; edit the current draft (version %2) instead.</source>
        <translation>Version %1 wurde ersetzt; bearbeiten Sie stattdessen den aktuellen Entwurf (Version %2).</translation>
    </message>
    <message>
        <source>This version has been replaced by version %1; edit that one.</source>
        <translation>Diese Version wurde durch Version %1 ersetzt; bearbeiten Sie jene.</translation>
    </message>
    <message>
        <source>Programme %1 has been superseded and cannot be changed.</source>
        <translation>Programm %1 wurde abgelöst und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Programme %1 is already %2.</source>
        <translation>Programm %1 ist bereits %2.</translation>
    </message>
    <message>
        <source>Programme %1 has no exercises yet; add at least one before giving it to the patient.</source>
        <translation>Programm %1 enthält noch keine Übungen; fügen Sie mindestens eine hinzu, bevor Sie es an den Patienten ausgeben.</translation>
    </message>
    <message>
        <source>Programme %1 is not the active version any more; open the newest version to change it.</source>
        <translation>Programm %1 ist nicht mehr die aktive Version; öffnen Sie die neueste Version, um es zu ändern.</translation>
    </message>
    <message>
        <source>There is no programme with id %1.</source>
        <translation>Es gibt kein Programm mit der ID %1.</translation>
    </message>
    <message>
        <source>Programme %1 has been given to the patient and is kept.</source>
        <translation>Programm %1 wurde an den Patienten ausgegeben und bleibt erhalten.</translation>
    </message>
    <message>
        <source>Programme %1 is already there and cannot be put back.</source>
        <translation>Programm %1 ist bereits vorhanden und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Version %1 cannot be put back: the programme has been changed since.</source>
        <translation>Version %1 kann nicht wiederhergestellt werden: Das Programm wurde seitdem geändert.</translation>
    </message>
    <message>
        <source>The activation of programme %1 cannot be undone: the programme has been changed since.</source>
        <translation>Die Aktivierung von Programm %1 kann nicht rückgängig gemacht werden: Das Programm wurde seitdem geändert.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot;, item %2: %3</source>
        <translation>Abschnitt „%1“, Eintrag %2: %3</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Programm %1</translation>
    </message>
    <message>
        <source>Programme %1 cannot be taken away: a reason to keep an exercise or a review decision has been recorded on it since.</source>
        <translation>Programm %1 kann nicht entfernt werden: Seitdem wurde darin eine Begründung zum Beibehalten einer Übung oder eine Überprüfungsentscheidung erfasst.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTemplateRepository</name>
    <message>
        <source>There is no template with id %1.</source>
        <translation>Es gibt keine Vorlage mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 is not a template file: %2</source>
        <translation>%1 ist keine Vorlagendatei: %2</translation>
    </message>
    <message>
        <source>%1: the name is missing.</source>
        <translation>%1: Der Name fehlt.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot;: %2</source>
        <translation>Vorlage „%1“: %2</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Die Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is no exercise with id %1.</source>
        <translation>Es gibt keine Übung mit der ID %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ships with Gradus and cannot be deleted.</source>
        <translation>„%1“ wird mit Gradus mitgeliefert und kann nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>ProgressData</name>
    <message>
        <source>Important change from first (%1)</source>
        <translation>Relevante Veränderung gegenüber dem ersten Wert (%1)</translation>
    </message>
    <message>
        <source>Pain (NPRS 0-10)</source>
        <translation>Schmerz (NPRS 0-10)</translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation>Schmerz aktuell</translation>
    </message>
    <message>
        <source>Best to worst in 24 h</source>
        <translation>Geringster bis stärkster in 24 h</translation>
    </message>
    <message>
        <source>Activity (minutes a day)</source>
        <translation>Aktivität (Minuten pro Tag)</translation>
    </message>
    <message>
        <source>Minutes a day</source>
        <translation>Minuten pro Tag</translation>
    </message>
    <message>
        <source>Pain now (NPRS)</source>
        <translation>Schmerz aktuell (NPRS)</translation>
    </message>
    <message>
        <source>Worst pain in 24 h (NPRS)</source>
        <translation>Stärkster Schmerz in 24 h (NPRS)</translation>
    </message>
    <message>
        <source>ODI %</source>
        <translation>ODI %</translation>
    </message>
    <message>
        <source>RMDQ (0-24)</source>
        <translation>RMDQ (0-24)</translation>
    </message>
    <message>
        <source>Total (0-9)</source>
        <translation>Gesamt (0-9)</translation>
    </message>
    <message>
        <source>Psychosocial subscale (0-5)</source>
        <translation>Psychosoziale Subskala (0-5)</translation>
    </message>
    <message>
        <source>Low risk: total 3 or less</source>
        <translation>Niedriges Risiko: Gesamt 3 oder weniger</translation>
    </message>
    <message>
        <source>PSFS mean (0-10)</source>
        <translation>PSFS-Mittelwert (0-10)</translation>
    </message>
    <message>
        <source>TSK-17 total (17-68)</source>
        <translation>TSK-17 gesamt (17-68)</translation>
    </message>
    <message>
        <source>High fear of movement: above 37</source>
        <translation>Hohe Bewegungsangst: über 37</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>Aktivität %1</translation>
    </message>
    <message>
        <source>PSFS: %1</source>
        <translation>PSFS: %1</translation>
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
        <translation>%1 (seit %2)</translation>
    </message>
    <message>
        <source>Nothing has been measured yet.</source>
        <translation>Es wurde noch nichts gemessen.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verände­rung</translation>
    </message>
    <message>
        <source>Important change</source>
        <translation>Relevante Veränderung</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>%1% %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Genesen</translation>
    </message>
    <message>
        <source>No visits have been recorded yet.</source>
        <translation>Es wurden noch keine Termine erfasst.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation>Schmerz aktuell</translation>
    </message>
    <message>
        <source>Best–worst</source>
        <translation>Min.–Max.</translation>
    </message>
    <message>
        <source>In exercise</source>
        <translation>Bei der Übung</translation>
    </message>
    <message>
        <source>Next morning</source>
        <translation>Nächster Morgen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Leg symptoms</source>
        <translation>Beinsymptome</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>; new neurological signs</source>
        <translation>; neue neurologische Zeichen</translation>
    </message>
    <message>
        <source>The last %1 of %2 visits; the charts show them all.</source>
        <translation>Die letzten %1 von %2 Terminen; die Diagramme zeigen alle.</translation>
    </message>
    <message>
        <source>* Corrected after it was first saved; the figures shown are the corrected ones and the original is kept in the clinical record.</source>
        <translation>* Nach dem ersten Speichern korrigiert; gezeigt werden die korrigierten Werte, das Original bleibt in der Patientenakte erhalten.</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Verlaufsbericht</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, vom %2 bis %3</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Berichtsdatum</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Change since the first visit</source>
        <translation>Veränderung seit dem ersten Termin</translation>
    </message>
    <message>
        <source>A change counts as clinically important when it reaches the published threshold in points or in percent of the first value, whichever comes first.</source>
        <translation>Eine Veränderung gilt als klinisch relevant, wenn sie den veröffentlichten Schwellenwert in Punkten oder in Prozent des ersten Werts erreicht, je nachdem, was zuerst eintritt.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Green dashed line: the value that would be a clinically important change from the first measurement.</source>
        <translation>Grüne gestrichelte Linie: der Wert, der eine klinisch relevante Veränderung gegenüber der ersten Messung wäre.</translation>
    </message>
    <message>
        <source>Exercise programme</source>
        <translation>Übungsprogramm</translation>
    </message>
    <message>
        <source>No exercise programme is active.</source>
        <translation>Kein Übungsprogramm ist aktiv.</translation>
    </message>
    <message>
        <source>given %1</source>
        <translation>ausgegeben am %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Pain (NPRS): %1</source>
        <translation>Schmerz (NPRS): %1</translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation>Verlaufsbericht: %1</translation>
    </message>
    <message>
        <source>Progress report · %1 · born %2 · %3</source>
        <translation>Verlaufsbericht · %1 · geb. %2 · %3</translation>
    </message>
</context>
<context>
    <name>RecordHistoryHtml</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Marked as entered in error</source>
        <translation>Als Fehleintrag markiert</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Wieder gültig</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1 %2 on %3; answers by item: %4</source>
        <translation>%1 %2 am %3; Antworten nach Item: %4</translation>
    </message>
</context>
<context>
    <name>RecordMeasureCommand</name>
    <message>
        <source>Record %1</source>
        <translation>%1 erfassen</translation>
    </message>
    <message>
        <source>Redo: recording of the measure restored</source>
        <translation>Wiederholen: Erfassung des Assessments wiederhergestellt</translation>
    </message>
    <message>
        <source>Undo: recording of the measure undone</source>
        <translation>Rückgängig: Erfassung des Assessments zurückgenommen</translation>
    </message>
</context>
<context>
    <name>RecordVersion</name>
    <message>
        <source>There is no record %1 in %2.</source>
        <translation>Es gibt keinen Datensatz %1 in %2.</translation>
    </message>
</context>
<context>
    <name>RecordVisitCommand</name>
    <message>
        <source>Record Visit of %1</source>
        <translation>Termin vom %1 erfassen</translation>
    </message>
    <message>
        <source>Redo: recording of the visit restored</source>
        <translation>Wiederholen: Erfassung des Termins wiederhergestellt</translation>
    </message>
    <message>
        <source>Undo: recording of the visit undone</source>
        <translation>Rückgängig: Erfassung des Termins zurückgenommen</translation>
    </message>
</context>
<context>
    <name>RedFlagCatalog</name>
    <message>
        <source>not a valid JSON object (%1).</source>
        <translation>kein gültiges JSON-Objekt (%1).</translation>
    </message>
    <message>
        <source>, field &quot;format&quot;</source>
        <translation>, Feld &quot;format&quot;</translation>
    </message>
    <message>
        <source>expected &quot;gradus-red-flags&quot;.</source>
        <translation>erwartet wird &quot;gradus-red-flags&quot;.</translation>
    </message>
    <message>
        <source>, field &quot;version&quot;</source>
        <translation>, Feld &quot;version&quot;</translation>
    </message>
    <message>
        <source>expected a whole number of 1 or more.</source>
        <translation>erwartet wird eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>, tier &quot;%1&quot;</source>
        <translation>, Kategorie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>every tier needs an id, label, action and source.</source>
        <translation>jede Kategorie braucht id, label, action und source.</translation>
    </message>
    <message>
        <source>the id is used twice.</source>
        <translation>die ID wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>, field &quot;tiers&quot;</source>
        <translation>, Feld &quot;tiers&quot;</translation>
    </message>
    <message>
        <source>expected a non-empty list.</source>
        <translation>erwartet wird eine nicht leere Liste.</translation>
    </message>
    <message>
        <source>, flag &quot;%1&quot;</source>
        <translation>, Warnzeichen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>every flag needs a code and a label.</source>
        <translation>jedes Warnzeichen braucht code und label.</translation>
    </message>
    <message>
        <source>, flag &quot;%1&quot;, field &quot;tier&quot;</source>
        <translation>, Warnzeichen &quot;%1&quot;, Feld &quot;tier&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier of this file.</source>
        <translation>&quot;%1&quot; ist keine Kategorie dieser Datei.</translation>
    </message>
    <message>
        <source>the code is used twice.</source>
        <translation>der Code wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>, field &quot;flags&quot;</source>
        <translation>, Feld &quot;flags&quot;</translation>
    </message>
</context>
<context>
    <name>RedFlagRepository</name>
    <message>
        <source>Referred</source>
        <translation>Überwiesen</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Name the clinician who did the red-flag screen.</source>
        <translation>Geben Sie an, wer das Warnzeichen-Screening durchgeführt hat.</translation>
    </message>
    <message>
        <source>The screen date %1 is in the future.</source>
        <translation>Das Datum des Screenings (%1) liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a red-flag code; &apos;gradus-cli screen codes&apos; lists them.</source>
        <translation>&quot;%1&quot; ist kein Warnzeichen-Code; &apos;gradus-cli screen codes&apos; listet sie auf.</translation>
    </message>
    <message>
        <source>A decision is recorded only when a red flag is present.</source>
        <translation>Eine Entscheidung wird nur erfasst, wenn ein Warnzeichen vorliegt.</translation>
    </message>
    <message>
        <source>Add a note saying what was decided about the red flags.</source>
        <translation>Fügen Sie eine Notiz hinzu, was zu den Warnzeichen entschieden wurde.</translation>
    </message>
    <message>
        <source>Could not save the red-flag screen for patient %1: %2</source>
        <translation>Das Warnzeichen-Screening für Patient %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Screen %1 found no red flags; there is nothing to decide.</source>
        <translation>Screening %1 hat keine Warnzeichen gefunden; es gibt nichts zu entscheiden.</translation>
    </message>
    <message>
        <source>Name the clinician who decided.</source>
        <translation>Geben Sie an, wer entschieden hat.</translation>
    </message>
    <message>
        <source>There is no red-flag screen with id %1.</source>
        <translation>Es gibt kein Warnzeichen-Screening mit der ID %1.</translation>
    </message>
    <message>
        <source>Every flag of screen %1 already has a decision; record a new screen instead.</source>
        <translation>Für jedes Warnzeichen von Screening %1 ist bereits eine Entscheidung erfasst; erfassen Sie stattdessen ein neues Screening.</translation>
    </message>
    <message>
        <source>Choose at least one red flag to decide.</source>
        <translation>Wählen Sie mindestens ein Warnzeichen, über das entschieden werden soll.</translation>
    </message>
    <message>
        <source>The red flags to decide belong to different patients.</source>
        <translation>Die zu entscheidenden Warnzeichen gehören zu verschiedenen Patienten.</translation>
    </message>
    <message>
        <source>Screen %1 did not find the red flag &quot;%2&quot;.</source>
        <translation>Beim Screening %1 wurde das Warnzeichen &quot;%2&quot; nicht festgestellt.</translation>
    </message>
    <message>
        <source>The red flag &quot;%1&quot; of screen %2 already has a decision.</source>
        <translation>Für das Warnzeichen &quot;%1&quot; von Screening %2 ist bereits eine Entscheidung erfasst.</translation>
    </message>
</context>
<context>
    <name>ReviewData</name>
    <message>
        <source>Day %1: pain during exercise must be from 0 to 10, not %2.</source>
        <translation>Tag %1: Der Schmerz während der Übung muss zwischen 0 und 10 liegen, nicht %2.</translation>
    </message>
    <message>
        <source>Day %1: next-morning pain must be from 0 to 10, not %2.</source>
        <translation>Tag %1: Der Schmerz am nächsten Morgen muss zwischen 0 und 10 liegen, nicht %2.</translation>
    </message>
    <message>
        <source>Day %1 (%2) comes before the day above it: list the days oldest first.</source>
        <translation>Tag %1 (%2) liegt vor dem Tag darüber: Listen Sie die Tage mit dem ältesten zuerst auf.</translation>
    </message>
    <message>
        <source>Baseline pain</source>
        <translation>Ausgangsschmerz</translation>
    </message>
    <message>
        <source>Pain over the week before</source>
        <translation>Schmerz in der Woche davor</translation>
    </message>
    <message>
        <source>Pain over the last week</source>
        <translation>Schmerz in der letzten Woche</translation>
    </message>
    <message>
        <source>%1 must be from 0 to 10, not %2.</source>
        <translation>%1 muss zwischen 0 und 10 liegen, nicht %2.</translation>
    </message>
    <message>
        <source>The current quota must be a positive whole number of %1 steps of %2, not %3.</source>
        <translation>Das aktuelle Pensum muss ein positives ganzzahliges Vielfaches der Stufe von %2 (%1) sein, nicht %3.</translation>
    </message>
    <message>
        <source>The next step (%1) must be a whole number of steps of %2 and not below the current quota (%3).</source>
        <translation>Die nächste Stufe (%1) muss ein ganzzahliges Vielfaches von %2 sein und darf nicht unter dem aktuellen Pensum (%3) liegen.</translation>
    </message>
    <message>
        <source>The last tolerated step (%1) must be a whole number of steps of %2 and below the current quota (%3).</source>
        <translation>Die letzte tolerierte Stufe (%1) muss ein ganzzahliges Vielfaches von %2 sein und unter dem aktuellen Pensum (%3) liegen.</translation>
    </message>
</context>
<context>
    <name>ReviewEngine</name>
    <message>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Silbernagel et al. 2007, Am J Sports Med 35:897 (pain-monitoring model, extrapolated); CLINICAL.md section 3</source>
        <translation>Silbernagel et al. 2007, Am J Sports Med 35:897 (Schmerz-Monitoring-Modell, extrapoliert); CLINICAL.md Abschnitt 3</translation>
    </message>
    <message>
        <source>A red flag was recorded. Stop the programme until the patient has been referred or the finding discussed, as the red-flag screen advises.</source>
        <translation>Ein Warnzeichen wurde erfasst. Das Programm aussetzen, bis der Patient überwiesen oder der Befund besprochen wurde, wie das Warnzeichen-Screening empfiehlt.</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>CLINICAL.md sections 1 and 3; NHS CKS; IFOMPT framework (Finucane et al. 2020, JOSPT 50:350)</source>
        <translation>CLINICAL.md Abschnitte 1 und 3; NHS CKS; IFOMPT-Rahmenwerk (Finucane et al. 2020, JOSPT 50:350)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>A new neurological sign was found (such as new weakness, numbness or a changed reflex). Step back and reassess before going on.</source>
        <translation>Ein neues neurologisches Zeichen wurde festgestellt (etwa neue Schwäche, Taubheit oder ein veränderter Reflex). Einen Schritt zurückgehen und vor dem Weitermachen neu untersuchen.</translation>
    </message>
    <message>
        <source>New neurological sign</source>
        <translation>Neues neurologisches Zeichen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>CLINICAL.md section 3 (convention)</source>
        <translation>CLINICAL.md Abschnitt 3 (Konvention)</translation>
    </message>
    <message>
        <source>Leg symptoms spread further down the leg since the last review (peripheralising). Step back to a level that does not provoke them.</source>
        <translation>Die Beinsymptome haben sich seit der letzten Überprüfung weiter ins Bein ausgebreitet (peripherisierend). Auf eine Stufe zurückgehen, die sie nicht auslöst.</translation>
    </message>
    <message>
        <source>Leg symptoms</source>
        <translation>Beinsymptome</translation>
    </message>
    <message>
        <source>CLINICAL.md sections 3 and 4 (convention)</source>
        <translation>CLINICAL.md Abschnitte 3 und 4 (Konvention)</translation>
    </message>
    <message>
        <source>pain during exercise %1</source>
        <translation>Schmerz während der Übung %1</translation>
    </message>
    <message>
        <source>next morning %1</source>
        <translation>nächster Morgen %1</translation>
    </message>
    <message>
        <source>Acceptable pain during exercise</source>
        <translation>Akzeptabler Schmerz während der Übung</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Baseline pain</source>
        <translation>Ausgangsschmerz</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>%1 in a row were bad: pain during exercise went above %2, or had not settled to baseline by the next morning. %3 in a row call for a step back.</source>
        <translation>Schlechte Tage in Folge: %1 (Schmerz während der Übung über %2 oder bis zum nächsten Morgen nicht auf den Ausgangswert abgeklungen). Ab %3 in Folge ist ein Schritt zurück angezeigt.</translation>
    </message>
    <message>
        <source>; %1 in a row: convention</source>
        <translation>; %1 in Folge: Konvention</translation>
    </message>
    <message>
        <source>Pain during exercise went above the acceptable band on %1 (%2), but not on %3 in a row. Stay at this step.</source>
        <translation>Tage mit Schmerz über dem akzeptablen Bereich während der Übung: %1 (%2), aber nicht %3 in Folge. Auf dieser Stufe bleiben.</translation>
    </message>
    <message>
        <source>Pain had not settled to the baseline by the next morning on %1 (%2), but not on %3 in a row. Stay at this step.</source>
        <translation>Tage, an denen der Schmerz bis zum nächsten Morgen nicht auf den Ausgangswert abgeklungen war: %1 (%2), aber nicht %3 in Folge. Auf dieser Stufe bleiben.</translation>
    </message>
    <message>
        <source>Usual pain rose over the week, from %1 to %2. Pain should not rise week on week; stay at this step.</source>
        <translation>Der übliche Schmerz ist im Wochenverlauf gestiegen, von %1 auf %2. Der Schmerz sollte nicht von Woche zu Woche steigen; auf dieser Stufe bleiben.</translation>
    </message>
    <message>
        <source>Pain over the week before</source>
        <translation>Schmerz in der Woche davor</translation>
    </message>
    <message>
        <source>Pain over the last week</source>
        <translation>Schmerz in der letzten Woche</translation>
    </message>
    <message>
        <source>The quota was not done on %1 of %2 (%3). Move on only once the current quota is done.</source>
        <translation>Das Pensum wurde %1-mal nicht erfüllt (%3; erfasst: %2). Erst weitergehen, wenn das aktuelle Pensum erfüllt ist.</translation>
    </message>
    <message>
        <source>Days the quota was done</source>
        <translation>Tage mit erfülltem Pensum</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Graded activity (Fordyce; time-contingent quotas); CLINICAL.md section 3</source>
        <translation>Graded Activity (Fordyce; zeitkontingente Pensen); CLINICAL.md Abschnitt 3</translation>
    </message>
    <message>
        <source>any day of the diary</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <source>whether the quota was done, on some days</source>
        <translation>ob das Pensum erfüllt wurde (an einigen Tagen)</translation>
    </message>
    <message>
        <source>pain during exercise, on some days</source>
        <translation>Schmerz während der Übung (an einigen Tagen)</translation>
    </message>
    <message>
        <source>next-morning pain</source>
        <translation>Schmerz am nächsten Morgen</translation>
    </message>
    <message>
        <source>baseline pain</source>
        <translation>Ausgangsschmerz</translation>
    </message>
    <message>
        <source>usual pain over this week and the week before</source>
        <translation>üblicher Schmerz in dieser und der Vorwoche</translation>
    </message>
    <message>
        <source>Progress needs evidence for every criterion, and some was not recorded. Stay at this step until it is.</source>
        <translation>Steigern erfordert Belege für jedes Kriterium, und einige wurden nicht erfasst. Bis dahin auf dieser Stufe bleiben.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>CLINICAL.md section 3</source>
        <translation>CLINICAL.md Abschnitt 3</translation>
    </message>
    <message>
        <source>the safe band (0 to %1)</source>
        <translation>sicheren Bereich (0 bis %1)</translation>
    </message>
    <message>
        <source>the acceptable band (up to %1; above %2 is worth watching)</source>
        <translation>akzeptablen Bereich (bis %1; über %2 beobachten)</translation>
    </message>
    <message>
        <source>%1 of %1</source>
        <translation>%1 von %1</translation>
    </message>
    <message>
        <source>Highest pain during exercise</source>
        <translation>Höchster Schmerz während der Übung</translation>
    </message>
    <message>
        <source>Worst next-morning pain</source>
        <translation>Stärkster Schmerz am nächsten Morgen</translation>
    </message>
    <message>
        <source>%1 (baseline %2)</source>
        <translation>%1 (Ausgangswert %2)</translation>
    </message>
    <message>
        <source>Usual pain, week before and last week</source>
        <translation>Üblicher Schmerz, Vorwoche und letzte Woche</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1, dann %2</translation>
    </message>
    <message>
        <source>Every criterion for progress is met: the quota was done on all %1, pain during exercise stayed within %2, pain had settled to baseline by each next morning, and usual pain did not rise over the week.</source>
        <translation>Alle Kriterien für das Steigern sind erfüllt: Pensum an allen Tagen erfüllt (%1), Schmerz während der Übung im %2, Schmerz an jedem nächsten Morgen auf den Ausgangswert abgeklungen, und der übliche Schmerz ist im Wochenverlauf nicht gestiegen.</translation>
    </message>
    <message>
        <source>Stop the programme and refer or discuss, as the red-flag screen advises. Do not progress or restart it until that is done.</source>
        <translation>Programm abbrechen und überweisen oder besprechen, wie das Warnzeichen-Screening empfiehlt. Nicht steigern oder neu beginnen, bevor das geschehen ist.</translation>
    </message>
    <message>
        <source>Move on to the next step of the plan.</source>
        <translation>Zur nächsten Stufe des Plans übergehen.</translation>
    </message>
    <message>
        <source>Stay at the current step until the next review.</source>
        <translation>Bis zur nächsten Überprüfung auf der aktuellen Stufe bleiben.</translation>
    </message>
    <message>
        <source>Go back to the last step that was tolerated, or about %1% less than now.</source>
        <translation>Zur letzten tolerierten Stufe zurückgehen oder um etwa %1 % reduzieren.</translation>
    </message>
    <message>
        <source>The goal of %1 a day is reached: keep it up, or move on to the exercise&apos;s progression.</source>
        <translation>Das Ziel von %1 pro Tag ist erreicht: beibehalten oder zur Steigerung der Übung (Progression) übergehen.</translation>
    </message>
    <message>
        <source>Move on to week %1 of the plan: %2 a day</source>
        <translation>Zu Woche %1 des Plans übergehen: %2 pro Tag</translation>
    </message>
    <message>
        <source>Move on to %1 a day</source>
        <translation>Auf %1 pro Tag steigern</translation>
    </message>
    <message>
        <source>%1 (the same as now: the plan repeats this quota).</source>
        <translation>%1 (wie bisher: Der Plan wiederholt dieses Pensum).</translation>
    </message>
    <message>
        <source>Stay at %1 a day until the next review.</source>
        <translation>Bis zur nächsten Überprüfung bei %1 pro Tag bleiben.</translation>
    </message>
    <message>
        <source>Go back to %1 a day, the last step tolerated (week %2).</source>
        <translation>Zurück auf %1 pro Tag, die letzte tolerierte Stufe (Woche %2).</translation>
    </message>
    <message>
        <source>Go back to %1 a day, the last step tolerated.</source>
        <translation>Zurück auf %1 pro Tag, die letzte tolerierte Stufe.</translation>
    </message>
    <message>
        <source>%1 is already the smallest step: keep it, and consider an easier version of the exercise (its regression).</source>
        <translation>%1 ist bereits die kleinste Stufe: beibehalten und eine leichtere Variante der Übung (ihre Regression) erwägen.</translation>
    </message>
    <message>
        <source>Go back to %1 a day (%2% less than %3, rounded down).</source>
        <translation>Zurück auf %1 pro Tag (%2 % weniger als %3, abgerundet).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewOutcome</name>
    <message>
        <source>Progress</source>
        <translation>Steigern</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Regress</source>
        <translation>Reduzieren</translation>
    </message>
    <message>
        <source>Stop and refer</source>
        <translation>Abbrechen und überweisen</translation>
    </message>
</context>
<context>
    <name>ReviewThresholds</name>
    <message>
        <source>The safe pain limit must be %1, not %2.</source>
        <translation>Die Grenze für sicheren Schmerz muss %1 sein, nicht %2.</translation>
    </message>
    <message>
        <source>The acceptable pain limit must be %1, not %2.</source>
        <translation>Die Grenze für akzeptablen Schmerz muss %1 sein, nicht %2.</translation>
    </message>
    <message>
        <source>The safe pain limit (%1) cannot be above the acceptable limit (%2).</source>
        <translation>Die Grenze für sicheren Schmerz (%1) darf nicht über der Grenze für akzeptablen Schmerz (%2) liegen.</translation>
    </message>
    <message>
        <source>Bad days in a row before a regression must be %1, not %2.</source>
        <translation>Schlechte Tage in Folge vor einer Reduktion: Der Wert muss %1 sein, nicht %2.</translation>
    </message>
    <message>
        <source>A regression must step back %1%, not %2%.</source>
        <translation>Eine Reduktion muss um %1 % zurückgehen, nicht um %2 %.</translation>
    </message>
</context>
<context>
    <name>RmdqStatements</name>
    <message>
        <source>I stay at home most of the time because of my back.</source>
        <translation>Wegen meines Rückens bleibe ich die meiste Zeit zu Hause.</translation>
    </message>
    <message>
        <source>I change position frequently to try and get my back comfortable.</source>
        <translation>Ich wechsle häufig meine Position, um es meinem Rücken bequemer zu machen.</translation>
    </message>
    <message>
        <source>I walk more slowly than usual because of my back.</source>
        <translation>Wegen meines Rückens gehe ich langsamer als sonst.</translation>
    </message>
    <message>
        <source>Because of my back I am not doing any of the jobs that I usually do around the house.</source>
        <translation>Wegen meines Rückens erledige ich keine der Arbeiten, die ich sonst im Haushalt mache.</translation>
    </message>
    <message>
        <source>Because of my back, I use a handrail to get upstairs.</source>
        <translation>Wegen meines Rückens benutze ich beim Treppensteigen das Geländer.</translation>
    </message>
    <message>
        <source>Because of my back, I lie down to rest more often.</source>
        <translation>Wegen meines Rückens lege ich mich öfter hin, um mich auszuruhen.</translation>
    </message>
    <message>
        <source>Because of my back, I have to hold on to something to get out of an easy chair.</source>
        <translation>Wegen meines Rückens muss ich mich irgendwo festhalten, um aus einem Sessel aufzustehen.</translation>
    </message>
    <message>
        <source>Because of my back, I try to get other people to do things for me.</source>
        <translation>Wegen meines Rückens versuche ich, andere Leute Dinge für mich erledigen zu lassen.</translation>
    </message>
    <message>
        <source>I get dressed more slowly than usual because of my back.</source>
        <translation>Wegen meines Rückens ziehe ich mich langsamer an als sonst.</translation>
    </message>
    <message>
        <source>I only stand for short periods of time because of my back.</source>
        <translation>Wegen meines Rückens stehe ich nur kurze Zeit.</translation>
    </message>
    <message>
        <source>Because of my back, I try not to bend or kneel down.</source>
        <translation>Wegen meines Rückens versuche ich, mich nicht zu bücken oder hinzuknien.</translation>
    </message>
    <message>
        <source>I find it difficult to get out of a chair because of my back.</source>
        <translation>Wegen meines Rückens fällt es mir schwer, von einem Stuhl aufzustehen.</translation>
    </message>
    <message>
        <source>My back is painful almost all the time.</source>
        <translation>Mein Rücken schmerzt fast die ganze Zeit.</translation>
    </message>
    <message>
        <source>I find it difficult to turn over in bed because of my back.</source>
        <translation>Wegen meines Rückens fällt es mir schwer, mich im Bett umzudrehen.</translation>
    </message>
    <message>
        <source>My appetite is not very good because of my back pain.</source>
        <translation>Wegen meiner Rückenschmerzen habe ich keinen guten Appetit.</translation>
    </message>
    <message>
        <source>I have trouble putting on my socks (or stockings) because of the pain in my back.</source>
        <translation>Wegen der Schmerzen in meinem Rücken habe ich Mühe, meine Socken (oder Strümpfe) anzuziehen.</translation>
    </message>
    <message>
        <source>I only walk short distances because of my back.</source>
        <translation>Wegen meines Rückens gehe ich nur kurze Strecken.</translation>
    </message>
    <message>
        <source>I sleep less well because of my back.</source>
        <translation>Wegen meines Rückens schlafe ich schlechter.</translation>
    </message>
    <message>
        <source>Because of my back pain, I get dressed with help from someone else.</source>
        <translation>Wegen meiner Rückenschmerzen ziehe ich mich mit Hilfe einer anderen Person an.</translation>
    </message>
    <message>
        <source>I sit down for most of the day because of my back.</source>
        <translation>Wegen meines Rückens sitze ich den größten Teil des Tages.</translation>
    </message>
    <message>
        <source>I avoid heavy jobs around the house because of my back.</source>
        <translation>Wegen meines Rückens vermeide ich schwere Arbeiten im Haushalt.</translation>
    </message>
    <message>
        <source>Because of my back pain, I am more irritable and bad tempered with people than usual.</source>
        <translation>Wegen meiner Rückenschmerzen bin ich reizbarer und schlechter gelaunt als sonst.</translation>
    </message>
    <message>
        <source>Because of my back, I go upstairs more slowly than usual.</source>
        <translation>Wegen meines Rückens gehe ich langsamer die Treppe hinauf als sonst.</translation>
    </message>
    <message>
        <source>I stay in bed most of the time because of my back.</source>
        <translation>Wegen meines Rückens bleibe ich die meiste Zeit im Bett.</translation>
    </message>
    <message>
        <source>Roland-Morris Disability Questionnaire: Roland MO, Morris RW. Spine 1983;8:141-4; published form in Roland M, Fairbank J. Spine 2000;25:3115-24.</source>
        <translation>Roland-Morris-Fragebogen: Roland MO, Morris RW. Spine 1983;8:141-4; veröffentlichte Fassung in Roland M, Fairbank J. Spine 2000;25:3115-24.</translation>
    </message>
</context>
<context>
    <name>RuleApplicability</name>
    <message>
        <source>%1 not recorded for %2: treated as within the first 6 weeks.</source>
        <translation>%1 für %2 nicht erfasst: gewertet als innerhalb der ersten 6 Wochen.</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Onset of %1 not recorded, nor the episode&apos;s: treated as acute (under 6 weeks).</source>
        <translation>Beginn von %1 nicht erfasst, auch nicht der der Episode: gewertet als akut (unter 6 Wochen).</translation>
    </message>
    <message>
        <source>No episode of care is open, so the onset is not known: treated as acute (under 6 weeks).</source>
        <translation>Es ist keine Behandlungsepisode offen, daher ist der Beginn nicht bekannt: gewertet als akut (unter 6 Wochen).</translation>
    </message>
    <message>
        <source>Onset of the episode of care not recorded: treated as acute (under 6 weeks).</source>
        <translation>Beginn der Behandlungsepisode nicht erfasst: gewertet als akut (unter 6 Wochen).</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>%1 not recorded: treated as %2 %3 or more.</source>
        <translation>%1 nicht erfasst: gewertet als %2 %3 oder mehr.</translation>
    </message>
    <message>
        <source>Leg symptoms not recorded at the latest visit (or no visit yet): treated as spreading further down the leg.</source>
        <translation>Beinsymptome beim letzten Termin nicht erfasst (oder noch kein Termin): gewertet als peripherisierend (weiter ins Bein ausstrahlend).</translation>
    </message>
</context>
<context>
    <name>SafetyCommand</name>
    <message>
        <source>No findings.</source>
        <translation>Keine Sicherheitshinweise.</translation>
    </message>
    <message>
        <source>  (kept by %1 on %2: %3)</source>
        <translation>  (beibehalten von %1 am %2: %3)</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>Quelle: </translation>
    </message>
    <message>
        <source>Try instead: </source>
        <translation>Stattdessen: </translation>
    </message>
    <message>
        <source>Check exercises against a patient&apos;s conditions; list the safety rules</source>
        <translation>Übungen gegen die Diagnosen eines Patienten prüfen; die Sicherheitsregeln auflisten</translation>
    </message>
    <message>
        <source>Check a list of exercises against a patient</source>
        <translation>Eine Liste von Übungen für einen Patienten prüfen</translation>
    </message>
    <message>
        <source>List the safety rules with their sources</source>
        <translation>Die Sicherheitsregeln mit ihren Quellen auflisten</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>Die ID des Patienten.</translation>
    </message>
    <message>
        <source>Comma-separated exercise stable ids or record ids.</source>
        <translation>Stabile IDs oder Datensatz-IDs von Übungen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>--exercises needs at least one exercise.</source>
        <translation>--exercises braucht mindestens eine Übung.</translation>
    </message>
    <message>
        <source>Assumed: </source>
        <translation>Angenommen: </translation>
    </message>
    <message>
        <source>Record it: </source>
        <translation>Erfassen mit: </translation>
    </message>
    <message>
        <source>Check exercises, in order, against the patient&apos;s conditions, phase of care, age and latest visit. Exit 0 whatever it finds.
JSON: an array of findings, each with exercise (stable id), exercise_id, index, severity (avoid|caution|prefer), reason, source, rule, alternatives (stable ids) and assumptions: what the finding took as the riskier value because it is not recorded, each with missing (condition_onset, episode_onset, no_episode, condition_amount, leg_symptoms), text, record_id and the command that records it.</source>
        <translation>Übungen der Reihe nach anhand der Diagnosen, der Phase, des Alters und des letzten Termins des Patienten prüfen. Exit-Status 0, unabhängig vom Ergebnis.
JSON: ein Array von Sicherheitshinweisen, jeweils mit exercise (stabile ID), exercise_id, index, severity (avoid|caution|prefer), reason, source, rule, alternatives (stabile IDs) und assumptions: was der Sicherheitshinweis als riskanteren Wert angenommen hat, weil er nicht erfasst ist, jeweils mit missing (condition_onset, episode_onset, no_episode, condition_amount, leg_symptoms), text, record_id und dem Befehl, der ihn erfasst.</translation>
    </message>
    <message>
        <source>List the safety rules.
JSON: {version, rules: [{id, severity, conditions, reason, source, source_key}]}; conditions lists the condition codes the rule is about.</source>
        <translation>Die Sicherheitsregeln auflisten.
JSON: {version, rules: [{id, severity, conditions, reason, source, source_key}]}; conditions listet die Diagnosecodes, die die Regel betrifft.</translation>
    </message>
    <message>
        <source>safety check needs --patient.</source>
        <translation>safety check braucht --patient.</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>Patient</translation>
    </message>
</context>
<context>
    <name>SafetyOverrideRepository</name>
    <message>
        <source>There is no override with id %1.</source>
        <translation>Es gibt keine Übersteuerung mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>SafetyOverrides</name>
    <message>
        <source>Name the programme.</source>
        <translation>Geben Sie das Programm an.</translation>
    </message>
    <message>
        <source>The prescription position must be 0 or more.</source>
        <translation>Die Position der Übungsvorgabe muss 0 oder größer sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a safety rule.</source>
        <translation>&quot;%1&quot; ist keine Sicherheitsregel.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; is not an &quot;avoid&quot; rule; only those need an override.</source>
        <translation>Regel &quot;%1&quot; ist keine &quot;avoid&quot;-Regel; nur solche brauchen eine Übersteuerung.</translation>
    </message>
    <message>
        <source>Say why this exercise is kept despite the rule &quot;%1&quot;.</source>
        <translation>Geben Sie an, warum diese Übung trotz der Regel &quot;%1&quot; beibehalten wird.</translation>
    </message>
    <message>
        <source>Name the clinician keeping the exercise.</source>
        <translation>Geben Sie an, wer die Übung beibehält.</translation>
    </message>
    <message>
        <source>Name the exercise kept.</source>
        <translation>Geben Sie die beibehaltene Übung an.</translation>
    </message>
    <message>
        <source>Programme %1 is an earlier version and cannot be changed.</source>
        <translation>Programm %1 ist eine frühere Version und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Exercise %1 is not in programme %2.</source>
        <translation>Übung %1 ist nicht in Programm %2.</translation>
    </message>
    <message>
        <source>The reason for keeping this exercise was on record when version %1 of the programme was given to the patient, so it stays on record. To stop keeping the exercise, change the programme.</source>
        <translation>Der Grund für das Beibehalten dieser Übung lag vor, als Version %1 des Programms an den Patienten ausgegeben wurde; er bleibt daher gespeichert. Um die Übung nicht mehr beizubehalten, ändern Sie das Programm.</translation>
    </message>
</context>
<context>
    <name>SafetyRules</name>
    <message>
        <source>, rule &quot;%1&quot;</source>
        <translation>, Regel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>, field &quot;%1&quot;</source>
        <translation>, Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>&quot;%1&quot; ist keiner von: %2.</translation>
    </message>
    <message>
        <source>expected a name or a non-empty list of names.</source>
        <translation>erwartet wird ein Name oder eine nicht leere Liste von Namen.</translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation>erwartet wird true oder false.</translation>
    </message>
    <message>
        <source>expected an object of exercise properties.</source>
        <translation>erwartet wird ein Objekt aus Übungseigenschaften.</translation>
    </message>
    <message>
        <source>unknown property; known ones: %1.</source>
        <translation>unbekannte Eigenschaft; bekannt sind: %1.</translation>
    </message>
    <message>
        <source>expected a non-empty list of stable ids.</source>
        <translation>erwartet wird eine nicht leere Liste stabiler IDs.</translation>
    </message>
    <message>
        <source>every entry must be a stable id.</source>
        <translation>jeder Eintrag muss eine stabile ID sein.</translation>
    </message>
    <message>
        <source>names no exercise property.</source>
        <translation>nennt keine Übungseigenschaft.</translation>
    </message>
    <message>
        <source>each entry must be an object.</source>
        <translation>jeder Eintrag muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>an entry names no condition.</source>
        <translation>ein Eintrag nennt keine Diagnose.</translation>
    </message>
    <message>
        <source>unknown key; known ones: %1.</source>
        <translation>unbekannter Schlüssel; bekannt sind: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a condition code of resources/conditions.json.</source>
        <translation>&quot;%1&quot; ist kein Diagnosecode aus resources/conditions.json.</translation>
    </message>
    <message>
        <source>expected left, right or both.</source>
        <translation>erwartet wird left, right oder both.</translation>
    </message>
    <message>
        <source>expected acute, subacute or chronic.</source>
        <translation>erwartet wird acute, subacute oder chronic.</translation>
    </message>
    <message>
        <source>expected peripheralising or new_neuro_signs.</source>
        <translation>erwartet wird peripheralising oder new_neuro_signs.</translation>
    </message>
    <message>
        <source>expected a whole number of 0 or more.</source>
        <translation>erwartet wird eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>needs a condition whose amount it compares.</source>
        <translation>braucht eine Diagnose, deren Zahlenwert verglichen wird.</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1 (%2).</source>
        <translation>kein gültiges JSON an Position %1 (%2).</translation>
    </message>
    <message>
        <source>expected a JSON object.</source>
        <translation>erwartet wird ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;.</source>
        <translation>erwartet wird &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>expected a whole number of 1 or more.</source>
        <translation>erwartet wird eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>expected an object of citations.</source>
        <translation>erwartet wird ein Objekt aus Quellenangaben.</translation>
    </message>
    <message>
        <source>expected a non-empty list of rules.</source>
        <translation>erwartet wird eine nicht leere Liste von Regeln.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>erwartet wird ein Objekt.</translation>
    </message>
    <message>
        <source>expected a lower_snake_case id.</source>
        <translation>erwartet wird eine ID in lower_snake_case.</translation>
    </message>
    <message>
        <source>the id is used by an earlier rule.</source>
        <translation>die ID wird bereits von einer früheren Regel verwendet.</translation>
    </message>
    <message>
        <source>expected a non-empty list of conditions.</source>
        <translation>erwartet wird eine nicht leere Liste von Diagnosen.</translation>
    </message>
    <message>
        <source>expected avoid, caution or prefer.</source>
        <translation>erwartet wird avoid, caution oder prefer.</translation>
    </message>
    <message>
        <source>a plain-language reason is required.</source>
        <translation>eine allgemein verständliche Begründung ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key of the file&apos;s sources.</source>
        <translation>&quot;%1&quot; ist kein Schlüssel der Quellen dieser Datei.</translation>
    </message>
    <message>
        <source>Could not read the safety rules %1: %2.</source>
        <translation>Die Sicherheitsregeln %1 konnten nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>expected a whole number of seconds, 1 or more.</source>
        <translation>erwartet wird eine ganze Zahl von Sekunden, 1 oder mehr.</translation>
    </message>
    <message>
        <source>condition &quot;%1&quot; has no phase of care (its &quot;phase&quot; in resources/conditions.json is none).</source>
        <translation>Diagnose &quot;%1&quot; hat keine Phase (ihr &quot;phase&quot; in resources/conditions.json ist none).</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Score an outcome questionnaire (ODI, RMDQ, STarT Back, PSFS, TSK-17)</source>
        <translation>Einen Assessment-Fragebogen auswerten (ODI, RMDQ, STarT Back, PSFS, TSK-17)</translation>
    </message>
    <message>
        <source>Scores answers given by item number, exactly as the clinical reference states.
LIST is comma-separated:
  odi        10 section scores 0-5, x for an unanswered section
  rmdq       24 values 0/1 (1 = statement ticked)
  startback  9 values: items 1-8 as 0/1, item 9 as 1-5 (not at all ... extremely)
  psfs       3 to 5 activity ratings 0-10
  tsk        17 answers 1-4</source>
        <translation>Wertet nach Item-Nummer angegebene Antworten genau so aus, wie es die klinische Referenz festlegt.
LIST ist durch Kommas getrennt:
  odi        10 Abschnittswerte 0-5, x für einen unbeantworteten Abschnitt
  rmdq       24 Werte 0/1 (1 = Aussage angekreuzt)
  startback  9 Werte: Items 1-8 als 0/1, Item 9 als 1-5 (überhaupt nicht ... extrem)
  psfs       3 bis 5 Aktivitätsbewertungen 0-10
  tsk        17 Antworten 1-4</translation>
    </message>
    <message>
        <source>The answers, comma-separated.</source>
        <translation>Die Antworten, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Unknown instrument &apos;%1&apos;; use odi, rmdq, startback, psfs or tsk.</source>
        <translation>Unbekanntes Instrument &apos;%1&apos;; verwenden Sie odi, rmdq, startback, psfs oder tsk.</translation>
    </message>
    <message>
        <source>score %1 needs --answers LIST.</source>
        <translation>score %1 braucht --answers LIST.</translation>
    </message>
    <message>
        <source>ODI %1 (%2), %3 of 10 sections answered</source>
        <translation>ODI %1 (%2), %3 von 10 Abschnitten beantwortet</translation>
    </message>
    <message>
        <source>RMDQ %1</source>
        <translation>RMDQ %1</translation>
    </message>
    <message>
        <source>STarT Back total %1, psychosocial subscale %2: %3</source>
        <translation>STarT Back gesamt %1, psychosoziale Subskala %2: %3</translation>
    </message>
    <message>
        <source>PSFS mean %1 (%2 activities)</source>
        <translation>PSFS-Mittelwert %1 (%2 Aktivitäten)</translation>
    </message>
    <message>
        <source>TSK-17 %1 (%2)</source>
        <translation>TSK-17 %1 (%2)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>ScreenCommand</name>
    <message>
        <source>Red-flag screen: list codes, record a screen and decision, show, check the gate</source>
        <translation>Warnzeichen-Screening: Codes auflisten, Screening und Entscheidung erfassen, anzeigen, Freigabe prüfen</translation>
    </message>
    <message>
        <source>List the red-flag codes by tier</source>
        <translation>Die Warnzeichen-Codes nach Kategorie auflisten</translation>
    </message>
    <message>
        <source>Record a red-flag screen for a patient</source>
        <translation>Ein Warnzeichen-Screening für einen Patienten erfassen</translation>
    </message>
    <message>
        <source>Show a patient&apos;s screens</source>
        <translation>Die Screenings eines Patienten anzeigen</translation>
    </message>
    <message>
        <source>Check whether a handout may be printed for a patient</source>
        <translation>Prüfen, ob für einen Patienten ein Übungsblatt gedruckt werden darf</translation>
    </message>
    <message>
        <source>List the red-flag codes.
JSON: an array of objects with code, tier, label, action (what the app suggests) and source.</source>
        <translation>Die Warnzeichen-Codes auflisten.
JSON: ein Array von Objekten mit code, tier, label, action (was die App vorschlägt) und source.</translation>
    </message>
    <message>
        <source>Record a red-flag screen. Without --flag the screen is clear. A positive screen without --decision blocks handouts until one is recorded (&apos;screen decide&apos;). Prints the screen&apos;s id (with --json, the screen).</source>
        <translation>Ein Warnzeichen-Screening erfassen. Ohne --flag ist das Screening unauffällig. Ein positives Screening ohne --decision sperrt Übungsblätter, bis eine Entscheidung erfasst ist (&apos;screen decide&apos;). Gibt die ID des Screenings aus (mit --json das Screening).</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>Die ID des Patienten.</translation>
    </message>
    <message>
        <source>A red-flag code present (repeatable).</source>
        <translation>Ein vorliegender Warnzeichen-Code (wiederholbar).</translation>
    </message>
    <message>
        <source>referred, discussed or not_applicable.</source>
        <translation>referred, discussed oder not_applicable.</translation>
    </message>
    <message>
        <source>What was decided (required with --decision).</source>
        <translation>Was entschieden wurde (erforderlich mit --decision).</translation>
    </message>
    <message>
        <source>Screen date, YYYY-MM-DD (default today).</source>
        <translation>Datum des Screenings, YYYY-MM-DD (Standard: heute).</translation>
    </message>
    <message>
        <source>Who screened (default: you).</source>
        <translation>Wer das Screening durchgeführt hat (Standard: Sie).</translation>
    </message>
    <message>
        <source>--decision must be referred, discussed or not_applicable (not &apos;%1&apos;).</source>
        <translation>--decision muss referred, discussed oder not_applicable sein (nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD (not &apos;%1&apos;).</source>
        <translation>--date muss ein Datum im Format YYYY-MM-DD sein (nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The screen&apos;s id.</source>
        <translation>Die ID des Screenings.</translation>
    </message>
    <message>
        <source>What was decided.</source>
        <translation>Was entschieden wurde.</translation>
    </message>
    <message>
        <source>Who decided (default: you).</source>
        <translation>Wer entschieden hat (Standard: Sie).</translation>
    </message>
    <message>
        <source>--decision must be referred, discussed or not_applicable.</source>
        <translation>--decision muss referred, discussed oder not_applicable sein.</translation>
    </message>
    <message>
        <source>No red-flag screen recorded.</source>
        <translation>Kein Warnzeichen-Screening erfasst.</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>unauffällig</translation>
    </message>
    <message>
        <source>NO DECISION</source>
        <translation>KEINE ENTSCHEIDUNG</translation>
    </message>
    <message>
        <source>Handouts allowed.</source>
        <translation>Übungsblätter erlaubt.</translation>
    </message>
    <message>
        <source>Record the decision on a screen&apos;s undecided flags</source>
        <translation>Die Entscheidung zu noch nicht entschiedenen Warnzeichen eines Screenings erfassen</translation>
    </message>
    <message>
        <source>Record the decision on red flags of a screen that have none yet: the flags named with --flag, or without it every undecided flag of the screen. A decision is never changed afterwards. Each flag keeps its own decision; a later screen does not decide an earlier flag (&apos;screen show&apos; lists the undecided ones).</source>
        <translation>Die Entscheidung zu Warnzeichen eines Screenings erfassen, für die noch keine vorliegt: die mit --flag genannten Warnzeichen oder ohne diese Option alle noch nicht entschiedenen Warnzeichen des Screenings. Eine Entscheidung wird danach nie mehr geändert. Jedes Warnzeichen behält seine eigene Entscheidung; ein späteres Screening entscheidet nicht über ein früheres Warnzeichen (&apos;screen show&apos; listet die noch nicht entschiedenen).</translation>
    </message>
    <message>
        <source>A red-flag code of the screen (repeatable).</source>
        <translation>Ein Warnzeichen-Code des Screenings (wiederholbar).</translation>
    </message>
    <message>
        <source>Show a patient&apos;s red-flag screens, oldest first, each flag with its decision.
JSON: {patient_id, latest, unresolved (a flag of any screen has no decision: handouts are held back), undecided: [{screen_id, date, code, tier, label}], screens: [{id, date, clinician, flags: [{code, tier, label, decision, note, decided_by, decided_at}], decision, note, decided_by (a decision recorded for the whole screen at once), unresolved}]}.</source>
        <translation>Die Warnzeichen-Screenings eines Patienten anzeigen, älteste zuerst, jedes Warnzeichen mit seiner Entscheidung.
JSON: {patient_id, latest, unresolved (ein Warnzeichen eines beliebigen Screenings hat keine Entscheidung: Übungsblätter werden zurückgehalten), undecided: [{screen_id, date, code, tier, label}], screens: [{id, date, clinician, flags: [{code, tier, label, decision, note, decided_by, decided_at}], decision, note, decided_by (eine für das ganze Screening auf einmal erfasste Entscheidung), unresolved}]}.</translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s) without a decision: handouts are held back.</source>
        <translation>
            <numerusform>%n Warnzeichen ohne Entscheidung: Übungsblätter werden zurückgehalten.</numerusform>
            <numerusform>%n Warnzeichen ohne Entscheidung: Übungsblätter werden zurückgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check whether a handout may be printed or exported for a patient: exit 0 when allowed, 1 with the reason while a red flag of any screen has no decision.</source>
        <translation>Prüfen, ob für einen Patienten ein Übungsblatt gedruckt oder exportiert werden darf: Exit-Status 0, wenn erlaubt, 1 mit Begründung, solange ein Warnzeichen eines beliebigen Screenings keine Entscheidung hat.</translation>
    </message>
    <message>
        <source>Record a decision: gradus-cli screen decide SCREEN_ID [--flag CODE] --decision referred|discussed|not_applicable --note TEXT</source>
        <translation>Eine Entscheidung erfassen: gradus-cli screen decide SCREEN_ID [--flag CODE] --decision referred|discussed|not_applicable --note TEXT</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>Red-Flag-Screening</translation>
    </message>
</context>
<context>
    <name>ServerAccounts</name>
    <message>
        <source>Accounts exist only on a database server (PostgreSQL). This clinic&apos;s database is a file on this computer, where the clinician&apos;s name is taken from the computer&apos;s user.</source>
        <translation>Konten gibt es nur auf einem Datenbankserver (PostgreSQL). Die Datenbank dieser Praxis ist eine Datei auf diesem Computer; dort wird der Name der Therapeutin oder des Therapeuten vom Benutzer des Computers übernommen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be an account name: use lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter (at most 63).</source>
        <translation>&apos;%1&apos; kann kein Kontoname sein: Verwenden Sie Kleinbuchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben (höchstens 63).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be an account name: names starting with &apos;gradus_&apos; or &apos;pg_&apos; are kept for the server&apos;s own roles.</source>
        <translation>&apos;%1&apos; kann kein Kontoname sein: Namen, die mit &apos;gradus_&apos; oder &apos;pg_&apos; beginnen, sind für die eigenen Rollen des Servers reserviert.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Das Passwort muss mindestens 8 Zeichen haben.</translation>
    </message>
    <message>
        <source>The password must be one line of text.</source>
        <translation>Das Passwort muss aus einer einzigen Textzeile bestehen.</translation>
    </message>
    <message>
        <source>There is already an account or role named %1 on this database server. Nothing was changed.</source>
        <translation>Auf diesem Datenbankserver gibt es bereits ein Konto oder eine Rolle namens %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is no Gradus account named %1 on this database server.</source>
        <translation>Auf diesem Datenbankserver gibt es kein Gradus-Konto namens %1.</translation>
    </message>
    <message>
        <source>This database has no accounts set up: its owner could not create the roles gradus_clinician and gradus_admin (the owner needs the CREATEROLE right). Ask the server&apos;s administrator.</source>
        <translation>Für diese Datenbank sind keine Konten eingerichtet: Ihr Eigentümer konnte die Rollen gradus_clinician und gradus_admin nicht anlegen (der Eigentümer braucht das Recht CREATEROLE). Wenden Sie sich an die Administration des Servers.</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>The database names no schema.</source>
        <translation>Die Datenbank nennt kein Schema.</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a database file (it is a folder or a device). It has not been changed.</source>
        <translation>%1 ist keine Datenbankdatei (sondern ein Ordner oder ein Gerät). Es wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>the file system holding it is read-only</source>
        <translation>das Dateisystem, auf dem sie liegt, ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>its folder %1 is read-only</source>
        <translation>ihr Ordner %1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>A new database cannot be made at %1: the folder %2 is read-only. Nothing was created.</source>
        <translation>Unter %1 kann keine neue Datenbank angelegt werden: Der Ordner %2 ist schreibgeschützt. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>Could not create the folder %1: %2.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Could not create a new database at %1: %2. Nothing was created.</source>
        <translation>Unter %1 konnte keine neue Datenbank angelegt werden: %2. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>%1 appeared while the new database was being made; it was left as it is.</source>
        <translation>%1 ist entstanden, während die neue Datenbank angelegt wurde; die Datei wurde unverändert gelassen.</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>The tables of this database refer to each other in a circle, so they cannot be copied one after another.</source>
        <translation>Die Tabellen dieser Datenbank verweisen ringförmig aufeinander, daher können sie nicht nacheinander kopiert werden.</translation>
    </message>
    <message>
        <source>The target has no table %1 although its schema version is the same. Nothing was copied.</source>
        <translation>Dem Ziel fehlt die Tabelle %1, obwohl seine Schemaversion dieselbe ist. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>%1 is not empty (table %2 holds %3 rows). A clinic is only copied into an empty database; nothing was written there.</source>
        <translation>%1 ist nicht leer (Tabelle %2 enthält %3 Zeilen). Eine Praxis wird nur in eine leere Datenbank kopiert; dort wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Table %1 has %2 rows in the copy but %3 in the clinic, so the copy was abandoned and nothing was written.</source>
        <translation>Tabelle %1 hat in der Kopie %2 Zeilen, in der Praxis aber %3; daher wurde die Kopie abgebrochen, und es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The clinic is at schema %1 but the copy would be at schema %2. Open the clinic once with a writable file so that it is upgraded, then copy it. Nothing was written.</source>
        <translation>Die Praxis hat Schema %1, die Kopie hätte aber Schema %2. Öffnen Sie die Praxis einmal mit einer beschreibbaren Datei, damit sie aktualisiert wird, und kopieren Sie sie dann. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is the clinic being copied; choose a new file.</source>
        <translation>%1 ist die Praxis, die kopiert wird; wählen Sie eine neue Datei.</translation>
    </message>
    <message>
        <source>%1 already exists. A clinic is only copied into a new file (or an empty server database); nothing was written there.</source>
        <translation>%1 existiert bereits. Eine Praxis wird nur in eine neue Datei (oder eine leere Serverdatenbank) kopiert; dort wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Could not copy the clinic to %1: %2 No file was left there.</source>
        <translation>Die Praxis konnte nicht nach %1 kopiert werden: %2 Dort wurde keine Datei zurückgelassen.</translation>
    </message>
    <message>
        <source>%1 is the clinic being copied; name an empty database.</source>
        <translation>%1 ist die Praxis, die kopiert wird; geben Sie eine leere Datenbank an.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The database is read-only, so nothing was saved.</source>
        <translation>Die Datenbank ist schreibgeschützt, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved.</source>
        <translation>Der Datenträger ist voll, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The database is busy: another program or desk holds it locked. Nothing was changed; try again.</source>
        <translation>Die Datenbank ist belegt: Ein anderes Programm oder ein anderer Arbeitsplatz hält sie gesperrt. Es wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Permission denied: this account may not do this in the database.</source>
        <translation>Zugriff verweigert: Dieses Konto darf das in der Datenbank nicht tun.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; nothing more was saved.</source>
        <translation>Die Verbindung zum Datenbankserver ist abgebrochen; es wurde nichts mehr gespeichert.</translation>
    </message>
    <message>
        <source>The database server refused the user name or password.</source>
        <translation>Der Datenbankserver hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the database server could not be made.</source>
        <translation>Es konnte keine sichere (TLS-)Verbindung zum Datenbankserver hergestellt werden.</translation>
    </message>
    <message>
        <source>The database does not exist.</source>
        <translation>Die Datenbank existiert nicht.</translation>
    </message>
    <message>
        <source>The file is not a database.</source>
        <translation>Die Datei ist keine Datenbank.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached (%2).</source>
        <translation>Der Datenbankserver %1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>The database server %1 refused the user name or password (%2).</source>
        <translation>Der Datenbankserver %1 hat den Benutzernamen oder das Passwort abgelehnt (%2).</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be made (%2). Check sslmode and sslrootcert in the address.</source>
        <translation>Es konnte keine sichere (TLS-)Verbindung zu %1 hergestellt werden (%2). Prüfen Sie sslmode und sslrootcert in der Adresse.</translation>
    </message>
    <message>
        <source>There is no database %1 on the server (%2).</source>
        <translation>Auf dem Server gibt es keine Datenbank %1 (%2).</translation>
    </message>
    <message>
        <source>Permission denied: %1 may not be opened with this account (%2).</source>
        <translation>Zugriff verweigert: %1 darf mit diesem Konto nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>The database %1 is busy (%2). Nothing was changed; try again.</source>
        <translation>Die Datenbank %1 ist belegt (%2). Es wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not a database (%2). It has not been changed.</source>
        <translation>%1 ist keine Datenbank (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Changing the exercise library</source>
        <translation>Das Ändern der Übungsbibliothek</translation>
    </message>
    <message>
        <source>Changing the programme templates</source>
        <translation>Das Ändern der Programmvorlagen</translation>
    </message>
    <message>
        <source>Changing the clinic settings</source>
        <translation>Das Ändern der Praxiseinstellungen</translation>
    </message>
    <message>
        <source>Managing user accounts</source>
        <translation>Das Verwalten der Benutzerkonten</translation>
    </message>
    <message>
        <source>Setting up or upgrading the database</source>
        <translation>Das Einrichten oder Aktualisieren der Datenbank</translation>
    </message>
    <message>
        <source>This task</source>
        <translation>Diese Aufgabe</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Recorded visits, measures and the history of changes cannot be changed or deleted by any account (signed in as %1); correct a visit or a measure with an amendment. Nothing was changed.</source>
        <translation>Erfasste Termine, Assessments und der Änderungsverlauf können von keinem Konto geändert oder gelöscht werden (angemeldet als %1); berichtigen Sie einen Termin oder ein Assessment mit einer Korrektur. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 needs an administrator (signed in as %2). Nothing was changed.</source>
        <translation>%1 erfordert Administratorrechte (angemeldet als %2). Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <source>%1 already exists and is not empty; nothing was changed.</source>
        <translation>%1 existiert bereits und ist nicht leer; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2 Nothing was changed.</source>
        <translation>Die Sicherung %1 kann nicht verwendet werden: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged too (%2). Nothing was changed.</source>
        <translation>Die Sicherung %1 ist ebenfalls beschädigt (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2. Nothing was changed.</source>
        <translation>Die Sicherung %1 kann nicht gelesen werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 could not be moved aside (is the folder read-only?). Nothing was changed.</source>
        <translation>%1 konnte nicht beiseitegelegt werden (ist der Ordner schreibgeschützt?). Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>No password on standard input (give it as one line, e.g. from a password manager or a file).</source>
        <translation>Kein Passwort auf der Standardeingabe (geben Sie es als eine Zeile an, z. B. aus einem Passwortmanager oder einer Datei).</translation>
    </message>
    <message>
        <source>Accounts of the clinic&apos;s clinicians on a database server</source>
        <translation>Konten der Therapeut/innen der Praxis auf einem Datenbankserver</translation>
    </message>
    <message>
        <source>Add an account (clinician or admin)</source>
        <translation>Ein Konto hinzufügen (clinician oder admin)</translation>
    </message>
    <message>
        <source>List the accounts, their roles and whether enabled</source>
        <translation>Die Konten, ihre Rollen und ob sie aktiviert sind auflisten</translation>
    </message>
    <message>
        <source>Stop an account from signing in</source>
        <translation>Die Anmeldung eines Kontos sperren</translation>
    </message>
    <message>
        <source>Let a disabled account sign in again</source>
        <translation>Einem gesperrten Konto die Anmeldung wieder erlauben</translation>
    </message>
    <message>
        <source>Set an account&apos;s password</source>
        <translation>Das Passwort eines Kontos festlegen</translation>
    </message>
    <message>
        <source>Add a clinician&apos;s account on the database server: a PostgreSQL login in the group gradus_clinician or gradus_admin. Needs an administrator (or the database&apos;s owner). The password is read from standard input.</source>
        <translation>Ein Konto für eine Therapeutin oder einen Therapeuten auf dem Datenbankserver hinzufügen: ein PostgreSQL-Login in der Gruppe gradus_clinician oder gradus_admin. Erfordert Administratorrechte (oder den Eigentümer der Datenbank). Das Passwort wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Der Name des Kontos.</translation>
    </message>
    <message>
        <source>clinician or admin.</source>
        <translation>clinician oder admin.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Das Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>user add needs --role clinician or --role admin.</source>
        <translation>user add braucht --role clinician oder --role admin.</translation>
    </message>
    <message>
        <source>--role must be clinician or admin (not &apos;%1&apos;).</source>
        <translation>--role muss clinician oder admin sein (nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>user add needs --password-stdin: a password is never taken from the command line.</source>
        <translation>user add braucht --password-stdin: Ein Passwort wird nie von der Befehlszeile übernommen.</translation>
    </message>
    <message>
        <source>Account %1 added (%2).</source>
        <translation>Konto %1 hinzugefügt (%2).</translation>
    </message>
    <message>
        <source>List the Gradus accounts on the database server with their role and whether they may sign in.
JSON: an array of objects with name, role and enabled.</source>
        <translation>Die Gradus-Konten auf dem Datenbankserver mit ihrer Rolle auflisten und angeben, ob sie sich anmelden dürfen.
JSON: ein Array von Objekten mit name, role und enabled.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with &apos;gradus-cli user add NAME --role clinician --password-stdin&apos;.</source>
        <translation>Noch keine Konten. Fügen Sie eines hinzu mit &apos;gradus-cli user add NAME --role clinician --password-stdin&apos;.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Let a disabled account sign in again. Needs an administrator.</source>
        <translation>Einem gesperrten Konto die Anmeldung wieder erlauben. Erfordert Administratorrechte.</translation>
    </message>
    <message>
        <source>Stop an account from signing in (its entries stay, under its name). Its open sessions end where the server allows. Needs an administrator.</source>
        <translation>Die Anmeldung eines Kontos sperren (seine Einträge bleiben unter seinem Namen erhalten). Seine offenen Sitzungen werden beendet, soweit der Server es zulässt. Erfordert Administratorrechte.</translation>
    </message>
    <message>
        <source>Account %1 may sign in again.</source>
        <translation>Konto %1 darf sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Account %1 is disabled.</source>
        <translation>Konto %1 ist gesperrt.</translation>
    </message>
    <message>
        <source>Set an account&apos;s password, read from standard input. Administrators set anybody&apos;s; a clinician only their own.</source>
        <translation>Das Passwort eines Kontos festlegen, gelesen von der Standardeingabe. Konten mit Administratorrechten können jedes Passwort festlegen, Therapeut/innen nur ihr eigenes.</translation>
    </message>
    <message>
        <source>user password needs --password-stdin: a password is never taken from the command line.</source>
        <translation>user password braucht --password-stdin: Ein Passwort wird nie von der Befehlszeile übernommen.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Das Passwort von %1 wurde geändert.</translation>
    </message>
</context>
<context>
    <name>VisitChanges</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Activity: %1 → %2</source>
        <translation>Aktivität: %1 → %2</translation>
    </message>
    <message>
        <source>Leg symptoms: %1 → %2</source>
        <translation>Beinsymptome: %1 → %2</translation>
    </message>
    <message>
        <source>New neurological signs: now recorded</source>
        <translation>Neue neurologische Zeichen: jetzt erfasst</translation>
    </message>
    <message>
        <source>New neurological signs: no longer recorded</source>
        <translation>Neue neurologische Zeichen: nicht mehr erfasst</translation>
    </message>
    <message>
        <source>Notes changed</source>
        <translation>Notizen geändert</translation>
    </message>
</context>
<context>
    <name>VisitCliSupport</name>
    <message>
        <source>%1 must be a record id (a positive whole number), not &apos;%2&apos;.</source>
        <translation>%1 muss eine Datensatz-ID sein (eine positive ganze Zahl), nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>%1 muss ein Datum im Format YYYY-MM-DD sein, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>  [entered in error]</source>
        <translation>  [Fehleintrag]</translation>
    </message>
    <message>
        <source>  [amended, revision %1]</source>
        <translation>  [korrigiert, Revision %1]</translation>
    </message>
</context>
<context>
    <name>VisitCommand</name>
    <message>
        <source>Date of the visit.</source>
        <translation>Datum des Termins.</translation>
    </message>
    <message>
        <source>Time of the visit.</source>
        <translation>Uhrzeit des Termins.</translation>
    </message>
    <message>
        <source>Pain now, NPRS 0-10.</source>
        <translation>Schmerz aktuell, NPRS 0-10.</translation>
    </message>
    <message>
        <source>Best pain in the last 24 h, 0-10.</source>
        <translation>Geringster Schmerz in den letzten 24 h, 0-10.</translation>
    </message>
    <message>
        <source>Worst pain in the last 24 h, 0-10.</source>
        <translation>Stärkster Schmerz in den letzten 24 h, 0-10.</translation>
    </message>
    <message>
        <source>Pain during exercise, 0-10.</source>
        <translation>Schmerz während der Übung, 0-10.</translation>
    </message>
    <message>
        <source>Pain the next morning, 0-10.</source>
        <translation>Schmerz am nächsten Morgen, 0-10.</translation>
    </message>
    <message>
        <source>The daily activity counted (default walking).</source>
        <translation>Die gezählte tägliche Aktivität (Standard: Gehen).</translation>
    </message>
    <message>
        <source>Minutes of that activity a day.</source>
        <translation>Minuten dieser Aktivität pro Tag.</translation>
    </message>
    <message>
        <source>Steps a day.</source>
        <translation>Schritte pro Tag.</translation>
    </message>
    <message>
        <source>Sessions done of sessions prescribed since the last visit.</source>
        <translation>Durchgeführte von vorgegebenen Einheiten seit dem letzten Termin.</translation>
    </message>
    <message>
        <source>Leg symptoms: none, centralising, stable or peripheralising.</source>
        <translation>Beinsymptome: none, centralising, stable oder peripheralising.</translation>
    </message>
    <message>
        <source>New neurological signs were found.</source>
        <translation>Neue neurologische Zeichen wurden festgestellt.</translation>
    </message>
    <message>
        <source>No new neurological signs (amend only).</source>
        <translation>Keine neuen neurologischen Zeichen (nur bei Korrektur).</translation>
    </message>
    <message>
        <source>Free notes.</source>
        <translation>Freie Notizen.</translation>
    </message>
    <message>
        <source>--time must be HH:MM, not &apos;%1&apos;.</source>
        <translation>--time muss HH:MM sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>--legs must be none, centralising, stable or peripheralising, not &apos;%1&apos;.</source>
        <translation>--legs muss none, centralising, stable oder peripheralising sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Give --neuro or --no-neuro, not both.</source>
        <translation>Geben Sie --neuro oder --no-neuro an, nicht beides.</translation>
    </message>
    <message>
        <source>--clear cannot clear &apos;%1&apos;; it takes time, pain-best, pain-worst, pain-exercise, pain-morning, activity-minutes, steps, adherence, legs, notes.</source>
        <translation>--clear kann &apos;%1&apos; nicht leeren; möglich sind time, pain-best, pain-worst, pain-exercise, pain-morning, activity-minutes, steps, adherence, legs, notes.</translation>
    </message>
    <message>
        <source>Record, list, show and amend visits</source>
        <translation>Termine erfassen, auflisten, anzeigen und korrigieren</translation>
    </message>
    <message>
        <source>Record a visit for a patient; prints the visit id</source>
        <translation>Einen Termin für einen Patienten erfassen; gibt die Termin-ID aus</translation>
    </message>
    <message>
        <source>List a patient&apos;s visits</source>
        <translation>Die Termine eines Patienten auflisten</translation>
    </message>
    <message>
        <source>Show a visit with its amendment history</source>
        <translation>Einen Termin mit seiner Korrekturhistorie anzeigen</translation>
    </message>
    <message>
        <source>Correct a visit; the original is kept</source>
        <translation>Einen Termin korrigieren; das Original bleibt erhalten</translation>
    </message>
    <message>
        <source>Record a visit for patient PATIENT_ID. Prints the new visit&apos;s id.</source>
        <translation>Einen Termin für Patient PATIENT_ID erfassen. Gibt die ID des neuen Termins aus.</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>Die ID des Patienten.</translation>
    </message>
    <message>
        <source>The episode of care.</source>
        <translation>Die Behandlungsepisode.</translation>
    </message>
    <message>
        <source>Who saw the patient (default: your user name).</source>
        <translation>Wer den Patienten behandelt hat (Standard: Ihr Benutzername).</translation>
    </message>
    <message>
        <source>visit add needs --date YYYY-MM-DD.</source>
        <translation>visit add braucht --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>visit add needs --pain N (pain now, 0-10).</source>
        <translation>visit add braucht --pain N (Schmerz aktuell, 0-10).</translation>
    </message>
    <message>
        <source>List the visits of patient PATIENT_ID, oldest first.</source>
        <translation>Die Termine von Patient PATIENT_ID auflisten, älteste zuerst.</translation>
    </message>
    <message>
        <source>Include visits marked as entered in error.</source>
        <translation>Auch als Fehleintrag markierte Termine einbeziehen.</translation>
    </message>
    <message>
        <source>id      date        pain  best-worst  activity  adherence  legs</source>
        <translation>ID      Datum       NPRS  24h min-max Aktivität Adhärenz   Beine</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Show visit VISIT_ID with every revision.</source>
        <translation>Termin VISIT_ID mit allen Revisionen anzeigen.</translation>
    </message>
    <message>
        <source>The visit&apos;s id.</source>
        <translation>Die ID des Termins.</translation>
    </message>
    <message>
        <source>Revision 1 (original), %1 by %2</source>
        <translation>Revision 1 (Original), %1 von %2</translation>
    </message>
    <message>
        <source>Revision %1, %2 by %3: %4</source>
        <translation>Revision %1, %2 von %3: %4</translation>
    </message>
    <message>
        <source> [entered in error]</source>
        <translation> [Fehleintrag]</translation>
    </message>
    <message>
        <source>  %1, pain %2 (best %3, worst %4), clinician %5</source>
        <translation>  %1, Schmerz %2 (geringster %3, stärkster %4), Therapeut/in %5</translation>
    </message>
    <message>
        <source>Correct visit VISIT_ID. The fields given replace those of the current revision; the original and every earlier revision are kept. Prints the new revision number.</source>
        <translation>Termin VISIT_ID korrigieren. Die angegebenen Felder ersetzen die der aktuellen Revision; das Original und alle früheren Revisionen bleiben erhalten. Gibt die neue Revisionsnummer aus.</translation>
    </message>
    <message>
        <source>Why the visit is corrected.</source>
        <translation>Warum der Termin korrigiert wird.</translation>
    </message>
    <message>
        <source>Comma-separated optional fields to empty.</source>
        <translation>Durch Kommas getrennte optionale Felder, die geleert werden.</translation>
    </message>
    <message>
        <source>Who makes the correction (default: your user name).</source>
        <translation>Wer korrigiert (Standard: Ihr Benutzername).</translation>
    </message>
    <message>
        <source>Correct the name of who saw the patient.</source>
        <translation>Den Namen der Person korrigieren, die den Patienten behandelt hat.</translation>
    </message>
    <message>
        <source>visit amend needs --reason TEXT: the original is kept and the reason is shown with the correction.</source>
        <translation>visit amend braucht --reason TEXT: Das Original bleibt erhalten, und die Begründung wird mit der Korrektur angezeigt.</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>Termin</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>There is no visit with id %1.</source>
        <translation>Es gibt keinen Termin mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no patient with id %1.</source>
        <translation>Es gibt keinen Patienten mit der ID %1.</translation>
    </message>
    <message>
        <source>Say who is recording the visit.</source>
        <translation>Geben Sie an, wer den Termin erfasst.</translation>
    </message>
    <message>
        <source>Episode %1 is not an episode of patient %2.</source>
        <translation>Episode %1 ist keine Episode von Patient %2.</translation>
    </message>
    <message>
        <source>Say who is making the change to visit %1.</source>
        <translation>Geben Sie an, wer Termin %1 ändert.</translation>
    </message>
    <message>
        <source>Give a reason for changing visit %1; the original is kept and the reason is shown with it.</source>
        <translation>Geben Sie einen Grund für die Änderung von Termin %1 an; das Original bleibt erhalten und der Grund wird dazu angezeigt.</translation>
    </message>
    <message>
        <source>Visit %1 is marked as entered in error; reinstate it before amending it.</source>
        <translation>Termin %1 ist als Fehleintrag markiert; machen Sie ihn wieder gültig, bevor Sie ihn korrigieren.</translation>
    </message>
    <message>
        <source>The amendment of visit %1 changes nothing.</source>
        <translation>Die Korrektur von Termin %1 ändert nichts.</translation>
    </message>
    <message>
        <source>Visit %1 is already marked as entered in error.</source>
        <translation>Termin %1 ist bereits als Fehleintrag markiert.</translation>
    </message>
    <message>
        <source>Visit %1 is not marked as entered in error.</source>
        <translation>Termin %1 ist nicht als Fehleintrag markiert.</translation>
    </message>
    <message>
        <source>Visit %1 has been changed elsewhere since (at another desk or by a script; it is now at revision %2). Nothing was saved; look at the visit&apos;s history before changing it again.</source>
        <translation>Termin %1 wurde inzwischen anderswo geändert (an einem anderen Arbeitsplatz oder von einem Skript; er steht jetzt bei Revision %2). Nichts wurde gespeichert; sehen Sie sich den Verlauf des Termins an, bevor Sie ihn erneut ändern.</translation>
    </message>
</context>
<context>
    <name>VisitValidator</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Therapeut/in</translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation>Schmerz aktuell</translation>
    </message>
    <message>
        <source>Best pain (24 h)</source>
        <translation>Geringster Schmerz (24 h)</translation>
    </message>
    <message>
        <source>Worst pain (24 h)</source>
        <translation>Stärkster Schmerz (24 h)</translation>
    </message>
    <message>
        <source>Pain during exercise</source>
        <translation>Schmerz während der Übung</translation>
    </message>
    <message>
        <source>Pain next morning</source>
        <translation>Schmerz am nächsten Morgen</translation>
    </message>
    <message>
        <source>Activity minutes</source>
        <translation>Aktivitätsminuten</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Adhärenz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Enter the date of the visit.</source>
        <translation>Geben Sie das Datum des Termins ein.</translation>
    </message>
    <message>
        <source>The visit date %1 is in the future; today is %2.</source>
        <translation>Das Termindatum %1 liegt in der Zukunft; heute ist der %2.</translation>
    </message>
    <message>
        <source>The visit date %1 is before 1900.</source>
        <translation>Das Termindatum %1 liegt vor 1900.</translation>
    </message>
    <message>
        <source>The time of the visit is not a valid time.</source>
        <translation>Die Uhrzeit des Termins ist keine gültige Uhrzeit.</translation>
    </message>
    <message>
        <source>The visit time %1 today is in the future.</source>
        <translation>Die Terminzeit %1 heute liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Enter the clinician&apos;s name.</source>
        <translation>Geben Sie den Namen der behandelnden Person ein.</translation>
    </message>
    <message>
        <source>The clinician&apos;s name is longer than %1 characters.</source>
        <translation>Der Name der behandelnden Person ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>%1 is %2; pain is a whole number from 0 to 10.</source>
        <translation>%1 ist %2; Schmerz ist eine ganze Zahl von 0 bis 10.</translation>
    </message>
    <message>
        <source>The worst pain (%1) is lower than the best pain (%2) in the last 24 hours.</source>
        <translation>Der stärkste Schmerz (%1) ist geringer als der geringste Schmerz (%2) in den letzten 24 Stunden.</translation>
    </message>
    <message>
        <source>Activity is %1 minutes a day; it must be from 0 to %2.</source>
        <translation>Die Aktivität beträgt %1 Minuten pro Tag; sie muss zwischen 0 und %2 liegen.</translation>
    </message>
    <message>
        <source>Steps are %1 a day; they must be from 0 to %2.</source>
        <translation>Die Schritte betragen %1 pro Tag; sie müssen zwischen 0 und %2 liegen.</translation>
    </message>
    <message>
        <source>Give both the sessions done and the sessions prescribed, or neither.</source>
        <translation>Geben Sie sowohl die durchgeführten als auch die vorgegebenen Einheiten an, oder keine von beiden.</translation>
    </message>
    <message>
        <source>Sessions must be from 0 to %1.</source>
        <translation>Einheiten müssen zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>%1 sessions done is more than the %2 prescribed.</source>
        <translation>%1 durchgeführte Einheiten sind mehr als die %2 vorgegebenen.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation>Die Notizen sind länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;; pain is a whole number from 0 to 10.</source>
        <translation>%1 ist &apos;%2&apos;; Schmerz ist eine ganze Zahl von 0 bis 10.</translation>
    </message>
    <message>
        <source>Adherence is &apos;%1&apos;; write sessions done/prescribed, for example 4/5.</source>
        <translation>Adhärenz ist &apos;%1&apos;; schreiben Sie durchgeführte/vorgegebene Einheiten, zum Beispiel 4/5.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>centralising</source>
        <translation>zentralisierend</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>peripheralising</source>
        <translation>peripherisierend</translation>
    </message>
</context>
<context>
    <name>gradus::AboutDialog</name>
    <message>
        <source>About Gradus</source>
        <translation>Über Gradus</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Gradus %1&lt;/h2&gt;&lt;p&gt;Graded exercise programmes for physiotherapists: patients, safe exercise choices, pacing, handouts and outcomes, kept on your own computer.&lt;/p&gt;&lt;p&gt;Gradus supports clinical reasoning; it does not replace it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Schema version:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Log file:&lt;/b&gt; %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Gradus %1&lt;/h2&gt;&lt;p&gt;Abgestufte Übungsprogramme für Physiotherapeut/innen: Patienten, sichere Übungsauswahl, Pacing, Übungsblätter und Verlaufswerte, gespeichert auf Ihrem eigenen Computer.&lt;/p&gt;&lt;p&gt;Gradus unterstützt das Clinical Reasoning; es ersetzt es nicht.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datenbank:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Schemaversion:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Protokolldatei:&lt;/b&gt; %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gradus::CalendarExportDialog</name>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>Calendar Reminders</source>
        <translation>Kalendererinnerungen</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>A calendar file the patient can open on a phone or computer: a reminder at each exercise time with the dose and when to stop, the weeks of a graded activity plan, and the review. Send it to the patient or import it on their phone.</source>
        <translation>Eine Kalenderdatei, die der Patient auf einem Handy oder Computer öffnen kann: eine Erinnerung zu jeder Übungszeit mit Dosierung und Abbruchkriterien, die Wochen eines Graded-Activity-Plans und die Überprüfung. Senden Sie sie dem Patienten oder importieren Sie sie auf seinem Handy.</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Reminders between:</source>
        <translation>Erinnerungen zwischen:</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Erinnerungen:</translation>
    </message>
    <message>
        <source>%1 a day in %2 bouts</source>
        <translation>%1 pro Tag in %2 Durchgängen</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <source>%1: graded plan, %2 this week, more each week (week %3 of %4)</source>
        <translation>%1: Graded-Activity-Plan, diese Woche %2, jede Woche mehr (Woche %3 von %4)</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1: %2 um %3</translation>
    </message>
    <message>
        <source>Until the review on %1, which is in the calendar too.</source>
        <translation>Bis zur Überprüfung am %1, die ebenfalls im Kalender steht.</translation>
    </message>
    <message>
        <source>No review date is set, so the reminders do not end.</source>
        <translation>Es ist kein Überprüfungsdatum festgelegt, daher enden die Erinnerungen nicht.</translation>
    </message>
    <message>
        <source>First reminder hour</source>
        <translation>Stunde der ersten Erinnerung</translation>
    </message>
    <message>
        <source>Last reminder hour</source>
        <translation>Stunde der letzten Erinnerung</translation>
    </message>
    <message>
        <source>Written in:</source>
        <translation>Geschrieben in:</translation>
    </message>
</context>
<context>
    <name>gradus::ChangeTableModel</name>
    <message>
        <source>, recovered</source>
        <translation>, genesen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verände­rung</translation>
    </message>
    <message>
        <source>Important change</source>
        <translation>Relevante Veränderung</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>gradus::ConditionDialog</name>
    <message>
        <source>Add Condition</source>
        <translation>Diagnose hinzufügen</translation>
    </message>
    <message>
        <source>Edit Condition</source>
        <translation>Diagnose bearbeiten</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>e.g. which operation, or what the imaging showed</source>
        <translation>z. B. welche Operation oder was die Bildgebung gezeigt hat</translation>
    </message>
    <message>
        <source>&amp;Condition</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Zahl</translation>
    </message>
    <message>
        <source>&amp;Onset</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Leave empty when unknown.</source>
        <translation>Leer lassen, wenn unbekannt.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; type it as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>&apos;%1&apos; ist kein Datum; geben Sie es als YYYY-MM-DD oder DD.MM.YYYY ein.</translation>
    </message>
</context>
<context>
    <name>gradus::ConflictDialog</name>
    <message>
        <source>Changed on Another Desk</source>
        <translation>An einem anderen Arbeitsplatz geändert</translation>
    </message>
    <message>
        <source>Fields changed here and on the other desk</source>
        <translation>Hier und am anderen Arbeitsplatz geänderte Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Beim Öffnen</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Aktuell gespeichert</translation>
    </message>
    <message>
        <source>Changed on both desks</source>
        <translation>An beiden Arbeitsplätzen geändert</translation>
    </message>
    <message>
        <source>Fields in bold were changed on both desks. Applying your changes keeps the other desk&apos;s changes to every other field.</source>
        <translation>Fett gedruckte Felder wurden an beiden Arbeitsplätzen geändert. Wenn Sie Ihre Änderungen übernehmen, bleiben die Änderungen des anderen Arbeitsplatzes an allen übrigen Feldern erhalten.</translation>
    </message>
    <message>
        <source>&amp;Apply My Changes to the Stored Record</source>
        <translation>&amp;Meine Änderungen in den gespeicherten Datensatz übernehmen</translation>
    </message>
    <message>
        <source>&amp;Discard My Changes</source>
        <translation>Meine Änderungen &amp;verwerfen</translation>
    </message>
</context>
<context>
    <name>gradus::DatabaseRecoveryDialog</name>
    <message>
        <source>Gradus: the database cannot be opened</source>
        <translation>Gradus: Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Nothing has been changed. You can open another database file, create a new one, or restore a backup copy in its place (the file that cannot be opened is kept beside it, renamed).</source>
        <translation>Es wurde nichts geändert. Sie können eine andere Datenbankdatei öffnen, eine neue anlegen oder an ihrer Stelle eine Sicherung wiederherstellen (die Datei, die sich nicht öffnen lässt, bleibt umbenannt daneben erhalten).</translation>
    </message>
    <message>
        <source>The most recent backup is %1, saved %2.</source>
        <translation>Die neueste Sicherung ist %1, gespeichert am %2.</translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation>Andere Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Create New Database…</source>
        <translation>&amp;Neue Datenbank anlegen…</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Gradus database (*.sqlite *.db);;All files (*)</source>
        <translation>Gradus-Datenbank (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Create New Database</source>
        <translation>Neue Datenbank anlegen</translation>
    </message>
    <message>
        <source>Gradus database (*.sqlite)</source>
        <translation>Gradus-Datenbank (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Gradus backups (*.sqlite *.bak *.db);;All files (*)</source>
        <translation>Gradus-Sicherungen (*.sqlite *.bak *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose &quot;Open Another File&quot; to use it, or another name for a new database.</source>
        <translation>Wählen Sie „Andere Datei öffnen“, um sie zu verwenden, oder einen anderen Namen für eine neue Datenbank.</translation>
    </message>
</context>
<context>
    <name>gradus::DatabaseSwitcher</name>
    <message>
        <source>There is no database at %1. Use File → New Database… to start one.</source>
        <translation>Unter %1 gibt es keine Datenbank. Legen Sie mit Datei → Neue Datenbank… eine an.</translation>
    </message>
    <message>
        <source>%1 exists already; a new database never replaces a file. Choose another name, or open it with File → Open Database….</source>
        <translation>%1 existiert bereits; eine neue Datenbank ersetzt nie eine Datei. Wählen Sie einen anderen Namen, oder öffnen Sie sie mit Datei → Datenbank öffnen….</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Gradus database (*.sqlite)</source>
        <translation>Gradus-Datenbank (*.sqlite)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>Sicherung gespeichert unter %1</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Die Datenbank wird gesichert…</translation>
    </message>
</context>
<context>
    <name>gradus::DateField</name>
    <message>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>YYYY-MM-DD oder DD.MM.YYYY</translation>
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
        <translation>%1 oder YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>gradus::DoseCellEditor</name>
    <message>
        <source>How the dose is counted</source>
        <translation>Wie die Dosierung gezählt wird</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source> reps</source>
        <translation> Wdh.</translation>
    </message>
    <message>
        <source>Repetitions per set</source>
        <translation>Wiederholungen pro Satz</translation>
    </message>
    <message>
        <source> s each</source>
        <translation> s je</translation>
    </message>
    <message>
        <source>Seconds each hold</source>
        <translation>Sekunden pro Halten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Metres</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>× a day</source>
        <translation>× täglich</translation>
    </message>
    <message>
        <source>Times per day</source>
        <translation>Mal pro Tag</translation>
    </message>
    <message>
        <source> days/week</source>
        <translation> Tage/Woche</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>Tage pro Woche</translation>
    </message>
    <message>
        <source> holds</source>
        <translation> Halten</translation>
    </message>
    <message>
        <source>Holds per set</source>
        <translation>Halten pro Satz</translation>
    </message>
</context>
<context>
    <name>gradus::DoseDialog</name>
    <message>
        <source>Edit dose — %1</source>
        <translation>Dosierung bearbeiten — %1</translation>
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
        <translation>Auf jeder Seite</translation>
    </message>
    <message>
        <source>e.g. red band, 2 kg</source>
        <translation>z. B. rotes Band, 2 kg</translation>
    </message>
    <message>
        <source>Printed on the handout under the exercise</source>
        <translation>Wird auf dem Übungsblatt unter der Übung gedruckt</translation>
    </message>
    <message>
        <source>&amp;Counted as:</source>
        <translation>&amp;Gezählt als:</translation>
    </message>
    <message>
        <source>&amp;Sets:</source>
        <translation>&amp;Sätze:</translation>
    </message>
    <message>
        <source>&amp;Repetitions or holds per set:</source>
        <translation>&amp;Wiederholungen oder Halten pro Satz:</translation>
    </message>
    <message>
        <source>&amp;Hold:</source>
        <translation>&amp;Haltedauer:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <source>M&amp;etres:</source>
        <translation>M&amp;eter:</translation>
    </message>
    <message>
        <source>Times per &amp;day:</source>
        <translation>Mal pro &amp;Tag:</translation>
    </message>
    <message>
        <source>Days per &amp;week:</source>
        <translation>Tage pro W&amp;oche:</translation>
    </message>
    <message>
        <source>Rest between sets:</source>
        <translation>Pause zwischen den Sätzen:</translation>
    </message>
    <message>
        <source>S&amp;ide:</source>
        <translation>Se&amp;ite:</translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation>&amp;Last:</translation>
    </message>
    <message>
        <source>&amp;Tempo:</source>
        <translation>Tem&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Hi&amp;nweis:</translation>
    </message>
    <message>
        <source>Does not fit this exercise</source>
        <translation>Passt nicht zu dieser Übung</translation>
    </message>
    <message>
        <source>A dose of %1 does not fit %2: it is dosed in %3.</source>
        <translation>Eine Dosierung nach %1 passt nicht zu %2: Die Übung wird nach %3 dosiert.</translation>
    </message>
</context>
<context>
    <name>gradus::EnteredInError</name>
    <message>
        <source>Entered in error</source>
        <translation>Fehleintrag</translation>
    </message>
</context>
<context>
    <name>gradus::EpisodeDialog</name>
    <message>
        <source>&apos;%1&apos; is not a date; type it as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>&apos;%1&apos; ist kein Datum; geben Sie es als YYYY-MM-DD oder DD.MM.YYYY ein.</translation>
    </message>
    <message>
        <source>New Episode of Care</source>
        <translation>Neue Behandlungsepisode</translation>
    </message>
    <message>
        <source>Edit Episode of Care</source>
        <translation>Behandlungsepisode bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Low back pain with left leg pain</source>
        <translation>z. B. Kreuzschmerz mit Schmerz im linken Bein</translation>
    </message>
    <message>
        <source>Presenting &amp;complaint *</source>
        <translation>&amp;Hauptbeschwerde *</translation>
    </message>
    <message>
        <source>&amp;Onset</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>O&amp;pened on *</source>
        <translation>&amp;Eröffnet am *</translation>
    </message>
    <message>
        <source>C&amp;losed on</source>
        <translation>&amp;Abgeschlossen am</translation>
    </message>
    <message>
        <source>%1 — %2 wk ago: %3</source>
        <translation>%1 — vor %2 Wo.: %3</translation>
    </message>
    <message>
        <source>Leave empty when unknown; the phase of care is then unknown too.</source>
        <translation>Leer lassen, wenn unbekannt; dann ist auch die Phase unbekannt.</translation>
    </message>
    <message>
        <source>Empty while the episode is open.</source>
        <translation>Leer, solange die Episode offen ist.</translation>
    </message>
</context>
<context>
    <name>gradus::EpisodesTab</name>
    <message>
        <source>&lt;b&gt;Episodes of care&lt;/b&gt;</source>
        <translation>&lt;b&gt;Behandlungsepisoden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New Episode…</source>
        <translation>Neue Episode…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Close Episode</source>
        <translation>Episode abschließen</translation>
    </message>
    <message>
        <source>Presenting complaint</source>
        <translation>Hauptbeschwerde</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Add Condition…</source>
        <translation>Diagnose hinzufügen…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Abgeklungen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Phase today, from the onset date</source>
        <translation>Phase heute, nach dem Datum des Beginns</translation>
    </message>
    <message>
        <source>Phase when the episode was closed</source>
        <translation>Phase beim Abschluss der Episode</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clinical profile&lt;/b&gt; of &quot;%1&quot;</source>
        <translation>&lt;b&gt;Klinisches Profil&lt;/b&gt; von „%1“</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clinical profile&lt;/b&gt;</source>
        <translation>&lt;b&gt;Klinisches Profil&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — open an episode of care first</source>
        <translation>%1 — zuerst eine Behandlungsepisode eröffnen</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Episodes of care</source>
        <translation>Behandlungsepisoden</translation>
    </message>
    <message>
        <source>Conditions of the selected episode</source>
        <translation>Diagnosen der ausgewählten Episode</translation>
    </message>
    <message>
        <source>&lt;b&gt;The episodes of care or the clinical profile could not be read.&lt;/b&gt; Treat the patient&apos;s conditions as unknown until they can. Cause: %1</source>
        <translation>&lt;b&gt;Die Behandlungsepisoden oder das klinische Profil konnten nicht gelesen werden.&lt;/b&gt; Behandeln Sie die Diagnosen des Patienten als unbekannt, bis sie gelesen werden können. Ursache: %1</translation>
    </message>
</context>
<context>
    <name>gradus::ErasePatientDialog</name>
    <message>
        <source>Delete %1 Permanently</source>
        <translation>%1 endgültig löschen</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geb. %1</translation>
    </message>
    <message>
        <source>clinic no. %1</source>
        <translation>Pat.-Nr. %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Delete %1 (%2) permanently?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This removes the patient and everything recorded about them (episodes of care: %3; conditions: %4) from this database for good. It cannot be undone, and the undo history is cleared.&lt;/p&gt;&lt;p&gt;To hide a patient who is no longer seen, use &lt;b&gt;Archive&lt;/b&gt; instead.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 (%2) endgültig löschen?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Damit werden der Patient und alles, was über ihn erfasst wurde (Behandlungsepisoden: %3; Diagnosen: %4), für immer aus dieser Datenbank entfernt. Das kann nicht rückgängig gemacht werden, und der Rückgängig-Verlauf wird geleert.&lt;/p&gt;&lt;p&gt;Um einen Patienten auszublenden, der nicht mehr in Behandlung ist, verwenden Sie stattdessen &lt;b&gt;Archivieren&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the family name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Nachnamen &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
</context>
<context>
    <name>gradus::ExchangeActions</name>
    <message>
        <source>Patient Record (&amp;FHIR)…</source>
        <translation>Patientenakte (&amp;FHIR)…</translation>
    </message>
    <message>
        <source>Save the patient&apos;s record as a FHIR R4 file for a GP system</source>
        <translation>Die Akte des Patienten als FHIR-R4-Datei für das System einer Hausarztpraxis speichern</translation>
    </message>
    <message>
        <source>&amp;Programme or Template…</source>
        <translation>&amp;Programm oder Vorlage…</translation>
    </message>
    <message>
        <source>Save a programme or template for another clinic</source>
        <translation>Ein Programm oder eine Vorlage für eine andere Praxis speichern</translation>
    </message>
    <message>
        <source>&amp;Outcomes (CSV)…</source>
        <translation>&amp;Verlaufswerte (CSV)…</translation>
    </message>
    <message>
        <source>Save every patient&apos;s scores as a table, or de-identified for research</source>
        <translation>Die Scores aller Patienten als Tabelle speichern, wahlweise de-identifiziert für die Forschung</translation>
    </message>
    <message>
        <source>&amp;Import Programme…</source>
        <translation>Programm &amp;importieren…</translation>
    </message>
    <message>
        <source>Bring in a programme or template file from another clinic</source>
        <translation>Eine Programm- oder Vorlagendatei aus einer anderen Praxis übernehmen</translation>
    </message>
    <message>
        <source>Check a backup and open it as a new database</source>
        <translation>Eine Sicherung prüfen und als neue Datenbank öffnen</translation>
    </message>
    <message>
        <source>Open a patient first</source>
        <translation>Öffnen Sie zuerst einen Patienten</translation>
    </message>
    <message>
        <source>Res&amp;tore Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>gradus::ExerciseDetailPane</name>
    <message>
        <source>No exercise chosen</source>
        <translation>Keine Übung ausgewählt</translation>
    </message>
    <message>
        <source>Choose an exercise on the left to see its picture, instructions and properties.</source>
        <translation>Wählen Sie links eine Übung, um ihr Bild, ihre Anleitung und ihre Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <source>Retired: not offered for new programmes</source>
        <translation>Ausgemustert: wird für neue Programme nicht angeboten</translation>
    </message>
    <message>
        <source>Clinic&apos;s own</source>
        <translation>Praxiseigen</translation>
    </message>
    <message>
        <source>Clinic&apos;s own, based on %1</source>
        <translation>Praxiseigen, basierend auf %1</translation>
    </message>
    <message>
        <source>Built-in, edited by the clinic</source>
        <translation>Mitgeliefert, von der Praxis bearbeitet</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>Clinic&apos;s picture</source>
        <translation>Bild der Praxis</translation>
    </message>
    <message>
        <source>Default dose</source>
        <translation>Standarddosierung</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Ausgangsstellung</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Spinal movement</source>
        <translation>Wirbelsäulenbewegung</translation>
    </message>
    <message>
        <source>, to the end of range</source>
        <translation>, bis zum Bewegungsende</translation>
    </message>
    <message>
        <source>Spinal load</source>
        <translation>Wirbelsäulenbelastung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Stoßbelastung</translation>
    </message>
    <message>
        <source>external load</source>
        <translation>externe Last</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>über Kopf</translation>
    </message>
    <message>
        <source>lift from the floor</source>
        <translation>Heben vom Boden</translation>
    </message>
    <message>
        <source>Load and lifting</source>
        <translation>Last und Heben</translation>
    </message>
    <message>
        <source>Body weight only</source>
        <translation>Nur Körpergewicht</translation>
    </message>
    <message>
        <source>Balance demand</source>
        <translation>Gleichgewichtsanforderung</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>You should feel</source>
        <translation>Das sollten Sie spüren</translation>
    </message>
    <message>
        <source>Stop and tell your physiotherapist if</source>
        <translation>Hören Sie in diesen Fällen auf und informieren Sie Ihre Physiotherapeutin oder Ihren Physiotherapeuten</translation>
    </message>
    <message>
        <source>Easier: %1</source>
        <translation>Leichter: %1</translation>
    </message>
    <message>
        <source>Harder: %1</source>
        <translation>Schwerer: %1</translation>
    </message>
    <message>
        <source>A newer library version of this exercise exists; your clinic&apos;s edit is kept.</source>
        <translation>Es gibt eine neuere Bibliotheksversion dieser Übung; die Bearbeitung durch Ihre Praxis bleibt erhalten.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>gradus::ExerciseEditorDialog</name>
    <message>
        <source>New Exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>This is a built-in exercise. Once you change it, library updates will leave your version alone.</source>
        <translation>Dies ist eine mitgelieferte Übung. Sobald Sie sie ändern, lassen Aktualisierungen der Bibliothek Ihre Version unverändert.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>One sentence: what it is for</source>
        <translation>Ein Satz: wofür sie dient</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Ausgangsstellung:</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <source>Default dose</source>
        <translation>Standarddosierung</translation>
    </message>
    <message>
        <source>Counted as:</source>
        <translation>Gezählt als:</translation>
    </message>
    <message>
        <source>Sets: </source>
        <translation>Sätze: </translation>
    </message>
    <message>
        <source>Repetitions: </source>
        <translation>Wiederholungen: </translation>
    </message>
    <message>
        <source>Hold: </source>
        <translation>Haltedauer: </translation>
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
        <translation>Pro Seite</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Menge:</translation>
    </message>
    <message>
        <source>Times a day: </source>
        <translation>Mal pro Tag: </translation>
    </message>
    <message>
        <source>Days a week: </source>
        <translation>Tage pro Woche: </translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>Wie oft:</translation>
    </message>
    <message>
        <source>One step or cue per line, in short sentences addressed to the patient.</source>
        <translation>Ein Schritt oder eine Anweisung pro Zeile, in kurzen Sätzen, die sich an den Patienten richten.</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>Sc&amp;hritte:</translation>
    </message>
    <message>
        <source>You should &amp;feel:</source>
        <translation>Das sollten Sie &amp;spüren:</translation>
    </message>
    <message>
        <source>S&amp;top if:</source>
        <translation>&amp;Aufhören, wenn:</translation>
    </message>
    <message>
        <source>ids of easier exercises, e.g. modified_plank</source>
        <translation>IDs leichterer Übungen, z. B. modified_plank</translation>
    </message>
    <message>
        <source>&amp;Easier:</source>
        <translation>&amp;Leichter:</translation>
    </message>
    <message>
        <source>ids of harder exercises, e.g. plank</source>
        <translation>IDs schwererer Übungen, z. B. plank</translation>
    </message>
    <message>
        <source>&amp;Harder:</source>
        <translation>Sch&amp;werer:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>The safety rules use these to warn about exercises that do not suit a patient&apos;s conditions.</source>
        <translation>Die Sicherheitsregeln nutzen diese Angaben, um vor Übungen zu warnen, die nicht zu den Diagnosen eines Patienten passen.</translation>
    </message>
    <message>
        <source>Spinal movement:</source>
        <translation>Wirbelsäulenbewegung:</translation>
    </message>
    <message>
        <source>Goes to the end of the range</source>
        <translation>Geht bis zum Bewegungsende</translation>
    </message>
    <message>
        <source>Spinal &amp;load:</source>
        <translation>Wirbelsäulen&amp;belastung:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Stoßbelastung:</translation>
    </message>
    <message>
        <source>&amp;Balance demand:</source>
        <translation>&amp;Gleichgewichtsanforderung:</translation>
    </message>
    <message>
        <source>Against external resistance (weights, band)</source>
        <translation>Gegen äußeren Widerstand (Gewichte, Band)</translation>
    </message>
    <message>
        <source>Hands or load go overhead</source>
        <translation>Hände oder Last gehen über Kopf</translation>
    </message>
    <message>
        <source>Lifts a load from the floor</source>
        <translation>Hebt eine Last vom Boden</translation>
    </message>
    <message>
        <source>Holds: </source>
        <translation>Halten: </translation>
    </message>
    <message>
        <source>Its texts become your clinic&apos;s own: shown and printed as you write them here, whatever the language.</source>
        <translation>Die Texte werden zu den eigenen Texten Ihrer Praxis: Sie werden so angezeigt und gedruckt, wie Sie sie hier schreiben, in jeder Sprache.</translation>
    </message>
    <message>
        <source>Doses that fit:</source>
        <translation>Passende Dosierungen:</translation>
    </message>
    <message>
        <source>The default dose is of this kind.</source>
        <translation>Die Standarddosierung ist von dieser Art.</translation>
    </message>
</context>
<context>
    <name>gradus::ExerciseLibraryView</name>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Ausgemusterte anzeigen</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Show the exercises as pictures</source>
        <translation>Die Übungen als Bilder anzeigen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show the exercises as a table of their properties</source>
        <translation>Die Übungen als Tabelle ihrer Eigenschaften anzeigen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Jede Ausgangsstellung</translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation>Alle Hilfsmittel</translation>
    </message>
    <message>
        <source>Nothing needed</source>
        <translation>Ohne Hilfsmittel</translation>
    </message>
    <message>
        <source>Uses: %1</source>
        <translation>Mit: %1</translation>
    </message>
    <message>
        <source>Any spinal load</source>
        <translation>Jede Wirbelsäulenbelastung</translation>
    </message>
    <message>
        <source>Low spinal load</source>
        <translation>Geringe Wirbelsäulenbelastung</translation>
    </message>
    <message>
        <source>Low or moderate load</source>
        <translation>Geringe oder mittlere Belastung</translation>
    </message>
    <message>
        <source>Any impact</source>
        <translation>Jede Stoßbelastung</translation>
    </message>
    <message>
        <source>No impact</source>
        <translation>Keine Stoßbelastung</translation>
    </message>
    <message>
        <source>No or low impact</source>
        <translation>Keine oder geringe Stoßbelastung</translation>
    </message>
    <message>
        <source>Exercise actions</source>
        <translation>Übungsaktionen</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Make a new exercise of your own</source>
        <translation>Eine eigene neue Übung anlegen</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplizieren…</translation>
    </message>
    <message>
        <source>Make your own copy of this exercise and change it</source>
        <translation>Eine eigene Kopie dieser Übung anlegen und ändern</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change this exercise</source>
        <translation>Diese Übung ändern</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>Bild…</translation>
    </message>
    <message>
        <source>Use your own photo or picture for this exercise</source>
        <translation>Ein eigenes Foto oder Bild für diese Übung verwenden</translation>
    </message>
    <message>
        <source>Remove Picture</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <source>Go back to the drawing</source>
        <translation>Zurück zur Zeichnung</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Ausmustern</translation>
    </message>
    <message>
        <source>Hide from new programmes; programmes that use it keep it</source>
        <translation>Für neue Programme ausblenden; Programme, die sie verwenden, behalten sie</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>New exercise &quot;%1&quot;</source>
        <translation>Neue Übung „%1“</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate &quot;%1&quot;</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <source>Choose a Picture</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <source>%1 could not be read as a picture: %2</source>
        <translation>%1 konnte nicht als Bild gelesen werden: %2</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation>Übungsbibliothek</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Ausgangsstellung</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Stoßbelastung</translation>
    </message>
    <message>
        <source>Your changes were not saved; the exercise keeps the other desk&apos;s version. Cancel to close this window.</source>
        <translation>Ihre Änderungen wurden nicht gespeichert; die Übung behält die Version des anderen Arbeitsplatzes. Klicken Sie auf „Abbrechen“, um dieses Fenster zu schließen.</translation>
    </message>
</context>
<context>
    <name>gradus::ExerciseListModel</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <source>Clinic&apos;s own</source>
        <translation>Praxiseigen</translation>
    </message>
    <message>
        <source>Built-in, edited</source>
        <translation>Mitgeliefert, bearbeitet</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Ausgangsstellung</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <source>Spinal load</source>
        <translation>Wirbelsäulenbelastung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Stoßbelastung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The exercise library could not be read, so no exercises are listed. Cause: %1</source>
        <translation>Die Übungsbibliothek konnte nicht gelesen werden, daher werden keine Übungen aufgeführt. Ursache: %1</translation>
    </message>
</context>
<context>
    <name>gradus::ExercisePictureWidget</name>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
</context>
<context>
    <name>gradus::ExportFileDialog</name>
    <message>
        <source>Save &amp;to:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or choose it with Browse… to replace it.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder wählen Sie die Datei über „Durchsuchen…“ aus, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Saved to %1. The file holds patient data: keep it safe.</source>
        <translation>Gespeichert unter %1. Die Datei enthält Patientendaten: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>%1: there is no translation for &quot;%2&quot; yet</source>
        <translation>%1: Für „%2“ gibt es noch keine Übersetzung</translation>
    </message>
    <message>
        <source>%1: the patient has no preferred language recorded</source>
        <translation>%1: Für den Patienten ist keine bevorzugte Sprache erfasst</translation>
    </message>
    <message>
        <source>%1, the patient&apos;s preferred language</source>
        <translation>%1, die bevorzugte Sprache des Patienten</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>gradus::FhirExportDialog</name>
    <message>
        <source>Export Patient Record (FHIR)</source>
        <translation>Patientenakte exportieren (FHIR)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR-JSON (*.json)</translation>
    </message>
    <message>
        <source>A FHIR R4 file (JSON) that GP and hospital systems can read: the patient&apos;s details, conditions, pain and activity at each visit, questionnaire scores with answers by item number, and the active exercise programme.</source>
        <translation>Eine FHIR-R4-Datei (JSON), die Systeme von Arztpraxen und Krankenhäusern lesen können: die Daten des Patienten, Diagnosen, Schmerz und Aktivität bei jedem Termin, Fragebogen-Scores mit den Antworten nach Item-Nummer und das aktive Übungsprogramm.</translation>
    </message>
    <message>
        <source>Named as the author of the record in the file</source>
        <translation>Wird in der Datei als Autor/in der Akte genannt</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient/in:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor/in:</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, geb. %2</translation>
    </message>
    <message>
        <source>%1, born %2, clinic no. %3</source>
        <translation>%1, geb. %2, Pat.-Nr. %3</translation>
    </message>
    <message>
        <source>Conditions: %1   Visits: %2   Questionnaires: %3   Active programmes: %4</source>
        <translation>Diagnosen: %1   Termine: %2   Fragebögen: %3   Aktive Programme: %4</translation>
    </message>
    <message>
        <source>Texts in:</source>
        <translation>Texte in:</translation>
    </message>
</context>
<context>
    <name>gradus::HandoutDialog</name>
    <message>
        <source>Handout for %1</source>
        <translation>Übungsblatt für %1</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient/in:</translation>
    </message>
    <message>
        <source>Exercises:</source>
        <translation>Übungen:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>The handout cannot be checked for safety.</source>
        <translation>Das Übungsblatt kann nicht auf Sicherheit geprüft werden.</translation>
    </message>
    <message>
        <source>This handout cannot be printed: %1</source>
        <translation>Dieses Übungsblatt kann nicht gedruckt werden: %1</translation>
    </message>
    <message>
        <source>Handout %1</source>
        <translation>Übungsblatt %1</translation>
    </message>
    <message>
        <source>Handout %1 %2.pdf</source>
        <translation>Übungsblatt %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Übungsblatt als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>The language the patient reads: the patient&apos;s preferred language unless you choose another. Exercises your clinic wrote or edited are printed as written.</source>
        <translation>Die Sprache, die der Patient liest: seine bevorzugte Sprache, sofern Sie keine andere wählen. Übungen, die Ihre Praxis geschrieben oder bearbeitet hat, werden so gedruckt, wie sie geschrieben sind.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Saving the handout…</source>
        <translation>Das Übungsblatt wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>gradus::ImportProgrammeDialog</name>
    <message>
        <source>Import Programme</source>
        <translation>Programm importieren</translation>
    </message>
    <message>
        <source>A programme file from another clinic or desk (exported with Gradus). The whole file is checked before anything is saved.</source>
        <translation>Eine Programmdatei aus einer anderen Praxis oder von einem anderen Arbeitsplatz (mit Gradus exportiert). Die ganze Datei wird geprüft, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>Choose a programme file</source>
        <translation>Wählen Sie eine Programmdatei</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;auswählen…</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>A draft programme for a patient (open a patient first)</source>
        <translation>Programmentwurf für einen Patienten (zuerst einen Patienten öffnen)</translation>
    </message>
    <message>
        <source>A draft programme for %1</source>
        <translation>Programmentwurf für %1</translation>
    </message>
    <message>
        <source>A clinic template</source>
        <translation>Praxisvorlage</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Gradus programme (*.json);;All files (*)</source>
        <translation>Gradus-Programm (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Programm: %1</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Written by %1 on %2</source>
        <translation>Erstellt von %1 am %2</translation>
    </message>
    <message>
        <source>The clinic&apos;s own exercises in the file (added if this clinic does not have them): %1</source>
        <translation>Praxiseigene Übungen in der Datei (werden hinzugefügt, wenn diese Praxis sie nicht hat): %1</translation>
    </message>
    <message>
        <source>Imported as a draft programme with one exercise.</source>
        <translation>Als Programmentwurf mit einer Übung importiert.</translation>
    </message>
    <message>
        <source>Imported as a draft programme with %1 exercises.</source>
        <translation>Als Programmentwurf mit %1 Übungen importiert.</translation>
    </message>
    <message>
        <source>Check it in the Programme tab, then activate it to give it to the patient.</source>
        <translation>Prüfen Sie ihn im Tab „Programm“ und aktivieren Sie ihn dann, um ihn an den Patienten auszugeben.</translation>
    </message>
    <message>
        <source>Imported as the clinic template &quot;%1&quot;.</source>
        <translation>Als Praxisvorlage „%1“ importiert.</translation>
    </message>
    <message>
        <source>Added to your exercise library: %1</source>
        <translation>Zu Ihrer Übungsbibliothek hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Already in your library (yours is kept): %1</source>
        <translation>Bereits in Ihrer Bibliothek (Ihre Version bleibt erhalten): %1</translation>
    </message>
    <message>
        <source>Safety check for this patient: nothing to avoid or to use with caution.</source>
        <translation>Sicherheitsprüfung für diesen Patienten: nichts zu vermeiden oder mit Vorsicht einzusetzen.</translation>
    </message>
    <message>
        <source>Safety check for this patient: one exercise to avoid or use with caution (below).</source>
        <translation>Sicherheitsprüfung für diesen Patienten: eine Übung zu vermeiden oder mit Vorsicht einzusetzen (siehe unten).</translation>
    </message>
    <message>
        <source>Safety check for this patient: %1 exercises to avoid or use with caution (below).</source>
        <translation>Sicherheitsprüfung für diesen Patienten: %1 Übungen zu vermeiden oder mit Vorsicht einzusetzen (siehe unten).</translation>
    </message>
    <message>
        <source>Programme file</source>
        <translation>Programmdatei</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
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
    <name>gradus::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>Start an empty database in a new file</source>
        <translation>Eine leere Datenbank in einer neuen Datei beginnen</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open another database file or the clinic&apos;s server</source>
        <translation>Eine andere Datenbankdatei oder den Server der Praxis öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>Datenbank &amp;sichern…</translation>
    </message>
    <message>
        <source>Save a complete copy of the database to a file</source>
        <translation>Eine vollständige Kopie der Datenbank in einer Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Print Handout…</source>
        <translation>Übungsblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the handout of the programme shown on the Programme tab</source>
        <translation>Das Übungsblatt des Programms drucken, das im Reiter „Programm“ angezeigt wird</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>See the handout&apos;s pages before printing</source>
        <translation>Die Seiten des Übungsblatts vor dem Drucken ansehen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Gradus</source>
        <translation>Gradus schließen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No Recent Databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The clinic&apos;s details, handout and pacing defaults, and this desk&apos;s clinician</source>
        <translation>Die Praxisdaten, Standardwerte für Übungsblätter und Pacing sowie die Therapeutin oder der Therapeut an diesem Arbeitsplatz</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>&amp;Statusleiste</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>How to use Gradus, step by step</source>
        <translation>Gradus Schritt für Schritt verwenden</translation>
    </message>
    <message>
        <source>&amp;About Gradus</source>
        <translation>&amp;Über Gradus</translation>
    </message>
    <message>
        <source>Version, licence and database</source>
        <translation>Version, Lizenz und Datenbank</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt toolkit Gradus is built with</source>
        <translation>Das Qt-Toolkit, mit dem Gradus erstellt ist</translation>
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
        <translation>&amp;Termine &amp;&amp; Assessments</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>&amp;Red flags</source>
        <translation>&amp;Warnzeichen</translation>
    </message>
    <message>
        <source>P&amp;acing</source>
        <translation>Pa&amp;cing</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>Schemaversion %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Hi&amp;storie</translation>
    </message>
    <message>
        <source>&amp;Navigation Bar</source>
        <translation>&amp;Navigationsleiste</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Patienten</translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation>&amp;Übungen</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <source>%1 – Gradus</source>
        <translation>%1 – Gradus</translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation>Übungsblatt drucken</translation>
    </message>
    <message>
        <source>Open a patient and the programme on the Programme tab; its handout is what is printed.</source>
        <translation>Öffnen Sie einen Patienten und das Programm im Reiter „Programm“; dessen Übungsblatt wird gedruckt.</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Open a patient and the programme on the Programme tab; its handout is what is shown.</source>
        <translation>Öffnen Sie einen Patienten und das Programm im Reiter „Programm“; dessen Übungsblatt wird angezeigt.</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>Cannot Undo or Redo</source>
        <translation>Rückgängig oder Wiederholen nicht möglich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be undone or redone: %2

It has been taken out of the undo history.</source>
        <translation>„%1“ konnte nicht rückgängig gemacht oder wiederholt werden: %2

Der Schritt wurde aus dem Verlauf für „Rückgängig“ entfernt.</translation>
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
    <name>gradus::MeasureDialog</name>
    <message>
        <source>Record Outcome Measure</source>
        <translation>Assessment erfassen</translation>
    </message>
    <message>
        <source>Amend Outcome Measure</source>
        <translation>Assessment korrigieren</translation>
    </message>
    <message>
        <source>Not at a visit</source>
        <translation>Nicht bei einem Termin</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <source>At &amp;visit:</source>
        <translation>Beim &amp;Termin:</translation>
    </message>
    <message>
        <source>&amp;Date taken:</source>
        <translation>&amp;Datum der Erhebung:</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation>Erfasst &amp;von:</translation>
    </message>
    <message>
        <source>Amended &amp;by:</source>
        <translation>Korrigiert &amp;von:</translation>
    </message>
    <message>
        <source>Why the measure is corrected</source>
        <translation>Warum das Assessment korrigiert wird</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Save Measure</source>
        <translation>Assessment speichern</translation>
    </message>
    <message>
        <source>Save Amendment</source>
        <translation>Korrektur speichern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name activity %1 in the patient&apos;s words.</source>
        <translation>Benennen Sie Aktivität %1 mit den Worten des Patienten.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>Das Datum %1 liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Say who is recording the measure.</source>
        <translation>Geben Sie an, wer das Assessment erfasst.</translation>
    </message>
    <message>
        <source>Say why the measure is amended.</source>
        <translation>Geben Sie an, warum das Assessment korrigiert wird.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
</context>
<context>
    <name>gradus::MeasureForm</name>
    <message>
        <source>Enter the score of the statement ticked in each section: the first statement scores 0, the last 5. If two are ticked, enter the higher. Leave a section unanswered if the patient skipped it. The ODI wording is licensed and not shipped with Gradus; use the clinic&apos;s form.</source>
        <translation>Geben Sie für jeden Abschnitt den Wert der angekreuzten Aussage ein: Die erste Aussage zählt 0, die letzte 5. Sind zwei angekreuzt, geben Sie den höheren Wert ein. Lassen Sie einen Abschnitt unbeantwortet, wenn der Patient ihn ausgelassen hat. Der ODI-Wortlaut ist lizenziert und nicht in Gradus enthalten; verwenden Sie das Formular der Praxis.</translation>
    </message>
    <message>
        <source>Tick each statement the patient ticked today.</source>
        <translation>Kreuzen Sie jede Aussage an, die der Patient heute angekreuzt hat.</translation>
    </message>
    <message>
        <source>Record the patient&apos;s answer to each item of the clinic&apos;s STarT Back form (© Keele University; the wording is not shipped). Items 1-8: agree or disagree. Item 9: how bothersome, 1-5.</source>
        <translation>Erfassen Sie die Antwort des Patienten auf jedes Item des STarT-Back-Formulars der Praxis (© Keele University; der Wortlaut ist nicht enthalten). Items 1-8: Zustimmung oder Ablehnung. Item 9: wie belastend, 1-5.</translation>
    </message>
    <message>
        <source>Re-rate the activities named at the start of this episode: 0 = unable to do, 10 = able to do as before the problem.</source>
        <translation>Bewerten Sie die zu Beginn dieser Episode benannten Aktivitäten erneut: 0 = nicht möglich, 10 = möglich wie vor dem Problem.</translation>
    </message>
    <message>
        <source>Ask the patient for 3 to 5 activities they find hard because of the problem, in their words, and to rate each: 0 = unable to do, 10 = able to do as before. Later visits re-rate the same activities.</source>
        <translation>Bitten Sie den Patienten um 3 bis 5 Aktivitäten, die ihm wegen des Problems schwerfallen, in seinen eigenen Worten, und lassen Sie jede bewerten: 0 = nicht möglich, 10 = möglich wie vorher. Spätere Termine bewerten dieselben Aktivitäten erneut.</translation>
    </message>
    <message>
        <source>Record the answer to each item of the clinic&apos;s TSK-17 form (1 strongly disagree – 4 strongly agree). Items 4, 8, 12 and 16 are reversed in the score automatically.</source>
        <translation>Erfassen Sie die Antwort auf jedes Item des TSK-17-Formulars der Praxis (1 stimme überhaupt nicht zu – 4 stimme völlig zu). Die Items 4, 8, 12 und 16 werden bei der Auswertung automatisch umgepolt.</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>strongly disagree</source>
        <translation>stimme überhaupt nicht zu</translation>
    </message>
    <message>
        <source>disagree</source>
        <translation>stimme nicht zu</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>stimme zu</translation>
    </message>
    <message>
        <source>strongly agree</source>
        <translation>stimme völlig zu</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source> (reversed)</source>
        <translation> (umgepolt)</translation>
    </message>
    <message>
        <source>Item %1: agree</source>
        <translation>Item %1: stimme zu</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>überhaupt nicht</translation>
    </message>
    <message>
        <source>slightly</source>
        <translation>ein wenig</translation>
    </message>
    <message>
        <source>moderately</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>very much</source>
        <translation>sehr</translation>
    </message>
    <message>
        <source>extremely</source>
        <translation>extrem</translation>
    </message>
    <message>
        <source>Item 9 (bothersomeness)</source>
        <translation>Item 9 (wie belastend)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Rating (0-10)</source>
        <translation>Bewertung (0-10)</translation>
    </message>
    <message>
        <source>Add Activity</source>
        <translation>Aktivität hinzufügen</translation>
    </message>
    <message>
        <source>Activity %1, in the patient&apos;s words</source>
        <translation>Aktivität %1, in den Worten des Patienten</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Aktivität %1</translation>
    </message>
    <message>
        <source>Rating of activity %1 (0 = unable, 10 = as before)</source>
        <translation>Bewertung der Aktivität %1 (0 = nicht möglich, 10 = wie vorher)</translation>
    </message>
</context>
<context>
    <name>gradus::MeasureTableModel</name>
    <message>
        <source>Answers by item: %1</source>
        <translation>Antworten nach Item: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band or group</source>
        <translation>Kategorie oder Gruppe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>gradus::OpenDatabaseDialog</name>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>A database &amp;file on this computer</source>
        <translation>Eine Datenbankdatei auf diesem &amp;Computer</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>/home/…/clinic.sqlite</source>
        <translation>/home/…/clinic.sqlite</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>The clinic&apos;s &amp;server</source>
        <translation>Der &amp;Server der Praxis</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>A password can be part of the address or in ~/.pgpass; recent databases are remembered without it.</source>
        <translation>Ein Passwort kann Teil der Adresse sein oder in ~/.pgpass stehen; zuletzt geöffnete Datenbanken werden ohne Passwort gespeichert.</translation>
    </message>
    <message>
        <source>Gradus database (*.sqlite *.db);;All files (*)</source>
        <translation>Gradus-Datenbank (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Give the database file.</source>
        <translation>Geben Sie die Datenbankdatei an.</translation>
    </message>
    <message>
        <source>Give the server&apos;s address.</source>
        <translation>Geben Sie die Adresse des Servers an.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>A server address starts with postgresql://, for example postgresql://gradus@clinic-server:5432/gradus.</source>
        <translation>Eine Serveradresse beginnt mit postgresql://, zum Beispiel postgresql://gradus@clinic-server:5432/gradus.</translation>
    </message>
</context>
<context>
    <name>gradus::OutcomesExportDialog</name>
    <message>
        <source>Export Outcomes</source>
        <translation>Verlaufswerte exportieren</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>A table (CSV, for a spreadsheet or statistics program) of every patient&apos;s pain, activity and questionnaire scores, one row per value. It has record numbers but no names, notes or birth dates.</source>
        <translation>Eine Tabelle (CSV, für eine Tabellenkalkulation oder ein Statistikprogramm) mit den Schmerz-, Aktivitäts- und Fragebogen-Scores aller Patienten, eine Zeile pro Wert. Sie enthält Datensatznummern, aber keine Namen, Notizen oder Geburtsdaten.</translation>
    </message>
    <message>
        <source>&amp;De-identify for research</source>
        <translation>Für die &amp;Forschung de-identifizieren</translation>
    </message>
    <message>
        <source>Each patient becomes a study number with an age band; every date moves by a secret number of days per patient (intervals stay true); record numbers and the activity names patients gave are left out.</source>
        <translation>Jeder Patient wird zu einer Studiennummer mit Altersgruppe; jedes Datum wird pro Patient um eine geheime Anzahl von Tagen verschoben (die Abstände bleiben erhalten); Datensatznummern und die von Patienten angegebenen Aktivitätsnamen werden weggelassen.</translation>
    </message>
</context>
<context>
    <name>gradus::PacingPlanDialog</name>
    <message>
        <source>New Graded Activity Plan</source>
        <translation>Neuer Graded-Activity-Plan</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: measure how much the patient can do before pain rises, about three times, then set the goal. The plan starts below the measured tolerance and adds the same amount every week, whether or not there is pain (time-contingent).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Messen Sie etwa dreimal, wie viel der Patient schafft, bevor der Schmerz zunimmt, und legen Sie dann das Ziel fest. Der Plan beginnt unterhalb der gemessenen Toleranz und steigert jede Woche um denselben Betrag, unabhängig davon, ob Schmerz auftritt (zeitkontingent).</translation>
    </message>
    <message>
        <source>e.g. 10, 12, 11</source>
        <translation>z. B. 10, 12, 11</translation>
    </message>
    <message>
        <source>Tolerance attempts (%1):</source>
        <translation>Toleranzversuche (%1):</translation>
    </message>
    <message>
        <source>Daily goal:</source>
        <translation>Tagesziel:</translation>
    </message>
    <message>
        <source> % of mean tolerance</source>
        <translation> % der mittleren Toleranz</translation>
    </message>
    <message>
        <source>Start at:</source>
        <translation>Beginn bei:</translation>
    </message>
    <message>
        <source> % of the start, each week</source>
        <translation> % des Ausgangswerts pro Woche</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Steigerung:</translation>
    </message>
    <message>
        <source>Bouts a day:</source>
        <translation>Durchgänge pro Tag:</translation>
    </message>
    <message>
        <source>Week 1 starts:</source>
        <translation>Woche 1 beginnt am:</translation>
    </message>
    <message>
        <source>Create Plan</source>
        <translation>Plan erstellen</translation>
    </message>
    <message>
        <source>The plan reaches the goal in its first week.</source>
        <translation>Der Plan erreicht das Ziel in der ersten Woche.</translation>
    </message>
    <message>
        <source>The plan reaches the goal in week %1.</source>
        <translation>Der Plan erreicht das Ziel in Woche %1.</translation>
    </message>
    <message>
        <source>The programme&apos;s dose of %1 already matches week 1: %2.</source>
        <translation>Die Dosierung von %1 im Programm entspricht bereits Woche 1: %2.</translation>
    </message>
    <message>
        <source>Saving also changes the programme&apos;s dose of %1 from %2 to %3 (week 1).</source>
        <translation>Beim Speichern ändert sich auch die Dosierung von %1 im Programm von %2 auf %3 (Woche 1).</translation>
    </message>
</context>
<context>
    <name>gradus::PacingPrescriptionModel</name>
    <message>
        <source>No plan</source>
        <translation>Kein Plan</translation>
    </message>
    <message>
        <source>Week %1 of %2: %3 a day</source>
        <translation>Woche %1 von %2: %3 pro Tag</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Dose in the programme</source>
        <translation>Dosierung im Programm</translation>
    </message>
    <message>
        <source>Graded activity plan</source>
        <translation>Graded-Activity-Plan</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation>Der Plan konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>gradus::PacingReviewDialog</name>
    <message>
        <source>Pacing Review</source>
        <translation>Pacing-Überprüfung</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the visit is saved. For each graded activity plan, this is what the visits recorded since its last review suggest. You decide: accept the proposal, or override it with a reason. A change of dose becomes a new version of the programme.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Der Termin ist gespeichert. Für jeden Graded-Activity-Plan sehen Sie, was die seit seiner letzten Überprüfung erfassten Termine nahelegen. Sie entscheiden: Vorschlag annehmen oder mit Begründung übersteuern. Eine Dosierungsänderung wird zu einer neuen Version des Programms.</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: week %2 of the plan, %3 a day</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Woche %2 des Plans, %3 pro Tag</translation>
    </message>
    <message>
        <source>No visit has been recorded since the last decision on this plan.</source>
        <translation>Seit der letzten Entscheidung zu diesem Plan wurde kein Termin erfasst.</translation>
    </message>
    <message>
        <source>Based on the visit of %1, the first since the last decision.</source>
        <translation>Auf Grundlage des Termins vom %1, des ersten seit der letzten Entscheidung.</translation>
    </message>
    <message numerus="yes">
        <source>Based on the %1 visits since the last decision: %2.</source>
        <translation>
            <numerusform>Auf Grundlage des %1 Termins seit der letzten Entscheidung: %2.</numerusform>
            <numerusform>Auf Grundlage der %1 Termine seit der letzten Entscheidung: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation>Gespeichert. %1</translation>
    </message>
</context>
<context>
    <name>gradus::PacingScheduleChart</name>
    <message>
        <source>Planned daily quota</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Daily quota (%1)</source>
        <translation>Tagespensum (%1)</translation>
    </message>
    <message>
        <source>Daily quota</source>
        <translation>Tagespensum</translation>
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
        <translation>Woche %1: %2 pro Tag</translation>
    </message>
    <message>
        <source> (+%1)</source>
        <translation> (+%1)</translation>
    </message>
    <message>
        <source>; the goal</source>
        <translation>; das Ziel</translation>
    </message>
    <message>
        <source>; done: %1</source>
        <translation>; erledigt: %1</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Daily quota</source>
        <translation>Tagespensum</translation>
    </message>
    <message>
        <source>Bouts</source>
        <translation>Durchgänge</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>gradus::PacingScheduleView</name>
    <message>
        <source>No graded activity plan yet: measure tolerance over a few attempts and set a goal to see the weeks here.</source>
        <translation>Noch kein Graded-Activity-Plan: Messen Sie die Toleranz in einigen Versuchen und legen Sie ein Ziel fest, um hier die Wochen zu sehen.</translation>
    </message>
    <message>
        <source>Graded activity plan: %1 a day, the goal, from week 1</source>
        <translation>Graded-Activity-Plan: %1 pro Tag, das Ziel, ab Woche 1</translation>
    </message>
    <message>
        <source>Graded activity plan: %1 to %2 a day in %3 weeks</source>
        <translation>Graded-Activity-Plan: %1 bis %2 pro Tag in %3 Wochen</translation>
    </message>
</context>
<context>
    <name>gradus::PacingTab</name>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Neuer Plan…</translation>
    </message>
    <message>
        <source>Make a graded activity plan for the selected exercise from the patient&apos;s measured tolerance</source>
        <translation>Einen Graded-Activity-Plan für die ausgewählte Übung anhand der gemessenen Toleranz des Patienten erstellen</translation>
    </message>
    <message>
        <source>No programme yet. Build one on the Programme tab; then its exercises can be given a graded activity plan here.</source>
        <translation>Noch kein Programm. Erstellen Sie eines im Tab „Programm“; dann können seine Übungen hier einen Graded-Activity-Plan erhalten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, version %2 (%3). Select an exercise to see its plan, or give a walking, timed or counted exercise a plan with &lt;i&gt;New Plan…&lt;/i&gt;. Reviews are proposed when a visit is recorded.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, Version %2 (%3). Wählen Sie eine Übung, um ihren Plan zu sehen, oder geben Sie einer Geh-, Zeit- oder Zählübung mit &lt;i&gt;Neuer Plan…&lt;/i&gt; einen Plan. Überprüfungen werden vorgeschlagen, wenn ein Termin erfasst wird.</translation>
    </message>
    <message>
        <source>given to the patient</source>
        <translation>an den Patienten ausgegeben</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <source>%1 has no graded activity plan.</source>
        <translation>%1 hat keinen Graded-Activity-Plan.</translation>
    </message>
    <message>
        <source>%1 has no plan; only doses counted in minutes, repetitions, holds or metres can be graded.</source>
        <translation>%1 hat keinen Plan; nur Dosierungen in Minuten, Wiederholungen, Halten oder Metern können abgestuft werden.</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>kein Pensum</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; to %3, as proposed</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;: %3, wie vorgeschlagen</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; to %3 instead of the proposed %4. Reason: %5</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;: %3 statt des vorgeschlagenen „%4“. Begründung: %5</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>… and %1 earlier (all are kept).</source>
        <translation>… und %1 frühere (alle bleiben erhalten).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now:&lt;/b&gt; week %1 of the plan, %2 a day.</source>
        <translation>&lt;b&gt;Jetzt:&lt;/b&gt; Woche %1 des Plans, %2 pro Tag.</translation>
    </message>
    <message>
        <source> By the dates in the table it would be week %1, but the plan moves on only when a review finds the step tolerated: the step counts, the dates are a guide.</source>
        <translation> Nach den Daten in der Tabelle wäre es Woche %1, aber der Plan geht erst weiter, wenn eine Überprüfung die Stufe als toleriert bewertet: Die Stufe zählt, die Daten sind eine Orientierung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review decisions&lt;/b&gt;&lt;br&gt;None yet: the first review is proposed when the next visit is recorded.</source>
        <translation>&lt;b&gt;Überprüfungsentscheidungen&lt;/b&gt;&lt;br&gt;Noch keine: Die erste Überprüfung wird vorgeschlagen, wenn der nächste Termin erfasst wird.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review decisions&lt;/b&gt;, newest first&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Überprüfungsentscheidungen&lt;/b&gt;, neueste zuerst&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Select an exercise first.</source>
        <translation>Wählen Sie zuerst eine Übung aus.</translation>
    </message>
    <message>
        <source>Plan Not Saved</source>
        <translation>Plan nicht gespeichert</translation>
    </message>
    <message>
        <source>Graded activity plan saved. %1</source>
        <translation>Graded-Activity-Plan gespeichert. %1</translation>
    </message>
    <message>
        <source>Graded activity plans</source>
        <translation>Graded-Activity-Pläne</translation>
    </message>
    <message>
        <source>&lt;b&gt;The patient&apos;s programme could not be read&lt;/b&gt;, so its exercises and plans are not shown here. Cause: %1</source>
        <translation>&lt;b&gt;Das Programm des Patienten konnte nicht gelesen werden&lt;/b&gt;, daher werden seine Übungen und Pläne hier nicht angezeigt. Ursache: %1</translation>
    </message>
    <message>
        <source>The plan could not be read, so its weeks cannot be shown.</source>
        <translation>Der Plan konnte nicht gelesen werden, daher können seine Wochen nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The graded activity plan of %1 could not be read&lt;/b&gt;, so whether it has one is not known. New Plan is unavailable until it can be read. Cause: %2</source>
        <translation>&lt;b&gt;Der Plan zur graduierten Aktivität für %1 konnte nicht gelesen werden&lt;/b&gt;, daher ist nicht bekannt, ob es einen gibt. „Neuer Plan“ ist nicht verfügbar, bis er gelesen werden kann. Ursache: %2</translation>
    </message>
    <message>
        <source>The weeks of this plan cannot be worked out: %1</source>
        <translation>Die Wochen dieses Plans lassen sich nicht berechnen: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;&lt;b&gt;What was done could not be read&lt;/b&gt;, so the Done column and the chart show nothing done. Cause: %1</source>
        <translation>&lt;br&gt;&lt;br&gt;&lt;b&gt;Das Erledigte konnte nicht gelesen werden&lt;/b&gt;, daher zeigen die Spalte „Erledigt“ und das Diagramm nichts Erledigtes. Ursache: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review decisions could not be read&lt;/b&gt;, so how the plan came to its current step is not shown. Cause: %1</source>
        <translation>&lt;b&gt;Die Überprüfungsentscheidungen konnten nicht gelesen werden&lt;/b&gt;, daher wird nicht gezeigt, wie der Plan zu seiner aktuellen Stufe kam. Ursache: %1</translation>
    </message>
</context>
<context>
    <name>gradus::PatientDetailsTab</name>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Clinic number</source>
        <translation>Patientennummer</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Überwiesen von</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (Alter %2)</translation>
    </message>
    <message>
        <source>Created %1
Last changed %2</source>
        <translation>Angelegt am %1
Zuletzt geändert am %2</translation>
    </message>
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
        <source>New Patient</source>
        <translation>Patient/in anlegen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>&amp;Given name *</source>
        <translation>&amp;Vorname *</translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation>&amp;Nachname *</translation>
    </message>
    <message>
        <source>&amp;Preferred name</source>
        <translation>&amp;Rufname</translation>
    </message>
    <message>
        <source>&amp;Date of birth *</source>
        <translation>&amp;Geburtsdatum *</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>Ge&amp;schlecht</translation>
    </message>
    <message>
        <source>Clinic &amp;number</source>
        <translation>&amp;Patientennummer</translation>
    </message>
    <message>
        <source>Contact and referral</source>
        <translation>Kontakt und Überweisung</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>Über&amp;wiesen von</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* erforderlich</translation>
    </message>
    <message>
        <source>%1 — age %2</source>
        <translation>%1 — Alter %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; type it as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>&apos;%1&apos; ist kein Datum; geben Sie es als YYYY-MM-DD oder DD.MM.YYYY ein.</translation>
    </message>
    <message>
        <source>The clinic number %1 is already used by %2.</source>
        <translation>Die Patientennummer %1 wird bereits von %2 verwendet.</translation>
    </message>
    <message>
        <source>another patient</source>
        <translation>einem anderen Patienten</translation>
    </message>
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
    <name>gradus::PatientListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>Archived: hidden from the list unless &quot;Show archived&quot; is ticked.</source>
        <translation>Archiviert: in der Liste ausgeblendet, außer wenn „Archivierte anzeigen“ angehakt ist.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Clinic no.</source>
        <translation>Pat.-Nr.</translation>
    </message>
</context>
<context>
    <name>gradus::PatientProgressView</name>
    <message>
        <source>Record Visit…</source>
        <translation>Termin erfassen…</translation>
    </message>
    <message>
        <source>Record Measure…</source>
        <translation>Assessment erfassen…</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <source>Correct the selected visit or measure; the original is kept</source>
        <translation>Den ausgewählten Termin oder das ausgewählte Assessment korrigieren; das Original bleibt erhalten</translation>
    </message>
    <message>
        <source>Save Progress Report as PDF…</source>
        <translation>Verlaufsbericht als PDF speichern…</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Outcome Measures</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Show entries marked as entered in error</source>
        <translation>Als Fehleintrag markierte Einträge anzeigen</translation>
    </message>
    <message>
        <source>History of the selected entry</source>
        <translation>Verlauf des ausgewählten Eintrags</translation>
    </message>
    <message>
        <source>Change since the first visit</source>
        <translation>Veränderung seit dem ersten Termin</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, geb. %2</translation>
    </message>
    <message>
        <source>Patient %1 not found</source>
        <translation>Patient %1 nicht gefunden</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>Kein Patient ausgewählt</translation>
    </message>
    <message>
        <source>No visits recorded yet.</source>
        <translation>Noch keine Termine erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%1 visits from %2 to %3 · %4 outcome measures</source>
        <translation>
            <numerusform>%1 Termin vom %2 bis %3 · %4 Assessments</numerusform>
            <numerusform>%1 Termine vom %2 bis %3 · %4 Assessments</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a visit to see what was recorded, and every correction with who, when and why.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie einen Termin, um zu sehen, was erfasst wurde, und jede Korrektur mit Person, Zeitpunkt und Grund.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a measure to see its answers and history.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie ein Assessment, um seine Antworten und seinen Verlauf zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No patient is selected.</source>
        <translation>Es ist kein Patient ausgewählt.</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Visit Not Saved</source>
        <translation>Termin nicht gespeichert</translation>
    </message>
    <message>
        <source>Measure Not Saved</source>
        <translation>Assessment nicht gespeichert</translation>
    </message>
    <message>
        <source>Amendment Not Saved</source>
        <translation>Korrektur nicht gespeichert</translation>
    </message>
    <message>
        <source>Progress report %1 %2.pdf</source>
        <translation>Verlaufsbericht %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save Progress Report as PDF</source>
        <translation>Verlaufsbericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>Saving the progress report…</source>
        <translation>Der Verlaufsbericht wird gespeichert…</translation>
    </message>
    <message>
        <source>The visits and measures could not be read, so none are shown and there is nothing to compare. Cause: %1</source>
        <translation>Die Termine und Messungen konnten nicht gelesen werden; daher wird nichts angezeigt, und es gibt nichts zu vergleichen. Ursache: %1</translation>
    </message>
</context>
<context>
    <name>gradus::PatientView</name>
    <message>
        <source>Choose a patient from the list, or press Ctrl+N to add one.</source>
        <translation>Wählen Sie links einen Patienten aus oder legen Sie mit Strg+N einen neuen an.</translation>
    </message>
    <message>
        <source>ARCHIVED</source>
        <translation>ARCHIVIERT</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>Change this patient&apos;s details</source>
        <translation>Die Daten dieses Patienten ändern</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete this patient and all their records permanently</source>
        <translation>Diesen Patienten mit allen zugehörigen Daten endgültig löschen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Deta&amp;ils</translation>
    </message>
    <message>
        <source>E&amp;pisodes &amp;&amp; profile</source>
        <translation>&amp;Episoden &amp;&amp; Profil</translation>
    </message>
    <message>
        <source>%1 · onset %2 wk ago</source>
        <translation>%1 · Beginn vor %2 Wo.</translation>
    </message>
    <message>
        <source>No active conditions recorded.</source>
        <translation>Keine aktiven Diagnosen erfasst.</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>Alter %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geb. %1</translation>
    </message>
    <message>
        <source>clinic no. %1</source>
        <translation>Pat.-Nr. %1</translation>
    </message>
    <message>
        <source>given name %1</source>
        <translation>Vorname %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Archi&amp;vieren</translation>
    </message>
    <message>
        <source>Show this patient in the list again</source>
        <translation>Diesen Patienten wieder in der Liste anzeigen</translation>
    </message>
    <message>
        <source>Hide this patient from the list; nothing is deleted</source>
        <translation>Diesen Patienten in der Liste ausblenden; nichts wird gelöscht</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Archived %1. Undo with Ctrl+Z.</source>
        <translation>%1 archiviert. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted %1 permanently.</source>
        <translation>%1 endgültig gelöscht.</translation>
    </message>
    <message>
        <source>No open episode of care.</source>
        <translation>Keine offene Behandlungsepisode.</translation>
    </message>
    <message>
        <source>Your changes were not saved; the record keeps the other desk&apos;s version. Cancel to close this window.</source>
        <translation>Ihre Änderungen wurden nicht gespeichert; der Datensatz behält die Version des anderen Arbeitsplatzes. Klicken Sie auf „Abbrechen“, um dieses Fenster zu schließen.</translation>
    </message>
    <message>
        <source>Treat the patient&apos;s conditions as unknown. Cause: %1</source>
        <translation>Behandeln Sie die Diagnosen des Patienten als unbekannt. Ursache: %1</translation>
    </message>
    <message>
        <source>The episode of care could not be read.</source>
        <translation>Die Behandlungsepisode konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The conditions could not be read.</source>
        <translation>Die Diagnosen konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>gradus::PatientsPage</name>
    <message>
        <source>Find Patient</source>
        <translation>Patient/in suchen</translation>
    </message>
    <message>
        <source>New Patient…</source>
        <translation>Patient/in anlegen…</translation>
    </message>
    <message>
        <source>Search name, clinic no. or date of birth (Ctrl+F)</source>
        <translation>Name, Pat.-Nr. oder Geburtsdatum suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 listed</source>
        <translation>
            <numerusform>%1 angezeigt</numerusform>
            <numerusform>%1 angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No patients yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add your first patient, or create fictional demo patients to try Gradus.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Patienten&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Legen Sie Ihren ersten Patienten an oder erstellen Sie fiktive Demo-Patienten, um Gradus auszuprobieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add a Patient…</source>
        <translation>Patient/in hinzufügen…</translation>
    </message>
    <message>
        <source>Create Demo Patients…</source>
        <translation>Demo-Patienten anlegen…</translation>
    </message>
    <message>
        <source>&amp;New Patient…</source>
        <translation>Patient/in an&amp;legen…</translation>
    </message>
    <message>
        <source>Add a patient (Ctrl+N)</source>
        <translation>Patient/in hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 demo patients.</source>
        <translation>
            <numerusform>%1 Demo-Patient angelegt.</numerusform>
            <numerusform>%1 Demo-Patienten angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Patienten suchen</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>gradus::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Praxis</translation>
    </message>
    <message>
        <source>&amp;Handouts</source>
        <translation>Ü&amp;bungsblätter</translation>
    </message>
    <message>
        <source>&amp;Pacing &amp;&amp; Red Flags</source>
        <translation>Pa&amp;cing &amp;&amp; Warnzeichen</translation>
    </message>
    <message>
        <source>This &amp;Desk</source>
        <translation>Dieser &amp;Arbeitsplatz</translation>
    </message>
    <message>
        <source>Printed at the top of every handout. These settings are kept in the database, so every desk that uses it prints the same.</source>
        <translation>Wird oben auf jedem Übungsblatt gedruckt. Diese Einstellungen werden in der Datenbank gespeichert, daher drucken alle Arbeitsplätze, die sie verwenden, dasselbe.</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>Praxis&amp;name:</translation>
    </message>
    <message>
        <source>Riverside Physiotherapy</source>
        <translation>Physiotherapie am Fluss</translation>
    </message>
    <message>
        <source>12 Mill Lane
Exampleton EX1 2AB</source>
        <translation>Mühlenweg 12
12345 Musterstadt</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>01234 567890</source>
        <translation>01234 567890</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>desk@clinic.example</source>
        <translation>empfang@praxis.example</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>www.clinic.example</source>
        <translation>www.praxis.example</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <source>A PNG or SVG image of at most 1 MB; SVG prints sharpest</source>
        <translation>Ein PNG- oder SVG-Bild von höchstens 1 MB; SVG wird am schärfsten gedruckt</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Pap&amp;ierformat:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Handout &amp;language:</source>
        <translation>&amp;Sprache der Übungsblätter:</translation>
    </message>
    <message>
        <source>The language is used when a handout is made without choosing one. Where a translation is not available yet, the handout is printed in English and Gradus says so.</source>
        <translation>Die Sprache wird verwendet, wenn ein Übungsblatt ohne Sprachauswahl erstellt wird. Wo noch keine Übersetzung verfügbar ist, wird das Übungsblatt auf Englisch gedruckt, und Gradus weist darauf hin.</translation>
    </message>
    <message>
        <source>Conventions, not trial results: sources differ, and a clinic may choose its own. They apply to new plans and reviews at every desk; plans already made keep their numbers.</source>
        <translation>Konventionen, keine Studienergebnisse: Die Quellen unterscheiden sich, und eine Praxis kann eigene Werte wählen. Sie gelten für neue Pläne und Überprüfungen an allen Arbeitsplätzen; bereits erstellte Pläne behalten ihre Werte.</translation>
    </message>
    <message>
        <source>%1 to %2; Gradus suggests %3</source>
        <translation>%1 bis %2; Gradus schlägt %3 vor</translation>
    </message>
    <message>
        <source>Graded activity (pacing)</source>
        <translation>Graded Activity (Pacing)</translation>
    </message>
    <message>
        <source>Red-flag screen</source>
        <translation>Warnzeichen-Screening (Red Flags)</translation>
    </message>
    <message>
        <source>Restore &amp;Suggested Values</source>
        <translation>&amp;Vorschlagswerte wiederherstellen</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>I&amp;hr Name:</translation>
    </message>
    <message>
        <source>Recorded as who made an entry (visits, decisions, kept exercises) and printed on handouts as the patient&apos;s physiotherapist. It is kept on this computer for your account only; left empty, your account&apos;s name is used.</source>
        <translation>Wird erfasst als Person, die einen Eintrag vorgenommen hat (Termine, Entscheidungen, beibehaltene Übungen), und auf Übungsblättern als Physiotherapeut/in des Patienten gedruckt. Der Name wird nur für Ihr Benutzerkonto auf diesem Computer gespeichert; bleibt das Feld leer, wird der Name Ihres Kontos verwendet.</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Einstellungsdatei: %1</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Handouts are printed without a logo.</source>
        <translation>Übungsblätter werden ohne Logo gedruckt.</translation>
    </message>
    <message>
        <source>%1 image, %2 × %3, %4 KB</source>
        <translation>%1-Bild, %2 × %3, %4 KB</translation>
    </message>
    <message>
        <source>Choose the Clinic&apos;s Logo</source>
        <translation>Logo der Praxis auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Bilder (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>gradus::PrescriptionDelegate</name>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Note for the patient</source>
        <translation>Hinweis für Patient/in</translation>
    </message>
    <message>
        <source>Printed on the handout under the exercise</source>
        <translation>Wird auf dem Übungsblatt unter der Übung gedruckt</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeActionsBar</name>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Give this version to the patient; the previous active version is kept as superseded</source>
        <translation>Diese Version an den Patienten ausgeben; die bisher aktive Version bleibt als abgelöst erhalten</translation>
    </message>
    <message>
        <source>&amp;Handout…</source>
        <translation>Ü&amp;bungsblatt…</translation>
    </message>
    <message>
        <source>Preview, print or save the patient&apos;s handout for this version</source>
        <translation>Übungsblatt des Patienten für diese Version anzeigen, drucken oder speichern</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Version %1 — %2 — %3</source>
        <translation>Version %1 — %2 — %3</translation>
    </message>
    <message>
        <source>Exercise programme</source>
        <translation>Übungsprogramm</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <source>New draft programme started.</source>
        <translation>Neuer Programmentwurf begonnen.</translation>
    </message>
    <message>
        <source>New programme from a template</source>
        <translation>Neues Programm aus einer Vorlage</translation>
    </message>
    <message>
        <source>New draft programme from the template.</source>
        <translation>Neuer Programmentwurf aus der Vorlage.</translation>
    </message>
    <message>
        <source>There are no templates yet.</source>
        <translation>Es gibt noch keine Vorlagen.</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>Saved as the template &quot;%1&quot;.</source>
        <translation>Als Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Version %1 is now the patient&apos;s active programme.</source>
        <translation>Version %1 ist jetzt das aktive Programm des Patienten.</translation>
    </message>
    <message>
        <source>&amp;New Programme</source>
        <translation>&amp;Neues Programm</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Neu aus Vor&amp;lage…</translation>
    </message>
    <message>
        <source>Save as Te&amp;mplate…</source>
        <translation>Als Vorla&amp;ge speichern…</translation>
    </message>
    <message>
        <source>Ca&amp;lendar Reminders…</source>
        <translation>&amp;Kalendererinnerungen…</translation>
    </message>
    <message>
        <source>Save this version&apos;s exercise times as a calendar file for the patient&apos;s phone</source>
        <translation>Die Übungszeiten dieser Version als Kalenderdatei für das Handy des Patienten speichern</translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation>%1 (Regel %2)</translation>
    </message>
    <message numerus="yes">
        <source>Not given to the patient: %1 to be avoided for this patient, and no reason to keep it is recorded. Swap in a safer exercise, or select the finding below and choose Keep with a Reason….</source>
        <translation>
            <numerusform>Nicht an den Patienten ausgegeben: %1 ist für diesen Patienten zu vermeiden, und es ist keine Begründung für die Beibehaltung erfasst. Tauschen Sie sie gegen eine sicherere Übung aus oder wählen Sie unten den Sicherheitshinweis und dann „Mit Begründung beibehalten…“.</numerusform>
            <numerusform>Nicht an den Patienten ausgegeben: %1 sind für diesen Patienten zu vermeiden, und es ist keine Begründung für die Beibehaltung erfasst. Tauschen Sie sie gegen sicherere Übungen aus oder wählen Sie unten den Sicherheitshinweis und dann „Mit Begründung beibehalten…“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme version</source>
        <translation>Programmversion</translation>
    </message>
    <message>
        <source>Version %1 (the other versions could not be read)</source>
        <translation>Version %1 (die anderen Versionen konnten nicht gelesen werden)</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeActivateCommand</name>
    <message>
        <source>Activate version %1</source>
        <translation>Version %1 aktivieren</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeBuilderView</name>
    <message>
        <source>An earlier version: read-only.</source>
        <translation>Eine frühere Version: schreibgeschützt.</translation>
    </message>
    <message>
        <source>This is an earlier version and cannot be changed.</source>
        <translation>Dies ist eine frühere Version und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Version %1 is being prepared and is shown now; make the change there.</source>
        <translation>Version %1 wird gerade vorbereitet und wird jetzt angezeigt; nehmen Sie die Änderung dort vor.</translation>
    </message>
    <message>
        <source>Version %1 is active and stays as the patient has it; your changes are in the new draft, version %2.</source>
        <translation>Version %1 ist aktiv und bleibt so, wie der Patient sie hat; Ihre Änderungen stehen im neuen Entwurf, Version %2.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n exercises</source>
        <translation>
            <numerusform>%n Übung hinzufügen</numerusform>
            <numerusform>%n Übungen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n exercises</source>
        <translation>
            <numerusform>%n Übung verschieben</numerusform>
            <numerusform>%n Übungen verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Change dose of %1</source>
        <translation>Dosierung von %1 ändern</translation>
    </message>
    <message>
        <source>Replace %1 with %2</source>
        <translation>%1 durch %2 ersetzen</translation>
    </message>
    <message>
        <source>Change programme details</source>
        <translation>Programmdetails ändern</translation>
    </message>
    <message>
        <source>exercise %1</source>
        <translation>Übung %1</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeDetailsForm</name>
    <message>
        <source>What the patient wants to be able to do</source>
        <translation>Was der Patient wieder können möchte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Überprüfung:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Überprüfungsdatum</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeExercisePicker</name>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Double-click, press Enter or drag onto the programme to add</source>
        <translation>Doppelklicken, Enter drücken oder auf das Programm ziehen, um hinzuzufügen</translation>
    </message>
    <message>
        <source>Exercises to add</source>
        <translation>Hinzuzufügende Übungen</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeExportDialog</name>
    <message>
        <source>Export Programme</source>
        <translation>Programm exportieren</translation>
    </message>
    <message>
        <source>Gradus programme (*.json)</source>
        <translation>Gradus-Programm (*.json)</translation>
    </message>
    <message>
        <source>A programme file another clinic (or another desk) can import with Gradus: the sections, exercises, doses and notes, and your clinic&apos;s own exercises with their pictures. It holds no patient details.</source>
        <translation>Eine Programmdatei, die eine andere Praxis (oder ein anderer Arbeitsplatz) mit Gradus importieren kann: die Abschnitte, Übungen, Dosierungen und Hinweise sowie die praxiseigenen Übungen mit ihren Bildern. Sie enthält keine Patientendaten.</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>%1 — version %2 (%3)</source>
        <translation>%1 — Version %2 (%3)</translation>
    </message>
    <message>
        <source>Template: %1 (built in)</source>
        <translation>Vorlage: %1 (mitgeliefert)</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>There is no programme or template to export.</source>
        <translation>Es gibt kein Programm und keine Vorlage zum Exportieren.</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>%1 (with its picture)</source>
        <translation>%1 (mit Bild)</translation>
    </message>
    <message>
        <source>Your clinic&apos;s own exercises, included: %1</source>
        <translation>Praxiseigene Übungen, enthalten: %1</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeRowsPanel</name>
    <message>
        <source>The whole dose in a dialog, with rest, load and tempo (also a double-click). F2, typing a number or a click on the selected row&apos;s dose edits it in the table.</source>
        <translation>Die ganze Dosierung in einem Dialog, mit Pause, Last und Tempo (auch per Doppelklick). F2, die Eingabe einer Zahl oder ein Klick auf die Dosierung der ausgewählten Zeile bearbeitet sie direkt in der Tabelle.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Edit &amp;Dose…</source>
        <translation>&amp;Dosierung bearbeiten…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Exercises of the programme</source>
        <translation>Übungen des Programms</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeTableModel</name>
    <message>
        <source>Exercise %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <source>Note for the patient, printed on the handout</source>
        <translation>Hinweis für Patient/in, wird auf dem Übungsblatt gedruckt</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosierung</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>gradus::ProgressChartsWidget</name>
    <message>
        <source>No visits or outcome measures yet. Record the first visit to start the charts.</source>
        <translation>Noch keine Termine oder Assessments. Erfassen Sie den ersten Termin, damit die Diagramme beginnen.</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>The visits and measures could not be read, so there is nothing to chart.</source>
        <translation>Die Termine und Messungen konnten nicht gelesen werden; daher gibt es nichts darzustellen.</translation>
    </message>
</context>
<context>
    <name>gradus::RecordHistoryModel</name>
    <message>
        <source>Patient details</source>
        <translation>Patientendaten</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Visit entry</source>
        <translation>Termineintrag</translation>
    </message>
    <message>
        <source>Outcome measure</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Outcome measure entry</source>
        <translation>Assessment-Eintrag</translation>
    </message>
    <message>
        <source>PSFS activity</source>
        <translation>PSFS-Aktivität</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Programme section</source>
        <translation>Programmabschnitt</translation>
    </message>
    <message>
        <source>Prescribed exercise</source>
        <translation>Übungsvorgabe</translation>
    </message>
    <message>
        <source>Safety override</source>
        <translation>Übersteuerung (Sicherheitsregel)</translation>
    </message>
    <message>
        <source>Red-flag screen</source>
        <translation>Warnzeichen-Screening</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Pacing plan</source>
        <translation>Pacing-Plan</translation>
    </message>
    <message>
        <source>Pacing decision</source>
        <translation>Pacing-Entscheidung</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>gradus::RecordHistoryTab</name>
    <message>
        <source>Record history</source>
        <translation>Änderungshistorie</translation>
    </message>
    <message>
        <source>No changes recorded for this patient.</source>
        <translation>Für diesen Patienten sind keine Änderungen erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>Every change to this patient&apos;s records, newest first, as the database recorded it (%n entries shown).</source>
        <translation>
            <numerusform>Jede Änderung an den Daten dieses Patienten, neueste zuerst, wie von der Datenbank aufgezeichnet (%n Eintrag angezeigt).</numerusform>
            <numerusform>Jede Änderung an den Daten dieses Patienten, neueste zuerst, wie von der Datenbank aufgezeichnet (%n Einträge angezeigt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::RedFlagBanner</name>
    <message>
        <source>screen of %1</source>
        <translation>Screening vom %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Red flags without a decision.&lt;/b&gt; Handouts are held back until you record a decision on each; a later screen does not decide an earlier flag.&lt;ul style=&quot;margin:2px&quot;&gt;%1&lt;/ul&gt;&lt;b&gt;Suggested:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Warnzeichen ohne Entscheidung.&lt;/b&gt; Übungsblätter werden zurückgehalten, bis Sie zu jedem eine Entscheidung erfasst haben; ein späteres Screening entscheidet nicht über ein früheres Warnzeichen.&lt;ul style=&quot;margin:2px&quot;&gt;%1&lt;/ul&gt;&lt;b&gt;Vorschlag:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;The red-flag screens could not be read.&lt;/b&gt; Treat this patient as having red flags without a decision until they can: handouts are held back. Cause: %1</source>
        <translation>&lt;b&gt;Die Warnzeichen-Screenings konnten nicht gelesen werden.&lt;/b&gt; Behandeln Sie diesen Patienten, bis sie lesbar sind, als hätte er Warnzeichen ohne Entscheidung: Übungsblätter werden zurückgehalten. Ursache: %1</translation>
    </message>
</context>
<context>
    <name>gradus::RedFlagDecisionDialog</name>
    <message>
        <source>You have sent the patient on for medical assessment (A&amp;E, GP or spinal team), as the tier suggests.</source>
        <translation>Sie haben den Patienten zur ärztlichen Abklärung weitergeleitet (Notaufnahme, Hausarztpraxis oder Wirbelsäulenteam), wie die Kategorie empfiehlt.</translation>
    </message>
    <message>
        <source>You talked the flags over with a doctor, a senior colleague or the patient and agreed to carry on without referring now.</source>
        <translation>Sie haben die Warnzeichen mit ärztlichem Fachpersonal, einer erfahrenen Kollegin bzw. einem erfahrenen Kollegen oder dem Patienten besprochen und vereinbart, vorerst ohne Überweisung weiterzumachen.</translation>
    </message>
    <message>
        <source>On reflection the flags do not apply to this patient, for example ticked in error or an old finding already investigated.</source>
        <translation>Bei genauer Betrachtung treffen die Warnzeichen auf diesen Patienten nicht zu, zum Beispiel irrtümlich angekreuzt oder ein alter, bereits abgeklärter Befund.</translation>
    </message>
    <message>
        <source>Choose a decision first. A note is required.</source>
        <translation>Wählen Sie zuerst eine Entscheidung. Eine Notiz ist erforderlich.</translation>
    </message>
    <message>
        <source>Required: where to, how urgently, and who agreed it.</source>
        <translation>Erforderlich: wohin, wie dringend und wer es vereinbart hat.</translation>
    </message>
    <message>
        <source>Required: with whom, and what you agreed to watch for.</source>
        <translation>Erforderlich: mit wem, und worauf zu achten vereinbart wurde.</translation>
    </message>
    <message>
        <source>Required: why the flags do not apply.</source>
        <translation>Erforderlich: warum die Warnzeichen nicht zutreffen.</translation>
    </message>
    <message>
        <source>Record Decision on Red Flags</source>
        <translation>Entscheidung zu Warnzeichen erfassen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>What was decided and with whom, e.g. Discussed with Dr Lee (GP) by phone; GP to see her tomorrow.</source>
        <translation>Was mit wem entschieden wurde, z. B. Mit Dr. Lee (Hausarzt) telefonisch besprochen; Hausarzt sieht sie morgen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Note&lt;/b&gt; — what was decided and with whom</source>
        <translation>&lt;b&gt;&amp;Notiz&lt;/b&gt; — was mit wem entschieden wurde</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Entschieden &amp;von:</translation>
    </message>
    <message>
        <source>&amp;Record Decision</source>
        <translation>Entscheidung &amp;erfassen</translation>
    </message>
    <message>
        <source>The decision was not recorded: %1</source>
        <translation>Die Entscheidung wurde nicht erfasst: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;These red flags have no recorded decision.&lt;/b&gt; Tick the ones this decision is about:</source>
        <translation>&lt;b&gt;Für diese Warnzeichen ist keine Entscheidung erfasst.&lt;/b&gt; Kreuzen Sie diejenigen an, die diese Entscheidung betrifft:</translation>
    </message>
    <message>
        <source>%1 — screen of %2 (%3)</source>
        <translation>%1 — Screening vom %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — suggested: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Vorschlag: %2</translation>
    </message>
    <message>
        <source>Handouts for this patient are held back until every flag has a decision. A decision is kept with your name and the time and cannot be changed later.</source>
        <translation>Übungsblätter für diesen Patienten werden zurückgehalten, bis zu jedem Warnzeichen eine Entscheidung vorliegt. Eine Entscheidung wird mit Ihrem Namen und dem Zeitpunkt gespeichert und kann später nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>gradus::RedFlagHistoryModel</name>
    <message>
        <source>None (screen clear)</source>
        <translation>Keine (Screening unauffällig)</translation>
    </message>
    <message>
        <source>No red flags were found at this screen.</source>
        <translation>Bei diesem Screening wurden keine Warnzeichen gefunden.</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Noch keine Entscheidung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Therapeut/in</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: &lt;b&gt;no decision yet&lt;/b&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: &lt;b&gt;noch keine Entscheidung&lt;/b&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: %2, recorded by %3 on %4&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: %2, erfasst von %3 am %4&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A red flag has no recorded decision.&lt;/b&gt; Handouts for this patient are held back until you record one, whatever screens come later. Double-click to record it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Für ein Warnzeichen ist keine Entscheidung erfasst.&lt;/b&gt; Übungsblätter für diesen Patienten werden zurückgehalten, bis Sie eine erfassen, unabhängig von späteren Screenings. Doppelklicken Sie, um sie zu erfassen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gradus::RedFlagScreenDialog</name>
    <message>
        <source>Red-flag screen</source>
        <translation>Warnzeichen-Screening (Red Flags)</translation>
    </message>
    <message>
        <source>Tick every finding present. A red flag means raised risk, not a diagnosis: record what you decided. Handouts are held back until a positive screen has a decision.</source>
        <translation>Kreuzen Sie jeden vorliegenden Befund an. Ein Warnzeichen bedeutet erhöhtes Risiko, keine Diagnose: Erfassen Sie, was Sie entschieden haben. Übungsblätter werden zurückgehalten, bis ein positives Screening eine Entscheidung hat.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>If present: %1</source>
        <translation>Falls vorhanden: %1</translation>
    </message>
    <message>
        <source>Suggested from the patient&apos;s age and the clinic&apos;s thresholds; untick if the pain is not new.</source>
        <translation>Vorgeschlagen anhand des Alters des Patienten und der Altersgrenzen der Praxis; abwählen, wenn der Schmerz nicht neu ist.</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>&amp;Therapeut/in:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— auswählen —</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Entscheidung:</translation>
    </message>
    <message>
        <source>What was decided and with whom, e.g. &quot;GP informed by phone&quot;</source>
        <translation>Was mit wem entschieden wurde, z. B. „Hausarzt telefonisch informiert“</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n red flag(s) ticked.&lt;/b&gt; Record your decision and a note.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Warnzeichen angekreuzt.&lt;/b&gt; Erfassen Sie Ihre Entscheidung und eine Notiz.</numerusform>
            <numerusform>&lt;b&gt;%n Warnzeichen angekreuzt.&lt;/b&gt; Erfassen Sie Ihre Entscheidung und eine Notiz.</numerusform>
        </translation>
    </message>
    <message>
        <source>No red flags ticked: the screen is clear.</source>
        <translation>Keine Warnzeichen angekreuzt: Das Screening ist unauffällig.</translation>
    </message>
    <message>
        <source>Name the clinician who did the screen.</source>
        <translation>Geben Sie an, wer das Screening durchgeführt hat.</translation>
    </message>
    <message>
        <source>A red flag is ticked: choose referred, discussed or not applicable.</source>
        <translation>Ein Warnzeichen ist angekreuzt: Wählen Sie überwiesen, besprochen oder nicht zutreffend.</translation>
    </message>
    <message>
        <source>A red flag is ticked: add a note saying what was decided.</source>
        <translation>Ein Warnzeichen ist angekreuzt: Fügen Sie eine Notiz hinzu, was entschieden wurde.</translation>
    </message>
</context>
<context>
    <name>gradus::RedFlagTab</name>
    <message>
        <source>Red-flag screen</source>
        <translation>Warnzeichen-Screening (Red Flags)</translation>
    </message>
    <message>
        <source>Red-flag screen recorded.</source>
        <translation>Warnzeichen-Screening erfasst.</translation>
    </message>
    <message>
        <source>&amp;Record Screen…</source>
        <translation>&amp;Screening erfassen…</translation>
    </message>
    <message>
        <source>Record &amp;Decision…</source>
        <translation>E&amp;ntscheidung erfassen…</translation>
    </message>
    <message>
        <source>Undecided red flags</source>
        <translation>Warnzeichen ohne Entscheidung</translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s) have no recorded decision. Handouts are held back until each has one. Click to open the Red flags tab.</source>
        <translation>
            <numerusform>Für %n Warnzeichen ist keine Entscheidung erfasst. Übungsblätter werden zurückgehalten, bis zu jedem eine vorliegt. Klicken Sie, um den Tab „Warnzeichen“ zu öffnen.</numerusform>
            <numerusform>Für %n Warnzeichen ist keine Entscheidung erfasst. Übungsblätter werden zurückgehalten, bis zu jedem eine vorliegt. Klicken Sie, um den Tab „Warnzeichen“ zu öffnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decision on %n red flag(s) recorded.</source>
        <translation>
            <numerusform>Entscheidung zu %n Warnzeichen erfasst.</numerusform>
            <numerusform>Entscheidung zu %n Warnzeichen erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Red-flag screens</source>
        <translation>Warnzeichen-Screenings</translation>
    </message>
    <message>
        <source>Red flags could not be read</source>
        <translation>Warnzeichen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The red-flag screens could not be read: %1. Handouts are held back until they can be read.</source>
        <translation>Die Warnzeichen-Screenings konnten nicht gelesen werden: %1. Übungsblätter werden zurückgehalten, bis sie gelesen werden können.</translation>
    </message>
</context>
<context>
    <name>gradus::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>A backup is restored as a new database file and opened in a new window; the database you are using now stays as it is. The backup is checked first.</source>
        <translation>Eine Sicherung wird als neue Datenbankdatei wiederhergestellt und in einem neuen Fenster geöffnet; die Datenbank, die Sie gerade verwenden, bleibt unverändert. Die Sicherung wird zuerst geprüft.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Wählen Sie eine Sicherung</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Sicherung:</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Restore &amp;as:</source>
        <translation>Wiederherstellen a&amp;ls:</translation>
    </message>
    <message>
        <source>&amp;Open the restored database in a new window</source>
        <translation>Wiederhergestellte Datenbank in einem neuen &amp;Fenster öffnen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>This desk uses a clinic server; its backups are restored on the server (pg_restore). A file backup can still be restored here as a new file.</source>
        <translation>Dieser Arbeitsplatz nutzt einen Praxisserver; dessen Sicherungen werden auf dem Server wiederhergestellt (pg_restore). Eine Sicherungsdatei kann hier trotzdem als neue Datei wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Choose a Backup</source>
        <translation>Sicherung auswählen</translation>
    </message>
    <message>
        <source>Gradus database (*.sqlite *.db *.bak);;All files (*)</source>
        <translation>Gradus-Datenbank (*.sqlite *.db *.bak);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore As</source>
        <translation>Wiederherstellen als</translation>
    </message>
    <message>
        <source>Gradus database (*.sqlite)</source>
        <translation>Gradus-Datenbank (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 patients, %2 visits, %3 programmes; saved %4 at %5; %6 MB. Database version %7 (this Gradus reads up to %8).</source>
        <translation>%1 Patienten, %2 Termine, %3 Programme; gespeichert am %4 um %5; %6 MB. Datenbankversion %7 (dieses Gradus liest bis %8).</translation>
    </message>
    <message>
        <source>The backup passed SQLite&apos;s integrity check.</source>
        <translation>Die Sicherung hat die Integritätsprüfung von SQLite bestanden.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or choose it with Browse… to replace it.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder wählen Sie die Datei über „Durchsuchen…“ aus, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Restored to %1, but a new window could not be started; open it with: gradus --database &quot;%1&quot;</source>
        <translation>Wiederhergestellt in %1, aber ein neues Fenster konnte nicht gestartet werden; öffnen Sie die Datenbank mit: gradus --database &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Restored to %1 and opened in a new window.</source>
        <translation>Wiederhergestellt in %1 und in einem neuen Fenster geöffnet.</translation>
    </message>
    <message>
        <source>Restored to %1. Open it with: gradus --database &quot;%1&quot;</source>
        <translation>Wiederhergestellt in %1. Öffnen Sie die Datenbank mit: gradus --database &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Die Sicherung wird geprüft…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Die Sicherung wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>gradus::ReviewProposalWidget</name>
    <message>
        <source>Decide instead:</source>
        <translation>Stattdessen entscheiden:</translation>
    </message>
    <message>
        <source>Why you decide otherwise (required, kept with the review)</source>
        <translation>Warum Sie anders entscheiden (erforderlich, wird mit der Überprüfung gespeichert)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Übersteuern…</translation>
    </message>
    <message>
        <source>No review yet: the proposal appears when a visit is recorded.</source>
        <translation>Noch keine Überprüfung: Der Vorschlag erscheint, wenn ein Termin erfasst wird.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message numerus="yes">
        <source>Why (%1 rules)</source>
        <translation>
            <numerusform>Begründung (%1 Regel)</numerusform>
            <numerusform>Begründung (%1 Regeln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Also noted, outweighed by the above</source>
        <translation>Ebenfalls festgestellt, vom Obigen überwogen</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Accepted: %1.</source>
        <translation>Angenommen: %1.</translation>
    </message>
    <message>
        <source>Overridden: %1 instead of %2.</source>
        <translation>Übersteuert: %1 statt %2.</translation>
    </message>
    <message>
        <source>Confirm Override</source>
        <translation>Übersteuerung bestätigen</translation>
    </message>
    <message>
        <source>Accept Proposal</source>
        <translation>Vorschlag annehmen</translation>
    </message>
</context>
<context>
    <name>gradus::RevisionCells</name>
    <message>
        <source>Amended</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Last amended %1 by %2: %3</source>
        <translation>Zuletzt korrigiert am %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>gradus::SafetyFindingsModel</name>
    <message>
        <source>Exercise %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Gesamtes Programm</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (beibehalten)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>gradus::SafetyFindingsPanel</name>
    <message>
        <source>Safety findings</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Keine Sicherheitshinweise</translation>
    </message>
    <message>
        <source>Keep this exercise although the rule says to avoid it; your reason is recorded with your name and the time.</source>
        <translation>Diese Übung beibehalten, obwohl die Regel rät, sie zu vermeiden; Ihre Begründung wird mit Ihrem Namen und dem Zeitpunkt gespeichert.</translation>
    </message>
    <message>
        <source>Swap in</source>
        <translation>Austauschen</translation>
    </message>
    <message>
        <source>Swap in %1</source>
        <translation>Gegen %1 austauschen</translation>
    </message>
    <message>
        <source>Put a safer exercise in this one&apos;s place; the dose, side and note stay. Undo brings the exercise back.</source>
        <translation>Eine sicherere Übung an die Stelle dieser Übung setzen; Dosierung, Seite und Patientenhinweis bleiben erhalten. Rückgängig holt die Übung zurück.</translation>
    </message>
    <message>
        <source>Only an &quot;avoid&quot; finding of a current programme can be kept.</source>
        <translation>Nur ein „Vermeiden“-Sicherheitshinweis eines aktuellen Programms kann beibehalten werden.</translation>
    </message>
    <message>
        <source>Keep %1 with a reason</source>
        <translation>%1 mit Begründung beibehalten</translation>
    </message>
    <message>
        <source>&amp;Keep with a Reason…</source>
        <translation>&amp;Mit Begründung beibehalten…</translation>
    </message>
    <message>
        <source>Keep with a Reason…</source>
        <translation>Mit Begründung beibehalten…</translation>
    </message>
    <message>
        <source>Record &amp;Onset…</source>
        <translation>&amp;Beginn erfassen…</translation>
    </message>
    <message>
        <source>Record &amp;Weeks…</source>
        <translation>&amp;Wochen erfassen…</translation>
    </message>
    <message>
        <source>Select a finding to read its reason, its source and safer alternatives.</source>
        <translation>Wählen Sie einen Sicherheitshinweis aus, um seine Begründung, seine Quelle und sicherere Alternativen zu lesen.</translation>
    </message>
    <message>
        <source>Not checked: the safety check could not run (%1). Treat every exercise as unchecked until it can.</source>
        <translation>Nicht geprüft: Die Sicherheitsprüfung konnte nicht laufen (%1). Behandeln Sie jede Übung als ungeprüft, bis sie laufen kann.</translation>
    </message>
</context>
<context>
    <name>gradus::SafetyOverrideDialog</name>
    <message>
        <source>Keep %1</source>
        <translation>%1 beibehalten</translation>
    </message>
    <message>
        <source>&lt;p&gt;The safety rules say to avoid &lt;b&gt;%1&lt;/b&gt; for this patient:&lt;/p&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;It stays in the programme only with your reason, recorded with your name and the time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Sicherheitsregeln raten, &lt;b&gt;%1&lt;/b&gt; bei diesem Patienten zu vermeiden:&lt;/p&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;Die Übung bleibt nur mit Ihrer Begründung im Programm, gespeichert mit Ihrem Namen und dem Zeitpunkt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. Done in clinic under supervision, from a raised start</source>
        <translation>z. B. In der Praxis unter Aufsicht, aus erhöhter Ausgangsposition</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>&amp;Therapeut/in:</translation>
    </message>
    <message>
        <source>&amp;Keep with This Reason</source>
        <translation>&amp;Mit dieser Begründung beibehalten</translation>
    </message>
</context>
<context>
    <name>gradus::SignInDialog</name>
    <message>
        <source>When the server offers it</source>
        <translation>Wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Always (encrypted)</source>
        <translation>Immer (verschlüsselt)</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Immer, und das Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>Never (only on a trusted network)</source>
        <translation>Nie (nur in einem vertrauenswürdigen Netzwerk)</translation>
    </message>
    <message>
        <source>Sign In to the Clinic Server</source>
        <translation>Am Praxisserver anmelden</translation>
    </message>
    <message>
        <source>Sign in with your own account on the clinic&apos;s database server. Everything you record is kept under this name.</source>
        <translation>Melden Sie sich mit Ihrem eigenen Konto am Datenbankserver der Praxis an. Alles, was Sie erfassen, wird unter diesem Namen gespeichert.</translation>
    </message>
    <message>
        <source>clinic-server</source>
        <translation>clinic-server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Secure connection (&amp;TLS):</source>
        <translation>Sichere Verbindung (&amp;TLS):</translation>
    </message>
    <message>
        <source>Your password is not stored on this computer.</source>
        <translation>Ihr Passwort wird auf diesem Computer nicht gespeichert.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask the clinic&apos;s administrator.</source>
        <translation>Das Konto %1 ist gesperrt. Wenden Sie sich an die Administration der Praxis.</translation>
    </message>
    <message>
        <source>The user name or password is not right. Check both and try again (is Caps Lock on?).</source>
        <translation>Benutzername oder Passwort ist nicht korrekt. Prüfen Sie beides und versuchen Sie es erneut (ist die Feststelltaste aktiviert?).</translation>
    </message>
    <message>
        <source>The server %1 (port %2) cannot be reached. Check the server&apos;s name and port, and that this computer is on the clinic&apos;s network.</source>
        <translation>Der Server %1 (Port %2) ist nicht erreichbar. Prüfen Sie Namen und Port des Servers und ob dieser Computer mit dem Netzwerk der Praxis verbunden ist.</translation>
    </message>
    <message>
        <source>The server has no database named %1. Check the name with the clinic&apos;s administrator.</source>
        <translation>Der Server hat keine Datenbank namens %1. Klären Sie den Namen mit der Administration der Praxis.</translation>
    </message>
    <message>
        <source>The clinic&apos;s database was last set up by a newer version of Gradus. Install that version on this computer to sign in; nothing was changed.</source>
        <translation>Die Datenbank der Praxis wurde zuletzt von einer neueren Gradus-Version eingerichtet. Installieren Sie diese Version auf diesem Computer, um sich anzumelden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the server could not be made. Choose another setting for the secure connection, or ask the clinic&apos;s administrator.</source>
        <translation>Es konnte keine sichere (TLS-)Verbindung zum Server hergestellt werden. Wählen Sie eine andere Einstellung für die sichere Verbindung oder wenden Sie sich an die Administration der Praxis.</translation>
    </message>
    <message>
        <source>The account %1 may not use this database. Ask the clinic&apos;s administrator to give it a Gradus role.</source>
        <translation>Das Konto %1 darf diese Datenbank nicht verwenden. Bitten Sie die Administration der Praxis, ihm eine Gradus-Rolle zuzuweisen.</translation>
    </message>
    <message>
        <source>Could not sign in.</source>
        <translation>Anmeldung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation>Geben Sie den Namen oder die Adresse des Servers an.</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>Geben Sie den Namen der Datenbank an.</translation>
    </message>
    <message>
        <source>Give your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen an.</translation>
    </message>
</context>
<context>
    <name>gradus::TemplateSaveCommand</name>
    <message>
        <source>Save as the template &quot;%1&quot;</source>
        <translation>Als Vorlage „%1“ speichern</translation>
    </message>
</context>
<context>
    <name>gradus::UserGuideWindow</name>
    <message>
        <source>Gradus User Guide</source>
        <translation>Gradus-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>gradus::VisitDialog</name>
    <message>
        <source>Record Visit</source>
        <translation>Termin erfassen</translation>
    </message>
    <message>
        <source>Amend Visit</source>
        <translation>Termin korrigieren</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Who saw the patient</source>
        <translation>Wer den Patienten behandelt hat</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum und Uhrzeit:</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>&amp;Therapeut/in:</translation>
    </message>
    <message>
        <source>Pain (0 = none, 10 = worst imaginable)</source>
        <translation>Schmerz (0 = kein Schmerz, 10 = stärkster vorstellbarer)</translation>
    </message>
    <message>
        <source>Pain &amp;now:</source>
        <translation>Schmerz &amp;aktuell:</translation>
    </message>
    <message>
        <source>best</source>
        <translation>geringster</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>stärkster</translation>
    </message>
    <message>
        <source>Last 24 hours:</source>
        <translation>Letzte 24 Stunden:</translation>
    </message>
    <message>
        <source>During &amp;exercise:</source>
        <translation>&amp;Während der Übung:</translation>
    </message>
    <message>
        <source>Next &amp;morning:</source>
        <translation>Nächster &amp;Morgen:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Activity and exercise</source>
        <translation>Aktivität und Übungen</translation>
    </message>
    <message>
        <source>Daily &amp;activity:</source>
        <translation>Tägliche A&amp;ktivität:</translation>
    </message>
    <message>
        <source>Minutes a day:</source>
        <translation>Minuten pro Tag:</translation>
    </message>
    <message>
        <source>Steps a day:</source>
        <translation>Schritte pro Tag:</translation>
    </message>
    <message>
        <source>of</source>
        <translation>von</translation>
    </message>
    <message>
        <source>Sessions done:</source>
        <translation>Durchgeführte Einheiten:</translation>
    </message>
    <message>
        <source>New neurological signs</source>
        <translation>Neue neurologische Zeichen</translation>
    </message>
    <message>
        <source>Leg symptoms and notes</source>
        <translation>Beinsymptome und Notizen</translation>
    </message>
    <message>
        <source>&amp;Leg symptoms:</source>
        <translation>Bein&amp;symptome:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>The visit as first saved stays in the record. This correction is saved beside it with your name, the time and your reason.</source>
        <translation>Der Termin, wie er zuerst gespeichert wurde, bleibt in der Akte. Diese Korrektur wird daneben gespeichert, mit Ihrem Namen, dem Zeitpunkt und Ihrer Begründung.</translation>
    </message>
    <message>
        <source>For example: pain score typed as 6, patient said 5</source>
        <translation>Zum Beispiel: Schmerzwert als 6 eingetippt, Patient sagte 5</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Amended &amp;by:</source>
        <translation>Korrigiert &amp;von:</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Änderungen:</translation>
    </message>
    <message>
        <source>Save Visit</source>
        <translation>Termin speichern</translation>
    </message>
    <message>
        <source>Save Amendment</source>
        <translation>Korrektur speichern</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
    <message>
        <source>Say why the visit is amended.</source>
        <translation>Geben Sie an, warum der Termin korrigiert wird.</translation>
    </message>
    <message>
        <source>Say who is amending the visit.</source>
        <translation>Geben Sie an, wer den Termin korrigiert.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Best pain in the last 24 hours</source>
        <translation>Geringster Schmerz in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>Worst pain in the last 24 hours</source>
        <translation>Stärkster Schmerz in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>Exercise sessions done</source>
        <translation>Durchgeführte Einheiten</translation>
    </message>
    <message>
        <source>Exercise sessions planned</source>
        <translation>Geplante Einheiten</translation>
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
        <translation>Ja</translation>
    </message>
    <message>
        <source>%1 minutes a day of %2</source>
        <translation>%1 Minuten täglich: %2</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>%1 steps a day</source>
        <translation>%1 Schritte pro Tag</translation>
    </message>
    <message>
        <source>Pain now, 0-10</source>
        <translation>Schmerz aktuell, 0-10</translation>
    </message>
    <message>
        <source>Best and worst pain in the last 24 hours, 0-10</source>
        <translation>Geringster und stärkster Schmerz in den letzten 24 Stunden, 0-10</translation>
    </message>
    <message>
        <source>Pain during exercise, 0-10</source>
        <translation>Schmerz während der Übung, 0-10</translation>
    </message>
    <message>
        <source>Pain the morning after exercise, 0-10</source>
        <translation>Schmerz am Morgen nach der Übung, 0-10</translation>
    </message>
    <message>
        <source>Minutes a day of the chosen activity</source>
        <translation>Minuten pro Tag der gewählten Aktivität</translation>
    </message>
    <message>
        <source>Sessions done of sessions prescribed since the last visit</source>
        <translation>Durchgeführte von vorgegebenen Einheiten seit dem letzten Termin</translation>
    </message>
    <message>
        <source>New neurological signs found at this visit</source>
        <translation>Bei diesem Termin festgestellte neue neurologische Zeichen</translation>
    </message>
    <message>
        <source>Whether the visit was corrected after it was saved</source>
        <translation>Ob der Termin nach dem Speichern korrigiert wurde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Best–worst</source>
        <translation>Min.–Max.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <source>Neuro</source>
        <translation>Neuro</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Therapeut/in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>gradus::WelcomeView</name>
    <message>
        <source>Welcome to Gradus</source>
        <translation>Willkommen bei Gradus</translation>
    </message>
    <message>
        <source>Build graded exercise programmes that respect each patient&apos;s conditions and pace, print clear handouts, and follow pain, activity and outcome scores over visits.</source>
        <translation>Erstellen Sie abgestufte Übungsprogramme, die die Diagnosen und das Tempo jedes Patienten berücksichtigen, drucken Sie verständliche Übungsblätter und verfolgen Sie Schmerz, Aktivität und Assessment-Werte über die Termine.</translation>
    </message>
    <message>
        <source>Your data is kept in %1 (schema version %2). Nothing leaves this computer unless you export or print it.</source>
        <translation>Ihre Daten werden in %1 gespeichert (Schemaversion %2). Nichts verlässt diesen Computer, es sei denn, Sie exportieren oder drucken es.</translation>
    </message>
</context>
<context>
    <name>gradus_cli</name>
    <message>
        <source>Gradus from the command line: graded exercise programmes for physiotherapists.</source>
        <translation>Gradus auf der Kommandozeile: abgestufte Übungsprogramme für Physiotherapeut/innen.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>SQLite file or postgresql://user@host:port/name (default: $GRADUS_DATABASE, then the application data folder)</source>
        <translation>SQLite-Datei oder postgresql://user@host:port/name (Standard: $GRADUS_DATABASE, sonst der Anwendungsdatenordner)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;gradus-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Die Optionen eines Befehls zeigt &apos;gradus-cli &lt;command&gt; --help&apos;.</translation>
    </message>
    <message>
        <source>gradus-cli: --database needs a PATH.</source>
        <translation>gradus-cli: --database braucht einen PATH.</translation>
    </message>
    <message>
        <source>gradus-cli: unknown command &apos;%1&apos;.</source>
        <translation>gradus-cli: unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Usage: gradus-cli [--database PATH] [--language CODE] &lt;command&gt; [options]</source>
        <translation>Aufruf: gradus-cli [--database PATH] [--language CODE] &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Before the command: the language of messages, and of handouts and other documents for patients instead of their preferred language (%1; default: the system&apos;s)</source>
        <translation>Vor dem Befehl: die Sprache der Meldungen sowie der Übungsblätter und anderer Dokumente für Patienten anstelle ihrer bevorzugten Sprache (%1; Standard: die des Systems)</translation>
    </message>
    <message>
        <source>gradus-cli: --language needs a CODE.</source>
        <translation>gradus-cli: --language braucht einen CODE.</translation>
    </message>
    <message>
        <source>gradus-cli: --language must be one of %1, not &apos;%2&apos;.</source>
        <translation>gradus-cli: --language muss einer dieser Codes sein: %1, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 invalid arguments or input (or no such record), 3 the database cannot be written (read-only, permission, disk full), 4 the database is busy, 5 the database cannot be used (damaged, newer, not a Gradus database, none there), 6 the server cannot be used (unreachable, authentication, TLS).</source>
        <translation>Exit-Status: 0 Erfolg, 1 Fehler, 2 ungültige Argumente oder Eingaben (oder kein solcher Datensatz), 3 die Datenbank kann nicht beschrieben werden (schreibgeschützt, keine Berechtigung, Datenträger voll), 4 die Datenbank ist belegt, 5 die Datenbank kann nicht verwendet werden (beschädigt, neuer, keine Gradus-Datenbank, keine vorhanden), 6 der Server kann nicht verwendet werden (nicht erreichbar, Authentifizierung, TLS).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Graded exercise programmes for physiotherapists.</source>
        <translation>Abgestufte Übungsprogramme für Physiotherapeut/innen.</translation>
    </message>
    <message>
        <source>Use the database at PATH (a SQLite file, or postgresql://user@host:port/name for a clinic server) instead of the default.</source>
        <translation>Die Datenbank unter PATH verwenden (eine SQLite-Datei oder postgresql://user@host:port/name für einen Praxisserver) statt der Standarddatenbank.</translation>
    </message>
    <message>
        <source>Gradus</source>
        <translation>Gradus</translation>
    </message>
    <message>
        <source>Print the time to the main window&apos;s first paint and to the whole patient list, with the memory in use, and quit.</source>
        <translation>Die Zeit bis zur ersten Darstellung des Hauptfensters und bis zur vollständigen Patientenliste mit dem belegten Speicher ausgeben und beenden.</translation>
    </message>
</context>
</TS>
