#include "gui/main/ScreenshotTour.h"

#include "gui/account/AccountWorkspace.h"
#include "gui/account/ContactEditor.h"
#include "gui/account/DossierEditor.h"
#include "gui/account/InteractionEditor.h"
#include "gui/accounts/AccountFilterModel.h"
#include "gui/accounts/AccountTableModel.h"
#include "gui/accounts/AccountsView.h"
#include "gui/accounts/HandOverDialog.h"
#include "gui/accounts/HandOverSummary.h"
#include "gui/accounts/NewAccountActions.h"
#include "gui/contacts/ContactsView.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/followups/FollowUpsView.h"
#include "gui/interchange/ImportScreenshots.h"
#include "gui/search/SearchResultModel.h"
#include "gui/search/SearchView.h"
#include "gui/segments/SegmentsView.h"
#include "gui/main/MainWindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QPushButton>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QTabWidget>
#include <QThread>
#include <memory>

namespace keystone::gui {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QThread::msleep(20);
    }
}

} // namespace

int takeScreenshots(MainWindow& window, const QString& directory)
{
    QDir().mkpath(directory);
    const QDir dir(directory);
    int written = 0;
    const auto shot = [&](const QString& name) {
        settle();
        if (window.grab().save(dir.filePath(name + QStringLiteral(".png"))))
            ++written;
    };

    if (!window.workspace()) {
        shot(QStringLiteral("no-database"));
        return written;
    }
    written += takeImportScreenshots(window, dir);
    auto* accounts = window.accountsView();
    // Asked of the database: behind the dashboard the list is read only when its tab is shown.
    if (!window.workspace()->hasMoreAccountsThan(0, false)) {
        shot(QStringLiteral("empty-database"));
        return written;
    }
    auto* tabsOfWindow = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    tabsOfWindow->setCurrentWidget(window.dashboardView());
    shot(QStringLiteral("dashboard"));
    tabsOfWindow->setCurrentWidget(accounts);
    shot(QStringLiteral("accounts"));
    auto* filter = accounts->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    const QString firstName = accounts->filterModel()
                                  ->index(0, AccountTableModel::Name)
                                  .data()
                                  .toString()
                                  .section(QLatin1Char(' '), 0, 0);
    filter->setText(firstName.left(4));
    QThread::msleep(200);
    shot(QStringLiteral("accounts-filtered"));
    filter->clear();
    settle();

    tabsOfWindow->setCurrentWidget(window.followUpsView());
    shot(QStringLiteral("follow-ups"));
    tabsOfWindow->setCurrentWidget(window.contactsView());
    shot(QStringLiteral("contacts"));

    // Segments: computed on its own thread when first shown; wait for the answer, not for a fixed time.
    tabsOfWindow->setCurrentWidget(window.segmentsView()->parentWidget()); // the tab's page
    {
        QElapsedTimer waited;
        waited.start();
        do
            settle();
        while ((window.segmentsView()->isBusy() || !window.segmentsView()->answer()) && waited.elapsed() < 30000);
        auto* sections = window.segmentsView()->findChild<QTabWidget*>(QStringLiteral("sections"));
        auto* riskTabs = window.segmentsView()->findChild<QTabWidget*>(QStringLiteral("riskTabs"));
        const QStringList segmentShots = {QStringLiteral("segments-matrix"), QStringLiteral("segments-charts"),
                                          QStringLiteral("segments-risk"), QStringLiteral("segments-movement"),
                                          QStringLiteral("segments-concentration")};
        for (int i = 0; i < sections->count() && i < segmentShots.size(); ++i) {
            sections->setCurrentIndex(i);
            shot(segmentShots[i]);
        }
        sections->setCurrentIndex(2);
        riskTabs->setCurrentIndex(1);
        shot(QStringLiteral("segments-churn"));
        riskTabs->setCurrentIndex(0);
        sections->setCurrentIndex(0);
    }

    // The search answers from its own thread: wait for it, not for a fixed time.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("globalSearch"));
    search->setFocus();
    search->setText(firstName.left(5).toLower());
    emit search->textEdited(search->text());
    QThread::msleep(SearchView::kDebounceMs + 50);
    QElapsedTimer waited;
    waited.start();
    do
        settle();
    while ((window.searchView()->isBusy() || window.searchView()->model()->rowCount() == 0) &&
           waited.elapsed() < 3000);
    shot(QStringLiteral("search"));
    search->clear();
    tabsOfWindow->setCurrentWidget(accounts);

    // The first account by name, as a user scanning the list would open it.
    const auto* proxy = accounts->filterModel();
    const AccountId id = proxy->index(0, 0).data(AccountTableModel::AccountIdRole).toLongLong();
    auto* tab = window.openAccount(id);
    if (!tab)
        return written;
    auto* tabs = tab->findChild<QTabWidget*>(QStringLiteral("tabs"));
    const QStringList names = {QStringLiteral("account-overview"), QStringLiteral("account-dossier"),
                               QStringLiteral("account-people"), QStringLiteral("account-interactions"),
                               QStringLiteral("account-follow-ups")};
    for (int i = 0; i < tabs->count() && i < names.size(); ++i) {
        tabs->setCurrentIndex(i);
        shot(names[i]);
    }
    // Sales by month, tenders with the competitors present, and the contact editor's inline errors.
    for (const auto& [page, name] : {std::pair{"salesTab", "account-sales"}, std::pair{"tendersTab", "account-tenders"}}) {
        tabs->setCurrentWidget(tab->findChild<QWidget*>(QLatin1String(page)));
        shot(QLatin1String(name));
    }
    tabs->setCurrentWidget(tab->findChild<QWidget*>(QStringLiteral("peopleTab")));
    if (auto* editor = tab->addContact()) {
        editor->findChild<QDialogButtonBox*>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save)->click();
        settle();
        if (editor->grab().save(dir.filePath(QStringLiteral("account-contact-invalid.png"))))
            ++written;
        editor->reject();
    }
    tabs->setCurrentIndex(3);
    tab->findChild<QPushButton*>(QStringLiteral("addButton"))->click(); // no subject: says so in place
    shot(QStringLiteral("account-interaction-entry-invalid"));
    // The newest interaction opened with every field.
    if (const auto d = window.workspace()->details(id); !d.interactions.empty()) {
        tab->interactionsTab()->selectInteraction(d.interactions.front().id);
        if (auto* editor = tab->interactionsTab()->editSelectedInteraction()) {
            settle();
            if (editor->grab().save(dir.filePath(QStringLiteral("interaction-editor.png"))))
                ++written;
            editor->reject();
        }
    }
    tabs->setCurrentIndex(1);
    auto* needs = tab->findChild<QPlainTextEdit*>(QStringLiteral("needsEdit"));
    needs->appendPlainText(
        QApplication::translate("ScreenshotTour", "Asked for a second delivery slot per week."));
    shot(QStringLiteral("account-dossier-unsaved"));
    tab->dossierEditor()->revert();

    // Hand-over: the dialog with its counts for the manager of the first account, and the summary.
    tabsOfWindow->setCurrentWidget(accounts);
    accounts->selectAccounts({id});
    {
        HandOverDialog dialog(*window.workspace(), accounts->selectedAccountIds(), [](const HandOverPlan&) {}, &window);
        dialog.show();
        settle();
        if (dialog.grab().save(dir.filePath(QStringLiteral("handover.png"))))
            ++written;
        if (dialog.plan()) {
            std::unique_ptr<QPrintPreviewDialog> preview(
                createSummaryPreview(&window, dialog.summaryHtml(), dialog.windowTitle()));
            preview->show();
            settle();
            if (preview->grab().save(dir.filePath(QStringLiteral("handover-summary.png"))))
                ++written;
        }
    }
    // New Account with the first account's reference: refused under the field, nothing written.
    if (auto* editor = window.newAccountActions()->openEditor()) {
        const Account first = window.workspace()->account(id);
        editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"))
            ->setText(QStringLiteral("Nordstahl Rohrwerk GmbH")); // a name, the same in every language
        editor->findChild<QLineEdit*>(QStringLiteral("refEdit"))->setText(QString::fromStdString(first.ref));
        editor->findChild<QDialogButtonBox*>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save)->click();
        settle();
        if (editor->grab().save(dir.filePath(QStringLiteral("new-account-ref-in-use.png"))))
            ++written;
        editor->setInteractive(false);
        editor->reject();
    }
    return written;
}

} // namespace keystone::gui
