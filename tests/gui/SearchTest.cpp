// The global search in the tool bar: results as one types, off the GUI thread,
// folded for case in every script, and Enter opens the account.
#include "GuiFixture.h"
#include "gui/account/AccountWorkspace.h"
#include "gui/main/MainWindow.h"
#include "gui/search/SearchResultModel.h"
#include "gui/search/SearchView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::gui;

TEST_CASE("the global search finds a Cyrillic account by a lower-case query and opens it", "[search]")
{
    test::DemoDatabase db;
    AccountId id = 0;
    {
        Workspace ws(db.path(), test::fixedClock());
        Account account;
        account.name = "ООО «Северсталь-Инжиниринг»";
        id = ws.addAccount(account).id;
        Contact contact;
        contact.accountId = id;
        contact.name = "Ирина Зайцева";
        ws.store().contacts().create(contact);
    }
    MainWindow window(test::fixedClock());
    window.setInteractive(false);
    test::openAndShow(window, db);
    auto* field = window.findChild<QLineEdit*>(QStringLiteral("globalSearch"));
    REQUIRE(field);
    SearchView* search = window.searchView();
    QAbstractItemModelTester tester(search->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_K));
    QTRY_VERIFY(field->hasFocus());
    test::typeText(field, QStringLiteral("северсталь инж"));
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    CHECK(tabs->currentWidget() == search);
    // Debounced: nothing is asked while the user is still typing.
    CHECK(search->model()->rowCount() == 0);
    QTRY_COMPARE(search->model()->rowCount(), 1);
    const QModelIndex hit = search->model()->index(0, SearchResultModel::Kind);
    CHECK(hit.data().toString() == QStringLiteral("Account"));
    CHECK(hit.data(SearchResultModel::AccountIdRole).toLongLong() == id);
    CHECK(search->model()->index(0, SearchResultModel::Title).data().toString() ==
          QStringLiteral("ООО «Северсталь-Инжиниринг»"));

    QTest::keyClick(field, Qt::Key_Return);
    REQUIRE(window.currentAccountTab());
    CHECK(window.currentAccountTab()->accountId() == id);

    SECTION("a query with no match says so")
    {
        field->clear();
        QTest::keyClicks(field, QStringLiteral("zzzqqq"));
        QTRY_VERIFY(!search->isBusy());
        QTest::qWait(SearchView::kDebounceMs * 2);
        QTRY_VERIFY(!search->isBusy());
        CHECK(search->model()->rowCount() == 0);
        CHECK_FALSE(search->activateCurrent());
    }
    SECTION("hits in other records name their account")
    {
        field->clear();
        test::typeText(field, QStringLiteral("зайцева"));
        // The answer to "северсталь инж" is still shown until this one comes.
        QTRY_COMPARE(search->model()->index(0, SearchResultModel::Title).data().toString(),
                     QStringLiteral("Ирина Зайцева"));
        CHECK(search->model()->rowCount() == 1);
        CHECK(search->model()->index(0, SearchResultModel::Kind).data().toString() == QStringLiteral("Contact"));
        CHECK(search->model()->index(0, SearchResultModel::Account).data().toString() ==
              QStringLiteral("ООО «Северсталь-Инжиниринг»"));
    }
    SECTION("closing the database stops the search")
    {
        REQUIRE(window.openDatabase(QString::fromStdString((db.dir() / "other.db").string())));
        CHECK(search->model()->rowCount() == 0);
        CHECK(tabs->indexOf(search) < 0);
    }
}
