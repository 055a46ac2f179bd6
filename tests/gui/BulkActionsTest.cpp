// Bulk actions on the accounts list, hand-over, archive and the new filters, over
// the demo database, through the main window's undo stack.
#include "GuiFixture.h"
#include "app/AccountBulk.h"
#include "app/Analytics.h"
#include "domain/Text.h"
#include "gui/accounts/AccountBulkActions.h"
#include "gui/accounts/AccountFilterModel.h"
#include "gui/accounts/AccountTableModel.h"
#include "gui/accounts/AccountsView.h"
#include "gui/accounts/BulkChangeDialog.h"
#include "gui/accounts/HandOverDialog.h"
#include "gui/accounts/HandOverSummary.h"
#include "gui/main/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <set>

using namespace keystone;
using namespace keystone::gui;

namespace {

struct Window : test::DemoWindow
{
    AccountsView& view() { return *window.accountsView(); }
    AccountBulkActions& bulk() { return *window.bulkActions(); }
    std::optional<ManagerId> ownerInStore(AccountId id) { return ws().store().accounts().find(id)->ownerId; }
    // The manager shown in the list for this account, "" when not listed.
    QString ownerShown(AccountId id)
    {
        auto* proxy = view().filterModel();
        for (int r = 0; r < proxy->rowCount(); ++r)
            if (proxy->index(r, 0).data(AccountTableModel::AccountIdRole).toLongLong() == id)
                return proxy->index(r, AccountTableModel::Owner).data().toString();
        return {};
    }
    bool listed(AccountId id)
    {
        auto* proxy = view().filterModel();
        for (int r = 0; r < proxy->rowCount(); ++r)
            if (proxy->index(r, 0).data(AccountTableModel::AccountIdRole).toLongLong() == id)
                return true;
        return false;
    }
};

// The ids of the accounts shown, as a set.
std::set<AccountId> shownIds(AccountFilterModel* proxy)
{
    std::set<AccountId> ids;
    for (int r = 0; r < proxy->rowCount(); ++r)
        ids.insert(proxy->index(r, 0).data(AccountTableModel::AccountIdRole).toLongLong());
    return ids;
}

} // namespace

TEST_CASE("several selected accounts change manager in one undoable step", "[bulk]")
{
    Window w;
    auto* proxy = w.view().filterModel();
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Rows 0, 2 and 5 with Ctrl-clicks, as a user selects.
    auto* table = w.view().table();
    table->selectionModel()->clearSelection();
    for (int r : {0, 2, 5})
        table->selectionModel()->select(proxy->index(r, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const auto ids = w.view().selectedAccountIds();
    REQUIRE(ids.size() == 3);
    std::map<AccountId, std::optional<ManagerId>> before;
    for (auto id : ids)
        before[id] = w.ownerInStore(id);
    const auto managers = w.ws().store().managers().list();
    REQUIRE(managers.size() >= 2);
    // A manager who does not already own all three.
    const Manager& target = before.begin()->second == managers[0].id ? managers[1] : managers[0];

    w.bulk().changeOwner(ids, target.id);
    for (auto id : ids) {
        CHECK(w.ownerInStore(id) == target.id);
        CHECK(w.ownerShown(id).toStdString() == target.name);
    }
    CHECK(w.view().selectedAccountIds().size() == 3); // the selection survives the reload
    REQUIRE(w.window.undoStack()->count() == 1);
    CHECK(w.window.undoStack()->undoText().contains(QStringLiteral("Manager")));

    w.window.undoStack()->undo();
    for (auto id : ids)
        CHECK(w.ownerInStore(id) == before[id]);
    w.window.undoStack()->redo();
    for (auto id : ids)
        CHECK(w.ownerInStore(id) == target.id);
}

TEST_CASE("the bulk dialog shows a tag problem under the fields and keeps what was typed", "[bulk]")
{
    Window w;
    const auto ids = std::vector<AccountId>{w.ws().listAccounts({}).front().account.id};
    BulkChangeDialog dialog(BulkChangeDialog::Mode::Tags, 1, w.ws().store().managers().list());
    dialog.setApply([&] { w.bulk().editTags(ids, dialog.tagsToAdd(), dialog.tagsToRemove()); });
    dialog.setTags(QStringLiteral("Ключевой, vip"), QStringLiteral("VIP"));
    dialog.show();
    dialog.accept();
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("both added and removed")));
    CHECK(dialog.isVisible());
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("addTagsEdit"))->text() == QStringLiteral("Ключевой, vip"));
    CHECK(w.window.undoStack()->count() == 0);

    dialog.setTags(QStringLiteral("Ключевой"), QString());
    dialog.accept();
    CHECK_FALSE(dialog.isVisible());
    const auto tags = w.ws().store().accounts().find(ids.front())->tags;
    CHECK(std::find(tags.begin(), tags.end(), "Ключевой") != tags.end());
    w.window.undoStack()->undo();
    const auto undone = w.ws().store().accounts().find(ids.front())->tags;
    CHECK(std::find(undone.begin(), undone.end(), "Ключевой") == undone.end());
}

