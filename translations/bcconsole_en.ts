<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>bc::ui::BusinessCentersPanel</name>
    <message numerus="yes">
        <source>%n Business Center(s) fetched in %1 ms</source>
        <translation>
            <numerusform>%n Business Center fetched in %1 ms</numerusform>
            <numerusform>%n Business Centers fetched in %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>Copied %n row</numerusform>
            <numerusform>Copied %n rows</numerusform>
        </translation>
    </message>
</context>
</TS>
