<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HandOverSummary</name>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="56"/>
        <source>%Ln account(s) handed over</source>
        <translation>
            <numerusform>%Ln account handed over</numerusform>
            <numerusform>%Ln accounts handed over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="58"/>
        <source>%Ln open follow-up(s)</source>
        <translation>
            <numerusform>%Ln open follow-up</numerusform>
            <numerusform>%Ln open follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="82"/>
        <source>%Ln employee(s)</source>
        <translation>
            <numerusform>%Ln employee</numerusform>
            <numerusform>%Ln employees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportCommand.cpp" line="40"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportCommand.cpp" line="42"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportCommand.cpp" line="44"/>
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportCommand.cpp" line="46"/>
        <source>%Ln sale line(s)</source>
        <translation>
            <numerusform>%Ln sale line</numerusform>
            <numerusform>%Ln sale lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <location filename="../../src/gui/common/Labels.cpp" line="61"/>
        <source>Overdue by %Ln day(s)</source>
        <translation>
            <numerusform>Overdue by %Ln day</numerusform>
            <numerusform>Overdue by %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/common/Labels.cpp" line="64"/>
        <source>Due in %Ln day(s)</source>
        <translation>
            <numerusform>Due in %Ln day</numerusform>
            <numerusform>Due in %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountBulkActions</name>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="152"/>
        <source>Change Manager of %Ln Account(s)</source>
        <translation>
            <numerusform>Change Manager of %Ln Account</numerusform>
            <numerusform>Change Manager of %Ln Accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="153"/>
        <source>Manager changed on %Ln account(s)</source>
        <translation>
            <numerusform>Manager changed on %Ln account</numerusform>
            <numerusform>Manager changed on %Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="160"/>
        <source>Change Status of %Ln Account(s)</source>
        <translation>
            <numerusform>Change Status of %Ln Account</numerusform>
            <numerusform>Change Status of %Ln Accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="161"/>
        <source>Status set to %1 on %Ln account(s)</source>
        <translation>
            <numerusform>Status set to %1 on %Ln account</numerusform>
            <numerusform>Status set to %1 on %Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="169"/>
        <source>Edit Tags of %Ln Account(s)</source>
        <translation>
            <numerusform>Edit Tags of %Ln Account</numerusform>
            <numerusform>Edit Tags of %Ln Accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="169"/>
        <source>Tags changed on %Ln account(s)</source>
        <translation>
            <numerusform>Tags changed on %Ln account</numerusform>
            <numerusform>Tags changed on %Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="177"/>
        <source>Hand Over %Ln Account(s) to %1</source>
        <translation>
            <numerusform>Hand Over %Ln Account to %1</numerusform>
            <numerusform>Hand Over %Ln Accounts to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="178"/>
        <source>%Ln account(s) handed over to %1</source>
        <translation>
            <numerusform>%Ln account handed over to %1</numerusform>
            <numerusform>%Ln accounts handed over to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="189"/>
        <source>Archive %Ln accounts?</source>
        <translation>
            <numerusform>Archive %Ln account?</numerusform>
            <numerusform>Archive %Ln accounts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="196"/>
        <source>Archive %Ln Account(s)</source>
        <translation>
            <numerusform>Archive %Ln Account</numerusform>
            <numerusform>Archive %Ln Accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="197"/>
        <source>%Ln account(s) archived; Undo (Ctrl+Z) brings them back</source>
        <translation>
            <numerusform>%Ln account archived; Undo (Ctrl+Z) brings it back</numerusform>
            <numerusform>%Ln accounts archived; Undo (Ctrl+Z) brings them back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="212"/>
        <source>Restore %Ln Account(s)</source>
        <translation>
            <numerusform>Restore %Ln Account</numerusform>
            <numerusform>Restore %Ln Accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="212"/>
        <source>%Ln account(s) restored</source>
        <translation>
            <numerusform>%Ln account restored</numerusform>
            <numerusform>%Ln accounts restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="226"/>
        <source>Delete %Ln account(s) permanently, with their dossiers, people, interactions, follow-ups, tenders and sales?