TEST_CASE("handing over every account of a demo manager moves the open follow-ups, and undo restores", "[bulk]")
{
    Window w;
    const auto managers = w.ws().store().managers().list();
    // The manager with the most open follow-ups of their own hands over to the next one.
    std::map<ManagerId, int> openOwned;
    for (const auto& row : w.ws().openFollowUps())
        if (row.followUp.ownerId)
            ++openOwned[*row.followUp.ownerId];
    REQUIRE(!openOwned.empty());
    const ManagerId from =
        std::max_element(openOwned.begin(), openOwned.end(), [](auto& a, auto& b) { return a.second < b.second; })->first;
    const ManagerId to = managers.front().id == from ? managers[1].id : managers.front().id;
    AccountQuery fromsAccounts;
    fromsAccounts.ownerId = from;
    fromsAccounts.includeArchived = true;
    const auto accounts = w.ws().store().accounts().list(fromsAccounts);
    REQUIRE(!accounts.empty());
    std::set<AccountId> accountIds;
    for (const auto& a : accounts)
        accountIds.insert(a.id);
    FollowUpQuery openOfFrom;
    openOfFrom.ownerId = from;
    std::vector<FollowUpId> moving;
    for (const auto& f : w.ws().store().followUps().list(openOfFrom))
        if (accountIds.count(f.accountId))
            moving.push_back(f.id);
    REQUIRE(!moving.empty());

    HandOverDialog dialog(w.ws(), {}, [&](const HandOverPlan& plan) { w.bulk().handOver(plan); });
    dialog.setFrom(from);
    dialog.setTo(from);
    CHECK(dialog.toError().contains(QStringLiteral("choose another manager")));
    CHECK_FALSE(dialog.plan());
    dialog.setTo(to);
    REQUIRE(dialog.plan());
    CHECK(dialog.plan()->accounts.size() == accounts.size());
    CHECK(dialog.plan()->followUps.size() == moving.size());
    CHECK(dialog.countsText().contains(QString::number(accounts.size())));
    CHECK(dialog.countsText().contains(QString::number(moving.size())));
    CHECK(w.ownerInStore(accounts.front().id) == from); // counting writes nothing

    dialog.accept();
    CHECK(dialog.isDone());
    CHECK(dialog.summaryButton()->isVisibleTo(&dialog));
    for (const auto& a : accounts)
        CHECK(w.ownerInStore(a.id) == to);
    for (auto id : moving)
        CHECK(w.ws().store().followUps().find(id)->ownerId == to);
    CHECK(w.ws().store().accounts().count(fromsAccounts) == 0);

    // The summary names every account handed over and its open follow-ups.
    const QString html = dialog.summaryHtml();
    for (const auto& a : accounts)
        CHECK(html.contains(QString::fromStdString(a.name).toHtmlEscaped()));
    const auto first = w.ws().store().followUps().find(moving.front());
    CHECK(html.contains(QString::fromStdString(first->title).toHtmlEscaped()));
    CHECK(html.contains(QStringLiteral("Key people")));
    test::TempDir out;
    writeSummaryPdf(html, out / "handover.pdf");
    std::ifstream pdf(out / "handover.pdf", std::ios::binary);
    std::string magic(5, '\0');
    pdf.read(magic.data(), 5);
    CHECK(magic == "%PDF-");

    w.window.undoStack()->undo();
    for (const auto& a : accounts)
        CHECK(w.ownerInStore(a.id) == from);
    for (auto id : moving)
        CHECK(w.ws().store().followUps().find(id)->ownerId == from);
}

