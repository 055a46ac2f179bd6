<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="6"/>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="25"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="28"/>
        <source>the customer number in the ERP</source>
        <translation>номер клиента в ERP</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="38"/>
        <source>&amp;Legal name:</source>
        <translation>&amp;Юридическое название:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="51"/>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="57"/>
        <source>&amp;Key-account kinds:</source>
        <translation>&amp;Типы ключевого клиента:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="61"/>
        <source>Anchor</source>
        <translation>Опорный</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="62"/>
        <source>Prospective</source>
        <translation>Перспективный</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="63"/>
        <source>Image maker</source>
        <translation>Имиджевый</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="64"/>
        <source>Expert</source>
        <translation>Экспертный</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="69"/>
        <source>Account &amp;manager:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="82"/>
        <source>&amp;Industry:</source>
        <translation>&amp;Отрасль:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="95"/>
        <source>&amp;Country:</source>
        <translation>Стр&amp;ана:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="108"/>
        <source>Re&amp;gion:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="121"/>
        <source>&amp;Web site:</source>
        <translation>Са&amp;йт:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="134"/>
        <source>&amp;Headcount:</source>
        <translation>&amp;Число сотрудников:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="137"/>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="147"/>
        <source>&amp;Tags:</source>
        <translation>М&amp;етки:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="150"/>
        <source>separated by commas</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="160"/>
        <source>&amp;Parent account:</source>
        <translation>&amp;Головная компания:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="173"/>
        <source>3P &amp;qualification:</source>
        <translation>&amp;Квалификация 3P:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="173"/>
        <source>Whether a prospective key account has a need for what we sell, can pay for it, and whether we reach who decides</source>
        <translation>Есть ли у потенциального ключевого клиента потребность в том, что мы продаём, может ли он за это заплатить и выходим ли мы на того, кто принимает решение</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="177"/>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="179"/>
        <source>Solvency</source>
        <translation>Платёжеспособность</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="181"/>
        <source>Authority</source>
        <translation>Полномочия</translation>
    </message>
    <message>
        <location filename="../../ui/AccountEditor.ui" line="197"/>
        <source>Unsaved changes</source>
        <translation>Есть несохранённые изменения</translation>
    </message>
