<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- What check_translations must object to: one good message and one of each flaw. -->
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Sample</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old menu item</source>
        <translation type="vanished">Старый пункт меню</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier of %1 saved</source>
        <translation>Досье сохранено</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Rock &amp; roll &amp;&amp; more</source>
        <translation>Рок &amp; ролл &amp;&amp; ещё</translation>
    </message>
</context>
</TS>