TEST_CASE("archiving asks how many, hides the accounts, and undo restores them", "[bulk]")
{
    Window w;
    auto* proxy = w.view().filterModel();
    const int all = proxy->rowCount();
    const auto ids = std::vector<AccountId>{
        proxy->index(1, 0).data(AccountTableModel::AccountIdRole).toLongLong(),
        proxy->index(3, 0).data(AccountTableModel::AccountIdRole).toLongLong()};
    QStringList questions;
    bool answer = false;
    w.bulk().setConfirm([&](const QString&, const QString& question) {
        questions << question;
        return answer;
    });
    CHECK_FALSE(w.bulk().archive(ids));
    REQUIRE(questions.size() == 1);
    CHECK(questions.front().contains(QStringLiteral("Archive 2 accounts?")));
    CHECK(proxy->rowCount() == all); // "no" changes nothing

    answer = true;
    w.view().selectAccounts(ids);
    REQUIRE(w.view().selectedAccountIds() == ids);
    w.bulk().archiveAction()->trigger(); // the menu's Archive acts on the selection
    CHECK(proxy->rowCount() == all - 2);
    CHECK_FALSE(w.listed(ids[0]));
    CHECK(w.ws().store().accounts().find(ids[0])->isArchived());

    // Show Archived lists them again, greyed.
    w.bulk().showArchivedAction()->setChecked(true);
    // Every account, archived ones included.
    CHECK(proxy->rowCount() == all - 2 + static_cast<int>(w.ws().store().counts().archivedAccounts));
    CHECK(w.listed(ids[0]));
    w.bulk().showArchivedAction()->setChecked(false);

    w.window.undoStack()->undo();
    CHECK(proxy->rowCount() == all);
    CHECK_FALSE(w.ws().store().accounts().find(ids[1])->isArchived());

    // Deleting permanently is a separate question and clears the undo history.
    w.window.undoStack()->redo();
    questions.clear();
    CHECK(w.bulk().purge({ids[0]}));
    CHECK(questions.front().contains(QStringLiteral("cannot be undone")));
    CHECK_FALSE(w.ws().store().accounts().find(ids[0]));
    CHECK(w.window.undoStack()->count() == 0);
}