</context>
<context>
    <name>AccountFollowUpsTab</name>
    <message>
        <location filename="../../ui/AccountFollowUpsTab.ui" line="14"/>
        <source>Mark &amp;Done</source>
        <translation>Отметить в&amp;ыполненным</translation>
    </message>
    <message>
        <location filename="../../ui/AccountFollowUpsTab.ui" line="14"/>
        <source>Mark the selected follow-up done (Ctrl+D)</source>
        <translation>Отметить выбранное напоминание выполненным (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/AccountFollowUpsTab.ui" line="30"/>
        <source>No follow-ups for this account.</source>
        <translation>По этому клиенту нет напоминаний.</translation>
    </message>
</context>
<context>
    <name>AccountInteractionsTab</name>
    <message>
        <location filename="../../ui/AccountInteractionsTab.ui" line="8"/>
        <source>Sho&amp;w:</source>
        <translation>Пока&amp;зать:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountInteractionsTab.ui" line="9"/>
        <source>Show only interactions of this kind</source>
        <translation>Показывать только взаимодействия этого вида</translation>
    </message>
    <message>
        <location filename="../../ui/AccountInteractionsTab.ui" line="10"/>
        <source>wit&amp;h:</source>
        <translation>с &amp;участием:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountInteractionsTab.ui" line="11"/>
        <source>Show only interactions this person took part in</source>
        <translation>Показывать только взаимодействия, в которых участвовал этот человек</translation>
    </message>
    <message>
        <location filename="../../ui/AccountInteractionsTab.ui" line="14"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/AccountInteractionsTab.ui" line="14"/>
        <source>Open the selected interaction with every field (Enter, double click)</source>
        <translation>Открыть выбранное взаимодействие со всеми полями (Enter, двойной щелчок)</translation>
    </message>
    <message>
        <location filename="../../ui/AccountInteractionsTab.ui" line="15"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/AccountInteractionsTab.ui" line="15"/>
        <source>Delete the selected interaction (Del); its follow-ups stay</source>
        <translation>Удалить выбранное взаимодействие (Del); его задачи останутся</translation>
    </message>
    <message>
        <location filename="../../ui/AccountInteractionsTab.ui" line="30"/>
        <source>No interactions recorded with this account yet.</source>
        <translation>С этим клиентом пока нет взаимодействий.</translation>
    </message>
</context>
<context>
    <name>AccountOverviewTab</name>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="9"/>
        <source>&amp;Edit Account…</source>
        <translation>&amp;Изменить клиента…</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="9"/>
        <source>Edit the name, reference, status, kinds, manager, place, tags and parent (F2)</source>
        <translation>Изменить название, код, статус, типы, менеджера, местоположение, метки и головную компанию (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="16"/>
        <source>Legal name:</source>
        <translation>Юридическое название:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="24"/>
        <source>Reference:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="32"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="40"/>
        <source>Key-account kinds:</source>
        <translation>Типы ключевого клиента:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="48"/>
        <source>Account manager:</source>
        <translation>Менеджер:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="56"/>
        <source>Industry:</source>
        <translation>Отрасль:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="64"/>
        <source>Country and region:</source>
        <translation>Страна и регион:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="72"/>
        <source>Web site:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="80"/>
        <source>Employees:</source>
        <translation>Сотрудников:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="88"/>
        <source>Parent account:</source>
        <translation>Головная компания:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="96"/>
        <source>Qualification (need, solvency, authority):</source>
        <translation>Квалификация (потребность, платёжеспособность, полномочия):</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="104"/>
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="112"/>
        <source>Last contact:</source>
        <translation>Последний контакт:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="120"/>
        <source>Next follow-up:</source>
        <translation>Ближайшее напоминание:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="128"/>
        <source>Dossier:</source>
        <translation>Досье:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="136"/>
        <source>People:</source>
        <translation>Контакты:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="144"/>
        <source>Competitors:</source>
        <translation>Конкуренты:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="152"/>
        <source>Tenders:</source>
        <translation>Тендеры:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="160"/>
        <source>Segment:</source>
        <translation>Сегмент:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="169"/>
        <source>Importance score:</source>
        <translation>Оценка важности:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountOverviewTab.ui" line="182"/>
        <source>Revenue, last 12 months</source>
        <translation>Выручка за последние 12 месяцев</translation>
    </message>
</context>
<context>
    <name>AccountPeopleTab</name>
    <message>
        <location filename="../../ui/AccountPeopleTab.ui" line="8"/>
        <source>&amp;Add Contact…</source>
        <translation>Доб&amp;авить контакт…</translation>
    </message>
    <message>
        <location filename="../../ui/AccountPeopleTab.ui" line="8"/>
        <source>Add a person at this account (Ctrl+Shift+N)</source>
        <translation>Добавить контактное лицо этого клиента (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/AccountPeopleTab.ui" line="10"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/AccountPeopleTab.ui" line="10"/>
        <source>Edit the selected person (Enter)</source>
        <translation>Изменить выбранный контакт (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/AccountPeopleTab.ui" line="12"/>
        <source>Mark as &amp;Left</source>
        <translation>Отметить &amp;уход</translation>
    </message>
    <message>
        <location filename="../../ui/AccountPeopleTab.ui" line="12"/>
        <source>Mark the selected person as having left the company, or back</source>
        <translation>Отметить, что выбранный контакт больше не работает в компании, или снять отметку</translation>
    </message>
    <message>
        <location filename="../../ui/AccountPeopleTab.ui" line="15"/>
        <source>Show people who &amp;left</source>
        <translation>Показывать у&amp;шедших</translation>
    </message>
    <message>
        <location filename="../../ui/AccountPeopleTab.ui" line="16"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../ui/AccountPeopleTab.ui" line="16"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Уменьшить (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/AccountPeopleTab.ui" line="18"/>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <location filename="../../ui/AccountPeopleTab.ui" line="18"/>
        <source>Show the whole chart (Ctrl+0)</source>
        <translation>Показать всю схему (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/AccountPeopleTab.ui" line="20"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../ui/AccountPeopleTab.ui" line="20"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Увеличить (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/AccountPeopleTab.ui" line="49"/>
        <source>No people recorded at this account yet. Add Contact puts the first one in.</source>
        <translation>У этого клиента пока нет контактных лиц. Первое добавьте кнопкой «Добавить контакт».</translation>
    </message>
</context>
<context>
    <name>AccountSalesTab</name>
    <message>
        <location filename="../../ui/AccountSalesTab.ui" line="8"/>
        <source>&amp;Chart by:</source>
        <translation>&amp;График по:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountSalesTab.ui" line="39"/>
        <source>No sales recorded for this account. Sales arrive with keystone-cli import sales.</source>
        <translation>Продаж этого клиента нет. Продажи загружаются командой keystone-cli import sales.</translation>
    </message>
</context>
<context>
    <name>AccountTendersTab</name>
    <message>
        <location filename="../../ui/AccountTendersTab.ui" line="8"/>
        <source>&lt;b&gt;Tenders&lt;/b&gt;</source>
        <translation>&lt;b&gt;Тендеры&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/AccountTendersTab.ui" line="10"/>
        <source>Add Te&amp;nder…</source>
        <translation>Добавить т&amp;ендер…</translation>
    </message>
    <message>
        <location filename="../../ui/AccountTendersTab.ui" line="10"/>
        <source>Record a tender this account runs or ran</source>
        <translation>Записать тендер, который этот клиент проводит или проводил</translation>
    </message>
    <message>
        <location filename="../../ui/AccountTendersTab.ui" line="12"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/AccountTendersTab.ui" line="12"/>
        <source>Edit the selected tender (Enter)</source>
        <translation>Изменить выбранный тендер (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/AccountTendersTab.ui" line="14"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/AccountTendersTab.ui" line="14"/>
        <source>Remove the selected tender (Delete); it can be undone</source>
        <translation>Удалить выбранный тендер (Delete); это можно отменить</translation>
    </message>
    <message>
        <location filename="../../ui/AccountTendersTab.ui" line="31"/>
        <source>No tenders recorded for this account.</source>
        <translation>Тендеров этого клиента нет.</translation>
    </message>
    <message>
        <location filename="../../ui/AccountTendersTab.ui" line="37"/>
        <source>&lt;b&gt;Competitors present&lt;/b&gt;</source>
        <translation>&lt;b&gt;Конкуренты у клиента&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/AccountTendersTab.ui" line="39"/>
        <source>Add &amp;Competitor…</source>
        <translation>Добавить конкурент&amp;а…</translation>
    </message>
    <message>
        <location filename="../../ui/AccountTendersTab.ui" line="39"/>
        <source>Record a competitor present at this account</source>
        <translation>Записать конкурента, работающего с этим клиентом</translation>
    </message>
    <message>
        <location filename="../../ui/AccountTendersTab.ui" line="41"/>
        <source>Ed&amp;it…</source>
        <translation>Из&amp;менить…</translation>
    </message>
    <message>
        <location filename="../../ui/AccountTendersTab.ui" line="41"/>
        <source>Edit the selected competitor&apos;s presence (Enter)</source>
        <translation>Изменить сведения о выбранном конкуренте (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/AccountTendersTab.ui" line="43"/>
        <source>Re&amp;move</source>
        <translation>Уда&amp;лить</translation>
    </message>
    <message>
        <location filename="../../ui/AccountTendersTab.ui" line="43"/>
        <source>Remove the selected competitor from this account (Delete); it can be undone</source>
        <translation>Убрать выбранного конкурента у этого клиента (Delete); это можно отменить</translation>
    </message>
    <message>
        <location filename="../../ui/AccountTendersTab.ui" line="60"/>
        <source>No competitors known at this account.</source>
        <translation>Конкуренты у этого клиента неизвестны.</translation>
    </message>
</context>
<context>
    <name>AccountWorkspace</name>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="29"/>
        <source>not assessed</source>
        <translation>нет оценки</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="30"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="31"/>
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
        <location filename="../../ui/AccountsView.ui" line="58"/>
        <source>&amp;Kind:</source>
        <translation>Т&amp;ип:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountsView.ui" line="65"/>
        <source>Accounts of this kind of key account</source>
        <translation>Клиенты этого типа ключевых клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/AccountsView.ui" line="70"/>
        <source>Se&amp;gment:</source>
        <translation>Се&amp;гмент:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountsView.ui" line="77"/>
        <source>Accounts in this cell of the latest saved segmentation</source>
        <translation>Клиенты в этой ячейке последней сохранённой сегментации</translation>
    </message>
    <message>
        <location filename="../../ui/AccountsView.ui" line="82"/>
        <source>C&amp;ountry:</source>
        <translation>Стр&amp;ана:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountsView.ui" line="89"/>
        <source>Accounts in this country</source>
        <translation>Клиенты из этой страны</translation>
    </message>
    <message>
        <location filename="../../ui/AccountsView.ui" line="94"/>
        <source>&amp;Tag:</source>
        <translation>Мет&amp;ка:</translation>
    </message>
    <message>
        <location filename="../../ui/AccountsView.ui" line="101"/>
        <source>Accounts with this tag</source>
        <translation>Клиенты с этой меткой</translation>
    </message>
    <message>
        <location filename="../../ui/AccountsView.ui" line="138"/>
        <source>&lt;h2&gt;No accounts yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Клиентов пока нет&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/AccountsView.ui" line="152"/>
        <source>This database is empty. Create your first account with New Account (Ctrl+N), import your accounts with File &gt; Import, or fill the database with demo data to look around: about sixty key accounts with dossiers, people, interactions and follow-ups.</source>
        <translation>База данных пуста. Создайте первого клиента командой «Новый клиент» (Ctrl+N), импортируйте своих клиентов через «Файл &gt; Импорт» или, чтобы осмотреться, заполните базу демонстрационными данными: около шестидесяти ключевых клиентов с досье, контактами, взаимодействиями и напоминаниями.</translation>
    </message>
    <message>
        <location filename="../../ui/AccountsView.ui" line="169"/>
        <source>&amp;New Account…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <location filename="../../ui/AccountsView.ui" line="175"/>
        <source>&amp;Fill With Demo Data</source>
        <translation>&amp;Заполнить демонстрационными данными</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../src/gui/interchange/BackgroundTask.cpp" line="47"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/BackgroundTask.cpp" line="59"/>
        <source>Cancelling…</source>
        <translation>Отменяется…</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <location filename="../../ui/BulkChangeDialog.ui" line="17"/>
        <source>New &amp;manager:</source>
        <translation>&amp;Новый менеджер:</translation>
    </message>
    <message>
        <location filename="../../ui/BulkChangeDialog.ui" line="26"/>
        <source>New &amp;status:</source>
        <translation>&amp;Новый статус:</translation>
    </message>
    <message>
        <location filename="../../ui/BulkChangeDialog.ui" line="35"/>
        <source>&amp;Add tags:</source>
        <translation>&amp;Добавить метки:</translation>
    </message>
    <message>
        <location filename="../../ui/BulkChangeDialog.ui" line="41"/>
        <location filename="../../ui/BulkChangeDialog.ui" line="52"/>
        <source>Tags separated by commas</source>
        <translation>Метки через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/BulkChangeDialog.ui" line="46"/>
        <source>&amp;Remove tags:</source>
        <translation>&amp;Удалить метки:</translation>
    </message>
</context>
<context>
    <name>CompetitorsDialog</name>
    <message>
        <location filename="../../ui/CompetitorsDialog.ui" line="6"/>
        <source>Competitors</source>
        <translation>Конкуренты</translation>
    </message>
    <message>
        <location filename="../../ui/CompetitorsDialog.ui" line="12"/>
        <source>The &amp;managed list:</source>
        <translation>&amp;Список конкурентов:</translation>
    </message>
    <message>
        <location filename="../../ui/CompetitorsDialog.ui" line="21"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/CompetitorsDialog.ui" line="30"/>
        <source>&amp;Web site:</source>
        <translation>&amp;Веб-сайт:</translation>
    </message>
    <message>
        <location filename="../../ui/CompetitorsDialog.ui" line="39"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location filename="../../ui/CompetitorsDialog.ui" line="52"/>
        <source>&amp;Add as New</source>
        <translation>&amp;Добавить как нового</translation>
    </message>
    <message>
        <location filename="../../ui/CompetitorsDialog.ui" line="52"/>
        <source>Add a competitor with the name, web site and notes above</source>
        <translation>Добавить конкурента с указанными выше названием, сайтом и заметками</translation>
    </message>
    <message>
        <location filename="../../ui/CompetitorsDialog.ui" line="53"/>
        <source>&amp;Save Changes</source>
        <translation>&amp;Сохранить изменения</translation>
    </message>
    <message>
        <location filename="../../ui/CompetitorsDialog.ui" line="53"/>
        <source>Write the name, web site and notes to the competitor chosen in the list</source>
        <translation>Записать название, сайт и заметки конкуренту, выбранному в списке</translation>
    </message>
    <message>
        <location filename="../../ui/CompetitorsDialog.ui" line="59"/>
        <source>Merge a duplicate</source>
        <translation>Объединить дубликат</translation>
    </message>
    <message>
        <location filename="../../ui/CompetitorsDialog.ui" line="61"/>
        <source>The competitor chosen in the list is the duplicate: its presence at accounts and the tenders it won move to the one kept, then it goes.</source>
        <translation>Конкурент, выбранный в списке, — дубликат: его присутствие у клиентов и выигранные им тендеры переходят к оставляемому, после чего он удаляется.</translation>
    </message>
    <message>
        <location filename="../../ui/CompetitorsDialog.ui" line="64"/>
        <source>&amp;Keep:</source>
        <translation>&amp;Оставить:</translation>
    </message>
    <message>
        <location filename="../../ui/CompetitorsDialog.ui" line="66"/>
        <source>Mer&amp;ge</source>
        <translation>Объ&amp;единить</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../ui/ContactEditor.ui" line="6"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../ui/ContactEditor.ui" line="13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../ui/ContactEditor.ui" line="29"/>
        <source>&amp;Title:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <location filename="../../ui/ContactEditor.ui" line="45"/>
        <source>&amp;Department:</source>
        <translation>&amp;Отдел:</translation>
    </message>
    <message>
        <location filename="../../ui/ContactEditor.ui" line="61"/>
        <source>Decision &amp;role:</source>
        <translation>&amp;Роль в решении:</translation>
    </message>
    <message>
        <location filename="../../ui/ContactEditor.ui" line="70"/>
        <source>&amp;Attitude:</source>
        <translation>Отно&amp;шение:</translation>
    </message>
    <message>
        <location filename="../../ui/ContactEditor.ui" line="79"/>
        <source>&amp;Influence (1-5):</source>
        <translation>&amp;Влияние (1-5):</translation>
    </message>
    <message>
        <location filename="../../ui/ContactEditor.ui" line="95"/>
        <source>Reports &amp;to:</source>
        <translation>&amp;Подчиняется:</translation>
    </message>
    <message>
        <location filename="../../ui/ContactEditor.ui" line="111"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/ContactEditor.ui" line="127"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/ContactEditor.ui" line="143"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../ui/ContactsView.ui" line="11"/>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Фильтр:</translation>
    </message>
    <message>
        <location filename="../../ui/ContactsView.ui" line="17"/>
        <source>Name, account, title, e-mail or phone</source>
        <translation>Имя, клиент, должность, эл. почта или телефон</translation>
    </message>
    <message>
        <location filename="../../ui/ContactsView.ui" line="23"/>
        <source>Show &amp;people who have left</source>
        <translation>Показывать у&amp;шедших из компаний</translation>
    </message>
    <message>
        <location filename="../../ui/ContactsView.ui" line="33"/>
        <source>&amp;Open Account</source>
        <translation>&amp;Открыть клиента</translation>
    </message>
    <message>
        <location filename="../../ui/ContactsView.ui" line="34"/>
        <source>Open the account on its People tab (Enter)</source>
        <translation>Открыть клиента на вкладке «Контакты» (Enter)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/DashboardView.ui" line="11"/>
        <source>&amp;Me:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardView.ui" line="18"/>
        <source>Whose day to show; remembered for this database</source>
        <translation>Чей день показывать; запоминается для этой базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardView.ui" line="41"/>
        <source>Follow-&amp;ups due</source>
        <translation>&amp;Напоминания к сроку</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardView.ui" line="66"/>
        <source>&amp;Commitments coming due</source>
        <translation>&amp;Обязательства с близким сроком</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardView.ui" line="91"/>
        <source>Overdue for co&amp;ntact</source>
        <translation>&amp;Давно без контакта</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardView.ui" line="116"/>
        <source>At &amp;risk or lost</source>
        <translation>Под &amp;угрозой или потеряны</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardView.ui" line="141"/>
        <source>Recent &amp;interactions</source>
        <translation>Последние &amp;взаимодействия</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="32"/>
        <source>nobody</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="52"/>
        <source>Due %1</source>
        <translation>Срок: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="25"/>
        <source>Database In Use</source>
        <translation>База данных занята</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="26"/>
        <source>%1 is in use by another Keystone window or another program.</source>
        <translation>Файл %1 используется другим окном Keystone или другой программой.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="27"/>
        <source>Close the other Keystone and open the file again. Keystone lets one program write to a database at a time, so that no change is lost.</source>
        <translation>Закройте другой экземпляр Keystone и откройте файл снова. Keystone разрешает запись в базу данных только одной программе одновременно, чтобы ни одно изменение не потерялось.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="31"/>
        <source>Database Is Read-Only</source>
        <translation>База данных доступна только для чтения</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="32"/>
        <source>%1 cannot be written to.</source>
        <translation>В файл %1 нельзя записывать.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="33"/>
        <source>Keystone needs to write to its database. Make the file and its folder writable, or copy the file somewhere you can write and open the copy.</source>
        <translation>Keystone должен записывать в свою базу данных. Разрешите запись в файл и его папку или скопируйте файл туда, где запись разрешена, и откройте копию.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="37"/>
        <source>Database From a Newer Keystone</source>
        <translation>База данных из более новой версии Keystone</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="38"/>
        <source>%1 was written by a newer version of Keystone.</source>
        <translation>Файл %1 записан более новой версией Keystone.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="39"/>
        <source>Update Keystone to open it. This version has not changed the file.</source>
        <translation>Чтобы открыть его, обновите Keystone. Эта версия файл не изменяла.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="41"/>
        <source>Database Is Damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="42"/>
        <source>%1 is damaged and cannot be read safely.</source>
        <translation>Файл %1 повреждён, и его нельзя надёжно прочитать.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="43"/>
        <source>Restore it from a backup: File &gt; Save a Backup copies, or the .bak file Keystone writes beside the database before each upgrade. Keystone has not changed the damaged file.</source>
        <translation>Восстановите его из резервной копии: из копии, сделанной через «Файл &gt; Сохранить резервную копию», или из файла .bak, который Keystone записывает рядом с базой данных перед каждым обновлением. Keystone не изменял повреждённый файл.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="47"/>
        <source>Not a Keystone Database</source>
        <translation>Это не база данных Keystone</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="48"/>
        <source>%1 is not a Keystone database.</source>
        <translation>Файл %1 не является базой данных Keystone.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="49"/>
        <source>Choose another file with File &gt; Open, or create a new database with File &gt; New.</source>
        <translation>Выберите другой файл через «Файл &gt; Открыть» или создайте новую базу данных через «Файл &gt; Создать».</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="51"/>
        <source>Disk Full</source>
        <translation>Диск заполнен</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="52"/>
        <source>The disk holding %1 is full.</source>
        <translation>Диск, на котором находится %1, заполнен.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="53"/>
        <source>Free some space on the disk, then open the database again.</source>
        <translation>Освободите место на диске и снова откройте базу данных.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="58"/>
        <source>Cannot Open Database</source>
        <translation>Не удалось открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="59"/>
        <source>Keystone could not open %1.</source>
        <translation>Keystone не удалось открыть %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseOpener.cpp" line="60"/>
        <source>Check that the folder exists and that you may write to it, or choose another file with File &gt; Open.</source>
        <translation>Проверьте, что папка существует и у вас есть право записи в неё, или выберите другой файл через «Файл &gt; Открыть».</translation>
    </message>
</context>
<context>
    <name>DeactivateMemberDialog</name>
    <message>
        <location filename="../../ui/DeactivateMemberDialog.ui" line="17"/>
        <source>&amp;Hand over to:</source>
        <translation>&amp;Передать:</translation>
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
    <name>DossierReport</name>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="49"/>
        <source>Account dossier: %1</source>
        <translation>Досье клиента: %1</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="52"/>
        <source>Dossier of %1 · %2 · made %3</source>
        <translation>Досье клиента «%1» · %2 · составлено %3</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="82"/>
        <source>Key facts</source>
        <translation>Основные сведения</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="83"/>
        <source>Reference</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="84"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="85"/>
        <source>Key-account kinds</source>
        <translation>Типы ключевого клиента</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="87"/>
        <location filename="../../src/report/DossierReport.cpp" line="91"/>
        <location filename="../../src/report/DossierReport.cpp" line="188"/>
        <source>Owner</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="91"/>
        <source>nobody</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="93"/>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="94"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="99"/>
        <source>Location</source>
        <translation>Местонахождение</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="100"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="102"/>
        <source>Headcount</source>
        <translation>Число сотрудников</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="106"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="110"/>
        <location filename="../../src/report/DossierReport.cpp" line="117"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="111"/>
        <source>%1 (%2 %3, share %4, %5 to %6)</source>
        <translation>%1 (%2 %3, доля %4, с %5 по %6)</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="113"/>
        <source>revenue</source>
        <translation>выручка</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="113"/>
        <source>margin</source>
        <translation>маржа</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="117"/>
        <source>not classified in %1 to %2 (no positive sales)</source>
        <translation>не классифицирован за период с %1 по %2 (нет положительных продаж)</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="122"/>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="124"/>
        <source>Next follow-up</source>
        <translation>Ближайшее напоминание</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="125"/>
        <source>Dossier complete</source>
        <translation>Заполненность досье</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="125"/>
        <source>%1 of %2 sections</source>
        <translation>разделов: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="133"/>
        <source>About the company</source>
        <translation>О компании</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="134"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="135"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="136"/>
        <source>Environment</source>
        <translation>Внешняя среда</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="137"/>
        <source>Strategy and plans</source>
        <translation>Стратегия и планы</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="138"/>
        <source>Product needs</source>
        <translation>Потребности в продукции</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="139"/>
        <source>How decisions are made</source>
        <translation>Принятие решений</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="140"/>
        <source>Relationship notes</source>
        <translation>Заметки об отношениях</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="142"/>
        <source>Dossier</source>
        <translation>Досье</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="145"/>
        <source>Not written yet.</source>
        <translation>Ещё не заполнено.</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="152"/>
        <source>People</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="154"/>
        <source>No contacts recorded.</source>
        <translation>Контактов нет.</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="158"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="159"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="160"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="161"/>
        <source>Attitude</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="162"/>
        <source>Influence</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="163"/>
        <source>Reports to</source>
        <translation>Подчиняется</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="164"/>
        <source>E-mail and phone</source>
        <translation>Эл. почта и телефон</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="168"/>
        <source>left the company</source>
        <translation>не работает в компании</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="187"/>
        <source>Open follow-ups and commitments</source>
        <translation>Открытые напоминания и обязательства</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="188"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="188"/>
        <location filename="../../src/report/DossierReport.cpp" line="215"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="188"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="188"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="193"/>
        <source>overdue by %1 days</source>
        <translation>просрочено на %1 дн.</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="194"/>
        <source>due today</source>
        <translation>срок сегодня</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="194"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="201"/>
        <source>Nothing open.</source>
        <translation>Открытых нет.</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="207"/>
        <source>Recent interactions</source>
        <translation>Последние взаимодействия</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="209"/>
        <source>No interactions recorded.</source>
        <translation>Взаимодействий нет.</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="211"/>
        <source>The newest %1 of %2.</source>
        <translation>Последние %1 из %2.</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="215"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="215"/>
        <source>Subject and outcome</source>
        <translation>Тема и результат</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="215"/>
        <source>With</source>
        <translation>С кем</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="215"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="222"/>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="237"/>
        <source>Tenders</source>
        <translation>Тендеры</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="239"/>
        <source>No tenders recorded.</source>
        <translation>Тендеров нет.</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="240"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="240"/>
        <source>Tender</source>
        <translation>Тендер</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="240"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="240"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="240"/>
        <source>Won by</source>
        <translation>Победитель</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="240"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="254"/>
        <source>Competitors at this account</source>
        <translation>Конкуренты у этого клиента</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="256"/>
        <source>No competitors recorded.</source>
        <translation>Конкурентов нет.</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="257"/>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="257"/>
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="257"/>
        <source>Products</source>
        <translation>Продукция</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="257"/>
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <location filename="../../src/report/DossierReport.cpp" line="257"/>
        <source>Notes</source>
        <translation>Заметки</translation>
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
    <name>FollowUpActions</name>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="31"/>
        <source>&amp;New Follow-up…</source>
        <translation>&amp;Новое напоминание…</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="32"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="33"/>
        <source>Re&amp;schedule…</source>
        <translation>Перене&amp;сти…</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="35"/>
        <source>Reass&amp;ign…</source>
        <translation>Пере&amp;дать…</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="36"/>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="37"/>
        <source>Mark &amp;Done</source>
        <translation>Отметить в&amp;ыполненным</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="38"/>
        <source>Re&amp;open</source>
        <translation>&amp;Возобновить</translation>
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
    <name>FollowUpEditor</name>
    <message>
        <location filename="../../ui/FollowUpEditor.ui" line="6"/>
        <source>Follow-up</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../ui/FollowUpEditor.ui" line="11"/>
        <source>&amp;Account:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <location filename="../../ui/FollowUpEditor.ui" line="14"/>
        <source>&amp;Kind:</source>
        <translation>Т&amp;ип:</translation>
    </message>
    <message>
        <location filename="../../ui/FollowUpEditor.ui" line="17"/>
        <source>&amp;Title:</source>
        <translation>&amp;Содержание:</translation>
    </message>
    <message>
        <location filename="../../ui/FollowUpEditor.ui" line="20"/>
        <source>D&amp;ue:</source>
        <translation>С&amp;рок:</translation>
    </message>
    <message>
        <location filename="../../ui/FollowUpEditor.ui" line="23"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../ui/FollowUpEditor.ui" line="24"/>
        <source>why the date moves, kept in the history</source>
        <translation>почему срок переносится; сохраняется в истории</translation>
    </message>
    <message>
        <location filename="../../ui/FollowUpEditor.ui" line="26"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <location filename="../../ui/FollowUpEditor.ui" line="29"/>
        <source>&amp;From interaction:</source>
        <translation>Из &amp;взаимодействия:</translation>
    </message>
    <message>
        <location filename="../../ui/FollowUpEditor.ui" line="36"/>
        <source>A commitment is a promise to the customer: a late one is how key accounts are lost.</source>
        <translation>Обязательство — это обещание клиенту: из-за просроченных обязательств и теряют ключевых клиентов.</translation>
    </message>
    <message>
        <location filename="../../ui/FollowUpEditor.ui" line="42"/>
        <source>Reschedule &amp;history:</source>
        <translation>Ис&amp;тория переносов:</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../ui/HandOverDialog.ui" line="6"/>
        <source>Hand Over Accounts</source>
        <translation>Передача клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/HandOverDialog.ui" line="11"/>
        <source>Moves accounts to another manager together with the open follow-ups and commitments the first manager owns on them. Afterwards you can print a summary of what the new manager must know.</source>
        <translation>Передаёт клиентов другому менеджеру вместе с открытыми напоминаниями и обязательствами прежнего менеджера по ним. После этого можно напечатать памятку о том, что новому менеджеру нужно знать.</translation>
    </message>
    <message>
        <location filename="../../ui/HandOverDialog.ui" line="18"/>
        <source>&amp;From:</source>
        <translation>&amp;От:</translation>
    </message>
    <message>
        <location filename="../../ui/HandOverDialog.ui" line="27"/>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <location filename="../../ui/HandOverDialog.ui" line="43"/>
        <source>Accounts:</source>
        <translation>Клиенты:</translation>
    </message>
    <message>
        <location filename="../../ui/HandOverDialog.ui" line="50"/>
        <source>&amp;All accounts of this manager</source>
        <translation>&amp;Все клиенты этого менеджера</translation>
    </message>
    <message>
        <location filename="../../ui/HandOverDialog.ui" line="56"/>
        <source>Only the &amp;selected accounts</source>
        <translation>Только в&amp;ыбранные клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/HandOverDialog.ui" line="76"/>
        <source>&amp;Print Summary…</source>
        <translation>&amp;Печать памятки…</translation>
    </message>
    <message>
        <location filename="../../ui/HandOverDialog.ui" line="77"/>
        <source>A printable summary of the handed-over accounts for their new manager</source>
        <translation>Памятка для нового менеджера о переданных клиентах, для печати</translation>
    </message>
</context>
<context>
    <name>HandOverSummary</name>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="49"/>
        <source>Hand-over: %1 to %2</source>
        <translation>Передача клиентов: %1 → %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="56"/>
        <source>%Ln account(s) handed over</source>
        <translation>
            <numerusform>передан %Ln клиент</numerusform>
            <numerusform>передано %Ln клиента</numerusform>
            <numerusform>передано %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="58"/>
        <source>%Ln open follow-up(s)</source>
        <translation>
            <numerusform>%Ln открытое напоминание</numerusform>
            <numerusform>%Ln открытых напоминания</numerusform>
            <numerusform>%Ln открытых напоминаний</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="71"/>
        <source>Reference %1</source>
        <translation>Код %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="76"/>
        <source>Segment %1</source>
        <translation>Сегмент %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="82"/>
        <source>%Ln employee(s)</source>
        <translation>
            <numerusform>%Ln сотрудник</numerusform>
            <numerusform>%Ln сотрудника</numerusform>
            <numerusform>%Ln сотрудников</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="84"/>
        <source>last contact %1</source>
        <translation>последний контакт %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="86"/>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="89"/>
        <source>Decision making</source>
        <translation>Принятие решений</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="90"/>
        <source>Relationship</source>
        <translation>Отношения</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="91"/>
        <source>Strategy</source>
        <translation>Стратегия</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="92"/>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="99"/>
        <source>Key people</source>
        <translation>Ключевые лица</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="101"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="101"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="101"/>
        <source>Attitude</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="101"/>
        <source>Influence</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="115"/>
        <source>Open follow-ups and commitments</source>
        <translation>Открытые напоминания и обязательства</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="119"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="128"/>
        <source>Recent interactions</source>
        <translation>Последние взаимодействия</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="149"/>
        <source>Hand-over summary</source>
        <translation>Памятка о передаче клиентов</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="172"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="174"/>
        <source>Save as PDF… (%1)</source>
        <translation>Сохранить в PDF… (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="176"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="177"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="183"/>
        <source>Not Saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="184"/>
        <source>The summary was not saved to %1: %2</source>
        <translation>Памятка не сохранена в %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../../src/gui/interchange/ImportCommand.cpp" line="15"/>
        <source>Import of %1</source>
        <translation>импорт «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportCommand.cpp" line="40"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportCommand.cpp" line="42"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportCommand.cpp" line="44"/>
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln взаимодействие</numerusform>
            <numerusform>%Ln взаимодействия</numerusform>
            <numerusform>%Ln взаимодействий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportCommand.cpp" line="46"/>
        <source>%Ln sale line(s)</source>
        <translation>
            <numerusform>%Ln строка продаж</numerusform>
            <numerusform>%Ln строки продаж</numerusform>
            <numerusform>%Ln строк продаж</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportCommand.cpp" line="48"/>
        <source>Import undone; it had added nothing.</source>
        <translation>Импорт отменён; он ничего не добавлял.</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportCommand.cpp" line="49"/>
        <source>Import undone: %1 removed.</source>
        <translation>Импорт отменён, удалено: %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportCommand.cpp" line="55"/>
        <source>Kept, because they have other data by now: %1.</source>
        <translation>Оставлены, потому что у них уже есть другие данные: %1.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="6"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="17"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="26"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="41"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="50"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="69"/>
        <source>Columns of the file and the &amp;fields they are read into:</source>
        <translation>Столбцы файла и &amp;поля, в которые они читаются:</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="92"/>
        <source>D&amp;ate format:</source>
        <translation>Формат &amp;даты:</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="104"/>
        <source>Numbers use a decimal &amp;comma (1.234,56)</source>
        <translation>Десятичная &amp;запятая в числах (1.234,56)</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="109"/>
        <source>C&amp;reate accounts for references that are not known yet</source>
        <translation>&amp;Создавать клиентов для ещё неизвестных кодов</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="115"/>
        <source>S&amp;kip invalid rows and write them to a rejects file beside the input</source>
        <translation>Пропускать &amp;неверные строки и записывать их в файл отклонённых строк рядом с исходным</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="120"/>
        <source>Import this file a&amp;gain although it was imported before</source>
        <translation>Импортировать этот файл по&amp;вторно, хотя он уже импортировался</translation>
    </message>
</context>
<context>
    <name>InteractionEditor</name>
    <message>
        <location filename="../../ui/InteractionEditor.ui" line="6"/>
        <source>Interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEditor.ui" line="11"/>
        <source>&amp;Kind:</source>
        <translation>Т&amp;ип:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEditor.ui" line="15"/>
        <source>&amp;When:</source>
        <translation>Дата и вре&amp;мя:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEditor.ui" line="21"/>
        <source>&amp;By:</source>
        <translation>&amp;Кто вёл:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEditor.ui" line="22"/>
        <source>The colleague who logged it and answers for it</source>
        <translation>Сотрудник, который записал его и отвечает за него</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEditor.ui" line="24"/>
        <source>Subj&amp;ect:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEditor.ui" line="25"/>
        <source>What it was about</source>
        <translation>О чём шла речь</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEditor.ui" line="27"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEditor.ui" line="30"/>
        <source>Sen&amp;timent:</source>
        <translation>&amp;Настрой:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEditor.ui" line="31"/>
        <source>How the customer felt about it</source>
        <translation>Как к этому отнёсся клиент</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEditor.ui" line="32"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEditor.ui" line="33"/>
        <source>What came of it</source>
        <translation>Чем это закончилось</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEditor.ui" line="35"/>
        <source>P&amp;roduct:</source>
        <translation>&amp;Продукт:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEditor.ui" line="36"/>
        <source>The product it concerns</source>
        <translation>Продукт, о котором шла речь</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEditor.ui" line="36"/>
        <source>For feedback, modification requests, beta tests and complaints</source>
        <translation>Для отзывов, запросов на доработку, бета-тестов и жалоб</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEditor.ui" line="44"/>
        <source>&amp;People at the account:</source>
        <translation>&amp;Люди клиента:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEditor.ui" line="45"/>
        <source>Tick the customer&apos;s people who took part</source>
        <translation>Отметьте людей клиента, которые участвовали</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEditor.ui" line="50"/>
        <source>Our co&amp;lleagues:</source>
        <translation>Наши &amp;сотрудники:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEditor.ui" line="51"/>
        <source>Tick the colleagues who took part besides the one it is by</source>
        <translation>Отметьте сотрудников, участвовавших помимо того, кто вёл</translation>
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
        <source>S&amp;entiment:</source>
        <translation>&amp;Настрой:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="31"/>
        <source>How the customer felt about it</source>
        <translation>Как к этому отнёсся клиент</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="32"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="33"/>
        <source>What came of it</source>
        <translation>Чем это закончилось</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="36"/>
        <source>&amp;Next step:</source>
        <translation>Следующий &amp;шаг:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="39"/>
        <source>A task for us, or a commitment made to the customer</source>
        <translation>Задача для нас или обязательство перед клиентом</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="40"/>
        <source>What we promised or must do</source>
        <translation>Что мы пообещали или должны сделать</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="41"/>
        <source>&amp;Due:</source>
        <translation>Срок испо&amp;лнения:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="50"/>
        <source>&amp;People who took part:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="52"/>
        <source>No people recorded for this account.</source>
        <translation>У этого клиента нет контактных лиц.</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="57"/>
        <source>&amp;Add Interaction</source>
        <translation>Доб&amp;авить взаимодействие</translation>
    </message>
    <message>
        <location filename="../../ui/InteractionEntry.ui" line="57"/>
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
        <location filename="../../src/report/VocabularyLabels.cpp" line="12"/>
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="14"/>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="16"/>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="18"/>
        <source>Lost</source>
        <translation>Потерян</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="20"/>
        <source>Won back</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="29"/>
        <source>Anchor</source>
        <translation>Опорный</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="31"/>
        <source>Prospective</source>
        <translation>Перспективный</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="33"/>
        <source>Image-maker</source>
        <translation>Имиджевый</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="35"/>
        <source>Expert</source>
        <translation>Экспертный</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="52"/>
        <location filename="../../src/report/VocabularyLabels.cpp" line="77"/>
        <location filename="../../src/report/VocabularyLabels.cpp" line="121"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="54"/>
        <source>Decision maker</source>
        <translation>Лицо, принимающее решение</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="56"/>
        <source>Economic buyer</source>
        <translation>Экономический покупатель</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="58"/>
        <source>Technical buyer</source>
        <translation>Технический покупатель</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="60"/>
        <source>Influencer</source>
        <translation>Влияющее лицо</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="62"/>
        <source>Gatekeeper</source>
        <translation>Привратник</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="64"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="66"/>
        <source>Champion</source>
        <translation>Внутренний союзник</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="68"/>
        <source>Blocker</source>
        <translation>Блокирующий</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="79"/>
        <source>Supporter</source>
        <translation>Сторонник</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="81"/>
        <location filename="../../src/report/VocabularyLabels.cpp" line="125"/>
        <source>Neutral</source>
        <translation>Нейтральный</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="83"/>
        <source>Opponent</source>
        <translation>Противник</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="92"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="94"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="96"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="98"/>
        <source>E-mail</source>
        <translation>Эл. письмо</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="100"/>
        <source>Demo</source>
        <translation>Демонстрация</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="102"/>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="104"/>
        <source>Complaint</source>
        <translation>Рекламация</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="106"/>
        <source>Feedback</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="108"/>
        <source>Modification request</source>
        <translation>Запрос на доработку</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="110"/>
        <source>Beta test</source>
        <translation>Бета-тестирование</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="112"/>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="123"/>
        <source>Positive</source>
        <translation>Положительный</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="127"/>
        <source>Negative</source>
        <translation>Отрицательный</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="136"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../src/report/VocabularyLabels.cpp" line="138"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="21"/>
        <source>low threat</source>
        <translation>низкая угроза</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="23"/>
        <source>medium threat</source>
        <translation>средняя угроза</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="25"/>
        <source>high threat</source>
        <translation>высокая угроза</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="59"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/common/Labels.cpp" line="61"/>
        <source>Overdue by %Ln day(s)</source>
        <translation>
            <numerusform>Просрочено на %Ln день</numerusform>
            <numerusform>Просрочено на %Ln дня</numerusform>
            <numerusform>Просрочено на %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Labels.cpp" line="63"/>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/common/Labels.cpp" line="64"/>
        <source>Due in %Ln day(s)</source>
        <translation>
            <numerusform>Срок через %Ln день</numerusform>
            <numerusform>Срок через %Ln дня</numerusform>
            <numerusform>Срок через %Ln дней</numerusform>
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
    <name>NewAccountCommand</name>
    <message>
        <location filename="../../src/gui/accounts/NewAccountCommand.cpp" line="15"/>
        <source>New Account %1</source>
        <translation>Новый клиент %1</translation>
    </message>
</context>
<context>
    <name>OrgChart</name>
    <message>
        <location filename="../../src/gui/account/OrgChart.cpp" line="43"/>
        <source>Has left the company</source>
        <translation>Больше не работает в компании</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/OrgChart.cpp" line="81"/>
        <source>%1 (left)</source>
        <translation>%1 (не работает)</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <location filename="../../src/report/PagedDocument.cpp" line="103"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <location filename="../../src/report/PdfOutput.cpp" line="96"/>
        <source>Segment report</source>
        <translation>Отчёт по сегментам</translation>
    </message>
    <message>
        <location filename="../../src/report/PdfOutput.cpp" line="105"/>
        <source>Account dossier: %1</source>
        <translation>Досье клиента: %1</translation>
    </message>
</context>
<context>
    <name>PresenceEditor</name>
    <message>
        <location filename="../../ui/PresenceEditor.ui" line="6"/>
        <source>Competitor at the Account</source>
        <translation>Конкурент у клиента</translation>
    </message>
    <message>
        <location filename="../../ui/PresenceEditor.ui" line="13"/>
        <source>&amp;Competitor:</source>
        <translation>&amp;Конкурент:</translation>
    </message>
    <message>
        <location filename="../../ui/PresenceEditor.ui" line="20"/>
        <source>&amp;New…</source>
        <translation>&amp;Новый…</translation>
    </message>
    <message>
        <location filename="../../ui/PresenceEditor.ui" line="20"/>
        <source>Add a competitor to the managed list and choose it</source>
        <translation>Добавить конкурента в список и выбрать его</translation>
    </message>
    <message>
        <location filename="../../ui/PresenceEditor.ui" line="32"/>
        <source>&amp;Threat:</source>
        <translation>&amp;Угроза:</translation>
    </message>
    <message>
        <location filename="../../ui/PresenceEditor.ui" line="41"/>
        <source>&amp;Products:</source>
        <translation>&amp;Продукция:</translation>
    </message>
    <message>
        <location filename="../../ui/PresenceEditor.ui" line="46"/>
        <source>What it sells there</source>
        <translation>Что он продаёт этому клиенту</translation>
    </message>
    <message>
        <location filename="../../ui/PresenceEditor.ui" line="57"/>
        <source>&amp;Strengths:</source>
        <translation>&amp;Сильные стороны:</translation>
    </message>
    <message>
        <location filename="../../ui/PresenceEditor.ui" line="62"/>
        <source>How it tries to win the account</source>
        <translation>Чем он пытается завоевать клиента</translation>
    </message>
    <message>
        <location filename="../../ui/PresenceEditor.ui" line="73"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="23"/>
        <source>account</source>
        <translation>клиент</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="25"/>
        <source>contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="27"/>
        <source>competitor</source>
        <translation>конкурент</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="29"/>
        <source>interaction</source>
        <translation>взаимодействие</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="31"/>
        <source>follow-up</source>
        <translation>задача</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="33"/>
        <source>tender</source>
        <translation>тендер</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="35"/>
        <source>team member</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="50"/>
        <source>is longer than %1 bytes</source>
        <translation>длиннее %1 байт</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="51"/>
        <source>is not valid UTF-8 at byte %1</source>
        <translation>не является корректным UTF-8 в байте %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="53"/>
        <source>contains the control character %1 at character %2; only TAB and line feed are allowed in text</source>
        <translation>содержит управляющий символ %1 в позиции %2; в тексте допустимы только табуляция и перевод строки</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="56"/>
        <source>another account already has the reference “%1”</source>
        <translation>у другого клиента уже есть код «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="58"/>
        <source>a competitor named “%1” already exists</source>
        <translation>конкурент «%1» уже есть</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="60"/>
        <source>a competitor named “%1” exists again, so the merge cannot be undone</source>
        <translation>конкурент «%1» снова существует, поэтому объединение нельзя отменить</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="61"/>
        <source>a reason named “%1” already exists</source>
        <translation>причина «%1» уже есть</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="63"/>
        <source>another team member already has the address %1</source>
        <translation>адрес %1 уже есть у другого сотрудника</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="65"/>
        <source>%1 is deactivated and can own nothing new</source>
        <translation>%1 деактивирован(а) и не может вести новых клиентов</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="67"/>
        <source>%1 is deactivated and cannot work in Keystone</source>
        <translation>%1 деактивирован(а) и не может работать в Keystone</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="68"/>
        <source>%1 is deactivated already</source>
        <translation>%1 уже деактивирован(а)</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="81"/>
        <source>%1 %2 does not exist</source>
        <translation>%1 %2 не существует</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="92"/>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="94"/>
        <source>is required: a team member is known by their e-mail address</source>
        <translation>обязательное поле: сотрудника узнают по адресу электронной почты</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="95"/>
        <source>is not an e-mail address</source>
        <translation>не адрес электронной почты</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="96"/>
        <source>must not start or end with spaces</source>
        <translation>не должно начинаться или заканчиваться пробелом</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="97"/>
        <source>must not be negative</source>
        <translation>не может быть отрицательным</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="98"/>
        <source>must be zero or more</source>
        <translation>должно быть не меньше нуля</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="99"/>
        <source>must be from 1 to 5</source>
        <translation>должно быть от 1 до 5</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="100"/>
        <source>is set on a follow-up that is still open</source>
        <translation>указано у задачи, которая ещё не выполнена</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="101"/>
        <source>a contact cannot report to themselves</source>
        <translation>контакт не может подчиняться сам себе</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="102"/>
        <source>a tag must not be empty</source>
        <translation>метка не может быть пустой</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="103"/>
        <source>a tag must not contain “,” or “;”</source>
        <translation>метка не может содержать «,» или «;»</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="105"/>
        <source>a winning competitor is recorded only for a lost tender</source>
        <translation>победитель указывается только для проигранного тендера</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="106"/>
        <source>an account cannot be its own parent</source>
        <translation>клиент не может быть своей же головной компанией</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="107"/>
        <source>a competitor cannot be merged into itself</source>
        <translation>конкурента нельзя объединить с ним же</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="108"/>
        <source>a contact cannot move to another account</source>
        <translation>контакт нельзя перенести к другому клиенту</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="110"/>
        <source>a follow-up cannot move to another account</source>
        <translation>задачу нельзя перенести к другому клиенту</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="112"/>
        <source>an interaction cannot move to another account</source>
        <translation>взаимодействие нельзя перенести к другому клиенту</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="125"/>
        <source>Reference</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="126"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="127"/>
        <source>Legal name</source>
        <translation>Юридическое название</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="128"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="129"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="130"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="131"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="132"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="133"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="134"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="135"/>
        <source>Headcount</source>
        <translation>Число сотрудников</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="136"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="137"/>
        <source>Parent account</source>
        <translation>Головная компания</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="138"/>
        <source>Owner</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="139"/>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="140"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="141"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="142"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="143"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="144"/>
        <source>Reports to</source>
        <translation>Подчиняется</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="145"/>
        <source>Influence</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="146"/>
        <source>Relationship notes</source>
        <translation>Заметки об отношениях</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="147"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="148"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="149"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="150"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="151"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="152"/>
        <source>Products</source>
        <translation>Продукция</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="153"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="154"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="155"/>
        <source>Done on</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="156"/>
        <source>Interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="157"/>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="158"/>
        <source>Winner</source>
        <translation>Победитель</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="159"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="160"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="161"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="162"/>
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="163"/>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="164"/>
        <source>Strategy</source>
        <translation>Стратегия</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="165"/>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="166"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="167"/>
        <source>Environment</source>
        <translation>Внешняя среда</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="168"/>
        <source>Decision process</source>
        <translation>Процесс принятия решений</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="169"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="170"/>
        <source>Hand over to</source>
        <translation>Кому передать</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="171"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="172"/>
        <source>From</source>
        <translation>Из</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="173"/>
        <source>Into</source>
        <translation>В</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/ProblemText.cpp" line="193"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../../src/report/Labels.cpp" line="24"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../src/report/Labels.cpp" line="26"/>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <location filename="../../src/report/Labels.cpp" line="28"/>
        <source>Lost</source>
        <comment>tender outcome</comment>
        <translation>Проиграно</translation>
    </message>
    <message>
        <location filename="../../src/report/Labels.cpp" line="30"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../../src/report/Labels.cpp" line="39"/>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <location filename="../../src/report/Labels.cpp" line="41"/>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location filename="../../src/report/Labels.cpp" line="43"/>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
</context>
<context>
    <name>ReportList</name>
    <message>
        <location filename="../../ui/ReportList.ui" line="20"/>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Фильтр:</translation>
    </message>
    <message>
        <location filename="../../ui/ReportList.ui" line="26"/>
        <source>Name, reference, owner…</source>
        <translation>Название, код, менеджер…</translation>
    </message>
    <message>
        <location filename="../../ui/ReportList.ui" line="35"/>
        <source>E&amp;xport This List…</source>
        <translation>&amp;Экспорт списка…</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../src/gui/segments/ReportTableModel.cpp" line="34"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <location filename="../../src/gui/main/ScreenshotTour.cpp" line="188"/>
        <source>Asked for a second delivery slot per week.</source>
        <translation>Попросили второе окно поставки в неделю.</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpScreenshots.cpp" line="71"/>
        <source>Deliver the revised offer</source>
        <translation>Отправить исправленное предложение</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpScreenshots.cpp" line="88"/>
        <source>The samples are still at customs</source>
        <translation>Образцы всё ещё на таможне</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpScreenshots.cpp" line="97"/>
        <source>The customer&apos;s plant is closed for inventory</source>
        <translation>Завод клиента закрыт на инвентаризацию</translation>
    </message>
</context>
<context>
    <name>SegmentCharts</name>
    <message>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="55"/>
        <source>Pareto: cumulative share of the total against share of accounts</source>
        <translation>Парето: накопленная доля итога в зависимости от доли клиентов</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="57"/>
        <source>Cumulative share</source>
        <translation>Накопленная доля</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="72"/>
        <source>A/B at %1%</source>
        <translation>A/B на %1%</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="73"/>
        <source>B/C at %1%</source>
        <translation>B/C на %1%</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="74"/>
        <source>Share of accounts, largest first</source>
        <translation>Доля клиентов, от крупных к мелким</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="75"/>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="242"/>
        <source>Share of the total</source>
        <translation>Доля итога</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="97"/>
        <source>Distribution of the coefficient of variation</source>
        <translation>Распределение коэффициента вариации</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="102"/>
        <source>X: CV ≤ %1%</source>
        <translation>X: КВ ≤ %1%</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="102"/>
        <source>Y: CV ≤ %1%</source>
        <translation>Y: КВ ≤ %1%</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="103"/>
        <source>Z: CV &gt; %1%</source>
        <translation>Z: КВ &gt; %1%</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="118"/>
        <source>≥%1</source>
        <translation>≥%1</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="123"/>
        <source>CV from (bins of 0.25)</source>
        <translation>КВ от (интервалы по 0,25)</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="129"/>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="211"/>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="139"/>
        <source>Margin by cell per period</source>
        <translation>Маржа по ячейкам за период</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="139"/>
        <source>Revenue by cell per period</source>
        <translation>Выручка по ячейкам за период</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="190"/>
        <source>Accounts lost per month</source>
        <translation>Потерянные клиенты по месяцам</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="192"/>
        <source>Lost</source>
        <translation>Потеряны</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="221"/>
        <source>Share of the top accounts, window ending in</source>
        <translation>Доля крупнейших клиентов по месяцу окончания окна</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="223"/>
        <source>Top 1</source>
        <translation>Топ-1</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="224"/>
        <source>Top 5</source>
        <translation>Топ-5</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentCharts.cpp" line="225"/>
        <source>Top 10</source>
        <translation>Топ-10</translation>
    </message>
</context>
<context>
    <name>SegmentListColumns</name>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="24"/>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="69"/>
        <source>Lost</source>
        <translation>Потерян</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="26"/>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="33"/>
        <source>No sales</source>
        <translation>Нет продаж</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="35"/>
        <source>Net zero</source>
        <translation>Итог ноль</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="37"/>
        <source>Net negative</source>
        <translation>Итог отрицательный</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="51"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="52"/>
        <source>Reference</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="53"/>
        <source>Owner</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="54"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="55"/>
        <source>CV</source>
        <translation>КВ</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="56"/>
        <source>Cell</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="57"/>
        <source>Flags</source>
        <translation>Признаки</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="58"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="59"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="60"/>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="61"/>
        <source>Days since</source>
        <translation>Дней прошло</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="62"/>
        <source>Median interval (days)</source>
        <translation>Медианный интервал (дней)</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="63"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="64"/>
        <source>Monthly average</source>
        <translation>В среднем за месяц</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="65"/>
        <source>Revenue of their last year</source>
        <translation>Выручка за последний год</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="66"/>
        <source>Went to</source>
        <translation>Ушёл к</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="67"/>
        <source>Offer</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="68"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="70"/>
        <source>Their revenue in the year before</source>
        <translation>Выручка за год до ухода</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="72"/>
        <source>From</source>
        <translation>Из</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="73"/>
        <source>To</source>
        <translation>В</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="74"/>
        <source>Window from</source>
        <translation>Окно с</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="75"/>
        <source>Window to</source>
        <translation>Окно по</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="76"/>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="77"/>
        <source>Top 1</source>
        <translation>Топ-1</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="78"/>
        <source>Top 5</source>
        <translation>Топ-5</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="79"/>
        <source>Top 10</source>
        <translation>Топ-10</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="80"/>
        <source>Herfindahl</source>
        <translation>Херфиндаль</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="90"/>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="91"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentListColumns.cpp" line="109"/>
        <source>not classified</source>
        <translation>не классифицирован</translation>
    </message>
</context>
<context>
    <name>SegmentMatrixTab</name>
    <message>
        <location filename="../../ui/SegmentMatrixTab.ui" line="15"/>
        <source>Arrow keys or a click choose a cell; its accounts are listed beside</source>
        <translation>Ячейку выбирают стрелками или щелчком; её клиенты перечислены рядом</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentMatrixTab.ui" line="28"/>
        <source>List &amp;Unclassified</source>
        <translation>Список &amp;неклассифицированных</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentMatrixTab.ui" line="35"/>
        <source>Suggested way of working</source>
        <translation>Рекомендуемый подход к работе</translation>
    </message>
</context>
<context>
    <name>SegmentMovementTab</name>
    <message>
        <location filename="../../ui/SegmentMovementTab.ui" line="10"/>
        <source>&amp;Compare snapshot:</source>
        <translation>Сравнить сн&amp;имок:</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentMovementTab.ui" line="21"/>
        <source>&amp;with:</source>
        <translation>с&amp;о снимком:</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentMovementTab.ui" line="58"/>
        <source>Accounts per move: rows are the older snapshot&apos;s cells, columns the newer one&apos;s</source>
        <translation>Клиенты по переходам: строки — ячейки более старого снимка, столбцы — более нового</translation>
    </message>
</context>
<context>
    <name>SegmentReport</name>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="77"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="77"/>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="82"/>
        <source>Segment report · %1 · made %2</source>
        <translation>Отчёт по сегментам · %1 · составлен %2</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="104"/>
        <location filename="../../src/report/SegmentReport.cpp" line="316"/>
        <source>Segment report</source>
        <translation>Отчёт по сегментам</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="105"/>
        <source>ABC-XYZ segmentation of the key accounts in %1</source>
        <translation>Сегментация ABC-XYZ ключевых клиентов за %1</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="108"/>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="109"/>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="109"/>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="110"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="110"/>
        <source>month</source>
        <translation>месяцы</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="110"/>
        <source>quarter</source>
        <translation>кварталы</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="111"/>
        <source>%1 periods</source>
        <translation>периодов: %1</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="113"/>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="114"/>
        <source>ABC thresholds</source>
        <translation>Границы ABC</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="115"/>
        <source>A up to %1 of the cumulative share, B up to %2, C the rest</source>
        <translation>A — до %1 накопленной доли, B — до %2, C — остальные</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="117"/>
        <source>XYZ thresholds</source>
        <translation>Границы XYZ</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="118"/>
        <source>X: coefficient of variation up to %1, Y up to %2, Z above</source>
        <translation>X — коэффициент вариации до %1, Y — до %2, Z — выше</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="120"/>
        <source>Accounts classified</source>
        <translation>Классифицировано клиентов</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="121"/>
        <location filename="../../src/report/SegmentReport.cpp" line="213"/>
        <source>Accounts not classified</source>
        <translation>Не классифицировано клиентов</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="122"/>
        <source>Total %1</source>
        <translation>Итого %1</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="123"/>
        <source>Risk and win-back as of</source>
        <translation>Риск и возврат клиентов на дату</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="124"/>
        <source>Made</source>
        <translation>Составлен</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="127"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="128"/>
        <source>The matrix and the Pareto chart; the accounts of each cell; accounts not classified; movement between saved snapshots; accounts at risk or lost; the win-back list.</source>
        <translation>Матрица и диаграмма Парето; клиенты каждой ячейки; неклассифицированные клиенты; переходы между сохранёнными снимками; клиенты под угрозой и потерянные; список для возврата клиентов.</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="137"/>
        <source>The ABC-XYZ matrix</source>
        <translation>Матрица ABC-XYZ</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="139"/>
        <source>Each cell: its accounts and its share of the total %1.</source>
        <translation>Каждая ячейка: её клиенты и её доля в итоге (%1).</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="144"/>
        <source>X: steady</source>
        <translation>X: стабильный</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="144"/>
        <source>Y: fluctuating</source>
        <translation>Y: колеблющийся</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="144"/>
        <source>Z: irregular</source>
        <translation>Z: нерегулярный</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="148"/>
        <source>A: largest</source>
        <translation>A: крупные</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="148"/>
        <source>B: middle</source>
        <translation>B: средние</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="148"/>
        <source>C: smallest</source>
        <translation>C: мелкие</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="155"/>
        <source>Accounts: %1</source>
        <translation>Клиентов: %1</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="156"/>
        <source>Share: %1</source>
        <translation>Доля: %1</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="157"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="163"/>
        <source>Pareto chart</source>
        <translation>Диаграмма Парето</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="164"/>
        <source>Accounts ranked by %1, largest first; the boundaries at %2 (A/B) and %3 (B/C) of the cumulative share split the classes.</source>
        <translation>Клиенты по убыванию показателя «%1»; границы на %2 (A/B) и %3 (B/C) накопленной доли разделяют классы.</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="173"/>
        <source>Accounts per cell</source>
        <translation>Клиенты по ячейкам</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="176"/>
        <source>%1 · accounts: %2 · share %3</source>
        <translation>%1 · клиентов: %2 · доля %3</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="182"/>
        <source>No accounts in this cell.</source>
        <translation>В этой ячейке нет клиентов.</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="185"/>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="186"/>
        <location filename="../../src/report/SegmentReport.cpp" line="219"/>
        <location filename="../../src/report/SegmentReport.cpp" line="253"/>
        <location filename="../../src/report/SegmentReport.cpp" line="267"/>
        <location filename="../../src/report/SegmentReport.cpp" line="293"/>
        <source>Reference</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="187"/>
        <location filename="../../src/report/SegmentReport.cpp" line="219"/>
        <location filename="../../src/report/SegmentReport.cpp" line="253"/>
        <location filename="../../src/report/SegmentReport.cpp" line="268"/>
        <location filename="../../src/report/SegmentReport.cpp" line="294"/>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="189"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="190"/>
        <source>Cumulative</source>
        <translation>Накопленная</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="191"/>
        <source>Variation</source>
        <translation>Вариация</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="192"/>
        <source>Flags</source>
        <translation>Признаки</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="199"/>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="201"/>
        <source>anchor</source>
        <translation>опорный</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="216"/>
        <source>Every active account had a positive %1 in the window.</source>
        <translation>У каждого активного клиента показатель «%1» в окне положительный.</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="219"/>
        <location filename="../../src/report/SegmentReport.cpp" line="274"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="221"/>
        <source>no sales in the window</source>
        <translation>нет продаж в окне</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="222"/>
        <source>net zero</source>
        <translation>итог ноль</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="223"/>
        <source>net negative</source>
        <translation>итог отрицательный</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="231"/>
        <source>Movement between snapshots</source>
        <translation>Переходы между снимками</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="234"/>
        <source>Fewer than two saved snapshots. Save segmentation runs (keystone-cli segment --save) to see which accounts moved between cells.</source>
        <translation>Сохранено меньше двух снимков. Сохраняйте результаты сегментации (keystone-cli segment --save), чтобы видеть, какие клиенты переходят между ячейками.</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="239"/>
        <source>#%1 “%2” of %3</source>
        <translation>№%1 «%2» от %3</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="242"/>
        <source>From %1 to %2: %3 accounts moved, %4 stayed in their cell.</source>
        <translation>С %1 по %2: клиентов сменили ячейку — %3, остались в своей ячейке — %4.</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="249"/>
        <location filename="../../src/report/SegmentReport.cpp" line="253"/>
        <source>From</source>
        <translation>Из</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="249"/>
        <location filename="../../src/report/SegmentReport.cpp" line="253"/>
        <source>To</source>
        <translation>В</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="249"/>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="252"/>
        <source>Transitions</source>
        <translation>Переходы</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="256"/>
        <source>Accounts that moved</source>
        <translation>Клиенты, сменившие ячейку</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="263"/>
        <source>Accounts at risk and lost, as of %1</source>
        <translation>Клиенты под угрозой и потерянные на %1</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="265"/>
        <source>No account is at risk or lost.</source>
        <translation>Ни один клиент не находится под угрозой и не потерян.</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="269"/>
        <location filename="../../src/report/SegmentReport.cpp" line="295"/>
        <source>Owner</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="270"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="271"/>
        <location filename="../../src/report/SegmentReport.cpp" line="297"/>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="272"/>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="273"/>
        <location filename="../../src/report/SegmentReport.cpp" line="296"/>
        <source>Revenue, 12 months</source>
        <translation>Выручка за 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="275"/>
        <location filename="../../src/report/SegmentReport.cpp" line="298"/>
        <source>Went to</source>
        <translation>Ушёл к</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="278"/>
        <source>lost</source>
        <translation>потерян</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="278"/>
        <source>at risk</source>
        <translation>под угрозой</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="286"/>
        <source>Win-back</source>
        <translation>Возврат клиентов</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="288"/>
        <source>No lost accounts to win back.</source>
        <translation>Потерянных клиентов для возврата нет.</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="290"/>
        <source>Lost accounts by what they brought in their last twelve months, with the open follow-up as the offer.</source>
        <translation>Потерянные клиенты по выручке за их последние двенадцать месяцев; предложение — их открытое напоминание.</translation>
    </message>
    <message>
        <location filename="../../src/report/SegmentReport.cpp" line="299"/>
        <source>Offer</source>
        <translation>Предложение</translation>
    </message>
</context>
<context>
    <name>SegmentRiskTab</name>
    <message>
        <location filename="../../ui/SegmentRiskTab.ui" line="9"/>
        <source>At Risk and Lost</source>
        <translation>Под угрозой и потерянные</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentRiskTab.ui" line="17"/>
        <source>Churn by Month</source>
        <translation>Отток по месяцам</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentRiskTab.ui" line="30"/>
        <source>Win-back</source>
        <translation>Возврат клиентов</translation>
    </message>
</context>
<context>
    <name>SegmentSuggestion</name>
    <message>
        <location filename="../../src/gui/segments/SegmentMatrixModel.cpp" line="22"/>
        <source>Protect and develop: a dedicated manager, frequent visits, long-term agreements, joint planning. Losing one of these hurts most.</source>
        <translation>Беречь и развивать: отдельный менеджер, частые визиты, долгосрочные соглашения, совместное планирование. Потеря такого клиента бьёт сильнее всего.</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMatrixModel.cpp" line="25"/>
        <source>Secure the volume: learn the cause of the swings (seasons, projects), agree on forecasts and call-off contracts.</source>
        <translation>Удержать объём: выяснить причину колебаний (сезонность, проекты), договориться о прогнозах и рамочных договорах с поставками по заявкам.</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMatrixModel.cpp" line="28"/>
        <source>Big but unpredictable: find out why (tenders, projects, a competitor sharing the business); keep an account plan and watch closely.</source>
        <translation>Крупный, но непредсказуемый: выяснить причину (тендеры, проекты, конкурент, с которым делится объём); вести план по клиенту и пристально следить.</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMatrixModel.cpp" line="31"/>
        <source>Grow: cross-sell and up-sell to a reliable buyer; regular but lighter contact.</source>
        <translation>Расти: перекрёстные и дополнительные продажи надёжному покупателю; регулярный, но менее плотный контакт.</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMatrixModel.cpp" line="33"/>
        <source>Stabilise: standard terms, reminders ahead of their usual ordering times.</source>
        <translation>Стабилизировать: стандартные условия, напоминания перед обычными сроками заказов.</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMatrixModel.cpp" line="35"/>
        <source>Qualify: is the potential real? Targeted offers, no heavy investment.</source>
        <translation>Квалифицировать: реален ли потенциал? Адресные предложения, без крупных вложений.</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMatrixModel.cpp" line="37"/>
        <source>Automate: small but steady; self-service, standard packages, keep the cost to serve low.</source>
        <translation>Автоматизировать: мелкий, но стабильный; самообслуживание, стандартные пакеты, низкие затраты на обслуживание.</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMatrixModel.cpp" line="39"/>
        <source>Serve efficiently: catalogue and online ordering, occasional campaigns.</source>
        <translation>Обслуживать эффективно: каталог и онлайн-заказы, периодические акции.</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMatrixModel.cpp" line="41"/>
        <source>Serve at low cost: no dedicated effort, minimum order sizes, review whether they pay off.</source>
        <translation>Обслуживать с минимальными затратами: без отдельных усилий, минимальный размер заказа; проверить, окупаются ли они.</translation>
    </message>
</context>
<context>
    <name>SegmentsView</name>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="10"/>
        <source>Fr&amp;om:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="22"/>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="34"/>
        <source>&amp;Period:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="41"/>
        <source>&amp;Measure:</source>
        <translation>Пока&amp;затель:</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="58"/>
        <source>A&amp;BC cut-offs:</source>
        <translation>Гр&amp;аницы ABC:</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="67"/>
        <location filename="../../ui/SegmentsView.ui" line="76"/>
        <location filename="../../ui/SegmentsView.ui" line="91"/>
        <location filename="../../ui/SegmentsView.ui" line="100"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="68"/>
        <source>Cumulative share of the total that closes class A</source>
        <translation>Накопленная доля итога, на которой заканчивается класс A</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="77"/>
        <source>Cumulative share of the total that closes class B</source>
        <translation>Накопленная доля итога, на которой заканчивается класс B</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="82"/>
        <source>X&amp;YZ limits on CV:</source>
        <translation>Пре&amp;делы XYZ по КВ:</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="92"/>
        <source>Largest coefficient of variation of class X</source>
        <translation>Наибольший коэффициент вариации класса X</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="101"/>
        <source>Largest coefficient of variation of class Y</source>
        <translation>Наибольший коэффициент вариации класса Y</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="106"/>
        <source>&amp;Recompute</source>
        <translation>Пересчита&amp;ть</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="107"/>
        <source>Segment again with these parameters (Enter in any field)</source>
        <translation>Сегментировать заново с этими параметрами (Enter в любом поле)</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="112"/>
        <source>&amp;Defaults</source>
        <translation>По &amp;умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="113"/>
        <source>The parameters of the analytics settings</source>
        <translation>Параметры из настроек аналитики</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="118"/>
        <source>S&amp;ave Snapshot…</source>
        <translation>Сде&amp;лать снимок…</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="119"/>
        <source>Save the segmentation on screen as a dated snapshot, to compare later ones with in the Movement tab (Edit &gt; Undo takes it back)</source>
        <translation>Сохранить сегментацию на экране как датированный снимок, чтобы сравнивать с ним следующие на вкладке «Переходы» (Правка &gt; Отменить отменяет сохранение)</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="128"/>
        <source>Computing…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="156"/>
        <source>Matr&amp;ix</source>
        <translation>&amp;Матрица</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="159"/>
        <source>Chart&amp;s</source>
        <translation>&amp;Графики</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="162"/>
        <source>Ris&amp;k</source>
        <translation>&amp;Риск</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="165"/>
        <source>Mo&amp;vement</source>
        <translation>Пере&amp;ходы</translation>
    </message>
    <message>
        <location filename="../../ui/SegmentsView.ui" line="168"/>
        <source>Co&amp;ncentration</source>
        <translation>&amp;Концентрация</translation>
    </message>
</context>
<context>
    <name>SnapshotSaveCommand</name>
    <message>
        <location filename="../../src/gui/segments/SnapshotSaveCommand.cpp" line="16"/>
        <source>Save Snapshot “%1”</source>
        <translation>сохранение снимка «%1»</translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <location filename="../../src/gui/team/TeamCommand.cpp" line="14"/>
        <source>Add Team Member %1</source>
        <translation>Добавление участника команды %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamCommand.cpp" line="17"/>
        <source>Edit Team Member %1</source>
        <translation>Изменение участника команды %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamCommand.cpp" line="20"/>
        <source>Reactivate %1</source>
        <translation>Возвращение в команду: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamCommand.cpp" line="23"/>
        <source>Deactivate %1</source>
        <translation>Отключение: %1</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/TeamDialog.ui" line="6"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../ui/TeamDialog.ui" line="21"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/TeamDialog.ui" line="26"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/TeamDialog.ui" line="31"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Отключить…</translation>
    </message>
    <message>
        <location filename="../../ui/TeamDialog.ui" line="36"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Вернуть</translation>
    </message>
</context>
<context>
    <name>TeamMemberEditor</name>
    <message>
        <location filename="../../ui/TeamMemberEditor.ui" line="11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../ui/TeamMemberEditor.ui" line="17"/>
        <source>First and last name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/TeamMemberEditor.ui" line="29"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/TeamMemberEditor.ui" line="35"/>
        <source>name@company.com</source>
        <translation>name@company.com</translation>
    </message>
    <message>
        <location filename="../../ui/TeamMemberEditor.ui" line="47"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
</context>
<context>
    <name>TenderEditor</name>
    <message>
        <location filename="../../ui/TenderEditor.ui" line="6"/>
        <source>Tender</source>
        <translation>Тендер</translation>
    </message>
    <message>
        <location filename="../../ui/TenderEditor.ui" line="13"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/TenderEditor.ui" line="29"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/TenderEditor.ui" line="45"/>
        <source>&amp;Value:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <location filename="../../ui/TenderEditor.ui" line="50"/>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/TenderEditor.ui" line="61"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <location filename="../../ui/TenderEditor.ui" line="70"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../ui/TenderEditor.ui" line="78"/>
        <source>From the managed list, so that wins and losses can be counted by reason</source>
        <translation>Из списка причин, чтобы победы и поражения можно было посчитать по причинам</translation>
    </message>
    <message>
        <location filename="../../ui/TenderEditor.ui" line="79"/>
        <source>N&amp;ew…</source>
        <translation>Нов&amp;ая…</translation>
    </message>
    <message>
        <location filename="../../ui/TenderEditor.ui" line="79"/>
        <source>Add a reason to the managed list</source>
        <translation>Добавить причину в список</translation>
    </message>
    <message>
        <location filename="../../ui/TenderEditor.ui" line="82"/>
        <source>Detail: what made the difference</source>
        <translation>Подробности: что решило исход</translation>
    </message>
    <message>
        <location filename="../../ui/TenderEditor.ui" line="94"/>
        <source>&amp;Won by:</source>
        <translation>Кем &amp;выигран:</translation>
    </message>
    <message>
        <location filename="../../ui/TenderEditor.ui" line="101"/>
        <source>&amp;New…</source>
        <translation>&amp;Новый…</translation>
    </message>
    <message>
        <location filename="../../ui/TenderEditor.ui" line="101"/>
        <source>Add a competitor to the managed list and choose it</source>
        <translation>Добавить конкурента в список и выбрать его</translation>
    </message>
    <message>
        <location filename="../../ui/TenderEditor.ui" line="113"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
</context>
<context>
    <name>TenderTableModel</name>
    <message>
        <location filename="../../src/gui/account/TenderTableModel.cpp" line="15"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/TenderTableModel.cpp" line="17"/>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/TenderTableModel.cpp" line="19"/>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/TenderTableModel.cpp" line="21"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
</context>
<context>
    <name>WhoAreYouDialog</name>
    <message>
        <location filename="../../ui/WhoAreYouDialog.ui" line="6"/>
        <source>Who Are You?</source>
        <translation>Кто вы?</translation>
    </message>
    <message>
        <location filename="../../ui/WhoAreYouDialog.ui" line="16"/>
        <source>&amp;I am:</source>
        <translation>&amp;Я:</translation>
    </message>
    <message>
        <location filename="../../ui/WhoAreYouDialog.ui" line="27"/>
        <source>The team has no active members yet: add yourself.</source>
        <translation>В команде пока нет активных участников: добавьте себя.</translation>
    </message>
    <message>
        <location filename="../../ui/WhoAreYouDialog.ui" line="34"/>
        <source>I Am &amp;New to the Team…</source>
        <translation>Я &amp;новый участник команды…</translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountBulkActions</name>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="34"/>
        <source>Change &amp;Manager…</source>
        <translation>Сменить &amp;менеджера…</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="35"/>
        <source>Give the selected accounts to another manager</source>
        <translation>Передать выбранных клиентов другому менеджеру</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="37"/>
        <source>Set the status of the selected accounts</source>
        <translation>Установить статус выбранных клиентов</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="39"/>
        <source>Add tags to the selected accounts or remove tags from them</source>
        <translation>Добавить метки выбранным клиентам или убрать их</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="40"/>
        <source>&amp;Hand Over…</source>
        <translation>&amp;Передать клиентов…</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="41"/>
        <source>Move a manager&apos;s accounts and open follow-ups to another manager</source>
        <translation>Передать клиентов и открытые напоминания менеджера другому менеджеру</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="43"/>
        <source>&amp;Archive…</source>
        <translation>&amp;Архивировать…</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="43"/>
        <source>Archive the selected accounts (can be undone)</source>
        <translation>Перенести выбранных клиентов в архив (можно отменить)</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="36"/>
        <source>Change Stat&amp;us…</source>
        <translation>Сменить с&amp;татус…</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="38"/>
        <source>Edit Ta&amp;gs…</source>
        <translation>Изменить мет&amp;ки…</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="44"/>
        <source>R&amp;estore from Archive</source>
        <translation>В&amp;осстановить из архива</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="45"/>
        <source>Bring the selected archived accounts back into the list</source>
        <translation>Вернуть выбранных архивных клиентов в список</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="46"/>
        <source>&amp;Delete Permanently…</source>
        <translation>&amp;Удалить безвозвратно…</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="47"/>
        <source>Delete the selected accounts and everything about them; cannot be undone</source>
        <translation>Удалить выбранных клиентов и все сведения о них; отменить нельзя</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="48"/>
        <source>Show Archi&amp;ved</source>
        <translation>Показывать ар&amp;хивных</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="49"/>
        <source>List archived accounts too, greyed</source>
        <translation>Показывать в списке и архивных клиентов, серым</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="115"/>
        <source>Not Changed</source>
        <translation>Не изменено</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="138"/>
        <source>Nothing to change: the accounts already are that way.</source>
        <translation>Менять нечего: у клиентов уже всё так.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="152"/>
        <source>Change Manager of %Ln Account(s)</source>
        <translation>
            <numerusform>смену менеджера у %Ln клиента</numerusform>
            <numerusform>смену менеджера у %Ln клиентов</numerusform>
            <numerusform>смену менеджера у %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="153"/>
        <source>Manager changed on %Ln account(s)</source>
        <translation>
            <numerusform>Менеджер сменён у %Ln клиента</numerusform>
            <numerusform>Менеджер сменён у %Ln клиентов</numerusform>
            <numerusform>Менеджер сменён у %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="160"/>
        <source>Change Status of %Ln Account(s)</source>
        <translation>
            <numerusform>смену статуса у %Ln клиента</numerusform>
            <numerusform>смену статуса у %Ln клиентов</numerusform>
            <numerusform>смену статуса у %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="161"/>
        <source>Status set to %1 on %Ln account(s)</source>
        <translation>
            <numerusform>Статус «%1» установлен у %Ln клиента</numerusform>
            <numerusform>Статус «%1» установлен у %Ln клиентов</numerusform>
            <numerusform>Статус «%1» установлен у %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="169"/>
        <source>Edit Tags of %Ln Account(s)</source>
        <translation>
            <numerusform>изменение меток у %Ln клиента</numerusform>
            <numerusform>изменение меток у %Ln клиентов</numerusform>
            <numerusform>изменение меток у %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="169"/>
        <source>Tags changed on %Ln account(s)</source>
        <translation>
            <numerusform>Метки изменены у %Ln клиента</numerusform>
            <numerusform>Метки изменены у %Ln клиентов</numerusform>
            <numerusform>Метки изменены у %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="177"/>
        <source>Hand Over %Ln Account(s) to %1</source>
        <translation>
            <numerusform>передачу %Ln клиента менеджеру %1</numerusform>
            <numerusform>передачу %Ln клиентов менеджеру %1</numerusform>
            <numerusform>передачу %Ln клиентов менеджеру %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="178"/>
        <source>%Ln account(s) handed over to %1</source>
        <translation>
            <numerusform>%Ln клиент передан менеджеру %1</numerusform>
            <numerusform>%Ln клиента переданы менеджеру %1</numerusform>
            <numerusform>%Ln клиентов передано менеджеру %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="186"/>
        <source>Archive “%1”?</source>
        <translation>Перенести «%1» в архив?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="189"/>
        <source>Archive %Ln accounts?</source>
        <translation>
            <numerusform>Перенести %Ln клиента в архив?</numerusform>
            <numerusform>Перенести %Ln клиентов в архив?</numerusform>
            <numerusform>Перенести %Ln клиентов в архив?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="191"/>
        <source>Archived accounts leave the lists and keep everything: dossier, people, history and sales. Undo (Ctrl+Z) or Show Archived and Restore bring them back.</source>
        <translation>Архивные клиенты исчезают из списков, но всё сохраняется: досье, контакты, история и продажи. Вернуть их можно отменой (Ctrl+Z) или через «Показывать архивных» и «Восстановить из архива».</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="193"/>
        <source>Archive Accounts</source>
        <translation>Архивирование клиентов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="196"/>
        <source>Archive %Ln Account(s)</source>
        <translation>
            <numerusform>архивирование %Ln клиента</numerusform>
            <numerusform>архивирование %Ln клиентов</numerusform>
            <numerusform>архивирование %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="197"/>
        <source>%Ln account(s) archived; Undo (Ctrl+Z) brings them back</source>
        <translation>
            <numerusform>%Ln клиент перенесён в архив; отмена (Ctrl+Z) вернёт его</numerusform>
            <numerusform>%Ln клиента перенесены в архив; отмена (Ctrl+Z) вернёт их</numerusform>
            <numerusform>%Ln клиентов перенесено в архив; отмена (Ctrl+Z) вернёт их</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="212"/>
        <source>Restore %Ln Account(s)</source>
        <translation>
            <numerusform>восстановление %Ln клиента</numerusform>
            <numerusform>восстановление %Ln клиентов</numerusform>
            <numerusform>восстановление %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="212"/>
        <source>%Ln account(s) restored</source>
        <translation>
            <numerusform>%Ln клиент восстановлен</numerusform>
            <numerusform>%Ln клиента восстановлены</numerusform>
            <numerusform>%Ln клиентов восстановлено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="225"/>
        <source>Delete Permanently</source>
        <translation>Удалить безвозвратно</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="226"/>
        <source>Delete %Ln account(s) permanently, with their dossiers, people, interactions, follow-ups, tenders and sales?
This cannot be undone. Archive instead to keep them.</source>
        <translation>
            <numerusform>Удалить %Ln клиента безвозвратно вместе с досье, контактами, взаимодействиями, напоминаниями, тендерами и продажами?
Это нельзя отменить. Чтобы сохранить данные, перенесите клиента в архив.</numerusform>
            <numerusform>Удалить %Ln клиентов безвозвратно вместе с их досье, контактами, взаимодействиями, напоминаниями, тендерами и продажами?
Это нельзя отменить. Чтобы сохранить данные, перенесите клиентов в архив.</numerusform>
            <numerusform>Удалить %Ln клиентов безвозвратно вместе с их досье, контактами, взаимодействиями, напоминаниями, тендерами и продажами?
Это нельзя отменить. Чтобы сохранить данные, перенесите клиентов в архив.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="239"/>
        <source>%Ln account(s) deleted permanently</source>
        <translation>
            <numerusform>%Ln клиент удалён безвозвратно</numerusform>
            <numerusform>%Ln клиента удалены безвозвратно</numerusform>
            <numerusform>%Ln клиентов удалено безвозвратно</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountDossierTab</name>
    <message>
        <location filename="../../src/gui/account/AccountDossierTab.cpp" line="27"/>
        <source>Unsaved Dossier</source>
        <translation>Досье не сохранено</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountDossierTab.cpp" line="28"/>
        <source>The dossier of %1 has changes that are not saved. Save them?</source>
        <translation>В досье клиента «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountDossierTab.cpp" line="44"/>
        <location filename="../../src/gui/account/AccountDossierTab.cpp" line="47"/>
        <source>The dossier was not saved: %1</source>
        <translation>Досье не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountEditor</name>
    <message>
        <location filename="../../src/gui/account/AccountEditor.cpp" line="58"/>
        <source>Re&amp;vert</source>
        <translation>Отменить &amp;изменения</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountEditor.cpp" line="88"/>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountEditor.cpp" line="98"/>
        <source>Account: %1[*]</source>
        <translation>Клиент: %1[*]</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountEditor.cpp" line="97"/>
        <source>New Account</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountEditor.cpp" line="42"/>
        <source>not assessed</source>
        <translation>не оценено</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountEditor.cpp" line="43"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountEditor.cpp" line="44"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountEditor.cpp" line="108"/>
        <source>nobody</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountEditor.cpp" line="112"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountEditor.cpp" line="127"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountEditor.cpp" line="133"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountEditor.cpp" line="176"/>
        <source>is not a whole number</source>
        <translation>не целое число</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountEditor.cpp" line="57"/>
        <source>Discard the changes to this account?</source>
        <translation>Отбросить изменения этого клиента?</translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountFollowUpsTab</name>
    <message>
        <location filename="../../src/gui/account/AccountFollowUpsTab.cpp" line="80"/>
        <source>Follow-up Not Changed</source>
        <translation>Напоминание не изменено</translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountInteractionsTab</name>
    <message>
        <location filename="../../src/gui/account/AccountInteractionsTab.cpp" line="78"/>
        <source>The interaction was not added: %1</source>
        <translation>Взаимодействие не добавлено: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountInteractionsTab.cpp" line="143"/>
        <source>Edit Interaction %1</source>
        <translation>Изменение взаимодействия %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountInteractionsTab.cpp" line="155"/>
        <source>Delete Interaction</source>
        <translation>Удаление взаимодействия</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountInteractionsTab.cpp" line="156"/>
        <source>Delete the interaction “%1”? Its follow-ups stay. Undo (Ctrl+Z) brings it back.</source>
        <translation>Удалить взаимодействие «%1»? Его задачи останутся. Отмена (Ctrl+Z) вернёт его.</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountInteractionsTab.cpp" line="165"/>
        <source>Interaction Not Deleted</source>
        <translation>Взаимодействие не удалено</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountInteractionsTab.cpp" line="172"/>
        <source>Delete Interaction %1</source>
        <translation>Удаление взаимодействия %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountInteractionsTab.cpp" line="181"/>
        <source>all kinds</source>
        <translation>все виды</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountInteractionsTab.cpp" line="206"/>
        <source>anyone</source>
        <translation>кто угодно</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountInteractionsTab.cpp" line="208"/>
        <source>%1 (left)</source>
        <translation>%1 (не работает)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountInteractionsTab.cpp" line="223"/>
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln взаимодействие</numerusform>
            <numerusform>%Ln взаимодействия</numerusform>
            <numerusform>%Ln взаимодействий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountInteractionsTab.cpp" line="224"/>
        <source>%1 of %Ln interaction(s)</source>
        <translation>
            <numerusform>%1 из %Ln взаимодействия</numerusform>
            <numerusform>%1 из %Ln взаимодействий</numerusform>
            <numerusform>%1 из %Ln взаимодействий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountOverviewTab</name>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="57"/>
        <source>not a key account yet</source>
        <translation>пока не ключевой клиент</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="61"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="62"/>
        <source>nobody</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="72"/>
        <source>need: %1, solvency: %2, authority: %3</source>
        <translation>потребность: %1, платёжеспособность: %2, полномочия: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="82"/>
        <source>%1 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>%1 (%Ln день назад)</numerusform>
            <numerusform>%1 (%Ln дня назад)</numerusform>
            <numerusform>%1 (%Ln дней назад)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="84"/>
        <source>never</source>
        <translation>не было</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="88"/>
        <source>%1, overdue by %Ln day(s)</source>
        <translation>
            <numerusform>%1, просрочено на %Ln день</numerusform>
            <numerusform>%1, просрочено на %Ln дня</numerusform>
            <numerusform>%1, просрочено на %Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="89"/>
        <source>%1, in %Ln day(s)</source>
        <translation>
            <numerusform>%1, через %Ln день</numerusform>
            <numerusform>%1, через %Ln дня</numerusform>
            <numerusform>%1, через %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="96"/>
        <source>none open</source>
        <translation>открытых нет</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="104"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="105"/>
        <source>none known</source>
        <translation>неизвестны</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="115"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="116"/>
        <source>%1: %2 open, %3 won, %4 lost</source>
        <translation>%1: открыто %2, выиграно %3, проиграно %4</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="117"/>
        <source>%1 (%2 have left)</source>
        <translation>%1 (не работают: %2)</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="119"/>
        <source>&lt;a href=&quot;score&quot;&gt;Compute&lt;/a&gt; (ranks this account against all others)</source>
        <translation>&lt;a href=&quot;score&quot;&gt;Вычислить&lt;/a&gt; (место этого клиента среди всех остальных)</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="125"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="128"/>
        <source>no segmentation saved yet (Segments &gt; Save Snapshot…, or keystone-cli segment --save)</source>
        <translation>сегментация ещё не сохранялась (Сегменты &gt; Сделать снимок… или keystone-cli segment --save)</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="130"/>
        <source>not classified in the latest saved segmentation</source>
        <translation>не классифицирован в последней сохранённой сегментации</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="137"/>
        <source>%1 of %2 sections filled</source>
        <translation>заполнено разделов: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="154"/>
        <source>not scored: no revenue and no counted interaction in the window</source>
        <translation>не оценён: в окне нет выручки и учитываемых взаимодействий</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="158"/>
        <source>volume</source>
        <translation>объём</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="158"/>
        <source>purchase frequency</source>
        <translation>частота покупок</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="158"/>
        <source>modification requests</source>
        <translation>запросы на доработку</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="159"/>
        <source>beta tests</source>
        <translation>бета-тестирование</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="159"/>
        <source>feedback</source>
        <translation>отзывы</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="159"/>
        <source>growth</source>
        <translation>рост</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="162"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="164"/>
        <source>%1 of 100, rank %2 of %3 (points: %4)</source>
        <translation>%1 из 100, место %2 из %3 (баллы: %4)</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="171"/>
        <source>The score could not be computed: %1</source>
        <translation>Оценку не удалось вычислить: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="184"/>
        <source>Cannot Edit Account</source>
        <translation>Не удалось изменить клиента</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="199"/>
        <source>Edit Account %1</source>
        <translation>изменение клиента «%1»</translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountPeopleTab</name>
    <message>
        <location filename="../../src/gui/account/AccountPeopleTab.cpp" line="125"/>
        <source>Mark as &amp;Back</source>
        <translation>Отметить возвра&amp;щение</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountPeopleTab.cpp" line="125"/>
        <source>Mark as &amp;Left</source>
        <translation>Отметить &amp;уход</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountPeopleTab.cpp" line="162"/>
        <source>Edit Contact %1</source>
        <translation>изменение контакта «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountPeopleTab.cpp" line="163"/>
        <source>Add Contact %1</source>
        <translation>добавление контакта «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountPeopleTab.cpp" line="172"/>
        <source>Contact Not Changed</source>
        <translation>Контакт не изменён</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountPeopleTab.cpp" line="183"/>
        <source>Mark %1 as Left</source>
        <translation>отметку об уходе «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountPeopleTab.cpp" line="184"/>
        <source>Mark %1 as Back</source>
        <translation>отметку о возвращении «%1»</translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountSalesTab</name>
    <message>
        <location filename="../../src/gui/account/AccountSalesTab.cpp" line="28"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountSalesTab.cpp" line="29"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountSalesTab.cpp" line="44"/>
        <source>%Ln line(s), %1 in all</source>
        <translation>
            <numerusform>%Ln строка, всего %1</numerusform>
            <numerusform>%Ln строки, всего %1</numerusform>
            <numerusform>%Ln строк, всего %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountTableModel</name>
    <message>
        <location filename="../../src/gui/accounts/AccountTableModel.cpp" line="112"/>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountTableModel.cpp" line="140"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountTableModel.cpp" line="142"/>
        <source>Reference</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountTableModel.cpp" line="144"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountTableModel.cpp" line="146"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountTableModel.cpp" line="148"/>
        <source>Kinds</source>
        <translation>Типы</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountTableModel.cpp" line="150"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountTendersTab</name>
    <message>
        <location filename="../../src/gui/account/AccountTendersTab.cpp" line="89"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountTendersTab.cpp" line="142"/>
        <source>Edit Tender %1</source>
        <translation>изменение тендера «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountTendersTab.cpp" line="143"/>
        <source>Add Tender %1</source>
        <translation>добавление тендера «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountTendersTab.cpp" line="157"/>
        <source>Remove the tender “%1”? Undo (Ctrl+Z) brings it back.</source>
        <translation>Удалить тендер «%1»? Отмена (Ctrl+Z) вернёт его.</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountTendersTab.cpp" line="158"/>
        <source>Tender Not Removed</source>
        <translation>Тендер не удалён</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountTendersTab.cpp" line="158"/>
        <source>Remove Tender %1</source>
        <translation>удаление тендера «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountTendersTab.cpp" line="192"/>
        <source>Add Reason %1</source>
        <translation>добавление причины «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountTendersTab.cpp" line="239"/>
        <source>Edit Competitor %1</source>
        <translation>изменение конкурента «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountTendersTab.cpp" line="173"/>
        <location filename="../../src/gui/account/AccountTendersTab.cpp" line="240"/>
        <source>Add Competitor %1</source>
        <translation>добавление конкурента «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountTendersTab.cpp" line="250"/>
        <source>Remove %1 from this account? Undo (Ctrl+Z) brings it back.</source>
        <translation>Убрать конкурента «%1» у этого клиента? Отмена (Ctrl+Z) вернёт его.</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountTendersTab.cpp" line="251"/>
        <source>Competitor Not Removed</source>
        <translation>Конкурент не удалён</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountTendersTab.cpp" line="251"/>
        <source>Remove Competitor %1</source>
        <translation>удаление конкурента «%1»</translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountWorkspace</name>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="29"/>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="30"/>
        <source>&amp;Dossier</source>
        <translation>&amp;Досье</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="31"/>
        <source>&amp;People</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="32"/>
        <source>&amp;Interactions</source>
        <translation>&amp;Взаимодействия</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="33"/>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Напоминания</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="34"/>
        <source>&amp;Sales</source>
        <translation>&amp;Продажи</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="35"/>
        <source>&amp;Tenders and Competitors</source>
        <translation>&amp;Тендеры и конкуренты</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="76"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="124"/>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="125"/>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>В окне «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="141"/>
        <source>Interaction Not Logged</source>
        <translation>Взаимодействие не записано</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="142"/>
        <source>The interaction typed for %1 is not logged.
Log it now?</source>
        <translation>Взаимодействие с клиентом «%1» введено, но не записано.
Записать его сейчас?</translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountsView</name>
    <message>
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="65"/>
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="78"/>
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="170"/>
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="297"/>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="151"/>
        <source>The accounts could not be read: %1</source>
        <translation>Не удалось прочитать клиентов: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="171"/>
        <source>Nobody</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="307"/>
        <source>No segmentation has been saved yet</source>
        <translation>Сегментация ещё не сохранялась</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="308"/>
        <source>Accounts in this cell of the latest saved segmentation</source>
        <translation>Клиенты в этой ячейке последней сохранённой сегментации</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="383"/>
        <source>Loading all accounts; %1 shown so far…</source>
        <translation>Загрузка всех клиентов; пока показано %1…</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="384"/>
        <source>Loading all %1 accounts; %2 shown so far…</source>
        <translation>Загрузка всех клиентов (%1); пока показано %2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="390"/>
        <source>No account matches the filter; %Ln account(s) in all.</source>
        <translation>
            <numerusform>Ни один клиент не подходит под фильтр; всего %Ln клиент.</numerusform>
            <numerusform>Ни один клиент не подходит под фильтр; всего %Ln клиента.</numerusform>
            <numerusform>Ни один клиент не подходит под фильтр; всего %Ln клиентов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="392"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="394"/>
        <source>%1 of %2 accounts</source>
        <translation>Клиентов: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="444"/>
        <source>Export Failed</source>
        <translation>Экспорт не выполнен</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="445"/>
        <source>The list was not exported to %1: %2</source>
        <translation>Список не экспортирован в %1: %2</translation>
    </message>
</context>
<context>
    <name>keystone::gui::BackupActions</name>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="38"/>
        <source>Save an &amp;Encrypted Backup…</source>
        <translation>Сохранить &amp;зашифрованную копию…</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="40"/>
        <source>Write a copy of the database that only the passphrase opens</source>
        <translation>Записать копию базы данных, которую открывает только парольная фраза</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="42"/>
        <source>Res&amp;tore from Backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="44"/>
        <source>Replace the database with a backup, keeping the replaced one beside it</source>
        <translation>Заменить базу данных резервной копией, сохранив заменённую рядом</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="66"/>
        <location filename="../../src/gui/main/BackupActions.cpp" line="72"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="67"/>
        <source>Passphrase (there is no way back without it):</source>
        <translation>Парольная фраза (без неё копию не открыть):</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="72"/>
        <source>The same passphrase again:</source>
        <translation>Та же парольная фраза ещё раз:</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="77"/>
        <location filename="../../src/gui/main/BackupActions.cpp" line="122"/>
        <source>Backup Not Saved</source>
        <translation>Резервная копия не сохранена</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="77"/>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Парольные фразы не совпадают; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="91"/>
        <source>%1-backup-%2.kbk</source>
        <translation>%1-копия-%2.kbk</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="92"/>
        <source>Save an Encrypted Backup</source>
        <translation>Сохранить зашифрованную копию</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="93"/>
        <source>Encrypted Keystone backups (*.kbk);;All files (*)</source>
        <translation>Зашифрованные копии Keystone (*.kbk);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="108"/>
        <source>An encrypted backup needs a passphrase.</source>
        <translation>Для зашифрованной копии нужна парольная фраза.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="111"/>
        <source>A backup must go to another file than the database.</source>
        <translation>Резервную копию нужно сохранить в другой файл, не в саму базу данных.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="115"/>
        <source>Encrypted backup saved to %1</source>
        <translation>Зашифрованная копия сохранена в %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="118"/>
        <source>The encrypted backup could not be written to %1: %2</source>
        <translation>Не удалось записать зашифрованную копию в %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="133"/>
        <location filename="../../src/gui/main/BackupActions.cpp" line="137"/>
        <source>Restore from Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="134"/>
        <source>Keystone backups (*.db *.kbk *.bak);;All files (*)</source>
        <translation>Резервные копии Keystone (*.db *.kbk *.bak);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="138"/>
        <source>Replace %1 with the backup %2?

The database as it is now is kept beside it as %3.before-restore-…, and the undo history is cleared.</source>
        <translation>Заменить %1 резервной копией %2?

Текущая база данных сохранится рядом как %3.before-restore-…, а история отмены будет очищена.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="169"/>
        <source>Restored %1 from %2</source>
        <translation>%1 восстановлена из %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="171"/>
        <source>Restored %1 from %2; the replaced database is kept as %3</source>
        <translation>%1 восстановлена из %2; заменённая база данных сохранена как %3</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="177"/>
        <source>%1 was not restored from %2: %3</source>
        <translation>%1 не восстановлена из %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/BackupActions.cpp" line="181"/>
        <source>Not Restored</source>
        <translation>Не восстановлено</translation>
    </message>
</context>
<context>
    <name>keystone::gui::BulkChangeDialog</name>
    <message>
        <location filename="../../src/gui/accounts/BulkChangeDialog.cpp" line="32"/>
        <source>Nobody</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/BulkChangeDialog.cpp" line="36"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/BulkChangeDialog.cpp" line="48"/>
        <source>Change Manager</source>
        <translation>Смена менеджера</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/BulkChangeDialog.cpp" line="50"/>
        <source>Give the %Ln selected account(s) to another manager. Their follow-ups keep their owners; use Hand Over to move those too.</source>
        <translation>
            <numerusform>Передать %Ln выбранного клиента другому менеджеру. Напоминания остаются у своих владельцев; чтобы передать и их, воспользуйтесь передачей клиентов.</numerusform>
            <numerusform>Передать %Ln выбранных клиентов другому менеджеру. Напоминания остаются у своих владельцев; чтобы передать и их, воспользуйтесь передачей клиентов.</numerusform>
            <numerusform>Передать %Ln выбранных клиентов другому менеджеру. Напоминания остаются у своих владельцев; чтобы передать и их, воспользуйтесь передачей клиентов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/BulkChangeDialog.cpp" line="53"/>
        <source>&amp;Change Manager</source>
        <translation>&amp;Сменить менеджера</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/BulkChangeDialog.cpp" line="57"/>
        <source>Change Status</source>
        <translation>Смена статуса</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/BulkChangeDialog.cpp" line="58"/>
        <source>Set the status of the %Ln selected account(s).</source>
        <translation>
            <numerusform>Установить статус %Ln выбранного клиента.</numerusform>
            <numerusform>Установить статус %Ln выбранных клиентов.</numerusform>
            <numerusform>Установить статус %Ln выбранных клиентов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/BulkChangeDialog.cpp" line="59"/>
        <source>&amp;Change Status</source>
        <translation>&amp;Сменить статус</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/BulkChangeDialog.cpp" line="63"/>
        <source>Edit Tags</source>
        <translation>Изменение меток</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/BulkChangeDialog.cpp" line="65"/>
        <source>Add tags to the %Ln selected account(s), or remove tags from them. Case does not matter for removing.</source>
        <translation>
            <numerusform>Добавить метки %Ln выбранному клиенту или убрать у него метки. При удалении регистр букв не важен.</numerusform>
            <numerusform>Добавить метки %Ln выбранным клиентам или убрать у них метки. При удалении регистр букв не важен.</numerusform>
            <numerusform>Добавить метки %Ln выбранным клиентам или убрать у них метки. При удалении регистр букв не важен.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/BulkChangeDialog.cpp" line="68"/>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
</context>
<context>
    <name>keystone::gui::CompetitorsDialog</name>
    <message>
        <location filename="../../src/gui/competitors/CompetitorsDialog.cpp" line="175"/>
        <source>Add Competitor %1</source>
        <translation>Добавление конкурента %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/competitors/CompetitorsDialog.cpp" line="203"/>
        <source>Edit Competitor %1</source>
        <translation>Изменение конкурента %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/competitors/CompetitorsDialog.cpp" line="204"/>
        <source>Rename Competitor %1 to %2</source>
        <translation>Переименование конкурента %1 в %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/competitors/CompetitorsDialog.cpp" line="232"/>
        <source>Merge Competitors %1 into %2</source>
        <translation>Объединение конкурента %1 с %2</translation>
    </message>
</context>
<context>
    <name>keystone::gui::ContactEditor</name>
    <message>
        <location filename="../../src/gui/account/ContactEditor.cpp" line="64"/>
        <source>New Contact[*]</source>
        <translation>Новый контакт[*]</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/ContactEditor.cpp" line="64"/>
        <source>Contact: %1[*]</source>
        <translation>Контакт: %1[*]</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/ContactEditor.cpp" line="76"/>
        <source>nobody</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/ContactEditor.cpp" line="84"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/ContactEditor.cpp" line="48"/>
        <source>Discard the changes to this contact?</source>
        <translation>Отбросить изменения этого контакта?</translation>
    </message>
</context>
<context>
    <name>keystone::gui::ContactListModel</name>
    <message>
        <location filename="../../src/gui/contacts/ContactListModel.cpp" line="83"/>
        <location filename="../../src/gui/contacts/ContactListModel.cpp" line="135"/>
        <source>Left</source>
        <translation>Ушёл</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactListModel.cpp" line="121"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactListModel.cpp" line="123"/>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactListModel.cpp" line="125"/>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactListModel.cpp" line="127"/>
        <source>Decision role</source>
        <translation>Роль в решении</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactListModel.cpp" line="129"/>
        <source>Attitude</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactListModel.cpp" line="131"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactListModel.cpp" line="133"/>
        <source>Phone</source>
        <translation>Телефон</translation>
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
    <name>keystone::gui::ContactsView</name>
    <message>
        <location filename="../../src/gui/contacts/ContactsView.cpp" line="131"/>
        <source>Contacts Not Read</source>
        <translation>Не удалось прочитать контакты</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/contacts/ContactsView.cpp" line="153"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/contacts/ContactsView.cpp" line="154"/>
        <source>%1 of %Ln contact(s)</source>
        <translation>
            <numerusform>%1 из %Ln контакта</numerusform>
            <numerusform>%1 из %Ln контактов</numerusform>
            <numerusform>%1 из %Ln контактов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsView.cpp" line="156"/>
        <source>The contacts could not be read: %1</source>
        <translation>Не удалось прочитать контакты: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsView.cpp" line="158"/>
        <source>Reading the contacts…</source>
        <translation>Чтение контактов…</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsView.cpp" line="160"/>
        <source>%1; reading them again…</source>
        <translation>%1; читаются заново…</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsView.cpp" line="166"/>
        <source>Reading the contacts of every account… The filter applies to them once they are in.</source>
        <translation>Чтение контактов всех клиентов… Фильтр применится к ним, когда они будут прочитаны.</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsView.cpp" line="169"/>
        <source>The contacts could not be read. Show this tab again to try once more.</source>
        <translation>Не удалось прочитать контакты. Откройте эту вкладку снова, чтобы попробовать ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsView.cpp" line="171"/>
        <source>No contacts yet. Add the people you deal with on an account&apos;s People tab, or import them with keystone-cli import contacts.</source>
        <translation>Контактов пока нет. Добавьте людей, с которыми вы работаете, на вкладке «Контакты» клиента или импортируйте их командой keystone-cli import contacts.</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsView.cpp" line="174"/>
        <source>Nobody matches “%1”. Every word typed must occur in the name, account, title, e-mail or phone.</source>
        <translation>Никто не подходит под «%1». Каждое введённое слово должно встречаться в имени, клиенте, должности, эл. почте или телефоне.</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsView.cpp" line="178"/>
        <source>Everyone listed has left their company; tick “Show people who have left” to see them.</source>
        <translation>Все в списке ушли из своих компаний; чтобы увидеть их, отметьте «Показывать ушедших из компаний».</translation>
    </message>
</context>
<context>
    <name>keystone::gui::DashboardView</name>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="65"/>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="70"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="65"/>
        <source>Title</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="65"/>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="69"/>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="70"/>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="71"/>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="65"/>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="69"/>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="70"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="69"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="69"/>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="69"/>
        <source>Overdue by</source>
        <translation>Просрочено на</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="70"/>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="70"/>
        <source>Revenue, 12 months</source>
        <translation>Выручка за 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="71"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="71"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="71"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="71"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="131"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="135"/>
        <source>%1 (left)</source>
        <translation>%1 (не работает)</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="153"/>
        <source>The team could not be read: %1</source>
        <translation>Не удалось прочитать команду: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="203"/>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="235"/>
        <source>The dashboard could not be read: %1</source>
        <translation>Не удалось прочитать сводку: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="225"/>
        <source>Reading the dashboard…</source>
        <translation>Чтение сводки…</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="260"/>
        <source>never</source>
        <translation>не было</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="261"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="261"/>
        <source>never contacted</source>
        <translation>контактов не было</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="265"/>
        <source>Class %1 accounts are to be contacted every %Ln day(s)</source>
        <translation>
            <numerusform>С клиентами класса %1 нужно связываться каждый %Ln день</numerusform>
            <numerusform>С клиентами класса %1 нужно связываться каждые %Ln дня</numerusform>
            <numerusform>С клиентами класса %1 нужно связываться каждые %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="273"/>
        <source>Lost</source>
        <translation>Потерян</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="273"/>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="299"/>
        <source>Follow-&amp;ups due today or overdue (%1)</source>
        <translation>&amp;Напоминания на сегодня и просроченные (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="300"/>
        <source>Nothing is due today. Next steps added with an interaction appear here on their due date.</source>
        <translation>На сегодня сроков нет. Следующие шаги, добавленные вместе со взаимодействием, появляются здесь в день срока.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="301"/>
        <source>&amp;Commitments to customers due within %Ln day(s) (%1)</source>
        <translation>
            <numerusform>&amp;Обязательства перед клиентами со сроком в ближайший %Ln день (%1)</numerusform>
            <numerusform>&amp;Обязательства перед клиентами со сроком в ближайшие %Ln дня (%1)</numerusform>
            <numerusform>&amp;Обязательства перед клиентами со сроком в ближайшие %Ln дней (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="302"/>
        <source>No commitment falls due within %Ln day(s). Promises made to a customer, such as a delivery date, are follow-ups of the kind Commitment.</source>
        <translation>
            <numerusform>Ни одно обязательство не наступает в ближайший %Ln день. Обещания клиенту, например срок поставки, — это напоминания вида «Обязательство».</numerusform>
            <numerusform>Ни одно обязательство не наступает в ближайшие %Ln дня. Обещания клиенту, например срок поставки, — это напоминания вида «Обязательство».</numerusform>
            <numerusform>Ни одно обязательство не наступает в ближайшие %Ln дней. Обещания клиенту, например срок поставки, — это напоминания вида «Обязательство».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="305"/>
        <source>Accounts overdue for co&amp;ntact (%1)</source>
        <translation>Клиенты, с которыми &amp;давно не было контакта (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="306"/>
        <source>Every account has been contacted as often as its ABC class asks. Log calls and visits on an account&apos;s Interactions tab to keep it so.</source>
        <translation>С каждым клиентом связывались так часто, как требует его класс ABC. Записывайте звонки и визиты на вкладке «Взаимодействия» клиента, чтобы так и оставалось.</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="308"/>
        <source>Accounts at &amp;risk or lost (%1)</source>
        <translation>Клиенты под &amp;угрозой или потерянные (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="309"/>
        <source>No account is at risk or lost by its purchases.</source>
        <translation>По покупкам ни один клиент не находится под угрозой и не потерян.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="310"/>
        <source>Recent &amp;interactions, last %Ln day(s) (%1)</source>
        <translation>
            <numerusform>Последние &amp;взаимодействия за %Ln день (%1)</numerusform>
            <numerusform>Последние &amp;взаимодействия за %Ln дня (%1)</numerusform>
            <numerusform>Последние &amp;взаимодействия за %Ln дней (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="311"/>
        <source>No interactions in the last %Ln day(s). Log one on an account&apos;s Interactions tab.</source>
        <translation>
            <numerusform>За последний %Ln день взаимодействий не было. Запишите взаимодействие на вкладке «Взаимодействия» клиента.</numerusform>
            <numerusform>За последние %Ln дня взаимодействий не было. Запишите взаимодействие на вкладке «Взаимодействия» клиента.</numerusform>
            <numerusform>За последние %Ln дней взаимодействий не было. Запишите взаимодействие на вкладке «Взаимодействия» клиента.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="318"/>
        <source>%Ln follow-up(s) overdue</source>
        <translation>
            <numerusform>%Ln напоминание просрочено</numerusform>
            <numerusform>%Ln напоминания просрочены</numerusform>
            <numerusform>%Ln напоминаний просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="320"/>
        <source>%Ln commitment(s) overdue</source>
        <translation>
            <numerusform>%Ln обязательство просрочено</numerusform>
            <numerusform>%Ln обязательства просрочены</numerusform>
            <numerusform>%Ln обязательств просрочено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="321"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="369"/>
        <source>New &amp;Follow-up…</source>
        <translation>Новое на&amp;поминание…</translation>
    </message>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="370"/>
        <source>&amp;New Commitment…</source>
        <translation>&amp;Новое обязательство…</translation>
    </message>
</context>
<context>
    <name>keystone::gui::DatabaseSession</name>
    <message>
        <location filename="../../src/gui/main/DatabaseSession.cpp" line="37"/>
        <source>Create a new database or open an existing one.</source>
        <translation>Создайте новую базу данных или откройте существующую.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseSession.cpp" line="76"/>
        <source>Database Not Found</source>
        <translation>База данных не найдена</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseSession.cpp" line="76"/>
        <source>%1 no longer exists; it has been removed from the recent databases.</source>
        <translation>Файл %1 больше не существует; он удалён из списка недавних баз данных.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseSession.cpp" line="108"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseSession.cpp" line="131"/>
        <source>Writing demo accounts…</source>
        <translation>Запись демонстрационных клиентов…</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseSession.cpp" line="142"/>
        <source>Demo Data Not Written</source>
        <translation>Демонстрационные данные не записаны</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseSession.cpp" line="163"/>
        <source>New Database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseSession.cpp" line="163"/>
        <source>keystone.db</source>
        <translation>keystone.db</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseSession.cpp" line="164"/>
        <location filename="../../src/gui/main/DatabaseSession.cpp" line="180"/>
        <location filename="../../src/gui/main/DatabaseSession.cpp" line="193"/>
        <source>Keystone databases (*.db);;All files (*)</source>
        <translation>Базы данных Keystone (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseSession.cpp" line="168"/>
        <source>File Exists</source>
        <translation>Файл существует</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseSession.cpp" line="169"/>
        <source>%1 already exists. Keystone never overwrites a database: choose another name, or open this one with File &gt; Open.</source>
        <translation>Файл %1 уже существует. Keystone никогда не перезаписывает базу данных: выберите другое имя или откройте этот файл через «Файл &gt; Открыть».</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseSession.cpp" line="179"/>
        <source>Open Database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseSession.cpp" line="191"/>
        <source>%1-backup-%2.db</source>
        <translation>%1-копия-%2.db</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseSession.cpp" line="192"/>
        <source>Save a Backup</source>
        <translation>Сохранить резервную копию</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseSession.cpp" line="205"/>
        <source>A backup must go to another file than the database.</source>
        <translation>Резервную копию нужно сохранить в другой файл, не в саму базу данных.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseSession.cpp" line="209"/>
        <source>Backup saved to %1</source>
        <translation>Резервная копия сохранена в %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseSession.cpp" line="212"/>
        <source>The backup could not be written to %1: %2</source>
        <translation>Не удалось записать резервную копию в %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/DatabaseSession.cpp" line="217"/>
        <source>Backup Not Saved</source>
        <translation>Резервная копия не сохранена</translation>
    </message>
</context>
<context>
    <name>keystone::gui::DeactivateMemberDialog</name>
    <message>
        <location filename="../../src/gui/team/DeactivateMemberDialog.cpp" line="16"/>
        <source>Deactivate %1</source>
        <translation>Отключить: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/team/DeactivateMemberDialog.cpp" line="17"/>
        <source>%1 still owns %Ln account(s). Choose who takes them over, with the open follow-ups on them.</source>
        <translation>
            <numerusform>За %1 всё ещё закреплён %Ln клиент. Выберите, кто его примет вместе с открытыми задачами по нему.</numerusform>
            <numerusform>За %1 всё ещё закреплены %Ln клиента. Выберите, кто их примет вместе с открытыми задачами по ним.</numerusform>
            <numerusform>За %1 всё ещё закреплено %Ln клиентов. Выберите, кто их примет вместе с открытыми задачами по ним.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/team/DeactivateMemberDialog.cpp" line="23"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/DeactivateMemberDialog.cpp" line="26"/>
        <source>Hand Over and &amp;Deactivate</source>
        <translation>Передать и &amp;отключить</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/DeactivateMemberDialog.cpp" line="29"/>
        <source>No other active member can take the accounts over: add one first.</source>
        <translation>Больше нет активных участников, которым можно передать клиентов: сначала добавьте кого-нибудь.</translation>
    </message>
</context>
<context>
    <name>keystone::gui::DossierEditor</name>
    <message>
        <location filename="../../src/gui/account/DossierEditor.cpp" line="48"/>
        <source>last saved %1</source>
        <translation>последнее сохранение: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/DossierEditor.cpp" line="49"/>
        <source>never saved</source>
        <translation>ещё не сохранялось</translation>
    </message>
</context>
<context>
    <name>keystone::gui::EditRecorder</name>
    <message>
        <location filename="../../src/gui/main/EditRecorder.cpp" line="33"/>
        <source>Interaction added to %1</source>
        <translation>Взаимодействие добавлено к клиенту «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/EditRecorder.cpp" line="61"/>
        <source>Dossier Not Saved</source>
        <translation>Досье не сохранено</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/EditRecorder.cpp" line="62"/>
        <source>Dossier of %1 saved</source>
        <translation>Досье клиента «%1» сохранено</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/EditRecorder.cpp" line="70"/>
        <source>“%1” done</source>
        <translation>«%1» выполнено</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/EditRecorder.cpp" line="102"/>
        <source>Not Changed</source>
        <translation>Не изменено</translation>
    </message>
</context>
<context>
    <name>keystone::gui::ExportListDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/ExportListDialog.cpp" line="21"/>
        <source>Writes the %Ln account(s) shown, with the columns shown, in the order shown.</source>
        <translation>
            <numerusform>Будет записан %Ln показанный клиент с показанными столбцами в показанном порядке.</numerusform>
            <numerusform>Будут записаны %Ln показанных клиента с показанными столбцами в показанном порядке.</numerusform>
            <numerusform>Будут записаны %Ln показанных клиентов с показанными столбцами в показанном порядке.</numerusform>
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
        <location filename="../../src/gui/accounts/ExportListDialog.cpp" line="68"/>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/ExportListDialog.cpp" line="73"/>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/ExportListDialog.cpp" line="82"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>keystone::gui::FollowUpActions</name>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="101"/>
        <source>New Commitment “%1”</source>
        <translation>создание обязательства «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="101"/>
        <source>New Follow-up “%1”</source>
        <translation>создание напоминания «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="104"/>
        <source>Edit Commitment “%1”</source>
        <translation>изменение обязательства «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="104"/>
        <source>Edit Follow-up “%1”</source>
        <translation>изменение напоминания «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="107"/>
        <source>Reschedule Commitment “%1”</source>
        <translation>перенос обязательства «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="107"/>
        <source>Reschedule Follow-up “%1”</source>
        <translation>перенос напоминания «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="110"/>
        <source>Reassign Commitment “%1”</source>
        <translation>передачу обязательства «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="110"/>
        <source>Reassign Follow-up “%1”</source>
        <translation>передачу напоминания «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="113"/>
        <source>Delete Commitment “%1”</source>
        <translation>удаление обязательства «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="113"/>
        <source>Delete Follow-up “%1”</source>
        <translation>удаление напоминания «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="116"/>
        <source>Mark Commitment “%1” Done</source>
        <translation>отметку о выполнении обязательства «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="116"/>
        <source>Mark Follow-up “%1” Done</source>
        <translation>отметку о выполнении напоминания «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="120"/>
        <source>Reopen Commitment “%1”</source>
        <translation>возобновление обязательства «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="120"/>
        <source>Reopen Follow-up “%1”</source>
        <translation>возобновление напоминания «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="159"/>
        <source>choose a member</source>
        <translation>выберите сотрудника</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="174"/>
        <source>Follow-up Not Opened</source>
        <translation>Напоминание не открыто</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="192"/>
        <source>Follow-up Not Deleted</source>
        <translation>Напоминание не удалено</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpActions.cpp" line="208"/>
        <source>Follow-up Not Changed</source>
        <translation>Напоминание не изменено</translation>
    </message>
</context>
<context>
    <name>keystone::gui::FollowUpEditor</name>
    <message>
        <location filename="../../src/gui/followups/FollowUpEditor.cpp" line="45"/>
        <source>Discard the changes made here?</source>
        <translation>Отбросить сделанные здесь изменения?</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpEditor.cpp" line="71"/>
        <source>New Follow-up[*]</source>
        <translation>Новое напоминание[*]</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpEditor.cpp" line="74"/>
        <source>Edit Commitment: %1[*]</source>
        <translation>Изменение обязательства: %1[*]</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpEditor.cpp" line="75"/>
        <source>Edit Follow-up: %1[*]</source>
        <translation>Изменение напоминания: %1[*]</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpEditor.cpp" line="78"/>
        <source>Reschedule Commitment: %1[*]</source>
        <translation>Перенос обязательства: %1[*]</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpEditor.cpp" line="79"/>
        <source>Reschedule Follow-up: %1[*]</source>
        <translation>Перенос напоминания: %1[*]</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpEditor.cpp" line="82"/>
        <source>Reassign Commitment: %1[*]</source>
        <translation>Передача обязательства: %1[*]</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpEditor.cpp" line="83"/>
        <source>Reassign Follow-up: %1[*]</source>
        <translation>Передача напоминания: %1[*]</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpEditor.cpp" line="144"/>
        <source>the account&apos;s manager</source>
        <translation>менеджер клиента</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpEditor.cpp" line="148"/>
        <source>%1 (left)</source>
        <translation>%1 (не работает)</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpEditor.cpp" line="157"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpEditor.cpp" line="174"/>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpEditor.cpp" line="176"/>
        <source>%1 → %2 (moved %3): %4</source>
        <translation>%1 → %2 (перенесено %3): %4</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpEditor.cpp" line="180"/>
        <source>Never rescheduled.</source>
        <translation>Срок не переносился.</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpEditor.cpp" line="233"/>
        <source>choose one of the accounts listed</source>
        <translation>выберите одного из клиентов в списке</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpEditor.cpp" line="236"/>
        <source>is required: say why the date moves</source>
        <translation>обязательна: укажите, почему переносится срок</translation>
    </message>
</context>
<context>
    <name>keystone::gui::FollowUpTableModel</name>
    <message>
        <location filename="../../src/gui/followups/FollowUpTableModel.cpp" line="129"/>
        <source>nobody</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpTableModel.cpp" line="142"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpTableModel.cpp" line="144"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpTableModel.cpp" line="146"/>
        <source>Title</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpTableModel.cpp" line="148"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpTableModel.cpp" line="150"/>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpTableModel.cpp" line="152"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
</context>
<context>
    <name>keystone::gui::FollowUpsView</name>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="26"/>
        <source>Mark &amp;Done</source>
        <translation>Отметить в&amp;ыполненным</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="26"/>
        <source>&amp;Open Account</source>
        <translation>&amp;Открыть клиента</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="41"/>
        <source>Mark the selected follow-up done (Ctrl+D)</source>
        <translation>Отметить выбранное напоминание выполненным (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="245"/>
        <source>No open follow-ups. Next steps added with an interaction appear here.</source>
        <translation>Открытых напоминаний нет. Здесь появляются следующие шаги, добавленные вместе со взаимодействием.</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="48"/>
        <source>&amp;Manager:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="133"/>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="137"/>
        <source>%1 (left)</source>
        <translation>%1 (не работает)</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="139"/>
        <source>Nobody</source>
        <translation>Не назначен</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="228"/>
        <source>%Ln open, %1 overdue</source>
        <translation>
            <numerusform>%Ln открытое напоминание, просрочено: %1</numerusform>
            <numerusform>%Ln открытых напоминания, просрочено: %1</numerusform>
            <numerusform>%Ln открытых напоминаний, просрочено: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="229"/>
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln открытое напоминание</numerusform>
            <numerusform>%Ln открытых напоминания</numerusform>
            <numerusform>%Ln открытых напоминаний</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="233"/>
        <source>The follow-ups could not be read: %1</source>
        <translation>Не удалось прочитать напоминания: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="235"/>
        <source>Reading the open follow-ups…</source>
        <translation>Чтение открытых напоминаний…</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="237"/>
        <source>%1; reading them again…</source>
        <translation>%1; читаются заново…</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="240"/>
        <source>Reading the open follow-ups of every account… The manager chosen applies to them once they are in.</source>
        <translation>Чтение открытых напоминаний всех клиентов… Выбранный менеджер будет учтён, когда они будут прочитаны.</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="243"/>
        <source>The follow-ups could not be read. Show this tab again to try once more.</source>
        <translation>Не удалось прочитать напоминания. Откройте эту вкладку снова, чтобы попробовать ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="269"/>
        <source>Follow-up Not Changed</source>
        <translation>Напоминание не изменено</translation>
    </message>
</context>
<context>
    <name>keystone::gui::HandOverDialog</name>
    <message>
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="21"/>
        <source>&amp;Hand Over</source>
        <translation>П&amp;ередать</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="25"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="30"/>
        <source>Only the %Ln selected account(s)</source>
        <translation>
            <numerusform>Только %Ln выбранный клиент</numerusform>
            <numerusform>Только %Ln выбранных клиента</numerusform>
            <numerusform>Только %Ln выбранных клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="93"/>
        <source>Hand-over needs at least two managers.</source>
        <translation>Для передачи нужны хотя бы два менеджера.</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="117"/>
        <source>%1 and %2 will move from %3 to %4.</source>
        <translation>%1 и %2 перейдут: %3 → %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="118"/>
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="155"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="118"/>
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="156"/>
        <source>%Ln open follow-up(s)</source>
        <translation>
            <numerusform>%Ln открытое напоминание</numerusform>
            <numerusform>%Ln открытых напоминания</numerusform>
            <numerusform>%Ln открытых напоминаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="121"/>
        <source>%Ln selected account(s) belong to another manager and stay.</source>
        <translation>
            <numerusform>%Ln выбранный клиент принадлежит другому менеджеру и останется у него.</numerusform>
            <numerusform>%Ln выбранных клиента принадлежат другому менеджеру и останутся у него.</numerusform>
            <numerusform>%Ln выбранных клиентов принадлежат другому менеджеру и останутся у него.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="124"/>
        <source>%1 has no accounts to hand over.</source>
        <translation>У менеджера %1 нет клиентов для передачи.</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="153"/>
        <source>Handed over: %1 and %2 now belong to %3. Print the summary for them; Undo (Ctrl+Z) in the main window takes the hand-over back.</source>
        <translation>Передано: %1 и %2 теперь ведёт %3. Напечатайте для него памятку; отмена (Ctrl+Z) в главном окне возвращает передачу назад.</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="173"/>
        <source>Hand-over %1 to %2</source>
        <translation>Передача клиентов: %1 → %2</translation>
    </message>
</context>
<context>
    <name>keystone::gui::ImportDialog</name>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="27"/>
        <source>Import Accounts from CSV</source>
        <translation>Импорт клиентов из CSV</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="29"/>
        <source>Import Contacts from CSV</source>
        <translation>Импорт контактов из CSV</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="31"/>
        <source>Import Interactions from CSV</source>
        <translation>Импорт взаимодействий из CSV</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="33"/>
        <source>Import Sales from CSV</source>
        <translation>Импорт продаж из CSV</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="42"/>
        <source>Rows with a known reference update that account; other rows create accounts.</source>
        <translation>Строки с известным кодом обновляют этого клиента; остальные строки создают клиентов.</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="44"/>
        <source>Each row names the account by its reference. A known e-mail address updates that contact; other rows create contacts.</source>
        <translation>Каждая строка указывает клиента по его коду. Известный адрес эл. почты обновляет этот контакт; остальные строки создают контакты.</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="47"/>
        <source>Each row names the account by its reference; an interaction already there (same time and kind) is updated.</source>
        <translation>Каждая строка указывает клиента по его коду; уже записанное взаимодействие (то же время и вид) обновляется.</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="50"/>
        <source>Each row is one sale line of an account, named by its reference (customer number).</source>
        <translation>Каждая строка — это одна строка продаж клиента, указанного по коду (номеру клиента).</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="60"/>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="62"/>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="64"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="66"/>
        <source>vertical bar</source>
        <translation>вертикальная черта</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="80"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="81"/>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="86"/>
        <source> (was “%1”)</source>
        <translation> (было «%1»)</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="106"/>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="110"/>
        <source>Detect</source>
        <translation>Определить</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="115"/>
        <source>ISO 8601 (2024-12-31)</source>
        <translation>ISO 8601 (2024-12-31)</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="121"/>
        <source>How dates are written in the file: %d day, %m month, %Y year, %H:%M time; or ISO 8601</source>
        <translation>Как записаны даты в файле: %d день, %m месяц, %Y год, %H:%M время; или ISO 8601</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="127"/>
        <source>Column in the file</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="127"/>
        <source>First row</source>
        <translation>Первая строка</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="127"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="134"/>
        <source>C&amp;heck</source>
        <translation>Пров&amp;ерить</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="135"/>
        <source>Read the whole file and show what an import would do, writing nothing</source>
        <translation>Прочитать весь файл и показать, что сделает импорт, ничего не записывая</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="136"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="137"/>
        <source>&amp;Undo Import</source>
        <translation>Отменить и&amp;мпорт</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="188"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="211"/>
        <source>%1 cannot be opened for reading.</source>
        <translation>Файл %1 не удаётся открыть для чтения.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="224"/>
        <source>Read as %1, delimited by %2; the header on line %3 has %Ln column(s).</source>
        <translation>
            <numerusform>Прочитан в кодировке %1, разделитель — %2; заголовок (строка %3) содержит %Ln столбец.</numerusform>
            <numerusform>Прочитан в кодировке %1, разделитель — %2; заголовок (строка %3) содержит %Ln столбца.</numerusform>
            <numerusform>Прочитан в кодировке %1, разделитель — %2; заголовок (строка %3) содержит %Ln столбцов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="231"/>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="378"/>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="248"/>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="255"/>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="257"/>
        <source>%1 (required)</source>
        <translation>%1 (обязательно)</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="293"/>
        <source>Choose the CSV file to import.</source>
        <translation>Выберите файл CSV для импорта.</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="314"/>
        <source>Each field can be read from one column only; %1 is chosen more than once.</source>
        <translation>Каждое поле можно читать только из одного столбца; поле «%1» выбрано несколько раз.</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="343"/>
        <source>Checking %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="343"/>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="357"/>
        <source>Check cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="358"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="369"/>
        <source>This file was imported on %1 (batch %2). Tick “Import this file again” to import it once more, or undo that import first.</source>
        <translation>Этот файл уже импортирован %1 (пакет %2). Отметьте «Импортировать этот файл повторно», чтобы импортировать его ещё раз, или сначала отмените тот импорт.</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="376"/>
        <source>The file cannot be read to its end; nothing was imported.</source>
        <translation>Файл не удаётся прочитать до конца; ничего не импортировано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="402"/>
        <source>%Ln sale line(s) totalling %1</source>
        <translation>
            <numerusform>%Ln строка продаж на сумму %1</numerusform>
            <numerusform>%Ln строки продаж на сумму %1</numerusform>
            <numerusform>%Ln строк продаж на сумму %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="405"/>
        <source>%Ln new account(s)</source>
        <translation>
            <numerusform>%Ln новый клиент</numerusform>
            <numerusform>%Ln новых клиента</numerusform>
            <numerusform>%Ln новых клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="406"/>
        <source>%Ln rejected</source>
        <translation>
            <numerusform>отклонено: %Ln</numerusform>
            <numerusform>отклонено: %Ln</numerusform>
            <numerusform>отклонено: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="407"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="409"/>
        <source>%1 created, %2 updated, %3 unchanged, %4 rejected</source>
        <translation>создано: %1, обновлено: %2, без изменений: %3, отклонено: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="415"/>
        <source>%Ln invalid row(s): an import would write nothing. Correct the file, or tick “Skip invalid rows” to import the others.</source>
        <translation>
            <numerusform>%Ln неверная строка: импорт ничего не запишет. Исправьте файл или отметьте «Пропускать неверные строки», чтобы импортировать остальные.</numerusform>
            <numerusform>%Ln неверные строки: импорт ничего не запишет. Исправьте файл или отметьте «Пропускать неверные строки», чтобы импортировать остальные.</numerusform>
            <numerusform>%Ln неверных строк: импорт ничего не запишет. Исправьте файл или отметьте «Пропускать неверные строки», чтобы импортировать остальные.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="419"/>
        <source>%Ln invalid row(s), so nothing was imported. Correct the file, or tick “Skip invalid rows” to import the others.</source>
        <translation>
            <numerusform>%Ln неверная строка, поэтому ничего не импортировано. Исправьте файл или отметьте «Пропускать неверные строки», чтобы импортировать остальные.</numerusform>
            <numerusform>%Ln неверные строки, поэтому ничего не импортировано. Исправьте файл или отметьте «Пропускать неверные строки», чтобы импортировать остальные.</numerusform>
            <numerusform>%Ln неверных строк, поэтому ничего не импортировано. Исправьте файл или отметьте «Пропускать неверные строки», чтобы импортировать остальные.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="423"/>
        <source>Check of %Ln row(s): </source>
        <translation>
            <numerusform>Проверка %Ln строки: </numerusform>
            <numerusform>Проверка %Ln строк: </numerusform>
            <numerusform>Проверка %Ln строк: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="424"/>
        <source>. Nothing has been written yet.</source>
        <translation>. Пока ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="426"/>
        <source>Imported %Ln row(s): </source>
        <translation>
            <numerusform>Импортирована %Ln строка: </numerusform>
            <numerusform>Импортированы %Ln строки: </numerusform>
            <numerusform>Импортировано %Ln строк: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="428"/>
        <source>The rejected rows are in %1.</source>
        <translation>Отклонённые строки записаны в %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="440"/>
        <source>… and %Ln more problem(s).</source>
        <translation>
            <numerusform>… и ещё %Ln проблема.</numerusform>
            <numerusform>… и ещё %Ln проблемы.</numerusform>
            <numerusform>… и ещё %Ln проблем.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::InteractionEditor</name>
    <message>
        <location filename="../../src/gui/account/InteractionEditor.cpp" line="46"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionEditor.cpp" line="60"/>
        <source>Discard the changes made to this interaction?</source>
        <translation>Отменить изменения этого взаимодействия?</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionEditor.cpp" line="85"/>
        <source>New Interaction[*]</source>
        <translation>Новое взаимодействие[*]</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionEditor.cpp" line="86"/>
        <source>Interaction: %1[*]</source>
        <translation>Взаимодействие: %1[*]</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionEditor.cpp" line="110"/>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionEditor.cpp" line="119"/>
        <source>%1 (deactivated)</source>
        <translation>%1 (деактивирован)</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionEditor.cpp" line="135"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionEditor.cpp" line="137"/>
        <source>%1 (left)</source>
        <translation>%1 (не работает)</translation>
    </message>
</context>
<context>
    <name>keystone::gui::InteractionEntry</name>
    <message>
        <location filename="../../src/gui/account/InteractionEntry.cpp" line="31"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionEntry.cpp" line="66"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionEntry.cpp" line="98"/>
        <source>Say in a few words what it was about.</source>
        <translation>Напишите в нескольких словах, о чём шла речь.</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionEntry.cpp" line="103"/>
        <source>Say what the next step is, or untick it.</source>
        <translation>Укажите следующий шаг или снимите флажок.</translation>
    </message>
</context>
<context>
    <name>keystone::gui::InteractionTableModel</name>
    <message>
        <location filename="../../src/gui/account/InteractionTableModel.cpp" line="54"/>
        <source>%1 (planned)</source>
        <translation>%1 (запланировано)</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionTableModel.cpp" line="77"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionTableModel.cpp" line="79"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionTableModel.cpp" line="81"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionTableModel.cpp" line="83"/>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionTableModel.cpp" line="85"/>
        <source>Sentiment</source>
        <translation>Настрой</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/InteractionTableModel.cpp" line="87"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>keystone::gui::InterchangeActions</name>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="50"/>
        <source>accounts</source>
        <translation>клиенты</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="52"/>
        <source>contacts</source>
        <translation>контакты</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="54"/>
        <source>interactions</source>
        <translation>взаимодействия</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="56"/>
        <source>sales</source>
        <translation>продажи</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="65"/>
        <source>Managers</source>
        <translation>Менеджеры</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="67"/>
        <source>Competitors</source>
        <translation>Конкуренты</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="69"/>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="71"/>
        <source>Dossiers</source>
        <translation>Досье</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="73"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="75"/>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="77"/>
        <source>Follow-ups</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="79"/>
        <source>Tenders</source>
        <translation>Тендеры</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="81"/>
        <source>Competitor presence</source>
        <translation>Конкуренты у клиентов</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="91"/>
        <source>%1: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1: новых %2, обновлено %3, без изменений %4</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="98"/>
        <source>The file holds nothing to import.</source>
        <translation>В файле нечего импортировать.</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="122"/>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="316"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="123"/>
        <source>E&amp;xport</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="140"/>
        <source>&amp;Accounts (CSV)…</source>
        <translation>&amp;Клиенты (CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="140"/>
        <source>Create and update accounts from a CSV file</source>
        <translation>Создать и обновить клиентов из файла CSV</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="143"/>
        <source>&amp;Contacts (CSV)…</source>
        <translation>К&amp;онтакты (CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="143"/>
        <source>Add and update the accounts&apos; people from a CSV file</source>
        <translation>Добавить и обновить контактных лиц клиентов из файла CSV</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="145"/>
        <source>&amp;Interactions (CSV)…</source>
        <translation>&amp;Взаимодействия (CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="145"/>
        <source>Add calls, meetings and visits from a CSV file</source>
        <translation>Добавить звонки, встречи и визиты из файла CSV</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="147"/>
        <source>&amp;Sales (CSV)…</source>
        <translation>&amp;Продажи (CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="147"/>
        <source>Add sale lines from an ERP&apos;s CSV export</source>
        <translation>Добавить строки продаж из выгрузки CSV из ERP</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="150"/>
        <source>&amp;Dossiers (JSON)…</source>
        <translation>&amp;Досье (JSON)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="151"/>
        <source>Import whole dossiers exported from another Keystone database</source>
        <translation>Импортировать досье целиком, выгруженные из другой базы данных Keystone</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="152"/>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="462"/>
        <source>Import Dossiers</source>
        <translation>Импорт досье</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="152"/>
        <source>Keystone dossiers (*.json);;All files (*)</source>
        <translation>Досье Keystone (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="155"/>
        <source>Contacts into This Account (&amp;vCard)…</source>
        <translation>Контакты текущего клиента из &amp;vCard…</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="156"/>
        <source>Add or update the current account&apos;s contacts from an address book file</source>
        <translation>Добавить или обновить контакты текущего клиента из файла адресной книги</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="162"/>
        <source>Import Contacts into %1</source>
        <translation>Импорт контактов клиента «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="163"/>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Файлы vCard (*.vcf *.vcard);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="169"/>
        <source>&amp;Accounts as CSV…</source>
        <translation>&amp;Клиенты в CSV…</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="169"/>
        <source>Write every account that is not archived</source>
        <translation>Записать всех клиентов, кроме архивных</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="172"/>
        <source>&amp;Contacts as CSV…</source>
        <translation>К&amp;онтакты в CSV…</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="172"/>
        <source>Write the contacts of every account</source>
        <translation>Записать контакты всех клиентов</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="174"/>
        <source>&amp;Interactions as CSV…</source>
        <translation>&amp;Взаимодействия в CSV…</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="175"/>
        <source>Write the interactions of every account, oldest first</source>
        <translation>Записать взаимодействия всех клиентов, сначала самые старые</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="177"/>
        <source>&amp;Sales as CSV…</source>
        <translation>&amp;Продажи в CSV…</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="177"/>
        <source>Write every sale line</source>
        <translation>Записать все строки продаж</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="180"/>
        <source>&amp;Dossier of This Account (JSON)…</source>
        <translation>&amp;Досье текущего клиента (JSON)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="181"/>
        <source>Write the current account&apos;s dossier, contacts and history for another database</source>
        <translation>Записать досье, контакты и историю текущего клиента для другой базы данных</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="186"/>
        <source>Export Dossier</source>
        <translation>Экспорт досье</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="187"/>
        <source>Keystone dossiers (*.json)</source>
        <translation>Досье Keystone (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="192"/>
        <source>Contacts as &amp;vCard…</source>
        <translation>Контакты в &amp;vCard…</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="193"/>
        <source>Write every account&apos;s contacts as an address book file</source>
        <translation>Записать контакты всех клиентов в файл адресной книги</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="194"/>
        <source>Export Contacts as vCard</source>
        <translation>Экспорт контактов в vCard</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="194"/>
        <source>contacts.vcf</source>
        <translation>контакты.vcf</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="195"/>
        <source>vCard files (*.vcf)</source>
        <translation>Файлы vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="200"/>
        <source>&amp;Follow-ups as iCalendar…</source>
        <translation>&amp;Напоминания в iCalendar…</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="201"/>
        <source>Write follow-ups and planned meetings for a calendar program</source>
        <translation>Записать напоминания и запланированные встречи для программы-календаря</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="202"/>
        <source>Export Follow-ups</source>
        <translation>Экспорт напоминаний</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="202"/>
        <source>follow-ups.ics</source>
        <translation>напоминания.ics</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="203"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="239"/>
        <source>This import is no longer the last change; undo it with Edit &gt; Undo.</source>
        <translation>Этот импорт уже не последнее изменение; отмените его через «Правка &gt; Отменить».</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="256"/>
        <source>Import Not Undone</source>
        <translation>Импорт не отменён</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="259"/>
        <source>%1 imported</source>
        <translation>Файл %1 импортирован</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="277"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="313"/>
        <source>The file is valid. Importing it will write:</source>
        <translation>Файл корректен. При импорте будет записано:</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="334"/>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="424"/>
        <source>Writing %1…</source>
        <translation>Запись: %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="343"/>
        <source>%Ln row(s) of %1 written to %2</source>
        <translation>
            <numerusform>%1: %Ln строка записана в %2</numerusform>
            <numerusform>%1: %Ln строки записаны в %2</numerusform>
            <numerusform>%1: %Ln строк записано в %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="357"/>
        <source>Export Accounts</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="358"/>
        <source>Writes every account that is not archived, with the columns an import reads back.</source>
        <translation>Записывает всех клиентов, кроме архивных, со столбцами, которые импорт читает обратно.</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="362"/>
        <source>Export Contacts</source>
        <translation>Экспорт контактов</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="363"/>
        <source>Writes the contacts of every account that is not archived.</source>
        <translation>Записывает контакты всех клиентов, кроме архивных.</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="366"/>
        <source>Export Interactions</source>
        <translation>Экспорт взаимодействий</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="367"/>
        <source>Writes the interactions of every account that is not archived, oldest first.</source>
        <translation>Записывает взаимодействия всех клиентов, кроме архивных, сначала самые старые.</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="370"/>
        <source>Export Sales</source>
        <translation>Экспорт продаж</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="371"/>
        <source>Writes every sale line of the accounts that are not archived.</source>
        <translation>Записывает все строки продаж клиентов, кроме архивных.</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="382"/>
        <source>Dossier written to %1</source>
        <translation>Досье записано в %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="389"/>
        <source>Contacts written to %1</source>
        <translation>Контакты записаны в %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="406"/>
        <source>%1 and %2 written to %3</source>
        <comment>follow-ups and planned meetings</comment>
        <translation>В %3 записаны %1 и %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="407"/>
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln напоминание</numerusform>
            <numerusform>%Ln напоминания</numerusform>
            <numerusform>%Ln напоминаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="408"/>
        <source>%Ln planned meeting(s)</source>
        <translation>
            <numerusform>%Ln запланированная встреча</numerusform>
            <numerusform>%Ln запланированные встречи</numerusform>
            <numerusform>%Ln запланированных встреч</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="455"/>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="486"/>
        <source>Checking %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="464"/>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="495"/>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="472"/>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="503"/>
        <source>%1 imported. %2</source>
        <translation>Файл %1 импортирован. %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="493"/>
        <source>Import Contacts</source>
        <translation>Импорт контактов</translation>
    </message>
</context>
<context>
    <name>keystone::gui::MainActions</name>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="33"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="34"/>
        <source>Create an empty database and open it</source>
        <translation>Создать пустую базу данных и открыть её</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="36"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="38"/>
        <source>Save a &amp;Backup…</source>
        <translation>Сохранить &amp;резервную копию…</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="39"/>
        <source>Write a consistent copy of the database to another file</source>
        <translation>Записать согласованную копию базы данных в другой файл</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="43"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="47"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="49"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="52"/>
        <source>&amp;Search Everything</source>
        <translation>&amp;Искать везде</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="53"/>
        <source>Search accounts, people, interactions and dossiers</source>
        <translation>Искать по клиентам, контактам, взаимодействиям и досье</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="55"/>
        <source>&amp;Filter Accounts</source>
        <translation>&amp;Фильтр клиентов</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="61"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Сводка</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="62"/>
        <source>Follow-ups and commitments due, accounts to contact or at risk</source>
        <translation>Напоминания и обязательства к сроку, клиенты, с которыми пора связаться или которые под угрозой</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="65"/>
        <location filename="../../src/gui/main/MainActions.cpp" line="174"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="68"/>
        <source>&amp;Segments</source>
        <translation>Се&amp;гменты</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="69"/>
        <source>The ABC-XYZ matrix, charts, risk, movement and concentration</source>
        <translation>Матрица ABC-XYZ, графики, риск, переходы и концентрация</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="72"/>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Напоминания</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="73"/>
        <source>Open follow-ups and commitments across accounts, overdue first</source>
        <translation>Открытые напоминания и обязательства по всем клиентам, сначала просроченные</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="76"/>
        <source>&amp;Contacts</source>
        <translation>Конт&amp;акты</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="77"/>
        <source>Everyone at every account, filtered as you type</source>
        <translation>Все контактные лица всех клиентов, с фильтром по мере ввода</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="83"/>
        <source>E&amp;xport This List…</source>
        <translation>&amp;Экспорт списка…</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="88"/>
        <source>&amp;Save Dossier</source>
        <translation>Сохранить &amp;досье</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="93"/>
        <source>Mark &amp;Follow-up Done</source>
        <translation>Отметить напоминание &amp;выполненным</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="94"/>
        <source>Mark the selected follow-up done</source>
        <translation>Отметить выбранное напоминание выполненным</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="101"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="103"/>
        <source>&amp;Close Account</source>
        <translation>&amp;Закрыть вкладку клиента</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="105"/>
        <source>Add, rename and merge the competitors tenders and accounts name</source>
        <translation>Добавить, переименовать и объединить конкурентов, упомянутых в тендерах и у клиентов</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="105"/>
        <source>C&amp;ompetitors…</source>
        <translation>Конкурент&amp;ы…</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="109"/>
        <source>&amp;About Keystone</source>
        <translation>&amp;О программе Keystone</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="149"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="152"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="167"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="191"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="194"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="223"/>
        <source>Not Changed</source>
        <translation>Не изменено</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="238"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="243"/>
        <source>No recent databases</source>
        <translation>Недавних баз данных нет</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="247"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="254"/>
        <source>About Keystone</source>
        <translation>О программе Keystone</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainActions.cpp" line="255"/>
        <source>&lt;h3&gt;Keystone %1&lt;/h3&gt;&lt;p&gt;Key-account management: dossiers, people, interactions and follow-ups, so that what is known about a key customer lives in the system, not in one head.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keystone %1&lt;/h3&gt;&lt;p&gt;Работа с ключевыми клиентами: досье, контакты, взаимодействия и напоминания, чтобы знания о ключевом клиенте хранились в системе, а не в голове одного человека.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>keystone::gui::MainTabs</name>
    <message>
        <location filename="../../src/gui/main/MainTabs.cpp" line="30"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainTabs.cpp" line="31"/>
        <source>Your day: follow-ups and commitments due, accounts to contact or at risk</source>
        <translation>Ваш день: напоминания и обязательства к сроку, клиенты, с которыми пора связаться или которые под угрозой</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainTabs.cpp" line="32"/>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainTabs.cpp" line="33"/>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainTabs.cpp" line="34"/>
        <source>Follow-ups</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainTabs.cpp" line="35"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainTabs.cpp" line="97"/>
        <source>Cannot Refresh</source>
        <translation>Не удалось обновить</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainTabs.cpp" line="157"/>
        <source>Cannot Open Account</source>
        <translation>Не удалось открыть клиента</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainTabs.cpp" line="235"/>
        <source>Not Changed</source>
        <translation>Не изменено</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainTabs.cpp" line="243"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainTabs.cpp" line="244"/>
        <source>Results of the search in the tool bar (Ctrl+K)</source>
        <translation>Результаты поиска из панели инструментов (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>keystone::gui::MainWindow</name>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="384"/>
        <source>Cannot Refresh</source>
        <translation>Не удалось обновить</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="261"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="265"/>
        <source>Search accounts, people, interactions, dossiers (Ctrl+K)</source>
        <translation>Поиск по клиентам, контактам, взаимодействиям, досье (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="205"/>
        <source>The counts could not be read: %1</source>
        <translation>Не удалось подсчитать записи: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="339"/>
        <source>%1[*] — Keystone</source>
        <translation>%1[*] — Keystone</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="342"/>
        <source>Keystone</source>
        <translation>Keystone</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="352"/>
        <source>No database open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="200"/>
        <source>%1 accounts · %2 contacts · %3 interactions · %4 open follow-ups</source>
        <translation>Клиентов: %1 · контактов: %2 · взаимодействий: %3 · открытых напоминаний: %4</translation>
    </message>
    <message>
        <location filename="../../src/gui/main/MainWindow.cpp" line="361"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
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
    <name>keystone::gui::NewAccountActions</name>
    <message>
        <location filename="../../src/gui/accounts/NewAccountActions.cpp" line="21"/>
        <source>&amp;New Account…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/NewAccountActions.cpp" line="26"/>
        <source>Create an account: its name, reference, manager and the rest</source>
        <translation>Создать клиента: название, код, менеджер и остальное</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/NewAccountActions.cpp" line="69"/>
        <source>Account Exists</source>
        <translation>Такой клиент уже есть</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/NewAccountActions.cpp" line="70"/>
        <source>«%1» exists: open it instead?</source>
        <translation>«%1» уже есть: открыть его?</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/NewAccountActions.cpp" line="75"/>
        <source>Another account has this name.</source>
        <translation>Это название уже есть у другого клиента.</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/NewAccountActions.cpp" line="76"/>
        <source>The account with the reference %1 has this name.</source>
        <translation>Это название у клиента с кодом %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/NewAccountActions.cpp" line="77"/>
        <source>&amp;Open Existing</source>
        <translation>&amp;Открыть существующего</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/NewAccountActions.cpp" line="78"/>
        <source>Create &amp;Anyway</source>
        <translation>Всё равно &amp;создать</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/NewAccountActions.cpp" line="99"/>
        <source>Account %1 created</source>
        <translation>Клиент %1 создан</translation>
    </message>
    <message>
        <location filename="../../src/gui/accounts/NewAccountActions.cpp" line="120"/>
        <source>Not Created</source>
        <translation>Не создано</translation>
    </message>
</context>
<context>
    <name>keystone::gui::OrgChart</name>
    <message>
        <location filename="../../src/gui/account/OrgChart.cpp" line="103"/>
        <source>Organisation chart</source>
        <translation>Оргсхема</translation>
    </message>
</context>
<context>
    <name>keystone::gui::OrgChartLegend</name>
    <message>
        <location filename="../../src/gui/account/OrgChart.cpp" line="407"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>keystone::gui::PresenceEditor</name>
    <message>
        <location filename="../../src/gui/account/PresenceEditor.cpp" line="22"/>
        <source>Discard the changes made here?</source>
        <translation>Отбросить сделанные здесь изменения?</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/PresenceEditor.cpp" line="34"/>
        <source>New Competitor</source>
        <translation>Новый конкурент</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/PresenceEditor.cpp" line="34"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/PresenceEditor.cpp" line="61"/>
        <source>choose a competitor</source>
        <translation>выберите конкурента</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/PresenceEditor.cpp" line="73"/>
        <source>Competitor at the Account[*]</source>
        <translation>Конкурент у клиента[*]</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/PresenceEditor.cpp" line="74"/>
        <source>%1 at the Account[*]</source>
        <translation>%1 у клиента[*]</translation>
    </message>
</context>
<context>
    <name>keystone::gui::PresenceTableModel</name>
    <message>
        <location filename="../../src/gui/account/TenderTableModel.cpp" line="176"/>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/TenderTableModel.cpp" line="178"/>
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/TenderTableModel.cpp" line="180"/>
        <source>Products</source>
        <translation>Продукция</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/TenderTableModel.cpp" line="182"/>
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
</context>
<context>
    <name>keystone::gui::RecordEditor</name>
    <message>
        <location filename="../../src/gui/account/RecordEditor.cpp" line="56"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/RecordEditor.cpp" line="64"/>
        <source>Discard Changes</source>
        <translation>Отбросить изменения</translation>
    </message>
</context>
<context>
    <name>keystone::gui::ReportActions</name>
    <message>
        <location filename="../../src/gui/reports/ReportActions.cpp" line="29"/>
        <source>&amp;Print Segment Report…</source>
        <translation>&amp;Печать отчёта по сегментам…</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/ReportActions.cpp" line="32"/>
        <source>The ABC-XYZ matrix, Pareto chart, accounts per cell, movement and risk, in a print preview</source>
        <translation>Матрица ABC-XYZ, диаграмма Парето, клиенты по ячейкам, переходы и риск — в предварительном просмотре печати</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/ReportActions.cpp" line="36"/>
        <source>Export Segment Report as P&amp;DF…</source>
        <translation>О&amp;тчёт по сегментам в PDF…</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/ReportActions.cpp" line="39"/>
        <source>Save the segment report as a PDF file</source>
        <translation>Сохранить отчёт по сегментам в файл PDF</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/ReportActions.cpp" line="42"/>
        <source>Pr&amp;int Dossier…</source>
        <translation>П&amp;ечать досье…</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/ReportActions.cpp" line="45"/>
        <source>The account&apos;s dossier, people, follow-ups and history, in a print preview</source>
        <translation>Досье клиента, контакты, напоминания и история — в предварительном просмотре печати</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/ReportActions.cpp" line="48"/>
        <source>Export Dossier as &amp;PDF…</source>
        <translation>Досье в &amp;файл PDF…</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/ReportActions.cpp" line="51"/>
        <source>Save the account&apos;s dossier as a PDF file to hand to a colleague</source>
        <translation>Сохранить досье клиента в файл PDF, чтобы передать коллеге</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/ReportActions.cpp" line="82"/>
        <source>Cannot Make the Report</source>
        <translation>Не удалось составить отчёт</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/reports/ReportActions.cpp" line="94"/>
        <source>Segment report saved to %1 (%Ln page(s))</source>
        <translation>
            <numerusform>Отчёт по сегментам сохранён в %1 (%Ln страница)</numerusform>
            <numerusform>Отчёт по сегментам сохранён в %1 (%Ln страницы)</numerusform>
            <numerusform>Отчёт по сегментам сохранён в %1 (%Ln страниц)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/reports/ReportActions.cpp" line="106"/>
        <source>Dossier saved to %1 (%Ln page(s))</source>
        <translation>
            <numerusform>Досье сохранено в %1 (%Ln страница)</numerusform>
            <numerusform>Досье сохранено в %1 (%Ln страницы)</numerusform>
            <numerusform>Досье сохранено в %1 (%Ln страниц)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/ReportActions.cpp" line="148"/>
        <source>Segment Report</source>
        <translation>Отчёт по сегментам</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/ReportActions.cpp" line="159"/>
        <source>Dossier of %1</source>
        <translation>Досье клиента «%1»</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/ReportActions.cpp" line="169"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/ReportActions.cpp" line="180"/>
        <source>Export Segment Report as PDF</source>
        <translation>Экспорт отчёта по сегментам в PDF</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/ReportActions.cpp" line="181"/>
        <source>Segment report %1.pdf</source>
        <translation>Отчёт по сегментам %1.pdf</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/ReportActions.cpp" line="195"/>
        <source>Export Dossier as PDF</source>
        <translation>Экспорт досье в PDF</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/ReportActions.cpp" line="195"/>
        <source>Dossier %1.pdf</source>
        <translation>Досье %1.pdf</translation>
    </message>
</context>
<context>
    <name>keystone::gui::ReportList</name>
    <message numerus="yes">
        <location filename="../../src/gui/segments/ReportList.cpp" line="86"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/ReportList.cpp" line="88"/>
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 из %Ln строки</numerusform>
            <numerusform>%1 из %Ln строк</numerusform>
            <numerusform>%1 из %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/ReportList.cpp" line="105"/>
        <source>Export Failed</source>
        <translation>Экспорт не выполнен</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/ReportList.cpp" line="106"/>
        <source>The list was not exported to %1: %2</source>
        <translation>Список не экспортирован в %1: %2</translation>
    </message>
</context>
<context>
    <name>keystone::gui::RevenueChart</name>
    <message>
        <location filename="../../src/gui/account/RevenueChart.cpp" line="61"/>
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/RevenueChart.cpp" line="76"/>
        <source>No sales recorded</source>
        <translation>Продаж нет</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/RevenueChart.cpp" line="78"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
</context>
<context>
    <name>keystone::gui::SaleTableModel</name>
    <message>
        <location filename="../../src/gui/account/SaleTableModel.cpp" line="96"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/SaleTableModel.cpp" line="98"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/SaleTableModel.cpp" line="100"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/SaleTableModel.cpp" line="102"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/SaleTableModel.cpp" line="104"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/SaleTableModel.cpp" line="106"/>
        <source>Amount</source>
        <translation>Сумма</translation>
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
        <source>%Ln match(es) for “%1”; Enter or a double-click opens the account.</source>
        <translation>
            <numerusform>%Ln совпадение по запросу «%1»; Enter или двойной щелчок открывает клиента.</numerusform>
            <numerusform>%Ln совпадения по запросу «%1»; Enter или двойной щелчок открывает клиента.</numerusform>
            <numerusform>%Ln совпадений по запросу «%1»; Enter или двойной щелчок открывает клиента.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::SegmentConcentrationTab</name>
    <message>
        <location filename="../../src/gui/segments/SegmentConcentrationTab.cpp" line="17"/>
        <source>The same window moved back a month at a time:</source>
        <translation>То же окно, сдвинутое назад помесячно:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentConcentrationTab.cpp" line="33"/>
        <source>Over %Ln account(s) with a positive total: the largest brings %1%, the top 5 %2%, the top 10 %3%. Herfindahl index %4 (1 = one account holds everything; 1/n when n accounts are equal).</source>
        <translation>
            <numerusform>По %Ln клиенту с положительным итогом: крупнейший даёт %1%, топ-5 — %2%, топ-10 — %3%. Индекс Херфиндаля %4 (1 — всё у одного клиента; 1/n, когда n клиентов равны).</numerusform>
            <numerusform>По %Ln клиентам с положительным итогом: крупнейший даёт %1%, топ-5 — %2%, топ-10 — %3%. Индекс Херфиндаля %4 (1 — всё у одного клиента; 1/n, когда n клиентов равны).</numerusform>
            <numerusform>По %Ln клиентам с положительным итогом: крупнейший даёт %1%, топ-5 — %2%, топ-10 — %3%. Индекс Херфиндаля %4 (1 — всё у одного клиента; 1/n, когда n клиентов равны).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::SegmentMatrixModel</name>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentMatrixModel.cpp" line="122"/>
        <source>%1
%Ln account(s)
%2% of the total</source>
        <translation>
            <numerusform>%1
%Ln клиент
%2% итога</numerusform>
            <numerusform>%1
%Ln клиента
%2% итога</numerusform>
            <numerusform>%1
%Ln клиентов
%2% итога</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentMatrixModel.cpp" line="125"/>
        <source>%1: %Ln account(s), %2% of the total</source>
        <translation>
            <numerusform>%1: %Ln клиент, %2% итога</numerusform>
            <numerusform>%1: %Ln клиента, %2% итога</numerusform>
            <numerusform>%1: %Ln клиентов, %2% итога</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMatrixModel.cpp" line="167"/>
        <source>A
first %1%</source>
        <translation>A
первые %1%</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMatrixModel.cpp" line="169"/>
        <source>B
next %1%</source>
        <translation>B
следующие %1%</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMatrixModel.cpp" line="171"/>
        <source>C
last %1%</source>
        <translation>C
последние %1%</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMatrixModel.cpp" line="178"/>
        <source>X steady
CV ≤ %1%</source>
        <translation>X стабильный
КВ ≤ %1%</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMatrixModel.cpp" line="180"/>
        <source>Y fluctuating
CV ≤ %1%</source>
        <translation>Y колеблющийся
КВ ≤ %1%</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMatrixModel.cpp" line="182"/>
        <source>Z irregular
CV &gt; %1%</source>
        <translation>Z нерегулярный
КВ &gt; %1%</translation>
    </message>
</context>
<context>
    <name>keystone::gui::SegmentMatrixTab</name>
    <message>
        <location filename="../../src/gui/segments/SegmentMatrixTab.cpp" line="29"/>
        <source>No accounts in this cell.</source>
        <translation>В этой ячейке нет клиентов.</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMatrixTab.cpp" line="39"/>
        <source>Choose a cell of the matrix.</source>
        <translation>Выберите ячейку матрицы.</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMatrixTab.cpp" line="67"/>
        <source>Every account is classified.</source>
        <translation>Все клиенты классифицированы.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentMatrixTab.cpp" line="68"/>
        <source>Not classified: %Ln account(s) (no sales %1, net zero %2, net negative %3).</source>
        <translation>
            <numerusform>Не классифицирован %Ln клиент (нет продаж: %1, итог ноль: %2, итог отрицательный: %3).</numerusform>
            <numerusform>Не классифицировано %Ln клиента (нет продаж: %1, итог ноль: %2, итог отрицательный: %3).</numerusform>
            <numerusform>Не классифицировано %Ln клиентов (нет продаж: %1, итог ноль: %2, итог отрицательный: %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentMatrixTab.cpp" line="111"/>
        <source>%1: %Ln account(s), %2% of the total</source>
        <translation>
            <numerusform>%1: %Ln клиент, %2% итога</numerusform>
            <numerusform>%1: %Ln клиента, %2% итога</numerusform>
            <numerusform>%1: %Ln клиентов, %2% итога</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMatrixTab.cpp" line="113"/>
        <source>Suggested way of working in %1</source>
        <translation>Рекомендуемый подход к работе в ячейке %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentMatrixTab.cpp" line="135"/>
        <source>Not classified: %Ln account(s) with no positive total in the window</source>
        <translation>
            <numerusform>Не классифицирован %Ln клиент без положительного итога в окне</numerusform>
            <numerusform>Не классифицировано %Ln клиента без положительного итога в окне</numerusform>
            <numerusform>Не классифицировано %Ln клиентов без положительного итога в окне</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMatrixTab.cpp" line="137"/>
        <source>Suggested way of working</source>
        <translation>Рекомендуемый подход к работе</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMatrixTab.cpp" line="138"/>
        <source>Not classified accounts bought nothing in the window, or returned as much as they bought. Check them in the Risk tab: they are lost, or about to be.</source>
        <translation>Неклассифицированные клиенты ничего не купили в окне или вернули столько же, сколько купили. Проверьте их на вкладке «Риск»: они потеряны или вот-вот будут потеряны.</translation>
    </message>
</context>
<context>
    <name>keystone::gui::SegmentMovementTab</name>
    <message>
        <location filename="../../src/gui/segments/SegmentMovementTab.cpp" line="27"/>
        <source>No account changed cell.</source>
        <translation>Ни один клиент не сменил ячейку.</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMovementTab.cpp" line="63"/>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMovementTab.cpp" line="75"/>
        <source>No saved snapshots yet. Save one now with Save Snapshot… above and another later; this tab shows who moved between them.</source>
        <translation>Сохранённых снимков пока нет. Сохраните один сейчас кнопкой «Сделать снимок…» выше и ещё один позже; на этой вкладке видно, кто переместился между ними.</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMovementTab.cpp" line="77"/>
        <source>One saved snapshot: save another later with Save Snapshot… above to see who moved.</source>
        <translation>Сохранён один снимок: сохраните позже ещё один кнопкой «Сделать снимок…» выше, чтобы увидеть, кто переместился.</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMovementTab.cpp" line="128"/>
        <source>%1 (%2 → %3)</source>
        <translation>%1 (%2 → %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentMovementTab.cpp" line="133"/>
        <source>%Ln account(s) changed cell; %1 stayed. Rows: the older snapshot&apos;s cells; columns: the newer one&apos;s.</source>
        <translation>
            <numerusform>%Ln клиент сменил ячейку; остались на месте: %1. Строки — ячейки более старого снимка, столбцы — более нового.</numerusform>
            <numerusform>%Ln клиента сменили ячейку; остались на месте: %1. Строки — ячейки более старого снимка, столбцы — более нового.</numerusform>
            <numerusform>%Ln клиентов сменили ячейку; остались на месте: %1. Строки — ячейки более старого снимка, столбцы — более нового.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentMovementTab.cpp" line="139"/>
        <source>%Ln A account(s) moved down: %1</source>
        <translation>
            <numerusform>%Ln клиент класса A опустился ниже: %1</numerusform>
            <numerusform>%Ln клиента класса A опустились ниже: %1</numerusform>
            <numerusform>%Ln клиентов класса A опустились ниже: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentMovementTab.cpp" line="145"/>
        <source>The snapshots cannot be compared: %1</source>
        <translation>Снимки нельзя сравнить: %1</translation>
    </message>
</context>
<context>
    <name>keystone::gui::SegmentRiskTab</name>
    <message>
        <location filename="../../src/gui/segments/SegmentRiskTab.cpp" line="17"/>
        <source>Lost: no purchase for the lost threshold. At risk: a long gap against their habit, or last month far below their average. Lost first, then by revenue.</source>
        <translation>Потерян: нет покупок дольше порога потери. Под угрозой: долгий перерыв по сравнению с обычным ритмом или прошлый месяц намного ниже среднего. Сначала потерянные, затем по выручке.</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentRiskTab.cpp" line="19"/>
        <source>No account is at risk or lost.</source>
        <translation>Ни один клиент не находится под угрозой и не потерян.</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentRiskTab.cpp" line="20"/>
        <source>Lost accounts worth winning back, by the revenue of their last year; the offer is the title of their open follow-up due last.</source>
        <translation>Потерянные клиенты, которых стоит вернуть, по выручке за их последний год; предложение — содержание их открытого напоминания с самым поздним сроком.</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentRiskTab.cpp" line="22"/>
        <source>No lost accounts.</source>
        <translation>Потерянных клиентов нет.</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentRiskTab.cpp" line="23"/>
        <source>No months.</source>
        <translation>Нет месяцев.</translation>
    </message>
</context>
<context>
    <name>keystone::gui::SegmentsView</name>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="48"/>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="47"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="45"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="46"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="73"/>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="150"/>
        <source>Open a database to segment its accounts.</source>
        <translation>Откройте базу данных, чтобы сегментировать её клиентов.</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="159"/>
        <source>Computing…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="180"/>
        <source>The analytics settings cannot be used: %1</source>
        <translation>Настройки аналитики нельзя использовать: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="206"/>
        <source>To: the window ends before it starts (From is %1).</source>
        <translation>По: окно заканчивается раньше, чем начинается (С: %1).</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="211"/>
        <source>ABC cut-offs: the second (end of B) must not be below the first (end of A).</source>
        <translation>Границы ABC: вторая (конец B) не может быть меньше первой (конец A).</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="215"/>
        <source>XYZ limits: the second (end of Y) must not be below the first (end of X).</source>
        <translation>Пределы XYZ: второй (конец Y) не может быть меньше первого (конец X).</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="287"/>
        <source>The segmentation failed: %1</source>
        <translation>Сегментация не удалась: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="297"/>
        <source>%1 to %2, by %3, %4: %Ln account(s) classified, total %5.</source>
        <translation>
            <numerusform>С %1 по %2, по периодам: %3, показатель: %4; классифицирован %Ln клиент, итог %5.</numerusform>
            <numerusform>С %1 по %2, по периодам: %3, показатель: %4; классифицировано %Ln клиента, итог %5.</numerusform>
            <numerusform>С %1 по %2, по периодам: %3, показатель: %4; классифицировано %Ln клиентов, итог %5.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="300"/>
        <source>quarter</source>
        <translation>кварталы</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="300"/>
        <source>month</source>
        <translation>месяцы</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="301"/>
        <source>margin</source>
        <translation>маржа</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="301"/>
        <source>revenue</source>
        <translation>выручка</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="354"/>
        <source>Save Snapshot</source>
        <translation>Сохранение снимка</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="355"/>
        <source>Saves the segmentation on screen, so that a later one can be compared with it in the Movement tab.
Label:</source>
        <translation>Сохраняет сегментацию на экране, чтобы потом сравнить с ней следующую на вкладке «Переходы».
Название:</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="358"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="391"/>
        <source>The snapshot was not saved: %1</source>
        <translation>Снимок не сохранён: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="399"/>
        <source>The snapshot could not be changed: %1</source>
        <translation>Не удалось изменить снимок: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="406"/>
        <source>Snapshot “%1” saved</source>
        <translation>Снимок «%1» сохранён</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="407"/>
        <source>Snapshot “%1” saved; %Ln account(s) marked as anchor</source>
        <translation>
            <numerusform>Снимок «%1» сохранён; %Ln клиент отмечен как опорный</numerusform>
            <numerusform>Снимок «%1» сохранён; %Ln клиента отмечены как опорные</numerusform>
            <numerusform>Снимок «%1» сохранён; %Ln клиентов отмечены как опорные</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="420"/>
        <source>The snapshots cannot be read: %1</source>
        <translation>Не удалось прочитать снимки: %1</translation>
    </message>
</context>
<context>
    <name>keystone::gui::TeamActions</name>
    <message>
        <location filename="../../src/gui/team/TeamActions.cpp" line="22"/>
        <source>Switch &amp;User…</source>
        <translation>Сменить по&amp;льзователя…</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamActions.cpp" line="23"/>
        <source>&amp;Team…</source>
        <translation>Команда и ро&amp;ли…</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamActions.cpp" line="26"/>
        <source>Choose who you are in this database</source>
        <translation>Выбрать, кто вы в этой базе данных</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamActions.cpp" line="28"/>
        <source>The team members: add, edit, deactivate and reactivate</source>
        <translation>Участники команды: добавить, изменить, отключить и вернуть</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamActions.cpp" line="57"/>
        <source>--as %1: %2</source>
        <translation>--as %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamActions.cpp" line="77"/>
        <source>You: %1</source>
        <translation>Вы: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamActions.cpp" line="77"/>
        <source>You: nobody (File &gt; Switch User…)</source>
        <translation>Вы: никто (Файл &gt; Сменить пользователя…)</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamActions.cpp" line="109"/>
        <source>You are %1 in this database</source>
        <translation>В этой базе данных вы — %1</translation>
    </message>
</context>
<context>
    <name>keystone::gui::TeamDialog</name>
    <message>
        <location filename="../../src/gui/team/TeamDialog.cpp" line="165"/>
        <source>%1 was not deactivated: %2</source>
        <translation>%1 не отключён(а): %2</translation>
    </message>
</context>
<context>
    <name>keystone::gui::TeamMemberEditor</name>
    <message>
        <location filename="../../src/gui/team/TeamMemberEditor.cpp" line="18"/>
        <source>Add Team Member</source>
        <translation>Новый участник команды</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamMemberEditor.cpp" line="18"/>
        <source>Team Member: %1</source>
        <translation>Участник команды: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamMemberEditor.cpp" line="19"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamMemberEditor.cpp" line="19"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamMemberEditor.cpp" line="26"/>
        <source>Discard what you typed for this team member?</source>
        <translation>Отбросить введённое для этого участника команды?</translation>
    </message>
</context>
<context>
    <name>keystone::gui::TeamTableModel</name>
    <message>
        <location filename="../../src/gui/team/TeamTableModel.cpp" line="30"/>
        <source>Sales lead</source>
        <translation>Руководитель продаж</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamTableModel.cpp" line="32"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamTableModel.cpp" line="36"/>
        <source>Account manager</source>
        <translation>Менеджер по работе с клиентами</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamTableModel.cpp" line="68"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamTableModel.cpp" line="68"/>
        <source>Deactivated</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamTableModel.cpp" line="82"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamTableModel.cpp" line="84"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamTableModel.cpp" line="86"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamTableModel.cpp" line="88"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/TeamTableModel.cpp" line="90"/>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
</context>
<context>
    <name>keystone::gui::TenderEditor</name>
    <message>
        <location filename="../../src/gui/account/TenderEditor.cpp" line="34"/>
        <source>Discard the changes made here?</source>
        <translation>Отбросить сделанные здесь изменения?</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/TenderEditor.cpp" line="44"/>
        <source>New Competitor</source>
        <translation>Новый конкурент</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/TenderEditor.cpp" line="44"/>
        <location filename="../../src/gui/account/TenderEditor.cpp" line="49"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/TenderEditor.cpp" line="49"/>
        <source>New Reason</source>
        <translation>Новая причина</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/TenderEditor.cpp" line="84"/>
        <source>New Tender[*]</source>
        <translation>Новый тендер[*]</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/TenderEditor.cpp" line="84"/>
        <source>Tender: %1[*]</source>
        <translation>Тендер: %1[*]</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/TenderEditor.cpp" line="91"/>
        <source>no reason chosen</source>
        <translation>причина не выбрана</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/TenderEditor.cpp" line="98"/>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/TenderEditor.cpp" line="127"/>
        <source>is not an amount, such as 125000 or 125000.50</source>
        <translation>не сумма; например, 125000 или 125000,50</translation>
    </message>
</context>
<context>
    <name>keystone::gui::TenderTableModel</name>
    <message>
        <location filename="../../src/gui/account/TenderTableModel.cpp" line="89"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/TenderTableModel.cpp" line="109"/>
        <source>Tender</source>
        <translation>Тендер</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/TenderTableModel.cpp" line="111"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/TenderTableModel.cpp" line="113"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/TenderTableModel.cpp" line="115"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/TenderTableModel.cpp" line="117"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../src/gui/account/TenderTableModel.cpp" line="119"/>
        <source>Won by</source>
        <translation>Победитель</translation>
    </message>
</context>
<context>
    <name>keystone::gui::TransitionMatrixModel</name>
    <message numerus="yes">
        <location filename="../../src/gui/segments/TransitionMatrixModel.cpp" line="99"/>
        <source>%Ln account(s) stayed in %1</source>
        <translation>
            <numerusform>%Ln клиент остался в %1</numerusform>
            <numerusform>%Ln клиента остались в %1</numerusform>
            <numerusform>%Ln клиентов остались в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/TransitionMatrixModel.cpp" line="100"/>
        <source>%Ln account(s) from %1 to %2</source>
        <translation>
            <numerusform>%Ln клиент перешёл из %1 в %2</numerusform>
            <numerusform>%Ln клиента перешли из %1 в %2</numerusform>
            <numerusform>%Ln клиентов перешли из %1 в %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/TransitionMatrixModel.cpp" line="101"/>
        <source>not classified</source>
        <translation>не классифицирован</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/TransitionMatrixModel.cpp" line="128"/>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <location filename="../../src/gui/segments/TransitionMatrixModel.cpp" line="128"/>
        <source>gone</source>
        <translation>выбыл</translation>
    </message>
</context>
<context>
    <name>keystone::gui::WhoAreYouDialog</name>
    <message>
        <location filename="../../src/gui/team/WhoAreYouDialog.cpp" line="21"/>
        <source>Keystone records who logs each interaction and who creates and changes each record. Choose who you are in this database; it is remembered for your login on this computer.</source>
        <translation>Keystone записывает, кто внёс каждое взаимодействие и кто создал и изменил каждую запись. Выберите, кто вы в этой базе данных; выбор запоминается для вашей учётной записи на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/WhoAreYouDialog.cpp" line="31"/>
        <source>&amp;Continue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <location filename="../../src/gui/team/WhoAreYouDialog.cpp" line="45"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>keystone::report::ParetoChart</name>
    <message>
        <location filename="../../src/report/ParetoChart.cpp" line="78"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../src/report/ParetoChart.cpp" line="79"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../src/report/ParetoChart.cpp" line="80"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../src/report/ParetoChart.cpp" line="108"/>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <location filename="../../src/report/ParetoChart.cpp" line="108"/>
        <source>B/C</source>
        <translation>B/C</translation>
    </message>
    <message>
        <location filename="../../src/report/ParetoChart.cpp" line="141"/>
        <source>Accounts by rank; the line is the cumulative share of the total</source>
        <translation>Клиенты по месту; линия — накопленная доля итога</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/gui/main.cpp" line="71"/>
        <source>Key-account management</source>
        <translation>Работа с ключевыми клиентами</translation>
    </message>
    <message>
        <location filename="../../src/gui/main.cpp" line="51"/>
        <source>Open the database at PATH.</source>
        <translation>Открыть базу данных по пути PATH.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main.cpp" line="54"/>
        <source>Save a PNG of each screen in DIR and quit.</source>
        <translation>Сохранить PNG каждого экрана в DIR и выйти.</translation>
    </message>
    <message>
        <location filename="../../src/gui/main.cpp" line="57"/>
        <source>Work as the team member with this e-mail address (this session only), as keystone-cli --as does.</source>
        <translation>Работать от имени участника команды с этим адресом эл. почты (только в этом сеансе), как keystone-cli --as.</translation>
    </message>
</context>
</TS>
