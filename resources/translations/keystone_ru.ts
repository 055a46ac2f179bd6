<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccountWorkspace</name>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="16"/>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="22"/>
        <source>Legal name:</source>
        <translation>Юридическое название:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="30"/>
        <source>Reference:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="38"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="46"/>
        <source>Key-account kinds:</source>
        <translation>Типы ключевого клиента:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="54"/>
        <source>Account manager:</source>
        <translation>Менеджер:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="62"/>
        <source>Industry:</source>
        <translation>Отрасль:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="70"/>
        <source>Country and region:</source>
        <translation>Страна и регион:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="78"/>
        <source>Web site:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="86"/>
        <source>Employees:</source>
        <translation>Сотрудников:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="94"/>
        <source>Parent account:</source>
        <translation>Головная компания:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="102"/>
        <source>Qualification (need, solvency, authority):</source>
        <translation>Квалификация (потребность, платёжеспособность, полномочия):</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="110"/>
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="118"/>
        <source>Last contact:</source>
        <translation>Последний контакт:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="126"/>
        <source>Next follow-up:</source>
        <translation>Ближайшее напоминание:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="134"/>
        <source>Dossier:</source>
        <translation>Досье:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="142"/>
        <source>People:</source>
        <translation>Контакты:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="150"/>
        <source>Competitors:</source>
        <translation>Конкуренты:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="158"/>
        <source>Tenders:</source>
        <translation>Тендеры:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="173"/>
        <source>&amp;Dossier</source>
        <translation>&amp;Досье</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="182"/>
        <source>&amp;People</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="196"/>
        <source>No people recorded at this account yet.</source>
        <translation>У этого клиента пока нет контактных лиц.</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="203"/>
        <source>&amp;Interactions</source>
        <translation>&amp;Взаимодействия</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="217"/>
        <source>No interactions recorded with this account yet.</source>
        <translation>С этим клиентом пока нет взаимодействий.</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="224"/>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Напоминания</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="228"/>
        <source>Mark &amp;Done</source>
        <translation>Отметить в&amp;ыполненным</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="228"/>
        <source>Mark the selected follow-up done (Ctrl+D)</source>
        <translation>Отметить выбранное напоминание выполненным (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/AccountWorkspace.ui" line="244"/>
        <source>No follow-ups for this account.</source>
        <translation>По этому клиенту нет напоминаний.</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="28"/>
        <source>not assessed</source>
        <translation>нет оценки</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="29"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="30"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../../ui/AccountsView.ui" line="20"/>
        <source>Filter by name, reference or legal name</source>
        <translation>Фильтр по названию, коду или юридическому названию</translation>
    </message>
    <message>
        <location filename="../../ui/AccountsView.ui" line="26"/>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountsView.ui" line="37"/>
        <source>&amp;Manager:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountsView.ui" line="48"/>
        <source>E&amp;xport This List…</source>
        <translation>&amp;Экспорт списка…</translation>
    </message>
    <message>
        <location filename="../../ui/AccountsView.ui" line="49"/>
        <source>Write the rows and columns shown to a CSV file</source>
        <translation>Записать показанные строки и столбцы в файл CSV</translation>
    </message>
    <message>
        <location filename="../../ui/AccountsView.ui" line="83"/>
        <source>&lt;h2&gt;No accounts yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Клиентов пока нет&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/AccountsView.ui" line="97"/>
        <source>This database is empty. Fill it with demo data to look around: about sixty key accounts with dossiers, people, interactions and follow-ups. Or import your own accounts from a CSV file with keystone‑cli import.</source>
        <translation>База данных пуста. Чтобы осмотреться, заполните её демонстрационными данными: около шестидесяти ключевых клиентов с досье, контактами, взаимодействиями и напоминаниями. Или импортируйте своих клиентов из файла CSV командой keystone‑cli import.</translation>
    </message>
    <message>
        <location filename="../../ui/AccountsView.ui" line="114"/>
        <source>&amp;Fill With Demo Data</source>
        <translation>&amp;Заполнить демонстрационными данными</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="17"/>
        <source>Database In Use</source>
        <translation>База данных занята</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="18"/>
        <source>%1 is in use by another Keystone window or another program.</source>
        <translation>Файл %1 используется другим окном Keystone или другой программой.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="21"/>
        <source>Close the other Keystone and open the file again. Keystone lets one program write to a database at a time, so that no change is lost.</source>
        <translation>Закройте другой экземпляр Keystone и откройте файл снова. Keystone разрешает запись в базу данных только одной программе одновременно, чтобы ни одно изменение не потерялось.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="27"/>
        <source>Database Is Read-Only</source>
        <translation>База данных доступна только для чтения</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="28"/>
        <source>%1 cannot be written to.</source>
        <translation>В файл %1 нельзя записывать.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="29"/>
        <source>Keystone needs to write to its database. Make the file and its folder writable, or copy the file somewhere you can write and open the copy.</source>
        <translation>Keystone должен записывать в свою базу данных. Разрешите запись в файл и его папку или скопируйте файл туда, где запись разрешена, и откройте копию.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="35"/>
        <source>Database From a Newer Keystone</source>
        <translation>База данных из более новой версии Keystone</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="37"/>
        <source>%1 was written by a newer version of Keystone.</source>
        <translation>Файл %1 записан более новой версией Keystone.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="39"/>
        <source>Update Keystone to open it. This version has not changed the file.</source>
        <translation>Чтобы открыть его, обновите Keystone. Эта версия файл не изменяла.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="43"/>
        <source>Database Is Damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="44"/>
        <source>%1 is damaged and cannot be read safely.</source>
        <translation>Файл %1 повреждён, и его нельзя надёжно прочитать.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="46"/>
        <source>Restore it from a backup: File &gt; Save a Backup copies, or the .bak file Keystone writes beside the database before each upgrade. Keystone has not changed the damaged file.</source>
        <translation>Восстановите его из резервной копии: из копии, сделанной через «Файл &gt; Сохранить резервную копию», или из файла .bak, который Keystone записывает рядом с базой данных перед каждым обновлением. Keystone не изменял повреждённый файл.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="52"/>
        <source>Not a Keystone Database</source>
        <translation>Это не база данных Keystone</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="53"/>
        <source>%1 is not a Keystone database.</source>
        <translation>Файл %1 не является базой данных Keystone.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="54"/>
        <source>Choose another file with File &gt; Open, or create a new database with File &gt; New.</source>
        <translation>Выберите другой файл через «Файл &gt; Открыть» или создайте новую базу данных через «Файл &gt; Создать».</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="59"/>
        <source>Disk Full</source>
        <translation>Диск заполнен</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="60"/>
        <source>The disk holding %1 is full.</source>
        <translation>Диск, на котором находится %1, заполнен.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="61"/>
        <source>Free some space on the disk, then open the database again.</source>
        <translation>Освободите место на диске и снова откройте базу данных.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="66"/>
        <source>Cannot Open Database</source>
        <translation>Не удалось открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="67"/>
        <source>Keystone could not open %1.</source>
        <translation>Keystone не удалось открыть %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="68"/>
        <source>Check that the folder exists and that you may write to it, or choose another file with File &gt; Open.</source>
        <translation>Проверьте, что папка существует и у вас есть право записи в неё, или выберите другой файл через «Файл &gt; Открыть».</translation>
    </message>
</context>
<context>
    <name>DossierEditor</name>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="11"/>
        <source>Completeness:</source>
        <translation>Заполненность:</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="17"/>
        <source>%v of %m sections</source>
        <translation>%v из %m разделов</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="29"/>
        <source>Unsaved changes</source>
        <translation>Есть несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="35"/>
        <source>Re&amp;vert</source>
        <translation>Отменить из&amp;менения</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="36"/>
        <source>Discard the changes since the last save</source>
        <translation>Отбросить изменения, сделанные после последнего сохранения</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="41"/>
        <source>&amp;Save Dossier</source>
        <translation>Сохранить &amp;досье</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="42"/>
        <source>Save the dossier (Ctrl+S)</source>
        <translation>Сохранить досье (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="55"/>
        <source>&amp;General information</source>
        <translation>&amp;Общие сведения</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="62"/>
        <source>What the company does, its size, its history, its market and partners.</source>
        <translation>Чем занимается компания, её размер, история, рынок и партнёры.</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="75"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="82"/>
        <source>How the company developed and our relationship with it: deliveries, tenders won and lost, and why.</source>
        <translation>Как развивалась компания и наши отношения с ней: поставки, выигранные и проигранные тендеры и почему.</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="95"/>
        <source>&amp;Organisation</source>
        <translation>Органи&amp;зация</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="102"/>
        <source>Staff and organisational structure: departments, sites, who reports to whom.</source>
        <translation>Персонал и организационная структура: подразделения, площадки, кто кому подчиняется.</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="115"/>
        <source>&amp;Environment</source>
        <translation>&amp;Внешняя среда</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="122"/>
        <source>Its market, partners and the competitors trying to win it, and how.</source>
        <translation>Рынок клиента, его партнёры и конкуренты, которые пытаются его переманить, и как именно.</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="135"/>
        <source>&amp;Strategy and plans</source>
        <translation>&amp;Стратегия и планы</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="142"/>
        <source>The customer&apos;s own strategy and future plans; stay coherent with them.</source>
        <translation>Собственная стратегия и планы клиента; наши действия должны им соответствовать.</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="155"/>
        <source>Product &amp;needs</source>
        <translation>&amp;Потребности в продукции</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="162"/>
        <source>What it needs from our products; modification requests and feedback.</source>
        <translation>Что клиенту нужно от нашей продукции; запросы на доработку и отзывы.</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="175"/>
        <source>How &amp;decisions are made</source>
        <translation>Принятие &amp;решений</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="182"/>
        <source>Who decides, who influences, who guards the gate, who champions or blocks us.</source>
        <translation>Кто принимает решения, кто влияет, кто контролирует доступ, кто нас продвигает, а кто блокирует.</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="195"/>
        <source>&amp;Relationship notes</source>
        <translation>Заметки об отно&amp;шениях</translation>
    </message>
    <message>
        <location filename="../../ui/DossierEditor.ui" line="202"/>
        <source>How we stand: promises made (with dates), sensitivities, what to avoid.</source>
        <translation>Как обстоят дела: данные обещания (с датами), болезненные темы, чего избегать.</translation>
    </message>
</context>
<context>
    <name>DossierSaveCommand</name>
    <message>
        <location filename="../../src/gui/account/DossierSaveCommand.cpp" line="14"/>
        <source>Save Dossier of %1</source>
        <translation>сохранение досье «%1»</translation>
    </message>
</context>
<context>
    <name>ExportListDialog</name>
    <message>
        <location filename="../../ui/ExportListDialog.ui" line="6"/>
        <source>Export This List</source>
        <translation>Экспорт списка</translation>
    </message>
    <message>
        <location filename="../../ui/ExportListDialog.ui" line="17"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/ExportListDialog.ui" line="26"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/ExportListDialog.ui" line="33"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <location filename="../../ui/ExportListDialog.ui" line="42"/>
        <source>Start with a byte order &amp;mark (Excel needs it to read UTF-8)</source>
        <translation>Начать с &amp;метки порядка байтов (без неё Excel не прочтёт UTF-8)</translation>
    </message>
    <message>
        <location filename="../../ui/ExportListDialog.ui" line="47"/>
        <source>&amp;Protect against formulas (text starting with = + - @ gets an apostrophe)</source>
        <translation>&amp;Защита от формул (к тексту, начинающемуся с = + - @, добавляется апостроф)</translation>
    </message>
</context>
<context>
    <name>FollowUpDoneCommand</name>
    <message>
        <location filename="../../src/gui/account/FollowUpDoneCommand.cpp" line="14"/>
        <source>Mark “%1” Done</source>
        <translation>отметку о выполнении «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/FollowUpDoneCommand.cpp" line="16"/>
        <source>Reopen “%1”</source>
        <translation>возобновление «%1»</translation>
    </message>
</context>
<context>
    <name>InteractionEntry</name>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="14"/>
        <source>&amp;Kind:</source>
        <translation>Т&amp;ип:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="18"/>
        <source>&amp;When:</source>
        <translation>Дата и вре&amp;мя:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="23"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="24"/>
        <source>What it was about</source>
        <translation>О чём шла речь</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="26"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Резюме:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="28"/>
        <source>&amp;Next step:</source>
        <translation>Следующий &amp;шаг:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="31"/>
        <source>What we promised or must do</source>
        <translation>Что мы пообещали или должны сделать</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="32"/>
        <source>&amp;Due:</source>
        <translation>Срок испо&amp;лнения:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="41"/>
        <source>&amp;People who took part:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="43"/>
        <source>No people recorded for this account.</source>
        <translation>У этого клиента нет контактных лиц.</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="48"/>
        <source>&amp;Add Interaction</source>
        <translation>Доб&amp;авить взаимодействие</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="48"/>
        <source>Add the interaction (Ctrl+Return)</source>
        <translation>Добавить взаимодействие (Ctrl+Return)</translation>
    </message>
</context>
<context>
    <name>InteractionLogCommand</name>
    <message>
        <location filename="../../src/gui/account/InteractionLogCommand.cpp" line="12"/>
        <source>Add Interaction with %1</source>
        <translation>добавление взаимодействия с клиентом «%1»</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="17"/>
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="19"/>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="21"/>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="23"/>
        <source>Lost</source>
        <translation>Потерян</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="25"/>
        <source>Won back</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="34"/>
        <source>Anchor</source>
        <translation>Опорный</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="36"/>
        <source>Prospective</source>
        <translation>Перспективный</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="38"/>
        <source>Image-maker</source>
        <translation>Имиджевый</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="40"/>
        <source>Expert</source>
        <translation>Экспертный</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="57"/>
        <location filename="../../src/gui/common/Labels.cpp" line="82"/>
        <location filename="../../src/gui/common/Labels.cpp" line="126"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="59"/>
        <source>Decision maker</source>
        <translation>Лицо, принимающее решение</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="61"/>
        <source>Economic buyer</source>
        <translation>Экономический покупатель</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="63"/>
        <source>Technical buyer</source>
        <translation>Технический покупатель</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="65"/>
        <source>Influencer</source>
        <translation>Влияющее лицо</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="67"/>
        <source>Gatekeeper</source>
        <translation>Привратник</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="69"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="71"/>
        <source>Champion</source>
        <translation>Внутренний союзник</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="73"/>
        <source>Blocker</source>
        <translation>Блокирующий</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="84"/>
        <source>Supporter</source>
        <translation>Сторонник</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="86"/>
        <location filename="../../src/gui/common/Labels.cpp" line="130"/>
        <source>Neutral</source>
        <translation>Нейтральный</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="88"/>
        <source>Opponent</source>
        <translation>Противник</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="97"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="99"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="101"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="103"/>
        <source>E-mail</source>
        <translation>Эл. письмо</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="105"/>
        <source>Demo</source>
        <translation>Демонстрация</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="107"/>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="109"/>
        <source>Complaint</source>
        <translation>Рекламация</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="111"/>
        <source>Feedback</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="113"/>
        <source>Modification request</source>
        <translation>Запрос на доработку</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="115"/>
        <source>Beta test</source>
        <translation>Бета-тестирование</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="117"/>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="128"/>
        <source>Positive</source>
        <translation>Положительный</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="132"/>
        <source>Negative</source>
        <translation>Отрицательный</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="141"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="143"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="152"/>
        <source>low threat</source>
        <translation>низкая угроза</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="154"/>
        <source>medium threat</source>
        <translation>средняя угроза</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="156"/>
        <source>high threat</source>
        <translation>высокая угроза</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="190"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/common/Labels.cpp" line="192"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Просрочено на %n день</numerusform>
            <numerusform>Просрочено на %n дня</numerusform>
            <numerusform>Просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="194"/>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/common/Labels.cpp" line="195"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Срок через %n день</numerusform>
            <numerusform>Срок через %n дня</numerusform>
            <numerusform>Срок через %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui" line="6"/>
        <source>Keystone</source>
        <translation>Keystone</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="22"/>
        <source>&lt;h2&gt;No database open&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;База данных не открыта&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="36"/>
        <source>Create a new database or open an existing one.</source>
        <translation>Создайте новую базу данных или откройте существующую.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="53"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="58"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <location filename="../../src/gui/main/ScreenshotTour.cpp" line="109"/>
        <source>Asked for a second delivery slot per week.</source>
        <translation>Попросили второе окно поставки в неделю.</translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountTableModel</name>
    <message>
        <location filename="../../src/gui/accounts/AccountTableModel.cpp" line="108"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountTableModel.cpp" line="110"/>
        <source>Reference</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountTableModel.cpp" line="112"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountTableModel.cpp" line="114"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountTableModel.cpp" line="116"/>
        <source>Kinds</source>
        <translation>Типы</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountTableModel.cpp" line="118"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountWorkspace</name>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="87"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="126"/>
        <source>not a key account yet</source>
        <translation>пока не ключевой клиент</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="130"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="131"/>
        <source>nobody</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="141"/>
        <source>need: %1, solvency: %2, authority: %3</source>
        <translation>потребность: %1, платёжеспособность: %2, полномочия: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="151"/>
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n день назад)</numerusform>
            <numerusform>%1 (%n дня назад)</numerusform>
            <numerusform>%1 (%n дней назад)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="153"/>
        <source>never</source>
        <translation>не было</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="158"/>
        <source>%1, overdue by %n day(s)</source>
        <translation>
            <numerusform>%1, просрочено на %n день</numerusform>
            <numerusform>%1, просрочено на %n дня</numerusform>
            <numerusform>%1, просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="158"/>
        <source>%1, in %n day(s)</source>
        <translation>
            <numerusform>%1, через %n день</numerusform>
            <numerusform>%1, через %n дня</numerusform>
            <numerusform>%1, через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="165"/>
        <source>none open</source>
        <translation>открытых нет</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="168"/>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="212"/>
        <source>%1 of %2 sections filled</source>
        <translation>заполнено разделов: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="174"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="175"/>
        <source>none known</source>
        <translation>неизвестны</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="185"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="186"/>
        <source>%1: %2 open, %3 won, %4 lost</source>
        <translation>%1: открыто %2, выиграно %3, проиграно %4</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="187"/>
        <source>%1 (%2 have left)</source>
        <translation>%1 (не работают: %2)</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="198"/>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="201"/>
        <source>The dossier was not saved: %1</source>
        <translation>Досье не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="221"/>
        <source>Unsaved Dossier</source>
        <translation>Досье не сохранено</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="222"/>
        <source>The dossier of %1 has changes that are not saved. Save them?</source>
        <translation>В досье клиента «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="240"/>
        <source>The interaction was not added: %1</source>
        <translation>Взаимодействие не добавлено: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="266"/>
        <source>Follow-up Not Changed</source>
        <translation>Напоминание не изменено</translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountsView</name>
    <message>
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="58"/>
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="105"/>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="106"/>
        <source>Nobody</source>
        <translation>Не назначен</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="144"/>
        <source>No account matches the filter; %n account(s) in all.</source>
        <translation>
            <numerusform>Ни один клиент не подходит под фильтр; всего %n клиент.</numerusform>
            <numerusform>Ни один клиент не подходит под фильтр; всего %n клиента.</numerusform>
            <numerusform>Ни один клиент не подходит под фильтр; всего %n клиентов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="146"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="148"/>
        <source>%1 of %2 accounts</source>
        <translation>Клиентов: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="198"/>
        <source>Export Failed</source>
        <translation>Экспорт не выполнен</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="199"/>
        <source>The list was not exported to %1: %2</source>
        <translation>Список не экспортирован в %1: %2</translation>
    </message>
</context>
<context>
    <name>keystone::gui::ContactTableModel</name>
    <message>
        <location filename="../../src/gui/account/ContactTableModel.cpp" line="40"/>
        <source>Has left the company</source>
        <translation>Больше не работает в компании</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/ContactTableModel.cpp" line="45"/>
        <source>%1 (left)</source>
        <translation>%1 (не работает)</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/ContactTableModel.cpp" line="70"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/ContactTableModel.cpp" line="72"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/ContactTableModel.cpp" line="74"/>
        <source>Decision role</source>
        <translation>Роль в решении</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/ContactTableModel.cpp" line="76"/>
        <source>Attitude</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/ContactTableModel.cpp" line="78"/>
        <source>Influence</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/ContactTableModel.cpp" line="80"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/ContactTableModel.cpp" line="82"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
</context>
<context>
    <name>keystone::gui::DossierEditor</name>
    <message>
        <location filename="../../src/gui/account/DossierEditor.cpp" line="47"/>
        <source>last saved %1</source>
        <translation>последнее сохранение: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/DossierEditor.cpp" line="48"/>
        <source>never saved</source>
        <translation>ещё не сохранялось</translation>
    </message>
</context>
<context>
    <name>keystone::gui::ExportListDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/ExportListDialog.cpp" line="21"/>
        <source>Writes the %n account(s) shown, with the columns shown, in the order shown.</source>
        <translation>
            <numerusform>Будет записан %n показанный клиент с показанными столбцами в показанном порядке.</numerusform>
            <numerusform>Будут записаны %n показанных клиента с показанными столбцами в показанном порядке.</numerusform>
            <numerusform>Будут записаны %n показанных клиентов с показанными столбцами в показанном порядке.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/ExportListDialog.cpp" line="22"/>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/ExportListDialog.cpp" line="23"/>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/ExportListDialog.cpp" line="24"/>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/ExportListDialog.cpp" line="30"/>
        <source>accounts.csv</source>
        <translation>клиенты.csv</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/ExportListDialog.cpp" line="31"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/ExportListDialog.cpp" line="61"/>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/ExportListDialog.cpp" line="66"/>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/ExportListDialog.cpp" line="74"/>
        <source>Export This List</source>
        <translation>Экспорт списка</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/ExportListDialog.cpp" line="75"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>keystone::gui::FollowUpTableModel</name>
    <message>
        <location filename="../../src/gui/account/FollowUpTableModel.cpp" line="79"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/FollowUpTableModel.cpp" line="81"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/FollowUpTableModel.cpp" line="83"/>
        <source>Title</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/FollowUpTableModel.cpp" line="85"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
</context>
<context>
    <name>keystone::gui::FollowUpsView</name>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="25"/>
        <source>Mark &amp;Done</source>
        <translation>Отметить в&amp;ыполненным</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="26"/>
        <source>&amp;Open Account</source>
        <translation>&amp;Открыть клиента</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="32"/>
        <source>Mark the selected follow-up done (Ctrl+D)</source>
        <translation>Отметить выбранное напоминание выполненным (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="37"/>
        <source>No open follow-ups. Next steps added with an interaction appear here.</source>
        <translation>Открытых напоминаний нет. Здесь появляются следующие шаги, добавленные вместе со взаимодействием.</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="40"/>
        <source>&amp;Manager:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="89"/>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="93"/>
        <source>%1 (left)</source>
        <translation>%1 (не работает)</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="95"/>
        <source>Nobody</source>
        <translation>Не назначен</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="115"/>
        <source>%n open, %1 overdue</source>
        <translation>
            <numerusform>%n открытое напоминание, просрочено: %1</numerusform>
            <numerusform>%n открытых напоминания, просрочено: %1</numerusform>
            <numerusform>%n открытых напоминаний, просрочено: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="116"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n открытое напоминание</numerusform>
            <numerusform>%n открытых напоминания</numerusform>
            <numerusform>%n открытых напоминаний</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="150"/>
        <source>Follow-up Not Changed</source>
        <translation>Напоминание не изменено</translation>
    </message>
</context>
<context>
    <name>keystone::gui::InteractionEntry</name>
    <message>
        <location filename="../../src/gui/account/InteractionEntry.cpp" line="60"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionEntry.cpp" line="89"/>
        <source>Say in a few words what it was about.</source>
        <translation>Напишите в нескольких словах, о чём шла речь.</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionEntry.cpp" line="94"/>
        <source>Say what the next step is, or untick it.</source>
        <translation>Укажите следующий шаг или снимите флажок.</translation>
    </message>
</context>
<context>
    <name>keystone::gui::InteractionTableModel</name>
    <message>
        <location filename="../../src/gui/account/InteractionTableModel.cpp" line="46"/>
        <source>%1 (planned)</source>
        <translation>%1 (запланировано)</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionTableModel.cpp" line="69"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionTableModel.cpp" line="71"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionTableModel.cpp" line="73"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionTableModel.cpp" line="75"/>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionTableModel.cpp" line="77"/>
        <source>Sentiment</source>
        <translation>Настрой</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionTableModel.cpp" line="79"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>keystone::gui::MainWindow</name>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="53"/>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="57"/>
        <source>Follow-ups</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="100"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="102"/>
        <source>Create an empty database and open it</source>
        <translation>Создать пустую базу данных и открыть её</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="105"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="109"/>
        <source>Save a &amp;Backup…</source>
        <translation>Сохранить &amp;резервную копию…</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="111"/>
        <source>Write a consistent copy of the database to another file</source>
        <translation>Записать согласованную копию базы данных в другой файл</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="114"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="119"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="121"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="125"/>
        <source>&amp;Search Everything</source>
        <translation>&amp;Искать везде</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="127"/>
        <source>Search accounts, people, interactions and dossiers</source>
        <translation>Искать по клиентам, контактам, взаимодействиям и досье</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="135"/>
        <source>&amp;Filter Accounts</source>
        <translation>&amp;Фильтр клиентов</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="142"/>
        <source>&amp;Accounts List</source>
        <translation>&amp;Список клиентов</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="147"/>
        <source>&amp;Open Follow-ups</source>
        <translation>&amp;Открытые напоминания</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="149"/>
        <source>Open follow-ups and commitments across accounts, overdue first</source>
        <translation>Открытые напоминания и обязательства по всем клиентам, сначала просроченные</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="153"/>
        <source>E&amp;xport This List…</source>
        <translation>&amp;Экспорт списка…</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="160"/>
        <source>&amp;Save Dossier</source>
        <translation>Сохранить &amp;досье</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="167"/>
        <source>Mark Follow-up &amp;Done</source>
        <translation>Отметить напоминание &amp;выполненным</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="169"/>
        <source>Mark the selected follow-up done</source>
        <translation>Отметить выбранное напоминание выполненным</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="177"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="201"/>
        <source>Cannot Refresh</source>
        <translation>Не удалось обновить</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="205"/>
        <source>&amp;Close Account</source>
        <translation>&amp;Закрыть вкладку клиента</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="210"/>
        <source>&amp;About Keystone</source>
        <translation>&amp;О программе Keystone</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="231"/>
        <location filename="../../src/gui/main/MainWindow.cpp" line="251"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="235"/>
        <source>Search accounts, people, interactions, dossiers (Ctrl+K)</source>
        <translation>Поиск по клиентам, контактам, взаимодействиям, досье (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="252"/>
        <source>Results of the search in the tool bar (Ctrl+K)</source>
        <translation>Результаты поиска из панели инструментов (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="272"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="275"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="282"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="289"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="300"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="312"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="317"/>
        <source>No recent databases</source>
        <translation>Недавних баз данных нет</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="321"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="330"/>
        <source>%1 no longer exists; it has been removed from the recent databases.</source>
        <translation>Файл %1 больше не существует; он удалён из списка недавних баз данных.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="333"/>
        <source>Database Not Found</source>
        <translation>База данных не найдена</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="343"/>
        <source>Create a new database or open an existing one.</source>
        <translation>Создайте новую базу данных или откройте существующую.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="412"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="447"/>
        <source>Cannot Open Account</source>
        <translation>Не удалось открыть клиента</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="464"/>
        <source>Interaction added to %1</source>
        <translation>Взаимодействие добавлено к клиенту «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="497"/>
        <source>Dossier Not Saved</source>
        <translation>Досье не сохранено</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="501"/>
        <source>Dossier of %1 saved</source>
        <translation>Досье клиента «%1» сохранено</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="509"/>
        <source>“%1” done</source>
        <translation>«%1» выполнено</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="542"/>
        <source>Not Changed</source>
        <translation>Не изменено</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="561"/>
        <source>Writing demo accounts…</source>
        <translation>Запись демонстрационных клиентов…</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="572"/>
        <source>Demo Data Not Written</source>
        <translation>Демонстрационные данные не записаны</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="588"/>
        <source>%1[*] — Keystone</source>
        <translation>%1[*] — Keystone</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="591"/>
        <source>Keystone</source>
        <translation>Keystone</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="600"/>
        <source>No database open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="607"/>
        <source>%1 accounts · %2 contacts · %3 interactions · %4 open follow-ups</source>
        <translation>Клиентов: %1 · контактов: %2 · взаимодействий: %3 · открытых напоминаний: %4</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="634"/>
        <source>New Database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="634"/>
        <source>keystone.db</source>
        <translation>keystone.db</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="635"/>
        <location filename="../../src/gui/main/MainWindow.cpp" line="653"/>
        <location filename="../../src/gui/main/MainWindow.cpp" line="666"/>
        <source>Keystone databases (*.db);;All files (*)</source>
        <translation>Базы данных Keystone (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="639"/>
        <source>File Exists</source>
        <translation>Файл существует</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="640"/>
        <source>%1 already exists. Keystone never overwrites a database: choose another name, or open this one with File &gt; Open.</source>
        <translation>Файл %1 уже существует. Keystone никогда не перезаписывает базу данных: выберите другое имя или откройте этот файл через «Файл &gt; Открыть».</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="652"/>
        <source>Open Database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="664"/>
        <source>%1-backup-%2.db</source>
        <translation>%1-копия-%2.db</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="665"/>
        <source>Save a Backup</source>
        <translation>Сохранить резервную копию</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="678"/>
        <source>A backup must go to another file than the database.</source>
        <translation>Резервную копию нужно сохранить в другой файл, не в саму базу данных.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="682"/>
        <source>Backup saved to %1</source>
        <translation>Резервная копия сохранена в %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="685"/>
        <source>The backup could not be written to %1: %2</source>
        <translation>Не удалось записать резервную копию в %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="690"/>
        <source>Backup Not Saved</source>
        <translation>Резервная копия не сохранена</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="699"/>
        <source>About Keystone</source>
        <translation>О программе Keystone</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="700"/>
        <source>&lt;h3&gt;Keystone %1&lt;/h3&gt;&lt;p&gt;Key-account management: dossiers, people, interactions and follow-ups, so that what is known about a key customer lives in the system, not in one head.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keystone %1&lt;/h3&gt;&lt;p&gt;Работа с ключевыми клиентами: досье, контакты, взаимодействия и напоминания, чтобы знания о ключевом клиенте хранились в системе, а не в голове одного человека.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>keystone::gui::MessageBar</name>
    <message>
        <location filename="../../src/gui/common/MessageBar.cpp" line="20"/>
        <source>Hide this message</source>
        <translation>Скрыть это сообщение</translation>
    </message>
</context>
<context>
    <name>keystone::gui::OpenFollowUpModel</name>
    <message>
        <location filename="../../src/gui/followups/OpenFollowUpModel.cpp" line="70"/>
        <source>nobody</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/OpenFollowUpModel.cpp" line="83"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/OpenFollowUpModel.cpp" line="85"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/OpenFollowUpModel.cpp" line="87"/>
        <source>Title</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/OpenFollowUpModel.cpp" line="89"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/OpenFollowUpModel.cpp" line="91"/>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/OpenFollowUpModel.cpp" line="93"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
</context>
<context>
    <name>keystone::gui::SearchResultModel</name>
    <message>
        <location filename="../../src/gui/search/SearchResultModel.cpp" line="13"/>
        <location filename="../../src/gui/search/SearchResultModel.cpp" line="82"/>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../src/gui/search/SearchResultModel.cpp" line="15"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../src/gui/search/SearchResultModel.cpp" line="17"/>
        <source>Interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <location filename="../../src/gui/search/SearchResultModel.cpp" line="19"/>
        <source>Dossier</source>
        <translation>Досье</translation>
    </message>
    <message>
        <location filename="../../src/gui/search/SearchResultModel.cpp" line="78"/>
        <source>Found in</source>
        <translation>Где найдено</translation>
    </message>
    <message>
        <location filename="../../src/gui/search/SearchResultModel.cpp" line="80"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../src/gui/search/SearchResultModel.cpp" line="84"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>keystone::gui::SearchView</name>
    <message>
        <location filename="../../src/gui/search/SearchView.cpp" line="44"/>
        <location filename="../../src/gui/search/SearchView.cpp" line="93"/>
        <source>Type to search accounts, people, interactions and dossiers.</source>
        <translation>Начните вводить текст, чтобы искать по клиентам, контактам, взаимодействиям и досье.</translation>
    </message>
    <message>
        <location filename="../../src/gui/search/SearchView.cpp" line="110"/>
        <source>The search failed: %1</source>
        <translation>Ошибка поиска: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/search/SearchView.cpp" line="112"/>
        <source>Nothing found for “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/search/SearchView.cpp" line="114"/>
        <source>%n match(es) for “%1”; Enter or a double-click opens the account.</source>
        <translation>
            <numerusform>%n совпадение по запросу «%1»; Enter или двойной щелчок открывает клиента.</numerusform>
            <numerusform>%n совпадения по запросу «%1»; Enter или двойной щелчок открывает клиента.</numerusform>
            <numerusform>%n совпадений по запросу «%1»; Enter или двойной щелчок открывает клиента.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/gui/main.cpp" line="26"/>
        <source>Key-account management</source>
        <translation>Работа с ключевыми клиентами</translation>
    </message>
    <message>
        <location filename="../../src/gui/main.cpp" line="30"/>
        <source>Open the database at PATH.</source>
        <translation>Открыть базу данных по пути PATH.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main.cpp" line="34"/>
        <source>Save a PNG of each screen in DIR and quit.</source>
        <translation>Сохранить PNG каждого экрана в DIR и выйти.</translation>
    </message>
</context>
</TS>