TEST_CASE("the kind, segment, country and tag filters narrow to exactly the matching rows", "[bulk]")
{
    test::DemoDatabase db;
    Workspace ws(db.path(), test::fixedClock());
    // A saved segmentation, as `keystone-cli segment --save` makes.
    Analytics analytics(ws.store(), test::fixedClock());
    analytics.save(analytics.segment(analytics.parameters(SegmentRequest{})), "test");
    const auto cells = latestSegmentCells(ws.store());
    REQUIRE(!cells.empty());

    AccountsView view;
    QAbstractItemModelTester tester(view.filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setWorkspace(&ws);
    auto* proxy = view.filterModel();
    const auto all = ws.listAccounts({});
    const auto expect = [&](auto keep) {
        std::set<AccountId> ids;
        for (const auto& r : all)
            if (keep(r.account))
                ids.insert(r.account.id);
        return ids;
    };
    const auto choose = [&](const char* name, const QVariant& data) {
        auto* combo = view.findChild<QComboBox*>(QString::fromLatin1(name));
        REQUIRE(combo);
        const int i = combo->findData(data);
        REQUIRE(i >= 0);
        combo->setCurrentIndex(i);
    };
    const auto reset = [&](const char* name) { view.findChild<QComboBox*>(QString::fromLatin1(name))->setCurrentIndex(0); };

    SECTION("kind")
    {
        choose("kindCombo", static_cast<int>(KeyAccountKind::Anchor));
        const auto wanted = expect([](const Account& a) { return a.kinds.has(KeyAccountKind::Anchor); });
        REQUIRE(!wanted.empty());
        CHECK(shownIds(proxy) == wanted);
        CHECK(wanted.size() < all.size());
    }
    SECTION("segment cell")
    {
        const std::string cell = cells.begin()->second;
        choose("cellCombo", QString::fromStdString(cell));
        std::set<AccountId> wanted;
        for (const auto& [id, c] : cells)
            if (c == cell)
                wanted.insert(id);
        CHECK(shownIds(proxy) == wanted);
    }
    SECTION("country, folded")
    {
        const std::string country = all.front().account.country;
        REQUIRE(!country.empty());
        choose("countryCombo", QString::fromStdString(country));
        const auto wanted = expect([&](const Account& a) { return foldKey(a.country) == foldKey(country); });
        CHECK(shownIds(proxy) == wanted);
        CHECK(wanted.size() < all.size());
        // Combined with a status, both must hold.
        auto* status = view.findChild<QComboBox*>(QStringLiteral("statusCombo"));
        status->setCurrentIndex(status->findData(static_cast<int>(AccountStatus::Active)));
        CHECK(shownIds(proxy) == expect([&](const Account& a) {
                  return foldKey(a.country) == foldKey(country) && a.status == AccountStatus::Active;
              }));
        reset("countryCombo");
    }
    SECTION("tag")
    {
        std::string tag;
        for (const auto& r : all)
            if (!r.account.tags.empty()) {
                tag = r.account.tags.front();
                break;
            }
        REQUIRE(!tag.empty());
        auto* combo = view.findChild<QComboBox*>(QStringLiteral("tagCombo"));
        const int i = combo->findText(QString::fromStdString(tag), Qt::MatchFixedString);
        REQUIRE(i > 0);
        combo->setCurrentIndex(i);
        const auto wanted = expect([&](const Account& a) {
            return std::any_of(a.tags.begin(), a.tags.end(),
                               [&](const std::string& t) { return foldKey(t) == foldKey(tag); });
        });
        CHECK(shownIds(proxy) == wanted);
        CHECK(wanted.size() < all.size());
    }
}

TEST_CASE("a big list shows its first page at once and the rest after a load on a worker thread", "[bulk]")
{
    test::DemoDatabase db;
    Workspace ws(db.path(), test::fixedClock());
    AccountsView view;
    QAbstractItemModelTester tester(view.filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setPagedLoad(10, 8); // as 5,000 and 200 are for a real book
    const auto all = ws.listAccounts({});
    view.setWorkspace(&ws);
    REQUIRE(view.isLoading());
    auto* proxy = view.filterModel();
    CHECK(proxy->rowCount() == 8);
    // The first page is the first accounts by name, as the full list begins.
    for (int r = 0; r < 8; ++r)
        CHECK(proxy->index(r, 0).data(AccountTableModel::AccountIdRole).toLongLong() == all[std::size_t(r)].account.id);
    // The list is not counted before the first page shows: the worker counts, and says so.
    CHECK(view.findChild<QLabel*>(QStringLiteral("countLabel"))->text() ==
          QStringLiteral("Loading all accounts; 8 shown so far…"));
    // A selection made meanwhile is kept.
    view.selectAccounts({all[2].account.id, all[25].account.id});
    QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 20000);
    CHECK(proxy->rowCount() == 30);
    CHECK(view.selectedAccountIds() == std::vector<AccountId>{all[2].account.id, all[25].account.id});
    CHECK(view.findChild<QLabel*>(QStringLiteral("countLabel"))->text().startsWith(QStringLiteral("30 account")));
    // Filters work on the whole list once it is in.
    view.filterModel()->setStatus(AccountStatus::Active);
    AccountQuery active;
    active.status = AccountStatus::Active;
    CHECK(proxy->rowCount() == static_cast<int>(ws.listAccounts(active).size()));
}
