<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Labels</name>
    <message numerus="yes">
        <location filename="../../src/gui/common/Labels.cpp" line="192"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/common/Labels.cpp" line="195"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountWorkspace</name>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="151"/>
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n day ago)</numerusform>
            <numerusform>%1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="158"/>
        <source>%1, overdue by %n day(s)</source>
        <translation>
            <numerusform>%1, overdue by %n day</numerusform>
            <numerusform>%1, overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="158"/>
        <source>%1, in %n day(s)</source>
        <translation>
            <numerusform>%1, in %n day</numerusform>
            <numerusform>%1, in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountsView</name>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="144"/>
        <source>No account matches the filter; %n account(s) in all.</source>
        <translation>
            <numerusform>No account matches the filter; %n account in all.</numerusform>
            <numerusform>No account matches the filter; %n accounts in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="146"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::ExportListDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/ExportListDialog.cpp" line="21"/>
        <source>Writes the %n account(s) shown, with the columns shown, in the order shown.</source>
        <translation>
            <numerusform>Writes the %n account shown, with the columns shown, in the order shown.</numerusform>
            <numerusform>Writes the %n accounts shown, with the columns shown, in the order shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::FollowUpsView</name>
    <message numerus="yes">
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="115"/>
        <source>%n open, %1 overdue</source>
        <translation>
            <numerusform>%n open, %1 overdue</numerusform>
            <numerusform>%n open, %1 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="116"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::SearchView</name>
    <message numerus="yes">
        <location filename="../../src/gui/search/SearchView.cpp" line="114"/>
        <source>%n match(es) for “%1”; Enter or a double-click opens the account.</source>
        <translation>
            <numerusform>%n match for “%1”; Enter or a double-click opens the account.</numerusform>
            <numerusform>%n matches for “%1”; Enter or a double-click opens the account.</numerusform>
        </translation>
    </message>
</context>
</TS>
