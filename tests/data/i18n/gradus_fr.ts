<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>HandoutText</name>
    <message>
        <source>Your exercises</source>
        <translation>Vos exercices</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Walk for %n minute(s)</source>
        <translation>
            <numerusform>Marchez %n minute</numerusform>
            <numerusform>Marchez %n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
