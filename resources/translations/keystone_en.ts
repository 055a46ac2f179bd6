<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HandOverSummary</name>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="55"/>
        <source>%n account(s) handed over</source>
        <translation>
            <numerusform>%n account handed over</numerusform>
            <numerusform>%n accounts handed over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="57"/>
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n open follow-up</numerusform>
            <numerusform>%n open follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/HandOverSummary.cpp" line="81"/>
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n employee</numerusform>
            <numerusform>%n employees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportCommand.cpp" line="43"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportCommand.cpp" line="45"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportCommand.cpp" line="47"/>
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportCommand.cpp" line="49"/>
        <source>%n sale line(s)</source>
        <translation>
            <numerusform>%n sale line</numerusform>
            <numerusform>%n sale lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <location filename="../../src/gui/common/Labels.cpp" line="196"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/common/Labels.cpp" line="199"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountBulkActions</name>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="151"/>
        <source>Change Manager of %n Account(s)</source>
        <translation>
            <numerusform>Change Manager of %n Account</numerusform>
            <numerusform>Change Manager of %n Accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="152"/>
        <source>Manager changed on %n account(s)</source>
        <translation>
            <numerusform>Manager changed on %n account</numerusform>
            <numerusform>Manager changed on %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="159"/>
        <source>Change Status of %n Account(s)</source>
        <translation>
            <numerusform>Change Status of %n Account</numerusform>
            <numerusform>Change Status of %n Accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="160"/>
        <source>Status set to %1 on %n account(s)</source>
        <translation>
            <numerusform>Status set to %1 on %n account</numerusform>
            <numerusform>Status set to %1 on %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="168"/>
        <source>Edit Tags of %n Account(s)</source>
        <translation>
            <numerusform>Edit Tags of %n Account</numerusform>
            <numerusform>Edit Tags of %n Accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="168"/>
        <source>Tags changed on %n account(s)</source>
        <translation>
            <numerusform>Tags changed on %n account</numerusform>
            <numerusform>Tags changed on %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="176"/>
        <source>Hand Over %n Account(s) to %1</source>
        <translation>
            <numerusform>Hand Over %n Account to %1</numerusform>
            <numerusform>Hand Over %n Accounts to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="177"/>
        <source>%n account(s) handed over to %1</source>
        <translation>
            <numerusform>%n account handed over to %1</numerusform>
            <numerusform>%n accounts handed over to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="188"/>
        <source>Archive %n accounts?</source>
        <translation>
            <numerusform>Archive %n account?</numerusform>
            <numerusform>Archive %n accounts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="195"/>
        <source>Archive %n Account(s)</source>
        <translation>
            <numerusform>Archive %n Account</numerusform>
            <numerusform>Archive %n Accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="196"/>
        <source>%n account(s) archived; Undo (Ctrl+Z) brings them back</source>
        <translation>
            <numerusform>%n account archived; Undo (Ctrl+Z) brings it back</numerusform>
            <numerusform>%n accounts archived; Undo (Ctrl+Z) brings them back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="211"/>
        <source>Restore %n Account(s)</source>
        <translation>
            <numerusform>Restore %n Account</numerusform>
            <numerusform>Restore %n Accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="211"/>
        <source>%n account(s) restored</source>
        <translation>
            <numerusform>%n account restored</numerusform>
            <numerusform>%n accounts restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="225"/>
        <source>Delete %n account(s) permanently, with their dossiers, people, interactions, follow-ups, tenders and sales?
This cannot be undone. Archive instead to keep them.</source>
        <translation>
            <numerusform>Delete %n account permanently, with its dossier, people, interactions, follow-ups, tenders and sales?
This cannot be undone. Archive instead to keep it.</numerusform>
            <numerusform>Delete %n accounts permanently, with their dossiers, people, interactions, follow-ups, tenders and sales?