This cannot be undone. Archive instead to keep them.</source>
        <translation>
            <numerusform>Delete %Ln account permanently, with its dossier, people, interactions, follow-ups, tenders and sales?
This cannot be undone. Archive instead to keep it.</numerusform>
            <numerusform>Delete %Ln accounts permanently, with their dossiers, people, interactions, follow-ups, tenders and sales?
This cannot be undone. Archive instead to keep them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="239"/>
        <source>%Ln account(s) deleted permanently</source>
        <translation>
            <numerusform>%Ln account deleted permanently</numerusform>
            <numerusform>%Ln accounts deleted permanently</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountInteractionsTab</name>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountInteractionsTab.cpp" line="223"/>
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountInteractionsTab.cpp" line="224"/>
        <source>%1 of %Ln interaction(s)</source>
        <translation>
            <numerusform>%1 of %Ln interaction</numerusform>
            <numerusform>%1 of %Ln interactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountOverviewTab</name>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="82"/>
        <source>%1 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>%1 (%Ln day ago)</numerusform>
            <numerusform>%1 (%Ln days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="88"/>
        <source>%1, overdue by %Ln day(s)</source>
        <translation>
            <numerusform>%1, overdue by %Ln day</numerusform>
            <numerusform>%1, overdue by %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountOverviewTab.cpp" line="89"/>
        <source>%1, in %Ln day(s)</source>
        <translation>
            <numerusform>%1, in %Ln day</numerusform>
            <numerusform>%1, in %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountSalesTab</name>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountSalesTab.cpp" line="44"/>
        <source>%Ln line(s), %1 in all</source>
        <translation>
            <numerusform>%Ln line, %1 in all</numerusform>
            <numerusform>%Ln lines, %1 in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountsView</name>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="390"/>
        <source>No account matches the filter; %Ln account(s) in all.</source>
        <translation>
            <numerusform>No account matches the filter; %Ln account in all.</numerusform>
            <numerusform>No account matches the filter; %Ln accounts in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="392"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::BulkChangeDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/BulkChangeDialog.cpp" line="50"/>
        <source>Give the %Ln selected account(s) to another manager. Their follow-ups keep their owners; use Hand Over to move those too.</source>
        <translation>
            <numerusform>Give the %Ln selected account to another manager. Its follow-ups keep their owners; use Hand Over to move those too.</numerusform>
            <numerusform>Give the %Ln selected accounts to another manager. Their follow-ups keep their owners; use Hand Over to move those too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/BulkChangeDialog.cpp" line="58"/>
        <source>Set the status of the %Ln selected account(s).</source>
        <translation>
            <numerusform>Set the status of the %Ln selected account.</numerusform>
            <numerusform>Set the status of the %Ln selected accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/BulkChangeDialog.cpp" line="65"/>
        <source>Add tags to the %Ln selected account(s), or remove tags from them. Case does not matter for removing.</source>
        <translation>
            <numerusform>Add tags to the %Ln selected account, or remove tags from it. Case does not matter for removing.</numerusform>
            <numerusform>Add tags to the %Ln selected accounts, or remove tags from them. Case does not matter for removing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::ContactsView</name>
    <message numerus="yes">
        <location filename="../../src/gui/contacts/ContactsView.cpp" line="153"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/contacts/ContactsView.cpp" line="154"/>
        <source>%1 of %Ln contact(s)</source>
        <translation>
            <numerusform>%1 of %Ln contact</numerusform>
            <numerusform>%1 of %Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::DashboardView</name>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="261"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="265"/>
        <source>Class %1 accounts are to be contacted every %Ln day(s)</source>
        <translation>
            <numerusform>Class %1 accounts are to be contacted every %Ln day</numerusform>
            <numerusform>Class %1 accounts are to be contacted every %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="301"/>
        <source>&amp;Commitments to customers due within %Ln day(s) (%1)</source>
        <translation>
            <numerusform>&amp;Commitments to customers due within %Ln day (%1)</numerusform>
            <numerusform>&amp;Commitments to customers due within %Ln days (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="302"/>
        <source>No commitment falls due within %Ln day(s). Promises made to a customer, such as a delivery date, are follow-ups of the kind Commitment.</source>
        <translation>
            <numerusform>No commitment falls due within %Ln day. Promises made to a customer, such as a delivery date, are follow-ups of the kind Commitment.</numerusform>
            <numerusform>No commitment falls due within %Ln days. Promises made to a customer, such as a delivery date, are follow-ups of the kind Commitment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="310"/>
        <source>Recent &amp;interactions, last %Ln day(s) (%1)</source>
        <translation>
            <numerusform>Recent &amp;interactions, last %Ln day (%1)</numerusform>
            <numerusform>Recent &amp;interactions, last %Ln days (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="311"/>
        <source>No interactions in the last %Ln day(s). Log one on an account&apos;s Interactions tab.</source>
        <translation>
            <numerusform>No interactions in the last %Ln day. Log one on an account&apos;s Interactions tab.</numerusform>
            <numerusform>No interactions in the last %Ln days. Log one on an account&apos;s Interactions tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="318"/>
        <source>%Ln follow-up(s) overdue</source>
        <translation>
            <numerusform>%Ln follow-up overdue</numerusform>
            <numerusform>%Ln follow-ups overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="320"/>
        <source>%Ln commitment(s) overdue</source>
        <translation>
            <numerusform>%Ln commitment overdue</numerusform>
            <numerusform>%Ln commitments overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::DeactivateMemberDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/team/DeactivateMemberDialog.cpp" line="17"/>
        <source>%1 still owns %Ln account(s). Choose who takes them over, with the open follow-ups on them.</source>
        <translation>
            <numerusform>%1 still owns %Ln account. Choose who takes it over, with the open follow-ups on it.</numerusform>
            <numerusform>%1 still owns %Ln accounts. Choose who takes them over, with the open follow-ups on them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::ExportListDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/ExportListDialog.cpp" line="21"/>
        <source>Writes the %Ln account(s) shown, with the columns shown, in the order shown.</source>
        <translation>
            <numerusform>Writes the %Ln account shown, with the columns shown, in the order shown.</numerusform>
            <numerusform>Writes the %Ln accounts shown, with the columns shown, in the order shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::FollowUpsView</name>
    <message numerus="yes">
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="228"/>
        <source>%Ln open, %1 overdue</source>
        <translation>
            <numerusform>%Ln open, %1 overdue</numerusform>
            <numerusform>%Ln open, %1 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="229"/>
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln open</numerusform>
            <numerusform>%Ln open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::HandOverDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="30"/>
        <source>Only the %Ln selected account(s)</source>
        <translation>
            <numerusform>Only the %Ln selected account</numerusform>
            <numerusform>Only the %Ln selected accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="118"/>
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="155"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="118"/>
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="156"/>
        <source>%Ln open follow-up(s)</source>
        <translation>
            <numerusform>%Ln open follow-up</numerusform>
            <numerusform>%Ln open follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="121"/>
        <source>%Ln selected account(s) belong to another manager and stay.</source>
        <translation>
            <numerusform>%Ln selected account belongs to another manager and stays.</numerusform>
            <numerusform>%Ln selected accounts belong to another manager and stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::ImportDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="224"/>
        <source>Read as %1, delimited by %2; the header on line %3 has %Ln column(s).</source>
        <translation>
            <numerusform>Read as %1, delimited by %2; the header on line %3 has %Ln column.</numerusform>
            <numerusform>Read as %1, delimited by %2; the header on line %3 has %Ln columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="402"/>
        <source>%Ln sale line(s) totalling %1</source>
        <translation>
            <numerusform>%Ln sale line totalling %1</numerusform>
            <numerusform>%Ln sale lines totalling %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="405"/>
        <source>%Ln new account(s)</source>
        <translation>
            <numerusform>%Ln new account</numerusform>
            <numerusform>%Ln new accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="406"/>
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejected</numerusform>
            <numerusform>%Ln rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="415"/>
        <source>%Ln invalid row(s): an import would write nothing. Correct the file, or tick “Skip invalid rows” to import the others.</source>
        <translation>
            <numerusform>%Ln invalid row: an import would write nothing. Correct the file, or tick “Skip invalid rows” to import the others.</numerusform>
            <numerusform>%Ln invalid rows: an import would write nothing. Correct the file, or tick “Skip invalid rows” to import the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="419"/>
        <source>%Ln invalid row(s), so nothing was imported. Correct the file, or tick “Skip invalid rows” to import the others.</source>
        <translation>
            <numerusform>%Ln invalid row, so nothing was imported. Correct the file, or tick “Skip invalid rows” to import the others.</numerusform>
            <numerusform>%Ln invalid rows, so nothing was imported. Correct the file, or tick “Skip invalid rows” to import the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="423"/>
        <source>Check of %Ln row(s): </source>
        <translation>
            <numerusform>Check of %Ln row: </numerusform>
            <numerusform>Check of %Ln rows: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="426"/>
        <source>Imported %Ln row(s): </source>
        <translation>
            <numerusform>Imported %Ln row: </numerusform>
            <numerusform>Imported %Ln rows: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="440"/>
        <source>… and %Ln more problem(s).</source>
        <translation>
            <numerusform>… and %Ln more problem.</numerusform>
            <numerusform>… and %Ln more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::InterchangeActions</name>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="343"/>
        <source>%Ln row(s) of %1 written to %2</source>
        <translation>
            <numerusform>%Ln row of %1 written to %2</numerusform>
            <numerusform>%Ln rows of %1 written to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="407"/>
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln follow-up</numerusform>
            <numerusform>%Ln follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="408"/>
        <source>%Ln planned meeting(s)</source>
        <translation>
            <numerusform>%Ln planned meeting</numerusform>
            <numerusform>%Ln planned meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::ReportActions</name>
    <message numerus="yes">
        <location filename="../../src/gui/reports/ReportActions.cpp" line="94"/>
        <source>Segment report saved to %1 (%Ln page(s))</source>
        <translation>
            <numerusform>Segment report saved to %1 (%Ln page)</numerusform>
            <numerusform>Segment report saved to %1 (%Ln pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/reports/ReportActions.cpp" line="106"/>
        <source>Dossier saved to %1 (%Ln page(s))</source>
        <translation>
            <numerusform>Dossier saved to %1 (%Ln page)</numerusform>
            <numerusform>Dossier saved to %1 (%Ln pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::ReportList</name>
    <message numerus="yes">
        <location filename="../../src/gui/segments/ReportList.cpp" line="86"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/ReportList.cpp" line="88"/>
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 of %Ln row</numerusform>
            <numerusform>%1 of %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::SearchView</name>
    <message numerus="yes">
        <location filename="../../src/gui/search/SearchView.cpp" line="114"/>
        <source>%Ln match(es) for “%1”; Enter or a double-click opens the account.</source>
        <translation>
            <numerusform>%Ln match for “%1”; Enter or a double-click opens the account.</numerusform>
            <numerusform>%Ln matches for “%1”; Enter or a double-click opens the account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::SegmentConcentrationTab</name>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentConcentrationTab.cpp" line="33"/>
        <source>Over %Ln account(s) with a positive total: the largest brings %1%, the top 5 %2%, the top 10 %3%. Herfindahl index %4 (1 = one account holds everything; 1/n when n accounts are equal).</source>
        <translation>
            <numerusform>Over %Ln account with a positive total: the largest brings %1%, the top 5 %2%, the top 10 %3%. Herfindahl index %4 (1 = one account holds everything; 1/n when n accounts are equal).</numerusform>
            <numerusform>Over %Ln accounts with a positive total: the largest brings %1%, the top 5 %2%, the top 10 %3%. Herfindahl index %4 (1 = one account holds everything; 1/n when n accounts are equal).</numerusform>
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
%Ln account
%2% of the total</numerusform>
            <numerusform>%1
%Ln accounts
%2% of the total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentMatrixModel.cpp" line="125"/>
        <source>%1: %Ln account(s), %2% of the total</source>
        <translation>
            <numerusform>%1: %Ln account, %2% of the total</numerusform>
            <numerusform>%1: %Ln accounts, %2% of the total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::SegmentMatrixTab</name>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentMatrixTab.cpp" line="68"/>
        <source>Not classified: %Ln account(s) (no sales %1, net zero %2, net negative %3).</source>
        <translation>
            <numerusform>Not classified: %Ln account (no sales %1, net zero %2, net negative %3).</numerusform>
            <numerusform>Not classified: %Ln accounts (no sales %1, net zero %2, net negative %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentMatrixTab.cpp" line="111"/>
        <source>%1: %Ln account(s), %2% of the total</source>
        <translation>
            <numerusform>%1: %Ln account, %2% of the total</numerusform>
            <numerusform>%1: %Ln accounts, %2% of the total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentMatrixTab.cpp" line="135"/>
        <source>Not classified: %Ln account(s) with no positive total in the window</source>
        <translation>
            <numerusform>Not classified: %Ln account with no positive total in the window</numerusform>
            <numerusform>Not classified: %Ln accounts with no positive total in the window</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::SegmentMovementTab</name>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentMovementTab.cpp" line="133"/>
        <source>%Ln account(s) changed cell; %1 stayed. Rows: the older snapshot&apos;s cells; columns: the newer one&apos;s.</source>
        <translation>
            <numerusform>%Ln account changed cell; %1 stayed. Rows: the older snapshot&apos;s cells; columns: the newer one&apos;s.</numerusform>
            <numerusform>%Ln accounts changed cell; %1 stayed. Rows: the older snapshot&apos;s cells; columns: the newer one&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentMovementTab.cpp" line="139"/>
        <source>%Ln A account(s) moved down: %1</source>
        <translation>
            <numerusform>%Ln A account moved down: %1</numerusform>
            <numerusform>%Ln A accounts moved down: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::SegmentsView</name>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="297"/>
        <source>%1 to %2, by %3, %4: %Ln account(s) classified, total %5.</source>
        <translation>
            <numerusform>%1 to %2, by %3, %4: %Ln account classified, total %5.</numerusform>
            <numerusform>%1 to %2, by %3, %4: %Ln accounts classified, total %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="407"/>
        <source>Snapshot “%1” saved; %Ln account(s) marked as anchor</source>
        <translation>
            <numerusform>Snapshot “%1” saved; %Ln account marked as anchor</numerusform>
            <numerusform>Snapshot “%1” saved; %Ln accounts marked as anchor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::TransitionMatrixModel</name>
    <message numerus="yes">
        <location filename="../../src/gui/segments/TransitionMatrixModel.cpp" line="99"/>
        <source>%Ln account(s) stayed in %1</source>
        <translation>
            <numerusform>%Ln account stayed in %1</numerusform>
            <numerusform>%Ln accounts stayed in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/TransitionMatrixModel.cpp" line="100"/>
        <source>%Ln account(s) from %1 to %2</source>
        <translation>
            <numerusform>%Ln account from %1 to %2</numerusform>
            <numerusform>%Ln accounts from %1 to %2</numerusform>
        </translation>
    </message>
</context>
</TS>
