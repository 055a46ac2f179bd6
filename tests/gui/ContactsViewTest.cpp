// The Contacts tab: everyone across accounts, a filter that folds case for every
// script, sorting by any column, people who left hidden by default, and Enter
// opening the person's account on its People tab.
#include "GuiFixture.h"
#include "app/ContactDirectory.h"
#include "domain/Text.h"
#include "gui/account/AccountWorkspace.h"
#include "gui/account/ContactTableModel.h"
#include "gui/common/Labels.h"
#include "gui/contacts/ContactFilterModel.h"
#include "gui/contacts/ContactListModel.h"
#include "gui/contacts/ContactsView.h"
#include "gui/main/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::gui;

namespace {

bool isCyrillic(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.script() == QChar::Script_Cyrillic; });
}

} // namespace

TEST_CASE("the contacts screen lists everyone, filters in any script and case, sorts and opens the account",
          "[contacts]")
{
    test::DemoDatabase db;
    MainWindow window(test::fixedClock());
    window.setInteractive(false);
    test::openAndShow(window, db);

    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_5));
    ContactsView* view = window.contactsView();
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    REQUIRE(tabs->currentWidget() == view);
    auto* filter = view->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    CHECK(filter->hasFocus());
    ContactListModel* model = view->contactModel();
    ContactFilterModel* proxy = view->filterModel();
    QAbstractItemModelTester modelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const auto everyone = ContactDirectory(window.workspace()->store()).list();
    REQUIRE(model->rowCount() == static_cast<int>(everyone.size()));
    const auto current =
        std::count_if(everyone.begin(), everyone.end(), [](const ContactListing& l) { return !l.contact.leftCompany; });
    CHECK(proxy->rowCount() == current); // people who left are hidden by default

    SECTION("a Cyrillic query finds the contact whatever the case")
    {
        // A Cyrillic surname from the demo company, typed in upper case, then in lower case.
        int row = 0;
        while (row < proxy->rowCount() && !isCyrillic(proxy->index(row, ContactListModel::Name).data().toString()))
            ++row;
        REQUIRE(row < proxy->rowCount());
        const QString name = proxy->index(row, ContactListModel::Name).data().toString();
        const ContactId wanted = proxy->index(row, 0).data(ContactListModel::ContactIdRole).toLongLong();
        const QString surname = name.split(QLatin1Char(' '), Qt::SkipEmptyParts).last();
        for (const QString& typed : {surname.toUpper(), surname.toLower()}) {
            filter->clear();
            filter->setFocus();
            test::typeText(filter, typed);
            REQUIRE(proxy->rowCount() > 0);
            bool found = false;
            for (int r = 0; r < proxy->rowCount(); ++r) {
                found = found || proxy->index(r, 0).data(ContactListModel::ContactIdRole).toLongLong() == wanted;
                const int source = proxy->mapToSource(proxy->index(r, 0)).row();
                CHECK(model->searchKey(source).find(foldKey(toStdString(surname))) != std::string::npos);
            }
            CHECK(found);
        }
        filter->setText(QStringLiteral("no such person anywhere"));
        CHECK(proxy->rowCount() == 0);
        CHECK(view->findChild<QTableView*>(QStringLiteral("contactTable"))->isHidden());
    }
    SECTION("people who left are shown when asked for")
    {
        Contact left = everyone.front().contact;
        left.leftCompany = true;
        window.workspace()->store().contacts().update(left);
        view->reload();
        const auto shownBefore = proxy->rowCount();
        view->findChild<QCheckBox*>(QStringLiteral("showLeftCheck"))->setChecked(true);
        CHECK(proxy->rowCount() == model->rowCount());
        CHECK(proxy->rowCount() > shownBefore);
    }
    SECTION("sorted by any column, in folded order")
    {
        for (const auto column : {ContactListModel::Account, ContactListModel::Name, ContactListModel::Email}) {
            proxy->sort(column, Qt::AscendingOrder);
            for (int r = 1; r < proxy->rowCount(); ++r)
                CHECK(model->sortKey(proxy->mapToSource(proxy->index(r - 1, 0)).row(), column) <=
                      model->sortKey(proxy->mapToSource(proxy->index(r, 0)).row(), column));
        }
        proxy->sort(ContactListModel::Role, Qt::DescendingOrder);
        for (int r = 1; r < proxy->rowCount(); ++r)
            CHECK(model->contactAt(proxy->mapToSource(proxy->index(r - 1, 0)).row()).contact.role >=
                  model->contactAt(proxy->mapToSource(proxy->index(r, 0)).row()).contact.role);
    }
    SECTION("Enter opens the account on its People tab with the person selected")
    {
        auto* table = view->table();
        table->setFocus();
        table->setCurrentIndex(proxy->index(3, ContactListModel::Name));
        const ContactListing& chosen = model->contactAt(proxy->mapToSource(proxy->index(3, 0)).row());
        QTest::keyClick(table, Qt::Key_Return);
        AccountWorkspace* tab = window.currentAccountTab();
        REQUIRE(tab);
        CHECK(tab->accountId() == chosen.contact.accountId);
        auto* inner = tab->findChild<QTabWidget*>(QStringLiteral("tabs"));
        CHECK(inner->currentWidget()->objectName() == QStringLiteral("peopleTab"));
        auto* people = tab->findChild<QTableView*>(QStringLiteral("contactTable"));
        REQUIRE(people->currentIndex().isValid());
        CHECK(people->currentIndex().data().toString() == toQString(chosen.contact.name));
    }
}

