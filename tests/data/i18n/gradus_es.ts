<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>HandoutText</name>
    <message>
        <source>Your exercises</source>
        <translation>Sus ejercicios</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Walk for %n minute(s)</source>
        <translation>
            <numerusform>Camine %n minuto</numerusform>
            <numerusform>Camine %n minutos</numerusform>
        </translation>
    </message>
</context>
</TS>
