<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>HandoutCommand</name>
    <message>
        <source>The handout's language, e.g. de (default: --language before the command, else the patient's preferred language, else the language of messages; English when there is no translation).</source>
        <translation>El idioma de la hoja de ejercicios, p. ej., es (predeterminado: --language antes de la orden; si no, el idioma preferido del paciente; si no, el idioma de los mensajes; inglés si no existe traducción).</translation>
    </message>
</context>
<context>
    <name>HandoutText</name>
    <message>
        <source>Pain 0–10</source>
        <translation>Dolor 0–10</translation>
    </message>
</context>
<context>
    <name>LanguageCommand</name>
    <message>
        <source>List the languages of messages, handouts and exercise texts</source>
        <translation>Enumera los idiomas de los mensajes, las hojas de ejercicios y los textos de los ejercicios</translation>
    </message>
    <message>
        <source>List the languages Gradus speaks, by code: use the code with --language (before a command), 'patient add --language' (the patient's preferred language) and 'handout --language'. The current language is marked with *.</source>
        <translation>Enumera los idiomas de Gradus por código: use el código con --language (antes de una orden), 'patient add --language' (idioma preferido del paciente) y 'handout --language'. El idioma actual se marca con *.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprime JSON.</translation>
    </message>
    <message>
        <source>languages takes no arguments.</source>
        <translation>languages no admite argumentos.</translation>
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
    <name>PacingCommand</name>
    <message>
        <source>--reason goes with --override; an accepted proposal needs none.</source>
        <translation>--reason va con --override; una propuesta aceptada no lo necesita.</translation>
    </message>
</context>
<context>
    <name>PatientCommand</name>
    <message>
        <source>Preferred language of handouts (see 'gradus-cli languages').</source>
        <translation>Idioma preferido de las hojas de ejercicios (véase 'gradus-cli languages').</translation>
    </message>
    <message>
        <source>--language must be one of %1 (not '%2').</source>
        <translation>--language debe ser uno de estos códigos: %1 (no '%2').</translation>
    </message>
    <message>
        <source>Show one patient.
JSON: the fields of 'patient list' plus sex, phone, email, address, referral_source, notes, language, age, created_at, updated_at, and episodes (each with id, complaint, onset, opened, closed, open, phase and conditions).</source>
        <translation>Muestra un paciente.
JSON: los campos de 'patient list' más sex, phone, email, address, referral_source, notes, language, age, created_at, updated_at y episodes (cada uno con id, complaint, onset, opened, closed, open, phase y conditions).</translation>
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
</context>
<context>
    <name>PatientValidator</name>
    <message>
        <source>The language must be one of %1, or left empty (not '%2').</source>
        <translation>El idioma debe ser uno de estos códigos: %1, o quedar vacío (no '%2').</translation>
    </message>
</context>
<context>
    <name>gradus::ExerciseEditorDialog</name>
    <message>
        <source>Its texts become your clinic's own: shown and printed as you write them here, whatever the language.</source>
        <translation>Sus textos pasan a ser los de su centro: se muestran e imprimen tal como los escriba aquí, sea cual sea el idioma.</translation>
    </message>
</context>
<context>
    <name>gradus::HandoutDialog</name>
    <message>
        <source>The language the patient reads: the patient's preferred language unless you choose another. Exercises your clinic wrote or edited are printed as written.</source>
        <translation>El idioma que lee el paciente: su idioma preferido, salvo que elija otro. Los ejercicios que su centro ha escrito o modificado se imprimen tal como están escritos.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
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
    <name>gradus::PatientDetailsTab</name>
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
    <name>gradus_cli</name>
    <message>
        <source>Usage: gradus-cli [--database PATH] [--language CODE] &lt;command&gt; [options]</source>
        <translation>Uso: gradus-cli [--database PATH] [--language CODE] &lt;orden&gt; [opciones]</translation>
    </message>
    <message>
        <source>Before the command: the language of messages, and of handouts and other documents for patients instead of their preferred language (%1; default: the system's)</source>
        <translation>Antes de la orden: el idioma de los mensajes y de las hojas de ejercicios y otros documentos para los pacientes en lugar de su idioma preferido (%1; predeterminado: el del sistema)</translation>
    </message>
    <message>
        <source>gradus-cli: --language needs a CODE.</source>
        <translation>gradus-cli: --language necesita un CÓDIGO.</translation>
    </message>
    <message>
        <source>gradus-cli: --language must be one of %1, not '%2'.</source>
        <translation>gradus-cli: --language debe ser uno de estos códigos: %1, no '%2'.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message numerus="yes">
        <source>Created %1 demo patients (episodes of care: %2, conditions: %3).</source>
        <translation>
            <numerusform>Se ha creado %1 paciente de demostración (episodios asistenciales: %2, afecciones: %3).</numerusform>
            <numerusform>Se han creado %1 pacientes de demostración (episodios asistenciales: %2, afecciones: %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseLibrary</name>
    <message numerus="yes">
        <source>%1 has %2 problems; nothing was loaded from it:</source>
        <translation>
            <numerusform>%1 tiene %2 problema; no se ha cargado nada de este archivo:</numerusform>
            <numerusform>%1 tiene %2 problemas; no se ha cargado nada de este archivo:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseVocabulary</name>
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
    <name>ReviewEngine</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacingUnit</name>
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
    <name>gradus::PacingReviewDialog</name>
    <message numerus="yes">
        <source>Based on the %1 visits since the last decision: %2.</source>
        <translation>
            <numerusform>Basado en la %1 visita desde la última decisión: %2.</numerusform>
            <numerusform>Basado en las %1 visitas desde la última decisión: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::PatientProgressView</name>
    <message numerus="yes">
        <source>%1 visits from %2 to %3 · %4 outcome measures</source>
        <translation>
            <numerusform>%1 visita del %2 al %3 · %4 medidas de resultado</numerusform>
            <numerusform>%1 visitas del %2 al %3 · %4 medidas de resultado</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::PatientsPage</name>
    <message numerus="yes">
        <source>%1 listed</source>
        <translation>
            <numerusform>%1 en la lista</numerusform>
            <numerusform>%1 en la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %1 demo patients.</source>
        <translation>
            <numerusform>%1 paciente de demostración creado.</numerusform>
            <numerusform>%1 pacientes de demostración creados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradus::ReviewProposalWidget</name>
    <message numerus="yes">
        <source>Why (%1 rules)</source>
        <translation>
            <numerusform>Por qué (%1 regla)</numerusform>
            <numerusform>Por qué (%1 reglas)</numerusform>
        </translation>
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
</TS>