This cannot be undone. Archive instead to keep them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountBulkActions.cpp" line="238"/>
        <source>%n account(s) deleted permanently</source>
        <translation>
            <numerusform>%n account deleted permanently</numerusform>
            <numerusform>%n accounts deleted permanently</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountWorkspace</name>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="191"/>
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n day ago)</numerusform>
            <numerusform>%1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="198"/>
        <source>%1, overdue by %n day(s)</source>
        <translation>
            <numerusform>%1, overdue by %n day</numerusform>
            <numerusform>%1, overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="198"/>
        <source>%1, in %n day(s)</source>
        <translation>
            <numerusform>%1, in %n day</numerusform>
            <numerusform>%1, in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="656"/>
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="657"/>
        <source>%1 of %n interaction(s)</source>
        <translation>
            <numerusform>%1 of %n interaction</numerusform>
            <numerusform>%1 of %n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/account/AccountWorkspace.cpp" line="696"/>
        <source>%n line(s), %1 in all</source>
        <translation>
            <numerusform>%n line, %1 in all</numerusform>
            <numerusform>%n lines, %1 in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::AccountsView</name>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="351"/>
        <source>No account matches the filter; %n account(s) in all.</source>
        <translation>
            <numerusform>No account matches the filter; %n account in all.</numerusform>
            <numerusform>No account matches the filter; %n accounts in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/AccountsView.cpp" line="353"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::BulkChangeDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/BulkChangeDialog.cpp" line="48"/>
        <source>Give the %n selected account(s) to another manager. Their follow-ups keep their owners; use Hand Over to move those too.</source>
        <translation>
            <numerusform>Give the %n selected account to another manager. Its follow-ups keep their owners; use Hand Over to move those too.</numerusform>
            <numerusform>Give the %n selected accounts to another manager. Their follow-ups keep their owners; use Hand Over to move those too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/BulkChangeDialog.cpp" line="56"/>
        <source>Set the status of the %n selected account(s).</source>
        <translation>
            <numerusform>Set the status of the %n selected account.</numerusform>
            <numerusform>Set the status of the %n selected accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/BulkChangeDialog.cpp" line="63"/>
        <source>Add tags to the %n selected account(s), or remove tags from them. Case does not matter for removing.</source>
        <translation>
            <numerusform>Add tags to the %n selected account, or remove tags from it. Case does not matter for removing.</numerusform>
            <numerusform>Add tags to the %n selected accounts, or remove tags from them. Case does not matter for removing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::ContactsView</name>
    <message numerus="yes">
        <location filename="../../src/gui/contacts/ContactsView.cpp" line="152"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/contacts/ContactsView.cpp" line="153"/>
        <source>%1 of %n contact(s)</source>
        <translation>
            <numerusform>%1 of %n contact</numerusform>
            <numerusform>%1 of %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::DashboardView</name>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="240"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="244"/>
        <source>Class %1 accounts are to be contacted every %n day(s)</source>
        <translation>
            <numerusform>Class %1 accounts are to be contacted every %n day</numerusform>
            <numerusform>Class %1 accounts are to be contacted every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="278"/>
        <source>&amp;Commitments to customers due within %n day(s) (%1)</source>
        <translation>
            <numerusform>&amp;Commitments to customers due within %n day (%1)</numerusform>
            <numerusform>&amp;Commitments to customers due within %n days (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="279"/>
        <source>No commitment falls due within %n day(s). Promises made to a customer, such as a delivery date, are follow-ups of the kind Commitment.</source>
        <translation>
            <numerusform>No commitment falls due within %n day. Promises made to a customer, such as a delivery date, are follow-ups of the kind Commitment.</numerusform>
            <numerusform>No commitment falls due within %n days. Promises made to a customer, such as a delivery date, are follow-ups of the kind Commitment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="287"/>
        <source>Recent &amp;interactions, last %n day(s) (%1)</source>
        <translation>
            <numerusform>Recent &amp;interactions, last %n day (%1)</numerusform>
            <numerusform>Recent &amp;interactions, last %n days (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="288"/>
        <source>No interactions in the last %n day(s). Log one on an account&apos;s Interactions tab.</source>
        <translation>
            <numerusform>No interactions in the last %n day. Log one on an account&apos;s Interactions tab.</numerusform>
            <numerusform>No interactions in the last %n days. Log one on an account&apos;s Interactions tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="295"/>
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n follow-up overdue</numerusform>
            <numerusform>%n follow-ups overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="297"/>
        <source>%n commitment(s) overdue</source>
        <translation>
            <numerusform>%n commitment overdue</numerusform>
            <numerusform>%n commitments overdue</numerusform>
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
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="195"/>
        <source>%n open, %1 overdue</source>
        <translation>
            <numerusform>%n open, %1 overdue</numerusform>
            <numerusform>%n open, %1 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/followups/FollowUpsView.cpp" line="196"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::HandOverDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="28"/>
        <source>Only the %n selected account(s)</source>
        <translation>
            <numerusform>Only the %n selected account</numerusform>
            <numerusform>Only the %n selected accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="115"/>
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="152"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="115"/>
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="153"/>
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n open follow-up</numerusform>
            <numerusform>%n open follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/accounts/HandOverDialog.cpp" line="118"/>
        <source>%n selected account(s) belong to another manager and stay.</source>
        <translation>
            <numerusform>%n selected account belongs to another manager and stays.</numerusform>
            <numerusform>%n selected accounts belong to another manager and stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::ImportDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="228"/>
        <source>Read as %1, delimited by %2; the header on line %3 has %n column(s).</source>
        <translation>
            <numerusform>Read as %1, delimited by %2; the header on line %3 has %n column.</numerusform>
            <numerusform>Read as %1, delimited by %2; the header on line %3 has %n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="406"/>
        <source>%n sale line(s) totalling %1</source>
        <translation>
            <numerusform>%n sale line totalling %1</numerusform>
            <numerusform>%n sale lines totalling %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="409"/>
        <source>%n new account(s)</source>
        <translation>
            <numerusform>%n new account</numerusform>
            <numerusform>%n new accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="410"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="419"/>
        <source>%n invalid row(s): an import would write nothing. Correct the file, or tick “Skip invalid rows” to import the others.</source>
        <translation>
            <numerusform>%n invalid row: an import would write nothing. Correct the file, or tick “Skip invalid rows” to import the others.</numerusform>
            <numerusform>%n invalid rows: an import would write nothing. Correct the file, or tick “Skip invalid rows” to import the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="423"/>
        <source>%n invalid row(s), so nothing was imported. Correct the file, or tick “Skip invalid rows” to import the others.</source>
        <translation>
            <numerusform>%n invalid row, so nothing was imported. Correct the file, or tick “Skip invalid rows” to import the others.</numerusform>
            <numerusform>%n invalid rows, so nothing was imported. Correct the file, or tick “Skip invalid rows” to import the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="427"/>
        <source>Check of %n row(s): </source>
        <translation>
            <numerusform>Check of %n row: </numerusform>
            <numerusform>Check of %n rows: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="430"/>
        <source>Imported %n row(s): </source>
        <translation>
            <numerusform>Imported %n row: </numerusform>
            <numerusform>Imported %n rows: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/ImportDialog.cpp" line="444"/>
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::InterchangeActions</name>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="342"/>
        <source>%n row(s) of %1 written to %2</source>
        <translation>
            <numerusform>%n row of %1 written to %2</numerusform>
            <numerusform>%n rows of %1 written to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="406"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/interchange/InterchangeActions.cpp" line="407"/>
        <source>%n planned meeting(s)</source>
        <translation>
            <numerusform>%n planned meeting</numerusform>
            <numerusform>%n planned meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::ReportActions</name>
    <message numerus="yes">
        <location filename="../../src/gui/reports/ReportActions.cpp" line="89"/>
        <source>Segment report saved to %1 (%n page(s))</source>
        <translation>
            <numerusform>Segment report saved to %1 (%n page)</numerusform>
            <numerusform>Segment report saved to %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/reports/ReportActions.cpp" line="101"/>
        <source>Dossier saved to %1 (%n page(s))</source>
        <translation>
            <numerusform>Dossier saved to %1 (%n page)</numerusform>
            <numerusform>Dossier saved to %1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::ReportList</name>
    <message numerus="yes">
        <location filename="../../src/gui/segments/ReportList.cpp" line="85"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/ReportList.cpp" line="87"/>
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 of %n row</numerusform>
            <numerusform>%1 of %n rows</numerusform>
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
<context>
    <name>keystone::gui::SegmentMatrixModel</name>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentMatrixModel.cpp" line="122"/>
        <source>%1
%n account(s)
%2% of the total</source>
        <translation>
            <numerusform>%1
%n account
%2% of the total</numerusform>
            <numerusform>%1
%n accounts
%2% of the total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentMatrixModel.cpp" line="125"/>
        <source>%1: %n account(s), %2% of the total</source>
        <translation>
            <numerusform>%1: %n account, %2% of the total</numerusform>
            <numerusform>%1: %n accounts, %2% of the total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::SegmentsView</name>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="389"/>
        <source>%1 to %2, by %3, %4: %n account(s) classified, total %5.</source>
        <translation>
            <numerusform>%1 to %2, by %3, %4: %n account classified, total %5.</numerusform>
            <numerusform>%1 to %2, by %3, %4: %n accounts classified, total %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="401"/>
        <source>Not classified: %n account(s) (no sales %1, net zero %2, net negative %3).</source>
        <translation>
            <numerusform>Not classified: %n account (no sales %1, net zero %2, net negative %3).</numerusform>
            <numerusform>Not classified: %n accounts (no sales %1, net zero %2, net negative %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="439"/>
        <source>Over %n account(s) with a positive total: the largest brings %1%, the top 5 %2%, the top 10 %3%. Herfindahl index %4 (1 = one account holds everything; 1/n when n accounts are equal).</source>
        <translation>
            <numerusform>Over %n account with a positive total: the largest brings %1%, the top 5 %2%, the top 10 %3%. Herfindahl index %4 (1 = one account holds everything; 1/n when n accounts are equal).</numerusform>
            <numerusform>Over %n accounts with a positive total: the largest brings %1%, the top 5 %2%, the top 10 %3%. Herfindahl index %4 (1 = one account holds everything; 1/n when n accounts are equal).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="481"/>
        <source>%1: %n account(s), %2% of the total</source>
        <translation>
            <numerusform>%1: %n account, %2% of the total</numerusform>
            <numerusform>%1: %n accounts, %2% of the total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="505"/>
        <source>Not classified: %n account(s) with no positive total in the window</source>
        <translation>
            <numerusform>Not classified: %n account with no positive total in the window</numerusform>
            <numerusform>Not classified: %n accounts with no positive total in the window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="582"/>
        <source>%n account(s) changed cell; %1 stayed. Rows: the older snapshot&apos;s cells; columns: the newer one&apos;s.</source>
        <translation>
            <numerusform>%n account changed cell; %1 stayed. Rows: the older snapshot&apos;s cells; columns: the newer one&apos;s.</numerusform>
            <numerusform>%n accounts changed cell; %1 stayed. Rows: the older snapshot&apos;s cells; columns: the newer one&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/SegmentsView.cpp" line="586"/>
        <source>%n A account(s) moved down: %1</source>
        <translation>
            <numerusform>%n A account moved down: %1</numerusform>
            <numerusform>%n A accounts moved down: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keystone::gui::TransitionMatrixModel</name>
    <message numerus="yes">
        <location filename="../../src/gui/segments/TransitionMatrixModel.cpp" line="99"/>
        <source>%n account(s) stayed in %1</source>
        <translation>
            <numerusform>%n account stayed in %1</numerusform>
            <numerusform>%n accounts stayed in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/segments/TransitionMatrixModel.cpp" line="100"/>
        <source>%n account(s) from %1 to %2</source>
        <translation>
            <numerusform>%n account from %1 to %2</numerusform>
            <numerusform>%n accounts from %1 to %2</numerusform>
        </translation>
    </message>
</context>
</TS>
