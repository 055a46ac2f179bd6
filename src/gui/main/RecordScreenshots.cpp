#include "gui/main/RecordScreenshots.h"

#include "gui/account/AccountTendersTab.h"
#include "gui/account/AccountWorkspace.h"
#include "gui/account/TenderEditor.h"
#include "gui/account/TenderTableModel.h"
#include "gui/accounts/AccountFilterModel.h"
#include "gui/accounts/AccountTableModel.h"
#include "gui/accounts/AccountsView.h"
#include "gui/competitors/CompetitorsDialog.h"
#include "gui/main/MainWindow.h"
#include "gui/team/TeamActions.h"
#include "gui/team/TeamDialog.h"
#include "gui/team/WhoAreYouDialog.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QTableView>
#include <QThread>

namespace keystone::gui {

namespace {

// Shows what was opened and lets it lay out and paint, then saves its picture.
bool save(QWidget* dialog, const QDir& dir, const QString& name)
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QThread::msleep(20);
    }
    return dialog->grab().save(dir.filePath(name + QStringLiteral(".png")));
}

QAction* competitorsAction(MainWindow& window)
{
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction* a : menu->menu()->actions())
                if (a->objectName() == QLatin1String("competitorsAction"))
                    return a;
    return nullptr;
}

} // namespace

int takeRecordScreenshots(MainWindow& window, const QDir& dir)
{
    int written = 0;
    if (WhoAreYouDialog* who = window.teamActions()->askWhoYouAre()) {
        written += save(who, dir, QStringLiteral("who-are-you")) ? 1 : 0;
        who->reject();
    }
    if (TeamDialog* team = window.teamActions()->openTeam()) {
        written += save(team, dir, QStringLiteral("team")) ? 1 : 0;
        team->reject();
    }
    if (QAction* action = competitorsAction(window)) {
        action->trigger();
        if (auto* competitors = window.findChild<CompetitorsDialog*>()) {
            if (competitors->findChild<QListWidget*>(QStringLiteral("competitorList"))->count() > 0)
                competitors->findChild<QListWidget*>(QStringLiteral("competitorList"))->setCurrentRow(0);
            written += save(competitors, dir, QStringLiteral("competitors")) ? 1 : 0;
            competitors->close();
        }
    }
    // A tender of the first account by name, opened in its editor (the reason row and the winner).
    const auto* proxy = window.accountsView()->filterModel();
    if (proxy->rowCount() == 0)
        return written;
    auto* tab = window.openAccount(proxy->index(0, 0).data(AccountTableModel::AccountIdRole).toLongLong());
    if (!tab)
        return written;
    auto* tenders = tab->findChild<AccountTendersTab*>();
    if (!tenders)
        return written;
    // A lost tender when there is one: its winner and reason filled in.
    auto* table = tenders->findChild<QTableView*>(QStringLiteral("tenderTable"));
    const TenderTableModel* model = tenders->tenderModel();
    for (int row = model->rowCount() - 1; row >= 0; --row)
        if (model->tenderAt(row).outcome == TenderOutcome::Lost || !table->currentIndex().isValid())
            table->setCurrentIndex(model->index(row, 0));
    if (TenderEditor* editor =
            table->currentIndex().isValid() ? tenders->editSelectedTender() : tenders->addTender()) {
        written += save(editor, dir, QStringLiteral("tender-editor")) ? 1 : 0;
        editor->reject();
    }
    return written;
}

} // namespace keystone::gui