TEST_CASE("a large database's contacts are read on a worker thread: a note at once, then the rows, the filter "
          "applied once they are in",
          "[contacts]")
{
    test::DemoDatabase db;
    MainWindow window(test::fixedClock());
    window.setInteractive(false);
    ContactsView* view = window.contactsView();
    view->setBackgroundThreshold(0); // every database counts as large
    test::openAndShow(window, db);
    ContactListModel* model = view->contactModel();
    ContactFilterModel* proxy = view->filterModel();
    QAbstractItemModelTester modelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* note = view->findChild<QLabel*>(QStringLiteral("emptyLabel"));
    auto* count = view->findChild<QLabel*>(QStringLiteral("countLabel"));
    auto* filter = view->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    const auto everyone = ContactDirectory(window.workspace()->store()).list();
    REQUIRE(everyone.size() > 10);

    // The tab is there at once, empty, saying that it reads.
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_5));
    REQUIRE(window.findChild<QTabWidget*>(QStringLiteral("tabs"))->currentWidget() == view);
    REQUIRE(view->isLoading());
    CHECK(model->rowCount() == 0);
    CHECK(note->isVisible());
    CHECK(note->text().startsWith(QStringLiteral("Reading")));
    CHECK(count->text().startsWith(QStringLiteral("Reading")));
    CHECK(view->table()->isHidden());

    SECTION("what is typed meanwhile filters the rows once they are in, and the filter works after")
    {
        std::size_t chosen = everyone.size() / 2;
        while (chosen < everyone.size() && everyone[chosen].contact.leftCompany)
            ++chosen;
        REQUIRE(chosen < everyone.size());
        const Contact& wanted = everyone[chosen].contact;
        const QString surname = toQString(wanted.name).split(QLatin1Char(' '), Qt::SkipEmptyParts).last();
        filter->setText(surname);
        REQUIRE(QTest::qWaitFor([&] { return !view->isLoading(); }, 30000));
        REQUIRE(model->rowCount() == static_cast<int>(everyone.size()));
        CHECK(view->table()->isVisible());
        CHECK_FALSE(count->text().contains(QStringLiteral("Reading")));
        const auto matches = [&](const QString& text) {
            bool found = false;
            for (int r = 0; r < proxy->rowCount(); ++r) {
                found = found || proxy->index(r, 0).data(ContactListModel::ContactIdRole).toLongLong() == wanted.id;
                const int source = proxy->mapToSource(proxy->index(r, 0)).row();
                CHECK(model->searchKey(source).find(foldKey(toStdString(text))) != std::string::npos);
            }
            return found;
        };
        REQUIRE(proxy->rowCount() > 0);
        CHECK(proxy->rowCount() < model->rowCount());
        CHECK(matches(surname));
        // Typed after loading: filtered at once, no read.
        const QString account = toQString(everyone[chosen].accountName);
        filter->setText(account);
        CHECK_FALSE(view->isLoading());
        REQUIRE(proxy->rowCount() > 0);
        CHECK(matches(account));
    }
    SECTION("a read again after an edit keeps the rows shown, then shows the change")
    {
        REQUIRE(QTest::qWaitFor([&] { return !view->isLoading(); }, 30000));
        const auto present = std::find_if(everyone.begin(), everyone.end(),
                                          [](const ContactListing& l) { return !l.contact.leftCompany; });
        REQUIRE(present != everyone.end());
        Contact renamed = present->contact;
        renamed.name = "Zebedee Quarrington";
        window.workspace()->store().contacts().update(renamed);
        view->table()->setCurrentIndex(proxy->index(5, ContactListModel::Name));
        const qlonglong current = proxy->index(5, 0).data(ContactListModel::ContactIdRole).toLongLong();
        view->invalidate();
        REQUIRE(view->isLoading());
        CHECK(model->rowCount() == static_cast<int>(everyone.size())); // the previous rows meanwhile
        CHECK(view->table()->isVisible());
        CHECK(count->text().contains(QStringLiteral("reading them again")));
        REQUIRE(QTest::qWaitFor([&] { return !view->isLoading(); }, 30000));
        // The current person stays current across the swap.
        CHECK(view->table()->currentIndex().data(ContactListModel::ContactIdRole).toLongLong() == current);
        filter->setText(QStringLiteral("quarrington"));
        REQUIRE(proxy->rowCount() == 1);
        CHECK(proxy->index(0, ContactListModel::Name).data().toString() == QStringLiteral("Zebedee Quarrington"));
    }
    SECTION("the answer for a database closed meanwhile is dropped")
    {
        // Opening another database closes this one while its read runs; the other is then
        // read on the same worker, so a reset for the closed one would come before its answer.
        test::DemoDatabase other;
        test::readAfterAnotherOpens(window, other, model, QKeySequence(Qt::CTRL | Qt::Key_5),
                                    [&] { return view->isLoading(); });
        CHECK(model->rowCount() == static_cast<int>(ContactDirectory(window.workspace()->store()).list().size()));
    }
}
