<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>is not a known field (expected one of: %1)</source>
        <translation>no es un campo conocido (se esperaba uno de: %1)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be at most %1 characters (found %2)</source>
        <translation>debe tener como máximo %1 caracteres (tiene %2)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be from %1 to %2 (found %3)</source>
        <translation>debe estar entre %1 y %2 (es %3)</translation>
    </message>
    <message>
        <source>must be a date written yyyy-MM-dd, or null</source>
        <translation>debe ser una fecha con el formato yyyy-MM-dd, o null</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>sección %1</translation>
    </message>
    <message>
        <source>section %1 &quot;%2&quot;</source>
        <translation>sección %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>, item %1</source>
        <translation>, elemento %1</translation>
    </message>
    <message>
        <source>, item %1 &quot;%2&quot;</source>
        <translation>, elemento %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exercise id (lower-case letters, digits and _)</source>
        <translation>&quot;%1&quot; no es un id de ejercicio (letras minúsculas, dígitos y _)</translation>
    </message>
    <message>
        <source>must be not_applicable, left, right, both or alternate</source>
        <translation>debe ser not_applicable, left, right, both o alternate</translation>
    </message>
</context>
<context>
    <name>ActivationGate</name>
    <message>
        <source>- %1 (%2), rule &quot;%3&quot;: %4</source>
        <translation>- %1 (%2), regla &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source> Safer: %1.</source>
        <translation> Más seguro: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Programme %1 cannot be given to the patient: %n exercise(s) in it are to be avoided for this patient, and no reason to keep them is recorded:</source>
        <translation>
            <numerusform>No se puede entregar el programa %1 al paciente: contiene %n ejercicio que debe evitarse en este paciente y no hay ningún motivo registrado para mantenerlo:</numerusform>
            <numerusform>No se puede entregar el programa %1 al paciente: contiene %n ejercicios que deben evitarse en este paciente y no hay ningún motivo registrado para mantenerlos:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No handout: %n exercise(s) in it are to be avoided for this patient, and no reason to keep them is recorded:</source>
        <translation>
            <numerusform>Sin hoja de ejercicios: contiene %n ejercicio que debe evitarse en este paciente y no hay ningún motivo registrado para mantenerlo:</numerusform>
            <numerusform>Sin hoja de ejercicios: contiene %n ejercicios que deben evitarse en este paciente y no hay ningún motivo registrado para mantenerlos:</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace each with a safer exercise, or keep it with your reason: in the builder select the finding and choose &quot;Keep with a Reason…&quot;, or run
%1</source>
        <translation>Sustituya cada uno por un ejercicio más seguro, o manténgalo con su motivo: en el editor del programa, seleccione el aviso y elija &quot;Mantener con un motivo…&quot;, o ejecute
%1</translation>
    </message>
    <message>
        <source>Replace each with a safer exercise, or put them in a programme and keep them there with your reason (&quot;Keep with a Reason…&quot; in the builder, or gradus-cli programme override).</source>
        <translation>Sustituya cada uno por un ejercicio más seguro, o póngalos en un programa y manténgalos allí con su motivo (&quot;Mantener con un motivo…&quot; en el editor del programa, o gradus-cli programme override).</translation>
    </message>
</context>
<context>
    <name>AmendMeasureCommand</name>
    <message>
        <source>Amend %1</source>
        <translation>Corregir %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
</context>
<context>
    <name>AmendVisitCommand</name>
    <message>
        <source>Amend Visit of %1</source>
        <translation>Corregir la visita del %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Show who changed a patient&apos;s records or one record, and when</source>
        <translation>Muestra quién modificó los registros de un paciente o un registro concreto, y cuándo</translation>
    </message>
    <message>
        <source>Show the audit trail: every insert, update and delete the database recorded, newest first. Values are printed with --json only (they may hold clinical text).
JSON: an array of objects with id, changed_at, author, table, record_id, action, patient_id, changed (the columns that changed), old and new.</source>
        <translation>Muestra el registro de auditoría: cada inserción, actualización y eliminación que ha registrado la base de datos, de la más reciente a la más antigua. Los valores solo se imprimen con --json (pueden contener texto clínico).
JSON: una matriz de objetos con id, changed_at, author, table, record_id, action, patient_id, changed (las columnas que cambiaron), old y new.</translation>
    </message>
    <message>
        <source>Changes to this patient&apos;s records.</source>
        <translation>Cambios en los registros de este paciente.</translation>
    </message>
    <message>
        <source>Changes to one record, e.g. programme:12.</source>
        <translation>Cambios en un registro concreto, p. ej., programme:12.</translation>
    </message>
    <message>
        <source>At most N entries (default 200).</source>
        <translation>Como máximo N entradas (predeterminado: 200).</translation>
    </message>
    <message>
        <source>audit needs one of --patient ID or --record TABLE:ID.</source>
        <translation>audit necesita --patient ID o --record TABLE:ID.</translation>
    </message>
    <message>
        <source>--limit must be a whole number of at least 1 (not &apos;%1&apos;).</source>
        <translation>--limit debe ser un número entero de al menos 1 (no &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a patient id (a whole number).</source>
        <translation>&apos;%1&apos; no es un id de paciente (un número entero).</translation>
    </message>
    <message>
        <source>--record must be TABLE:ID, e.g. programme:12 (not &apos;%1&apos;).</source>
        <translation>--record debe tener la forma TABLE:ID, p. ej., programme:12 (no &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>No hay cambios registrados.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>There is no backup file %1.</source>
        <translation>No existe el archivo de copia de seguridad %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL dump. Restore it on the server with pg_restore, for example: pg_restore --clean --dbname=gradus %1</source>
        <translation>%1 es un volcado de PostgreSQL. Restáurelo en el servidor con pg_restore, por ejemplo: pg_restore --clean --dbname=gradus %1</translation>
    </message>
    <message>
        <source>%1 is not a Gradus backup (it is not a SQLite database).</source>
        <translation>%1 no es una copia de seguridad de Gradus (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s integrity check failed (%2).</source>
        <translation>%1 está dañado: la comprobación de integridad de SQLite ha fallado (%2).</translation>
    </message>
    <message>
        <source>%1 is a SQLite database, but not a Gradus database.</source>
        <translation>%1 es una base de datos SQLite, pero no de Gradus.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Gradus (schema %2; this program reads up to %3). Restore it with the newer Gradus.</source>
        <translation>%1 lo escribió una versión más reciente de Gradus (esquema %2; este programa lee hasta el %3). Restáurelo con la versión más reciente de Gradus.</translation>
    </message>
    <message>
        <source>%1 records no usable schema version.</source>
        <translation>%1 no registra ninguna versión de esquema utilizable.</translation>
    </message>
    <message>
        <source>%1 is the database in use; restore into a new file and open that instead.</source>
        <translation>%1 es la base de datos en uso; restaure en un archivo nuevo y abra ese.</translation>
    </message>
    <message>
        <source>%1 is the backup itself; restore into a new file.</source>
        <translation>%1 es la propia copia de seguridad; restaure en un archivo nuevo.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The copy of %1 did not pass the check (%2); nothing was restored.</source>
        <translation>La copia de %1 no ha superado la comprobación (%2); no se ha restaurado nada.</translation>
    </message>
    <message>
        <source>Could not move the restored copy to %1.</source>
        <translation>No se pudo mover la copia restaurada a %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: %1</source>
        <translation>No se pudo escribir la copia de seguridad automática: %1</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this computer. Install the PostgreSQL client tools (Debian: sudo apt-get install postgresql-client), or make the backup on the server with: %1</source>
        <translation>pg_dump no está instalado en este equipo. Instale las herramientas de cliente de PostgreSQL (Debian: sudo apt-get install postgresql-client) o haga la copia de seguridad en el servidor con: %1</translation>
    </message>
    <message>
        <source>pg_dump could not back up the server database: %1</source>
        <translation>pg_dump no pudo hacer la copia de seguridad de la base de datos del servidor: %1</translation>
    </message>
    <message>
        <source>Could not move the dump to %1.</source>
        <translation>No se pudo mover el volcado a %1.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database it copies (%1).</source>
        <translation>No se puede escribir una copia de seguridad sobre la base de datos que copia (%1).</translation>
    </message>
</context>
<context>
    <name>CarePhase</name>
    <message>
        <source>Acute</source>
        <translation>Aguda</translation>
    </message>
    <message>
        <source>Subacute</source>
        <translation>Subaguda</translation>
    </message>
    <message>
        <source>Chronic</source>
        <translation>Crónica</translation>
    </message>
    <message>
        <source>Phase unknown</source>
        <translation>Fase desconocida</translation>
    </message>
</context>
<context>
    <name>ChangeInterpretation</name>
    <message>
        <source>Ostelo 2008 (Spine 33:90): 2 points or 30%; recovered = 0 (Kamper 2010)</source>
        <translation>Ostelo 2008 (Spine 33:90): 2 puntos o 30 %; recuperado = 0 (Kamper 2010)</translation>
    </message>
    <message>
        <source>Ostelo 2008: 10 points or 30%; 12 points in physiotherapy clinics (Abbott &amp; Schmitt 2014, JOSPT 44:560)</source>
        <translation>Ostelo 2008: 10 puntos o 30 %; 12 puntos en consultas de fisioterapia (Abbott &amp; Schmitt 2014, JOSPT 44:560)</translation>
    </message>
    <message>
        <source>Ostelo 2008: 5 points or 30% (2-3 points minimum, Bombardier 2001); recovered = 2 or less</source>
        <translation>Ostelo 2008: 5 puntos o 30 % (mínimo 2-3 puntos, Bombardier 2001); recuperado = 2 o menos</translation>
    </message>
    <message>
        <source>Hill 2008: no change threshold is published; the risk group is shown</source>
        <translation>Hill 2008: no hay un umbral de cambio publicado; se muestra el grupo de riesgo</translation>
    </message>
    <message>
        <source>Abbott &amp; Schmitt 2014: 2 points for the mean, 3 for one activity (MID 1.3 / 2.3 / 2.7 small / medium / large)</source>
        <translation>Abbott &amp; Schmitt 2014: 2 puntos para la media, 3 para una actividad (MID 1,3 / 2,3 / 2,7 pequeña / media / grande)</translation>
    </message>
    <message>
        <source>TSK-17: a change of 4 points or more</source>
        <translation>TSK-17: un cambio de 4 puntos o más</translation>
    </message>
    <message>
        <source>No published threshold; shown for information</source>
        <translation>Sin umbral publicado; se muestra a título informativo</translation>
    </message>
    <message>
        <source>No follow-up yet</source>
        <translation>Aún sin seguimiento</translation>
    </message>
    <message>
        <source>No threshold</source>
        <translation>Sin umbral</translation>
    </message>
    <message>
        <source>Important improvement</source>
        <translation>Mejoría relevante</translation>
    </message>
    <message>
        <source>Important worsening</source>
        <translation>Empeoramiento relevante</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation>Por debajo del umbral</translation>
    </message>
    <message>
        <source>none published</source>
        <translation>no publicado</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>%1 or %2%</source>
        <translation>%1 o %2 %</translation>
    </message>
    <message>
        <source>Baseline only; no follow-up value yet.</source>
        <translation>Solo valor inicial; aún no hay valor de seguimiento.</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Sin cambios.</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1 %)</translation>
    </message>
    <message>
        <source>Better by %1%2.</source>
        <translation>Mejor en %1%2.</translation>
    </message>
    <message>
        <source>Worse by %1%2.</source>
        <translation>Peor en %1%2.</translation>
    </message>
    <message>
        <source>Clinically important improvement.</source>
        <translation>Mejoría clínicamente relevante.</translation>
    </message>
    <message>
        <source>Clinically important worsening.</source>
        <translation>Empeoramiento clínicamente relevante.</translation>
    </message>
    <message>
        <source>Less than the clinically important change (%1).</source>
        <translation>Menor que el cambio clínicamente relevante (%1).</translation>
    </message>
    <message>
        <source>Recovered.</source>
        <translation>Recuperado.</translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>lower is better</source>
        <translation>menor es mejor</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>mayor es mejor</translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>&apos;%1&apos; is not a %2 id (a positive whole number).</source>
        <translation>«%1» no es un id válido (%2): se espera un número entero positivo.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprime JSON.</translation>
    </message>
    <message>
        <source>Wrong number of arguments. Usage: gradus-cli %1 [options]%2 (--help says more).</source>
        <translation>Número de argumentos incorrecto. Uso: gradus-cli %1 [opciones]%2 (--help da más detalles).</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>gradus-cli: unknown %1 command &apos;%2&apos;.</source>
        <translation>gradus-cli: orden de %1 desconocida: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Usage: gradus-cli %1 &lt;command&gt; [options]</source>
        <translation>Uso: gradus-cli %1 &lt;orden&gt; [opciones]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Run &apos;gradus-cli %1 &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Ejecute &apos;gradus-cli %1 &lt;orden&gt; --help&apos; para ver las opciones de una orden.</translation>
    </message>
    <message>
        <source>--tolerance must be numbers separated by commas (e.g. 10,12,11); &quot;%1&quot; is not a number.</source>
        <translation>--tolerance debe ser una lista de números separados por comas (p. ej., 10,12,11); &quot;%1&quot; no es un número.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 debe ser un número entero, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>gradus-cli: programme %1 is active, so the change goes into draft version %2 (id %3); the patient keeps version %4 until &apos;gradus-cli programme activate %3&apos;.</source>
        <translation>gradus-cli: el programa %1 está activo, así que el cambio va a la versión en borrador %2 (id %3); el paciente conserva la versión %4 hasta &apos;gradus-cli programme activate %3&apos;.</translation>
    </message>
    <message>
        <source>There is no template &apos;%1&apos;.</source>
        <translation>No existe la plantilla &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Start one with &apos;gradus-cli db create&apos;, &apos;patient add&apos; or &apos;demo&apos;.</source>
        <translation>Cree una con &apos;gradus-cli db create&apos;, &apos;patient add&apos; o &apos;demo&apos;.</translation>
    </message>
</context>
<context>
    <name>ClinicCommand</name>
    <message>
        <source>Clinic details, handout and pacing defaults, and this desk&apos;s clinician</source>
        <translation>Datos de la clínica, valores predeterminados de las hojas de ejercicios y del ritmo de actividad, y el profesional de este puesto</translation>
    </message>
    <message>
        <source>Show the clinic&apos;s settings</source>
        <translation>Muestra la configuración de la clínica</translation>
    </message>
    <message>
        <source>Change one or more of the clinic&apos;s settings</source>
        <translation>Cambia uno o varios ajustes de la configuración de la clínica</translation>
    </message>
    <message>
        <source>Show the clinic&apos;s settings (shared by every desk of the clinic) and this desk&apos;s clinician name.</source>
        <translation>Muestra la configuración de la clínica (compartida por todos los puestos de la clínica) y el nombre del profesional de este puesto.</translation>
    </message>
    <message>
        <source>Change the clinic&apos;s settings. Only the options given change; an empty value (--email &quot;&quot;) clears a text. Nothing is changed when one value is refused.</source>
        <translation>Cambia la configuración de la clínica. Solo cambian las opciones indicadas; un valor vacío (--email &quot;&quot;) borra un texto. No se cambia nada si se rechaza un valor.</translation>
    </message>
    <message>
        <source>The logo printed on handouts: a PNG or SVG file (at most 1 MB), stored in the database.</source>
        <translation>El logotipo que se imprime en las hojas de ejercicios: un archivo PNG o SVG (de 1 MB como máximo), guardado en la base de datos.</translation>
    </message>
    <message>
        <source>Remove the logo.</source>
        <translation>Quita el logotipo.</translation>
    </message>
    <message>
        <source>This desk&apos;s clinician name, recorded on visits and printed on handouts (a desk preference, not stored in the database); empty = the account&apos;s name.</source>
        <translation>El nombre del profesional de este puesto, que se registra en las visitas y se imprime en las hojas de ejercicios (una preferencia del puesto, no se guarda en la base de datos); vacío = el nombre de la cuenta.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Imprime el resultado como JSON.</translation>
    </message>
    <message>
        <source>Give either --logo or --no-logo, not both.</source>
        <translation>Indique --logo o --no-logo, no ambas.</translation>
    </message>
    <message>
        <source>clinic set needs at least one setting to change (see --help).</source>
        <translation>clinic set necesita al menos un ajuste que cambiar (véase --help).</translation>
    </message>
    <message>
        <source>Clinician at this desk</source>
        <translation>Profesional de este puesto</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1, %2 bytes</translation>
    </message>
    <message>
        <source>Refuse the change unless the clinic&apos;s settings are still at version N (shown as &quot;version&quot; by clinic show --json); nothing is written when another desk changed any of them meanwhile.</source>
        <translation>Rechaza el cambio salvo que la configuración de la clínica siga en la versión N (la que muestra como &quot;version&quot; clinic show --json); no se escribe nada si otro puesto ha cambiado mientras tanto alguno de sus valores.</translation>
    </message>
    <message>
        <source>--if-version must be a positive whole number, found &apos;%1&apos;.</source>
        <translation>--if-version debe ser un número entero positivo; es &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>ClinicLogo</name>
    <message>
        <source>The logo file %1 cannot be read.</source>
        <translation>No se puede leer el archivo de logotipo %1.</translation>
    </message>
    <message>
        <source>The logo file %1 is %2 KB; a logo may be at most %3 KB.</source>
        <translation>El archivo de logotipo %1 ocupa %2 KB; un logotipo puede ocupar como máximo %3 KB.</translation>
    </message>
    <message>
        <source>The logo is %1 KB; a logo may be at most %2 KB.</source>
        <translation>El logotipo ocupa %1 KB; un logotipo puede ocupar como máximo %2 KB.</translation>
    </message>
    <message>
        <source>The logo is a damaged PNG image.</source>
        <translation>El logotipo es una imagen PNG dañada.</translation>
    </message>
    <message>
        <source>The logo is an SVG image that cannot be drawn.</source>
        <translation>El logotipo es una imagen SVG que no se puede dibujar.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or SVG image.</source>
        <translation>El logotipo debe ser una imagen PNG o SVG.</translation>
    </message>
</context>
<context>
    <name>ClinicSettings</name>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 debe ser un número entero.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>Paper size must be &quot;a4&quot; or &quot;letter&quot;.</source>
        <translation>El tamaño de papel debe ser &quot;a4&quot; o &quot;letter&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (name@example.org).</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico (nombre@ejemplo.org).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (www.example.org).</source>
        <translation>&quot;%1&quot; no es una dirección web (www.ejemplo.org).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a telephone number: use digits, spaces and + ( ) - . / only.</source>
        <translation>&quot;%1&quot; no es un número de teléfono: use solo cifras, espacios y + ( ) - . /</translation>
    </message>
    <message>
        <source>Handout language must be one of %1.</source>
        <translation>El idioma de las hojas debe ser uno de estos: %1.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or SVG image.</source>
        <translation>El logotipo debe ser una imagen PNG o SVG.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Idioma de las hojas</translation>
    </message>
    <message>
        <source>Baseline (% of tolerance)</source>
        <translation>Línea base (% de la tolerancia)</translation>
    </message>
    <message>
        <source>Weekly increase (% of baseline)</source>
        <translation>Incremento semanal (% de la línea base)</translation>
    </message>
    <message>
        <source>Highest acceptable pain during exercise</source>
        <translation>Dolor aceptable máximo durante el ejercicio</translation>
    </message>
    <message>
        <source>Highest safe pain during exercise</source>
        <translation>Dolor seguro máximo durante el ejercicio</translation>
    </message>
    <message>
        <source>Bad days before a step back</source>
        <translation>Días malos antes de un retroceso</translation>
    </message>
    <message>
        <source>Step back (%)</source>
        <translation>Retroceso (%)</translation>
    </message>
    <message>
        <source>New back pain is a red flag under age</source>
        <translation>Dolor de espalda nuevo: bandera roja en menores de</translation>
    </message>
    <message>
        <source>New back pain is a red flag over age</source>
        <translation>Dolor de espalda nuevo: bandera roja en mayores de</translation>
    </message>
    <message>
        <source>%1 may be at most %2 characters long.</source>
        <translation>%1 puede tener como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>The highest safe pain (%1) cannot be above the highest acceptable pain (%2).</source>
        <translation>El dolor seguro máximo (%1) no puede ser mayor que el dolor aceptable máximo (%2).</translation>
    </message>
    <message>
        <source>The record of the clinic&apos;s settings</source>
        <translation>El registro de la configuración de la clínica</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
</context>
<context>
    <name>ConditionCatalog</name>
    <message>
        <source>The condition list is not valid JSON: %1</source>
        <translation>La lista de afecciones no es JSON válido: %1</translation>
    </message>
    <message>
        <source>The condition list is empty.</source>
        <translation>La lista de afecciones está vacía.</translation>
    </message>
    <message>
        <source>The condition code &apos;%1&apos; is not snake_case.</source>
        <translation>El código de afección &apos;%1&apos; no está en snake_case.</translation>
    </message>
    <message>
        <source>The condition code &apos;%1&apos; has no name.</source>
        <translation>El código de afección &apos;%1&apos; no tiene nombre.</translation>
    </message>
    <message>
        <source>The condition code &apos;%1&apos; appears twice.</source>
        <translation>El código de afección &apos;%1&apos; aparece dos veces.</translation>
    </message>
    <message>
        <source>The amount of condition code &apos;%1&apos; needs a name and a range.</source>
        <translation>La cantidad del código de afección &apos;%1&apos; necesita un nombre y un intervalo.</translation>
    </message>
    <message>
        <source>The phase of condition code &apos;%1&apos; must be complaint, own_onset or none (not &apos;%2&apos;).</source>
        <translation>La fase del código de afección &apos;%1&apos; debe ser complaint, own_onset o none (no &apos;%2&apos;).</translation>
    </message>
</context>
<context>
    <name>ConditionCommand</name>
    <message>
        <source>List the condition codes with their names</source>
        <translation>Lista los códigos de afección con sus nombres</translation>
    </message>
    <message>
        <source>Add a condition to a patient&apos;s open episode of care</source>
        <translation>Añade una afección al episodio asistencial abierto de un paciente</translation>
    </message>
    <message>
        <source>List a patient&apos;s conditions</source>
        <translation>Lista las afecciones de un paciente</translation>
    </message>
    <message>
        <source>List the condition codes.
JSON: an array of objects with code, name, description, source, side (whether a side can be given) and amount (name, unit, minimum, maximum; null when the code takes no number).</source>
        <translation>Lista los códigos de afección.
JSON: una matriz de objetos con code, name, description, source, side (si se puede indicar un lado) y amount (name, unit, minimum, maximum; null cuando el código no lleva número).</translation>
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
        <translation>El id del paciente.</translation>
    </message>
    <message>
        <source>A code from &apos;condition codes&apos;.</source>
        <translation>Un código de &apos;condition codes&apos;.</translation>
    </message>
    <message>
        <source>Onset date, YYYY-MM-DD.</source>
        <translation>Fecha de inicio, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>left, right or both.</source>
        <translation>left, right o both.</translation>
    </message>
    <message>
        <source>The number the code carries (pregnancy: weeks).</source>
        <translation>El número que lleva el código (embarazo: semanas).</translation>
    </message>
    <message>
        <source>A short note.</source>
        <translation>Una nota breve.</translation>
    </message>
    <message>
        <source>Record it as resolved.</source>
        <translation>La registra como resuelta.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known condition code (see &apos;gradus-cli condition codes&apos;).</source>
        <translation>&apos;%1&apos; no es un código de afección conocido (véase &apos;gradus-cli condition codes&apos;).</translation>
    </message>
    <message>
        <source>--onset must be a date written YYYY-MM-DD (not &apos;%1&apos;).</source>
        <translation>--onset debe ser una fecha con el formato YYYY-MM-DD (no &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--side must be left, right or both (not &apos;%1&apos;).</source>
        <translation>--side debe ser left, right o both (no &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--amount must be a whole number (not &apos;%1&apos;).</source>
        <translation>--amount debe ser un número entero (no &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>List the conditions of the patient&apos;s open episode of care (with --all, of every episode).
JSON: an array of objects with id, episode_id, code, name, side, amount, onset, status, note.</source>
        <translation>Lista las afecciones del episodio asistencial abierto del paciente (con --all, de todos los episodios).
JSON: una matriz de objetos con id, episode_id, code, name, side, amount, onset, status, note.</translation>
    </message>
    <message>
        <source>Include closed episodes.</source>
        <translation>Incluye los episodios cerrados.</translation>
    </message>
    <message>
        <source>List condition codes; add, edit and list a patient&apos;s conditions</source>
        <translation>Lista los códigos de afección; añade, modifica y lista las afecciones de un paciente</translation>
    </message>
    <message>
        <source>Change a condition&apos;s onset, side, amount, note or status</source>
        <translation>Cambia el inicio, el lado, la cantidad, la nota o el estado de una afección</translation>
    </message>
    <message>
        <source>Add a coded condition to the patient&apos;s open episode of care, opening one today when none is open. An episode opened here takes the --onset of a complaint (such as sciatica) as its own onset: the phase of care comes from it. Prints the new condition&apos;s id (with --json, the condition with episode_opened telling whether an episode was opened).</source>
        <translation>Añade una afección codificada al episodio asistencial abierto del paciente, y abre uno con fecha de hoy si no hay ninguno abierto. Un episodio abierto aquí toma como inicio propio el --onset de un motivo de consulta (como la ciática): de él depende la fase asistencial. Imprime el id de la afección nueva (con --json, la afección, con episode_opened indicando si se abrió un episodio).</translation>
    </message>
    <message>
        <source>Change a condition of a patient&apos;s clinical profile: only the options given change. The onset dates the condition (for recent surgery: the date of surgery); the safety check takes the phase of care from it. &apos;none&apos; clears --onset or --amount. Prints the condition&apos;s id (with --json, the condition).</source>
        <translation>Cambia una afección del perfil clínico de un paciente: solo cambian las opciones indicadas. El inicio fecha la afección (en una cirugía reciente: la fecha de la cirugía); la comprobación de seguridad toma de él la fase asistencial. &apos;none&apos; borra --onset o --amount. Imprime el id de la afección (con --json, la afección).</translation>
    </message>
    <message>
        <source>The condition&apos;s id (see &apos;condition list&apos;).</source>
        <translation>El id de la afección (véase &apos;condition list&apos;).</translation>
    </message>
    <message>
        <source>Onset date, YYYY-MM-DD, or none.</source>
        <translation>Fecha de inicio, YYYY-MM-DD, o none.</translation>
    </message>
    <message>
        <source>The number the code carries (pregnancy: weeks), or none.</source>
        <translation>El número que lleva el código (embarazo: semanas), o none.</translation>
    </message>
    <message>
        <source>A short note (replaces the old one).</source>
        <translation>Una nota breve (sustituye a la anterior).</translation>
    </message>
    <message>
        <source>active or resolved.</source>
        <translation>active o resolved.</translation>
    </message>
    <message>
        <source>condition edit needs at least one of --onset, --side, --amount, --note or --status.</source>
        <translation>condition edit necesita al menos una de estas opciones: --onset, --side, --amount, --note o --status.</translation>
    </message>
    <message>
        <source>--onset must be a date written YYYY-MM-DD or none (not &apos;%1&apos;).</source>
        <translation>--onset debe ser una fecha con el formato YYYY-MM-DD, o none (no &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--amount must be a whole number or none (not &apos;%1&apos;).</source>
        <translation>--amount debe ser un número entero o none (no &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--status must be active or resolved (not &apos;%1&apos;).</source>
        <translation>--status debe ser active o resolved (no &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>afección</translation>
    </message>
</context>
<context>
    <name>ConditionRepository</name>
    <message>
        <source>There is no condition with id %1.</source>
        <translation>No existe ninguna afección con el id %1.</translation>
    </message>
    <message>
        <source>There is no episode of care with id %1.</source>
        <translation>No existe ningún episodio asistencial con el id %1.</translation>
    </message>
    <message>
        <source>%1 is already an active part of this episode&apos;s profile.</source>
        <translation>%1 ya forma parte activa del perfil de este episodio.</translation>
    </message>
    <message>
        <source>Only a stored condition can be restored.</source>
        <translation>Solo se puede restaurar una afección guardada.</translation>
    </message>
    <message>
        <source>A condition cannot be moved to another episode.</source>
        <translation>Una afección no se puede trasladar a otro episodio.</translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation>Afección %1</translation>
    </message>
</context>
<context>
    <name>ConflictReport</name>
    <message>
        <source>%1 was changed by %2 at %3 (%4) after you read it (you edited version %5; it is now version %6). Nothing was written: read it again and make your change on the new version.</source>
        <translation>%2 modificó %1 el %3 (%4) después de que usted lo leyera (usted editó la versión %5; ahora es la versión %6). No se ha escrito nada: vuelva a leer el registro y haga su cambio sobre la versión nueva.</translation>
    </message>
    <message>
        <source>no field shown</source>
        <translation>ningún campo visible</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere after you read it (you edited version %2; it is now version %3). Nothing was written: read it again and make your change on the new version.</source>
        <translation>%1 se modificó en otro lugar después de que usted lo leyera (usted editó la versión %2; ahora es la versión %3). No se ha escrito nada: vuelva a leer el registro y haga su cambio sobre la versión nueva.</translation>
    </message>
</context>
<context>
    <name>CreatePacingPlanCommand</name>
    <message>
        <source>New Graded Activity Plan</source>
        <translation>Nuevo plan de actividad graduada</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The %1 database driver is not installed (package %2).</source>
        <translation>El controlador de base de datos %1 no está instalado (paquete %2).</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Gradus database. It has not been changed.</source>
        <translation>%1 es una base de datos de otro programa, no de Gradus. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Gradus (schema %2; this program understands up to %3). Install the newer Gradus to open it. The file has not been changed.</source>
        <translation>%1 se escribió con una versión más reciente de Gradus (esquema %2; este programa admite hasta el %3). Instale la versión más reciente de Gradus para abrirlo. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Gradus (schema %2; this program understands up to %3). Install the newer Gradus to open it. Nothing has been changed.</source>
        <translation>%1 se escribió con una versión más reciente de Gradus (esquema %2; este programa admite hasta el %3). Instale la versión más reciente de Gradus para abrirla. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>The database needs an upgrade, but the backup copy before the upgrade could not be written (%1). Nothing has been changed.</source>
        <translation>La base de datos necesita una actualización, pero no se pudo escribir la copia de seguridad previa (%1). No se ha modificado nada.</translation>
    </message>
    <message>
        <source>Schema step %1 is missing from this build.</source>
        <translation>Falta el paso de esquema %1 en esta compilación.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2. The database was left at schema %3.</source>
        <translation>La actualización de la base de datos al esquema %1 ha fallado: %2. La base de datos se ha quedado en el esquema %3.</translation>
    </message>
    <message>
        <source>The new record was not created.</source>
        <translation>No se ha creado el registro nuevo.</translation>
    </message>
    <message>
        <source>Backups of a server database are made on the server (pg_dump).</source>
        <translation>Las copias de seguridad de una base de datos en servidor se hacen en el servidor (pg_dump).</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>No hay ninguna transacción abierta.</translation>
    </message>
    <message>
        <source>An earlier step failed, so nothing was saved.</source>
        <translation>Ha fallado un paso anterior, así que no se ha guardado nada.</translation>
    </message>
    <message>
        <source>A change was attempted inside a read-only unit of work.</source>
        <translation>Se intentó un cambio dentro de una unidad de trabajo de solo lectura.</translation>
    </message>
    <message>
        <source>The database is busy: another desk or program is saving and did not finish in time. Nothing was changed; try again.</source>
        <translation>La base de datos está ocupada: otro puesto u otro programa está guardando y no ha terminado a tiempo. No se ha cambiado nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The transaction was not active.</source>
        <translation>La transacción no estaba activa.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself; choose another name.</source>
        <translation>Una copia de seguridad no puede sustituir a la propia base de datos; elija otro nombre.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: the disk is full. Nothing was written.</source>
        <translation>No se pudo escribir la copia de seguridad %1: el disco está lleno. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2 Nothing was written.</source>
        <translation>No se pudo escribir la copia de seguridad %1: %2 No se ha escrito nada.</translation>
    </message>
    <message>
        <source>There is no database at %1. Nothing was created.</source>
        <translation>No hay ninguna base de datos en %1. No se ha creado nada.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Gradus database. It has not been changed. To make a new database there, ask for one explicitly (File → New Database, or gradus-cli db create).</source>
        <translation>%1 es un archivo vacío, no una base de datos de Gradus. No se ha modificado. Para crear allí una base de datos nueva, pídala expresamente (Archivo → Nueva base de datos, o gradus-cli db create).</translation>
    </message>
    <message>
        <source>A new database cannot be made at %1: %2. Nothing was changed.</source>
        <translation>No se puede crear una base de datos nueva en %1: %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to schema %2 before this Gradus can use it, but %3. It has not been changed; make it writable to upgrade it.</source>
        <translation>%1 necesita una actualización al esquema %2 para que este Gradus pueda usarlo, pero %3. No se ha modificado; permita la escritura en él para actualizarlo.</translation>
    </message>
    <message>
        <source>Could not create a new database at %1: %2 Nothing was created.</source>
        <translation>No se pudo crear una base de datos nueva en %1: %2 No se ha creado nada.</translation>
    </message>
    <message>
        <source>Could not read %1 (%2). It has not been changed.</source>
        <translation>No se pudo leer %1 (%2). No se ha modificado.</translation>
    </message>
    <message>
        <source>The account %1 may not read the Gradus tables of %2 (%3). Ask the administrator of the database server to grant it access. Nothing has been changed.</source>
        <translation>La cuenta %1 no tiene permiso para leer las tablas de Gradus de %2 (%3). Pida al administrador del servidor de base de datos que le conceda acceso. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(predeterminada)</translation>
    </message>
    <message>
        <source>%1 records no schema version, so it is not a complete Gradus database. It has not been changed.</source>
        <translation>%1 no registra ninguna versión de esquema, así que no es una base de datos de Gradus completa. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 records an unreadable schema version, so it is not a complete Gradus database. It has not been changed.</source>
        <translation>%1 registra una versión de esquema ilegible, así que no es una base de datos de Gradus completa. No se ha modificado.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database location was given.</source>
        <translation>No se ha indicado la ubicación de la base de datos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address. Use postgresql://user@host:port/database.</source>
        <translation>&quot;%1&quot; no es una dirección de servidor válida. Use postgresql://usuario@host:puerto/basededatos.</translation>
    </message>
    <message>
        <source>The database location contains a NUL character.</source>
        <translation>La ubicación de la base de datos contiene un carácter NUL.</translation>
    </message>
    <message>
        <source>The server address gives the option &quot;%1&quot; twice.</source>
        <translation>La dirección del servidor indica dos veces la opción &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>sslmode must be one of %1, not &quot;%2&quot;.</source>
        <translation>sslmode debe ser uno de estos: %1, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>sslrootcert must name a certificate file without &apos;;&apos;, not &quot;%1&quot;.</source>
        <translation>sslrootcert debe indicar un archivo de certificado sin &apos;;&apos;, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>connect_timeout debe ser un número de segundos entre 1 y 3600, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The server address has an unknown option &quot;%1&quot;; Gradus understands sslmode, sslrootcert and connect_timeout.</source>
        <translation>La dirección del servidor tiene una opción desconocida, &quot;%1&quot;; Gradus admite sslmode, sslrootcert y connect_timeout.</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>Database information and backups</source>
        <translation>Información y copias de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Show the database location, schema version and record counts</source>
        <translation>Muestra la ubicación de la base de datos, la versión del esquema y el número de registros</translation>
    </message>
    <message>
        <source>Write a complete copy of the database to a file</source>
        <translation>Escribe una copia completa de la base de datos en un archivo</translation>
    </message>
    <message>
        <source>Show the database location, schema version and record counts.</source>
        <translation>Muestra la ubicación de la base de datos, la versión del esquema y el número de registros.</translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation>Base de datos:       %1</translation>
    </message>
    <message>
        <source>Backend:         %1</source>
        <translation>Motor:               %1</translation>
    </message>
    <message>
        <source>Schema version:  %1 (this program: %2)</source>
        <translation>Versión del esquema: %1 (este programa: %2)</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>Where to write the copy (must not exist).</source>
        <translation>Dónde escribir la copia (no debe existir).</translation>
    </message>
    <message>
        <source>Check a backup and write it as a new database file</source>
        <translation>Comprueba una copia de seguridad y la escribe como un archivo de base de datos nuevo</translation>
    </message>
    <message>
        <source>List the automatic daily backups; set how many are kept</source>
        <translation>Lista las copias de seguridad diarias automáticas; establece cuántas se conservan</translation>
    </message>
    <message>
        <source>Write a complete copy of the database to FILE, readable by you only. A SQLite store is copied while open; a PostgreSQL store is dumped with pg_dump (custom format; restore it with pg_restore), which must be installed (package postgresql-client).
The app also keeps automatic daily copies in backups/ beside a SQLite store (the newest 7 unless the clinic setting backup/keep says otherwise; 0 turns them off).</source>
        <translation>Escribe en FILE una copia completa de la base de datos, legible solo por usted. Una base de datos SQLite se copia abierta; una de PostgreSQL se vuelca con pg_dump (formato personalizado; restáurela con pg_restore), que debe estar instalado (paquete postgresql-client).
La aplicación también guarda copias diarias automáticas en backups/, junto a una base de datos SQLite (las 7 más recientes, salvo que la configuración de la clínica backup/keep indique otra cosa; 0 las desactiva).</translation>
    </message>
    <message>
        <source>Check BACKUP (a Gradus SQLite database: SQLite&apos;s integrity check, a schema this Gradus reads) and write it as the new database file NEW_FILE, readable by you only. Nothing is written over an existing file without --force, and never over the database in use (--database) or the backup itself. Open the result with --database NEW_FILE; an older schema is upgraded then, after a copy.
JSON: path, schema_version, patients, visits, programmes.</source>
        <translation>Comprueba BACKUP (una base de datos SQLite de Gradus: la comprobación de integridad de SQLite y un esquema que este Gradus lee) y la escribe como el nuevo archivo de base de datos NEW_FILE, legible solo por usted. No se sobrescribe ningún archivo existente sin --force, y nunca la base de datos en uso (--database) ni la propia copia de seguridad. Abra el resultado con --database NEW_FILE; un esquema antiguo se actualiza entonces, después de hacer una copia.
JSON: path, schema_version, patients, visits, programmes.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>El archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>The new database file.</source>
        <translation>El archivo de base de datos nuevo.</translation>
    </message>
    <message>
        <source>Replace NEW_FILE if it exists (never the database in use).</source>
        <translation>Sustituye NEW_FILE si ya existe (nunca la base de datos en uso).</translation>
    </message>
    <message>
        <source>db restore needs --to NEW_FILE.</source>
        <translation>db restore necesita --to NEW_FILE.</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 ya existe; añada --force para sustituirlo.</translation>
    </message>
    <message>
        <source>gradus-cli: restored a backup with %1 patients, %2 visits and %3 programmes (schema %4). Open it with --database %5</source>
        <translation>gradus-cli: se ha restaurado una copia de seguridad con %1 pacientes, %2 visitas y %3 programas (esquema %4). Ábrala con --database %5</translation>
    </message>
    <message>
        <source>List the automatic daily backups in backups/ beside a SQLite store (the app makes at most one a day when it starts) and how many are kept.
--keep N changes the clinic setting backup/keep (0 to 365; 0 turns automatic backups off). --now makes today&apos;s copy if there is none yet, as the app does, for a store the app rarely opens.
JSON: keep, folder, backups (path, date, bytes) oldest first.</source>
        <translation>Lista las copias de seguridad diarias automáticas de backups/, junto a una base de datos SQLite (la aplicación hace como máximo una al día al iniciarse), y cuántas se conservan.
--keep N cambia la configuración de la clínica backup/keep (de 0 a 365; 0 desactiva las copias automáticas). --now hace la copia de hoy si aún no existe, como hace la aplicación, para una base de datos que la aplicación rara vez abre.
JSON: keep, folder, backups (path, date, bytes), de la más antigua a la más reciente.</translation>
    </message>
    <message>
        <source>How many daily backups to keep from now on.</source>
        <translation>Cuántas copias diarias se conservan a partir de ahora.</translation>
    </message>
    <message>
        <source>Make today&apos;s automatic backup if it is not there yet.</source>
        <translation>Hace la copia de seguridad automática de hoy si aún no existe.</translation>
    </message>
    <message>
        <source>--keep must be a whole number from %1 to %2 (found &quot;%3&quot;).</source>
        <translation>--keep debe ser un número entero entre %1 y %2 (es &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>Automatic daily backups are made for a SQLite database only; back a server up on the server (gradus-cli db backup FILE runs pg_dump).</source>
        <translation>Las copias de seguridad diarias automáticas solo se hacen para una base de datos SQLite; haga la copia de un servidor en el propio servidor (gradus-cli db backup FILE ejecuta pg_dump).</translation>
    </message>
    <message>
        <source>Automatic daily backups are off (backup/keep is 0).</source>
        <translation>Las copias de seguridad diarias automáticas están desactivadas (backup/keep es 0).</translation>
    </message>
    <message>
        <source>Automatic daily backups: the newest %1 are kept in %2.</source>
        <translation>Copias de seguridad diarias automáticas: se conservan las %1 más recientes en %2.</translation>
    </message>
    <message>
        <source>There are no automatic backups yet.</source>
        <translation>Aún no hay copias de seguridad automáticas.</translation>
    </message>
    <message>
        <source>Look for damage (integrity check); repairs nothing</source>
        <translation>Busca daños (comprobación de integridad); no repara nada</translation>
    </message>
    <message>
        <source>Make a new, empty database</source>
        <translation>Crea una base de datos nueva y vacía</translation>
    </message>
    <message>
        <source>Print each change as it is committed, from any desk</source>
        <translation>Imprime cada cambio a medida que se confirma, desde cualquier puesto</translation>
    </message>
    <message>
        <source>Read-only:       yes (%1)</source>
        <translation>Solo lectura:        sí (%1)</translation>
    </message>
    <message>
        <source>Look for damage in the database without changing it: SQLite&apos;s integrity_check and foreign_key_check, or on a server every table read through (and its indexes verified when the amcheck extension is installed); then whether every table of the recorded schema is there. Exit status 0 when no damage is found, 5 when it is.</source>
        <translation>Busca daños en la base de datos sin modificarla: integrity_check y foreign_key_check de SQLite o, en un servidor, la lectura completa de cada tabla (y la verificación de sus índices si está instalada la extensión amcheck); después comprueba que estén todas las tablas del esquema registrado. Estado de salida 0 si no se encuentran daños y 5 si se encuentran.</translation>
    </message>
    <message>
        <source>The faster check the app runs at start-up.</source>
        <translation>La comprobación más rápida que hace la aplicación al iniciarse.</translation>
    </message>
    <message>
        <source>No damage found in %1 (schema %2).</source>
        <translation>No se han encontrado daños en %1 (esquema %2).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Make a new, empty database at the --database path (or the default one). An existing database is never replaced; an empty (zero-length) file there is.</source>
        <translation>Crea una base de datos nueva y vacía en la ruta de --database (o en la predeterminada). Nunca se sustituye una base de datos existente; un archivo vacío (de longitud cero) sí.</translation>
    </message>
    <message>
        <source>%1 already exists; a new database is only made where there is none (or an empty file).</source>
        <translation>%1 ya existe; solo se crea una base de datos nueva donde no hay ninguna (o hay un archivo vacío).</translation>
    </message>
    <message>
        <source>Print one line per change committed to the database from now on, by any desk or script: time, author, action, table and record id (no values). Runs until interrupted, or until --count changes were printed.
JSON: one object per line with id, changed_at, author, action, table, record_id and patient_id.</source>
        <translation>Imprime una línea por cada cambio que se confirme en la base de datos a partir de ahora, desde cualquier puesto o script: hora, autor, acción, tabla e id del registro (sin valores). Se ejecuta hasta que se interrumpe o hasta que se han impreso --count cambios.
JSON: un objeto por línea con id, changed_at, author, action, table, record_id y patient_id.</translation>
    </message>
    <message>
        <source>Print JSON lines.</source>
        <translation>Imprime líneas JSON.</translation>
    </message>
    <message>
        <source>Stop after N changes.</source>
        <translation>Se detiene después de N cambios.</translation>
    </message>
    <message>
        <source>Look every MS milliseconds (default 1000).</source>
        <translation>Consulta cada MS milisegundos (predeterminado: 1000).</translation>
    </message>
    <message>
        <source>--count must be a whole number (not &apos;%1&apos;).</source>
        <translation>--count debe ser un número entero (no &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--interval must be between 50 and 60000 milliseconds (not &apos;%1&apos;).</source>
        <translation>--interval debe estar entre 50 y 60000 milisegundos (no &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Copy the clinic into a new SQLite file or an empty server database</source>
        <translation>Copia la clínica en un archivo SQLite nuevo o en una base de datos vacía de un servidor</translation>
    </message>
    <message>
        <source>Copy the whole clinic (every table, with pictures and history, keeping record ids) into an empty target: a new SQLite FILE, or an empty database on a server named by postgresql://user@host[:port]/dbname, where the schema is made first. The rows go in as one transaction and the copy&apos;s row count of every table is compared with the clinic&apos;s before it is committed; a target that already holds records is refused and nothing is written there.
JSON: to, backend, schema_version, rows, tables (rows per table).</source>
        <translation>Copia toda la clínica (todas las tablas, con imágenes e historial, conservando los id de registro) en un destino vacío: un archivo SQLite nuevo (FILE) o una base de datos vacía de un servidor indicada con postgresql://user@host[:port]/dbname, donde primero se crea el esquema. Las filas se insertan en una sola transacción y, antes de confirmarla, se compara el número de filas de cada tabla de la copia con el de la clínica; un destino que ya contiene registros se rechaza y no se escribe nada en él.
JSON: to, backend, schema_version, rows, tables (filas por tabla).</translation>
    </message>
    <message>
        <source>The new SQLite file or the empty server database.</source>
        <translation>El archivo SQLite nuevo o la base de datos vacía del servidor.</translation>
    </message>
    <message>
        <source>db copy needs --to URL|FILE.</source>
        <translation>db copy necesita --to URL|FILE.</translation>
    </message>
    <message>
        <source>Copied the clinic to %1 (schema %2). Rows per table, the same in the clinic and in the copy:</source>
        <translation>Se ha copiado la clínica en %1 (esquema %2). Filas por tabla, iguales en la clínica y en la copia:</translation>
    </message>
    <message>
        <source>Rows in all: %1</source>
        <translation>Filas en total: %1</translation>
    </message>
</context>
<context>
    <name>DemoClinic</name>
    <message>
        <source>Demo patient (fictional).</source>
        <translation>Paciente de demostración (ficticio).</translation>
    </message>
    <message>
        <source>Pelvic girdle and low back pain in pregnancy</source>
        <translation>Dolor de cintura pélvica y lumbalgia en el embarazo</translation>
    </message>
    <message>
        <source>Low back pain with left leg pain</source>
        <translation>Lumbalgia con dolor en la pierna izquierda</translation>
    </message>
    <message>
        <source>Low back pain with right leg pain</source>
        <translation>Lumbalgia con dolor en la pierna derecha</translation>
    </message>
    <message>
        <source>Back pain spreading into both legs</source>
        <translation>Dolor de espalda que se irradia a ambas piernas</translation>
    </message>
    <message>
        <source>Low back pain</source>
        <translation>Lumbalgia</translation>
    </message>
    <message>
        <source>Low back pain after lifting</source>
        <translation>Lumbalgia tras levantar un peso</translation>
    </message>
    <message>
        <source>Stiff, aching lower back</source>
        <translation>Rigidez y dolor sordo en la zona lumbar</translation>
    </message>
    <message>
        <source>Recurring low back pain</source>
        <translation>Lumbalgia recurrente</translation>
    </message>
    <message>
        <source>Treated high blood pressure</source>
        <translation>Hipertensión arterial tratada</translation>
    </message>
    <message>
        <source>Stable angina</source>
        <translation>Angina estable</translation>
    </message>
    <message>
        <source>Heart failure, stable on medication</source>
        <translation>Insuficiencia cardiaca, estable con medicación</translation>
    </message>
    <message>
        <source>Lumbar microdiscectomy</source>
        <translation>Microdiscectomía lumbar</translation>
    </message>
    <message>
        <source>Total hip replacement</source>
        <translation>Prótesis total de cadera</translation>
    </message>
    <message>
        <source>Laparoscopic hernia repair</source>
        <translation>Reparación laparoscópica de hernia</translation>
    </message>
    <message>
        <source>The number of demo patients must be between 1 and %1 (not %2).</source>
        <translation>El número de pacientes de demostración debe estar entre 1 y %1 (no %2).</translation>
    </message>
    <message>
        <source>The number of demo visits must be between 0 and %1 (not %2).</source>
        <translation>El número de visitas de demostración debe estar entre 0 y %1 (no %2).</translation>
    </message>
    <message>
        <source>Cancelled: no demo patient was written.</source>
        <translation>Cancelado: no se ha guardado ningún paciente de demostración.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create fictional demo patients</source>
        <translation>Crea pacientes de demostración ficticios</translation>
    </message>
    <message>
        <source>How many patients (1-%1).</source>
        <translation>Cuántos pacientes (1-%1).</translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation>Semilla aleatoria (predeterminada: %1).</translation>
    </message>
    <message>
        <source>demo needs --patients N.</source>
        <translation>demo necesita --patients N.</translation>
    </message>
    <message>
        <source>--patients must be a whole number (not &apos;%1&apos;).</source>
        <translation>--patients debe ser un número entero (no &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--seed must be a whole number (not &apos;%1&apos;).</source>
        <translation>--seed debe ser un número entero (no &apos;%1&apos;).</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 demo patients (episodes of care: %2, conditions: %3).</source>
        <translation>
            <numerusform>Se ha creado %1 paciente de demostración (episodios asistenciales: %2, afecciones: %3).</numerusform>
            <numerusform>Se han creado %1 pacientes de demostración (episodios asistenciales: %2, afecciones: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 patients</source>
        <translation>%1 de %2 pacientes</translation>
    </message>
    <message>
        <source>Create N fictional patients (names from many languages, episodes of care and clinical profiles) with M visits and their questionnaires, in one transaction. Clinic numbers start with DEMO-; the same --seed gives the same clinic. A bar shows progress on a terminal; Ctrl+C cancels and writes nothing.
JSON: patients, episodes, conditions, visits, measures, rows, seconds.</source>
        <translation>Crear N pacientes ficticios (nombres de muchos idiomas, episodios de atención y perfiles clínicos) con M visitas y sus cuestionarios, en una sola transacción. Los números de historia clínica empiezan por DEMO-; la misma --seed da la misma clínica. Una barra muestra el progreso en un terminal; Ctrl+C cancela y no se guarda nada.
JSON: patients, episodes, conditions, visits, measures, rows, seconds.</translation>
    </message>
    <message>
        <source>How many visits in all, spread over the patients and their episodes (0-%1; default: 8 for each of the first %2 patients with an open episode).</source>
        <translation>Cuántas visitas en total, repartidas entre los pacientes y sus episodios (0-%1; predeterminado: 8 para cada uno de los primeros %2 pacientes con un episodio abierto).</translation>
    </message>
    <message>
        <source>Report progress on standard error even when it is not a terminal.</source>
        <translation>Informar del progreso en la salida de error estándar aunque no sea un terminal.</translation>
    </message>
    <message>
        <source>--visits must be a whole number (not &apos;%1&apos;).</source>
        <translation>--visits debe ser un número entero (no &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Visits: %1, outcome measures: %2; %3 rows in %4 s.</source>
        <translation>Visitas: %1, medidas de resultado: %2; %3 filas en %4 s.</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <source>Create Demo Patients</source>
        <translation>Crear pacientes de demostración</translation>
    </message>
    <message>
        <source>Create %1 fictional demo patients to try Gradus?</source>
        <translation>¿Crear %1 pacientes de demostración ficticios para probar Gradus?</translation>
    </message>
    <message>
        <source>They have invented names from many languages, episodes of care and clinical profiles. Their clinic numbers start with DEMO- and their notes say they are fictional, so they are easy to find and delete later.</source>
        <translation>Tienen nombres inventados de muchos idiomas, episodios asistenciales y perfiles clínicos. Sus números de historia clínica empiezan por DEMO- y sus notas indican que son ficticios, así que es fácil encontrarlos y eliminarlos después.</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Demo Patients</source>
        <translation>Pacientes de demostración</translation>
    </message>
    <message>
        <source>Creating %1 demo patients…</source>
        <translation>Creando %1 pacientes de demostración…</translation>
    </message>
</context>
<context>
    <name>DemoVisits</name>
    <message>
        <source>Ask for at least one demo visit.</source>
        <translation>Pida al menos una visita de demostración.</translation>
    </message>
    <message>
        <source>Walking quota met most days. Reviewed lifting technique.</source>
        <translation>Cuota de marcha cumplida casi todos los días. Revisada la técnica de levantamiento de cargas.</translation>
    </message>
    <message>
        <source>Flare after a long drive; settled within two days.</source>
        <translation>Reagudización tras un viaje largo en coche; remitió en dos días.</translation>
    </message>
    <message>
        <source>Sleeping better. Progressed bridge holds.</source>
        <translation>Duerme mejor. Se progresan los mantenimientos del puente.</translation>
    </message>
    <message>
        <source>Leg pain now above the knee only.</source>
        <translation>El dolor de pierna ya solo llega por encima de la rodilla.</translation>
    </message>
    <message>
        <source>Back at work on reduced hours.</source>
        <translation>Ha vuelto al trabajo con jornada reducida.</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>caminar</translation>
    </message>
    <message>
        <source>Sitting at work for an hour</source>
        <translation>Estar sentado en el trabajo una hora</translation>
    </message>
    <message>
        <source>Lifting the laundry basket</source>
        <translation>Levantar el cesto de la ropa</translation>
    </message>
    <message>
        <source>Walking to the shops</source>
        <translation>Ir andando a las tiendas</translation>
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
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <source>Alternating</source>
        <translation>Alternando</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Sustituido</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Hold seconds</source>
        <translation>Segundos de mantenimiento</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Metres</source>
        <translation>Metros</translation>
    </message>
    <message>
        <source>Repetitions (holds per set)</source>
        <translation>Repeticiones (mantenimientos por serie)</translation>
    </message>
    <message>
        <source>Times per day</source>
        <translation>Veces al día</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>Días por semana</translation>
    </message>
    <message>
        <source>The prescription must name an exercise.</source>
        <translation>La prescripción debe indicar un ejercicio.</translation>
    </message>
    <message>
        <source>Rest between sets (seconds)</source>
        <translation>Descanso entre series (segundos)</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Cadencia</translation>
    </message>
    <message>
        <source>Note to the patient</source>
        <translation>Nota para el paciente</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters (found %3).</source>
        <translation>%1 debe tener como máximo %2 caracteres (tiene %3).</translation>
    </message>
    <message>
        <source>The programme needs a name.</source>
        <translation>El programa necesita un nombre.</translation>
    </message>
    <message>
        <source>The programme name must be at most 200 characters.</source>
        <translation>El nombre del programa debe tener como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>The goal must be at most 2000 characters.</source>
        <translation>El objetivo debe tener como máximo 2000 caracteres.</translation>
    </message>
    <message>
        <source>The review date (%1) must not be before the start date (%2).</source>
        <translation>La fecha de revisión (%1) no debe ser anterior a la fecha de inicio (%2).</translation>
    </message>
    <message>
        <source>Every section needs a name.</source>
        <translation>Cada sección necesita un nombre.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot;, item %2: %3</source>
        <translation>Sección &quot;%1&quot;, elemento %2: %3</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3 (found %4).</source>
        <translation>%1 debe estar entre %2 y %3 (es %4).</translation>
    </message>
    <message>
        <source>%1 must be empty for a dose of type &quot;%2&quot; (found %3).</source>
        <translation>%1 debe quedar vacío en una dosis de tipo &quot;%2&quot; (es %3).</translation>
    </message>
    <message>
        <source>%1 sets of %2 is %3 repetitions in one session; at most %4 make a plausible dose.</source>
        <translation>%1 series de %2 son %3 repeticiones en una sesión; una dosis plausible tiene como máximo %4.</translation>
    </message>
    <message>
        <source>%1 x %2 holds of %3 seconds is more than %4 minutes of holding in one session.</source>
        <translation>%1 x %2 mantenimientos de %3 segundos suponen más de %4 minutos de mantenimiento en una sesión.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>A dose of %1 does not fit %2: it is dosed in %3.</source>
        <translation>Una dosis de %1 no es adecuada para %2: se dosifica en %3.</translation>
    </message>
</context>
<context>
    <name>EpisodeCommand</name>
    <message>
        <source>List a patient&apos;s episodes of care; set an episode&apos;s onset or complaint</source>
        <translation>Lista los episodios asistenciales de un paciente; establece el inicio o el motivo de consulta de un episodio</translation>
    </message>
    <message>
        <source>List a patient&apos;s episodes, newest first</source>
        <translation>Lista los episodios de un paciente, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>Change an episode&apos;s onset or complaint</source>
        <translation>Cambia el inicio o el motivo de consulta de un episodio</translation>
    </message>
    <message>
        <source>List a patient&apos;s episodes of care, newest first, with the phase of care their onset gives today.
JSON: an array of objects with id, patient_id, complaint, onset, opened, closed, open and phase (acute, subacute, chronic; null when the onset is not recorded).</source>
        <translation>Lista los episodios asistenciales de un paciente, del más reciente al más antiguo, con la fase asistencial que corresponde hoy según su inicio.
JSON: una matriz de objetos con id, patient_id, complaint, onset, opened, closed, open y phase (acute, subacute, chronic; null cuando el inicio no está registrado).</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>El id del paciente.</translation>
    </message>
    <message>
        <source>No episode of care recorded.</source>
        <translation>No hay ningún episodio asistencial registrado.</translation>
    </message>
    <message>
        <source>onset not recorded</source>
        <translation>inicio no registrado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>Change an episode of care: only the options given change. The onset is when the complaint began; the phase of care, and with it the safety check, follows from it (&apos;none&apos; clears it). Prints the episode&apos;s id (with --json, the episode).</source>
        <translation>Cambia un episodio asistencial: solo cambian las opciones indicadas. El inicio es cuando empezó el motivo de consulta; de él se deriva la fase asistencial y, con ella, la comprobación de seguridad (&apos;none&apos; lo borra). Imprime el id del episodio (con --json, el episodio).</translation>
    </message>
    <message>
        <source>The episode&apos;s id (see &apos;episode list&apos;).</source>
        <translation>El id del episodio (véase &apos;episode list&apos;).</translation>
    </message>
    <message>
        <source>Onset date, YYYY-MM-DD, or none.</source>
        <translation>Fecha de inicio, YYYY-MM-DD, o none.</translation>
    </message>
    <message>
        <source>The presenting complaint.</source>
        <translation>El motivo de consulta.</translation>
    </message>
    <message>
        <source>episode edit needs --onset or --complaint.</source>
        <translation>episode edit necesita --onset o --complaint.</translation>
    </message>
    <message>
        <source>--onset must be a date written YYYY-MM-DD or none (not &apos;%1&apos;).</source>
        <translation>--onset debe ser una fecha con el formato YYYY-MM-DD, o none (no &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>episode</source>
        <translation>episodio</translation>
    </message>
</context>
<context>
    <name>EpisodeEdits</name>
    <message>
        <source>Episode %1</source>
        <translation>Episodio %1</translation>
    </message>
    <message>
        <source>Opening the episode &quot;%1&quot; cannot be undone: conditions, visits, measures or a programme have been recorded in it since.</source>
        <translation>No se puede deshacer la apertura del episodio &quot;%1&quot;: desde entonces se han registrado en él afecciones, visitas, medidas o un programa.</translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation>Afección %1</translation>
    </message>
</context>
<context>
    <name>EpisodeRepository</name>
    <message>
        <source>There is no episode of care with id %1.</source>
        <translation>No existe ningún episodio asistencial con el id %1.</translation>
    </message>
    <message>
        <source>Complaint not yet recorded</source>
        <translation>Motivo de consulta aún no registrado</translation>
    </message>
    <message>
        <source>There is no patient with id %1.</source>
        <translation>No existe ningún paciente con el id %1.</translation>
    </message>
    <message>
        <source>This patient already has an open episode (&quot;%1&quot;, opened %2). Close it before opening another.</source>
        <translation>Este paciente ya tiene un episodio abierto (&quot;%1&quot;, abierto el %2). Ciérrelo antes de abrir otro.</translation>
    </message>
    <message>
        <source>Only a stored episode can be restored.</source>
        <translation>Solo se puede restaurar un episodio guardado.</translation>
    </message>
    <message>
        <source>An episode cannot be moved to another patient.</source>
        <translation>Un episodio no se puede trasladar a otro paciente.</translation>
    </message>
    <message>
        <source>This episode was already closed on %1.</source>
        <translation>Este episodio ya se cerró el %1.</translation>
    </message>
    <message>
        <source>The episode could not be removed, and nothing was changed: %1</source>
        <translation>No se pudo eliminar el episodio y no se ha modificado nada: %1</translation>
    </message>
    <message>
        <source>Episode %1</source>
        <translation>Episodio %1</translation>
    </message>
</context>
<context>
    <name>EpisodeValidator</name>
    <message>
        <source>The presenting complaint is required.</source>
        <translation>El motivo de consulta es obligatorio.</translation>
    </message>
    <message>
        <source>The presenting complaint is too long (at most %1 characters).</source>
        <translation>El motivo de consulta es demasiado largo (máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>The date the episode was opened is required.</source>
        <translation>La fecha de apertura del episodio es obligatoria.</translation>
    </message>
    <message>
        <source>The episode cannot be opened in the future (%1).</source>
        <translation>El episodio no se puede abrir en una fecha futura (%1).</translation>
    </message>
    <message>
        <source>The onset date %1 is in the future.</source>
        <translation>La fecha de inicio %1 es futura.</translation>
    </message>
    <message>
        <source>The onset date %1 is after the episode was opened (%2).</source>
        <translation>La fecha de inicio %1 es posterior a la apertura del episodio (%2).</translation>
    </message>
    <message>
        <source>The episode cannot be closed in the future (%1).</source>
        <translation>El episodio no se puede cerrar en una fecha futura (%1).</translation>
    </message>
    <message>
        <source>The episode cannot be closed (%1) before it was opened (%2).</source>
        <translation>El episodio no se puede cerrar (%1) antes de haberse abierto (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known condition code (see &apos;gradus-cli condition codes&apos;).</source>
        <translation>&apos;%1&apos; no es un código de afección conocido (véase &apos;gradus-cli condition codes&apos;).</translation>
    </message>
    <message>
        <source>%1 has no side; leave the side empty.</source>
        <translation>%1 no tiene lado; deje el lado vacío.</translation>
    </message>
    <message>
        <source>%1 takes no number; leave it empty.</source>
        <translation>%1 no lleva número; déjelo vacío.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (not %4).</source>
        <translation>%1 debe estar entre %2 y %3 (no %4).</translation>
    </message>
</context>
<context>
    <name>ExerciseCommand</name>
    <message>
        <source>The exercise library: list, show, export, import and pictures</source>
        <translation>La biblioteca de ejercicios: listar, mostrar, exportar, importar e imágenes</translation>
    </message>
    <message>
        <source>List the exercises</source>
        <translation>Lista los ejercicios</translation>
    </message>
    <message>
        <source>Show one exercise in full</source>
        <translation>Muestra un ejercicio completo</translation>
    </message>
    <message>
        <source>Write exercises to a JSON file</source>
        <translation>Escribe ejercicios en un archivo JSON</translation>
    </message>
    <message>
        <source>Add exercises from an exported JSON file</source>
        <translation>Añade ejercicios desde un archivo JSON exportado</translation>
    </message>
    <message>
        <source>Write an exercise&apos;s picture as PNG or SVG</source>
        <translation>Escribe la imagen de un ejercicio como PNG o SVG</translation>
    </message>
    <message>
        <source>List the exercises in use (not retired), by name. In --json output &quot;id&quot; is the stable text id and &quot;record_id&quot; the database id.</source>
        <translation>Lista los ejercicios en uso (no retirados), por nombre. En la salida --json, &quot;id&quot; es el id de texto estable y &quot;record_id&quot;, el id de la base de datos.</translation>
    </message>
    <message>
        <source>Include retired exercises.</source>
        <translation>Incluye los ejercicios retirados.</translation>
    </message>
    <message>
        <source>Only this category (%1).</source>
        <translation>Solo esta categoría (%1).</translation>
    </message>
    <message>
        <source>Unknown category &apos;%1&apos; (one of: %2).</source>
        <translation>Categoría desconocida &apos;%1&apos; (una de: %2).</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>clínica</translation>
    </message>
    <message>
        <source>Show one exercise in full. ID is the stable id (bird_dog) or the record id.</source>
        <translation>Muestra un ejercicio completo. ID es el id estable (bird_dog) o el id de registro.</translation>
    </message>
    <message>
        <source>The exercise.</source>
        <translation>El ejercicio.</translation>
    </message>
    <message>
        <source>Category:        %1</source>
        <translation>Categoría:                %1</translation>
    </message>
    <message>
        <source>Position:        %1</source>
        <translation>Posición:                 %1</translation>
    </message>
    <message>
        <source>Equipment:       %1</source>
        <translation>Material:                 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Spinal movement: %1%2</source>
        <translation>Movimiento de la columna: %1%2</translation>
    </message>
    <message>
        <source> (to end of range)</source>
        <translation> (hasta el final del recorrido)</translation>
    </message>
    <message>
        <source>Spinal load:     %1</source>
        <translation>Carga sobre la columna:   %1</translation>
    </message>
    <message>
        <source>Impact:          %1</source>
        <translation>Impacto:                  %1</translation>
    </message>
    <message>
        <source>External load:   %1</source>
        <translation>Carga externa:            %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Balance demand:  %1</source>
        <translation>Exigencia de equilibrio:  %1</translation>
    </message>
    <message>
        <source>Default dose:    %1</source>
        <translation>Dosis predeterminada:     %1</translation>
    </message>
    <message>
        <source>Easier:          %1</source>
        <translation>Más fácil:                %1</translation>
    </message>
    <message>
        <source>Harder:          %1</source>
        <translation>Más difícil:              %1</translation>
    </message>
    <message>
        <source>Status:          %1</source>
        <translation>Estado:                   %1</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>, built-in (edited by the clinic)</source>
        <translation>, predefinido (modificado por la clínica)</translation>
    </message>
    <message>
        <source>, built-in</source>
        <translation>, predefinido</translation>
    </message>
    <message>
        <source>, the clinic&apos;s own</source>
        <translation>, propio de la clínica</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instrucciones:</translation>
    </message>
    <message>
        <source>You should feel:</source>
        <translation>Debería notar:</translation>
    </message>
    <message>
        <source>Stop and tell your physiotherapist if:</source>
        <translation>Deténgase y avise a su fisioterapeuta si:</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Write exercises, with the clinic&apos;s pictures, to a JSON file that &apos;exercise import&apos; reads. Without ID, every exercise is written.</source>
        <translation>Escribe ejercicios, con las imágenes de la clínica, en un archivo JSON que lee &apos;exercise import&apos;. Sin ID, se escriben todos los ejercicios.</translation>
    </message>
    <message>
        <source>Exercises to write (stable or record ids).</source>
        <translation>Ejercicios que se escriben (ids estables o de registro).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escribe en FILE en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>Only the clinic&apos;s own exercises.</source>
        <translation>Solo los ejercicios propios de la clínica.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Sustituye FILE si ya existe.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or add --force.</source>
        <translation>%1 ya existe; elija otro nombre o añada --force.</translation>
    </message>
    <message>
        <source>Exercises written to %1: %2</source>
        <translation>Ejercicios escritos en %1: %2</translation>
    </message>
    <message>
        <source>Add exercises from a file written by &apos;exercise export&apos;. The whole file is checked first; if anything is wrong nothing is imported. Exercises already present are skipped unless --replace is given.</source>
        <translation>Añade ejercicios desde un archivo escrito por &apos;exercise export&apos;. Primero se comprueba el archivo entero; si algo está mal, no se importa nada. Los ejercicios que ya existen se omiten, salvo que se indique --replace.</translation>
    </message>
    <message>
        <source>The exported JSON file.</source>
        <translation>El archivo JSON exportado.</translation>
    </message>
    <message>
        <source>Overwrite exercises that are already present.</source>
        <translation>Sobrescribe los ejercicios que ya existen.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Added %1, replaced %2, skipped %3 (already present).</source>
        <translation>Añadidos: %1; sustituidos: %2; omitidos: %3 (ya existían).</translation>
    </message>
    <message>
        <source>Write an exercise&apos;s picture: the clinic&apos;s own photo when one is attached, otherwise the drawing. The format follows the file name (.png or .svg); SVG drawings are vector and print sharply at any size.</source>
        <translation>Escribe la imagen de un ejercicio: la foto propia de la clínica si tiene una adjunta; si no, el dibujo. El formato depende del nombre del archivo (.png o .svg); los dibujos SVG son vectoriales y se imprimen nítidos a cualquier tamaño.</translation>
    </message>
    <message>
        <source>The exercise (stable or record id).</source>
        <translation>El ejercicio (id estable o de registro).</translation>
    </message>
    <message>
        <source>The file to write (.png or .svg).</source>
        <translation>El archivo que se escribe (.png o .svg).</translation>
    </message>
    <message>
        <source>Width in pixels, 16 to 8000 (default 800); drawings are 4:3.</source>
        <translation>Anchura en píxeles, de 16 a 8000 (predeterminada: 800); los dibujos son 4:3.</translation>
    </message>
    <message>
        <source>exercise image needs --out FILE.png or FILE.svg.</source>
        <translation>exercise image necesita --out FILE.png o FILE.svg.</translation>
    </message>
    <message>
        <source>--out must end in .png or .svg, not &apos;%1&apos;.</source>
        <translation>--out debe terminar en .png o .svg, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--size must be a whole number of pixels from 16 to 8000.</source>
        <translation>--size debe ser un número entero de píxeles entre 16 y 8000.</translation>
    </message>
    <message>
        <source>Could not encode the PNG.</source>
        <translation>No se pudo codificar el PNG.</translation>
    </message>
    <message>
        <source>Rename, describe, retire or restore an exercise</source>
        <translation>Cambia el nombre o el resumen de un ejercicio, o lo retira o restaura</translation>
    </message>
    <message>
        <source>Change an exercise of the clinic&apos;s library: its name or summary, or retire it (hidden from new programmes, still shown in old ones) and restore it. A built-in exercise whose content is changed is marked edited, so library upgrades leave it alone. Prints the exercise&apos;s record id and its new version.
JSON: the exercise as `exercise show --json` prints it, with its version.</source>
        <translation>Modifica un ejercicio de la biblioteca de la clínica: su nombre o su resumen, o lo retira (oculto en los programas nuevos, todavía visible en los antiguos) y lo restaura. Un ejercicio predefinido cuyo contenido se modifica queda marcado como modificado, de modo que las actualizaciones de la biblioteca no lo tocan. Imprime el id de registro del ejercicio y su versión nueva.
JSON: el ejercicio tal como lo imprime `exercise show --json`, con su versión.</translation>
    </message>
    <message>
        <source>Stable id or record id.</source>
        <translation>Id estable o id de registro.</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>El nombre nuevo.</translation>
    </message>
    <message>
        <source>The new summary.</source>
        <translation>El resumen nuevo.</translation>
    </message>
    <message>
        <source>Retire the exercise.</source>
        <translation>Retira el ejercicio.</translation>
    </message>
    <message>
        <source>Restore a retired exercise.</source>
        <translation>Restaura un ejercicio retirado.</translation>
    </message>
    <message>
        <source>Give either --retire or --restore, not both.</source>
        <translation>Indique --retire o --restore, no ambas.</translation>
    </message>
    <message>
        <source>exercise edit needs --name, --summary, --retire or --restore.</source>
        <translation>exercise edit necesita --name, --summary, --retire o --restore.</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Ejercicio %1</translation>
    </message>
    <message>
        <source>gradus-cli: exercise %1 is now at version %2.</source>
        <translation>gradus-cli: el ejercicio %1 está ahora en la versión %2.</translation>
    </message>
</context>
<context>
    <name>ExerciseEditing</name>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Modificar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Retire &quot;%1&quot;</source>
        <translation>Retirar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Restore &quot;%1&quot;</source>
        <translation>Restaurar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove the picture of &quot;%1&quot;</source>
        <translation>Quitar la imagen de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Set the picture of &quot;%1&quot;</source>
        <translation>Poner la imagen de &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ExerciseJson</name>
    <message>
        <source>must be lower-case letters, digits and _ (starting with a letter, 2-63 characters), found &quot;%1&quot;</source>
        <translation>debe contener letras minúsculas, dígitos y _ (empezar por una letra, 2-63 caracteres); es &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be the picture in base64</source>
        <translation>debe ser la imagen en base64</translation>
    </message>
    <message>
        <source>must be an image type such as image/png</source>
        <translation>debe ser un tipo de imagen como image/png</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and _ (starting with a letter), found &quot;%1&quot;</source>
        <translation>debe contener letras minúsculas, dígitos y _ (empezar por una letra); es &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>must have at least one step</source>
        <translation>debe tener al menos un paso</translation>
    </message>
    <message>
        <source>must name at least one movement (&quot;neutral&quot; when the spine is held still)</source>
        <translation>debe indicar al menos un movimiento (&quot;neutral&quot; cuando la columna se mantiene quieta)</translation>
    </message>
    <message>
        <source>cannot combine &quot;neutral&quot; with a movement</source>
        <translation>no puede combinar &quot;neutral&quot; con un movimiento</translation>
    </message>
    <message>
        <source>must be false when the spine is held neutral</source>
        <translation>debe ser false cuando la columna se mantiene en posición neutra</translation>
    </message>
    <message>
        <source>must be from 1 to 10</source>
        <translation>debe estar entre 1 y 10</translation>
    </message>
    <message>
        <source>must be from 1 to 100</source>
        <translation>debe estar entre 1 y 100</translation>
    </message>
    <message>
        <source>must be from 1 to 300</source>
        <translation>debe estar entre 1 y 300</translation>
    </message>
    <message>
        <source>must be from 1 to 180</source>
        <translation>debe estar entre 1 y 180</translation>
    </message>
    <message>
        <source>must be from 1 to 50000</source>
        <translation>debe estar entre 1 y 50000</translation>
    </message>
    <message>
        <source>must be from 1 to 12</source>
        <translation>debe estar entre 1 y 12</translation>
    </message>
    <message>
        <source>must be from 1 to 7</source>
        <translation>debe estar entre 1 y 7</translation>
    </message>
    <message>
        <source>must be the id of an exercise, found &quot;%1&quot;</source>
        <translation>debe ser el id de un ejercicio; es &quot;%1&quot;</translation>
    </message>
    <message>
        <source>links the exercise to itself</source>
        <translation>enlaza el ejercicio consigo mismo</translation>
    </message>
    <message>
        <source>repeats &quot;%1&quot;</source>
        <translation>repite &quot;%1&quot;</translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; as both easier and harder</source>
        <translation>incluye &quot;%1&quot; como más fácil y como más difícil a la vez</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; %2</source>
        <translation>el campo &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>is not a known field (expected one of: %1)</source>
        <translation>no es un campo conocido (se esperaba uno de: %1)</translation>
    </message>
    <message>
        <source>must be text, found %1</source>
        <translation>debe ser texto; se encontró %1</translation>
    </message>
    <message>
        <source>must be a list of texts, found %1</source>
        <translation>debe ser una lista de textos; se encontró %1</translation>
    </message>
    <message>
        <source>must have at least one entry</source>
        <translation>debe tener al menos una entrada</translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation>tiene más de %1 entradas</translation>
    </message>
    <message>
        <source>must be non-empty text, found %1</source>
        <translation>debe ser un texto no vacío; se encontró %1</translation>
    </message>
    <message>
        <source>must be true or false, found %1</source>
        <translation>debe ser true o false; se encontró %1</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, found %3</source>
        <translation>debe ser un número entero entre %1 y %2; se encontró %3</translation>
    </message>
    <message>
        <source>is missing (one of: %1)</source>
        <translation>falta (uno de: %1)</translation>
    </message>
    <message>
        <source>must be one of %1, found %2</source>
        <translation>debe ser uno de %1; se encontró %2</translation>
    </message>
    <message>
        <source>must be a list of: %1</source>
        <translation>debe ser una lista de: %1</translation>
    </message>
    <message>
        <source>repeats %1</source>
        <translation>repite %1</translation>
    </message>
    <message>
        <source>must be an object, found %1</source>
        <translation>debe ser un objeto; se encontró %1</translation>
    </message>
    <message>
        <source>is only used when type is %1</source>
        <translation>solo se usa cuando type es %1</translation>
    </message>
    <message>
        <source>must name at least one dose type</source>
        <translation>debe indicar al menos un tipo de dosis</translation>
    </message>
    <message>
        <source>must include the default dose&apos;s type &quot;%1&quot;</source>
        <translation>debe incluir el tipo de la dosis predeterminada, &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ExerciseLibrary</name>
    <message>
        <source>Could not add exercise &quot;%1&quot;: %2</source>
        <translation>No se pudo añadir el ejercicio &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was loaded from it.</source>
        <translation>%1: %2. No se ha cargado nada de este archivo.</translation>
    </message>
    <message>
        <source>is not valid JSON at line %1, column %2 (%3)</source>
        <translation>no es JSON válido en la línea %1, columna %2 (%3)</translation>
    </message>
    <message>
        <source>must hold a JSON object with &quot;format&quot; and &quot;exercises&quot;</source>
        <translation>debe contener un objeto JSON con &quot;format&quot; y &quot;exercises&quot;</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not a known field (expected one of: %2)</source>
        <translation>el campo &apos;%1&apos; no es un campo conocido (se esperaba uno de: %2)</translation>
    </message>
    <message>
        <source>field &apos;format&apos; must be &quot;gradus-exercise-library&quot;</source>
        <translation>el campo &apos;format&apos; debe ser &quot;gradus-exercise-library&quot;</translation>
    </message>
    <message>
        <source>field &apos;format_version&apos; must be a whole number from 1</source>
        <translation>el campo &apos;format_version&apos; debe ser un número entero a partir de 1</translation>
    </message>
    <message>
        <source>field &apos;format_version&apos; is %1, but this Gradus reads up to %2; install a newer Gradus</source>
        <translation>el campo &apos;format_version&apos; es %1, pero este Gradus lee hasta la %2; instale un Gradus más reciente</translation>
    </message>
    <message>
        <source>field &apos;library_version&apos; must be a whole number from 1</source>
        <translation>el campo &apos;library_version&apos; debe ser un número entero a partir de 1</translation>
    </message>
    <message>
        <source>field &apos;exercises&apos; must be a non-empty list</source>
        <translation>el campo &apos;exercises&apos; debe ser una lista no vacía</translation>
    </message>
    <message>
        <source>exercise number %1 (no id)</source>
        <translation>ejercicio número %1 (sin id)</translation>
    </message>
    <message>
        <source>exercise &apos;%1&apos; (number %2)</source>
        <translation>ejercicio &apos;%1&apos; (número %2)</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: field &apos;id&apos; must not start with &quot;%2&quot;, which is kept for the clinic&apos;s own exercises</source>
        <translation>%1: el campo &apos;id&apos; no debe empezar por &quot;%2&quot;, que está reservado para los ejercicios propios de la clínica</translation>
    </message>
    <message>
        <source>%1: field &apos;id&apos; repeats the id of exercise number %2</source>
        <translation>%1: el campo &apos;id&apos; repite el id del ejercicio número %2</translation>
    </message>
    <message>
        <source>%1: field &apos;%2[%3]&apos; names &quot;%4&quot;, which is not in this library</source>
        <translation>%1: el campo &apos;%2[%3]&apos; nombra &quot;%4&quot;, que no está en esta biblioteca</translation>
    </message>
    <message>
        <source>the progressions go round in a loop: %1</source>
        <translation>las progresiones forman un bucle: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %2 problems; nothing was loaded from it:</source>
        <translation>
            <numerusform>%1 tiene %2 problema; no se ha cargado nada de este archivo:</numerusform>
            <numerusform>%1 tiene %2 problemas; no se ha cargado nada de este archivo:</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Could not read the exercise library %1: %2</source>
        <translation>No se pudo leer la biblioteca de ejercicios %1: %2</translation>
    </message>
    <message>
        <source>The exercise library could not be loaded into the database: %1</source>
        <translation>No se pudo cargar la biblioteca de ejercicios en la base de datos: %1</translation>
    </message>
    <message>
        <source>The built-in exercise library is missing from this build.</source>
        <translation>Falta la biblioteca de ejercicios predefinida en esta compilación.</translation>
    </message>
</context>
<context>
    <name>ExerciseMerge</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Doses that fit</source>
        <translation>Dosis adecuadas</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>You should feel</source>
        <translation>Debería notar</translation>
    </message>
    <message>
        <source>Stop if</source>
        <translation>Deténgase si</translation>
    </message>
    <message>
        <source>Easier</source>
        <translation>Más fácil</translation>
    </message>
    <message>
        <source>Harder</source>
        <translation>Más difícil</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>ExercisePicture</name>
    <message>
        <source>The width must be from 16 to 8000 pixels.</source>
        <translation>La anchura debe estar entre 16 y 8000 píxeles.</translation>
    </message>
    <message>
        <source>The picture of &quot;%1&quot; cannot be read.</source>
        <translation>No se puede leer la imagen de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no drawing or picture.</source>
        <translation>&quot;%1&quot; no tiene dibujo ni imagen.</translation>
    </message>
</context>
<context>
    <name>ExerciseRepository</name>
    <message>
        <source>There is no exercise %1.</source>
        <translation>No existe el ejercicio %1.</translation>
    </message>
    <message>
        <source>Could not find a free id for &quot;%1&quot;.</source>
        <translation>No se encontró un id libre para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Exercise &quot;%1&quot;: %2</source>
        <translation>Ejercicio &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Exercise &quot;%1&quot; links to &quot;%2&quot;, which is not in the library.</source>
        <translation>El ejercicio &quot;%1&quot; enlaza con &quot;%2&quot;, que no está en la biblioteca.</translation>
    </message>
    <message>
        <source>The id of a clinic&apos;s own exercise must start with &quot;%1&quot; (found &quot;%2&quot;).</source>
        <translation>El id de un ejercicio propio de la clínica debe empezar por &quot;%1&quot; (es &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Could not save exercise &quot;%1&quot;: %2</source>
        <translation>No se pudo guardar el ejercicio &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image type.</source>
        <translation>&quot;%1&quot; no es un tipo de imagen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in exercise; retire it instead of deleting it.</source>
        <translation>&quot;%1&quot; es un ejercicio predefinido; retírelo en lugar de eliminarlo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be deleted (is it used in a programme?): %2</source>
        <translation>No se pudo eliminar &quot;%1&quot; (¿se usa en algún programa?): %2</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Ejercicio %1</translation>
    </message>
</context>
<context>
    <name>ExerciseTransfer</name>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2. No se ha importado nada.</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation>no es JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>is not a Gradus exercise export (field &apos;format&apos; must be &quot;gradus-exercises&quot;)</source>
        <translation>no es una exportación de ejercicios de Gradus (el campo &apos;format&apos; debe ser &quot;gradus-exercises&quot;)</translation>
    </message>
    <message>
        <source>was written by a newer Gradus (format version %1)</source>
        <translation>se escribió con un Gradus más reciente (versión de formato %1)</translation>
    </message>
    <message>
        <source>field &apos;exercises&apos; must be a list</source>
        <translation>el campo &apos;exercises&apos; debe ser una lista</translation>
    </message>
    <message>
        <source>exercise number %1</source>
        <translation>ejercicio número %1</translation>
    </message>
    <message>
        <source>exercise &apos;%1&apos; (number %2)</source>
        <translation>ejercicio &apos;%1&apos; (número %2)</translation>
    </message>
    <message>
        <source>%1: field &apos;id&apos; appears twice in the file</source>
        <translation>%1: el campo &apos;id&apos; aparece dos veces en el archivo</translation>
    </message>
    <message>
        <source>exercise &apos;%1&apos; is a built-in exercise that this Gradus does not have; only the clinic&apos;s own exercises (ids starting with &quot;%2&quot;) can be added</source>
        <translation>el ejercicio &apos;%1&apos; es un ejercicio predefinido que este Gradus no tiene; solo se pueden añadir ejercicios propios de la clínica (ids que empiezan por &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>exercise &apos;%1&apos; could not be saved: %2</source>
        <translation>no se pudo guardar el ejercicio &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>exercise &apos;%1&apos; links to &quot;%2&quot;, which is neither in the file nor in this library</source>
        <translation>el ejercicio &apos;%1&apos; enlaza con &quot;%2&quot;, que no está ni en el archivo ni en esta biblioteca</translation>
    </message>
    <message>
        <source>field &apos;format_version&apos; must be a whole number from 1</source>
        <translation>el campo &apos;format_version&apos; debe ser un número entero a partir de 1</translation>
    </message>
</context>
<context>
    <name>ExerciseVocabulary</name>
    <message>
        <source>Aerobic</source>
        <translation>Aeróbico</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Movilidad</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <source>Core and stability</source>
        <translation>Core y estabilidad</translation>
    </message>
    <message>
        <source>Strengthening</source>
        <translation>Fortalecimiento</translation>
    </message>
    <message>
        <source>Cautioned (high load or impact)</source>
        <translation>Con precaución (carga o impacto altos)</translation>
    </message>
    <message>
        <source>Neutral (held still)</source>
        <translation>Neutro (columna quieta)</translation>
    </message>
    <message>
        <source>Flexion</source>
        <translation>Flexión</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotación</translation>
    </message>
    <message>
        <source>Side bend</source>
        <translation>Inclinación lateral</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Lying on your back</source>
        <translation>Boca arriba</translation>
    </message>
    <message>
        <source>Lying on your front</source>
        <translation>Boca abajo</translation>
    </message>
    <message>
        <source>Lying on your side</source>
        <translation>De lado</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>A cuatro patas</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>De rodillas</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>In water</source>
        <translation>En el agua</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Esterilla</translation>
    </message>
    <message>
        <source>Pillow</source>
        <translation>Almohada</translation>
    </message>
    <message>
        <source>Towel or strap</source>
        <translation>Toalla o cinta</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Silla</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Escalón</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Pared</translation>
    </message>
    <message>
        <source>Exercise ball</source>
        <translation>Pelota de ejercicio</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Banda elástica</translation>
    </message>
    <message>
        <source>Dumbbell</source>
        <translation>Mancuerna</translation>
    </message>
    <message>
        <source>Barbell</source>
        <translation>Barra</translation>
    </message>
    <message>
        <source>Exercise bike</source>
        <translation>Bicicleta estática</translation>
    </message>
    <message>
        <source>Cross-trainer</source>
        <translation>Elíptica</translation>
    </message>
    <message>
        <source>Swimming pool</source>
        <translation>Piscina</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Mantenimientos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Predefinido</translation>
    </message>
    <message>
        <source>Clinic&apos;s own</source>
        <translation>Propio de la clínica</translation>
    </message>
    <message>
        <source>%1 sets of %2</source>
        <translation>%1 series de %2</translation>
    </message>
    <message>
        <source>%1 sets of %2 × %3 s hold</source>
        <translation>%1 series de %2 × %3 s de mantenimiento</translation>
    </message>
    <message>
        <source>%1 × %2 s hold</source>
        <translation>%1 × %2 s de mantenimiento</translation>
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
        <translation>%1 por lado</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>una vez al día</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>dos veces al día</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n vez al día</numerusform>
            <numerusform>%n veces al día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) a week</source>
        <translation>
            <numerusform>%n día por semana</numerusform>
            <numerusform>%n días por semana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Pain, activity and outcome scores of every patient, one row per value</source>
        <translation>Puntuaciones de dolor, actividad y resultados de todos los pacientes, una fila por valor</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Sustituye FILE si ya existe.</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 ya existe; añada --force para sustituirlo.</translation>
    </message>
    <message>
        <source>Export data: outcomes (CSV), FHIR, calendar reminders, programmes, templates</source>
        <translation>Exporta datos: resultados (CSV), FHIR, recordatorios de calendario, programas, plantillas</translation>
    </message>
    <message>
        <source>A patient&apos;s record as a FHIR R4 bundle (JSON)</source>
        <translation>La historia de un paciente como paquete FHIR R4 (JSON)</translation>
    </message>
    <message>
        <source>A programme&apos;s reminders as an iCalendar file (.ics)</source>
        <translation>Los recordatorios de un programa como archivo iCalendar (.ics)</translation>
    </message>
    <message>
        <source>A programme for another clinic or desk (JSON)</source>
        <translation>Un programa para otra clínica u otro puesto (JSON)</translation>
    </message>
    <message>
        <source>A clinic template for another clinic (JSON)</source>
        <translation>Una plantilla de la clínica para otra clínica (JSON)</translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>No se pudo escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>Write every patient&apos;s pain, activity and outcome scores as CSV (RFC 4180, every field quoted), one row per value, with record ids and no names or notes; PSFS activity names in their own column. Columns: %1

--deidentify writes a research table instead: a study id per patient, an age band, sex, episode numbers and every date shifted by a random number of days per patient (kept secret, not stored); no record ids, clinic numbers, names, notes, birth dates or activity names. Columns: %2</source>
        <translation>Escribe en CSV (RFC 4180, todos los campos entre comillas) las puntuaciones de dolor, actividad y resultados de todos los pacientes, una fila por valor, con ids de registro y sin nombres ni notas; los nombres de las actividades de la PSFS van en su propia columna. Columnas: %1

--deidentify escribe en su lugar una tabla para investigación: un id de estudio por paciente, un rango de edad, el sexo, los números de episodio y todas las fechas desplazadas un número aleatorio de días por paciente (que se mantiene en secreto y no se guarda); sin ids de registro, números de historia clínica, nombres, notas, fechas de nacimiento ni nombres de actividades. Columnas: %2</translation>
    </message>
    <message>
        <source>Where to write the CSV; - for standard output.</source>
        <translation>Dónde escribir el CSV; - para la salida estándar.</translation>
    </message>
    <message>
        <source>De-identified research table (see above).</source>
        <translation>Tabla desidentificada para investigación (véase arriba).</translation>
    </message>
    <message>
        <source>export outcomes needs --csv FILE (or --csv - for standard output).</source>
        <translation>export outcomes necesita --csv FILE (o --csv - para la salida estándar).</translation>
    </message>
    <message>
        <source>Where to write; - for standard output.</source>
        <translation>Dónde escribir; - para la salida estándar.</translation>
    </message>
    <message>
        <source>%1 needs --out FILE (or --out - for standard output).</source>
        <translation>%1 necesita --out FILE (o --out - para la salida estándar).</translation>
    </message>
    <message>
        <source>Write the patient&apos;s record as a FHIR R4 Bundle (type collection, JSON) for a GP system or another clinic: Patient, Condition, Observation (NPRS pain, activity, steps, questionnaire scores), QuestionnaireResponse (answers by item number), CarePlan for each active programme, and a Provenance naming the author. The same record always gets the same resource ids. Mapping: docs/EXCHANGE.md.</source>
        <translation>Escribe la historia del paciente como un Bundle FHIR R4 (tipo collection, JSON) para un sistema de atención primaria u otra clínica: Patient, Condition, Observation (dolor EVN, actividad, pasos, puntuaciones de cuestionarios), QuestionnaireResponse (respuestas por número de ítem), un CarePlan por cada programa activo y una Provenance que nombra al autor. La misma historia recibe siempre los mismos ids de recurso. Correspondencias: docs/EXCHANGE.md.</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>El id del paciente.</translation>
    </message>
    <message>
        <source>The author named in the Provenance (default: your user name).</source>
        <translation>El autor que figura en la Provenance (predeterminado: su nombre de usuario).</translation>
    </message>
    <message>
        <source>Write a programme&apos;s reminders as an iCalendar file (RFC 5545) that a phone calendar imports: one weekly event per session pattern (days per week, one reminder per bout) with the doses and stop rules, graded activity plans week by week, and the review date. Doses of fewer than 7 days a week go on set days (3: Mon, Wed, Fri; see docs/EXCHANGE.md).</source>
        <translation>Escribe los recordatorios de un programa como archivo iCalendar (RFC 5545) que el calendario de un teléfono puede importar: un evento semanal por cada patrón de sesiones (días por semana, un recordatorio por tanda) con las dosis y las indicaciones de cuándo parar, los planes de actividad graduada semana a semana y la fecha de revisión. Las dosis de menos de 7 días por semana se reparten en días fijos (3: lunes, miércoles y viernes; véase docs/EXCHANGE.md).</translation>
    </message>
    <message>
        <source>The programme&apos;s id.</source>
        <translation>El id del programa.</translation>
    </message>
    <message>
        <source>Hour of the first reminder of a day (default 9).</source>
        <translation>Hora del primer recordatorio del día (predeterminada: 9).</translation>
    </message>
    <message>
        <source>Hour of the last reminder of a day (default 18).</source>
        <translation>Hora del último recordatorio del día (predeterminada: 18).</translation>
    </message>
    <message>
        <source>--%1 must be an hour from 0 to 23, found &apos;%2&apos;.</source>
        <translation>--%1 debe ser una hora entre 0 y 23; es &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--last-hour must not be before --first-hour.</source>
        <translation>--last-hour no debe ser anterior a --first-hour.</translation>
    </message>
    <message>
        <source>Write a programme version as a programme file (format gradus-programme, JSON Schema in resources/exchange/programme.schema.json, described in docs/EXCHANGE.md): sections, exercises by stable id with dose and notes, and the clinic&apos;s own exercises with their pictures. Import it with &apos;gradus-cli import programme FILE --patient P&apos;.</source>
        <translation>Escribe una versión de un programa como archivo de programa (formato gradus-programme, esquema JSON en resources/exchange/programme.schema.json, descrito en docs/EXCHANGE.md): las secciones, los ejercicios por id estable con su dosis y sus notas, y los ejercicios propios de la clínica con sus imágenes. Impórtelo con &apos;gradus-cli import programme FILE --patient P&apos;.</translation>
    </message>
    <message>
        <source>Write a clinic template as a programme file (kind &quot;template&quot;), with the clinic&apos;s own exercises it uses. Import it with &apos;gradus-cli import template FILE&apos;.</source>
        <translation>Escribe una plantilla de la clínica como archivo de programa (tipo &quot;template&quot;), con los ejercicios propios de la clínica que utiliza. Impórtela con &apos;gradus-cli import template FILE&apos;.</translation>
    </message>
    <message>
        <source>Template id, or a built-in&apos;s stable id.</source>
        <translation>Id de la plantilla, o el id estable de una predefinida.</translation>
    </message>
    <message>
        <source>The language of the texts, e.g. de (default: --language before the command, else the patient&apos;s preferred language, else the clinic&apos;s handout language, else the language of messages).</source>
        <translation>El idioma de los textos, p. ej. de (por defecto: --language antes de la orden; si no, el idioma preferido del paciente; si no, el idioma de las hojas de la clínica; si no, el idioma de los mensajes).</translation>
    </message>
    <message>
        <source>--language must be one of %1, not &apos;%2&apos;.</source>
        <translation>--language debe ser uno de %1, no «%2».</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programa</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Programme %1 has no exercises to remind of.</source>
        <translation>El programa %1 no tiene ejercicios que recordar.</translation>
    </message>
</context>
<context>
    <name>FhirBundle</name>
    <message>
        <source>Clinic number</source>
        <translation>N.º de historia clínica</translation>
    </message>
    <message>
        <source>Side: %1</source>
        <translation>Lado: %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Section: %1.</source>
        <translation>Sección: %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Exercise programme, version %1.</source>
        <translation>Programa de ejercicios, versión %1.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Pain now (NPRS 0-10)</source>
        <translation>Dolor actual (EVN 0-10)</translation>
    </message>
    <message>
        <source>Least pain in the last 24 hours</source>
        <translation>Dolor mínimo en las últimas 24 h</translation>
    </message>
    <message>
        <source>Worst pain in the last 24 hours</source>
        <translation>Dolor máximo en las últimas 24 h</translation>
    </message>
    <message>
        <source>Pain during exercise</source>
        <translation>Dolor durante el ejercicio</translation>
    </message>
    <message>
        <source>Pain the morning after exercise</source>
        <translation>Dolor a la mañana siguiente del ejercicio</translation>
    </message>
    <message>
        <source>Activity minutes per day</source>
        <translation>Minutos de actividad al día</translation>
    </message>
    <message>
        <source>Activity minutes per day (%1)</source>
        <translation>Minutos de actividad al día (%1)</translation>
    </message>
    <message>
        <source>Steps per day</source>
        <translation>Pasos al día</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>Puntuación %1</translation>
    </message>
    <message>
        <source>STarT Back psychosocial subscale (items 5-9)</source>
        <translation>Subescala psicosocial de STarT Back (ítems 5-9)</translation>
    </message>
</context>
<context>
    <name>FileAccess</name>
    <message>
        <source>the file system is read-only (%1)</source>
        <translation>el sistema de archivos es de solo lectura (%1)</translation>
    </message>
    <message>
        <source>permission denied (%1)</source>
        <translation>permiso denegado (%1)</translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>el disco está lleno (%1)</translation>
    </message>
    <message>
        <source>the file is in use (%1)</source>
        <translation>el archivo está en uso (%1)</translation>
    </message>
</context>
<context>
    <name>FindingPresentation</name>
    <message>
        <source>Avoid</source>
        <translation>Evitar</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>Suits this patient</source>
        <translation>Adecuado para este paciente</translation>
    </message>
    <message>
        <source>Kept by %1 on %2: %3</source>
        <translation>Mantenido por %1 el %2: %3</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Try instead: %1</source>
        <translation>Alternativas: %1</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Safer alternatives:</source>
        <translation>Alternativas más seguras:</translation>
    </message>
    <message>
        <source>Not recorded:</source>
        <translation>Sin registrar:</translation>
    </message>
</context>
<context>
    <name>GradedActivityPlan</name>
    <message>
        <source>Give at least one tolerance measurement (the mean of about three attempts is best).</source>
        <translation>Indique al menos una medición de tolerancia (lo mejor es la media de unos tres intentos).</translation>
    </message>
    <message>
        <source>Give at most %1 tolerance measurements, not %2.</source>
        <translation>Indique como máximo %1 mediciones de tolerancia, no %2.</translation>
    </message>
    <message>
        <source>Tolerance measurement %1 must be more than 0 %2, not %3.</source>
        <translation>La medición de tolerancia %1 debe ser de más de 0 %2, no %3.</translation>
    </message>
    <message>
        <source>Tolerance measurement %1 (%2) is more than %3: check the unit.</source>
        <translation>La medición de tolerancia %1 (%2) es mayor que %3: compruebe la unidad.</translation>
    </message>
    <message>
        <source>The goal must be more than 0 %1.</source>
        <translation>El objetivo debe ser de más de 0 %1.</translation>
    </message>
    <message>
        <source>The goal (%1) is more than %2 a day: check the unit.</source>
        <translation>El objetivo (%1) es más de %2 al día: compruebe la unidad.</translation>
    </message>
    <message>
        <source>The goal must be a whole number of %1, not %2.</source>
        <translation>El objetivo debe ser un número entero de %1, no %2.</translation>
    </message>
    <message>
        <source>The goal must be a multiple of %1 (quotas move in steps of %1); %2 is not: use %3 or %4.</source>
        <translation>El objetivo debe ser múltiplo de %1 (las cuotas avanzan en escalones de %1); %2 no lo es: use %3 o %4.</translation>
    </message>
    <message>
        <source>The baseline must be %1 to %2% of tolerance, not %3%.</source>
        <translation>La línea base debe ser del %1 al %2 % de la tolerancia, no del %3 %.</translation>
    </message>
    <message>
        <source>The weekly increase must be %1 to %2% of the baseline, not %3%.</source>
        <translation>El incremento semanal debe ser del %1 al %2 % de la línea base, no del %3 %.</translation>
    </message>
    <message>
        <source>Bouts per day must be from 1 to %1, not %2.</source>
        <translation>Las tandas al día deben ser de 1 a %1, no %2.</translation>
    </message>
    <message>
        <source>A mean tolerance of %1 is less than one step of %2, so there is nothing to grade: measure in a finer unit.</source>
        <translation>Una tolerancia media de %1 es menor que un escalón de %2, así que no hay nada que graduar: mida en una unidad más fina.</translation>
    </message>
    <message>
        <source>%1% of tolerance rounds to nothing; the plan starts at one step (%2), which is still within the measured tolerance.</source>
        <translation>El %1 % de la tolerancia se redondea a nada; el plan empieza en un escalón (%2), que sigue dentro de la tolerancia medida.</translation>
    </message>
    <message>
        <source>Tolerance comes from a single attempt; the mean of about three attempts is more reliable (CLINICAL.md 3).</source>
        <translation>La tolerancia procede de un solo intento; la media de unos tres intentos es más fiable (CLINICAL.md 3).</translation>
    </message>
    <message>
        <source>The goal (%1) is below the baseline (%2): the patient already tolerates it, so the plan holds the goal from week 1.</source>
        <translation>El objetivo (%1) está por debajo de la línea base (%2): el paciente ya lo tolera, así que el plan mantiene el objetivo desde la semana 1.</translation>
    </message>
    <message>
        <source>Building up from %1 to %2 by %3 a week would take about %4 weeks, more than the %5-week limit: set a nearer goal or a larger weekly increase.</source>
        <translation>Pasar de %1 a %2 aumentando %3 por semana llevaría unas %4 semanas, más que el límite de %5 semanas: fije un objetivo más cercano o un incremento semanal mayor.</translation>
    </message>
    <message>
        <source>Week 1&apos;s daily quota of %1 cannot be split into %2 bouts of at least %3: use at most %4 bouts.</source>
        <translation>La cuota diaria de la semana 1, %1, no se puede repartir en %2 tandas de al menos %3: use como máximo %4 tandas.</translation>
    </message>
    <message>
        <source>Tolerance %1 (one attempt)</source>
        <translation>Tolerancia %1 (un intento)</translation>
    </message>
    <message>
        <source>Mean tolerance %1 over %2 attempts</source>
        <translation>Tolerancia media %1 en %2 intentos</translation>
    </message>
    <message>
        <source>; baseline %1 (%2% of tolerance); increase %3 a week (%4% of baseline); goal %5 in week %6.</source>
        <translation>; línea base %1 (%2 % de la tolerancia); incremento %3 por semana (%4 % de la línea base); objetivo %5 en la semana %6.</translation>
    </message>
    <message>
        <source>Each day&apos;s quota is split into %1 bouts.</source>
        <translation>La cuota de cada día se reparte en %1 tandas.</translation>
    </message>
</context>
<context>
    <name>HandoutAssembly</name>
    <message>
        <source>The patient&apos;s graded activity plans could not be read, so the handout would leave out their daily amounts. Cause: %1</source>
        <translation>No se pudieron leer los planes de actividad graduada del paciente, así que la hoja omitiría sus cantidades diarias. Causa: %1</translation>
    </message>
</context>
<context>
    <name>HandoutCommand</name>
    <message>
        <source>Write a patient&apos;s exercise handout as PDF</source>
        <translation>Escribe la hoja de ejercicios de un paciente en PDF</translation>
    </message>
    <message>
        <source>Write the handout of programme PROGRAMME_ID to FILE as PDF: the clinic header, each exercise with its picture, dose and cues, pacing advice, the activity plan, a diary and the urgent-help box. Without PROGRAMME_ID, --patient and --exercises make a handout of the listed exercises, each with its library default dose. Nothing is written when the patient&apos;s safety check refuses the handout.</source>
        <translation>Escribe en FILE, en PDF, la hoja de ejercicios del programa PROGRAMME_ID: el encabezado de la clínica, cada ejercicio con su imagen, dosis e indicaciones, los consejos sobre el ritmo de actividad, el plan de actividad, un diario y el recuadro de ayuda urgente. Sin PROGRAMME_ID, --patient y --exercises crean una hoja con los ejercicios indicados, cada uno con la dosis predeterminada de la biblioteca. No se escribe nada si la comprobación de seguridad del paciente rechaza la hoja.</translation>
    </message>
    <message>
        <source>The programme to print.</source>
        <translation>El programa que se imprime.</translation>
    </message>
    <message>
        <source>Where to write the PDF.</source>
        <translation>Dónde escribir el PDF.</translation>
    </message>
    <message>
        <source>a4 or letter (default: the clinic setting).</source>
        <translation>a4 o letter (predeterminado: la configuración de la clínica).</translation>
    </message>
    <message>
        <source>The physiotherapist named on the handout.</source>
        <translation>El fisioterapeuta que figura en la hoja.</translation>
    </message>
    <message>
        <source>With --exercises: the patient&apos;s record id.</source>
        <translation>Con --exercises: el id de registro del paciente.</translation>
    </message>
    <message>
        <source>Instead of a programme: exercise ids or stable ids, comma-separated, in order.</source>
        <translation>En lugar de un programa: ids de ejercicio o ids estables, separados por comas, en orden.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Sustituye FILE si ya existe.</translation>
    </message>
    <message>
        <source>handout needs --out FILE.pdf.</source>
        <translation>handout necesita --out FILE.pdf.</translation>
    </message>
    <message>
        <source>Give either PROGRAMME_ID or --patient with --exercises, not both.</source>
        <translation>Indique PROGRAMME_ID o bien --patient con --exercises, no ambos.</translation>
    </message>
    <message>
        <source>handout needs one PROGRAMME_ID (or --patient and --exercises).</source>
        <translation>handout necesita un PROGRAMME_ID (o --patient y --exercises).</translation>
    </message>
    <message>
        <source>--patient and --exercises go together.</source>
        <translation>--patient y --exercises van juntos.</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, not &quot;%1&quot;.</source>
        <translation>--paper debe ser a4 o letter, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 ya existe; añada --force para sustituirlo.</translation>
    </message>
    <message>
        <source>--exercises lists no exercise.</source>
        <translation>--exercises no incluye ningún ejercicio.</translation>
    </message>
    <message>
        <source>The handout&apos;s language, e.g. de (default: --language before the command, else the patient&apos;s preferred language, else the clinic&apos;s handout language when one is set, else the language of messages; English when there is no translation).</source>
        <translation>El idioma de la hoja de ejercicios, p. ej., de (predeterminado: --language antes de la orden; si no, el idioma preferido del paciente; si no, el idioma de las hojas de la clínica, si está configurado; si no, el idioma de los mensajes; inglés si no hay traducción).</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
</context>
<context>
    <name>HandoutContent</name>
    <message>
        <source>The programme refers to exercise %1, which could not be read: %2</source>
        <translation>El programa hace referencia al ejercicio %1, que no se pudo leer: %2</translation>
    </message>
    <message>
        <source>The programme has no exercises; there is nothing to print.</source>
        <translation>El programa no tiene ejercicios; no hay nada que imprimir.</translation>
    </message>
</context>
<context>
    <name>HandoutExport</name>
    <message>
        <source>The handout cannot be checked for safety, so it was not written.</source>
        <translation>No se puede comprobar la seguridad de la hoja de ejercicios, así que no se ha escrito.</translation>
    </message>
</context>
<context>
    <name>HandoutGate</name>
    <message>
        <source>- %1 (%2), screen of %3</source>
        <translation>- %1 (%2), cribado del %3</translation>
    </message>
    <message numerus="yes">
        <source>No handout for this patient yet: %n red flag(s) have no recorded decision:
%1
Suggested: %2
Record the decision on each flag (referred, discussed or not applicable) with a note, then print again. A later screen does not decide an earlier flag.</source>
        <translation>
            <numerusform>Aún no hay hoja de ejercicios para este paciente: %n bandera roja no tiene ninguna decisión registrada:
%1
Sugerido: %2
Registre la decisión sobre cada bandera (derivado, comentado o no aplicable) con una nota y vuelva a imprimir. Un cribado posterior no decide una bandera anterior.</numerusform>
            <numerusform>Aún no hay hoja de ejercicios para este paciente: %n banderas rojas no tienen ninguna decisión registrada:
%1
Sugerido: %2
Registre la decisión sobre cada bandera (derivado, comentado o no aplicable) con una nota y vuelva a imprimir. Un cribado posterior no decide una bandera anterior.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutLanguage</name>
    <message>
        <source>There is no handout translation for &quot;%1&quot;%2 yet; the handout is in English.</source>
        <translation>Aún no hay traducción de la hoja de ejercicios para &quot;%1&quot;%2; la hoja está en inglés.</translation>
    </message>
</context>
<context>
    <name>HandoutLauncher</name>
    <message>
        <source>Handout</source>
        <translation>Hoja de ejercicios</translation>
    </message>
</context>
<context>
    <name>HandoutText</name>
    <message numerus="yes">
        <source>Walk for %n minute(s)</source>
        <translation>
            <numerusform>Camine %n minuto</numerusform>
            <numerusform>Camine %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Walk in water for %n minute(s)</source>
        <translation>
            <numerusform>Camine en el agua %n minuto</numerusform>
            <numerusform>Camine en el agua %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Swim for %n minute(s)</source>
        <translation>
            <numerusform>Nade %n minuto</numerusform>
            <numerusform>Nade %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cycle for %n minute(s)</source>
        <translation>
            <numerusform>Pedalee %n minuto</numerusform>
            <numerusform>Pedalee %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use the cross-trainer for %n minute(s)</source>
        <translation>
            <numerusform>Use la elíptica %n minuto</numerusform>
            <numerusform>Use la elíptica %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep going for %n minute(s)</source>
        <translation>
            <numerusform>Continúe %n minuto</numerusform>
            <numerusform>Continúe %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Walk %n metre(s)</source>
        <translation>
            <numerusform>Camine %n metro</numerusform>
            <numerusform>Camine %n metros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Swim %n metre(s)</source>
        <translation>
            <numerusform>Nade %n metro</numerusform>
            <numerusform>Nade %n metros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cover %n metre(s)</source>
        <translation>
            <numerusform>Recorra %n metro</numerusform>
            <numerusform>Recorra %n metros</numerusform>
        </translation>
    </message>
    <message>
        <source>left side only</source>
        <translation>solo el lado izquierdo</translation>
    </message>
    <message>
        <source>right side only</source>
        <translation>solo el lado derecho</translation>
    </message>
    <message>
        <source>on each side</source>
        <translation>por cada lado</translation>
    </message>
    <message>
        <source>left and right in turn</source>
        <translation>alternando izquierda y derecha</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>una vez al día</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>dos veces al día</translation>
    </message>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>%n vez al día</numerusform>
            <numerusform>%n veces al día</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s) a week</source>
        <translation>
            <numerusform>%n día a la semana</numerusform>
            <numerusform>%n días a la semana</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sets of %2</source>
        <translation>%1 series de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>mantenga %1</translation>
    </message>
    <message>
        <source>Rest %1 between sets.</source>
        <translation>Descanse %1 entre series.</translation>
    </message>
    <message>
        <source>Resistance: %1</source>
        <translation>Resistencia: %1</translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation>Velocidad: %1</translation>
    </message>
    <message>
        <source>Your exercises</source>
        <translation>Sus ejercicios</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Your home exercise programme</source>
        <translation>Su programa de ejercicios en casa</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Your physiotherapist:</source>
        <translation>Su fisioterapeuta:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Próxima revisión:</translation>
    </message>
    <message>
        <source>you have new trouble passing urine or cannot pass it, or you lose control of your bladder or bowels</source>
        <translation>tiene dificultad nueva para orinar o no puede orinar, o pierde el control de la vejiga o del intestino</translation>
    </message>
    <message>
        <source>you feel numb around your back passage, your genitals or between your legs (where you would sit on a saddle)</source>
        <translation>nota adormecimiento alrededor del ano, de los genitales o entre las piernas (la zona que apoyaría en una silla de montar)</translation>
    </message>
    <message>
        <source>both legs become weak or numb, or leg pain spreads to both legs</source>
        <translation>se le debilitan o se le duermen las dos piernas, o el dolor se extiende a ambas piernas</translation>
    </message>
    <message>
        <source>you have a fever or feel hot and shivery with back pain</source>
        <translation>tiene fiebre, o siente calor y escalofríos, junto con dolor de espalda</translation>
    </message>
    <message>
        <source>your pain is severe and wakes you at night, or does not ease whatever position you are in</source>
        <translation>el dolor es intenso y le despierta por la noche, o no se alivia en ninguna postura</translation>
    </message>
    <message>
        <source>⚠ Stop and seek help urgently if…</source>
        <translation>⚠ Deténgase y pida ayuda urgente si…</translation>
    </message>
    <message>
        <source>Call your doctor or emergency services the same day. Do not wait for your next appointment.</source>
        <translation>Llame a su médico o a urgencias ese mismo día. No espere a su próxima cita.</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Cómo hacerlo</translation>
    </message>
    <message>
        <source>Note for you:</source>
        <translation>Nota para usted:</translation>
    </message>
    <message>
        <source>You should feel:</source>
        <translation>Debería notar:</translation>
    </message>
    <message>
        <source>Stop if:</source>
        <translation>Deténgase si:</translation>
    </message>
    <message>
        <source>Keep moving. Staying in bed for more than a day or two slows recovery; gentle activity helps your back get better.</source>
        <translation>Siga moviéndose. Quedarse en la cama más de uno o dos días retrasa la recuperación; la actividad suave ayuda a que la espalda mejore.</translation>
    </message>
    <message>
        <source>Little and often: several short sessions spread over the day are better than one long one. If you sit a lot, get up and move every 30 to 60 minutes.</source>
        <translation>Poco y a menudo: varias sesiones cortas repartidas a lo largo del día son mejores que una larga. Si pasa mucho tiempo sentado, levántese y muévase cada 30 a 60 minutos.</translation>
    </message>
    <message>
        <source>Do the amount agreed, on good days and bad days. Do not do extra on a good day; build up step by step as planned.</source>
        <translation>Haga la cantidad acordada, tanto los días buenos como los malos. No haga de más un día bueno; vaya aumentando paso a paso, según lo previsto.</translation>
    </message>
    <message>
        <source>Pain while you exercise: %1 out of 10 or less is fine; up to %2 out of 10 is acceptable; more than %2 out of 10 means do less next time.</source>
        <translation>Dolor mientras hace ejercicio: %1 sobre 10 o menos está bien; hasta %2 sobre 10 es aceptable; más de %2 sobre 10 significa que la próxima vez debe hacer menos.</translation>
    </message>
    <message>
        <source>Any extra pain should settle by the next morning. If it does not, do a little less and tell your physiotherapist.</source>
        <translation>Cualquier dolor de más debería calmarse antes de la mañana siguiente. Si no es así, haga un poco menos y dígaselo a su fisioterapeuta.</translation>
    </message>
    <message>
        <source>Soreness is normal: a dull ache when you move that fades within 1 to 3 days is not harm and not a reason to stop.</source>
        <translation>Tener agujetas es normal: un dolor sordo al moverse que desaparece en 1 a 3 días no es una lesión ni un motivo para dejarlo.</translation>
    </message>
    <message>
        <source>Sharp pain in one spot, pain that keeps getting worse, or new pain, tingling or numbness in your leg is different: stop that exercise and contact your physiotherapist.</source>
        <translation>Un dolor agudo en un punto concreto, un dolor que va a más, o un dolor, hormigueo o adormecimiento nuevo en la pierna es distinto: deje ese ejercicio y contacte con su fisioterapeuta.</translation>
    </message>
    <message>
        <source>How to exercise with back pain</source>
        <translation>Cómo hacer ejercicio con dolor de espalda</translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metre(s)</source>
        <translation>
            <numerusform>%n metro</numerusform>
            <numerusform>%n metros</numerusform>
        </translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Each day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Split into</source>
        <translation>Repartido en</translation>
    </message>
    <message>
        <source>Your activity plan: %1</source>
        <translation>Su plan de actividad: %1</translation>
    </message>
    <message>
        <source>Do this amount each day, spread over the day as shown, whether your back feels good or bad. Move up a step each week.</source>
        <translation>Haga esta cantidad cada día, repartida a lo largo del día como se indica, tanto si la espalda está bien como si está mal. Suba un escalón cada semana.</translation>
    </message>
    <message>
        <source>Your diary</source>
        <translation>Su diario</translation>
    </message>
    <message>
        <source>Tick a box for each session you do, and write your worst pain of the day from 0 (no pain) to 10 (the worst pain imaginable). Bring this diary to your next visit.</source>
        <translation>Marque una casilla por cada sesión que haga y anote el peor dolor del día, de 0 (sin dolor) a 10 (el peor dolor imaginable). Traiga este diario a su próxima visita.</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Sesiones hechas</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
    <message>
        <source>This programme was written for you by your physiotherapist. Do not share it with others: it may not suit them. It does not replace medical advice; if you are worried about your symptoms, contact your physiotherapist or doctor.</source>
        <translation>Su fisioterapeuta ha preparado este programa para usted. No lo comparta con otras personas: puede no ser adecuado para ellas. No sustituye al consejo médico; si le preocupan sus síntomas, consulte a su fisioterapeuta o a su médico.</translation>
    </message>
    <message>
        <source>Home exercise programme for %1</source>
        <translation>Programa de ejercicios en casa para %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>As your activity plan shows: this week %1 a day, as %2.</source>
        <translation>Según su plan de actividad: esta semana, %1 al día, repartidos así: %2.</translation>
    </message>
    <message>
        <source>As your activity plan shows: this week %1 a day.</source>
        <translation>Según su plan de actividad: esta semana, %1 al día.</translation>
    </message>
    <message>
        <source>%1 and %n more</source>
        <translation>%1 y %n más</translation>
    </message>
    <message>
        <source>Exercises: %1</source>
        <translation>Ejercicios: %1</translation>
    </message>
    <message>
        <source>Physiotherapy review</source>
        <translation>Revisión de fisioterapia</translation>
    </message>
    <message>
        <source>Review of your exercise programme &quot;%1&quot;. Bring your notes on how the exercises went.</source>
        <translation>Revisión de su programa de ejercicios &quot;%1&quot;. Traiga sus notas sobre cómo le han ido los ejercicios.</translation>
    </message>
    <message>
        <source>Pain 0–10</source>
        <translation>Dolor 0–10</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Correo electrónico: %1</translation>
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
        <translation>debe ser &quot;single&quot;, &quot;overlay&quot; o &quot;sequence&quot;; se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is missing (a single picture needs one pose)</source>
        <translation>falta (una imagen única necesita una postura)</translation>
    </message>
    <message>
        <source>is only used with layout &quot;overlay&quot; or &quot;sequence&quot;</source>
        <translation>solo se usa con el diseño &quot;overlay&quot; o &quot;sequence&quot;</translation>
    </message>
    <message>
        <source>is only used with layout &quot;single&quot;; use &quot;start&quot; and &quot;end&quot;</source>
        <translation>solo se usa con el diseño &quot;single&quot;; use &quot;start&quot; y &quot;end&quot;</translation>
    </message>
    <message>
        <source>is missing (this layout needs a start and an end pose)</source>
        <translation>falta (este diseño necesita una postura inicial y una final)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be an object with &quot;yaw&quot; and &quot;pitch&quot;</source>
        <translation>debe ser un objeto con &quot;yaw&quot; y &quot;pitch&quot;</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; %2</source>
        <translation>el campo &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>is not a known field (expected one of: %1)</source>
        <translation>no es un campo conocido (se esperaba uno de: %1)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be from %1 to %2, found %3</source>
        <translation>debe estar entre %1 y %2; se encontró %3</translation>
    </message>
    <message>
        <source>must be an angle from -360 to 360 degrees</source>
        <translation>debe ser un ángulo de -360 a 360 grados</translation>
    </message>
    <message>
        <source>must be an angle or a pair [left, right] of angles</source>
        <translation>debe ser un ángulo o un par [izquierdo, derecho] de ángulos</translation>
    </message>
    <message>
        <source>must hold angles from -360 to 360 degrees</source>
        <translation>debe contener ángulos de -360 a 360 grados</translation>
    </message>
    <message>
        <source>must be a point [x, y] in metres (each within ±5)</source>
        <translation>debe ser un punto [x, y] en metros (cada uno dentro de ±5)</translation>
    </message>
    <message>
        <source>must name a joint (%1), found &quot;%2&quot;</source>
        <translation>debe nombrar una articulación (%1); se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be an object of joint angles</source>
        <translation>debe ser un objeto de ángulos articulares</translation>
    </message>
    <message>
        <source>must be an object with a &quot;type&quot;</source>
        <translation>debe ser un objeto con un &quot;type&quot;</translation>
    </message>
    <message>
        <source>must be one of %1, found &quot;%2&quot;</source>
        <translation>debe ser uno de %1; se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be a point [x, y] or [x, y, z] in metres (each within ±5)</source>
        <translation>debe ser un punto [x, y] o [x, y, z] en metros (cada uno dentro de ±5)</translation>
    </message>
    <message>
        <source>(a %1) needs %2</source>
        <translation>(de tipo %1) necesita %2</translation>
    </message>
    <message>
        <source>&quot;under&quot;: the foot joint it stands under</source>
        <translation>&quot;under&quot;: la articulación del pie bajo la que se apoya</translation>
    </message>
    <message>
        <source>&quot;x&quot;: where the wall stands</source>
        <translation>&quot;x&quot;: dónde está la pared</translation>
    </message>
    <message>
        <source>&quot;size&quot;: the water level in metres</source>
        <translation>&quot;size&quot;: el nivel del agua en metros</translation>
    </message>
    <message>
        <source>&quot;to&quot;: a joint or a fixed point [x, y]</source>
        <translation>&quot;to&quot;: una articulación o un punto fijo [x, y]</translation>
    </message>
    <message>
        <source>&quot;to&quot;: the joint it loops round</source>
        <translation>&quot;to&quot;: la articulación que rodea</translation>
    </message>
    <message>
        <source>&quot;at&quot;: the joint that holds it</source>
        <translation>&quot;at&quot;: la articulación que lo sujeta</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>needs &quot;joint&quot; (a movement) or &quot;turn&quot; (a rotation)</source>
        <translation>necesita &quot;joint&quot; (un movimiento) o &quot;turn&quot; (una rotación)</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Could not read %1: %2. Nothing was imported.</source>
        <translation>No se pudo leer %1: %2. No se ha importado nada.</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>gradus-cli: added the clinic exercises %1 from the file.</source>
        <translation>gradus-cli: se han añadido desde el archivo los ejercicios de la clínica %1.</translation>
    </message>
    <message>
        <source>gradus-cli: kept this clinic&apos;s own %1 (the file&apos;s copy was not used).</source>
        <translation>gradus-cli: se han conservado los ejercicios propios de esta clínica %1 (no se ha usado la copia del archivo).</translation>
    </message>
    <message>
        <source>Import a programme or template file from another clinic</source>
        <translation>Importa un archivo de programa o de plantilla de otra clínica</translation>
    </message>
    <message>
        <source>A programme file as a new draft for a patient; runs the safety check</source>
        <translation>Un archivo de programa como borrador nuevo para un paciente; ejecuta la comprobación de seguridad</translation>
    </message>
    <message>
        <source>A programme file as a new clinic template</source>
        <translation>Un archivo de programa como plantilla nueva de la clínica</translation>
    </message>
    <message>
        <source>Import a programme file (from &apos;gradus-cli export programme&apos;, docs/EXCHANGE.md) as a new draft programme for the patient, starting today. The whole file is checked first: when anything is wrong nothing is imported, the message names the entry and field, and the exit status is 2. The clinic&apos;s own exercises in the file are added when this clinic does not have them. The safety check runs at once; its findings are printed after the new programme&apos;s id.
JSON: programme_id, name, items, exercises_added, exercises_kept, findings.</source>
        <translation>Importa un archivo de programa (de &apos;gradus-cli export programme&apos;, docs/EXCHANGE.md) como programa nuevo en borrador para el paciente, que empieza hoy. Primero se comprueba todo el archivo: si algo está mal, no se importa nada, el mensaje indica la entrada y el campo, y el estado de salida es 2. Los ejercicios propios de la clínica que contiene el archivo se añaden si esta clínica no los tiene. La comprobación de seguridad se ejecuta de inmediato; sus avisos se imprimen después del id del programa nuevo.
JSON: programme_id, name, items, exercises_added, exercises_kept, findings.</translation>
    </message>
    <message>
        <source>The programme file; - for stdin.</source>
        <translation>El archivo de programa; - para la entrada estándar.</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>El id del paciente.</translation>
    </message>
    <message>
        <source>import programme needs --patient P.</source>
        <translation>import programme necesita --patient P.</translation>
    </message>
    <message>
        <source>--patient must be a positive whole number, found &apos;%1&apos;.</source>
        <translation>--patient debe ser un número entero positivo; es &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Safety check of the imported programme:</source>
        <translation>Comprobación de seguridad del programa importado:</translation>
    </message>
    <message numerus="yes">
        <source>gradus-cli: imported &quot;%1&quot; (%n exercise(s)) as draft programme %2; give it to the patient with &apos;gradus-cli programme activate %2&apos;.</source>
        <translation>
            <numerusform>gradus-cli: se ha importado &quot;%1&quot; (%n ejercicio) como programa en borrador %2; entréguelo al paciente con &apos;gradus-cli programme activate %2&apos;.</numerusform>
            <numerusform>gradus-cli: se ha importado &quot;%1&quot; (%n ejercicios) como programa en borrador %2; entréguelo al paciente con &apos;gradus-cli programme activate %2&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a programme file (kind template or programme) as a new clinic template. The whole file is checked first: when anything is wrong nothing is imported and the exit status is 2. Prints the template id.
JSON: template_id, name, items, exercises_added, exercises_kept.</source>
        <translation>Importa un archivo de programa (de tipo template o programme) como plantilla nueva de la clínica. Primero se comprueba todo el archivo: si algo está mal, no se importa nada y el estado de salida es 2. Imprime el id de la plantilla.
JSON: template_id, name, items, exercises_added, exercises_kept.</translation>
    </message>
</context>
<context>
    <name>InSentence</name>
    <message>
        <source>draft</source>
        <comment>programme status in a sentence: Programme 4 is ...</comment>
        <translation>borrador</translation>
    </message>
    <message>
        <source>active</source>
        <comment>programme status in a sentence: Programme 4 is ...</comment>
        <translation>activo</translation>
    </message>
    <message>
        <source>superseded</source>
        <comment>programme status in a sentence: Programme 4 is ...</comment>
        <translation>sustituido</translation>
    </message>
    <message>
        <source>active</source>
        <comment>pacing plan status in a sentence: Plan 4 is ...</comment>
        <translation>activo</translation>
    </message>
    <message>
        <source>stopped (referred)</source>
        <comment>pacing plan status in a sentence: Plan 4 is ...</comment>
        <translation>detenido (derivado)</translation>
    </message>
    <message>
        <source>ended (moved to another exercise)</source>
        <comment>pacing plan status in a sentence: Plan 4 is ...</comment>
        <translation>finalizado (se pasó a otro ejercicio)</translation>
    </message>
    <message>
        <source>progress</source>
        <comment>review outcome in a sentence: the proposal is to ...</comment>
        <translation>progresar</translation>
    </message>
    <message>
        <source>hold</source>
        <comment>review outcome in a sentence: the proposal is to ...</comment>
        <translation>mantener</translation>
    </message>
    <message>
        <source>regress</source>
        <comment>review outcome in a sentence: the proposal is to ...</comment>
        <translation>retroceder</translation>
    </message>
    <message>
        <source>stop and refer</source>
        <comment>review outcome in a sentence: the proposal is to ...</comment>
        <translation>detener y derivar</translation>
    </message>
    <message>
        <source>acute</source>
        <comment>phase of care in a sentence</comment>
        <translation>aguda</translation>
    </message>
    <message>
        <source>subacute</source>
        <comment>phase of care in a sentence</comment>
        <translation>subaguda</translation>
    </message>
    <message>
        <source>chronic</source>
        <comment>phase of care in a sentence</comment>
        <translation>crónica</translation>
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
        <translation>Índice de Discapacidad de Oswestry (v2.1a)</translation>
    </message>
    <message>
        <source>Roland-Morris Disability Questionnaire (24 items)</source>
        <translation>Cuestionario de Discapacidad de Roland-Morris (24 ítems)</translation>
    </message>
    <message>
        <source>Keele STarT Back Screening Tool</source>
        <translation>Herramienta de cribado STarT Back de Keele</translation>
    </message>
    <message>
        <source>Patient-Specific Functional Scale</source>
        <translation>Escala Funcional Específica del Paciente</translation>
    </message>
    <message>
        <source>Tampa Scale for Kinesiophobia (17 items)</source>
        <translation>Escala Tampa de Kinesiofobia (17 ítems)</translation>
    </message>
    <message>
        <source>Fairbank JCT, Pynsent PB. The Oswestry Disability Index. Spine 2000;25:2940-53. Questionnaire © Fairbank / Mapi Research Trust: Gradus records section scores only.</source>
        <translation>Fairbank JCT, Pynsent PB. The Oswestry Disability Index. Spine 2000;25:2940-53. Cuestionario © Fairbank / Mapi Research Trust: Gradus solo registra las puntuaciones de las secciones.</translation>
    </message>
    <message>
        <source>Roland M, Fairbank J. The Roland-Morris Disability Questionnaire and the Oswestry Disability Questionnaire. Spine 2000;25:3115-24.</source>
        <translation>Roland M, Fairbank J. The Roland-Morris Disability Questionnaire and the Oswestry Disability Questionnaire. Spine 2000;25:3115-24.</translation>
    </message>
    <message>
        <source>Hill JC et al. A primary care back pain screening tool. Arthritis Rheum 2008;59:632-41. © Keele University, free for non-commercial use: Gradus records answers by item number.</source>
        <translation>Hill JC et al. A primary care back pain screening tool. Arthritis Rheum 2008;59:632-41. © Keele University, uso libre no comercial: Gradus registra las respuestas por número de ítem.</translation>
    </message>
    <message>
        <source>Stratford P et al. Physiotherapy Canada 1995;47:258-63; clinically important differences from Abbott JH, Schmitt JS. JOSPT 2014;44:560-4.</source>
        <translation>Stratford P et al. Physiotherapy Canada 1995;47:258-63; diferencias clínicamente relevantes según Abbott JH, Schmitt JS. JOSPT 2014;44:560-4.</translation>
    </message>
    <message>
        <source>Miller RP, Kori SH, Todd DD. The Tampa Scale. 1991; Vlaeyen JWS et al. Pain 1995;62:363-72. Licence unclear: Gradus records answers by item number.</source>
        <translation>Miller RP, Kori SH, Todd DD. The Tampa Scale. 1991; Vlaeyen JWS et al. Pain 1995;62:363-72. Licencia poco clara: Gradus registra las respuestas por número de ítem.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>SQLite could not read the file through: %1</source>
        <translation>SQLite no pudo leer el archivo completo: %1</translation>
    </message>
    <message>
        <source>The references between records could not be checked: %1</source>
        <translation>No se pudieron comprobar las referencias entre registros: %1</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing record in %3.</source>
        <translation>La fila %1 de %2 hace referencia a un registro que falta en %3.</translation>
    </message>
    <message>
        <source>Table %1 could not be read: %2</source>
        <translation>No se pudo leer la tabla %1: %2</translation>
    </message>
    <message>
        <source>The server has no amcheck extension, so indexes were not verified (an administrator can run CREATE EXTENSION amcheck).</source>
        <translation>El servidor no tiene la extensión amcheck, así que no se han verificado los índices (un administrador puede ejecutar CREATE EXTENSION amcheck).</translation>
    </message>
    <message>
        <source>An index check failed: %1</source>
        <translation>Ha fallado una comprobación de índice: %1</translation>
    </message>
    <message>
        <source>The table schema_meta, which every Gradus database has, is missing.</source>
        <translation>Falta la tabla schema_meta, que tiene toda base de datos de Gradus.</translation>
    </message>
    <message>
        <source>No schema version is recorded.</source>
        <translation>No hay ninguna versión de esquema registrada.</translation>
    </message>
    <message>
        <source>Written by a newer Gradus (schema %1; this program knows up to %2): its tables were not compared.</source>
        <translation>Escrita con una versión más reciente de Gradus (esquema %1; este programa conoce hasta el %2): no se han comparado sus tablas.</translation>
    </message>
    <message>
        <source>The table %1 is missing.</source>
        <translation>Falta la tabla %1.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>No hay ninguna base de datos en %1.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a database.</source>
        <translation>%1 es un archivo vacío, no una base de datos.</translation>
    </message>
    <message>
        <source>The integrity check found damage in %1: %2. Nothing has been changed or repaired; restore a backup, or keep a copy of the file for an expert.</source>
        <translation>La comprobación de integridad ha encontrado daños en %1: %2. No se ha cambiado ni reparado nada; restaure una copia de seguridad, o conserve una copia del archivo para un experto.</translation>
    </message>
</context>
<context>
    <name>LanguageCommand</name>
    <message>
        <source>List the languages of messages, handouts and exercise texts</source>
        <translation>Enumera los idiomas de los mensajes, las hojas de ejercicios y los textos de los ejercicios</translation>
    </message>
    <message>
        <source>List the languages Gradus speaks, by code: use the code with --language (before a command), &apos;patient add --language&apos; (the patient&apos;s preferred language) and &apos;handout --language&apos;. The current language is marked with *.</source>
        <translation>Enumera los idiomas de Gradus por código: use el código con --language (antes de una orden), &apos;patient add --language&apos; (idioma preferido del paciente) y &apos;handout --language&apos;. El idioma actual se marca con *.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>LegSymptoms</name>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>centralising</source>
        <translation>se centralizan</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>estables</translation>
    </message>
    <message>
        <source>peripheralising (spreading down the leg)</source>
        <translation>se periferalizan (se extienden pierna abajo)</translation>
    </message>
</context>
<context>
    <name>MeasureCommand</name>
    <message>
        <source>Record, list, show and amend outcome measures</source>
        <translation>Registra, lista, muestra y corrige medidas de resultado</translation>
    </message>
    <message>
        <source>Record a measure for a patient; prints the measure id</source>
        <translation>Registra una medida de un paciente; imprime el id de la medida</translation>
    </message>
    <message>
        <source>List a patient&apos;s measures</source>
        <translation>Lista las medidas de un paciente</translation>
    </message>
    <message>
        <source>Show a measure with its amendment history</source>
        <translation>Muestra una medida con su historial de correcciones</translation>
    </message>
    <message>
        <source>Correct a measure; the original is kept</source>
        <translation>Corrige una medida; se conserva la original</translation>
    </message>
    <message>
        <source>Record an outcome measure for patient PATIENT_ID. Answers are by item number, in the same LIST format as &apos;gradus-cli score&apos;. Prints the new measure&apos;s id.</source>
        <translation>Registra una medida de resultado del paciente PATIENT_ID. Las respuestas van por número de ítem, en el mismo formato LIST que &apos;gradus-cli score&apos;. Imprime el id de la medida nueva.</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>El id del paciente.</translation>
    </message>
    <message>
        <source>odi, rmdq, startback, psfs or tsk.</source>
        <translation>odi, rmdq, startback, psfs o tsk.</translation>
    </message>
    <message>
        <source>The answers, comma-separated.</source>
        <translation>Las respuestas, separadas por comas.</translation>
    </message>
    <message>
        <source>When it was taken (default today).</source>
        <translation>Cuándo se tomó (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>The visit it was taken at.</source>
        <translation>La visita en la que se tomó.</translation>
    </message>
    <message>
        <source>The episode of care.</source>
        <translation>El episodio asistencial.</translation>
    </message>
    <message>
        <source>PSFS only: the activities, separated by &apos;;&apos;, named at the first PSFS of an episode.</source>
        <translation>Solo PSFS: las actividades, separadas por &apos;;&apos;, que se nombran en la primera PSFS de un episodio.</translation>
    </message>
    <message>
        <source>Who records it (default: your user name).</source>
        <translation>Quién la registra (predeterminado: su nombre de usuario).</translation>
    </message>
    <message>
        <source>measure add needs --type odi, rmdq, startback, psfs or tsk.</source>
        <translation>measure add necesita --type odi, rmdq, startback, psfs o tsk.</translation>
    </message>
    <message>
        <source>measure add needs --answers LIST.</source>
        <translation>measure add necesita --answers LIST.</translation>
    </message>
    <message>
        <source>--activities is for PSFS only.</source>
        <translation>--activities es solo para la PSFS.</translation>
    </message>
    <message>
        <source>gradus-cli: warning: %1</source>
        <translation>gradus-cli: aviso: %1</translation>
    </message>
    <message>
        <source>List the outcome measures of patient PATIENT_ID, oldest first.</source>
        <translation>Lista las medidas de resultado del paciente PATIENT_ID, de la más antigua a la más reciente.</translation>
    </message>
    <message>
        <source>Only this instrument.</source>
        <translation>Solo este instrumento.</translation>
    </message>
    <message>
        <source>Include measures marked as entered in error.</source>
        <translation>Incluye las medidas marcadas como registradas por error.</translation>
    </message>
    <message>
        <source>--type must be odi, rmdq, startback, psfs or tsk.</source>
        <translation>--type debe ser odi, rmdq, startback, psfs o tsk.</translation>
    </message>
    <message>
        <source>id      date        measure      score            band</source>
        <translation>id      fecha       medida       puntuación       rango</translation>
    </message>
    <message>
        <source>Show measure MEASURE_ID with every revision.</source>
        <translation>Muestra la medida MEASURE_ID con todas sus versiones.</translation>
    </message>
    <message>
        <source>The measure&apos;s id.</source>
        <translation>El id de la medida.</translation>
    </message>
    <message>
        <source>Revision %1, %2 by %3%4: %5 %6 [%7]</source>
        <translation>Versión %1, %2 por %3%4: %5 %6 [%7]</translation>
    </message>
    <message>
        <source> [entered in error]</source>
        <translation> [registrada por error]</translation>
    </message>
    <message>
        <source>Correct measure MEASURE_ID; the original is kept. Prints the new revision number.</source>
        <translation>Corrige la medida MEASURE_ID; se conserva la original. Imprime el número de la versión nueva.</translation>
    </message>
    <message>
        <source>The corrected answers.</source>
        <translation>Las respuestas corregidas.</translation>
    </message>
    <message>
        <source>The corrected date.</source>
        <translation>La fecha corregida.</translation>
    </message>
    <message>
        <source>Why it is corrected.</source>
        <translation>Por qué se corrige.</translation>
    </message>
    <message>
        <source>Who makes the correction (default: your user name).</source>
        <translation>Quién hace la corrección (predeterminado: su nombre de usuario).</translation>
    </message>
    <message>
        <source>measure amend needs --reason TEXT.</source>
        <translation>measure amend necesita --reason TEXT.</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>medida</translation>
    </message>
</context>
<context>
    <name>MeasureRepository</name>
    <message>
        <source>There is no outcome measure with id %1.</source>
        <translation>No existe ninguna medida de resultado con el id %1.</translation>
    </message>
    <message>
        <source>Enter the date the measure was taken.</source>
        <translation>Indique la fecha en que se tomó la medida.</translation>
    </message>
    <message>
        <source>The measure date %1 is in the future; today is %2.</source>
        <translation>La fecha de la medida, %1, es futura; hoy es %2.</translation>
    </message>
    <message>
        <source>Say who is recording the measure.</source>
        <translation>Indique quién registra la medida.</translation>
    </message>
    <message>
        <source>There is no patient with id %1.</source>
        <translation>No existe ningún paciente con el id %1.</translation>
    </message>
    <message>
        <source>Visit %1 is not a visit of patient %2.</source>
        <translation>La visita %1 no es una visita del paciente %2.</translation>
    </message>
    <message>
        <source>Visit %1 belongs to episode %2, not episode %3.</source>
        <translation>La visita %1 pertenece al episodio %2, no al episodio %3.</translation>
    </message>
    <message>
        <source>Episode %1 is not an episode of patient %2.</source>
        <translation>El episodio %1 no es un episodio del paciente %2.</translation>
    </message>
    <message>
        <source>The first PSFS of an episode names its activities: give %1 activity names for the %1 ratings (%2 given).</source>
        <translation>La primera PSFS de un episodio nombra sus actividades: indique %1 nombres de actividad para las %1 puntuaciones (se han indicado %2).</translation>
    </message>
    <message>
        <source>PSFS activity %1 needs a name of 1 to %2 characters.</source>
        <translation>La actividad %1 de la PSFS necesita un nombre de 1 a %2 caracteres.</translation>
    </message>
    <message>
        <source>The PSFS activities of this episode are already named (%1); a follow-up re-rates the same activities.</source>
        <translation>Las actividades de la PSFS de este episodio ya tienen nombre (%1); en un seguimiento se vuelven a puntuar las mismas actividades.</translation>
    </message>
    <message>
        <source>This episode&apos;s PSFS has %1 activities (%2); give %1 ratings, not %3.</source>
        <translation>La PSFS de este episodio tiene %1 actividades (%2); indique %1 puntuaciones, no %3.</translation>
    </message>
    <message>
        <source>Say who is making the change to measure %1.</source>
        <translation>Indique quién modifica la medida %1.</translation>
    </message>
    <message>
        <source>Give a reason for changing measure %1; the original is kept and the reason is shown with it.</source>
        <translation>Indique un motivo para modificar la medida %1; se conserva la original y el motivo se muestra junto a ella.</translation>
    </message>
    <message>
        <source>Measure %1 is marked as entered in error; reinstate it before amending it.</source>
        <translation>La medida %1 está marcada como registrada por error; restablézcala antes de corregirla.</translation>
    </message>
    <message>
        <source>This PSFS rates %1 activities; give %1 ratings, not %2.</source>
        <translation>Esta PSFS puntúa %1 actividades; indique %1 puntuaciones, no %2.</translation>
    </message>
    <message>
        <source>The amendment of measure %1 changes nothing.</source>
        <translation>La corrección de la medida %1 no cambia nada.</translation>
    </message>
    <message>
        <source>Measure %1 is already marked as entered in error.</source>
        <translation>La medida %1 ya está marcada como registrada por error.</translation>
    </message>
    <message>
        <source>Measure %1 is not marked as entered in error.</source>
        <translation>La medida %1 no está marcada como registrada por error.</translation>
    </message>
    <message>
        <source>Measure %1 is of an instrument this Gradus does not know.</source>
        <translation>La medida %1 es de un instrumento que este Gradus no conoce.</translation>
    </message>
    <message>
        <source>Measure %1 has been changed elsewhere since (at another desk or by a script; it is now at revision %2). Nothing was saved; look at the measure&apos;s history before changing it again.</source>
        <translation>La medida %1 se ha modificado en otro lugar mientras tanto (en otro puesto o mediante un script; ahora está en la revisión %2). No se ha guardado nada; consulte el historial de la medida antes de volver a modificarla.</translation>
    </message>
</context>
<context>
    <name>OutcomeScoring</name>
    <message>
        <source>%1 item %2 is unanswered; every item needs an answer.</source>
        <translation>%1: el ítem %2 no tiene respuesta; todos los ítems necesitan respuesta.</translation>
    </message>
    <message>
        <source>%1 %2 %3 is %4; it must be from %5 to %6.</source>
        <translation>%1, %2 %3: el valor es %4; debe estar entre %5 y %6.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>sección</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <source>item</source>
        <translation>ítem</translation>
    </message>
    <message>
        <source>PSFS needs 3 to 5 activity ratings; %1 given.</source>
        <translation>La PSFS necesita de 3 a 5 puntuaciones de actividad; se han indicado %1.</translation>
    </message>
    <message>
        <source>%1 needs %2 answers; %3 given.</source>
        <translation>%1 necesita %2 respuestas; se han indicado %3.</translation>
    </message>
    <message>
        <source>No answers given for %1.</source>
        <translation>No se han indicado respuestas para %1.</translation>
    </message>
    <message>
        <source>Answer %1 of %2 is &apos;%3&apos;; answers are whole numbers%4.</source>
        <translation>La respuesta %1 de %2 es &apos;%3&apos;; las respuestas son números enteros%4.</translation>
    </message>
    <message>
        <source>, or x for an unanswered section</source>
        <translation>, o x para una sección sin respuesta</translation>
    </message>
    <message>
        <source>No ODI section is answered, so the index cannot be calculated.</source>
        <translation>No hay ninguna sección del ODI respondida, así que no se puede calcular el índice.</translation>
    </message>
    <message>
        <source>%1 of 10 ODI sections are unanswered; interpret the index with caution.</source>
        <translation>%1 de las 10 secciones del ODI no tienen respuesta; interprete el índice con precaución.</translation>
    </message>
    <message>
        <source>minimal disability</source>
        <translation>discapacidad mínima</translation>
    </message>
    <message>
        <source>moderate disability</source>
        <translation>discapacidad moderada</translation>
    </message>
    <message>
        <source>severe disability</source>
        <translation>discapacidad grave</translation>
    </message>
    <message>
        <source>crippled</source>
        <translation>discapacidad muy grave</translation>
    </message>
    <message>
        <source>bed-bound</source>
        <translation>postrado en cama</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>riesgo bajo</translation>
    </message>
    <message>
        <source>medium risk</source>
        <translation>riesgo medio</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>riesgo alto</translation>
    </message>
    <message>
        <source>high fear of movement</source>
        <translation>miedo al movimiento alto</translation>
    </message>
    <message>
        <source>not high</source>
        <translation>no alto</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>mínima</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>high fear</source>
        <translation>miedo alto</translation>
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
        <translation>%1 (subescala %2)</translation>
    </message>
</context>
<context>
    <name>PacingCommand</name>
    <message>
        <source>Graded activity plans and review decisions</source>
        <translation>Planes de actividad graduada y decisiones de revisión</translation>
    </message>
    <message>
        <source>Work out a week-by-week graded activity plan (no database needed)</source>
        <translation>Calcula un plan de actividad graduada semana a semana (no necesita base de datos)</translation>
    </message>
    <message>
        <source>Propose progress, hold, regress or stop from recorded review data</source>
        <translation>Propone progresar, mantener, retroceder o detener y derivar a partir de los datos de revisión registrados</translation>
    </message>
    <message>
        <source>Show the stored plan of a prescription and its decisions</source>
        <translation>Muestra el plan guardado de una prescripción y sus decisiones</translation>
    </message>
    <message>
        <source>Accept a plan&apos;s review proposal, or override it with a reason</source>
        <translation>Acepta la propuesta de revisión de un plan o la anula con un motivo</translation>
    </message>
    <message>
        <source>gradus-cli: note: clinic settings not read (%1); using the documented defaults.</source>
        <translation>gradus-cli: nota: no se ha leído la configuración de la clínica (%1); se usan los valores predeterminados documentados.</translation>
    </message>
    <message>
        <source>Work out a time-contingent graded activity plan (CLINICAL.md section 3): the baseline is a percentage of the mean measured tolerance, rounded down to a whole step; each week adds a percentage of the baseline, rounded to the nearest step (whole minutes and repetitions, 5-second holds, 10-metre distances), until the goal, which the last week reaches exactly. Works without a database; when one exists and no percentage is given, the clinic&apos;s settings supply them.

With --json, prints an array with one object per week: week, start, end (when dated), quota (the daily quota), unit, bouts, per_bout (the daily quota split into bouts, largest first), increase and at_goal.

With PRESCRIPTION_ID, the plan is stored for that prescription (it then follows the exercise into new versions of the programme) and printed; with --json the stored plan is printed as in `pacing show`.</source>
        <translation>Calcula un plan de actividad graduada por tiempo, no según el dolor (CLINICAL.md, sección 3): la línea base es un porcentaje de la tolerancia media medida, redondeado hacia abajo a un escalón entero; cada semana se añade un porcentaje de la línea base, redondeado al escalón más cercano (minutos y repeticiones enteros, mantenimientos de 5 segundos, distancias de 10 metros), hasta el objetivo, que se alcanza exactamente en la última semana. Funciona sin base de datos; si existe una y no se indica ningún porcentaje, los toma de la configuración de la clínica.

Con --json, imprime una matriz con un objeto por semana: week, start, end (si hay fechas), quota (la cuota diaria), unit, bouts, per_bout (la cuota diaria repartida en tandas, de mayor a menor), increase y at_goal.

Con PRESCRIPTION_ID, el plan se guarda para esa prescripción (después sigue al ejercicio en las nuevas versiones del programa) y se imprime; con --json, el plan guardado se imprime como en `pacing show`.</translation>
    </message>
    <message>
        <source>Tolerance measured over several attempts, comma-separated (e.g. 10,12,11).</source>
        <translation>Tolerancia medida en varios intentos, separados por comas (p. ej., 10,12,11).</translation>
    </message>
    <message>
        <source>Unit of tolerance and goal: %1.</source>
        <translation>Unidad de la tolerancia y del objetivo: %1.</translation>
    </message>
    <message>
        <source>The daily goal (ceiling).</source>
        <translation>El objetivo diario (techo).</translation>
    </message>
    <message>
        <source>Baseline as % of mean tolerance (50-100; default 80).</source>
        <translation>Línea base como % de la tolerancia media (50-100; predeterminado: 80).</translation>
    </message>
    <message>
        <source>Weekly increase as % of the baseline (5-20; default 10).</source>
        <translation>Incremento semanal como % de la línea base (5-20; predeterminado: 10).</translation>
    </message>
    <message>
        <source>Split each day&apos;s quota into N bouts (1-%1; default 1).</source>
        <translation>Reparte la cuota de cada día en N tandas (1-%1; predeterminado: 1).</translation>
    </message>
    <message>
        <source>First day of week 1, YYYY-MM-DD (default: today).</source>
        <translation>Primer día de la semana 1, YYYY-MM-DD (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>Who makes a stored plan (default: the operating-system user).</source>
        <translation>Quién hace un plan guardado (predeterminado: el usuario del sistema operativo).</translation>
    </message>
    <message>
        <source>pacing plan needs --%1.</source>
        <translation>pacing plan necesita --%1.</translation>
    </message>
    <message>
        <source>--unit must be one of %1, not &quot;%2&quot;.</source>
        <translation>--unit debe ser uno de %1, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--goal must be a number, not &quot;%1&quot;.</source>
        <translation>--goal debe ser un número, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--start must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--start debe ser una fecha con el formato YYYY-MM-DD, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Graded activity plan in %1</source>
        <translation>Plan de actividad graduada en %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Sem.</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Daily quota</source>
        <translation>Cuota diaria</translation>
    </message>
    <message>
        <source>Bouts</source>
        <translation>Tandas</translation>
    </message>
    <message>
        <source>&lt;- now</source>
        <translation>&lt;- ahora</translation>
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
        <translation>Propone progresar, mantener, retroceder o detener y derivar (stop-and-refer) a partir de los datos registrados desde la última revisión, y muestra la regla aplicada, los datos en que se basa y su fuente (CLINICAL.md, sección 3). Prioridad: detener y derivar &gt; retroceder &gt; mantener &gt; progresar. Los umbrales vienen de la configuración de la clínica si existe una base de datos; si no, de los valores predeterminados documentados (dolor seguro 2, dolor aceptable 5, 2 días malos seguidos, retroceso del 15 %).

FILE es JSON (&quot;-&quot; lee la entrada estándar). Todos los campos son opcionales, pero para progresar hace falta evidencia de cada criterio; los campos desconocidos se rechazan:
  days                  lista, del más antiguo al más reciente, uno por día o sesión:
    date                YYYY-MM-DD
    quota_met           true/false
    exercise_pain       0-10, dolor máximo durante el ejercicio
    next_morning_pain   0-10, dolor a la mañana siguiente
  baseline_pain         0-10, dolor habitual por la mañana en la última revisión
  previous_week_pain    0-10, dolor habitual durante la semana anterior
  this_week_pain        0-10, dolor habitual durante la última semana
  leg_symptoms          none, centralising, stable, peripheralising, not_recorded
  new_neurological_sign true/false (neurological_detail: texto)
  red_flag              true/false (red_flag_detail: texto)
  step                  dónde está el paciente: {unit, current, next, last_tolerated, week}
  plan                  o el plan: {tolerance, unit, goal, baseline_percent,
                        weekly_percent, bouts, week}
  thresholds            {pain_safe_max, pain_acceptable_max, bad_days_in_row,
                        regress_percent}, sustituyen a los de la clínica en esta revisión
Ejemplo: {&quot;baseline_pain&quot;: 2, &quot;previous_week_pain&quot;: 3, &quot;this_week_pain&quot;: 3,
  &quot;days&quot;: [{&quot;quota_met&quot;: true, &quot;exercise_pain&quot;: 4, &quot;next_morning_pain&quot;: 2}],
  &quot;step&quot;: {&quot;unit&quot;: &quot;minutes&quot;, &quot;current&quot;: 12, &quot;next&quot;: 13}}

Con PATIENT_ID en lugar de --input, revisa cada uno de los planes guardados del paciente a partir de las visitas registradas desde su última decisión (véase docs/PACING.md); no se cambia nada hasta `pacing decide`.</translation>
    </message>
    <message>
        <source>The review data (JSON, see above).</source>
        <translation>Los datos de la revisión (JSON, véase arriba).</translation>
    </message>
    <message>
        <source>pacing review takes either PATIENT_ID or --input FILE, not both.</source>
        <translation>pacing review admite PATIENT_ID o --input FILE, no ambos.</translation>
    </message>
    <message>
        <source>pacing review needs --input FILE, or a PATIENT_ID.</source>
        <translation>pacing review necesita --input FILE o un PATIENT_ID.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>%1 no es JSON válido: %2 en el carácter %3.</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object ({...}).</source>
        <translation>%1 debe contener un solo objeto JSON ({...}).</translation>
    </message>
    <message>
        <source>Rule: %1. Source: %2</source>
        <translation>Regla: %1. Fuente: %2</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Decisión: %1</translation>
    </message>
    <message>
        <source>Proposal: %1</source>
        <translation>Propuesta: %1</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Also noted (outweighed by the above):</source>
        <translation>También se ha observado (con menos peso que lo anterior):</translation>
    </message>
    <message>
        <source>Plan %1 saved for prescription %2 (%3).</source>
        <translation>Plan %1 guardado para la prescripción %2 (%3).</translation>
    </message>
    <message>
        <source>Show the graded activity plan stored for a prescription (in any version of its programme): where the patient stands, the weekly quotas and every review decision.</source>
        <translation>Muestra el plan de actividad graduada guardado para una prescripción (en cualquier versión de su programa): en qué punto está el paciente, las cuotas semanales y todas las decisiones de revisión.</translation>
    </message>
    <message>
        <source>The prescription.</source>
        <translation>La prescripción.</translation>
    </message>
    <message>
        <source>Prescription %1 has no active graded activity plan; make one with `pacing plan %1 --tolerance ... --unit ... --goal ...`.</source>
        <translation>La prescripción %1 no tiene ningún plan de actividad graduada activo; cree uno con `pacing plan %1 --tolerance ... --unit ... --goal ...`.</translation>
    </message>
    <message>
        <source>Plan %1: %2, week %3 of %4, %5 a day (%6).</source>
        <translation>Plan %1: %2, semana %3 de %4, %5 al día (%6).</translation>
    </message>
    <message>
        <source>No review decisions yet.</source>
        <translation>Aún no hay decisiones de revisión.</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Decisiones:</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>sin cuota</translation>
    </message>
    <message>
        <source>%1 to %2, as proposed (%3)</source>
        <translation>%1: %2, según la propuesta (%3)</translation>
    </message>
    <message>
        <source>%1 to %2 instead of %3 (%4): %5</source>
        <translation>%1: %2, en lugar de %3 (%4): %5</translation>
    </message>
    <message>
        <source>Patient %1 has no active graded activity plan.</source>
        <translation>El paciente %1 no tiene ningún plan de actividad graduada activo.</translation>
    </message>
    <message>
        <source>Plan %1: %2, week %3, %4 a day; visits since the last decision: %5.</source>
        <translation>Plan %1: %2, semana %3, %4 al día; visitas desde la última decisión: %5.</translation>
    </message>
    <message>
        <source>Decide with: gradus-cli pacing decide %1 --accept, or --override OUTCOME --reason TEXT</source>
        <translation>Decida con: gradus-cli pacing decide %1 --accept, o --override OUTCOME --reason TEXT</translation>
    </message>
    <message>
        <source>Record the clinician&apos;s decision on a plan&apos;s review (as `pacing review PATIENT_ID` proposes it from the recorded visits): --accept the proposal, or --override it with another outcome (progress, hold, regress, stop_and_refer) and a --reason. A change of dose or exercise becomes a new, active version of the programme, in the same transaction as the decision. Refused while the programme has a draft being edited.</source>
        <translation>Registra la decisión del profesional sobre la revisión de un plan (tal como la propone `pacing review PATIENT_ID` a partir de las visitas registradas): --accept acepta la propuesta, o --override la anula con otra decisión (progress, hold, regress, stop_and_refer) y un --reason. Un cambio de dosis o de ejercicio se convierte en una versión nueva y activa del programa, en la misma transacción que la decisión. Se rechaza mientras el programa tenga un borrador en edición.</translation>
    </message>
    <message>
        <source>The plan.</source>
        <translation>El plan.</translation>
    </message>
    <message>
        <source>Accept the proposal.</source>
        <translation>Acepta la propuesta.</translation>
    </message>
    <message>
        <source>Choose this outcome instead of the proposal.</source>
        <translation>Elige esta decisión en lugar de la propuesta.</translation>
    </message>
    <message>
        <source>Why (needed to override).</source>
        <translation>Por qué (necesario para anular).</translation>
    </message>
    <message>
        <source>Who decides (default: the operating-system user).</source>
        <translation>Quién decide (predeterminado: el usuario del sistema operativo).</translation>
    </message>
    <message>
        <source>pacing decide needs either --accept or --override OUTCOME.</source>
        <translation>pacing decide necesita --accept o --override OUTCOME.</translation>
    </message>
    <message>
        <source>--override must be progress, hold, regress or stop_and_refer, not &quot;%1&quot;.</source>
        <translation>--override debe ser progress, hold, regress o stop_and_refer, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Decision %1 recorded: %2 (%3).</source>
        <translation>Decisión %1 registrada: %2 (%3).</translation>
    </message>
    <message>
        <source>as proposed</source>
        <translation>según la propuesta</translation>
    </message>
    <message>
        <source>overriding %1</source>
        <translation>en lugar de %1</translation>
    </message>
    <message>
        <source>--reason goes with --override; an accepted proposal needs none.</source>
        <translation>--reason va con --override; una propuesta aceptada no lo necesita.</translation>
    </message>
    <message>
        <source>A patient whose stored plans to review, instead of --input.</source>
        <translation>Un paciente cuyos planes guardados se revisan, en lugar de --input.</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>prescription</source>
        <translation>prescripción</translation>
    </message>
</context>
<context>
    <name>PacingJson</name>
    <message>
        <source>%1 is not a known field (expected one of: %2).</source>
        <translation>%1 no es un campo conocido (se esperaba uno de: %2).</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4.</source>
        <translation>%1 debe ser un número entero de %2 a %3, no %4.</translation>
    </message>
    <message>
        <source>%1 must be a number, not %2.</source>
        <translation>%1 debe ser un número, no %2.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2.</source>
        <translation>%1 debe ser true o false, no %2.</translation>
    </message>
    <message>
        <source>%1 must be text, not %2.</source>
        <translation>%1 debe ser texto, no %2.</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 debe ser una fecha con el formato YYYY-MM-DD, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be an object ({...}).</source>
        <translation>%1 debe ser un objeto ({...}).</translation>
    </message>
    <message>
        <source>%1 must be a list ([...]).</source>
        <translation>%1 debe ser una lista ([...]).</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 debe ser uno de %2, no &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>step needs at least &quot;unit&quot; and &quot;current&quot;.</source>
        <translation>step necesita al menos &quot;unit&quot; y &quot;current&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a list of numbers.</source>
        <translation>%1 debe ser una lista de números.</translation>
    </message>
    <message>
        <source>%1 needs &quot;tolerance&quot;, a list of measurements.</source>
        <translation>%1 necesita &quot;tolerance&quot;, una lista de mediciones.</translation>
    </message>
    <message>
        <source>%1 needs &quot;unit&quot; and &quot;goal&quot;.</source>
        <translation>%1 necesita &quot;unit&quot; y &quot;goal&quot;.</translation>
    </message>
    <message>
        <source>leg_symptoms must be none, centralising, stable, peripheralising or not_recorded, not &quot;%1&quot;.</source>
        <translation>leg_symptoms debe ser none, centralising, stable, peripheralising o not_recorded, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give either &quot;step&quot; or &quot;plan&quot;, not both.</source>
        <translation>Indique &quot;step&quot; o &quot;plan&quot;, no ambos.</translation>
    </message>
    <message>
        <source>plan.week is needed: the plan week the patient is in now.</source>
        <translation>Hace falta plan.week: la semana del plan en la que está ahora el paciente.</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>plan: %1</translation>
    </message>
    <message>
        <source>plan.week is %1, but the plan reaches its goal in week %2.</source>
        <translation>plan.week es %1, pero el plan alcanza su objetivo en la semana %2.</translation>
    </message>
</context>
<context>
    <name>PacingPlanRepository</name>
    <message>
        <source>There is no prescription %1.</source>
        <translation>No existe la prescripción %1.</translation>
    </message>
    <message>
        <source>There is no pacing plan %1.</source>
        <translation>No existe el plan de actividad graduada %1.</translation>
    </message>
    <message>
        <source>Plan %1 has review decisions on record and is kept.</source>
        <translation>El plan %1 tiene decisiones de revisión registradas y se conserva.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Stopped (referred)</source>
        <translation>Detenido (derivado)</translation>
    </message>
    <message>
        <source>Ended (moved to another exercise)</source>
        <translation>Finalizado (se pasó a otro ejercicio)</translation>
    </message>
</context>
<context>
    <name>PacingPlans</name>
    <message>
        <source>Name the clinician making the plan.</source>
        <translation>Indique el profesional que hace el plan.</translation>
    </message>
    <message>
        <source>This exercise is in the programme %1 times; a plan needs it once, so that it can follow the exercise into new versions.</source>
        <translation>Este ejercicio está %1 veces en el programa; un plan lo necesita una sola vez, para poder seguirlo en las versiones nuevas.</translation>
    </message>
    <message>
        <source>A plan in %1 needs a dose counted in %1; prescription %2 is counted otherwise (%3).</source>
        <translation>Un plan en %1 necesita una dosis contada en %1; la prescripción %2 se cuenta de otra forma (%3).</translation>
    </message>
    <message>
        <source>This prescription already has a plan (%1); review it rather than starting another.</source>
        <translation>Esta prescripción ya tiene un plan (%1); revíselo en lugar de empezar otro.</translation>
    </message>
    <message>
        <source>Version %1 of the programme has been replaced by a newer one; make the plan on the version in force.</source>
        <translation>La versión %1 del programa ha sido sustituida por otra más reciente; haga el plan sobre la versión vigente.</translation>
    </message>
    <message>
        <source>the exercise</source>
        <translation>el ejercicio</translation>
    </message>
    <message>
        <source>The programme&apos;s dose of %1 already matches week 1 of the plan: %2.</source>
        <translation>La dosis de %1 en el programa ya coincide con la semana 1 del plan: %2.</translation>
    </message>
    <message>
        <source>The programme&apos;s dose of %1 is now %2 (version %3).</source>
        <translation>La dosis de %1 en el programa es ahora %2 (versión %3).</translation>
    </message>
</context>
<context>
    <name>PacingProgrammeUpdate</name>
    <message>
        <source>Version %1 of the programme has been replaced by a newer one; choose the exercise in the version in force.</source>
        <translation>La versión %1 del programa ha sido sustituida por otra más reciente; elija el ejercicio en la versión vigente.</translation>
    </message>
    <message>
        <source>The programme has a draft (version %1) being edited. Give it to the patient or discard it first, so that this change of dose does not hand over unfinished changes.</source>
        <translation>El programa tiene un borrador (versión %1) en edición. Entrégueselo al paciente o descártelo primero, para que este cambio de dosis no entregue cambios a medio hacer.</translation>
    </message>
    <message>
        <source>The programme has been changed since the plan changed its dose (version %1); the plan cannot be undone.</source>
        <translation>El programa ha cambiado desde que el plan modificó su dosis (versión %1); no se puede deshacer el plan.</translation>
    </message>
</context>
<context>
    <name>PacingReviews</name>
    <message>
        <source>leg symptoms at the visit of %1</source>
        <translation>síntomas en la pierna en la visita del %1</translation>
    </message>
    <message>
        <source>recorded at a visit since the last review</source>
        <translation>registrado en una visita desde la última revisión</translation>
    </message>
    <message>
        <source>red-flag screen of %1</source>
        <translation>cribado de banderas rojas del %1</translation>
    </message>
    <message>
        <source>a red-flag screen (none recorded for this patient)</source>
        <translation>un cribado de banderas rojas (no hay ninguno registrado para este paciente)</translation>
    </message>
    <message>
        <source>Name the clinician deciding.</source>
        <translation>Indique el profesional que decide.</translation>
    </message>
    <message>
        <source>Plan %1 is %2; there is nothing left to decide on it.</source>
        <translation>El plan %1 está %2; ya no queda nada por decidir sobre él.</translation>
    </message>
    <message>
        <source>Say why you are not following the proposal (%1).</source>
        <translation>Indique por qué no sigue la propuesta (%1).</translation>
    </message>
    <message>
        <source>The proposal already is to %1; accept it instead of overriding.</source>
        <translation>La propuesta ya es %1; acéptela en lugar de anularla.</translation>
    </message>
    <message>
        <source>Plan stopped: refer or discuss as the red-flag screen advises.</source>
        <translation>Plan detenido: derive o comente el caso según indique el cribado de banderas rojas.</translation>
    </message>
    <message>
        <source>The exercise of plan %1 is no longer in the programme; the decision cannot be applied.</source>
        <translation>El ejercicio del plan %1 ya no está en el programa; no se puede aplicar la decisión.</translation>
    </message>
    <message>
        <source>Moved on to %1 (%2); this plan ends, and a new one can be made for it.</source>
        <translation>Se pasa a %1 (%2); este plan termina y se puede crear uno nuevo para ese ejercicio.</translation>
    </message>
    <message>
        <source>%1 a day (%2).</source>
        <translation>%1 al día (%2).</translation>
    </message>
    <message>
        <source>Programme version %1: %2</source>
        <translation>Versión %1 del programa: %2</translation>
    </message>
    <message>
        <source>Pacing plan %1</source>
        <translation>Plan de actividad graduada %1</translation>
    </message>
</context>
<context>
    <name>PacingUnit</name>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>%1 repetitions</source>
        <translation>%1 repeticiones</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>%1 metres</source>
        <translation>%1 metros</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>metres</source>
        <translation>metros</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>rep.</translation>
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
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metre(s)</source>
        <translation>
            <numerusform>%n metro</numerusform>
            <numerusform>%n metros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patient</name>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
</context>
<context>
    <name>PatientArgs</name>
    <message>
        <source>Refuse the change unless the record is still at version N (shown as &quot;version&quot; by --json); nothing is written when another desk changed it meanwhile.</source>
        <translation>Rechaza el cambio salvo que el registro siga en la versión N (la que --json muestra como &quot;version&quot;); no se escribe nada si otro puesto lo ha modificado entretanto.</translation>
    </message>
    <message>
        <source>--if-version must be a positive whole number, found &apos;%1&apos;.</source>
        <translation>--if-version debe ser un número entero positivo; es &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>PatientCommand</name>
    <message>
        <source>Given name.</source>
        <translation>Nombre.</translation>
    </message>
    <message>
        <source>Family name.</source>
        <translation>Apellidos.</translation>
    </message>
    <message>
        <source>Preferred name.</source>
        <translation>Nombre preferido.</translation>
    </message>
    <message>
        <source>Date of birth, YYYY-MM-DD.</source>
        <translation>Fecha de nacimiento, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>female, male or other (f, m, x).</source>
        <translation>female, male u other (f, m, x).</translation>
    </message>
    <message>
        <source>Clinic number (unique).</source>
        <translation>Número de historia clínica (único).</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Número de teléfono.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>Dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Postal address.</source>
        <translation>Dirección postal.</translation>
    </message>
    <message>
        <source>Who referred the patient.</source>
        <translation>Quién derivó al paciente.</translation>
    </message>
    <message>
        <source>Free notes.</source>
        <translation>Notas libres.</translation>
    </message>
    <message>
        <source>--dob must be a date written YYYY-MM-DD (not &apos;%1&apos;).</source>
        <translation>--dob debe ser una fecha con el formato YYYY-MM-DD (no &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--sex must be female, male or other (not &apos;%1&apos;).</source>
        <translation>--sex debe ser female, male u other (no &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Add, find, show, edit, archive and delete patients</source>
        <translation>Añade, busca, muestra, modifica, archiva y elimina pacientes</translation>
    </message>
    <message>
        <source>Add a patient; prints the new id</source>
        <translation>Añade un paciente; imprime el id nuevo</translation>
    </message>
    <message>
        <source>List patients, optionally matching a search</source>
        <translation>Lista los pacientes, opcionalmente filtrados por una búsqueda</translation>
    </message>
    <message>
        <source>Show one patient with episodes and conditions</source>
        <translation>Muestra un paciente con sus episodios y afecciones</translation>
    </message>
    <message>
        <source>Change fields of a patient</source>
        <translation>Cambia campos de un paciente</translation>
    </message>
    <message>
        <source>Archive (or with --restore, restore) a patient</source>
        <translation>Archiva un paciente (o lo restaura, con --restore)</translation>
    </message>
    <message>
        <source>Delete a patient and all their records permanently</source>
        <translation>Elimina definitivamente un paciente y todos sus registros</translation>
    </message>
    <message>
        <source>Add a patient and print the new patient&apos;s id. --given, --family and --dob are required.
With --json, print the stored patient (fields as for &apos;patient show&apos;).</source>
        <translation>Añade un paciente e imprime el id del paciente nuevo. --given, --family y --dob son obligatorios.
Con --json, imprime el paciente guardado (con los campos de &apos;patient show&apos;).</translation>
    </message>
    <message>
        <source>List patients by family name. --search keeps those whose names, clinic number or date of birth contain every word of TEXT, ignoring case and accents.
JSON: an array of objects with id, given, family, dob, preferred, clinic_number, archived.</source>
        <translation>Lista los pacientes por apellidos. --search deja solo aquellos cuyo nombre, número de historia clínica o fecha de nacimiento contienen todas las palabras de TEXT, sin distinguir mayúsculas ni acentos.
JSON: una matriz de objetos con id, given, family, dob, preferred, clinic_number, archived.</translation>
    </message>
    <message>
        <source>Words to search for.</source>
        <translation>Palabras que se buscan.</translation>
    </message>
    <message>
        <source>Include archived patients.</source>
        <translation>Incluye los pacientes archivados.</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>El id del paciente.</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <source>, archived</source>
        <translation>, archivado</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Nacimiento:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sexo:</translation>
    </message>
    <message>
        <source>Clinic number:</source>
        <translation>N.º de historia clínica:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>Derivado por:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Episode %1: %2</source>
        <translation>Episodio %1: %2</translation>
    </message>
    <message>
        <source>opened %1, %2, onset %3, phase %4</source>
        <translation>abierto el %1, %2, inicio %3, fase %4</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>cerrado el %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Change the given fields of a patient; an empty value (&quot;&quot;) clears an optional field. Prints nothing, or with --json the stored patient.</source>
        <translation>Cambia los campos indicados de un paciente; un valor vacío (&quot;&quot;) borra un campo opcional. No imprime nada o, con --json, el paciente guardado.</translation>
    </message>
    <message>
        <source>Archive a patient: hidden from lists unless asked for, nothing deleted. With --restore, bring an archived patient back.</source>
        <translation>Archiva un paciente: queda oculto en las listas salvo que se pida, sin eliminar nada. Con --restore, recupera un paciente archivado.</translation>
    </message>
    <message>
        <source>Restore instead of archive.</source>
        <translation>Restaura en lugar de archivar.</translation>
    </message>
    <message>
        <source>Delete a patient with all episodes and conditions, permanently (right to erasure). Requires --yes. Prints what was deleted.</source>
        <translation>Elimina definitivamente un paciente con todos sus episodios y afecciones (derecho de supresión). Requiere --yes. Imprime lo que se ha eliminado.</translation>
    </message>
    <message>
        <source>Confirm the permanent deletion.</source>
        <translation>Confirma la eliminación definitiva.</translation>
    </message>
    <message>
        <source>patient delete removes %1 (id %2, born %3) and all their records permanently; it cannot be undone. Run it again with --yes to confirm, or use &apos;patient archive&apos; to hide the patient instead.</source>
        <translation>patient delete elimina definitivamente a %1 (id %2, nacido el %3) y todos sus registros; no se puede deshacer. Vuelva a ejecutarlo con --yes para confirmar, o use &apos;patient archive&apos; para ocultar al paciente.</translation>
    </message>
    <message>
        <source>Deleted patient %1 (episodes of care: %2, conditions: %3).</source>
        <translation>Paciente %1 eliminado (episodios asistenciales: %2, afecciones: %3).</translation>
    </message>
    <message>
        <source>Preferred language of handouts (see &apos;gradus-cli languages&apos;).</source>
        <translation>Idioma preferido de las hojas de ejercicios (véase &apos;gradus-cli languages&apos;).</translation>
    </message>
    <message>
        <source>--language must be one of %1 (not &apos;%2&apos;).</source>
        <translation>--language debe ser uno de estos códigos: %1 (no &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>Show one patient.
JSON: the fields of &apos;patient list&apos; plus sex, phone, email, address, referral_source, notes, language, age, created_at, updated_at, and episodes (each with id, complaint, onset, opened, closed, open, phase and conditions).</source>
        <translation>Muestra un paciente.
JSON: los campos de &apos;patient list&apos; más sex, phone, email, address, referral_source, notes, language, age, created_at, updated_at y episodes (cada uno con id, complaint, onset, opened, closed, open, phase y conditions).</translation>
    </message>
    <message>
        <source>%1 (id %2)%3</source>
        <translation>%1 (id %2)%3</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (%2 años)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
</context>
<context>
    <name>PatientCommands</name>
    <message>
        <source>Add patient %1</source>
        <translation>Añadir paciente %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modificar %1</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Archivar %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restaurar %1</translation>
    </message>
    <message>
        <source>Open episode &quot;%1&quot;</source>
        <translation>Abrir el episodio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Close episode &quot;%1&quot;</source>
        <translation>Cerrar el episodio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit episode &quot;%1&quot;</source>
        <translation>Modificar el episodio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Reactivar %1</translation>
    </message>
    <message>
        <source>Resolve %1</source>
        <translation>Marcar %1 como resuelta</translation>
    </message>
</context>
<context>
    <name>PatientEdits</name>
    <message>
        <source>Patient %1</source>
        <translation>Paciente %1</translation>
    </message>
    <message>
        <source>Adding %1 cannot be undone: episodes of care, visits or other records have been made for this patient since.</source>
        <translation>No se puede deshacer la adición de %1: desde entonces se han registrado episodios asistenciales, visitas u otros datos para este paciente.</translation>
    </message>
</context>
<context>
    <name>PatientMerge</name>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Clinic number</source>
        <translation>N.º de historia clínica</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Derivado por</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <source>The clinic number %1 is already used by another patient.</source>
        <translation>El número de historia clínica %1 ya lo usa otro paciente.</translation>
    </message>
    <message>
        <source>There is no patient with id %1.</source>
        <translation>No existe ningún paciente con el id %1.</translation>
    </message>
    <message>
        <source>The clinic number %1 is already used by another patient (%2).</source>
        <translation>El número de historia clínica %1 ya lo usa otro paciente (%2).</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>Only a stored patient can be restored.</source>
        <translation>Solo se puede restaurar un paciente guardado.</translation>
    </message>
    <message>
        <source>The patient could not be deleted, and nothing was removed: %1</source>
        <translation>No se pudo eliminar al paciente y no se ha borrado nada: %1</translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation>Paciente %1</translation>
    </message>
</context>
<context>
    <name>PatientValidator</name>
    <message>
        <source>The %1 is too long (at most %2 characters).</source>
        <translation>El campo %1 es demasiado largo (máximo %2 caracteres).</translation>
    </message>
    <message>
        <source>The given name is required.</source>
        <translation>El nombre es obligatorio.</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>The family name is required.</source>
        <translation>Los apellidos son obligatorios.</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>preferred name</source>
        <translation>nombre preferido</translation>
    </message>
    <message>
        <source>The date of birth is required.</source>
        <translation>La fecha de nacimiento es obligatoria.</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>La fecha de nacimiento %1 es futura.</translation>
    </message>
    <message>
        <source>The date of birth %1 would make the patient %2 years old; please check the year.</source>
        <translation>Con la fecha de nacimiento %1, el paciente tendría %2 años; compruebe el año.</translation>
    </message>
    <message>
        <source>Sex must be female, male or other, or left empty (not &apos;%1&apos;).</source>
        <translation>El sexo debe ser female, male u other, o quedar vacío (no &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The clinic number is too long (at most %1 characters).</source>
        <translation>El número de historia clínica es demasiado largo (máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>&apos;%1&apos; no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number; use digits, spaces and + ( ) - only.</source>
        <translation>&apos;%1&apos; no es un número de teléfono; use solo dígitos, espacios y + ( ) -.</translation>
    </message>
    <message>
        <source>The language must be one of %1, or left empty (not &apos;%2&apos;).</source>
        <translation>El idioma debe ser uno de estos códigos: %1, o quedar vacío (no &apos;%2&apos;).</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Could not start drawing the document.</source>
        <translation>No se pudo empezar a dibujar el documento.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Could not finish the document.</source>
        <translation>No se pudo terminar el documento.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>%1 already exists; choose another name or allow replacing it.</source>
        <translation>%1 ya existe; elija otro nombre o permita sustituirlo.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was written.</source>
        <translation>No se pudo escribir %1: %2. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation>No se pudo escribir %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 es una carpeta.</translation>
    </message>
    <message>
        <source>%1 is read-only, so it was not replaced. Nothing was written.</source>
        <translation>%1 es de solo lectura, así que no se ha sustituido. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 is read-only. Nothing was written.</source>
        <translation>No se pudo escribir %1: la carpeta %2 es de solo lectura. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>Could not write %1: it was not opened.</source>
        <translation>No se pudo escribir %1: no se abrió.</translation>
    </message>
</context>
<context>
    <name>ProgrammeCalendar</name>
    <message>
        <source>%1: %2 a day in %3 bouts (week %4 of %5)</source>
        <translation>%1: %2 al día en %3 tandas (semana %4 de %5)</translation>
    </message>
    <message>
        <source>%1: %2 a day (week %3 of %4)</source>
        <translation>%1: %2 al día (semana %3 de %4)</translation>
    </message>
    <message>
        <source>Week %1 of %2 of your graded plan: %3 a day.</source>
        <translation>Semana %1 de %2 de su plan de actividad graduada: %3 al día.</translation>
    </message>
    <message>
        <source>Week %1 of %2 of your graded plan: %3 a day, as %4 bouts of %5.</source>
        <translation>Semana %1 de %2 de su plan de actividad graduada: %3 al día, en %4 tandas de %5.</translation>
    </message>
    <message>
        <source>Week %1 of %2 of your graded plan: %3 a day, as bouts of %4.</source>
        <translation>Semana %1 de %2 de su plan de actividad graduada: %3 al día, en tandas de %4.</translation>
    </message>
    <message>
        <source>Do this amount every day even if you have some pain, as long as it stays within the limits your physiotherapist gave you. The amount goes up a little each week.</source>
        <translation>Haga esta cantidad todos los días aunque tenga algo de dolor, siempre que se mantenga dentro de los límites que le dio su fisioterapeuta. La cantidad aumenta un poco cada semana.</translation>
    </message>
</context>
<context>
    <name>ProgrammeCommand</name>
    <message>
        <source>The programme&apos;s id.</source>
        <translation>El id del programa.</translation>
    </message>
    <message>
        <source>Exercise programmes: create, add, remove, show, list, activate, templates</source>
        <translation>Programas de ejercicios: crear, añadir, quitar, mostrar, listar, activar, plantillas</translation>
    </message>
    <message>
        <source>Start a draft programme for a patient; prints its id</source>
        <translation>Empieza un programa en borrador para un paciente; imprime su id</translation>
    </message>
    <message>
        <source>Add an exercise with its dose</source>
        <translation>Añade un ejercicio con su dosis</translation>
    </message>
    <message>
        <source>Remove an exercise</source>
        <translation>Quita un ejercicio</translation>
    </message>
    <message>
        <source>Show a programme with its doses</source>
        <translation>Muestra un programa con sus dosis</translation>
    </message>
    <message>
        <source>List a patient&apos;s programmes</source>
        <translation>Lista los programas de un paciente</translation>
    </message>
    <message>
        <source>Give a draft to the patient (supersedes the old version)</source>
        <translation>Entrega un borrador al paciente (sustituye la versión anterior)</translation>
    </message>
    <message>
        <source>Clinic templates: list, save, apply</source>
        <translation>Plantillas de la clínica: listar, guardar, aplicar</translation>
    </message>
    <message>
        <source>Check a programme against the patient&apos;s safety rules</source>
        <translation>Comprueba un programa frente a las reglas de seguridad del paciente</translation>
    </message>
    <message>
        <source>Keep an &quot;avoid&quot; exercise, with your reason</source>
        <translation>Mantiene un ejercicio &quot;avoid&quot; (evitar), con su motivo</translation>
    </message>
    <message>
        <source>Start a draft programme for the patient, in their open episode (one is opened today when none is). Prints the programme id.</source>
        <translation>Empieza un programa en borrador para el paciente, en su episodio abierto (si no hay ninguno, se abre uno con fecha de hoy). Imprime el id del programa.</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>El id del paciente.</translation>
    </message>
    <message>
        <source>Programme name.</source>
        <translation>Nombre del programa.</translation>
    </message>
    <message>
        <source>Goal.</source>
        <translation>Objetivo.</translation>
    </message>
    <message>
        <source>Start date (yyyy-MM-dd; today).</source>
        <translation>Fecha de inicio (yyyy-MM-dd; hoy).</translation>
    </message>
    <message>
        <source>Review date (yyyy-MM-dd).</source>
        <translation>Fecha de revisión (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>programme create needs --name.</source>
        <translation>programme create necesita --name.</translation>
    </message>
    <message>
        <source>--%1 must be a date as yyyy-MM-dd, found &apos;%2&apos;.</source>
        <translation>--%1 debe ser una fecha con el formato yyyy-MM-dd; es &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Stable id (bird_dog) or record id of the exercise.</source>
        <translation>Id estable (bird_dog) o id de registro del ejercicio.</translation>
    </message>
    <message>
        <source>Sets (1-10; default 1).</source>
        <translation>Series (1-10; predeterminado: 1).</translation>
    </message>
    <message>
        <source>Repetitions per set, or holds with --hold.</source>
        <translation>Repeticiones por serie, o mantenimientos con --hold.</translation>
    </message>
    <message>
        <source>Seconds each hold lasts (1-300).</source>
        <translation>Segundos que dura cada mantenimiento (1-300).</translation>
    </message>
    <message>
        <source>Minutes (1-180).</source>
        <translation>Minutos (1-180).</translation>
    </message>
    <message>
        <source>Metres (1-50000).</source>
        <translation>Metros (1-50000).</translation>
    </message>
    <message>
        <source>Bouts per day (1-12; default 1).</source>
        <translation>Tandas al día (1-12; predeterminado: 1).</translation>
    </message>
    <message>
        <source>Rest between sets in seconds (0-600).</source>
        <translation>Descanso entre series en segundos (0-600).</translation>
    </message>
    <message>
        <source>left, right, both or alternate.</source>
        <translation>left, right, both o alternate.</translation>
    </message>
    <message>
        <source>Repetitions or holds are done on each side.</source>
        <translation>Las repeticiones o los mantenimientos se hacen por cada lado.</translation>
    </message>
    <message>
        <source>Section to add to (made when missing; default the last section, or &quot;Exercises&quot;).</source>
        <translation>Sección en la que se añade (se crea si no existe; predeterminada: la última sección, o &quot;Exercises&quot;).</translation>
    </message>
    <message>
        <source>Load or resistance.</source>
        <translation>Carga o resistencia.</translation>
    </message>
    <message>
        <source>Tempo.</source>
        <translation>Cadencia.</translation>
    </message>
    <message>
        <source>Note to the patient.</source>
        <translation>Nota para el paciente.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, found &apos;%2&apos;.</source>
        <translation>--%1 debe ser un número entero; es &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Give exactly one of --reps, --hold SECONDS --reps R, --minutes or --metres.</source>
        <translation>Indique exactamente uno de --reps, --hold SECONDS --reps R, --minutes o --metres.</translation>
    </message>
    <message>
        <source>--hold needs --reps (how many holds per set).</source>
        <translation>--hold necesita --reps (cuántos mantenimientos por serie).</translation>
    </message>
    <message>
        <source>--side must be left, right, both or alternate, found &apos;%1&apos;.</source>
        <translation>--side debe ser left, right, both o alternate; es &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Programme %1 is an old version and cannot be changed.</source>
        <translation>El programa %1 es una versión antigua y no se puede modificar.</translation>
    </message>
    <message>
        <source>Remove an exercise (its first occurrence) from a programme. On an active programme the change goes into its draft version; the id changed is printed.</source>
        <translation>Quita un ejercicio (su primera aparición) de un programa. En un programa activo, el cambio va a su versión en borrador; se imprime el id modificado.</translation>
    </message>
    <message>
        <source>Stable id or record id of the exercise.</source>
        <translation>Id estable o id de registro del ejercicio.</translation>
    </message>
    <message>
        <source>Programme %1 does not include &apos;%2&apos;.</source>
        <translation>El programa %1 no incluye &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Show a programme (any version) with its doses.</source>
        <translation>Muestra un programa (cualquier versión) con sus dosis.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Inicio: %1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Revisión: %1</translation>
    </message>
    <message>
        <source>List a patient&apos;s programmes, each at its newest version, newest first.</source>
        <translation>Lista los programas de un paciente, cada uno en su versión más reciente, del más reciente al más antiguo.</translation>
    </message>
    <message>
        <source>The draft&apos;s id.</source>
        <translation>El id del borrador.</translation>
    </message>
    <message>
        <source>Keep an exercise in a programme although a safety rule says to avoid it, with your reason. The override is stored with who and when, shows on `programme check`, and stays with the exercise in later versions of the programme. Prints its id.</source>
        <translation>Mantiene un ejercicio en un programa aunque una regla de seguridad indique evitarlo, con su motivo. La excepción se guarda con quién y cuándo, aparece en `programme check` y acompaña al ejercicio en las versiones posteriores del programa. Imprime su id.</translation>
    </message>
    <message>
        <source>Stable id (sit_up) or record id of the exercise.</source>
        <translation>Id estable (sit_up) o id de registro del ejercicio.</translation>
    </message>
    <message>
        <source>The &quot;avoid&quot; rule&apos;s id, as `programme check` shows it.</source>
        <translation>El id de la regla &quot;avoid&quot; (evitar), tal como lo muestra `programme check`.</translation>
    </message>
    <message>
        <source>Why the exercise is kept (required).</source>
        <translation>Por qué se mantiene el ejercicio (obligatorio).</translation>
    </message>
    <message>
        <source>Who keeps it; default: this account&apos;s name.</source>
        <translation>Quién lo mantiene; predeterminado: el nombre de esta cuenta.</translation>
    </message>
    <message>
        <source>Name the exercise to keep with --exercise.</source>
        <translation>Indique el ejercicio que se mantiene con --exercise.</translation>
    </message>
    <message>
        <source>Name the rule with --rule (see `programme check %1`).</source>
        <translation>Indique la regla con --rule (véase `programme check %1`).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a safety rule (see `safety rules`).</source>
        <translation>&quot;%1&quot; no es una regla de seguridad (véase `safety rules`).</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; is a &quot;%2&quot; rule; only &quot;avoid&quot; findings need an override.</source>
        <translation>La regla &quot;%1&quot; es una regla &quot;%2&quot;; solo los avisos &quot;avoid&quot; (evitar) necesitan una excepción.</translation>
    </message>
    <message>
        <source>Say why the exercise is kept with --reason.</source>
        <translation>Indique con --reason por qué se mantiene el ejercicio.</translation>
    </message>
    <message>
        <source>--by must name the clinician.</source>
        <translation>--by debe indicar el profesional.</translation>
    </message>
    <message>
        <source>Exercise %1 is not in programme %2.</source>
        <translation>El ejercicio %1 no está en el programa %2.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; does not flag %2 for this patient: there is nothing to keep.</source>
        <translation>La regla &quot;%1&quot; no marca %2 para este paciente: no hay nada que mantener.</translation>
    </message>
    <message>
        <source>%1 is already kept despite rule &quot;%2&quot; (by %3).</source>
        <translation>%1 ya se mantiene pese a la regla &quot;%2&quot; (por %3).</translation>
    </message>
    <message>
        <source>List the clinic&apos;s templates</source>
        <translation>Lista las plantillas de la clínica</translation>
    </message>
    <message>
        <source>Save a programme as a template; prints its id</source>
        <translation>Guarda un programa como plantilla; imprime su id</translation>
    </message>
    <message>
        <source>Start a patient&apos;s programme from a template; prints its id</source>
        <translation>Empieza el programa de un paciente a partir de una plantilla; imprime su id</translation>
    </message>
    <message>
        <source>List the clinic&apos;s programme templates.</source>
        <translation>Lista las plantillas de programa de la clínica.</translation>
    </message>
    <message>
        <source>  [built-in]</source>
        <translation>  [predefinida]</translation>
    </message>
    <message>
        <source>Save a programme&apos;s sections and doses as a clinic template. Prints its id.</source>
        <translation>Guarda las secciones y dosis de un programa como plantilla de la clínica. Imprime su id.</translation>
    </message>
    <message>
        <source>Template name (the programme&apos;s).</source>
        <translation>Nombre de la plantilla (el del programa).</translation>
    </message>
    <message>
        <source>Start a draft programme for the patient from a template. Prints the programme id.</source>
        <translation>Empieza un programa en borrador para el paciente a partir de una plantilla. Imprime el id del programa.</translation>
    </message>
    <message>
        <source>Template id, or a built-in&apos;s stable id.</source>
        <translation>Id de la plantilla, o el id estable de una predefinida.</translation>
    </message>
    <message>
        <source>Programme name (the template&apos;s).</source>
        <translation>Nombre del programa (el de la plantilla).</translation>
    </message>
    <message>
        <source>--start must be a date as yyyy-MM-dd, found &apos;%1&apos;.</source>
        <translation>--start debe ser una fecha con el formato yyyy-MM-dd; es &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Check a programme (any version) against its patient&apos;s conditions, phase of care, age and latest visit. Exit 0 whatever it finds.
JSON: an array of findings, each with exercise, severity (avoid|caution|prefer), reason, source, rule, index, alternatives and assumptions (as in &apos;safety check --help&apos;).</source>
        <translation>Comprueba un programa (cualquier versión) frente a las afecciones, la fase asistencial, la edad y la última visita de su paciente. Sale con 0 sea cual sea el resultado.
JSON: una matriz de avisos, cada uno con exercise, severity (avoid|caution|prefer), reason, source, rule, index, alternatives y assumptions (como en &apos;safety check --help&apos;).</translation>
    </message>
    <message>
        <source>Add an exercise to a programme with its dose: --sets and exactly one of --reps, --hold with --reps, --minutes or --metres, of a kind the exercise allows (&apos;exercise show ID&apos; lists its dose_types: no walking in sets of repetitions, no plank in minutes). On an active programme the change goes into its draft version (made when needed; its id is printed).</source>
        <translation>Añade un ejercicio a un programa con su dosis: --sets y exactamente uno de --reps, --hold con --reps, --minutes o --metres, de un tipo que el ejercicio admita (&apos;exercise show ID&apos; lista sus dose_types: no se camina en series de repeticiones ni se hace la plancha en minutos). En un programa activo, el cambio va a su versión en borrador (que se crea si hace falta; se imprime su id).</translation>
    </message>
    <message>
        <source>Days per week (1-7; default: the exercise&apos;s usual days, at most 3 for loaded exercises).</source>
        <translation>Días por semana (1-7; predeterminado: los días habituales del ejercicio, como máximo 3 en los ejercicios con carga).</translation>
    </message>
    <message>
        <source>Give a draft programme to the patient. The version it replaces is superseded and kept. Refused (exit 1) while the programme holds an exercise a safety rule says to avoid for this patient and no reason to keep it is recorded (&apos;programme check&apos; lists the findings; &apos;programme override&apos; records the reason).</source>
        <translation>Entrega un programa en borrador al paciente. La versión a la que reemplaza queda sustituida y se conserva. Se rechaza (salida 1) mientras el programa contenga un ejercicio que una regla de seguridad indique evitar en este paciente sin ningún motivo registrado para mantenerlo (&apos;programme check&apos; lista los avisos; &apos;programme override&apos; registra el motivo).</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
</context>
<context>
    <name>ProgrammeEdits</name>
    <message>
        <source>There is no exercise with id %1.</source>
        <translation>No existe ningún ejercicio con el id %1.</translation>
    </message>
    <message>
        <source>%1 is retired and cannot be prescribed; choose another exercise.</source>
        <translation>%1 está retirado y no se puede prescribir; elija otro ejercicio.</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Programa %1</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Programme %1 does not include that exercise.</source>
        <translation>El programa %1 no incluye ese ejercicio.</translation>
    </message>
</context>
<context>
    <name>ProgrammeExchange</name>
    <message>
        <source>field &apos;%1&apos;</source>
        <translation>campo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2. No se ha importado nada.</translation>
    </message>
    <message>
        <source>%1: %2: %3. Nothing was imported.</source>
        <translation>%1: %2: %3. No se ha importado nada.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file ends too early, so it was probably cut short while being copied (%1 at byte %2)</source>
        <translation>el archivo termina antes de tiempo, así que probablemente se cortó al copiarlo (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1 at byte %2)</source>
        <translation>el archivo no es JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>this is not a Gradus programme file</source>
        <translation>no es un archivo de programa de Gradus</translation>
    </message>
    <message>
        <source>this is an exercise export; import it with the exercise import</source>
        <translation>es una exportación de ejercicios; impórtela con la importación de ejercicios</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot; (this is not a Gradus programme file)</source>
        <translation>debe ser &quot;%1&quot; (no es un archivo de programa de Gradus)</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>debe ser un número entero a partir de 1</translation>
    </message>
    <message>
        <source>the file was written by a newer Gradus (format version %1; this Gradus reads up to %2). Update Gradus to import it</source>
        <translation>el archivo lo escribió una versión más reciente de Gradus (versión de formato %1; este Gradus lee hasta la %2). Actualice Gradus para importarlo</translation>
    </message>
    <message>
        <source>must be &quot;programme&quot; or &quot;template&quot;</source>
        <translation>debe ser &quot;programme&quot; o &quot;template&quot;</translation>
    </message>
    <message>
        <source>a template has no dates; use null</source>
        <translation>una plantilla no tiene fechas; use null</translation>
    </message>
    <message>
        <source>must not be before the start date</source>
        <translation>no debe ser anterior a la fecha de inicio</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>exercise %1</source>
        <translation>ejercicio %1</translation>
    </message>
    <message>
        <source>exercise %1 &quot;%2&quot;</source>
        <translation>ejercicio %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>only a clinic&apos;s own exercises (ids starting with &quot;%1&quot;) travel in the file; built-in ones are named by id only</source>
        <translation>en el archivo solo viajan los ejercicios propios de una clínica (ids que empiezan por &quot;%1&quot;); los predefinidos se indican solo por su id</translation>
    </message>
    <message>
        <source>appears twice in the file</source>
        <translation>aparece dos veces en el archivo</translation>
    </message>
    <message>
        <source>there is no exercise &quot;%1&quot; in this library, and the file does not carry it</source>
        <translation>no hay ningún ejercicio &quot;%1&quot; en esta biblioteca, y el archivo no lo incluye</translation>
    </message>
    <message>
        <source>links to &quot;%1&quot;, which is neither in the file nor in this library</source>
        <translation>enlaza con &quot;%1&quot;, que no está ni en el archivo ni en esta biblioteca</translation>
    </message>
</context>
<context>
    <name>ProgrammeImportService</name>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
</context>
<context>
    <name>ProgrammeJson</name>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clave desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be &quot;reps&quot;, &quot;hold&quot;, &quot;time&quot; or &quot;distance&quot;</source>
        <translation>debe ser &quot;reps&quot;, &quot;hold&quot;, &quot;time&quot; o &quot;distance&quot;</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>%1.exercise: there is no exercise &quot;%2&quot; in the library</source>
        <translation>%1.exercise: no existe el ejercicio &quot;%2&quot; en la biblioteca</translation>
    </message>
    <message>
        <source>must be not_applicable, left, right, both or alternate</source>
        <translation>debe ser not_applicable, left, right, both o alternate</translation>
    </message>
</context>
<context>
    <name>ProgrammeRepository</name>
    <message>
        <source>There is no exercise with id %1.</source>
        <translation>No existe ningún ejercicio con el id %1.</translation>
    </message>
    <message>
        <source>There is no patient with id %1.</source>
        <translation>No existe ningún paciente con el id %1.</translation>
    </message>
    <message>
        <source>Programme %1 (version %2) is %3 and cannot be changed; changes go into a new version.</source>
        <translation>El programa %1 (versión %2) tiene el estado &quot;%3&quot; y no se puede modificar; los cambios van a una versión nueva.</translation>
    </message>
    <message>
        <source>Version %1 has been replaced; edit the current draft (version %2) instead.</source>
        <translation>La versión %1 ha sido sustituida; modifique el borrador actual (versión %2).</translation>
    </message>
    <message>
        <source>This version has been replaced by version %1; edit that one.</source>
        <translation>Esta versión ha sido sustituida por la versión %1; modifique esa.</translation>
    </message>
    <message>
        <source>Programme %1 has been superseded and cannot be changed.</source>
        <translation>El programa %1 ha sido sustituido y no se puede modificar.</translation>
    </message>
    <message>
        <source>Programme %1 is already %2.</source>
        <translation>El programa %1 ya tiene el estado &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Programme %1 has no exercises yet; add at least one before giving it to the patient.</source>
        <translation>El programa %1 aún no tiene ejercicios; añada al menos uno antes de entregarlo al paciente.</translation>
    </message>
    <message>
        <source>Programme %1 is not the active version any more; open the newest version to change it.</source>
        <translation>El programa %1 ya no es la versión activa; abra la versión más reciente para modificarlo.</translation>
    </message>
    <message>
        <source>There is no programme with id %1.</source>
        <translation>No existe ningún programa con el id %1.</translation>
    </message>
    <message>
        <source>Programme %1 has been given to the patient and is kept.</source>
        <translation>El programa %1 se ha entregado al paciente y se conserva.</translation>
    </message>
    <message>
        <source>Programme %1 is already there and cannot be put back.</source>
        <translation>El programa %1 ya existe y no se puede restablecer.</translation>
    </message>
    <message>
        <source>Version %1 cannot be put back: the programme has been changed since.</source>
        <translation>No se puede restablecer la versión %1: el programa ha cambiado desde entonces.</translation>
    </message>
    <message>
        <source>The activation of programme %1 cannot be undone: the programme has been changed since.</source>
        <translation>No se puede deshacer la activación del programa %1: el programa ha cambiado desde entonces.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot;, item %2: %3</source>
        <translation>Sección &quot;%1&quot;, elemento %2: %3</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Programa %1</translation>
    </message>
    <message>
        <source>Programme %1 cannot be taken away: a reason to keep an exercise or a review decision has been recorded on it since.</source>
        <translation>No se puede quitar el programa %1: desde entonces se ha registrado en él un motivo para mantener un ejercicio o una decisión de revisión.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTemplateRepository</name>
    <message>
        <source>There is no template with id %1.</source>
        <translation>No existe ninguna plantilla con el id %1.</translation>
    </message>
    <message>
        <source>%1 is not a template file: %2</source>
        <translation>%1 no es un archivo de plantilla: %2</translation>
    </message>
    <message>
        <source>%1: the name is missing.</source>
        <translation>%1: falta el nombre.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot;: %2</source>
        <translation>Plantilla &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>La plantilla necesita un nombre.</translation>
    </message>
    <message>
        <source>There is no exercise with id %1.</source>
        <translation>No existe ningún ejercicio con el id %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ships with Gradus and cannot be deleted.</source>
        <translation>&quot;%1&quot; viene incluida con Gradus y no se puede eliminar.</translation>
    </message>
</context>
<context>
    <name>ProgressData</name>
    <message>
        <source>Important change from first (%1)</source>
        <translation>Cambio relevante respecto al primero (%1)</translation>
    </message>
    <message>
        <source>Pain (NPRS 0-10)</source>
        <translation>Dolor (EVN 0-10)</translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation>Dolor actual</translation>
    </message>
    <message>
        <source>Best to worst in 24 h</source>
        <translation>Del mejor al peor en 24 h</translation>
    </message>
    <message>
        <source>Activity (minutes a day)</source>
        <translation>Actividad (minutos al día)</translation>
    </message>
    <message>
        <source>Minutes a day</source>
        <translation>Minutos al día</translation>
    </message>
    <message>
        <source>Pain now (NPRS)</source>
        <translation>Dolor actual (EVN)</translation>
    </message>
    <message>
        <source>Worst pain in 24 h (NPRS)</source>
        <translation>Peor dolor en 24 h (EVN)</translation>
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
        <translation>Total (0-9)</translation>
    </message>
    <message>
        <source>Psychosocial subscale (0-5)</source>
        <translation>Subescala psicosocial (0-5)</translation>
    </message>
    <message>
        <source>Low risk: total 3 or less</source>
        <translation>Riesgo bajo: total 3 o menos</translation>
    </message>
    <message>
        <source>PSFS mean (0-10)</source>
        <translation>Media de la PSFS (0-10)</translation>
    </message>
    <message>
        <source>TSK-17 total (17-68)</source>
        <translation>Total de la TSK-17 (17-68)</translation>
    </message>
    <message>
        <source>High fear of movement: above 37</source>
        <translation>Miedo al movimiento alto: más de 37</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>actividad %1</translation>
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
        <translation>%1 (desde el %2)</translation>
    </message>
    <message>
        <source>Nothing has been measured yet.</source>
        <translation>Todavía no se ha medido nada.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primera</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Important change</source>
        <translation>Cambio relevante</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>%1% %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>No visits have been recorded yet.</source>
        <translation>Todavía no se ha registrado ninguna visita.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation>Dolor actual</translation>
    </message>
    <message>
        <source>Best–worst</source>
        <translation>Mejor–peor</translation>
    </message>
    <message>
        <source>In exercise</source>
        <translation>En el ejercicio</translation>
    </message>
    <message>
        <source>Next morning</source>
        <translation>Mañana siguiente</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Leg symptoms</source>
        <translation>Síntomas en la pierna</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>; new neurological signs</source>
        <translation>; signos neurológicos nuevos</translation>
    </message>
    <message>
        <source>The last %1 of %2 visits; the charts show them all.</source>
        <translation>Las últimas %1 de %2 visitas; los gráficos las muestran todas.</translation>
    </message>
    <message>
        <source>* Corrected after it was first saved; the figures shown are the corrected ones and the original is kept in the clinical record.</source>
        <translation>* Corregido después de guardarse por primera vez; las cifras mostradas son las corregidas y el original se conserva en la historia clínica.</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de evolución</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episodio</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, del %2 al %3</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Fecha del informe</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Elaborado por</translation>
    </message>
    <message>
        <source>Change since the first visit</source>
        <translation>Cambio desde la primera visita</translation>
    </message>
    <message>
        <source>A change counts as clinically important when it reaches the published threshold in points or in percent of the first value, whichever comes first.</source>
        <translation>Un cambio se considera clínicamente relevante cuando alcanza el umbral publicado en puntos o en porcentaje del primer valor, lo que ocurra antes.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Green dashed line: the value that would be a clinically important change from the first measurement.</source>
        <translation>Línea verde discontinua: el valor que supondría un cambio clínicamente relevante respecto a la primera medición.</translation>
    </message>
    <message>
        <source>Exercise programme</source>
        <translation>Programa de ejercicios</translation>
    </message>
    <message>
        <source>No exercise programme is active.</source>
        <translation>No hay ningún programa de ejercicios activo.</translation>
    </message>
    <message>
        <source>given %1</source>
        <translation>entregado el %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Pain (NPRS): %1</source>
        <translation>Dolor (EVN): %1</translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation>Informe de evolución: %1</translation>
    </message>
    <message>
        <source>Progress report · %1 · born %2 · %3</source>
        <translation>Informe de evolución · %1 · nacido el %2 · %3</translation>
    </message>
</context>
<context>
    <name>RecordHistoryHtml</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1, por %2</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Marked as entered in error</source>
        <translation>Marcado como registrado por error</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Restablecido</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Corregido</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>%1 %2 on %3; answers by item: %4</source>
        <translation>%1 %2 el %3; respuestas por ítem: %4</translation>
    </message>
</context>
<context>
    <name>RecordMeasureCommand</name>
    <message>
        <source>Record %1</source>
        <translation>Registrar %1</translation>
    </message>
    <message>
        <source>Redo: recording of the measure restored</source>
        <translation>Rehacer: registro de la medida restablecido</translation>
    </message>
    <message>
        <source>Undo: recording of the measure undone</source>
        <translation>Deshacer: registro de la medida deshecho</translation>
    </message>
</context>
<context>
    <name>RecordVersion</name>
    <message>
        <source>There is no record %1 in %2.</source>
        <translation>No existe el registro %1 en %2.</translation>
    </message>
</context>
<context>
    <name>RecordVisitCommand</name>
    <message>
        <source>Record Visit of %1</source>
        <translation>Registrar la visita del %1</translation>
    </message>
    <message>
        <source>Redo: recording of the visit restored</source>
        <translation>Rehacer: registro de la visita restablecido</translation>
    </message>
    <message>
        <source>Undo: recording of the visit undone</source>
        <translation>Deshacer: registro de la visita deshecho</translation>
    </message>
</context>
<context>
    <name>RedFlagCatalog</name>
    <message>
        <source>not a valid JSON object (%1).</source>
        <translation>no es un objeto JSON válido (%1).</translation>
    </message>
    <message>
        <source>, field &quot;format&quot;</source>
        <translation>, campo &quot;format&quot;</translation>
    </message>
    <message>
        <source>expected &quot;gradus-red-flags&quot;.</source>
        <translation>se esperaba &quot;gradus-red-flags&quot;.</translation>
    </message>
    <message>
        <source>, field &quot;version&quot;</source>
        <translation>, campo &quot;version&quot;</translation>
    </message>
    <message>
        <source>expected a whole number of 1 or more.</source>
        <translation>se esperaba un número entero de 1 o más.</translation>
    </message>
    <message>
        <source>, tier &quot;%1&quot;</source>
        <translation>, categoría &quot;%1&quot;</translation>
    </message>
    <message>
        <source>every tier needs an id, label, action and source.</source>
        <translation>cada categoría necesita id, label, action y source.</translation>
    </message>
    <message>
        <source>the id is used twice.</source>
        <translation>el id se usa dos veces.</translation>
    </message>
    <message>
        <source>, field &quot;tiers&quot;</source>
        <translation>, campo &quot;tiers&quot;</translation>
    </message>
    <message>
        <source>expected a non-empty list.</source>
        <translation>se esperaba una lista no vacía.</translation>
    </message>
    <message>
        <source>, flag &quot;%1&quot;</source>
        <translation>, bandera &quot;%1&quot;</translation>
    </message>
    <message>
        <source>every flag needs a code and a label.</source>
        <translation>cada bandera necesita code y label.</translation>
    </message>
    <message>
        <source>, flag &quot;%1&quot;, field &quot;tier&quot;</source>
        <translation>, bandera &quot;%1&quot;, campo &quot;tier&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier of this file.</source>
        <translation>&quot;%1&quot; no es una categoría de este archivo.</translation>
    </message>
    <message>
        <source>the code is used twice.</source>
        <translation>el código se usa dos veces.</translation>
    </message>
    <message>
        <source>, field &quot;flags&quot;</source>
        <translation>, campo &quot;flags&quot;</translation>
    </message>
</context>
<context>
    <name>RedFlagRepository</name>
    <message>
        <source>Referred</source>
        <translation>Derivado</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Comentado</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Name the clinician who did the red-flag screen.</source>
        <translation>Indique el profesional que hizo el cribado de banderas rojas.</translation>
    </message>
    <message>
        <source>The screen date %1 is in the future.</source>
        <translation>La fecha del cribado, %1, es futura.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a red-flag code; &apos;gradus-cli screen codes&apos; lists them.</source>
        <translation>&quot;%1&quot; no es un código de bandera roja; &apos;gradus-cli screen codes&apos; los lista.</translation>
    </message>
    <message>
        <source>A decision is recorded only when a red flag is present.</source>
        <translation>Solo se registra una decisión cuando hay alguna bandera roja.</translation>
    </message>
    <message>
        <source>Add a note saying what was decided about the red flags.</source>
        <translation>Añada una nota que diga qué se decidió sobre las banderas rojas.</translation>
    </message>
    <message>
        <source>Could not save the red-flag screen for patient %1: %2</source>
        <translation>No se pudo guardar el cribado de banderas rojas del paciente %1: %2</translation>
    </message>
    <message>
        <source>Screen %1 found no red flags; there is nothing to decide.</source>
        <translation>El cribado %1 no encontró banderas rojas; no hay nada que decidir.</translation>
    </message>
    <message>
        <source>Name the clinician who decided.</source>
        <translation>Indique el profesional que decidió.</translation>
    </message>
    <message>
        <source>There is no red-flag screen with id %1.</source>
        <translation>No existe ningún cribado de banderas rojas con el id %1.</translation>
    </message>
    <message>
        <source>Every flag of screen %1 already has a decision; record a new screen instead.</source>
        <translation>Todas las banderas del cribado %1 ya tienen una decisión; registre un cribado nuevo.</translation>
    </message>
    <message>
        <source>Choose at least one red flag to decide.</source>
        <translation>Elija al menos una bandera roja sobre la que decidir.</translation>
    </message>
    <message>
        <source>The red flags to decide belong to different patients.</source>
        <translation>Las banderas rojas sobre las que decidir pertenecen a pacientes distintos.</translation>
    </message>
    <message>
        <source>Screen %1 did not find the red flag &quot;%2&quot;.</source>
        <translation>El cribado %1 no encontró la bandera roja &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The red flag &quot;%1&quot; of screen %2 already has a decision.</source>
        <translation>La bandera roja &quot;%1&quot; del cribado %2 ya tiene una decisión.</translation>
    </message>
</context>
<context>
    <name>ReviewData</name>
    <message>
        <source>Day %1: pain during exercise must be from 0 to 10, not %2.</source>
        <translation>Día %1: el dolor durante el ejercicio debe estar entre 0 y 10, no %2.</translation>
    </message>
    <message>
        <source>Day %1: next-morning pain must be from 0 to 10, not %2.</source>
        <translation>Día %1: el dolor a la mañana siguiente debe estar entre 0 y 10, no %2.</translation>
    </message>
    <message>
        <source>Day %1 (%2) comes before the day above it: list the days oldest first.</source>
        <translation>El día %1 (%2) es anterior al día de encima: liste los días del más antiguo al más reciente.</translation>
    </message>
    <message>
        <source>Baseline pain</source>
        <translation>Dolor basal</translation>
    </message>
    <message>
        <source>Pain over the week before</source>
        <translation>Dolor durante la semana anterior</translation>
    </message>
    <message>
        <source>Pain over the last week</source>
        <translation>Dolor durante la última semana</translation>
    </message>
    <message>
        <source>%1 must be from 0 to 10, not %2.</source>
        <translation>%1 debe estar entre 0 y 10, no %2.</translation>
    </message>
    <message>
        <source>The current quota must be a positive whole number of %1 steps of %2, not %3.</source>
        <translation>La cuota actual debe ser un múltiplo entero positivo de %2 (en %1), no %3.</translation>
    </message>
    <message>
        <source>The next step (%1) must be a whole number of steps of %2 and not below the current quota (%3).</source>
        <translation>El siguiente escalón (%1) debe ser un múltiplo entero de %2 y no estar por debajo de la cuota actual (%3).</translation>
    </message>
    <message>
        <source>The last tolerated step (%1) must be a whole number of steps of %2 and below the current quota (%3).</source>
        <translation>El último escalón tolerado (%1) debe ser un múltiplo entero de %2 y estar por debajo de la cuota actual (%3).</translation>
    </message>
</context>
<context>
    <name>ReviewEngine</name>
    <message>
        <source>day %1</source>
        <translation>día %1</translation>
    </message>
    <message>
        <source>Silbernagel et al. 2007, Am J Sports Med 35:897 (pain-monitoring model, extrapolated); CLINICAL.md section 3</source>
        <translation>Silbernagel et al. 2007, Am J Sports Med 35:897 (modelo de monitorización del dolor, extrapolado); CLINICAL.md, sección 3</translation>
    </message>
    <message>
        <source>A red flag was recorded. Stop the programme until the patient has been referred or the finding discussed, as the red-flag screen advises.</source>
        <translation>Se ha registrado una bandera roja. Detenga el programa hasta que el paciente haya sido derivado o el hallazgo se haya comentado, según indique el cribado de banderas rojas.</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Bandera roja</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>registrada</translation>
    </message>
    <message>
        <source>CLINICAL.md sections 1 and 3; NHS CKS; IFOMPT framework (Finucane et al. 2020, JOSPT 50:350)</source>
        <translation>CLINICAL.md, secciones 1 y 3; NHS CKS; marco de la IFOMPT (Finucane et al. 2020, JOSPT 50:350)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>A new neurological sign was found (such as new weakness, numbness or a changed reflex). Step back and reassess before going on.</source>
        <translation>Se ha encontrado un signo neurológico nuevo (como debilidad, adormecimiento nuevos o un reflejo alterado). Retroceda y vuelva a valorar antes de continuar.</translation>
    </message>
    <message>
        <source>New neurological sign</source>
        <translation>Signo neurológico nuevo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>CLINICAL.md section 3 (convention)</source>
        <translation>CLINICAL.md, sección 3 (convención)</translation>
    </message>
    <message>
        <source>Leg symptoms spread further down the leg since the last review (peripheralising). Step back to a level that does not provoke them.</source>
        <translation>Los síntomas en la pierna se han extendido más abajo desde la última revisión (se periferalizan). Retroceda a un escalón que no los provoque.</translation>
    </message>
    <message>
        <source>Leg symptoms</source>
        <translation>Síntomas en la pierna</translation>
    </message>
    <message>
        <source>CLINICAL.md sections 3 and 4 (convention)</source>
        <translation>CLINICAL.md, secciones 3 y 4 (convención)</translation>
    </message>
    <message>
        <source>pain during exercise %1</source>
        <translation>dolor durante el ejercicio %1</translation>
    </message>
    <message>
        <source>next morning %1</source>
        <translation>mañana siguiente %1</translation>
    </message>
    <message>
        <source>Acceptable pain during exercise</source>
        <translation>Dolor aceptable durante el ejercicio</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>Baseline pain</source>
        <translation>Dolor basal</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>%1 in a row were bad: pain during exercise went above %2, or had not settled to baseline by the next morning. %3 in a row call for a step back.</source>
        <translation>%1 seguidos fueron malos: el dolor durante el ejercicio superó %2, o no había vuelto al nivel basal a la mañana siguiente. Con %3 seguidos hay que retroceder.</translation>
    </message>
    <message>
        <source>; %1 in a row: convention</source>
        <translation>; %1 seguidos: convención</translation>
    </message>
    <message>
        <source>Pain during exercise went above the acceptable band on %1 (%2), but not on %3 in a row. Stay at this step.</source>
        <translation>El dolor durante el ejercicio superó el rango aceptable en %1 (%2), pero no en %3 seguidos. Manténgase en este escalón.</translation>
    </message>
    <message>
        <source>Pain had not settled to the baseline by the next morning on %1 (%2), but not on %3 in a row. Stay at this step.</source>
        <translation>El dolor no había vuelto al nivel basal a la mañana siguiente en %1 (%2), pero no en %3 seguidos. Manténgase en este escalón.</translation>
    </message>
    <message>
        <source>Usual pain rose over the week, from %1 to %2. Pain should not rise week on week; stay at this step.</source>
        <translation>El dolor habitual aumentó durante la semana, de %1 a %2. El dolor no debería aumentar de una semana a otra; manténgase en este escalón.</translation>
    </message>
    <message>
        <source>Pain over the week before</source>
        <translation>Dolor durante la semana anterior</translation>
    </message>
    <message>
        <source>Pain over the last week</source>
        <translation>Dolor durante la última semana</translation>
    </message>
    <message>
        <source>The quota was not done on %1 of %2 (%3). Move on only once the current quota is done.</source>
        <translation>La cuota no se cumplió en %1 de %2 (%3). Avance solo cuando se cumpla la cuota actual.</translation>
    </message>
    <message>
        <source>Days the quota was done</source>
        <translation>Días en que se cumplió la cuota</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Graded activity (Fordyce; time-contingent quotas); CLINICAL.md section 3</source>
        <translation>Actividad graduada (Fordyce; cuotas por tiempo); CLINICAL.md, sección 3</translation>
    </message>
    <message>
        <source>any day of the diary</source>
        <translation>ningún día del diario</translation>
    </message>
    <message>
        <source>whether the quota was done, on some days</source>
        <translation>si se cumplió la cuota, en algunos días</translation>
    </message>
    <message>
        <source>pain during exercise, on some days</source>
        <translation>el dolor durante el ejercicio, en algunos días</translation>
    </message>
    <message>
        <source>next-morning pain</source>
        <translation>el dolor a la mañana siguiente</translation>
    </message>
    <message>
        <source>baseline pain</source>
        <translation>el dolor basal</translation>
    </message>
    <message>
        <source>usual pain over this week and the week before</source>
        <translation>el dolor habitual de esta semana y de la anterior</translation>
    </message>
    <message>
        <source>Progress needs evidence for every criterion, and some was not recorded. Stay at this step until it is.</source>
        <translation>Para progresar hace falta evidencia de cada criterio, y falta algún dato. Manténgase en este escalón hasta que se registre.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>CLINICAL.md section 3</source>
        <translation>CLINICAL.md, sección 3</translation>
    </message>
    <message>
        <source>the safe band (0 to %1)</source>
        <translation>el rango seguro (de 0 a %1)</translation>
    </message>
    <message>
        <source>the acceptable band (up to %1; above %2 is worth watching)</source>
        <translation>el rango aceptable (hasta %1; por encima de %2 conviene vigilarlo)</translation>
    </message>
    <message>
        <source>%1 of %1</source>
        <translation>%1 de %1</translation>
    </message>
    <message>
        <source>Highest pain during exercise</source>
        <translation>Dolor máximo durante el ejercicio</translation>
    </message>
    <message>
        <source>Worst next-morning pain</source>
        <translation>Peor dolor a la mañana siguiente</translation>
    </message>
    <message>
        <source>%1 (baseline %2)</source>
        <translation>%1 (basal %2)</translation>
    </message>
    <message>
        <source>Usual pain, week before and last week</source>
        <translation>Dolor habitual, semana anterior y última semana</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1, después %2</translation>
    </message>
    <message>
        <source>Every criterion for progress is met: the quota was done on all %1, pain during exercise stayed within %2, pain had settled to baseline by each next morning, and usual pain did not rise over the week.</source>
        <translation>Se cumplen todos los criterios para progresar: la cuota se cumplió en los %1, el dolor durante el ejercicio se mantuvo en %2, el dolor había vuelto al nivel basal cada mañana siguiente y el dolor habitual no aumentó durante la semana.</translation>
    </message>
    <message>
        <source>Stop the programme and refer or discuss, as the red-flag screen advises. Do not progress or restart it until that is done.</source>
        <translation>Detenga el programa y derive o comente el caso, según indique el cribado de banderas rojas. No progrese ni lo reanude hasta haberlo hecho.</translation>
    </message>
    <message>
        <source>Move on to the next step of the plan.</source>
        <translation>Pasar al siguiente escalón del plan.</translation>
    </message>
    <message>
        <source>Stay at the current step until the next review.</source>
        <translation>Mantenerse en el escalón actual hasta la próxima revisión.</translation>
    </message>
    <message>
        <source>Go back to the last step that was tolerated, or about %1% less than now.</source>
        <translation>Volver al último escalón tolerado, o alrededor de un %1 % menos que ahora.</translation>
    </message>
    <message>
        <source>The goal of %1 a day is reached: keep it up, or move on to the exercise&apos;s progression.</source>
        <translation>Se ha alcanzado el objetivo de %1 al día: mantenerlo, o pasar a la progresión del ejercicio.</translation>
    </message>
    <message>
        <source>Move on to week %1 of the plan: %2 a day</source>
        <translation>Pasar a la semana %1 del plan: %2 al día</translation>
    </message>
    <message>
        <source>Move on to %1 a day</source>
        <translation>Pasar a %1 al día</translation>
    </message>
    <message>
        <source>%1 (the same as now: the plan repeats this quota).</source>
        <translation>%1 (igual que ahora: el plan repite esta cuota).</translation>
    </message>
    <message>
        <source>Stay at %1 a day until the next review.</source>
        <translation>Mantenerse en %1 al día hasta la próxima revisión.</translation>
    </message>
    <message>
        <source>Go back to %1 a day, the last step tolerated (week %2).</source>
        <translation>Volver a %1 al día, el último escalón tolerado (semana %2).</translation>
    </message>
    <message>
        <source>Go back to %1 a day, the last step tolerated.</source>
        <translation>Volver a %1 al día, el último escalón tolerado.</translation>
    </message>
    <message>
        <source>%1 is already the smallest step: keep it, and consider an easier version of the exercise (its regression).</source>
        <translation>%1 ya es el escalón más pequeño: mantenerlo y considerar una versión más fácil del ejercicio (su regresión).</translation>
    </message>
    <message>
        <source>Go back to %1 a day (%2% less than %3, rounded down).</source>
        <translation>Volver a %1 al día (un %2 % menos que %3, redondeado hacia abajo).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewOutcome</name>
    <message>
        <source>Progress</source>
        <translation>Progresar</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Regress</source>
        <translation>Retroceder</translation>
    </message>
    <message>
        <source>Stop and refer</source>
        <translation>Detener y derivar</translation>
    </message>
</context>
<context>
    <name>ReviewThresholds</name>
    <message>
        <source>The safe pain limit must be %1, not %2.</source>
        <translation>El límite de dolor seguro debe ser %1, no %2.</translation>
    </message>
    <message>
        <source>The acceptable pain limit must be %1, not %2.</source>
        <translation>El límite de dolor aceptable debe ser %1, no %2.</translation>
    </message>
    <message>
        <source>The safe pain limit (%1) cannot be above the acceptable limit (%2).</source>
        <translation>El límite de dolor seguro (%1) no puede ser mayor que el límite aceptable (%2).</translation>
    </message>
    <message>
        <source>Bad days in a row before a regression must be %1, not %2.</source>
        <translation>Los días malos seguidos antes de un retroceso deben ser %1, no %2.</translation>
    </message>
    <message>
        <source>A regression must step back %1%, not %2%.</source>
        <translation>Un retroceso debe reducir %1 %, no %2 %.</translation>
    </message>
</context>
<context>
    <name>RmdqStatements</name>
    <message>
        <source>I stay at home most of the time because of my back.</source>
        <translation>Me quedo en casa la mayor parte del tiempo por mi espalda.</translation>
    </message>
    <message>
        <source>I change position frequently to try and get my back comfortable.</source>
        <translation>Cambio de postura con frecuencia para intentar que mi espalda esté cómoda.</translation>
    </message>
    <message>
        <source>I walk more slowly than usual because of my back.</source>
        <translation>Camino más despacio de lo habitual por mi espalda.</translation>
    </message>
    <message>
        <source>Because of my back I am not doing any of the jobs that I usually do around the house.</source>
        <translation>Por mi espalda, no hago ninguna de las tareas que suelo hacer en casa.</translation>
    </message>
    <message>
        <source>Because of my back, I use a handrail to get upstairs.</source>
        <translation>Por mi espalda, me agarro a la barandilla para subir escaleras.</translation>
    </message>
    <message>
        <source>Because of my back, I lie down to rest more often.</source>
        <translation>Por mi espalda, me tumbo a descansar más a menudo.</translation>
    </message>
    <message>
        <source>Because of my back, I have to hold on to something to get out of an easy chair.</source>
        <translation>Por mi espalda, tengo que agarrarme a algo para levantarme de un sillón.</translation>
    </message>
    <message>
        <source>Because of my back, I try to get other people to do things for me.</source>
        <translation>Por mi espalda, intento que otras personas me hagan las cosas.</translation>
    </message>
    <message>
        <source>I get dressed more slowly than usual because of my back.</source>
        <translation>Me visto más despacio de lo habitual por mi espalda.</translation>
    </message>
    <message>
        <source>I only stand for short periods of time because of my back.</source>
        <translation>Solo estoy de pie durante ratos cortos por mi espalda.</translation>
    </message>
    <message>
        <source>Because of my back, I try not to bend or kneel down.</source>
        <translation>Por mi espalda, intento no agacharme ni arrodillarme.</translation>
    </message>
    <message>
        <source>I find it difficult to get out of a chair because of my back.</source>
        <translation>Me cuesta levantarme de una silla por mi espalda.</translation>
    </message>
    <message>
        <source>My back is painful almost all the time.</source>
        <translation>Me duele la espalda casi todo el tiempo.</translation>
    </message>
    <message>
        <source>I find it difficult to turn over in bed because of my back.</source>
        <translation>Me cuesta darme la vuelta en la cama por mi espalda.</translation>
    </message>
    <message>
        <source>My appetite is not very good because of my back pain.</source>
        <translation>No tengo mucho apetito por el dolor de espalda.</translation>
    </message>
    <message>
        <source>I have trouble putting on my socks (or stockings) because of the pain in my back.</source>
        <translation>Me cuesta ponerme los calcetines (o las medias) por el dolor de espalda.</translation>
    </message>
    <message>
        <source>I only walk short distances because of my back.</source>
        <translation>Solo camino distancias cortas por mi espalda.</translation>
    </message>
    <message>
        <source>I sleep less well because of my back.</source>
        <translation>Duermo peor por mi espalda.</translation>
    </message>
    <message>
        <source>Because of my back pain, I get dressed with help from someone else.</source>
        <translation>Por el dolor de espalda, me visto con ayuda de otra persona.</translation>
    </message>
    <message>
        <source>I sit down for most of the day because of my back.</source>
        <translation>Paso sentado la mayor parte del día por mi espalda.</translation>
    </message>
    <message>
        <source>I avoid heavy jobs around the house because of my back.</source>
        <translation>Evito las tareas pesadas de la casa por mi espalda.</translation>
    </message>
    <message>
        <source>Because of my back pain, I am more irritable and bad tempered with people than usual.</source>
        <translation>Por el dolor de espalda, estoy más irritable y de peor humor con la gente de lo habitual.</translation>
    </message>
    <message>
        <source>Because of my back, I go upstairs more slowly than usual.</source>
        <translation>Por mi espalda, subo las escaleras más despacio de lo habitual.</translation>
    </message>
    <message>
        <source>I stay in bed most of the time because of my back.</source>
        <translation>Me quedo en la cama la mayor parte del tiempo por mi espalda.</translation>
    </message>
    <message>
        <source>Roland-Morris Disability Questionnaire: Roland MO, Morris RW. Spine 1983;8:141-4; published form in Roland M, Fairbank J. Spine 2000;25:3115-24.</source>
        <translation>Cuestionario de Discapacidad de Roland-Morris: Roland MO, Morris RW. Spine 1983;8:141-4; forma publicada en Roland M, Fairbank J. Spine 2000;25:3115-24. Traducción de trabajo, no la versión española validada (Kovacs et al. Spine 2002;27:538-42).</translation>
    </message>
</context>
<context>
    <name>RuleApplicability</name>
    <message>
        <source>%1 not recorded for %2: treated as within the first 6 weeks.</source>
        <translation>%1 sin registrar para %2: se considera dentro de las 6 primeras semanas.</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Onset of %1 not recorded, nor the episode&apos;s: treated as acute (under 6 weeks).</source>
        <translation>Inicio de %1 sin registrar, ni tampoco el del episodio: se considera fase aguda (menos de 6 semanas).</translation>
    </message>
    <message>
        <source>No episode of care is open, so the onset is not known: treated as acute (under 6 weeks).</source>
        <translation>No hay ningún episodio asistencial abierto, así que se desconoce el inicio: se considera fase aguda (menos de 6 semanas).</translation>
    </message>
    <message>
        <source>Onset of the episode of care not recorded: treated as acute (under 6 weeks).</source>
        <translation>Inicio del episodio asistencial sin registrar: se considera fase aguda (menos de 6 semanas).</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>%1 not recorded: treated as %2 %3 or more.</source>
        <translation>%1 sin registrar: se considera %2 %3 o más.</translation>
    </message>
    <message>
        <source>Leg symptoms not recorded at the latest visit (or no visit yet): treated as spreading further down the leg.</source>
        <translation>Síntomas en la pierna sin registrar en la última visita (o aún no hay visitas): se considera que se periferalizan.</translation>
    </message>
</context>
<context>
    <name>SafetyCommand</name>
    <message>
        <source>No findings.</source>
        <translation>Sin avisos.</translation>
    </message>
    <message>
        <source>  (kept by %1 on %2: %3)</source>
        <translation>  (mantenido por %1 el %2: %3)</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>Fuente: </translation>
    </message>
    <message>
        <source>Try instead: </source>
        <translation>Alternativas: </translation>
    </message>
    <message>
        <source>Check exercises against a patient&apos;s conditions; list the safety rules</source>
        <translation>Comprueba ejercicios frente a las afecciones de un paciente; lista las reglas de seguridad</translation>
    </message>
    <message>
        <source>Check a list of exercises against a patient</source>
        <translation>Comprueba una lista de ejercicios para un paciente</translation>
    </message>
    <message>
        <source>List the safety rules with their sources</source>
        <translation>Lista las reglas de seguridad con sus fuentes</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>El id del paciente.</translation>
    </message>
    <message>
        <source>Comma-separated exercise stable ids or record ids.</source>
        <translation>Ids estables o ids de registro de ejercicios, separados por comas.</translation>
    </message>
    <message>
        <source>--exercises needs at least one exercise.</source>
        <translation>--exercises necesita al menos un ejercicio.</translation>
    </message>
    <message>
        <source>Assumed: </source>
        <translation>Supuesto: </translation>
    </message>
    <message>
        <source>Record it: </source>
        <translation>Regístrelo: </translation>
    </message>
    <message>
        <source>Check exercises, in order, against the patient&apos;s conditions, phase of care, age and latest visit. Exit 0 whatever it finds.
JSON: an array of findings, each with exercise (stable id), exercise_id, index, severity (avoid|caution|prefer), reason, source, rule, alternatives (stable ids) and assumptions: what the finding took as the riskier value because it is not recorded, each with missing (condition_onset, episode_onset, no_episode, condition_amount, leg_symptoms), text, record_id and the command that records it.</source>
        <translation>Comprueba ejercicios, en orden, frente a las afecciones, la fase asistencial, la edad y la última visita del paciente. Sale con 0 sea cual sea el resultado.
JSON: una matriz de avisos, cada uno con exercise (id estable), exercise_id, index, severity (avoid|caution|prefer), reason, source, rule, alternatives (ids estables) y assumptions: lo que el aviso ha tomado como el valor de más riesgo porque no está registrado, cada uno con missing (condition_onset, episode_onset, no_episode, condition_amount, leg_symptoms), text, record_id y la orden que lo registra.</translation>
    </message>
    <message>
        <source>List the safety rules.
JSON: {version, rules: [{id, severity, conditions, reason, source, source_key}]}; conditions lists the condition codes the rule is about.</source>
        <translation>Lista las reglas de seguridad.
JSON: {version, rules: [{id, severity, conditions, reason, source, source_key}]}; conditions lista los códigos de afección a los que se refiere la regla.</translation>
    </message>
    <message>
        <source>safety check needs --patient.</source>
        <translation>safety check necesita --patient.</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
</context>
<context>
    <name>SafetyOverrideRepository</name>
    <message>
        <source>There is no override with id %1.</source>
        <translation>No existe ninguna excepción con el id %1.</translation>
    </message>
</context>
<context>
    <name>SafetyOverrides</name>
    <message>
        <source>Name the programme.</source>
        <translation>Indique el programa.</translation>
    </message>
    <message>
        <source>The prescription position must be 0 or more.</source>
        <translation>La posición de la prescripción debe ser 0 o más.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a safety rule.</source>
        <translation>&quot;%1&quot; no es una regla de seguridad.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; is not an &quot;avoid&quot; rule; only those need an override.</source>
        <translation>La regla &quot;%1&quot; no es una regla &quot;avoid&quot; (evitar); solo esas necesitan una excepción.</translation>
    </message>
    <message>
        <source>Say why this exercise is kept despite the rule &quot;%1&quot;.</source>
        <translation>Indique por qué se mantiene este ejercicio pese a la regla &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name the clinician keeping the exercise.</source>
        <translation>Indique el profesional que mantiene el ejercicio.</translation>
    </message>
    <message>
        <source>Name the exercise kept.</source>
        <translation>Indique el ejercicio que se mantiene.</translation>
    </message>
    <message>
        <source>Programme %1 is an earlier version and cannot be changed.</source>
        <translation>El programa %1 es una versión anterior y no se puede modificar.</translation>
    </message>
    <message>
        <source>Exercise %1 is not in programme %2.</source>
        <translation>El ejercicio %1 no está en el programa %2.</translation>
    </message>
    <message>
        <source>The reason for keeping this exercise was on record when version %1 of the programme was given to the patient, so it stays on record. To stop keeping the exercise, change the programme.</source>
        <translation>El motivo para mantener este ejercicio constaba cuando se entregó al paciente la versión %1 del programa, así que se conserva. Para dejar de mantener el ejercicio, modifique el programa.</translation>
    </message>
</context>
<context>
    <name>SafetyRules</name>
    <message>
        <source>, rule &quot;%1&quot;</source>
        <translation>, regla &quot;%1&quot;</translation>
    </message>
    <message>
        <source>, field &quot;%1&quot;</source>
        <translation>, campo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>&quot;%1&quot; no es uno de: %2.</translation>
    </message>
    <message>
        <source>expected a name or a non-empty list of names.</source>
        <translation>se esperaba un nombre o una lista no vacía de nombres.</translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation>se esperaba true o false.</translation>
    </message>
    <message>
        <source>expected an object of exercise properties.</source>
        <translation>se esperaba un objeto de propiedades de ejercicio.</translation>
    </message>
    <message>
        <source>unknown property; known ones: %1.</source>
        <translation>propiedad desconocida; las conocidas son: %1.</translation>
    </message>
    <message>
        <source>expected a non-empty list of stable ids.</source>
        <translation>se esperaba una lista no vacía de ids estables.</translation>
    </message>
    <message>
        <source>every entry must be a stable id.</source>
        <translation>cada entrada debe ser un id estable.</translation>
    </message>
    <message>
        <source>names no exercise property.</source>
        <translation>no nombra ninguna propiedad de ejercicio.</translation>
    </message>
    <message>
        <source>each entry must be an object.</source>
        <translation>cada entrada debe ser un objeto.</translation>
    </message>
    <message>
        <source>an entry names no condition.</source>
        <translation>una entrada no nombra ninguna afección.</translation>
    </message>
    <message>
        <source>unknown key; known ones: %1.</source>
        <translation>clave desconocida; las conocidas son: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a condition code of resources/conditions.json.</source>
        <translation>&quot;%1&quot; no es un código de afección de resources/conditions.json.</translation>
    </message>
    <message>
        <source>expected left, right or both.</source>
        <translation>se esperaba left, right o both.</translation>
    </message>
    <message>
        <source>expected acute, subacute or chronic.</source>
        <translation>se esperaba acute, subacute o chronic.</translation>
    </message>
    <message>
        <source>expected peripheralising or new_neuro_signs.</source>
        <translation>se esperaba peripheralising o new_neuro_signs.</translation>
    </message>
    <message>
        <source>expected a whole number of 0 or more.</source>
        <translation>se esperaba un número entero de 0 o más.</translation>
    </message>
    <message>
        <source>needs a condition whose amount it compares.</source>
        <translation>necesita una afección cuya cantidad compare.</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1 (%2).</source>
        <translation>no es JSON válido en la posición %1 (%2).</translation>
    </message>
    <message>
        <source>expected a JSON object.</source>
        <translation>se esperaba un objeto JSON.</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;.</source>
        <translation>se esperaba &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>expected a whole number of 1 or more.</source>
        <translation>se esperaba un número entero de 1 o más.</translation>
    </message>
    <message>
        <source>expected an object of citations.</source>
        <translation>se esperaba un objeto de citas bibliográficas.</translation>
    </message>
    <message>
        <source>expected a non-empty list of rules.</source>
        <translation>se esperaba una lista no vacía de reglas.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>se esperaba un objeto.</translation>
    </message>
    <message>
        <source>expected a lower_snake_case id.</source>
        <translation>se esperaba un id en lower_snake_case.</translation>
    </message>
    <message>
        <source>the id is used by an earlier rule.</source>
        <translation>el id ya lo usa una regla anterior.</translation>
    </message>
    <message>
        <source>expected a non-empty list of conditions.</source>
        <translation>se esperaba una lista no vacía de afecciones.</translation>
    </message>
    <message>
        <source>expected avoid, caution or prefer.</source>
        <translation>se esperaba avoid, caution o prefer.</translation>
    </message>
    <message>
        <source>a plain-language reason is required.</source>
        <translation>hace falta un motivo en lenguaje llano.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key of the file&apos;s sources.</source>
        <translation>&quot;%1&quot; no es una clave de las fuentes del archivo.</translation>
    </message>
    <message>
        <source>Could not read the safety rules %1: %2.</source>
        <translation>No se pudieron leer las reglas de seguridad %1: %2.</translation>
    </message>
    <message>
        <source>expected a whole number of seconds, 1 or more.</source>
        <translation>se esperaba un número entero de segundos, 1 o más.</translation>
    </message>
    <message>
        <source>condition &quot;%1&quot; has no phase of care (its &quot;phase&quot; in resources/conditions.json is none).</source>
        <translation>la afección &quot;%1&quot; no tiene fase asistencial (su &quot;phase&quot; en resources/conditions.json es none).</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Score an outcome questionnaire (ODI, RMDQ, STarT Back, PSFS, TSK-17)</source>
        <translation>Puntúa un cuestionario de resultados (ODI, RMDQ, STarT Back, PSFS, TSK-17)</translation>
    </message>
    <message>
        <source>Scores answers given by item number, exactly as the clinical reference states.
LIST is comma-separated:
  odi        10 section scores 0-5, x for an unanswered section
  rmdq       24 values 0/1 (1 = statement ticked)
  startback  9 values: items 1-8 as 0/1, item 9 as 1-5 (not at all ... extremely)
  psfs       3 to 5 activity ratings 0-10
  tsk        17 answers 1-4</source>
        <translation>Puntúa respuestas dadas por número de ítem, exactamente como indica la referencia clínica.
LIST va separada por comas:
  odi        10 puntuaciones de sección 0-5, x para una sección sin respuesta
  rmdq       24 valores 0/1 (1 = afirmación marcada)
  startback  9 valores: ítems 1-8 como 0/1, ítem 9 como 1-5 (nada ... muchísimo)
  psfs       de 3 a 5 puntuaciones de actividad 0-10
  tsk        17 respuestas 1-4</translation>
    </message>
    <message>
        <source>The answers, comma-separated.</source>
        <translation>Las respuestas, separadas por comas.</translation>
    </message>
    <message>
        <source>Unknown instrument &apos;%1&apos;; use odi, rmdq, startback, psfs or tsk.</source>
        <translation>Instrumento desconocido &apos;%1&apos;; use odi, rmdq, startback, psfs o tsk.</translation>
    </message>
    <message>
        <source>score %1 needs --answers LIST.</source>
        <translation>score %1 necesita --answers LIST.</translation>
    </message>
    <message>
        <source>ODI %1 (%2), %3 of 10 sections answered</source>
        <translation>ODI %1 (%2), %3 de 10 secciones respondidas</translation>
    </message>
    <message>
        <source>RMDQ %1</source>
        <translation>RMDQ %1</translation>
    </message>
    <message>
        <source>STarT Back total %1, psychosocial subscale %2: %3</source>
        <translation>STarT Back total %1, subescala psicosocial %2: %3</translation>
    </message>
    <message>
        <source>PSFS mean %1 (%2 activities)</source>
        <translation>Media de la PSFS %1 (%2 actividades)</translation>
    </message>
    <message>
        <source>TSK-17 %1 (%2)</source>
        <translation>TSK-17 %1 (%2)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
</context>
<context>
    <name>ScreenCommand</name>
    <message>
        <source>Red-flag screen: list codes, record a screen and decision, show, check the gate</source>
        <translation>Cribado de banderas rojas: listar códigos, registrar un cribado y una decisión, mostrar, comprobar el bloqueo</translation>
    </message>
    <message>
        <source>List the red-flag codes by tier</source>
        <translation>Lista los códigos de banderas rojas por categoría</translation>
    </message>
    <message>
        <source>Record a red-flag screen for a patient</source>
        <translation>Registra un cribado de banderas rojas de un paciente</translation>
    </message>
    <message>
        <source>Show a patient&apos;s screens</source>
        <translation>Muestra los cribados de un paciente</translation>
    </message>
    <message>
        <source>Check whether a handout may be printed for a patient</source>
        <translation>Comprueba si se puede imprimir una hoja de ejercicios para un paciente</translation>
    </message>
    <message>
        <source>List the red-flag codes.
JSON: an array of objects with code, tier, label, action (what the app suggests) and source.</source>
        <translation>Lista los códigos de banderas rojas.
JSON: una matriz de objetos con code, tier, label, action (lo que sugiere la aplicación) y source.</translation>
    </message>
    <message>
        <source>Record a red-flag screen. Without --flag the screen is clear. A positive screen without --decision blocks handouts until one is recorded (&apos;screen decide&apos;). Prints the screen&apos;s id (with --json, the screen).</source>
        <translation>Registra un cribado de banderas rojas. Sin --flag, el cribado es negativo. Un cribado positivo sin --decision bloquea las hojas de ejercicios hasta que se registre una (&apos;screen decide&apos;). Imprime el id del cribado (con --json, el cribado).</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>El id del paciente.</translation>
    </message>
    <message>
        <source>A red-flag code present (repeatable).</source>
        <translation>Un código de bandera roja presente (se puede repetir).</translation>
    </message>
    <message>
        <source>referred, discussed or not_applicable.</source>
        <translation>referred, discussed o not_applicable.</translation>
    </message>
    <message>
        <source>What was decided (required with --decision).</source>
        <translation>Qué se decidió (obligatorio con --decision).</translation>
    </message>
    <message>
        <source>Screen date, YYYY-MM-DD (default today).</source>
        <translation>Fecha del cribado, YYYY-MM-DD (predeterminada: hoy).</translation>
    </message>
    <message>
        <source>Who screened (default: you).</source>
        <translation>Quién hizo el cribado (predeterminado: usted).</translation>
    </message>
    <message>
        <source>--decision must be referred, discussed or not_applicable (not &apos;%1&apos;).</source>
        <translation>--decision debe ser referred, discussed o not_applicable (no &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD (not &apos;%1&apos;).</source>
        <translation>--date debe ser una fecha con el formato YYYY-MM-DD (no &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The screen&apos;s id.</source>
        <translation>El id del cribado.</translation>
    </message>
    <message>
        <source>What was decided.</source>
        <translation>Qué se decidió.</translation>
    </message>
    <message>
        <source>Who decided (default: you).</source>
        <translation>Quién decidió (predeterminado: usted).</translation>
    </message>
    <message>
        <source>--decision must be referred, discussed or not_applicable.</source>
        <translation>--decision debe ser referred, discussed o not_applicable.</translation>
    </message>
    <message>
        <source>No red-flag screen recorded.</source>
        <translation>No hay ningún cribado de banderas rojas registrado.</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>negativo</translation>
    </message>
    <message>
        <source>NO DECISION</source>
        <translation>SIN DECISIÓN</translation>
    </message>
    <message>
        <source>Handouts allowed.</source>
        <translation>Hojas de ejercicios permitidas.</translation>
    </message>
    <message>
        <source>Record the decision on a screen&apos;s undecided flags</source>
        <translation>Registra la decisión sobre las banderas sin decidir de un cribado</translation>
    </message>
    <message>
        <source>Record the decision on red flags of a screen that have none yet: the flags named with --flag, or without it every undecided flag of the screen. A decision is never changed afterwards. Each flag keeps its own decision; a later screen does not decide an earlier flag (&apos;screen show&apos; lists the undecided ones).</source>
        <translation>Registra la decisión sobre las banderas rojas de un cribado que aún no tienen ninguna: las banderas indicadas con --flag o, sin esta opción, todas las banderas sin decidir del cribado. Una decisión nunca se cambia después. Cada bandera conserva su propia decisión; un cribado posterior no decide una bandera anterior (&apos;screen show&apos; lista las que están sin decidir).</translation>
    </message>
    <message>
        <source>A red-flag code of the screen (repeatable).</source>
        <translation>Un código de bandera roja del cribado (se puede repetir).</translation>
    </message>
    <message>
        <source>Show a patient&apos;s red-flag screens, oldest first, each flag with its decision.
JSON: {patient_id, latest, unresolved (a flag of any screen has no decision: handouts are held back), undecided: [{screen_id, date, code, tier, label}], screens: [{id, date, clinician, flags: [{code, tier, label, decision, note, decided_by, decided_at}], decision, note, decided_by (a decision recorded for the whole screen at once), unresolved}]}.</source>
        <translation>Muestra los cribados de banderas rojas de un paciente, del más antiguo al más reciente, cada bandera con su decisión.
JSON: {patient_id, latest, unresolved (una bandera de algún cribado no tiene decisión: las hojas de ejercicios quedan retenidas), undecided: [{screen_id, date, code, tier, label}], screens: [{id, date, clinician, flags: [{code, tier, label, decision, note, decided_by, decided_at}], decision, note, decided_by (una decisión registrada para todo el cribado a la vez), unresolved}]}.</translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s) without a decision: handouts are held back.</source>
        <translation>
            <numerusform>%n bandera roja sin decisión: las hojas de ejercicios quedan retenidas.</numerusform>
            <numerusform>%n banderas rojas sin decisión: las hojas de ejercicios quedan retenidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check whether a handout may be printed or exported for a patient: exit 0 when allowed, 1 with the reason while a red flag of any screen has no decision.</source>
        <translation>Comprueba si se puede imprimir o exportar una hoja de ejercicios para un paciente: sale con 0 si está permitido, o con 1 y el motivo mientras una bandera roja de algún cribado no tenga decisión.</translation>
    </message>
    <message>
        <source>Record a decision: gradus-cli screen decide SCREEN_ID [--flag CODE] --decision referred|discussed|not_applicable --note TEXT</source>
        <translation>Registre una decisión: gradus-cli screen decide SCREEN_ID [--flag CODE] --decision referred|discussed|not_applicable --note TEXT</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>cribado</translation>
    </message>
</context>
<context>
    <name>ServerAccounts</name>
    <message>
        <source>Accounts exist only on a database server (PostgreSQL). This clinic&apos;s database is a file on this computer, where the clinician&apos;s name is taken from the computer&apos;s user.</source>
        <translation>Las cuentas solo existen en un servidor de base de datos (PostgreSQL). La base de datos de esta clínica es un archivo en este equipo, donde el nombre del profesional se toma del usuario del equipo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be an account name: use lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter (at most 63).</source>
        <translation>&apos;%1&apos; no puede ser un nombre de cuenta: use letras minúsculas, dígitos, &apos;_&apos;, &apos;.&apos; o &apos;-&apos;, empezando por una letra (63 como máximo).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be an account name: names starting with &apos;gradus_&apos; or &apos;pg_&apos; are kept for the server&apos;s own roles.</source>
        <translation>&apos;%1&apos; no puede ser un nombre de cuenta: los nombres que empiezan por &apos;gradus_&apos; o &apos;pg_&apos; están reservados para los roles propios del servidor.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>La contraseña debe tener al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The password must be one line of text.</source>
        <translation>La contraseña debe ser una sola línea de texto.</translation>
    </message>
    <message>
        <source>There is already an account or role named %1 on this database server. Nothing was changed.</source>
        <translation>Ya existe una cuenta o un rol llamado %1 en este servidor de base de datos. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>There is no Gradus account named %1 on this database server.</source>
        <translation>No existe ninguna cuenta de Gradus llamada %1 en este servidor de base de datos.</translation>
    </message>
    <message>
        <source>This database has no accounts set up: its owner could not create the roles gradus_clinician and gradus_admin (the owner needs the CREATEROLE right). Ask the server&apos;s administrator.</source>
        <translation>Esta base de datos no tiene cuentas configuradas: su propietario no pudo crear los roles gradus_clinician y gradus_admin (el propietario necesita el permiso CREATEROLE). Consulte al administrador del servidor.</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>The database names no schema.</source>
        <translation>La base de datos no indica ningún esquema.</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>No se pudo abrir %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a database file (it is a folder or a device). It has not been changed.</source>
        <translation>%1 no es un archivo de base de datos (es una carpeta o un dispositivo). No se ha modificado.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>No se pudo leer %1: %2.</translation>
    </message>
    <message>
        <source>the file system holding it is read-only</source>
        <translation>el sistema de archivos que lo contiene es de solo lectura</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>its folder %1 is read-only</source>
        <translation>su carpeta %1 es de solo lectura</translation>
    </message>
    <message>
        <source>A new database cannot be made at %1: the folder %2 is read-only. Nothing was created.</source>
        <translation>No se puede crear una base de datos nueva en %1: la carpeta %2 es de solo lectura. No se ha creado nada.</translation>
    </message>
    <message>
        <source>Could not create the folder %1: %2.</source>
        <translation>No se pudo crear la carpeta %1: %2.</translation>
    </message>
    <message>
        <source>Could not create a new database at %1: %2. Nothing was created.</source>
        <translation>No se pudo crear una base de datos nueva en %1: %2. No se ha creado nada.</translation>
    </message>
    <message>
        <source>%1 appeared while the new database was being made; it was left as it is.</source>
        <translation>%1 apareció mientras se creaba la base de datos nueva; se ha dejado tal como estaba.</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>The tables of this database refer to each other in a circle, so they cannot be copied one after another.</source>
        <translation>Las tablas de esta base de datos se refieren unas a otras en círculo, así que no se pueden copiar una tras otra.</translation>
    </message>
    <message>
        <source>The target has no table %1 although its schema version is the same. Nothing was copied.</source>
        <translation>El destino no tiene la tabla %1 aunque su versión de esquema es la misma. No se ha copiado nada.</translation>
    </message>
    <message>
        <source>%1 is not empty (table %2 holds %3 rows). A clinic is only copied into an empty database; nothing was written there.</source>
        <translation>%1 no está vacía (la tabla %2 contiene %3 filas). Una clínica solo se copia en una base de datos vacía; no se ha escrito nada en ella.</translation>
    </message>
    <message>
        <source>Table %1 has %2 rows in the copy but %3 in the clinic, so the copy was abandoned and nothing was written.</source>
        <translation>La tabla %1 tiene %2 filas en la copia pero %3 en la clínica, así que se ha abandonado la copia y no se ha escrito nada.</translation>
    </message>
    <message>
        <source>The clinic is at schema %1 but the copy would be at schema %2. Open the clinic once with a writable file so that it is upgraded, then copy it. Nothing was written.</source>
        <translation>La clínica está en el esquema %1, pero la copia estaría en el esquema %2. Abra la clínica una vez con un archivo en el que se pueda escribir para que se actualice y después cópiela. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>%1 is the clinic being copied; choose a new file.</source>
        <translation>%1 es la clínica que se está copiando; elija un archivo nuevo.</translation>
    </message>
    <message>
        <source>%1 already exists. A clinic is only copied into a new file (or an empty server database); nothing was written there.</source>
        <translation>%1 ya existe. Una clínica solo se copia en un archivo nuevo (o en una base de datos vacía de un servidor); no se ha escrito nada en él.</translation>
    </message>
    <message>
        <source>Could not copy the clinic to %1: %2 No file was left there.</source>
        <translation>No se pudo copiar la clínica en %1: %2 No se ha dejado ningún archivo allí.</translation>
    </message>
    <message>
        <source>%1 is the clinic being copied; name an empty database.</source>
        <translation>%1 es la clínica que se está copiando; indique una base de datos vacía.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The database is read-only, so nothing was saved.</source>
        <translation>La base de datos es de solo lectura, así que no se ha guardado nada.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved.</source>
        <translation>El disco está lleno, así que no se ha guardado nada.</translation>
    </message>
    <message>
        <source>The database is busy: another program or desk holds it locked. Nothing was changed; try again.</source>
        <translation>La base de datos está ocupada: otro programa u otro puesto la tiene bloqueada. No se ha cambiado nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Permission denied: this account may not do this in the database.</source>
        <translation>Permiso denegado: esta cuenta no puede hacer esto en la base de datos.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; nothing more was saved.</source>
        <translation>Se ha perdido la conexión con el servidor de base de datos; no se ha guardado nada más.</translation>
    </message>
    <message>
        <source>The database server refused the user name or password.</source>
        <translation>El servidor de base de datos ha rechazado el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the database server could not be made.</source>
        <translation>No se pudo establecer una conexión segura (TLS) con el servidor de base de datos.</translation>
    </message>
    <message>
        <source>The database does not exist.</source>
        <translation>La base de datos no existe.</translation>
    </message>
    <message>
        <source>The file is not a database.</source>
        <translation>El archivo no es una base de datos.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached (%2).</source>
        <translation>No se puede conectar con el servidor de base de datos %1 (%2).</translation>
    </message>
    <message>
        <source>The database server %1 refused the user name or password (%2).</source>
        <translation>El servidor de base de datos %1 ha rechazado el nombre de usuario o la contraseña (%2).</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be made (%2). Check sslmode and sslrootcert in the address.</source>
        <translation>No se pudo establecer una conexión segura (TLS) con %1 (%2). Compruebe sslmode y sslrootcert en la dirección.</translation>
    </message>
    <message>
        <source>There is no database %1 on the server (%2).</source>
        <translation>No existe la base de datos %1 en el servidor (%2).</translation>
    </message>
    <message>
        <source>Permission denied: %1 may not be opened with this account (%2).</source>
        <translation>Permiso denegado: %1 no se puede abrir con esta cuenta (%2).</translation>
    </message>
    <message>
        <source>The database %1 is busy (%2). Nothing was changed; try again.</source>
        <translation>La base de datos %1 está ocupada (%2). No se ha cambiado nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is not a database (%2). It has not been changed.</source>
        <translation>%1 no es una base de datos (%2). No se ha modificado.</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>No se pudo abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Changing the exercise library</source>
        <translation>Modificar la biblioteca de ejercicios</translation>
    </message>
    <message>
        <source>Changing the programme templates</source>
        <translation>Modificar las plantillas de programa</translation>
    </message>
    <message>
        <source>Changing the clinic settings</source>
        <translation>Modificar la configuración de la clínica</translation>
    </message>
    <message>
        <source>Managing user accounts</source>
        <translation>Gestionar las cuentas de usuario</translation>
    </message>
    <message>
        <source>Setting up or upgrading the database</source>
        <translation>Configurar o actualizar la base de datos</translation>
    </message>
    <message>
        <source>This task</source>
        <translation>Esta tarea</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Recorded visits, measures and the history of changes cannot be changed or deleted by any account (signed in as %1); correct a visit or a measure with an amendment. Nothing was changed.</source>
        <translation>Ninguna cuenta puede modificar ni eliminar las visitas registradas, las medidas ni el historial de cambios (sesión iniciada como %1); corrija una visita o una medida con una corrección. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 needs an administrator (signed in as %2). Nothing was changed.</source>
        <translation>%1 requiere un administrador (sesión iniciada como %2). No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <source>%1 already exists and is not empty; nothing was changed.</source>
        <translation>%1 ya existe y no está vacío; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2 Nothing was changed.</source>
        <translation>No se puede usar la copia de seguridad %1: %2 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged too (%2). Nothing was changed.</source>
        <translation>La copia de seguridad %1 también está dañada (%2). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2. Nothing was changed.</source>
        <translation>No se puede leer la copia de seguridad %1: %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 could not be moved aside (is the folder read-only?). Nothing was changed.</source>
        <translation>No se pudo apartar %1 (¿la carpeta es de solo lectura?). No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <source>No password on standard input (give it as one line, e.g. from a password manager or a file).</source>
        <translation>No hay ninguna contraseña en la entrada estándar (indíquela como una sola línea, p. ej., desde un gestor de contraseñas o un archivo).</translation>
    </message>
    <message>
        <source>Accounts of the clinic&apos;s clinicians on a database server</source>
        <translation>Cuentas de los profesionales de la clínica en un servidor de base de datos</translation>
    </message>
    <message>
        <source>Add an account (clinician or admin)</source>
        <translation>Añade una cuenta (clinician o admin)</translation>
    </message>
    <message>
        <source>List the accounts, their roles and whether enabled</source>
        <translation>Lista las cuentas, sus roles y si están habilitadas</translation>
    </message>
    <message>
        <source>Stop an account from signing in</source>
        <translation>Impide que una cuenta inicie sesión</translation>
    </message>
    <message>
        <source>Let a disabled account sign in again</source>
        <translation>Permite que una cuenta deshabilitada vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Set an account&apos;s password</source>
        <translation>Establece la contraseña de una cuenta</translation>
    </message>
    <message>
        <source>Add a clinician&apos;s account on the database server: a PostgreSQL login in the group gradus_clinician or gradus_admin. Needs an administrator (or the database&apos;s owner). The password is read from standard input.</source>
        <translation>Añade la cuenta de un profesional en el servidor de base de datos: un inicio de sesión de PostgreSQL en el grupo gradus_clinician o gradus_admin. Requiere un administrador (o el propietario de la base de datos). La contraseña se lee de la entrada estándar.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>El nombre de la cuenta.</translation>
    </message>
    <message>
        <source>clinician or admin.</source>
        <translation>clinician o admin.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lee la contraseña de la entrada estándar.</translation>
    </message>
    <message>
        <source>user add needs --role clinician or --role admin.</source>
        <translation>user add necesita --role clinician o --role admin.</translation>
    </message>
    <message>
        <source>--role must be clinician or admin (not &apos;%1&apos;).</source>
        <translation>--role debe ser clinician o admin (no &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>user add needs --password-stdin: a password is never taken from the command line.</source>
        <translation>user add necesita --password-stdin: nunca se toma una contraseña de la línea de comandos.</translation>
    </message>
    <message>
        <source>Account %1 added (%2).</source>
        <translation>Cuenta %1 añadida (%2).</translation>
    </message>
    <message>
        <source>List the Gradus accounts on the database server with their role and whether they may sign in.
JSON: an array of objects with name, role and enabled.</source>
        <translation>Lista las cuentas de Gradus del servidor de base de datos con su rol y si pueden iniciar sesión.
JSON: una matriz de objetos con name, role y enabled.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with &apos;gradus-cli user add NAME --role clinician --password-stdin&apos;.</source>
        <translation>Todavía no hay cuentas. Añada una con &apos;gradus-cli user add NAME --role clinician --password-stdin&apos;.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitada</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Let a disabled account sign in again. Needs an administrator.</source>
        <translation>Permite que una cuenta deshabilitada vuelva a iniciar sesión. Requiere un administrador.</translation>
    </message>
    <message>
        <source>Stop an account from signing in (its entries stay, under its name). Its open sessions end where the server allows. Needs an administrator.</source>
        <translation>Impide que una cuenta inicie sesión (sus entradas se conservan, con su nombre). Sus sesiones abiertas terminan en la medida en que el servidor lo permita. Requiere un administrador.</translation>
    </message>
    <message>
        <source>Account %1 may sign in again.</source>
        <translation>La cuenta %1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Account %1 is disabled.</source>
        <translation>La cuenta %1 está deshabilitada.</translation>
    </message>
    <message>
        <source>Set an account&apos;s password, read from standard input. Administrators set anybody&apos;s; a clinician only their own.</source>
        <translation>Establece la contraseña de una cuenta, leída de la entrada estándar. Los administradores pueden establecer la de cualquiera; un profesional, solo la suya.</translation>
    </message>
    <message>
        <source>user password needs --password-stdin: a password is never taken from the command line.</source>
        <translation>user password necesita --password-stdin: nunca se toma una contraseña de la línea de comandos.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Se ha cambiado la contraseña de %1.</translation>
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
        <translation>Actividad: %1 → %2</translation>
    </message>
    <message>
        <source>Leg symptoms: %1 → %2</source>
        <translation>Síntomas en la pierna: %1 → %2</translation>
    </message>
    <message>
        <source>New neurological signs: now recorded</source>
        <translation>Signos neurológicos nuevos: ahora registrados</translation>
    </message>
    <message>
        <source>New neurological signs: no longer recorded</source>
        <translation>Signos neurológicos nuevos: ya no registrados</translation>
    </message>
    <message>
        <source>Notes changed</source>
        <translation>Notas modificadas</translation>
    </message>
</context>
<context>
    <name>VisitCliSupport</name>
    <message>
        <source>%1 must be a record id (a positive whole number), not &apos;%2&apos;.</source>
        <translation>%1 debe ser un id de registro (un número entero positivo), no &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>%1 debe ser un número entero de %2 a %3, no &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>%1 debe ser una fecha con el formato YYYY-MM-DD, no &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>  [entered in error]</source>
        <translation>  [registrada por error]</translation>
    </message>
    <message>
        <source>  [amended, revision %1]</source>
        <translation>  [corregida, versión %1]</translation>
    </message>
</context>
<context>
    <name>VisitCommand</name>
    <message>
        <source>Date of the visit.</source>
        <translation>Fecha de la visita.</translation>
    </message>
    <message>
        <source>Time of the visit.</source>
        <translation>Hora de la visita.</translation>
    </message>
    <message>
        <source>Pain now, NPRS 0-10.</source>
        <translation>Dolor actual, EVN 0-10.</translation>
    </message>
    <message>
        <source>Best pain in the last 24 h, 0-10.</source>
        <translation>Mejor dolor en las últimas 24 h, 0-10.</translation>
    </message>
    <message>
        <source>Worst pain in the last 24 h, 0-10.</source>
        <translation>Peor dolor en las últimas 24 h, 0-10.</translation>
    </message>
    <message>
        <source>Pain during exercise, 0-10.</source>
        <translation>Dolor durante el ejercicio, 0-10.</translation>
    </message>
    <message>
        <source>Pain the next morning, 0-10.</source>
        <translation>Dolor a la mañana siguiente, 0-10.</translation>
    </message>
    <message>
        <source>The daily activity counted (default walking).</source>
        <translation>La actividad diaria que se cuenta (predeterminada: caminar).</translation>
    </message>
    <message>
        <source>Minutes of that activity a day.</source>
        <translation>Minutos al día de esa actividad.</translation>
    </message>
    <message>
        <source>Steps a day.</source>
        <translation>Pasos al día.</translation>
    </message>
    <message>
        <source>Sessions done of sessions prescribed since the last visit.</source>
        <translation>Sesiones hechas de las sesiones prescritas desde la última visita.</translation>
    </message>
    <message>
        <source>Leg symptoms: none, centralising, stable or peripheralising.</source>
        <translation>Síntomas en la pierna: none, centralising, stable o peripheralising.</translation>
    </message>
    <message>
        <source>New neurological signs were found.</source>
        <translation>Se encontraron signos neurológicos nuevos.</translation>
    </message>
    <message>
        <source>No new neurological signs (amend only).</source>
        <translation>Sin signos neurológicos nuevos (solo al corregir).</translation>
    </message>
    <message>
        <source>Free notes.</source>
        <translation>Notas libres.</translation>
    </message>
    <message>
        <source>--time must be HH:MM, not &apos;%1&apos;.</source>
        <translation>--time debe tener el formato HH:MM, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>caminar</translation>
    </message>
    <message>
        <source>--legs must be none, centralising, stable or peripheralising, not &apos;%1&apos;.</source>
        <translation>--legs debe ser none, centralising, stable o peripheralising, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Give --neuro or --no-neuro, not both.</source>
        <translation>Indique --neuro o --no-neuro, no ambos.</translation>
    </message>
    <message>
        <source>--clear cannot clear &apos;%1&apos;; it takes time, pain-best, pain-worst, pain-exercise, pain-morning, activity-minutes, steps, adherence, legs, notes.</source>
        <translation>--clear no puede vaciar &apos;%1&apos;; admite time, pain-best, pain-worst, pain-exercise, pain-morning, activity-minutes, steps, adherence, legs, notes.</translation>
    </message>
    <message>
        <source>Record, list, show and amend visits</source>
        <translation>Registra, lista, muestra y corrige visitas</translation>
    </message>
    <message>
        <source>Record a visit for a patient; prints the visit id</source>
        <translation>Registra una visita de un paciente; imprime el id de la visita</translation>
    </message>
    <message>
        <source>List a patient&apos;s visits</source>
        <translation>Lista las visitas de un paciente</translation>
    </message>
    <message>
        <source>Show a visit with its amendment history</source>
        <translation>Muestra una visita con su historial de correcciones</translation>
    </message>
    <message>
        <source>Correct a visit; the original is kept</source>
        <translation>Corrige una visita; se conserva la original</translation>
    </message>
    <message>
        <source>Record a visit for patient PATIENT_ID. Prints the new visit&apos;s id.</source>
        <translation>Registra una visita del paciente PATIENT_ID. Imprime el id de la visita nueva.</translation>
    </message>
    <message>
        <source>The patient&apos;s id.</source>
        <translation>El id del paciente.</translation>
    </message>
    <message>
        <source>The episode of care.</source>
        <translation>El episodio asistencial.</translation>
    </message>
    <message>
        <source>Who saw the patient (default: your user name).</source>
        <translation>Quién atendió al paciente (predeterminado: su nombre de usuario).</translation>
    </message>
    <message>
        <source>visit add needs --date YYYY-MM-DD.</source>
        <translation>visit add necesita --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>visit add needs --pain N (pain now, 0-10).</source>
        <translation>visit add necesita --pain N (dolor actual, 0-10).</translation>
    </message>
    <message>
        <source>List the visits of patient PATIENT_ID, oldest first.</source>
        <translation>Lista las visitas del paciente PATIENT_ID, de la más antigua a la más reciente.</translation>
    </message>
    <message>
        <source>Include visits marked as entered in error.</source>
        <translation>Incluye las visitas marcadas como registradas por error.</translation>
    </message>
    <message>
        <source>id      date        pain  best-worst  activity  adherence  legs</source>
        <translation>id      fecha       dolor mejor-peor  actividad adherencia piernas</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Show visit VISIT_ID with every revision.</source>
        <translation>Muestra la visita VISIT_ID con todas sus versiones.</translation>
    </message>
    <message>
        <source>The visit&apos;s id.</source>
        <translation>El id de la visita.</translation>
    </message>
    <message>
        <source>Revision 1 (original), %1 by %2</source>
        <translation>Versión 1 (original), %1 por %2</translation>
    </message>
    <message>
        <source>Revision %1, %2 by %3: %4</source>
        <translation>Versión %1, %2 por %3: %4</translation>
    </message>
    <message>
        <source> [entered in error]</source>
        <translation> [registrada por error]</translation>
    </message>
    <message>
        <source>  %1, pain %2 (best %3, worst %4), clinician %5</source>
        <translation>  %1, dolor %2 (mejor %3, peor %4), profesional %5</translation>
    </message>
    <message>
        <source>Correct visit VISIT_ID. The fields given replace those of the current revision; the original and every earlier revision are kept. Prints the new revision number.</source>
        <translation>Corrige la visita VISIT_ID. Los campos indicados sustituyen a los de la versión actual; se conservan la original y todas las versiones anteriores. Imprime el número de la versión nueva.</translation>
    </message>
    <message>
        <source>Why the visit is corrected.</source>
        <translation>Por qué se corrige la visita.</translation>
    </message>
    <message>
        <source>Comma-separated optional fields to empty.</source>
        <translation>Campos opcionales que se vacían, separados por comas.</translation>
    </message>
    <message>
        <source>Who makes the correction (default: your user name).</source>
        <translation>Quién hace la corrección (predeterminado: su nombre de usuario).</translation>
    </message>
    <message>
        <source>Correct the name of who saw the patient.</source>
        <translation>Corrige el nombre de quien atendió al paciente.</translation>
    </message>
    <message>
        <source>visit amend needs --reason TEXT: the original is kept and the reason is shown with the correction.</source>
        <translation>visit amend necesita --reason TEXT: se conserva la original y el motivo se muestra junto a la corrección.</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visita</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>There is no visit with id %1.</source>
        <translation>No existe ninguna visita con el id %1.</translation>
    </message>
    <message>
        <source>There is no patient with id %1.</source>
        <translation>No existe ningún paciente con el id %1.</translation>
    </message>
    <message>
        <source>Say who is recording the visit.</source>
        <translation>Indique quién registra la visita.</translation>
    </message>
    <message>
        <source>Episode %1 is not an episode of patient %2.</source>
        <translation>El episodio %1 no es un episodio del paciente %2.</translation>
    </message>
    <message>
        <source>Say who is making the change to visit %1.</source>
        <translation>Indique quién modifica la visita %1.</translation>
    </message>
    <message>
        <source>Give a reason for changing visit %1; the original is kept and the reason is shown with it.</source>
        <translation>Indique un motivo para modificar la visita %1; se conserva la original y el motivo se muestra junto a ella.</translation>
    </message>
    <message>
        <source>Visit %1 is marked as entered in error; reinstate it before amending it.</source>
        <translation>La visita %1 está marcada como registrada por error; restablézcala antes de corregirla.</translation>
    </message>
    <message>
        <source>The amendment of visit %1 changes nothing.</source>
        <translation>La corrección de la visita %1 no cambia nada.</translation>
    </message>
    <message>
        <source>Visit %1 is already marked as entered in error.</source>
        <translation>La visita %1 ya está marcada como registrada por error.</translation>
    </message>
    <message>
        <source>Visit %1 is not marked as entered in error.</source>
        <translation>La visita %1 no está marcada como registrada por error.</translation>
    </message>
    <message>
        <source>Visit %1 has been changed elsewhere since (at another desk or by a script; it is now at revision %2). Nothing was saved; look at the visit&apos;s history before changing it again.</source>
        <translation>La visita %1 se ha modificado en otro lugar mientras tanto (en otro puesto o mediante un script; ahora está en la revisión %2). No se ha guardado nada; consulte el historial de la visita antes de volver a modificarla.</translation>
    </message>
</context>
<context>
    <name>VisitValidator</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation>Dolor actual</translation>
    </message>
    <message>
        <source>Best pain (24 h)</source>
        <translation>Mejor dolor (24 h)</translation>
    </message>
    <message>
        <source>Worst pain (24 h)</source>
        <translation>Peor dolor (24 h)</translation>
    </message>
    <message>
        <source>Pain during exercise</source>
        <translation>Dolor durante el ejercicio</translation>
    </message>
    <message>
        <source>Pain next morning</source>
        <translation>Dolor a la mañana siguiente</translation>
    </message>
    <message>
        <source>Activity minutes</source>
        <translation>Minutos de actividad</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Adherencia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Enter the date of the visit.</source>
        <translation>Indique la fecha de la visita.</translation>
    </message>
    <message>
        <source>The visit date %1 is in the future; today is %2.</source>
        <translation>La fecha de la visita, %1, es futura; hoy es %2.</translation>
    </message>
    <message>
        <source>The visit date %1 is before 1900.</source>
        <translation>La fecha de la visita, %1, es anterior a 1900.</translation>
    </message>
    <message>
        <source>The time of the visit is not a valid time.</source>
        <translation>La hora de la visita no es una hora válida.</translation>
    </message>
    <message>
        <source>The visit time %1 today is in the future.</source>
        <translation>La hora de la visita, %1 de hoy, es futura.</translation>
    </message>
    <message>
        <source>Enter the clinician&apos;s name.</source>
        <translation>Indique el nombre del profesional.</translation>
    </message>
    <message>
        <source>The clinician&apos;s name is longer than %1 characters.</source>
        <translation>El nombre del profesional tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>%1 is %2; pain is a whole number from 0 to 10.</source>
        <translation>%1 es %2; el dolor es un número entero de 0 a 10.</translation>
    </message>
    <message>
        <source>The worst pain (%1) is lower than the best pain (%2) in the last 24 hours.</source>
        <translation>El peor dolor (%1) es menor que el mejor dolor (%2) de las últimas 24 horas.</translation>
    </message>
    <message>
        <source>Activity is %1 minutes a day; it must be from 0 to %2.</source>
        <translation>La actividad es de %1 minutos al día; debe estar entre 0 y %2.</translation>
    </message>
    <message>
        <source>Steps are %1 a day; they must be from 0 to %2.</source>
        <translation>Los pasos son %1 al día; deben estar entre 0 y %2.</translation>
    </message>
    <message>
        <source>Give both the sessions done and the sessions prescribed, or neither.</source>
        <translation>Indique a la vez las sesiones hechas y las prescritas, o ninguna de las dos.</translation>
    </message>
    <message>
        <source>Sessions must be from 0 to %1.</source>
        <translation>Las sesiones deben estar entre 0 y %1.</translation>
    </message>
    <message>
        <source>%1 sessions done is more than the %2 prescribed.</source>
        <translation>%1 sesiones hechas son más que las %2 prescritas.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation>Las notas tienen más de %1 caracteres.</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;; pain is a whole number from 0 to 10.</source>
        <translation>%1 es &apos;%2&apos;; el dolor es un número entero de 0 a 10.</translation>
    </message>
    <message>
        <source>Adherence is &apos;%1&apos;; write sessions done/prescribed, for example 4/5.</source>
        <translation>La adherencia es &apos;%1&apos;; escriba sesiones hechas/prescritas, por ejemplo 4/5.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>centralising</source>
        <translation>se centralizan</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>estables</translation>
    </message>
    <message>
        <source>peripheralising</source>
        <translation>se periferalizan</translation>
    </message>
</context>
<context>
    <name>gradus::AboutDialog</name>
    <message>
        <source>About Gradus</source>
        <translation>Acerca de Gradus</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Gradus %1&lt;/h2&gt;&lt;p&gt;Graded exercise programmes for physiotherapists: patients, safe exercise choices, pacing, handouts and outcomes, kept on your own computer.&lt;/p&gt;&lt;p&gt;Gradus supports clinical reasoning; it does not replace it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Schema version:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Log file:&lt;/b&gt; %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Gradus %1&lt;/h2&gt;&lt;p&gt;Programas de ejercicio graduado para fisioterapeutas: pacientes, elección segura de ejercicios, ritmo de actividad, hojas de ejercicios y resultados, guardados en su propio equipo.&lt;/p&gt;&lt;p&gt;Gradus apoya el razonamiento clínico; no lo sustituye.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Base de datos:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Versión del esquema:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Archivo de registro:&lt;/b&gt; %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gradus::CalendarExportDialog</name>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>Calendar Reminders</source>
        <translation>Recordatorios de calendario</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <source>A calendar file the patient can open on a phone or computer: a reminder at each exercise time with the dose and when to stop, the weeks of a graded activity plan, and the review. Send it to the patient or import it on their phone.</source>
        <translation>Un archivo de calendario que el paciente puede abrir en un teléfono o un ordenador: un recordatorio a cada hora de ejercicio con la dosis y cuándo parar, las semanas de un plan de actividad graduada y la revisión. Envíeselo al paciente o impórtelo en su teléfono.</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>to</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Reminders between:</source>
        <translation>Recordatorios entre:</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Recordatorios:</translation>
    </message>
    <message>
        <source>%1 a day in %2 bouts</source>
        <translation>%1 al día en %2 tandas</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 al día</translation>
    </message>
    <message>
        <source>%1: graded plan, %2 this week, more each week (week %3 of %4)</source>
        <translation>%1: plan de actividad graduada, %2 esta semana, más cada semana (semana %3 de %4)</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1: %2 a las %3</translation>
    </message>
    <message>
        <source>Until the review on %1, which is in the calendar too.</source>
        <translation>Hasta la revisión del %1, que también figura en el calendario.</translation>
    </message>
    <message>
        <source>No review date is set, so the reminders do not end.</source>
        <translation>No hay fecha de revisión, así que los recordatorios no terminan.</translation>
    </message>
    <message>
        <source>First reminder hour</source>
        <translation>Hora del primer recordatorio</translation>
    </message>
    <message>
        <source>Last reminder hour</source>
        <translation>Hora del último recordatorio</translation>
    </message>
    <message>
        <source>Written in:</source>
        <translation>Redactado en:</translation>
    </message>
</context>
<context>
    <name>gradus::ChangeTableModel</name>
    <message>
        <source>, recovered</source>
        <translation>, recuperado</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primera</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Important change</source>
        <translation>Cambio relevante</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
</context>
<context>
    <name>gradus::ConditionDialog</name>
    <message>
        <source>Add Condition</source>
        <translation>Añadir afección</translation>
    </message>
    <message>
        <source>Edit Condition</source>
        <translation>Modificar afección</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>e.g. which operation, or what the imaging showed</source>
        <translation>p. ej., qué operación o qué mostraron las pruebas de imagen</translation>
    </message>
    <message>
        <source>&amp;Condition</source>
        <translation>&amp;Afección</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>&amp;Lado</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Número</translation>
    </message>
    <message>
        <source>&amp;Onset</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <source>Leave empty when unknown.</source>
        <translation>Déjelo vacío si se desconoce.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; type it as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>&apos;%1&apos; no es una fecha; escríbala como YYYY-MM-DD o DD.MM.YYYY.</translation>
    </message>
</context>
<context>
    <name>gradus::ConflictDialog</name>
    <message>
        <source>Changed on Another Desk</source>
        <translation>Modificado en otro puesto</translation>
    </message>
    <message>
        <source>Fields changed here and on the other desk</source>
        <translation>Campos modificados aquí y en el otro puesto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Cuando lo abrió</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Su cambio</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Guardado ahora</translation>
    </message>
    <message>
        <source>Changed on both desks</source>
        <translation>Modificado en ambos puestos</translation>
    </message>
    <message>
        <source>Fields in bold were changed on both desks. Applying your changes keeps the other desk&apos;s changes to every other field.</source>
        <translation>Los campos en negrita se modificaron en ambos puestos. Si aplica sus cambios, se conservan los cambios del otro puesto en todos los demás campos.</translation>
    </message>
    <message>
        <source>&amp;Apply My Changes to the Stored Record</source>
        <translation>&amp;Aplicar mis cambios al registro guardado</translation>
    </message>
    <message>
        <source>&amp;Discard My Changes</source>
        <translation>&amp;Descartar mis cambios</translation>
    </message>
</context>
<context>
    <name>gradus::DatabaseRecoveryDialog</name>
    <message>
        <source>Gradus: the database cannot be opened</source>
        <translation>Gradus: no se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Nothing has been changed. You can open another database file, create a new one, or restore a backup copy in its place (the file that cannot be opened is kept beside it, renamed).</source>
        <translation>No se ha cambiado nada. Puede abrir otro archivo de base de datos, crear uno nuevo o restaurar una copia de seguridad en su lugar (el archivo que no se puede abrir se conserva al lado, con otro nombre).</translation>
    </message>
    <message>
        <source>The most recent backup is %1, saved %2.</source>
        <translation>La copia de seguridad más reciente es %1, guardada el %2.</translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation>&amp;Abrir otro archivo…</translation>
    </message>
    <message>
        <source>&amp;Create New Database…</source>
        <translation>&amp;Crear una base de datos nueva…</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Gradus database (*.sqlite *.db);;All files (*)</source>
        <translation>Base de datos de Gradus (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Create New Database</source>
        <translation>Crear una base de datos nueva</translation>
    </message>
    <message>
        <source>Gradus database (*.sqlite)</source>
        <translation>Base de datos de Gradus (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Gradus backups (*.sqlite *.bak *.db);;All files (*)</source>
        <translation>Copias de seguridad de Gradus (*.sqlite *.bak *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose &quot;Open Another File&quot; to use it, or another name for a new database.</source>
        <translation>Elija &quot;Abrir otro archivo&quot; para usarlo, u otro nombre para una base de datos nueva.</translation>
    </message>
</context>
<context>
    <name>gradus::DatabaseSwitcher</name>
    <message>
        <source>There is no database at %1. Use File → New Database… to start one.</source>
        <translation>No hay ninguna base de datos en %1. Use Archivo → Nueva base de datos… para crear una.</translation>
    </message>
    <message>
        <source>%1 exists already; a new database never replaces a file. Choose another name, or open it with File → Open Database….</source>
        <translation>%1 ya existe; una base de datos nueva nunca sustituye a un archivo. Elija otro nombre, o ábralo con Archivo → Abrir base de datos….</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se ha abierto %1</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>Gradus database (*.sqlite)</source>
        <translation>Base de datos de Gradus (*.sqlite)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Abrir recientes</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La copia de seguridad ha fallado</translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Haciendo la copia de seguridad de la base de datos…</translation>
    </message>
</context>
<context>
    <name>gradus::DateField</name>
    <message>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>YYYY-MM-DD o DD.MM.YYYY</translation>
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
        <translation>%1 o YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>gradus::DoseCellEditor</name>
    <message>
        <source>How the dose is counted</source>
        <translation>Cómo se cuenta la dosis</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source> reps</source>
        <translation> rep.</translation>
    </message>
    <message>
        <source>Repetitions per set</source>
        <translation>Repeticiones por serie</translation>
    </message>
    <message>
        <source> s each</source>
        <translation> s cada uno</translation>
    </message>
    <message>
        <source>Seconds each hold</source>
        <translation>Segundos de cada mantenimiento</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Metres</source>
        <translation>Metros</translation>
    </message>
    <message>
        <source>× a day</source>
        <translation>× al día</translation>
    </message>
    <message>
        <source>Times per day</source>
        <translation>Veces al día</translation>
    </message>
    <message>
        <source> days/week</source>
        <translation> días/sem.</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>Días por semana</translation>
    </message>
    <message>
        <source> holds</source>
        <translation> mant.</translation>
    </message>
    <message>
        <source>Holds per set</source>
        <translation>Mantenimientos por serie</translation>
    </message>
</context>
<context>
    <name>gradus::DoseDialog</name>
    <message>
        <source>Edit dose — %1</source>
        <translation>Modificar dosis — %1</translation>
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
        <translation>Por cada lado</translation>
    </message>
    <message>
        <source>e.g. red band, 2 kg</source>
        <translation>p. ej., banda roja, 2 kg</translation>
    </message>
    <message>
        <source>Printed on the handout under the exercise</source>
        <translation>Se imprime en la hoja de ejercicios, debajo del ejercicio</translation>
    </message>
    <message>
        <source>&amp;Counted as:</source>
        <translation>&amp;Contado como:</translation>
    </message>
    <message>
        <source>&amp;Sets:</source>
        <translation>&amp;Series:</translation>
    </message>
    <message>
        <source>&amp;Repetitions or holds per set:</source>
        <translation>&amp;Repeticiones o mantenimientos por serie:</translation>
    </message>
    <message>
        <source>&amp;Hold:</source>
        <translation>&amp;Mantenimiento:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>M&amp;inutos:</translation>
    </message>
    <message>
        <source>M&amp;etres:</source>
        <translation>M&amp;etros:</translation>
    </message>
    <message>
        <source>Times per &amp;day:</source>
        <translation>&amp;Veces al día:</translation>
    </message>
    <message>
        <source>Days per &amp;week:</source>
        <translation>&amp;Días por semana:</translation>
    </message>
    <message>
        <source>Rest between sets:</source>
        <translation>Descanso entre series:</translation>
    </message>
    <message>
        <source>S&amp;ide:</source>
        <translation>&amp;Lado:</translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation>C&amp;arga:</translation>
    </message>
    <message>
        <source>&amp;Tempo:</source>
        <translation>Cade&amp;ncia:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Does not fit this exercise</source>
        <translation>No es adecuada para este ejercicio</translation>
    </message>
    <message>
        <source>A dose of %1 does not fit %2: it is dosed in %3.</source>
        <translation>Una dosis de %1 no es adecuada para %2: se dosifica en %3.</translation>
    </message>
</context>
<context>
    <name>gradus::EnteredInError</name>
    <message>
        <source>Entered in error</source>
        <translation>Registrada por error</translation>
    </message>
</context>
<context>
    <name>gradus::EpisodeDialog</name>
    <message>
        <source>&apos;%1&apos; is not a date; type it as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>&apos;%1&apos; no es una fecha; escríbala como YYYY-MM-DD o DD.MM.YYYY.</translation>
    </message>
    <message>
        <source>New Episode of Care</source>
        <translation>Nuevo episodio asistencial</translation>
    </message>
    <message>
        <source>Edit Episode of Care</source>
        <translation>Modificar episodio asistencial</translation>
    </message>
    <message>
        <source>e.g. Low back pain with left leg pain</source>
        <translation>p. ej., Lumbalgia con dolor en la pierna izquierda</translation>
    </message>
    <message>
        <source>Presenting &amp;complaint *</source>
        <translation>&amp;Motivo de consulta *</translation>
    </message>
    <message>
        <source>&amp;Onset</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>O&amp;pened on *</source>
        <translation>A&amp;bierto el *</translation>
    </message>
    <message>
        <source>C&amp;losed on</source>
        <translation>&amp;Cerrado el</translation>
    </message>
    <message>
        <source>%1 — %2 wk ago: %3</source>
        <translation>%1 — hace %2 sem.: %3</translation>
    </message>
    <message>
        <source>Leave empty when unknown; the phase of care is then unknown too.</source>
        <translation>Déjelo vacío si se desconoce; entonces la fase también será desconocida.</translation>
    </message>
    <message>
        <source>Empty while the episode is open.</source>
        <translation>Vacío mientras el episodio esté abierto.</translation>
    </message>
</context>
<context>
    <name>gradus::EpisodesTab</name>
    <message>
        <source>&lt;b&gt;Episodes of care&lt;/b&gt;</source>
        <translation>&lt;b&gt;Episodios asistenciales&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New Episode…</source>
        <translation>Nuevo episodio…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modificar…</translation>
    </message>
    <message>
        <source>Close Episode</source>
        <translation>Cerrar episodio</translation>
    </message>
    <message>
        <source>Presenting complaint</source>
        <translation>Motivo de consulta</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Add Condition…</source>
        <translation>Añadir afección…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Marcar como resuelta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>Phase today, from the onset date</source>
        <translation>Fase actual, según la fecha de inicio</translation>
    </message>
    <message>
        <source>Phase when the episode was closed</source>
        <translation>Fase en el momento de cerrar el episodio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clinical profile&lt;/b&gt; of &quot;%1&quot;</source>
        <translation>&lt;b&gt;Perfil clínico&lt;/b&gt; de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clinical profile&lt;/b&gt;</source>
        <translation>&lt;b&gt;Perfil clínico&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — open an episode of care first</source>
        <translation>%1 — abra primero un episodio asistencial</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Episodes of care</source>
        <translation>Episodios asistenciales</translation>
    </message>
    <message>
        <source>Conditions of the selected episode</source>
        <translation>Afecciones del episodio seleccionado</translation>
    </message>
    <message>
        <source>&lt;b&gt;The episodes of care or the clinical profile could not be read.&lt;/b&gt; Treat the patient&apos;s conditions as unknown until they can. Cause: %1</source>
        <translation>&lt;b&gt;No se pudieron leer los episodios asistenciales o el perfil clínico.&lt;/b&gt; Trate las afecciones del paciente como desconocidas hasta que se puedan leer. Causa: %1</translation>
    </message>
</context>
<context>
    <name>gradus::ErasePatientDialog</name>
    <message>
        <source>Delete %1 Permanently</source>
        <translation>Eliminar definitivamente a %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nacido el %1</translation>
    </message>
    <message>
        <source>clinic no. %1</source>
        <translation>n.º de historia %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Delete %1 (%2) permanently?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This removes the patient and everything recorded about them (episodes of care: %3; conditions: %4) from this database for good. It cannot be undone, and the undo history is cleared.&lt;/p&gt;&lt;p&gt;To hide a patient who is no longer seen, use &lt;b&gt;Archive&lt;/b&gt; instead.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;¿Eliminar definitivamente a %1 (%2)?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Se eliminan de esta base de datos, para siempre, el paciente y todo lo registrado sobre él (episodios asistenciales: %3; afecciones: %4). No se puede deshacer y se borra el historial de deshacer.&lt;/p&gt;&lt;p&gt;Para ocultar a un paciente que ya no acude, use &lt;b&gt;Archivar&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the family name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Escriba los apellidos &lt;b&gt;%1&lt;/b&gt; para confirmar:</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Eliminar definitivamente</translation>
    </message>
</context>
<context>
    <name>gradus::ExchangeActions</name>
    <message>
        <source>Patient Record (&amp;FHIR)…</source>
        <translation>Historia clínica del paciente (&amp;FHIR)…</translation>
    </message>
    <message>
        <source>Save the patient&apos;s record as a FHIR R4 file for a GP system</source>
        <translation>Guardar la historia clínica del paciente como archivo FHIR R4 para un sistema de atención primaria</translation>
    </message>
    <message>
        <source>&amp;Programme or Template…</source>
        <translation>&amp;Programa o plantilla…</translation>
    </message>
    <message>
        <source>Save a programme or template for another clinic</source>
        <translation>Guardar un programa o una plantilla para otra clínica</translation>
    </message>
    <message>
        <source>&amp;Outcomes (CSV)…</source>
        <translation>&amp;Resultados (CSV)…</translation>
    </message>
    <message>
        <source>Save every patient&apos;s scores as a table, or de-identified for research</source>
        <translation>Guardar las puntuaciones de todos los pacientes como tabla, o desidentificadas para investigación</translation>
    </message>
    <message>
        <source>&amp;Import Programme…</source>
        <translation>&amp;Importar programa…</translation>
    </message>
    <message>
        <source>Bring in a programme or template file from another clinic</source>
        <translation>Traer un archivo de programa o de plantilla de otra clínica</translation>
    </message>
    <message>
        <source>Check a backup and open it as a new database</source>
        <translation>Comprobar una copia de seguridad y abrirla como base de datos nueva</translation>
    </message>
    <message>
        <source>Open a patient first</source>
        <translation>Abra primero un paciente</translation>
    </message>
    <message>
        <source>Res&amp;tore Backup…</source>
        <translation>Res&amp;taurar copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>gradus::ExerciseDetailPane</name>
    <message>
        <source>No exercise chosen</source>
        <translation>Ningún ejercicio elegido</translation>
    </message>
    <message>
        <source>Choose an exercise on the left to see its picture, instructions and properties.</source>
        <translation>Elija un ejercicio a la izquierda para ver su imagen, instrucciones y propiedades.</translation>
    </message>
    <message>
        <source>Retired: not offered for new programmes</source>
        <translation>Retirado: no se ofrece para programas nuevos</translation>
    </message>
    <message>
        <source>Clinic&apos;s own</source>
        <translation>Propio de la clínica</translation>
    </message>
    <message>
        <source>Clinic&apos;s own, based on %1</source>
        <translation>Propio de la clínica, basado en %1</translation>
    </message>
    <message>
        <source>Built-in, edited by the clinic</source>
        <translation>Predefinido, modificado por la clínica</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Predefinido</translation>
    </message>
    <message>
        <source>Clinic&apos;s picture</source>
        <translation>Imagen de la clínica</translation>
    </message>
    <message>
        <source>Default dose</source>
        <translation>Dosis predeterminada</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Spinal movement</source>
        <translation>Movimiento de la columna</translation>
    </message>
    <message>
        <source>, to the end of range</source>
        <translation>, hasta el final del recorrido</translation>
    </message>
    <message>
        <source>Spinal load</source>
        <translation>Carga sobre la columna</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>external load</source>
        <translation>carga externa</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>por encima de la cabeza</translation>
    </message>
    <message>
        <source>lift from the floor</source>
        <translation>levantar desde el suelo</translation>
    </message>
    <message>
        <source>Load and lifting</source>
        <translation>Carga y levantamiento</translation>
    </message>
    <message>
        <source>Body weight only</source>
        <translation>Solo el peso corporal</translation>
    </message>
    <message>
        <source>Balance demand</source>
        <translation>Exigencia de equilibrio</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>You should feel</source>
        <translation>Debería notar</translation>
    </message>
    <message>
        <source>Stop and tell your physiotherapist if</source>
        <translation>Deténgase y avise a su fisioterapeuta si</translation>
    </message>
    <message>
        <source>Easier: %1</source>
        <translation>Más fácil: %1</translation>
    </message>
    <message>
        <source>Harder: %1</source>
        <translation>Más difícil: %1</translation>
    </message>
    <message>
        <source>A newer library version of this exercise exists; your clinic&apos;s edit is kept.</source>
        <translation>Existe una versión más reciente de este ejercicio en la biblioteca; se conserva la modificación de su clínica.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>gradus::ExerciseEditorDialog</name>
    <message>
        <source>New Exercise</source>
        <translation>Nuevo ejercicio</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Modificar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This is a built-in exercise. Once you change it, library updates will leave your version alone.</source>
        <translation>Es un ejercicio predefinido. Cuando lo modifique, las actualizaciones de la biblioteca no tocarán su versión.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>One sentence: what it is for</source>
        <translation>Una frase: para qué sirve</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Posición:</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Default dose</source>
        <translation>Dosis predeterminada</translation>
    </message>
    <message>
        <source>Counted as:</source>
        <translation>Contado como:</translation>
    </message>
    <message>
        <source>Sets: </source>
        <translation>Series: </translation>
    </message>
    <message>
        <source>Repetitions: </source>
        <translation>Repeticiones: </translation>
    </message>
    <message>
        <source>Hold: </source>
        <translation>Mantenimiento: </translation>
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
        <translation>Por cada lado</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Cantidad:</translation>
    </message>
    <message>
        <source>Times a day: </source>
        <translation>Veces al día: </translation>
    </message>
    <message>
        <source>Days a week: </source>
        <translation>Días por semana: </translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>Frecuencia:</translation>
    </message>
    <message>
        <source>One step or cue per line, in short sentences addressed to the patient.</source>
        <translation>Un paso o indicación por línea, en frases cortas dirigidas al paciente.</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>Pa&amp;sos:</translation>
    </message>
    <message>
        <source>You should &amp;feel:</source>
        <translation>Debería no&amp;tar:</translation>
    </message>
    <message>
        <source>S&amp;top if:</source>
        <translation>&amp;Deténgase si:</translation>
    </message>
    <message>
        <source>ids of easier exercises, e.g. modified_plank</source>
        <translation>ids de ejercicios más fáciles, p. ej., modified_plank</translation>
    </message>
    <message>
        <source>&amp;Easier:</source>
        <translation>Más &amp;fácil:</translation>
    </message>
    <message>
        <source>ids of harder exercises, e.g. plank</source>
        <translation>ids de ejercicios más difíciles, p. ej., plank</translation>
    </message>
    <message>
        <source>&amp;Harder:</source>
        <translation>Más difíci&amp;l:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>F&amp;uente:</translation>
    </message>
    <message>
        <source>The safety rules use these to warn about exercises that do not suit a patient&apos;s conditions.</source>
        <translation>Las reglas de seguridad las usan para avisar de ejercicios que no convienen a las afecciones de un paciente.</translation>
    </message>
    <message>
        <source>Spinal movement:</source>
        <translation>Movimiento de la columna:</translation>
    </message>
    <message>
        <source>Goes to the end of the range</source>
        <translation>Llega al final del recorrido</translation>
    </message>
    <message>
        <source>Spinal &amp;load:</source>
        <translation>Car&amp;ga sobre la columna:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Impacto:</translation>
    </message>
    <message>
        <source>&amp;Balance demand:</source>
        <translation>Exigencia de e&amp;quilibrio:</translation>
    </message>
    <message>
        <source>Against external resistance (weights, band)</source>
        <translation>Contra una resistencia externa (pesos, banda)</translation>
    </message>
    <message>
        <source>Hands or load go overhead</source>
        <translation>Las manos o la carga van por encima de la cabeza</translation>
    </message>
    <message>
        <source>Lifts a load from the floor</source>
        <translation>Levanta una carga desde el suelo</translation>
    </message>
    <message>
        <source>Holds: </source>
        <translation>Mantenimientos: </translation>
    </message>
    <message>
        <source>Its texts become your clinic&apos;s own: shown and printed as you write them here, whatever the language.</source>
        <translation>Sus textos pasan a ser los de su centro: se muestran e imprimen tal como los escriba aquí, sea cual sea el idioma.</translation>
    </message>
    <message>
        <source>Doses that fit:</source>
        <translation>Dosis adecuadas:</translation>
    </message>
    <message>
        <source>The default dose is of this kind.</source>
        <translation>La dosis predeterminada es de este tipo.</translation>
    </message>
</context>
<context>
    <name>gradus::ExerciseLibraryView</name>
    <message>
        <source>Search exercises</source>
        <translation>Buscar ejercicios</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Mostrar retirados</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Show the exercises as pictures</source>
        <translation>Muestra los ejercicios como imágenes</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Show the exercises as a table of their properties</source>
        <translation>Muestra los ejercicios como una tabla de sus propiedades</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Cualquier posición</translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation>Cualquier material</translation>
    </message>
    <message>
        <source>Nothing needed</source>
        <translation>Sin material</translation>
    </message>
    <message>
        <source>Uses: %1</source>
        <translation>Usa: %1</translation>
    </message>
    <message>
        <source>Any spinal load</source>
        <translation>Cualquier carga sobre la columna</translation>
    </message>
    <message>
        <source>Low spinal load</source>
        <translation>Carga baja sobre la columna</translation>
    </message>
    <message>
        <source>Low or moderate load</source>
        <translation>Carga baja o moderada</translation>
    </message>
    <message>
        <source>Any impact</source>
        <translation>Cualquier impacto</translation>
    </message>
    <message>
        <source>No impact</source>
        <translation>Sin impacto</translation>
    </message>
    <message>
        <source>No or low impact</source>
        <translation>Impacto nulo o bajo</translation>
    </message>
    <message>
        <source>Exercise actions</source>
        <translation>Acciones de ejercicio</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Make a new exercise of your own</source>
        <translation>Crear un ejercicio propio</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicar…</translation>
    </message>
    <message>
        <source>Make your own copy of this exercise and change it</source>
        <translation>Hacer una copia propia de este ejercicio y modificarla</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modificar…</translation>
    </message>
    <message>
        <source>Change this exercise</source>
        <translation>Modificar este ejercicio</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>Imagen…</translation>
    </message>
    <message>
        <source>Use your own photo or picture for this exercise</source>
        <translation>Usar una foto o imagen propia para este ejercicio</translation>
    </message>
    <message>
        <source>Remove Picture</source>
        <translation>Quitar imagen</translation>
    </message>
    <message>
        <source>Go back to the drawing</source>
        <translation>Volver al dibujo</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Hide from new programmes; programmes that use it keep it</source>
        <translation>Ocultar en los programas nuevos; los programas que lo usan lo conservan</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Nuevo ejercicio</translation>
    </message>
    <message>
        <source>New exercise &quot;%1&quot;</source>
        <translation>Nuevo ejercicio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate &quot;%1&quot;</source>
        <translation>Duplicar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Choose a Picture</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <source>%1 could not be read as a picture: %2</source>
        <translation>No se pudo leer %1 como imagen: %2</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation>Biblioteca de ejercicios</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Your changes were not saved; the exercise keeps the other desk&apos;s version. Cancel to close this window.</source>
        <translation>Sus cambios no se han guardado; el ejercicio conserva la versión del otro puesto. Pulse Cancelar para cerrar esta ventana.</translation>
    </message>
</context>
<context>
    <name>gradus::ExerciseListModel</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Clinic&apos;s own</source>
        <translation>Propio de la clínica</translation>
    </message>
    <message>
        <source>Built-in, edited</source>
        <translation>Predefinido, modificado</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Predefinido</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Spinal load</source>
        <translation>Carga sobre la columna</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The exercise library could not be read, so no exercises are listed. Cause: %1</source>
        <translation>No se pudo leer la biblioteca de ejercicios, así que no se muestra ningún ejercicio. Causa: %1</translation>
    </message>
</context>
<context>
    <name>gradus::ExercisePictureWidget</name>
    <message>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
</context>
<context>
    <name>gradus::ExportFileDialog</name>
    <message>
        <source>Save &amp;to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or choose it with Browse… to replace it.</source>
        <translation>%1 ya existe. Elija otro nombre, o selecciónelo con Examinar… para sustituirlo.</translation>
    </message>
    <message>
        <source>Saved to %1. The file holds patient data: keep it safe.</source>
        <translation>Guardado en %1. El archivo contiene datos de pacientes: guárdelo de forma segura.</translation>
    </message>
    <message>
        <source>%1: there is no translation for &quot;%2&quot; yet</source>
        <translation>%1: todavía no hay traducción para «%2»</translation>
    </message>
    <message>
        <source>%1: the patient has no preferred language recorded</source>
        <translation>%1: no consta ningún idioma preferido del paciente</translation>
    </message>
    <message>
        <source>%1, the patient&apos;s preferred language</source>
        <translation>%1, el idioma preferido del paciente</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
</context>
<context>
    <name>gradus::FhirExportDialog</name>
    <message>
        <source>Export Patient Record (FHIR)</source>
        <translation>Exportar historia clínica del paciente (FHIR)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>A FHIR R4 file (JSON) that GP and hospital systems can read: the patient&apos;s details, conditions, pain and activity at each visit, questionnaire scores with answers by item number, and the active exercise programme.</source>
        <translation>Un archivo FHIR R4 (JSON) que pueden leer los sistemas de atención primaria y hospitalarios: los datos del paciente, sus afecciones, el dolor y la actividad en cada visita, las puntuaciones de los cuestionarios con las respuestas por número de ítem y el programa de ejercicios activo.</translation>
    </message>
    <message>
        <source>Named as the author of the record in the file</source>
        <translation>Figura como autor de la historia en el archivo</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenido:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, nacido el %2</translation>
    </message>
    <message>
        <source>%1, born %2, clinic no. %3</source>
        <translation>%1, nacido el %2, n.º de historia clínica %3</translation>
    </message>
    <message>
        <source>Conditions: %1   Visits: %2   Questionnaires: %3   Active programmes: %4</source>
        <translation>Afecciones: %1   Visitas: %2   Cuestionarios: %3   Programas activos: %4</translation>
    </message>
    <message>
        <source>Texts in:</source>
        <translation>Textos en:</translation>
    </message>
</context>
<context>
    <name>gradus::HandoutDialog</name>
    <message>
        <source>Handout for %1</source>
        <translation>Hoja de ejercicios de %1</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <source>Exercises:</source>
        <translation>Ejercicios:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>The handout cannot be checked for safety.</source>
        <translation>No se puede comprobar la seguridad de la hoja de ejercicios.</translation>
    </message>
    <message>
        <source>This handout cannot be printed: %1</source>
        <translation>Esta hoja de ejercicios no se puede imprimir: %1</translation>
    </message>
    <message>
        <source>Handout %1</source>
        <translation>Hoja de ejercicios %1</translation>
    </message>
    <message>
        <source>Handout %1 %2.pdf</source>
        <translation>Hoja de ejercicios %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Guardar la hoja de ejercicios como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>The language the patient reads: the patient&apos;s preferred language unless you choose another. Exercises your clinic wrote or edited are printed as written.</source>
        <translation>El idioma que lee el paciente: su idioma preferido, salvo que elija otro. Los ejercicios que su centro ha escrito o modificado se imprimen tal como están escritos.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Saving the handout…</source>
        <translation>Guardando la hoja de ejercicios…</translation>
    </message>
</context>
<context>
    <name>gradus::ImportProgrammeDialog</name>
    <message>
        <source>Import Programme</source>
        <translation>Importar programa</translation>
    </message>
    <message>
        <source>A programme file from another clinic or desk (exported with Gradus). The whole file is checked before anything is saved.</source>
        <translation>Un archivo de programa de otra clínica u otro puesto (exportado con Gradus). Se comprueba todo el archivo antes de guardar nada.</translation>
    </message>
    <message>
        <source>Choose a programme file</source>
        <translation>Elija un archivo de programa</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>A draft programme for a patient (open a patient first)</source>
        <translation>Un programa en borrador para un paciente (abra primero un paciente)</translation>
    </message>
    <message>
        <source>A draft programme for %1</source>
        <translation>Un programa en borrador para %1</translation>
    </message>
    <message>
        <source>A clinic template</source>
        <translation>Una plantilla de la clínica</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Gradus programme (*.json);;All files (*)</source>
        <translation>Programa de Gradus (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Plantilla: %1</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Programa: %1</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>Written by %1 on %2</source>
        <translation>Escrito por %1 el %2</translation>
    </message>
    <message>
        <source>The clinic&apos;s own exercises in the file (added if this clinic does not have them): %1</source>
        <translation>Ejercicios propios de la clínica incluidos en el archivo (se añaden si esta clínica no los tiene): %1</translation>
    </message>
    <message>
        <source>Imported as a draft programme with one exercise.</source>
        <translation>Importado como programa en borrador con un ejercicio.</translation>
    </message>
    <message>
        <source>Imported as a draft programme with %1 exercises.</source>
        <translation>Importado como programa en borrador con %1 ejercicios.</translation>
    </message>
    <message>
        <source>Check it in the Programme tab, then activate it to give it to the patient.</source>
        <translation>Revíselo en la pestaña Programa y después actívelo para entregárselo al paciente.</translation>
    </message>
    <message>
        <source>Imported as the clinic template &quot;%1&quot;.</source>
        <translation>Importado como la plantilla de la clínica &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Added to your exercise library: %1</source>
        <translation>Añadidos a su biblioteca de ejercicios: %1</translation>
    </message>
    <message>
        <source>Already in your library (yours is kept): %1</source>
        <translation>Ya están en su biblioteca (se conserva su versión): %1</translation>
    </message>
    <message>
        <source>Safety check for this patient: nothing to avoid or to use with caution.</source>
        <translation>Comprobación de seguridad para este paciente: nada que evitar ni que usar con precaución.</translation>
    </message>
    <message>
        <source>Safety check for this patient: one exercise to avoid or use with caution (below).</source>
        <translation>Comprobación de seguridad para este paciente: un ejercicio que evitar o usar con precaución (abajo).</translation>
    </message>
    <message>
        <source>Safety check for this patient: %1 exercises to avoid or use with caution (below).</source>
        <translation>Comprobación de seguridad para este paciente: %1 ejercicios que evitar o usar con precaución (abajo).</translation>
    </message>
    <message>
        <source>Programme file</source>
        <translation>Archivo de programa</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
</context>
<context>
    <name>gradus::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
</context>
<context>
    <name>gradus::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>Start an empty database in a new file</source>
        <translation>Crear una base de datos vacía en un archivo nuevo</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open another database file or the clinic&apos;s server</source>
        <translation>Abrir otro archivo de base de datos o el servidor de la clínica</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>Hacer &amp;copia de seguridad de la base de datos…</translation>
    </message>
    <message>
        <source>Save a complete copy of the database to a file</source>
        <translation>Guardar una copia completa de la base de datos en un archivo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Print Handout…</source>
        <translation>Im&amp;primir hoja de ejercicios…</translation>
    </message>
    <message>
        <source>Print the handout of the programme shown on the Programme tab</source>
        <translation>Imprimir la hoja de ejercicios del programa que se muestra en la pestaña Programa</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>See the handout&apos;s pages before printing</source>
        <translation>Ver las páginas de la hoja de ejercicios antes de imprimirla</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close Gradus</source>
        <translation>Cerrar Gradus</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No Recent Databases</source>
        <translation>No hay bases de datos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar menú</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>The clinic&apos;s details, handout and pacing defaults, and this desk&apos;s clinician</source>
        <translation>Los datos de la clínica, los valores predeterminados de las hojas de ejercicios y del ritmo de actividad, y el profesional de este puesto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>&amp;Barra de estado</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>How to use Gradus, step by step</source>
        <translation>Cómo usar Gradus, paso a paso</translation>
    </message>
    <message>
        <source>&amp;About Gradus</source>
        <translation>&amp;Acerca de Gradus</translation>
    </message>
    <message>
        <source>Version, licence and database</source>
        <translation>Versión, licencia y base de datos</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt toolkit Gradus is built with</source>
        <translation>El kit de herramientas Qt con el que está hecho Gradus</translation>
    </message>
</context>
<context>
    <name>gradus::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>&amp;Visits &amp;&amp; outcomes</source>
        <translation>&amp;Visitas &amp;&amp; resultados</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;Red flags</source>
        <translation>&amp;Banderas rojas</translation>
    </message>
    <message>
        <source>P&amp;acing</source>
        <translation>R&amp;itmo de actividad</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>Versión del esquema %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Navigation Bar</source>
        <translation>Barra de &amp;navegación</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>Pa&amp;cientes</translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation>&amp;Ejercicios</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>Bien&amp;venida</translation>
    </message>
    <message>
        <source>%1 – Gradus</source>
        <translation>%1 – Gradus</translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation>Imprimir hoja de ejercicios</translation>
    </message>
    <message>
        <source>Open a patient and the programme on the Programme tab; its handout is what is printed.</source>
        <translation>Abra un paciente y el programa en la pestaña Programa; lo que se imprime es su hoja de ejercicios.</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Open a patient and the programme on the Programme tab; its handout is what is shown.</source>
        <translation>Abra un paciente y el programa en la pestaña Programa; lo que se muestra es su hoja de ejercicios.</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Preferencias guardadas</translation>
    </message>
    <message>
        <source>Cannot Undo or Redo</source>
        <translation>No se puede deshacer ni rehacer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be undone or redone: %2

It has been taken out of the undo history.</source>
        <translation>«%1» no se ha podido deshacer ni rehacer: %2

El paso se ha quitado del historial de deshacer.</translation>
    </message>
</context>
<context>
    <name>gradus::MainWindowHost</name>
    <message>
        <source>Change Language</source>
        <translation>Cambiar de idioma</translation>
    </message>
    <message>
        <source>Gradus reopens its window in %1. Everything is saved, but the undo history is cleared. Change the language now?</source>
        <translation>Gradus vuelve a abrir su ventana en %1. Todo está guardado, pero se borra el historial de deshacer. ¿Cambiar de idioma ahora?</translation>
    </message>
</context>
<context>
    <name>gradus::MeasureDialog</name>
    <message>
        <source>Record Outcome Measure</source>
        <translation>Registrar medida de resultado</translation>
    </message>
    <message>
        <source>Amend Outcome Measure</source>
        <translation>Corregir medida de resultado</translation>
    </message>
    <message>
        <source>Not at a visit</source>
        <translation>Sin visita asociada</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Medida:</translation>
    </message>
    <message>
        <source>At &amp;visit:</source>
        <translation>En la &amp;visita:</translation>
    </message>
    <message>
        <source>&amp;Date taken:</source>
        <translation>&amp;Fecha de la toma:</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation>Registrada &amp;por:</translation>
    </message>
    <message>
        <source>Amended &amp;by:</source>
        <translation>Corregida &amp;por:</translation>
    </message>
    <message>
        <source>Why the measure is corrected</source>
        <translation>Por qué se corrige la medida</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tivo:</translation>
    </message>
    <message>
        <source>Save Measure</source>
        <translation>Guardar medida</translation>
    </message>
    <message>
        <source>Save Amendment</source>
        <translation>Guardar corrección</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name activity %1 in the patient&apos;s words.</source>
        <translation>Nombre la actividad %1 con las palabras del paciente.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>La fecha %1 es futura.</translation>
    </message>
    <message>
        <source>Say who is recording the measure.</source>
        <translation>Indique quién registra la medida.</translation>
    </message>
    <message>
        <source>Say why the measure is amended.</source>
        <translation>Indique por qué se corrige la medida.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Aún no ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>gradus::MeasureForm</name>
    <message>
        <source>Enter the score of the statement ticked in each section: the first statement scores 0, the last 5. If two are ticked, enter the higher. Leave a section unanswered if the patient skipped it. The ODI wording is licensed and not shipped with Gradus; use the clinic&apos;s form.</source>
        <translation>Anote la puntuación de la afirmación marcada en cada sección: la primera afirmación puntúa 0 y la última, 5. Si hay dos marcadas, anote la más alta. Deje sin respuesta la sección que el paciente no haya contestado. El texto del ODI tiene licencia y no se incluye en Gradus; use el formulario de la clínica.</translation>
    </message>
    <message>
        <source>Tick each statement the patient ticked today.</source>
        <translation>Marque cada afirmación que el paciente ha marcado hoy.</translation>
    </message>
    <message>
        <source>Record the patient&apos;s answer to each item of the clinic&apos;s STarT Back form (© Keele University; the wording is not shipped). Items 1-8: agree or disagree. Item 9: how bothersome, 1-5.</source>
        <translation>Registre la respuesta del paciente a cada ítem del formulario STarT Back de la clínica (© Keele University; el texto no se incluye). Ítems 1-8: de acuerdo o en desacuerdo. Ítem 9: cuánto le molesta, 1-5.</translation>
    </message>
    <message>
        <source>Re-rate the activities named at the start of this episode: 0 = unable to do, 10 = able to do as before the problem.</source>
        <translation>Vuelva a puntuar las actividades nombradas al comienzo de este episodio: 0 = incapaz de hacerla, 10 = capaz de hacerla como antes del problema.</translation>
    </message>
    <message>
        <source>Ask the patient for 3 to 5 activities they find hard because of the problem, in their words, and to rate each: 0 = unable to do, 10 = able to do as before. Later visits re-rate the same activities.</source>
        <translation>Pida al paciente de 3 a 5 actividades que le cuestan por el problema, con sus propias palabras, y que puntúe cada una: 0 = incapaz de hacerla, 10 = capaz de hacerla como antes. En las visitas siguientes se vuelven a puntuar las mismas actividades.</translation>
    </message>
    <message>
        <source>Record the answer to each item of the clinic&apos;s TSK-17 form (1 strongly disagree – 4 strongly agree). Items 4, 8, 12 and 16 are reversed in the score automatically.</source>
        <translation>Registre la respuesta a cada ítem del formulario TSK-17 de la clínica (1 totalmente en desacuerdo – 4 totalmente de acuerdo). Los ítems 4, 8, 12 y 16 se invierten automáticamente en la puntuación.</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>strongly disagree</source>
        <translation>totalmente en desacuerdo</translation>
    </message>
    <message>
        <source>disagree</source>
        <translation>en desacuerdo</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>de acuerdo</translation>
    </message>
    <message>
        <source>strongly agree</source>
        <translation>totalmente de acuerdo</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Sección %1</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Ítem %1</translation>
    </message>
    <message>
        <source> (reversed)</source>
        <translation> (invertido)</translation>
    </message>
    <message>
        <source>Item %1: agree</source>
        <translation>Ítem %1: de acuerdo</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>slightly</source>
        <translation>un poco</translation>
    </message>
    <message>
        <source>moderately</source>
        <translation>moderadamente</translation>
    </message>
    <message>
        <source>very much</source>
        <translation>mucho</translation>
    </message>
    <message>
        <source>extremely</source>
        <translation>muchísimo</translation>
    </message>
    <message>
        <source>Item 9 (bothersomeness)</source>
        <translation>Ítem 9 (grado de molestia)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Rating (0-10)</source>
        <translation>Puntuación (0-10)</translation>
    </message>
    <message>
        <source>Add Activity</source>
        <translation>Añadir actividad</translation>
    </message>
    <message>
        <source>Activity %1, in the patient&apos;s words</source>
        <translation>Actividad %1, con las palabras del paciente</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Actividad %1</translation>
    </message>
    <message>
        <source>Rating of activity %1 (0 = unable, 10 = as before)</source>
        <translation>Puntuación de la actividad %1 (0 = incapaz, 10 = como antes)</translation>
    </message>
</context>
<context>
    <name>gradus::MeasureTableModel</name>
    <message>
        <source>Answers by item: %1</source>
        <translation>Respuestas por ítem: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Band or group</source>
        <translation>Rango o grupo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>gradus::OpenDatabaseDialog</name>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>A database &amp;file on this computer</source>
        <translation>Un &amp;archivo de base de datos en este equipo</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>/home/…/clinic.sqlite</source>
        <translation>/home/…/clinic.sqlite</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>The clinic&apos;s &amp;server</source>
        <translation>El &amp;servidor de la clínica</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>A password can be part of the address or in ~/.pgpass; recent databases are remembered without it.</source>
        <translation>La contraseña puede formar parte de la dirección o estar en ~/.pgpass; las bases de datos recientes se recuerdan sin ella.</translation>
    </message>
    <message>
        <source>Gradus database (*.sqlite *.db);;All files (*)</source>
        <translation>Base de datos de Gradus (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Give the database file.</source>
        <translation>Indique el archivo de base de datos.</translation>
    </message>
    <message>
        <source>Give the server&apos;s address.</source>
        <translation>Indique la dirección del servidor.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
    <message>
        <source>A server address starts with postgresql://, for example postgresql://gradus@clinic-server:5432/gradus.</source>
        <translation>Una dirección de servidor empieza por postgresql://, por ejemplo postgresql://gradus@clinic-server:5432/gradus.</translation>
    </message>
</context>
<context>
    <name>gradus::OutcomesExportDialog</name>
    <message>
        <source>Export Outcomes</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>A table (CSV, for a spreadsheet or statistics program) of every patient&apos;s pain, activity and questionnaire scores, one row per value. It has record numbers but no names, notes or birth dates.</source>
        <translation>Una tabla (CSV, para una hoja de cálculo o un programa de estadística) con las puntuaciones de dolor, actividad y cuestionarios de todos los pacientes, una fila por valor. Incluye números de registro, pero no nombres, notas ni fechas de nacimiento.</translation>
    </message>
    <message>
        <source>&amp;De-identify for research</source>
        <translation>&amp;Desidentificar para investigación</translation>
    </message>
    <message>
        <source>Each patient becomes a study number with an age band; every date moves by a secret number of days per patient (intervals stay true); record numbers and the activity names patients gave are left out.</source>
        <translation>Cada paciente pasa a ser un número de estudio con un rango de edad; cada fecha se desplaza un número secreto de días por paciente (los intervalos se mantienen exactos); se omiten los números de registro y los nombres de actividades que dieron los pacientes.</translation>
    </message>
</context>
<context>
    <name>gradus::PacingPlanDialog</name>
    <message>
        <source>New Graded Activity Plan</source>
        <translation>Nuevo plan de actividad graduada</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: measure how much the patient can do before pain rises, about three times, then set the goal. The plan starts below the measured tolerance and adds the same amount every week, whether or not there is pain (time-contingent).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: mida cuánto puede hacer el paciente antes de que aumente el dolor, unas tres veces, y después fije el objetivo. El plan empieza por debajo de la tolerancia medida y añade la misma cantidad cada semana, haya dolor o no (por tiempo, no según el dolor).</translation>
    </message>
    <message>
        <source>e.g. 10, 12, 11</source>
        <translation>p. ej., 10, 12, 11</translation>
    </message>
    <message>
        <source>Tolerance attempts (%1):</source>
        <translation>Intentos de tolerancia (%1):</translation>
    </message>
    <message>
        <source>Daily goal:</source>
        <translation>Objetivo diario:</translation>
    </message>
    <message>
        <source> % of mean tolerance</source>
        <translation> % de la tolerancia media</translation>
    </message>
    <message>
        <source>Start at:</source>
        <translation>Empezar en:</translation>
    </message>
    <message>
        <source> % of the start, each week</source>
        <translation> % de la línea base, cada semana</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Añadir:</translation>
    </message>
    <message>
        <source>Bouts a day:</source>
        <translation>Tandas al día:</translation>
    </message>
    <message>
        <source>Week 1 starts:</source>
        <translation>La semana 1 empieza:</translation>
    </message>
    <message>
        <source>Create Plan</source>
        <translation>Crear plan</translation>
    </message>
    <message>
        <source>The plan reaches the goal in its first week.</source>
        <translation>El plan alcanza el objetivo en su primera semana.</translation>
    </message>
    <message>
        <source>The plan reaches the goal in week %1.</source>
        <translation>El plan alcanza el objetivo en la semana %1.</translation>
    </message>
    <message>
        <source>The programme&apos;s dose of %1 already matches week 1: %2.</source>
        <translation>La dosis de %1 en el programa ya coincide con la semana 1: %2.</translation>
    </message>
    <message>
        <source>Saving also changes the programme&apos;s dose of %1 from %2 to %3 (week 1).</source>
        <translation>Al guardar también cambia la dosis de %1 en el programa de %2 a %3 (semana 1).</translation>
    </message>
</context>
<context>
    <name>gradus::PacingPrescriptionModel</name>
    <message>
        <source>No plan</source>
        <translation>Sin plan</translation>
    </message>
    <message>
        <source>Week %1 of %2: %3 a day</source>
        <translation>Semana %1 de %2: %3 al día</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Dose in the programme</source>
        <translation>Dosis en el programa</translation>
    </message>
    <message>
        <source>Graded activity plan</source>
        <translation>Plan de actividad graduada</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>No se pudo leer</translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation>No se pudo leer el plan: %1</translation>
    </message>
</context>
<context>
    <name>gradus::PacingReviewDialog</name>
    <message>
        <source>Pacing Review</source>
        <translation>Revisión del ritmo de actividad</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the visit is saved. For each graded activity plan, this is what the visits recorded since its last review suggest. You decide: accept the proposal, or override it with a reason. A change of dose becomes a new version of the programme.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: la visita está guardada. Para cada plan de actividad graduada, esto es lo que sugieren las visitas registradas desde su última revisión. Usted decide: acepte la propuesta o anúlela con un motivo. Un cambio de dosis se convierte en una versión nueva del programa.</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Ejercicio %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: week %2 of the plan, %3 a day</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: semana %2 del plan, %3 al día</translation>
    </message>
    <message>
        <source>No visit has been recorded since the last decision on this plan.</source>
        <translation>No se ha registrado ninguna visita desde la última decisión sobre este plan.</translation>
    </message>
    <message>
        <source>Based on the visit of %1, the first since the last decision.</source>
        <translation>Basado en la visita del %1, la primera desde la última decisión.</translation>
    </message>
    <message numerus="yes">
        <source>Based on the %1 visits since the last decision: %2.</source>
        <translation>
            <numerusform>Basado en la %1 visita desde la última decisión: %2.</numerusform>
            <numerusform>Basado en las %1 visitas desde la última decisión: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation>Guardado. %1</translation>
    </message>
</context>
<context>
    <name>gradus::PacingScheduleChart</name>
    <message>
        <source>Planned daily quota</source>
        <translation>Cuota diaria prevista</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Daily quota (%1)</source>
        <translation>Cuota diaria (%1)</translation>
    </message>
    <message>
        <source>Daily quota</source>
        <translation>Cuota diaria</translation>
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
        <translation>Semana %1: %2 al día</translation>
    </message>
    <message>
        <source> (+%1)</source>
        <translation> (+%1)</translation>
    </message>
    <message>
        <source>; the goal</source>
        <translation>; el objetivo</translation>
    </message>
    <message>
        <source>; done: %1</source>
        <translation>; hecho: %1</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Daily quota</source>
        <translation>Cuota diaria</translation>
    </message>
    <message>
        <source>Bouts</source>
        <translation>Tandas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>gradus::PacingScheduleView</name>
    <message>
        <source>No graded activity plan yet: measure tolerance over a few attempts and set a goal to see the weeks here.</source>
        <translation>Aún no hay plan de actividad graduada: mida la tolerancia en unos cuantos intentos y fije un objetivo para ver aquí las semanas.</translation>
    </message>
    <message>
        <source>Graded activity plan: %1 a day, the goal, from week 1</source>
        <translation>Plan de actividad graduada: %1 al día, el objetivo, desde la semana 1</translation>
    </message>
    <message>
        <source>Graded activity plan: %1 to %2 a day in %3 weeks</source>
        <translation>Plan de actividad graduada: de %1 a %2 al día en %3 semanas</translation>
    </message>
</context>
<context>
    <name>gradus::PacingTab</name>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
        <source>Make a graded activity plan for the selected exercise from the patient&apos;s measured tolerance</source>
        <translation>Crear un plan de actividad graduada para el ejercicio seleccionado a partir de la tolerancia medida del paciente</translation>
    </message>
    <message>
        <source>No programme yet. Build one on the Programme tab; then its exercises can be given a graded activity plan here.</source>
        <translation>Aún no hay programa. Cree uno en la pestaña Programa; después podrá dar aquí un plan de actividad graduada a sus ejercicios.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, version %2 (%3). Select an exercise to see its plan, or give a walking, timed or counted exercise a plan with &lt;i&gt;New Plan…&lt;/i&gt;. Reviews are proposed when a visit is recorded.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, versión %2 (%3). Seleccione un ejercicio para ver su plan, o dé un plan a un ejercicio de marcha, cronometrado o contado con &lt;i&gt;Nuevo plan…&lt;/i&gt;. Las revisiones se proponen al registrar una visita.</translation>
    </message>
    <message>
        <source>given to the patient</source>
        <translation>entregado al paciente</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Ejercicio %1</translation>
    </message>
    <message>
        <source>%1 has no graded activity plan.</source>
        <translation>%1 no tiene plan de actividad graduada.</translation>
    </message>
    <message>
        <source>%1 has no plan; only doses counted in minutes, repetitions, holds or metres can be graded.</source>
        <translation>%1 no tiene plan; solo se pueden graduar dosis contadas en minutos, repeticiones, mantenimientos o metros.</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>sin cuota</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; to %3, as proposed</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;, %3, según la propuesta</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; to %3 instead of the proposed %4. Reason: %5</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;, %3, en lugar de la propuesta (%4). Motivo: %5</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>… and %1 earlier (all are kept).</source>
        <translation>… y %1 anteriores (se conservan todas).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now:&lt;/b&gt; week %1 of the plan, %2 a day.</source>
        <translation>&lt;b&gt;Ahora:&lt;/b&gt; semana %1 del plan, %2 al día.</translation>
    </message>
    <message>
        <source> By the dates in the table it would be week %1, but the plan moves on only when a review finds the step tolerated: the step counts, the dates are a guide.</source>
        <translation> Según las fechas de la tabla sería la semana %1, pero el plan solo avanza cuando una revisión confirma que el escalón se tolera: cuentan los escalones; las fechas son orientativas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review decisions&lt;/b&gt;&lt;br&gt;None yet: the first review is proposed when the next visit is recorded.</source>
        <translation>&lt;b&gt;Decisiones de revisión&lt;/b&gt;&lt;br&gt;Ninguna todavía: la primera revisión se propone al registrar la próxima visita.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review decisions&lt;/b&gt;, newest first&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Decisiones de revisión&lt;/b&gt;, de la más reciente a la más antigua&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Select an exercise first.</source>
        <translation>Seleccione primero un ejercicio.</translation>
    </message>
    <message>
        <source>Plan Not Saved</source>
        <translation>Plan no guardado</translation>
    </message>
    <message>
        <source>Graded activity plan saved. %1</source>
        <translation>Plan de actividad graduada guardado. %1</translation>
    </message>
    <message>
        <source>Graded activity plans</source>
        <translation>Planes de actividad graduada</translation>
    </message>
    <message>
        <source>&lt;b&gt;The patient&apos;s programme could not be read&lt;/b&gt;, so its exercises and plans are not shown here. Cause: %1</source>
        <translation>&lt;b&gt;No se pudo leer el programa del paciente&lt;/b&gt;, por lo que sus ejercicios y planes no se muestran aquí. Causa: %1</translation>
    </message>
    <message>
        <source>The plan could not be read, so its weeks cannot be shown.</source>
        <translation>No se pudo leer el plan, así que no se pueden mostrar sus semanas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The graded activity plan of %1 could not be read&lt;/b&gt;, so whether it has one is not known. New Plan is unavailable until it can be read. Cause: %2</source>
        <translation>&lt;b&gt;No se pudo leer el plan de actividad graduada de %1&lt;/b&gt;, así que no se sabe si tiene uno. «Nuevo plan» no está disponible hasta que se pueda leer. Causa: %2</translation>
    </message>
    <message>
        <source>The weeks of this plan cannot be worked out: %1</source>
        <translation>No se pueden calcular las semanas de este plan: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;&lt;b&gt;What was done could not be read&lt;/b&gt;, so the Done column and the chart show nothing done. Cause: %1</source>
        <translation>&lt;br&gt;&lt;br&gt;&lt;b&gt;No se pudo leer lo realizado&lt;/b&gt;, así que la columna Hecho y el gráfico no muestran nada realizado. Causa: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review decisions could not be read&lt;/b&gt;, so how the plan came to its current step is not shown. Cause: %1</source>
        <translation>&lt;b&gt;No se pudieron leer las decisiones de revisión&lt;/b&gt;, así que no se muestra cómo llegó el plan a su escalón actual. Causa: %1</translation>
    </message>
</context>
<context>
    <name>gradus::PatientDetailsTab</name>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Clinic number</source>
        <translation>N.º de historia clínica</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Derivado por</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (%2 años)</translation>
    </message>
    <message>
        <source>Created %1
Last changed %2</source>
        <translation>Creado el %1
Última modificación el %2</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Idioma de las hojas</translation>
    </message>
    <message>
        <source>Not recorded (handouts in the language of Gradus)</source>
        <translation>No registrado (hojas en el idioma de Gradus)</translation>
    </message>
</context>
<context>
    <name>gradus::PatientDialog</name>
    <message>
        <source>New Patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modificar %1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>&amp;Given name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation>&amp;Apellidos *</translation>
    </message>
    <message>
        <source>&amp;Preferred name</source>
        <translation>Nombre &amp;preferido</translation>
    </message>
    <message>
        <source>&amp;Date of birth *</source>
        <translation>&amp;Fecha de nacimiento *</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexo</translation>
    </message>
    <message>
        <source>Clinic &amp;number</source>
        <translation>N.º de &amp;historia clínica</translation>
    </message>
    <message>
        <source>Contact and referral</source>
        <translation>Contacto y derivación</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>De&amp;rivado por</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <source>%1 — age %2</source>
        <translation>%1 — %2 años</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; type it as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>&apos;%1&apos; no es una fecha; escríbala como YYYY-MM-DD o DD.MM.YYYY.</translation>
    </message>
    <message>
        <source>The clinic number %1 is already used by %2.</source>
        <translation>El número de historia clínica %1 ya lo usa %2.</translation>
    </message>
    <message>
        <source>another patient</source>
        <translation>otro paciente</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>The language of handouts for this patient. When it is not recorded, handouts are in the language of Gradus.</source>
        <translation>El idioma de las hojas de ejercicios de este paciente. Si no está registrado, las hojas salen en el idioma de Gradus.</translation>
    </message>
    <message>
        <source>Handout &amp;language</source>
        <translation>&amp;Idioma de las hojas</translation>
    </message>
</context>
<context>
    <name>gradus::PatientListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <source>Archived: hidden from the list unless &quot;Show archived&quot; is ticked.</source>
        <translation>Archivado: no aparece en la lista salvo que esté marcado &quot;Mostrar archivados&quot;.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Clinic no.</source>
        <translation>N.º historia</translation>
    </message>
</context>
<context>
    <name>gradus::PatientProgressView</name>
    <message>
        <source>Record Visit…</source>
        <translation>Registrar visita…</translation>
    </message>
    <message>
        <source>Record Measure…</source>
        <translation>Registrar medida…</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <source>Correct the selected visit or measure; the original is kept</source>
        <translation>Corregir la visita o medida seleccionada; se conserva la original</translation>
    </message>
    <message>
        <source>Save Progress Report as PDF…</source>
        <translation>Guardar informe de evolución como PDF…</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Outcome Measures</source>
        <translation>Medidas de resultado</translation>
    </message>
    <message>
        <source>Show entries marked as entered in error</source>
        <translation>Mostrar las entradas marcadas como registradas por error</translation>
    </message>
    <message>
        <source>History of the selected entry</source>
        <translation>Historial de la entrada seleccionada</translation>
    </message>
    <message>
        <source>Change since the first visit</source>
        <translation>Cambio desde la primera visita</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, nacido el %2</translation>
    </message>
    <message>
        <source>Patient %1 not found</source>
        <translation>No se encontró el paciente %1</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>Ningún paciente seleccionado</translation>
    </message>
    <message>
        <source>No visits recorded yet.</source>
        <translation>Todavía no hay visitas registradas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 visits from %2 to %3 · %4 outcome measures</source>
        <translation>
            <numerusform>%1 visita del %2 al %3 · %4 medidas de resultado</numerusform>
            <numerusform>%1 visitas del %2 al %3 · %4 medidas de resultado</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a visit to see what was recorded, and every correction with who, when and why.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione una visita para ver lo que se registró y cada corrección con quién, cuándo y por qué.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a measure to see its answers and history.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione una medida para ver sus respuestas y su historial.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No patient is selected.</source>
        <translation>No hay ningún paciente seleccionado.</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>caminar</translation>
    </message>
    <message>
        <source>Visit Not Saved</source>
        <translation>Visita no guardada</translation>
    </message>
    <message>
        <source>Measure Not Saved</source>
        <translation>Medida no guardada</translation>
    </message>
    <message>
        <source>Amendment Not Saved</source>
        <translation>Corrección no guardada</translation>
    </message>
    <message>
        <source>Progress report %1 %2.pdf</source>
        <translation>Informe de evolución %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save Progress Report as PDF</source>
        <translation>Guardar informe de evolución como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <translation>Informe no guardado</translation>
    </message>
    <message>
        <source>Saving the progress report…</source>
        <translation>Guardando el informe de evolución…</translation>
    </message>
    <message>
        <source>The visits and measures could not be read, so none are shown and there is nothing to compare. Cause: %1</source>
        <translation>No se pudieron leer las visitas ni las medidas, así que no se muestra ninguna y no hay nada que comparar. Causa: %1</translation>
    </message>
</context>
<context>
    <name>gradus::PatientView</name>
    <message>
        <source>Choose a patient from the list, or press Ctrl+N to add one.</source>
        <translation>Elija un paciente de la lista o pulse Ctrl+N para añadir uno.</translation>
    </message>
    <message>
        <source>ARCHIVED</source>
        <translation>ARCHIVADO</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <source>Change this patient&apos;s details</source>
        <translation>Modificar los datos de este paciente</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete this patient and all their records permanently</source>
        <translation>Eliminar definitivamente este paciente y todos sus registros</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>E&amp;pisodes &amp;&amp; profile</source>
        <translation>E&amp;pisodios &amp;&amp; perfil</translation>
    </message>
    <message>
        <source>%1 · onset %2 wk ago</source>
        <translation>%1 · inicio hace %2 sem.</translation>
    </message>
    <message>
        <source>No active conditions recorded.</source>
        <translation>No hay afecciones activas registradas.</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nacido el %1</translation>
    </message>
    <message>
        <source>clinic no. %1</source>
        <translation>n.º de historia %1</translation>
    </message>
    <message>
        <source>given name %1</source>
        <translation>nombre %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <source>Show this patient in the list again</source>
        <translation>Volver a mostrar este paciente en la lista</translation>
    </message>
    <message>
        <source>Hide this patient from the list; nothing is deleted</source>
        <translation>Ocultar este paciente de la lista; no se elimina nada</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Archived %1. Undo with Ctrl+Z.</source>
        <translation>%1 archivado. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 restaurado.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No eliminado</translation>
    </message>
    <message>
        <source>Deleted %1 permanently.</source>
        <translation>%1 eliminado definitivamente.</translation>
    </message>
    <message>
        <source>No open episode of care.</source>
        <translation>No hay ningún episodio asistencial abierto.</translation>
    </message>
    <message>
        <source>Your changes were not saved; the record keeps the other desk&apos;s version. Cancel to close this window.</source>
        <translation>Sus cambios no se han guardado; el registro conserva la versión del otro puesto. Pulse Cancelar para cerrar esta ventana.</translation>
    </message>
    <message>
        <source>Treat the patient&apos;s conditions as unknown. Cause: %1</source>
        <translation>Trate las afecciones del paciente como desconocidas. Causa: %1</translation>
    </message>
    <message>
        <source>The episode of care could not be read.</source>
        <translation>No se pudo leer el episodio asistencial.</translation>
    </message>
    <message>
        <source>The conditions could not be read.</source>
        <translation>No se pudieron leer las afecciones.</translation>
    </message>
</context>
<context>
    <name>gradus::PatientsPage</name>
    <message>
        <source>Find Patient</source>
        <translation>Buscar paciente</translation>
    </message>
    <message>
        <source>New Patient…</source>
        <translation>Nuevo paciente…</translation>
    </message>
    <message>
        <source>Search name, clinic no. or date of birth (Ctrl+F)</source>
        <translation>Buscar por nombre, n.º de historia o fecha de nacimiento (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 listed</source>
        <translation>
            <numerusform>%1 en la lista</numerusform>
            <numerusform>%1 en la lista</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No patients yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add your first patient, or create fictional demo patients to try Gradus.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aún no hay pacientes&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Añada su primer paciente o cree pacientes de demostración ficticios para probar Gradus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add a Patient…</source>
        <translation>Añadir un paciente…</translation>
    </message>
    <message>
        <source>Create Demo Patients…</source>
        <translation>Crear pacientes de demostración…</translation>
    </message>
    <message>
        <source>&amp;New Patient…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <source>Add a patient (Ctrl+N)</source>
        <translation>Añadir un paciente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 añadido.</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 demo patients.</source>
        <translation>
            <numerusform>%1 paciente de demostración creado.</numerusform>
            <numerusform>%1 pacientes de demostración creados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>gradus::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Clínica</translation>
    </message>
    <message>
        <source>&amp;Handouts</source>
        <translation>&amp;Hojas de ejercicios</translation>
    </message>
    <message>
        <source>&amp;Pacing &amp;&amp; Red Flags</source>
        <translation>&amp;Ritmo de actividad &amp;&amp; banderas rojas</translation>
    </message>
    <message>
        <source>This &amp;Desk</source>
        <translation>Este p&amp;uesto</translation>
    </message>
    <message>
        <source>Printed at the top of every handout. These settings are kept in the database, so every desk that uses it prints the same.</source>
        <translation>Se imprime en la parte superior de cada hoja de ejercicios. Esta configuración se guarda en la base de datos, así que todos los puestos que la usan imprimen lo mismo.</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nombre de la clínica:</translation>
    </message>
    <message>
        <source>Riverside Physiotherapy</source>
        <translation>Fisioterapia Ribera</translation>
    </message>
    <message>
        <source>12 Mill Lane
Exampleton EX1 2AB</source>
        <translation>Calle del Molino, 12
28001 Villaejemplo</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>01234 567890</source>
        <translation>912 345 678</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>desk@clinic.example</source>
        <translation>recepcion@clinica.example</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>www.clinic.example</source>
        <translation>www.clinica.example</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Eleg&amp;ir…</translation>
    </message>
    <message>
        <source>A PNG or SVG image of at most 1 MB; SVG prints sharpest</source>
        <translation>Una imagen PNG o SVG de 1 MB como máximo; SVG es la que se imprime más nítida</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Tamaño del &amp;papel:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Handout &amp;language:</source>
        <translation>&amp;Idioma de las hojas:</translation>
    </message>
    <message>
        <source>The language is used when a handout is made without choosing one. Where a translation is not available yet, the handout is printed in English and Gradus says so.</source>
        <translation>Este idioma se usa cuando se crea una hoja de ejercicios sin elegir ninguno. Si todavía no hay traducción, la hoja se imprime en inglés y Gradus lo indica.</translation>
    </message>
    <message>
        <source>Conventions, not trial results: sources differ, and a clinic may choose its own. They apply to new plans and reviews at every desk; plans already made keep their numbers.</source>
        <translation>Convenciones, no resultados de ensayos: las fuentes difieren y cada clínica puede elegir las suyas. Se aplican a los planes y revisiones nuevos en todos los puestos; los planes ya creados conservan sus valores.</translation>
    </message>
    <message>
        <source>%1 to %2; Gradus suggests %3</source>
        <translation>De %1 a %2; Gradus sugiere %3</translation>
    </message>
    <message>
        <source>Graded activity (pacing)</source>
        <translation>Actividad graduada (ritmo de actividad)</translation>
    </message>
    <message>
        <source>Red-flag screen</source>
        <translation>Cribado de banderas rojas</translation>
    </message>
    <message>
        <source>Restore &amp;Suggested Values</source>
        <translation>Restablecer valores &amp;sugeridos</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Recorded as who made an entry (visits, decisions, kept exercises) and printed on handouts as the patient&apos;s physiotherapist. It is kept on this computer for your account only; left empty, your account&apos;s name is used.</source>
        <translation>Se registra como autor de cada entrada (visitas, decisiones, ejercicios mantenidos) y se imprime en las hojas de ejercicios como fisioterapeuta del paciente. Se guarda en este equipo solo para su cuenta; si se deja vacío, se usa el nombre de su cuenta.</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Archivo de configuración: %1</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Handouts are printed without a logo.</source>
        <translation>Las hojas de ejercicios se imprimen sin logotipo.</translation>
    </message>
    <message>
        <source>%1 image, %2 × %3, %4 KB</source>
        <translation>Imagen %1, %2 × %3, %4 KB</translation>
    </message>
    <message>
        <source>Choose the Clinic&apos;s Logo</source>
        <translation>Elegir el logotipo de la clínica</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Imágenes (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>gradus::PrescriptionDelegate</name>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Note for the patient</source>
        <translation>Nota para el paciente</translation>
    </message>
    <message>
        <source>Printed on the handout under the exercise</source>
        <translation>Se imprime en la hoja de ejercicios, debajo del ejercicio</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeActionsBar</name>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Give this version to the patient; the previous active version is kept as superseded</source>
        <translation>Entregar esta versión al paciente; la versión activa anterior se conserva como sustituida</translation>
    </message>
    <message>
        <source>&amp;Handout…</source>
        <translation>&amp;Hoja de ejercicios…</translation>
    </message>
    <message>
        <source>Preview, print or save the patient&apos;s handout for this version</source>
        <translation>Ver, imprimir o guardar la hoja de ejercicios del paciente para esta versión</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Version %1 — %2 — %3</source>
        <translation>Versión %1 — %2 — %3</translation>
    </message>
    <message>
        <source>Exercise programme</source>
        <translation>Programa de ejercicios</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nuevo programa</translation>
    </message>
    <message>
        <source>New draft programme started.</source>
        <translation>Nuevo programa en borrador iniciado.</translation>
    </message>
    <message>
        <source>New programme from a template</source>
        <translation>Nuevo programa a partir de una plantilla</translation>
    </message>
    <message>
        <source>New draft programme from the template.</source>
        <translation>Nuevo programa en borrador a partir de la plantilla.</translation>
    </message>
    <message>
        <source>There are no templates yet.</source>
        <translation>Todavía no hay plantillas.</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>Nuevo a partir de plantilla</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nombre de la plantilla:</translation>
    </message>
    <message>
        <source>Saved as the template &quot;%1&quot;.</source>
        <translation>Guardado como la plantilla &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Version %1 is now the patient&apos;s active programme.</source>
        <translation>La versión %1 es ahora el programa activo del paciente.</translation>
    </message>
    <message>
        <source>&amp;New Programme</source>
        <translation>&amp;Nuevo programa</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Nuevo a partir de &amp;plantilla…</translation>
    </message>
    <message>
        <source>Save as Te&amp;mplate…</source>
        <translation>Guardar como plan&amp;tilla…</translation>
    </message>
    <message>
        <source>Ca&amp;lendar Reminders…</source>
        <translation>Recordatorios de ca&amp;lendario…</translation>
    </message>
    <message>
        <source>Save this version&apos;s exercise times as a calendar file for the patient&apos;s phone</source>
        <translation>Guardar los horarios de ejercicio de esta versión como archivo de calendario para el teléfono del paciente</translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation>%1 (regla %2)</translation>
    </message>
    <message numerus="yes">
        <source>Not given to the patient: %1 to be avoided for this patient, and no reason to keep it is recorded. Swap in a safer exercise, or select the finding below and choose Keep with a Reason….</source>
        <translation>
            <numerusform>No entregado al paciente: %1 debe evitarse en este paciente y no hay ningún motivo registrado para mantenerlo. Sustitúyalo por un ejercicio más seguro, o seleccione el aviso de abajo y elija Mantener con un motivo….</numerusform>
            <numerusform>No entregado al paciente: %1 deben evitarse en este paciente y no hay ningún motivo registrado para mantenerlos. Sustitúyalos por un ejercicio más seguro, o seleccione el aviso de abajo y elija Mantener con un motivo….</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme version</source>
        <translation>Versión del programa</translation>
    </message>
    <message>
        <source>Version %1 (the other versions could not be read)</source>
        <translation>Versión %1 (no se pudieron leer las demás versiones)</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeActivateCommand</name>
    <message>
        <source>Activate version %1</source>
        <translation>Activar la versión %1</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeBuilderView</name>
    <message>
        <source>An earlier version: read-only.</source>
        <translation>Una versión anterior: solo lectura.</translation>
    </message>
    <message>
        <source>This is an earlier version and cannot be changed.</source>
        <translation>Es una versión anterior y no se puede modificar.</translation>
    </message>
    <message>
        <source>Version %1 is being prepared and is shown now; make the change there.</source>
        <translation>La versión %1 está en preparación y es la que se muestra ahora; haga el cambio en ella.</translation>
    </message>
    <message>
        <source>Version %1 is active and stays as the patient has it; your changes are in the new draft, version %2.</source>
        <translation>La versión %1 está activa y se queda tal como la tiene el paciente; sus cambios están en el nuevo borrador, versión %2.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n exercises</source>
        <translation>
            <numerusform>Añadir %n ejercicio</numerusform>
            <numerusform>Añadir %n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n exercises</source>
        <translation>
            <numerusform>Mover %n ejercicio</numerusform>
            <numerusform>Mover %n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <source>Change dose of %1</source>
        <translation>Cambiar la dosis de %1</translation>
    </message>
    <message>
        <source>Replace %1 with %2</source>
        <translation>Sustituir %1 por %2</translation>
    </message>
    <message>
        <source>Change programme details</source>
        <translation>Cambiar los datos del programa</translation>
    </message>
    <message>
        <source>exercise %1</source>
        <translation>ejercicio %1</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeDetailsForm</name>
    <message>
        <source>What the patient wants to be able to do</source>
        <translation>Lo que el paciente quiere poder hacer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeExercisePicker</name>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Buscar ejercicios</translation>
    </message>
    <message>
        <source>Double-click, press Enter or drag onto the programme to add</source>
        <translation>Doble clic, Intro o arrastrar al programa para añadir</translation>
    </message>
    <message>
        <source>Exercises to add</source>
        <translation>Ejercicios que añadir</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeExportDialog</name>
    <message>
        <source>Export Programme</source>
        <translation>Exportar programa</translation>
    </message>
    <message>
        <source>Gradus programme (*.json)</source>
        <translation>Programa de Gradus (*.json)</translation>
    </message>
    <message>
        <source>A programme file another clinic (or another desk) can import with Gradus: the sections, exercises, doses and notes, and your clinic&apos;s own exercises with their pictures. It holds no patient details.</source>
        <translation>Un archivo de programa que otra clínica (u otro puesto) puede importar con Gradus: las secciones, los ejercicios, las dosis y las notas, y los ejercicios propios de su clínica con sus imágenes. No contiene datos del paciente.</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>%1 — version %2 (%3)</source>
        <translation>%1 — versión %2 (%3)</translation>
    </message>
    <message>
        <source>Template: %1 (built in)</source>
        <translation>Plantilla: %1 (predefinida)</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Plantilla: %1</translation>
    </message>
    <message>
        <source>There is no programme or template to export.</source>
        <translation>No hay ningún programa ni plantilla que exportar.</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>%1 (with its picture)</source>
        <translation>%1 (con su imagen)</translation>
    </message>
    <message>
        <source>Your clinic&apos;s own exercises, included: %1</source>
        <translation>Ejercicios propios de su clínica incluidos: %1</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeRowsPanel</name>
    <message>
        <source>The whole dose in a dialog, with rest, load and tempo (also a double-click). F2, typing a number or a click on the selected row&apos;s dose edits it in the table.</source>
        <translation>La dosis completa en un cuadro de diálogo, con descanso, carga y cadencia (también con doble clic). F2, escribir un número o hacer clic en la dosis de la fila seleccionada la modifica en la tabla.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Edit &amp;Dose…</source>
        <translation>Modificar &amp;dosis…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Exercises of the programme</source>
        <translation>Ejercicios del programa</translation>
    </message>
</context>
<context>
    <name>gradus::ProgrammeTableModel</name>
    <message>
        <source>Exercise %1</source>
        <translation>Ejercicio %1</translation>
    </message>
    <message>
        <source>Note for the patient, printed on the handout</source>
        <translation>Nota para el paciente, se imprime en la hoja de ejercicios</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>gradus::ProgressChartsWidget</name>
    <message>
        <source>No visits or outcome measures yet. Record the first visit to start the charts.</source>
        <translation>Todavía no hay visitas ni medidas de resultado. Registre la primera visita para empezar los gráficos.</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>menor es mejor</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>mayor es mejor</translation>
    </message>
    <message>
        <source>The visits and measures could not be read, so there is nothing to chart.</source>
        <translation>No se pudieron leer las visitas ni las medidas, así que no hay nada que representar.</translation>
    </message>
</context>
<context>
    <name>gradus::RecordHistoryModel</name>
    <message>
        <source>Patient details</source>
        <translation>Datos del paciente</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episodio</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Visit entry</source>
        <translation>Dato de la visita</translation>
    </message>
    <message>
        <source>Outcome measure</source>
        <translation>Medida de resultado</translation>
    </message>
    <message>
        <source>Outcome measure entry</source>
        <translation>Dato de la medida de resultado</translation>
    </message>
    <message>
        <source>PSFS activity</source>
        <translation>Actividad de la PSFS</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Programme section</source>
        <translation>Sección del programa</translation>
    </message>
    <message>
        <source>Prescribed exercise</source>
        <translation>Ejercicio prescrito</translation>
    </message>
    <message>
        <source>Safety override</source>
        <translation>Excepción de seguridad</translation>
    </message>
    <message>
        <source>Red-flag screen</source>
        <translation>Cribado de banderas rojas</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Bandera roja</translation>
    </message>
    <message>
        <source>Pacing plan</source>
        <translation>Plan de actividad graduada</translation>
    </message>
    <message>
        <source>Pacing decision</source>
        <translation>Decisión de revisión del plan</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Modificado: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>gradus::RecordHistoryTab</name>
    <message>
        <source>Record history</source>
        <translation>Historial de registros</translation>
    </message>
    <message>
        <source>No changes recorded for this patient.</source>
        <translation>No hay cambios registrados para este paciente.</translation>
    </message>
    <message numerus="yes">
        <source>Every change to this patient&apos;s records, newest first, as the database recorded it (%n entries shown).</source>
        <translation>
            <numerusform>Todos los cambios en los registros de este paciente, del más reciente al más antiguo, tal como los registró la base de datos (se muestra %n entrada).</numerusform>
            <numerusform>Todos los cambios en los registros de este paciente, del más reciente al más antiguo, tal como los registró la base de datos (se muestran %n entradas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::RedFlagBanner</name>
    <message>
        <source>screen of %1</source>
        <translation>cribado del %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Red flags without a decision.&lt;/b&gt; Handouts are held back until you record a decision on each; a later screen does not decide an earlier flag.&lt;ul style=&quot;margin:2px&quot;&gt;%1&lt;/ul&gt;&lt;b&gt;Suggested:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Banderas rojas sin decisión.&lt;/b&gt; Las hojas de ejercicios quedan retenidas hasta que registre una decisión sobre cada una; un cribado posterior no decide una bandera anterior.&lt;ul style=&quot;margin:2px&quot;&gt;%1&lt;/ul&gt;&lt;b&gt;Sugerido:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;The red-flag screens could not be read.&lt;/b&gt; Treat this patient as having red flags without a decision until they can: handouts are held back. Cause: %1</source>
        <translation>&lt;b&gt;No se pudieron leer los cribados de banderas rojas.&lt;/b&gt; Hasta que se puedan leer, trate a este paciente como si tuviera banderas rojas sin decisión: las hojas de ejercicios quedan retenidas. Causa: %1</translation>
    </message>
</context>
<context>
    <name>gradus::RedFlagDecisionDialog</name>
    <message>
        <source>You have sent the patient on for medical assessment (A&amp;E, GP or spinal team), as the tier suggests.</source>
        <translation>Ha enviado al paciente a una valoración médica (urgencias, médico de cabecera o equipo de columna), como sugiere la categoría.</translation>
    </message>
    <message>
        <source>You talked the flags over with a doctor, a senior colleague or the patient and agreed to carry on without referring now.</source>
        <translation>Ha comentado las banderas con un médico, un compañero con más experiencia o el paciente, y han acordado continuar sin derivar por ahora.</translation>
    </message>
    <message>
        <source>On reflection the flags do not apply to this patient, for example ticked in error or an old finding already investigated.</source>
        <translation>Tras reflexionar, las banderas no se aplican a este paciente; por ejemplo, se marcaron por error o son un hallazgo antiguo ya estudiado.</translation>
    </message>
    <message>
        <source>Choose a decision first. A note is required.</source>
        <translation>Elija primero una decisión. La nota es obligatoria.</translation>
    </message>
    <message>
        <source>Required: where to, how urgently, and who agreed it.</source>
        <translation>Obligatorio: adónde, con qué urgencia y quién lo acordó.</translation>
    </message>
    <message>
        <source>Required: with whom, and what you agreed to watch for.</source>
        <translation>Obligatorio: con quién y qué acordaron vigilar.</translation>
    </message>
    <message>
        <source>Required: why the flags do not apply.</source>
        <translation>Obligatorio: por qué no se aplican las banderas.</translation>
    </message>
    <message>
        <source>Record Decision on Red Flags</source>
        <translation>Registrar decisión sobre banderas rojas</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>What was decided and with whom, e.g. Discussed with Dr Lee (GP) by phone; GP to see her tomorrow.</source>
        <translation>Qué se decidió y con quién; p. ej., Comentado con la Dra. Lee (médica de cabecera) por teléfono; la verá mañana.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Note&lt;/b&gt; — what was decided and with whom</source>
        <translation>&lt;b&gt;&amp;Nota&lt;/b&gt; — qué se decidió y con quién</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Decidido &amp;por:</translation>
    </message>
    <message>
        <source>&amp;Record Decision</source>
        <translation>&amp;Registrar decisión</translation>
    </message>
    <message>
        <source>The decision was not recorded: %1</source>
        <translation>No se ha registrado la decisión: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;These red flags have no recorded decision.&lt;/b&gt; Tick the ones this decision is about:</source>
        <translation>&lt;b&gt;Estas banderas rojas no tienen ninguna decisión registrada.&lt;/b&gt; Marque aquellas a las que se refiere esta decisión:</translation>
    </message>
    <message>
        <source>%1 — screen of %2 (%3)</source>
        <translation>%1 — cribado del %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — suggested: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — sugerido: %2</translation>
    </message>
    <message>
        <source>Handouts for this patient are held back until every flag has a decision. A decision is kept with your name and the time and cannot be changed later.</source>
        <translation>Las hojas de ejercicios de este paciente quedan retenidas hasta que cada bandera tenga una decisión. Una decisión se guarda con su nombre y la hora, y no se puede cambiar después.</translation>
    </message>
</context>
<context>
    <name>gradus::RedFlagHistoryModel</name>
    <message>
        <source>None (screen clear)</source>
        <translation>Ninguna (cribado negativo)</translation>
    </message>
    <message>
        <source>No red flags were found at this screen.</source>
        <translation>No se encontraron banderas rojas en este cribado.</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Aún sin decisión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Banderas rojas</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: &lt;b&gt;no decision yet&lt;/b&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: &lt;b&gt;aún sin decisión&lt;/b&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: %2, recorded by %3 on %4&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: %2, registrado por %3 el %4&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A red flag has no recorded decision.&lt;/b&gt; Handouts for this patient are held back until you record one, whatever screens come later. Double-click to record it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Una bandera roja no tiene ninguna decisión registrada.&lt;/b&gt; Las hojas de ejercicios de este paciente quedan retenidas hasta que registre una, aunque haya cribados posteriores. Haga doble clic para registrarla.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gradus::RedFlagScreenDialog</name>
    <message>
        <source>Red-flag screen</source>
        <translation>Cribado de banderas rojas</translation>
    </message>
    <message>
        <source>Tick every finding present. A red flag means raised risk, not a diagnosis: record what you decided. Handouts are held back until a positive screen has a decision.</source>
        <translation>Marque cada hallazgo presente. Una bandera roja indica un riesgo aumentado, no un diagnóstico: registre lo que decidió. Las hojas de ejercicios quedan retenidas hasta que un cribado positivo tenga una decisión.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>If present: %1</source>
        <translation>Si está presente: %1</translation>
    </message>
    <message>
        <source>Suggested from the patient&apos;s age and the clinic&apos;s thresholds; untick if the pain is not new.</source>
        <translation>Sugerido por la edad del paciente y los umbrales de la clínica; desmárquelo si el dolor no es nuevo.</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisión:</translation>
    </message>
    <message>
        <source>What was decided and with whom, e.g. &quot;GP informed by phone&quot;</source>
        <translation>Qué se decidió y con quién; p. ej., &quot;Médico de cabecera informado por teléfono&quot;</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n red flag(s) ticked.&lt;/b&gt; Record your decision and a note.</source>
        <translation>
            <numerusform>&lt;b&gt;%n bandera roja marcada.&lt;/b&gt; Registre su decisión y una nota.</numerusform>
            <numerusform>&lt;b&gt;%n banderas rojas marcadas.&lt;/b&gt; Registre su decisión y una nota.</numerusform>
        </translation>
    </message>
    <message>
        <source>No red flags ticked: the screen is clear.</source>
        <translation>Ninguna bandera roja marcada: el cribado es negativo.</translation>
    </message>
    <message>
        <source>Name the clinician who did the screen.</source>
        <translation>Indique el profesional que hizo el cribado.</translation>
    </message>
    <message>
        <source>A red flag is ticked: choose referred, discussed or not applicable.</source>
        <translation>Hay una bandera roja marcada: elija derivado, comentado o no aplicable.</translation>
    </message>
    <message>
        <source>A red flag is ticked: add a note saying what was decided.</source>
        <translation>Hay una bandera roja marcada: añada una nota que diga qué se decidió.</translation>
    </message>
</context>
<context>
    <name>gradus::RedFlagTab</name>
    <message>
        <source>Red-flag screen</source>
        <translation>Cribado de banderas rojas</translation>
    </message>
    <message>
        <source>Red-flag screen recorded.</source>
        <translation>Cribado de banderas rojas registrado.</translation>
    </message>
    <message>
        <source>&amp;Record Screen…</source>
        <translation>&amp;Registrar cribado…</translation>
    </message>
    <message>
        <source>Record &amp;Decision…</source>
        <translation>Registrar &amp;decisión…</translation>
    </message>
    <message>
        <source>Undecided red flags</source>
        <translation>Banderas rojas sin decidir</translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s) have no recorded decision. Handouts are held back until each has one. Click to open the Red flags tab.</source>
        <translation>
            <numerusform>%n bandera roja no tiene ninguna decisión registrada. Las hojas de ejercicios quedan retenidas hasta que cada una tenga la suya. Haga clic para abrir la pestaña Banderas rojas.</numerusform>
            <numerusform>%n banderas rojas no tienen ninguna decisión registrada. Las hojas de ejercicios quedan retenidas hasta que cada una tenga la suya. Haga clic para abrir la pestaña Banderas rojas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decision on %n red flag(s) recorded.</source>
        <translation>
            <numerusform>Decisión registrada sobre %n bandera roja.</numerusform>
            <numerusform>Decisión registrada sobre %n banderas rojas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Red-flag screens</source>
        <translation>Cribados de banderas rojas</translation>
    </message>
    <message>
        <source>Red flags could not be read</source>
        <translation>No se pudieron leer las banderas rojas</translation>
    </message>
    <message>
        <source>The red-flag screens could not be read: %1. Handouts are held back until they can be read.</source>
        <translation>No se pudieron leer los cribados de banderas rojas: %1. Las hojas de ejercicios quedan retenidas hasta que se puedan leer.</translation>
    </message>
</context>
<context>
    <name>gradus::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>A backup is restored as a new database file and opened in a new window; the database you are using now stays as it is. The backup is checked first.</source>
        <translation>La copia de seguridad se restaura como un archivo de base de datos nuevo y se abre en una ventana nueva; la base de datos que usa ahora se queda como está. Primero se comprueba la copia.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elija una copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Copia de seguridad:</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Contiene:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Restore &amp;as:</source>
        <translation>Restaurar &amp;como:</translation>
    </message>
    <message>
        <source>&amp;Open the restored database in a new window</source>
        <translation>&amp;Abrir la base de datos restaurada en una ventana nueva</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>This desk uses a clinic server; its backups are restored on the server (pg_restore). A file backup can still be restored here as a new file.</source>
        <translation>Este puesto usa un servidor de la clínica; sus copias de seguridad se restauran en el servidor (pg_restore). Aun así, aquí se puede restaurar una copia en archivo como un archivo nuevo.</translation>
    </message>
    <message>
        <source>Choose a Backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <source>Gradus database (*.sqlite *.db *.bak);;All files (*)</source>
        <translation>Base de datos de Gradus (*.sqlite *.db *.bak);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore As</source>
        <translation>Restaurar como</translation>
    </message>
    <message>
        <source>Gradus database (*.sqlite)</source>
        <translation>Base de datos de Gradus (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 patients, %2 visits, %3 programmes; saved %4 at %5; %6 MB. Database version %7 (this Gradus reads up to %8).</source>
        <translation>%1 pacientes, %2 visitas, %3 programas; guardada el %4 a las %5; %6 MB. Versión de la base de datos %7 (este Gradus lee hasta la %8).</translation>
    </message>
    <message>
        <source>The backup passed SQLite&apos;s integrity check.</source>
        <translation>La copia de seguridad ha superado la comprobación de integridad de SQLite.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or choose it with Browse… to replace it.</source>
        <translation>%1 ya existe. Elija otro nombre, o selecciónelo con Examinar… para sustituirlo.</translation>
    </message>
    <message>
        <source>Restored to %1, but a new window could not be started; open it with: gradus --database &quot;%1&quot;</source>
        <translation>Restaurada en %1, pero no se pudo abrir una ventana nueva; ábrala con: gradus --database &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Restored to %1 and opened in a new window.</source>
        <translation>Restaurada en %1 y abierta en una ventana nueva.</translation>
    </message>
    <message>
        <source>Restored to %1. Open it with: gradus --database &quot;%1&quot;</source>
        <translation>Restaurada en %1. Ábrala con: gradus --database &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>gradus::ReviewProposalWidget</name>
    <message>
        <source>Decide instead:</source>
        <translation>Decidir en su lugar:</translation>
    </message>
    <message>
        <source>Why you decide otherwise (required, kept with the review)</source>
        <translation>Por qué decide otra cosa (obligatorio; se guarda con la revisión)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Anular…</translation>
    </message>
    <message>
        <source>No review yet: the proposal appears when a visit is recorded.</source>
        <translation>Aún no hay revisión: la propuesta aparece al registrar una visita.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message numerus="yes">
        <source>Why (%1 rules)</source>
        <translation>
            <numerusform>Por qué (%1 regla)</numerusform>
            <numerusform>Por qué (%1 reglas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Also noted, outweighed by the above</source>
        <translation>También se ha observado, con menos peso que lo anterior</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Accepted: %1.</source>
        <translation>Aceptada: %1.</translation>
    </message>
    <message>
        <source>Overridden: %1 instead of %2.</source>
        <translation>Propuesta anulada: %1 en lugar de %2.</translation>
    </message>
    <message>
        <source>Confirm Override</source>
        <translation>Confirmar anulación</translation>
    </message>
    <message>
        <source>Accept Proposal</source>
        <translation>Aceptar propuesta</translation>
    </message>
</context>
<context>
    <name>gradus::RevisionCells</name>
    <message>
        <source>Amended</source>
        <translation>Corregida</translation>
    </message>
    <message>
        <source>Last amended %1 by %2: %3</source>
        <translation>Última corrección el %1 por %2: %3</translation>
    </message>
</context>
<context>
    <name>gradus::SafetyFindingsModel</name>
    <message>
        <source>Exercise %1</source>
        <translation>Ejercicio %1</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Todo el programa</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (mantenido)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>gradus::SafetyFindingsPanel</name>
    <message>
        <source>Safety findings</source>
        <translation>Avisos de seguridad</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Sin avisos</translation>
    </message>
    <message>
        <source>Keep this exercise although the rule says to avoid it; your reason is recorded with your name and the time.</source>
        <translation>Mantener este ejercicio aunque la regla indique evitarlo; su motivo se registra con su nombre y la hora.</translation>
    </message>
    <message>
        <source>Swap in</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>Swap in %1</source>
        <translation>Sustituir por %1</translation>
    </message>
    <message>
        <source>Put a safer exercise in this one&apos;s place; the dose, side and note stay. Undo brings the exercise back.</source>
        <translation>Poner un ejercicio más seguro en lugar de este; la dosis, el lado y la nota se mantienen. Deshacer recupera el ejercicio.</translation>
    </message>
    <message>
        <source>Only an &quot;avoid&quot; finding of a current programme can be kept.</source>
        <translation>Solo se puede mantener un aviso &quot;evitar&quot; de un programa vigente.</translation>
    </message>
    <message>
        <source>Keep %1 with a reason</source>
        <translation>Mantener %1 con un motivo</translation>
    </message>
    <message>
        <source>&amp;Keep with a Reason…</source>
        <translation>&amp;Mantener con un motivo…</translation>
    </message>
    <message>
        <source>Keep with a Reason…</source>
        <translation>Mantener con un motivo…</translation>
    </message>
    <message>
        <source>Record &amp;Onset…</source>
        <translation>Registrar &amp;inicio…</translation>
    </message>
    <message>
        <source>Record &amp;Weeks…</source>
        <translation>Registrar &amp;semanas…</translation>
    </message>
    <message>
        <source>Select a finding to read its reason, its source and safer alternatives.</source>
        <translation>Seleccione un aviso para ver su motivo, su fuente y alternativas más seguras.</translation>
    </message>
    <message>
        <source>Not checked: the safety check could not run (%1). Treat every exercise as unchecked until it can.</source>
        <translation>Sin comprobar: la comprobación de seguridad no pudo ejecutarse (%1). Trate cada ejercicio como no comprobado hasta que pueda ejecutarse.</translation>
    </message>
</context>
<context>
    <name>gradus::SafetyOverrideDialog</name>
    <message>
        <source>Keep %1</source>
        <translation>Mantener %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;The safety rules say to avoid &lt;b&gt;%1&lt;/b&gt; for this patient:&lt;/p&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;It stays in the programme only with your reason, recorded with your name and the time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Las reglas de seguridad indican evitar &lt;b&gt;%1&lt;/b&gt; en este paciente:&lt;/p&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;Solo se mantiene en el programa con su motivo, registrado con su nombre y la hora.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. Done in clinic under supervision, from a raised start</source>
        <translation>p. ej., Se hace en la consulta con supervisión, desde una posición elevada</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>&amp;Keep with This Reason</source>
        <translation>Mante&amp;ner con este motivo</translation>
    </message>
</context>
<context>
    <name>gradus::SignInDialog</name>
    <message>
        <source>When the server offers it</source>
        <translation>Cuando el servidor lo ofrezca</translation>
    </message>
    <message>
        <source>Always (encrypted)</source>
        <translation>Siempre (cifrada)</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Siempre, y comprobar el certificado del servidor</translation>
    </message>
    <message>
        <source>Never (only on a trusted network)</source>
        <translation>Nunca (solo en una red de confianza)</translation>
    </message>
    <message>
        <source>Sign In to the Clinic Server</source>
        <translation>Iniciar sesión en el servidor de la clínica</translation>
    </message>
    <message>
        <source>Sign in with your own account on the clinic&apos;s database server. Everything you record is kept under this name.</source>
        <translation>Inicie sesión con su propia cuenta en el servidor de base de datos de la clínica. Todo lo que registre se guarda con este nombre.</translation>
    </message>
    <message>
        <source>clinic-server</source>
        <translation>clinic-server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Secure connection (&amp;TLS):</source>
        <translation>Conexión segura (&amp;TLS):</translation>
    </message>
    <message>
        <source>Your password is not stored on this computer.</source>
        <translation>Su contraseña no se guarda en este equipo.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask the clinic&apos;s administrator.</source>
        <translation>La cuenta %1 está deshabilitada. Consulte al administrador de la clínica.</translation>
    </message>
    <message>
        <source>The user name or password is not right. Check both and try again (is Caps Lock on?).</source>
        <translation>El nombre de usuario o la contraseña no son correctos. Compruebe ambos y vuelva a intentarlo (¿está activado Bloq Mayús?).</translation>
    </message>
    <message>
        <source>The server %1 (port %2) cannot be reached. Check the server&apos;s name and port, and that this computer is on the clinic&apos;s network.</source>
        <translation>No se puede acceder al servidor %1 (puerto %2). Compruebe el nombre y el puerto del servidor, y que este equipo esté en la red de la clínica.</translation>
    </message>
    <message>
        <source>The server has no database named %1. Check the name with the clinic&apos;s administrator.</source>
        <translation>El servidor no tiene ninguna base de datos llamada %1. Compruebe el nombre con el administrador de la clínica.</translation>
    </message>
    <message>
        <source>The clinic&apos;s database was last set up by a newer version of Gradus. Install that version on this computer to sign in; nothing was changed.</source>
        <translation>La base de datos de la clínica la configuró por última vez una versión más reciente de Gradus. Instale esa versión en este equipo para iniciar sesión; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the server could not be made. Choose another setting for the secure connection, or ask the clinic&apos;s administrator.</source>
        <translation>No se pudo establecer una conexión segura (TLS) con el servidor. Elija otro ajuste para la conexión segura o consulte al administrador de la clínica.</translation>
    </message>
    <message>
        <source>The account %1 may not use this database. Ask the clinic&apos;s administrator to give it a Gradus role.</source>
        <translation>La cuenta %1 no tiene permiso para usar esta base de datos. Pida al administrador de la clínica que le asigne un rol de Gradus.</translation>
    </message>
    <message>
        <source>Could not sign in.</source>
        <translation>No se pudo iniciar sesión.</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation>Indique el nombre o la dirección del servidor.</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>Indique el nombre de la base de datos.</translation>
    </message>
    <message>
        <source>Give your user name.</source>
        <translation>Indique su nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>gradus::TemplateSaveCommand</name>
    <message>
        <source>Save as the template &quot;%1&quot;</source>
        <translation>Guardar como la plantilla &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>gradus::UserGuideWindow</name>
    <message>
        <source>Gradus User Guide</source>
        <translation>Guía del usuario de Gradus</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>gradus::VisitDialog</name>
    <message>
        <source>Record Visit</source>
        <translation>Registrar visita</translation>
    </message>
    <message>
        <source>Amend Visit</source>
        <translation>Corregir visita</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>caminar</translation>
    </message>
    <message>
        <source>Who saw the patient</source>
        <translation>Quién atendió al paciente</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Fecha y hora:</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>Pain (0 = none, 10 = worst imaginable)</source>
        <translation>Dolor (0 = nada, 10 = el peor imaginable)</translation>
    </message>
    <message>
        <source>Pain &amp;now:</source>
        <translation>Dolor &amp;actual:</translation>
    </message>
    <message>
        <source>best</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>Last 24 hours:</source>
        <translation>Últimas 24 horas:</translation>
    </message>
    <message>
        <source>During &amp;exercise:</source>
        <translation>Durante el &amp;ejercicio:</translation>
    </message>
    <message>
        <source>Next &amp;morning:</source>
        <translation>A la mañana s&amp;iguiente:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Activity and exercise</source>
        <translation>Actividad y ejercicio</translation>
    </message>
    <message>
        <source>Daily &amp;activity:</source>
        <translation>Ac&amp;tividad diaria:</translation>
    </message>
    <message>
        <source>Minutes a day:</source>
        <translation>Minutos al día:</translation>
    </message>
    <message>
        <source>Steps a day:</source>
        <translation>Pasos al día:</translation>
    </message>
    <message>
        <source>of</source>
        <translation>de</translation>
    </message>
    <message>
        <source>Sessions done:</source>
        <translation>Sesiones hechas:</translation>
    </message>
    <message>
        <source>New neurological signs</source>
        <translation>Signos neurológicos nuevos</translation>
    </message>
    <message>
        <source>Leg symptoms and notes</source>
        <translation>Síntomas en la pierna y notas</translation>
    </message>
    <message>
        <source>&amp;Leg symptoms:</source>
        <translation>&amp;Síntomas en la pierna:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>The visit as first saved stays in the record. This correction is saved beside it with your name, the time and your reason.</source>
        <translation>La visita tal como se guardó la primera vez se conserva en el registro. Esta corrección se guarda junto a ella con su nombre, la hora y su motivo.</translation>
    </message>
    <message>
        <source>For example: pain score typed as 6, patient said 5</source>
        <translation>Por ejemplo: se escribió un dolor de 6, el paciente dijo 5</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Amended &amp;by:</source>
        <translation>Co&amp;rregida por:</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Cambios:</translation>
    </message>
    <message>
        <source>Save Visit</source>
        <translation>Guardar visita</translation>
    </message>
    <message>
        <source>Save Amendment</source>
        <translation>Guardar corrección</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Aún no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Say why the visit is amended.</source>
        <translation>Indique por qué se corrige la visita.</translation>
    </message>
    <message>
        <source>Say who is amending the visit.</source>
        <translation>Indique quién corrige la visita.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Best pain in the last 24 hours</source>
        <translation>Dolor mínimo en las últimas 24 h</translation>
    </message>
    <message>
        <source>Worst pain in the last 24 hours</source>
        <translation>Dolor máximo en las últimas 24 h</translation>
    </message>
    <message>
        <source>Exercise sessions done</source>
        <translation>Sesiones de ejercicio hechas</translation>
    </message>
    <message>
        <source>Exercise sessions planned</source>
        <translation>Sesiones de ejercicio previstas</translation>
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
        <translation>Sí</translation>
    </message>
    <message>
        <source>%1 minutes a day of %2</source>
        <translation>%2: %1 minutos al día</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <source>%1 steps a day</source>
        <translation>%1 pasos al día</translation>
    </message>
    <message>
        <source>Pain now, 0-10</source>
        <translation>Dolor actual, 0-10</translation>
    </message>
    <message>
        <source>Best and worst pain in the last 24 hours, 0-10</source>
        <translation>Mejor y peor dolor en las últimas 24 horas, 0-10</translation>
    </message>
    <message>
        <source>Pain during exercise, 0-10</source>
        <translation>Dolor durante el ejercicio, 0-10</translation>
    </message>
    <message>
        <source>Pain the morning after exercise, 0-10</source>
        <translation>Dolor a la mañana siguiente al ejercicio, 0-10</translation>
    </message>
    <message>
        <source>Minutes a day of the chosen activity</source>
        <translation>Minutos al día de la actividad elegida</translation>
    </message>
    <message>
        <source>Sessions done of sessions prescribed since the last visit</source>
        <translation>Sesiones hechas de las sesiones prescritas desde la última visita</translation>
    </message>
    <message>
        <source>New neurological signs found at this visit</source>
        <translation>Signos neurológicos nuevos encontrados en esta visita</translation>
    </message>
    <message>
        <source>Whether the visit was corrected after it was saved</source>
        <translation>Si la visita se corrigió después de guardarse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Best–worst</source>
        <translation>Mejor–peor</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Piernas</translation>
    </message>
    <message>
        <source>Neuro</source>
        <translation>Neuro</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>gradus::WelcomeView</name>
    <message>
        <source>Welcome to Gradus</source>
        <translation>Bienvenido a Gradus</translation>
    </message>
    <message>
        <source>Build graded exercise programmes that respect each patient&apos;s conditions and pace, print clear handouts, and follow pain, activity and outcome scores over visits.</source>
        <translation>Cree programas de ejercicio graduado que respeten las afecciones y el ritmo de cada paciente, imprima hojas de ejercicios claras y siga la evolución del dolor, la actividad y las puntuaciones de resultados a lo largo de las visitas.</translation>
    </message>
    <message>
        <source>Your data is kept in %1 (schema version %2). Nothing leaves this computer unless you export or print it.</source>
        <translation>Sus datos se guardan en %1 (versión del esquema %2). Nada sale de este equipo salvo que usted lo exporte o lo imprima.</translation>
    </message>
</context>
<context>
    <name>gradus_cli</name>
    <message>
        <source>Gradus from the command line: graded exercise programmes for physiotherapists.</source>
        <translation>Gradus desde la línea de órdenes: programas de ejercicio graduado para fisioterapeutas.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>SQLite file or postgresql://user@host:port/name (default: $GRADUS_DATABASE, then the application data folder)</source>
        <translation>Archivo SQLite o postgresql://usuario@host:puerto/nombre (predeterminado: $GRADUS_DATABASE y, si no, la carpeta de datos de la aplicación)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Run &apos;gradus-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Ejecute &apos;gradus-cli &lt;orden&gt; --help&apos; para ver las opciones de una orden.</translation>
    </message>
    <message>
        <source>gradus-cli: --database needs a PATH.</source>
        <translation>gradus-cli: --database necesita un PATH.</translation>
    </message>
    <message>
        <source>gradus-cli: unknown command &apos;%1&apos;.</source>
        <translation>gradus-cli: orden desconocida: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Usage: gradus-cli [--database PATH] [--language CODE] &lt;command&gt; [options]</source>
        <translation>Uso: gradus-cli [--database PATH] [--language CODE] &lt;orden&gt; [opciones]</translation>
    </message>
    <message>
        <source>Before the command: the language of messages, and of handouts and other documents for patients instead of their preferred language (%1; default: the system&apos;s)</source>
        <translation>Antes de la orden: el idioma de los mensajes y de las hojas de ejercicios y otros documentos para los pacientes en lugar de su idioma preferido (%1; predeterminado: el del sistema)</translation>
    </message>
    <message>
        <source>gradus-cli: --language needs a CODE.</source>
        <translation>gradus-cli: --language necesita un CÓDIGO.</translation>
    </message>
    <message>
        <source>gradus-cli: --language must be one of %1, not &apos;%2&apos;.</source>
        <translation>gradus-cli: --language debe ser uno de estos códigos: %1, no &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 invalid arguments or input (or no such record), 3 the database cannot be written (read-only, permission, disk full), 4 the database is busy, 5 the database cannot be used (damaged, newer, not a Gradus database, none there), 6 the server cannot be used (unreachable, authentication, TLS).</source>
        <translation>Estado de salida: 0 éxito, 1 fallo, 2 argumentos o datos no válidos (o no existe el registro), 3 no se puede escribir en la base de datos (solo lectura, permisos, disco lleno), 4 la base de datos está ocupada, 5 no se puede usar la base de datos (dañada, más reciente, no es de Gradus, no existe), 6 no se puede usar el servidor (inaccesible, autenticación, TLS).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Graded exercise programmes for physiotherapists.</source>
        <translation>Programas de ejercicio graduado para fisioterapeutas.</translation>
    </message>
    <message>
        <source>Use the database at PATH (a SQLite file, or postgresql://user@host:port/name for a clinic server) instead of the default.</source>
        <translation>Usa la base de datos de PATH (un archivo SQLite, o postgresql://usuario@host:puerto/nombre para un servidor de la clínica) en lugar de la predeterminada.</translation>
    </message>
    <message>
        <source>Gradus</source>
        <translation>Gradus</translation>
    </message>
    <message>
        <source>Print the time to the main window&apos;s first paint and to the whole patient list, with the memory in use, and quit.</source>
        <translation>Mostrar el tiempo hasta el primer dibujado de la ventana principal y hasta la lista completa de pacientes, con la memoria en uso, y salir.</translation>
    </message>
</context>
</TS>
