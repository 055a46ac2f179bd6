// The account workspace's editing: the account's own fields, contacts added,
// edited and marked as left through the editor with inline errors, each
// undoable; the organisation chart drawn from reports-to links; interactions
// filtered; the sales model and chart against the store's monthly totals;
// tenders added, removed and undone.
#include "GuiFixture.h"
#include "app/AccountEditing.h"
#include "gui/account/AccountEditor.h"
#include "gui/account/AccountWorkspace.h"
#include "gui/account/ContactEditor.h"
#include "gui/account/OrgChart.h"
#include "gui/account/RevenueChart.h"
#include "gui/account/SaleTableModel.h"
#include "gui/account/TenderEditor.h"
#include "gui/account/TenderTableModel.h"
#include "gui/main/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace keystone;
using namespace keystone::gui;

namespace {

struct Tabs
{
    test::DemoDatabase db;
    MainWindow window{test::fixedClock()};
    AccountId id = 0;
    AccountWorkspace* tab = nullptr;

    // Opens the first account with people and sales.
    Tabs()
    {
        window.setInteractive(false);
        REQUIRE(window.openDatabase(QString::fromStdString(db.path().string())));
        AccountEditing editing(*window.workspace());
        for (const auto& row : window.workspace()->listAccounts(AccountQuery{})) {
            if (!window.workspace()->details(row.account.id).contacts.empty() &&
                !editing.saleLines(row.account.id).empty()) {
                id = row.account.id;
                break;
            }
        }
        REQUIRE(id != 0);
        tab = window.openAccount(id);
        REQUIRE(tab);
        window.resize(1280, 860);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
    template <typename T> static T* child(QWidget* parent, const char* name)
    {
        auto* w = parent->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
    AccountDetails stored() const { return window.workspace()->details(id); }
    std::optional<Contact> contactNamed(const std::string& name) const
    {
        for (const auto& c : stored().contacts)
            if (c.name == name)
                return c;
        return std::nullopt;
    }
    std::optional<Tender> tenderTitled(const std::string& title) const
    {
        for (const auto& t : stored().tenders)
            if (t.title == title)
                return t;
        return std::nullopt;
    }
};

void save(QDialog* dialog)
{
    Tabs::child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save)->click();
}

} // namespace

TEST_CASE("a contact is added under a manager, edited, marked as left, and undone step by step", "[account][people]")
{
    Tabs t;
    const auto people = t.stored().contacts;
    const auto present = std::find_if(people.begin(), people.end(), [](const Contact& c) { return !c.leftCompany; });
    REQUIRE(present != people.end());
    const Contact boss = *present;

    QPointer<ContactEditor> editor = t.tab->addContact();
    REQUIRE(editor);
    test::typeText(Tabs::child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Ольга Смирнова"));
    test::typeText(Tabs::child<QLineEdit>(editor, "positionEdit"), QStringLiteral("Buyer"));
    auto* reportsTo = Tabs::child<QComboBox>(editor, "reportsToEdit");
    const int bossRow = reportsTo->findData(QVariant::fromValue<qlonglong>(boss.id));
    REQUIRE(bossRow > 0);
    reportsTo->setCurrentIndex(bossRow);
    CHECK(editor->isWindowModified());
    save(editor);
    QApplication::processEvents();
    for (const auto* open : t.tab->findChildren<ContactEditor*>())
        CHECK_FALSE(open->isVisible());
    const auto added = t.contactNamed("Ольга Смирнова");
    REQUIRE(added);
    CHECK(added->reportsTo == boss.id);
    CHECK(added->position == "Buyer");

    // The chart draws her one level below her manager.
    const auto bossBox = t.tab->orgChart()->boxOf(boss.id);
    const auto herBox = t.tab->orgChart()->boxOf(added->id);
    REQUIRE(bossBox);
    REQUIRE(herBox);
    CHECK(herBox->top() > bossBox->bottom());

    editor = t.tab->editContact(added->id);
    REQUIRE(editor);
    auto* position = Tabs::child<QLineEdit>(editor, "positionEdit");
    position->clear();
    test::typeText(position, QStringLiteral("Head of Purchasing"));
    save(editor);
    CHECK(t.contactNamed("Ольга Смирнова")->position == "Head of Purchasing");

    REQUIRE(t.tab->setContactLeft(added->id, true));
    CHECK(t.contactNamed("Ольга Смирнова")->leftCompany);
    // Hidden from the chart by default, greyed when people who left are shown.
    CHECK_FALSE(t.tab->orgChart()->boxOf(added->id));
    t.tab->orgChart()->setShowLeft(true);
    CHECK(t.tab->orgChart()->boxOf(added->id));

    QUndoStack* undo = t.window.undoStack();
    undo->undo();
    CHECK_FALSE(t.contactNamed("Ольга Смирнова")->leftCompany);
    undo->undo();
    CHECK(t.contactNamed("Ольга Смирнова")->position == "Buyer");
    undo->undo();
    CHECK_FALSE(t.contactNamed("Ольга Смирнова"));
    // Redone, she is back (perhaps under another id) and the later edits still find her.
    undo->redo();
    undo->redo();
    undo->redo();
    const auto again = t.contactNamed("Ольга Смирнова");
    REQUIRE(again);
    CHECK(again->position == "Head of Purchasing");
    CHECK(again->leftCompany);
    CHECK(again->reportsTo == boss.id);
}

TEST_CASE("the contact editor shows problems under their field and keeps the dialog open", "[account][people]")
{
    Tabs t;
    QPointer<ContactEditor> editor = t.tab->addContact();
    test::typeText(Tabs::child<QLineEdit>(editor, "emailEdit"), QStringLiteral("not an address"));
    const auto before = t.stored().contacts.size();
    save(editor);
    QApplication::processEvents();
    REQUIRE(editor);
    CHECK(editor->isVisible());
    auto* nameError = Tabs::child<QLabel>(editor, "nameError");
    auto* emailError = Tabs::child<QLabel>(editor, "emailError");
    CHECK(nameError->isVisible());
    CHECK_FALSE(nameError->text().isEmpty());
    CHECK(emailError->isVisible());
    CHECK(t.stored().contacts.size() == before);
    // What was typed is still there.
    CHECK(Tabs::child<QLineEdit>(editor, "emailEdit")->text() == QStringLiteral("not an address"));
}

TEST_CASE("a manager is never chosen among the people below", "[account][people]")
{
    Tabs t;
    AccountEditing editing(*t.window.workspace());
    const Contact boss = t.stored().contacts.front();
    Contact report;
    report.accountId = t.id;
    report.name = "Report";
    report.reportsTo = boss.id;
    report = editing.saveContact(report);
    t.tab->reload();
    QPointer<ContactEditor> editor = t.tab->editContact(boss.id);
    REQUIRE(editor);
    auto* reportsTo = Tabs::child<QComboBox>(editor, "reportsToEdit");
    CHECK(reportsTo->findData(QVariant::fromValue<qlonglong>(report.id)) < 0);
    CHECK(reportsTo->findData(QVariant::fromValue<qlonglong>(boss.id)) < 0);
    editor->reject();
}

TEST_CASE("the sales tab's lines and chart agree with the store's monthly totals", "[account][sales]")
{
    Tabs t;
    SaleTableModel* model = t.tab->saleModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* view = Tabs::child<QTableView>(t.tab, "saleTable");
    QAbstractItemModelTester proxyTester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() > 0);

    AccountEditing editing(*t.window.workspace());
    const auto months = editing.monthlyTotals(t.id);
    std::map<int, Money> fromModel;
    for (int row = 0; row < model->rowCount(); ++row)
        fromModel[monthIndex(model->lineAt(row).date)] += model->lineAt(row).amount;
    REQUIRE(fromModel.size() == months.size());
    Money all;
    for (const auto& m : months) {
        CHECK(fromModel[m.month] == m.amount);
        all += m.amount;
    }
    CHECK(model->total() == all);

    // One bar per month from the first sale to the last, months without sales empty.
    const auto& byMonth = t.tab->salesChart()->buckets();
    REQUIRE_FALSE(byMonth.empty());
    CHECK(byMonth.size() == static_cast<std::size_t>(months.back().month - months.front().month + 1));
    Money charted;
    for (const auto& b : byMonth) {
        charted += b.amount;
        if (fromModel.count(b.first) == 0)
            CHECK(b.amount == Money());
    }
    CHECK(charted == all);
    auto* period = Tabs::child<QComboBox>(t.tab, "periodCombo");
    period->setCurrentIndex(period->findData(static_cast<int>(RevenueChart::Period::Quarter)));
    Money quarters;
    for (const auto& b : t.tab->salesChart()->buckets()) {
        CHECK(b.first % 3 == 0);
        quarters += b.amount;
    }
    CHECK(quarters == all);

    // Sorted by amount, the largest line comes first.
    view->sortByColumn(SaleTableModel::Amount, Qt::DescendingOrder);
    const qlonglong top = view->model()->index(0, SaleTableModel::Amount).data(SaleTableModel::SortRole).toLongLong();
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->lineAt(row).amount.units() <= top);

    // The overview shows the last twelve months, empty ones too.
    CHECK(t.tab->overviewChart()->buckets().size() == 12);
}

TEST_CASE("a tender is added, then undone and redone, and removed with undo", "[account][tenders]")
{
    Tabs t;
    QAbstractItemModelTester tester(t.tab->tenderModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester presenceTester(t.tab->presenceModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    QPointer<TenderEditor> editor = t.tab->addTender();
    REQUIRE(editor);
    test::typeText(Tabs::child<QLineEdit>(editor, "titleEdit"), QStringLiteral("Поставка проката 2027"));
    test::typeText(Tabs::child<QLineEdit>(editor, "valueEdit"), QStringLiteral("abc"));
    save(editor);
    REQUIRE(editor);
    CHECK(Tabs::child<QLabel>(editor, "valueError")->isVisible());
    CHECK_FALSE(t.tenderTitled("Поставка проката 2027"));
    auto* value = Tabs::child<QLineEdit>(editor, "valueEdit");
    value->clear();
    test::typeText(value, QStringLiteral("125000"));
    save(editor);
    const auto added = t.tenderTitled("Поставка проката 2027");
    REQUIRE(added);
    CHECK(added->value == Money::fromMajor(125000));
    CHECK(t.tab->tenderModel()->rowOf(added->id) >= 0);

    t.window.undoStack()->undo();
    CHECK_FALSE(t.tenderTitled("Поставка проката 2027"));
    CHECK(t.tab->tenderModel()->rowOf(added->id) < 0);
    t.window.undoStack()->redo();
    REQUIRE(t.tenderTitled("Поставка проката 2027"));

    auto* table = Tabs::child<QTableView>(t.tab, "tenderTable");
    const auto current = t.tenderTitled("Поставка проката 2027");
    table->setCurrentIndex(t.tab->tenderModel()->index(t.tab->tenderModel()->rowOf(current->id), 0));
    REQUIRE(t.tab->removeSelectedTender());
    CHECK_FALSE(t.tenderTitled("Поставка проката 2027"));
    t.window.undoStack()->undo();
    const auto back = t.tenderTitled("Поставка проката 2027");
    REQUIRE(back);
    CHECK(back->value == Money::fromMajor(125000));
}

TEST_CASE("interactions narrow to one kind and to one person", "[account][interactions]")
{
    Tabs t;
    const AccountDetails d = t.stored();
    REQUIRE(d.interactions.size() > 1);
    auto* view = Tabs::child<QTableView>(t.tab, "interactionTable");
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(view->model()->rowCount() == static_cast<int>(d.interactions.size()));

    const InteractionKind kind = d.interactions.front().kind;
    auto* kinds = Tabs::child<QComboBox>(t.tab, "kindFilter");
    kinds->setCurrentIndex(kinds->findData(static_cast<int>(kind)));
    const auto ofKind = std::count_if(d.interactions.begin(), d.interactions.end(),
                                      [&](const Interaction& i) { return i.kind == kind; });
    CHECK(view->model()->rowCount() == ofKind);
    kinds->setCurrentIndex(0);

    // The person who took part in the most interactions.
    std::map<ContactId, int> taken;
    for (const auto& i : d.interactions)
        for (const ContactId c : i.contactIds)
            ++taken[c];
    REQUIRE_FALSE(taken.empty());
    const auto busiest = std::max_element(taken.begin(), taken.end(),
                                          [](const auto& a, const auto& b) { return a.second < b.second; });
    auto* people = Tabs::child<QComboBox>(t.tab, "contactFilter");
    people->setCurrentIndex(people->findData(QVariant::fromValue<qlonglong>(busiest->first)));
    CHECK(view->model()->rowCount() == busiest->second);
    CHECK(Tabs::child<QLabel>(t.tab, "interactionCount")->text().startsWith(QString::number(busiest->second)));
}

TEST_CASE("the account's own fields are edited with inline errors, then undone", "[account][overview]")
{
    Tabs t;
    const Account before = t.stored().account;
    QPointer<AccountEditor> editor = t.tab->editAccount();
    REQUIRE(editor);
    auto* name = Tabs::child<QLineEdit>(editor, "nameEdit");
    name->clear();
    test::typeText(Tabs::child<QLineEdit>(editor, "headcountEdit"), QStringLiteral("x"));
    CHECK(editor->isWindowModified());
    save(editor);
    REQUIRE(editor);
    CHECK(Tabs::child<QLabel>(editor, "nameError")->isVisible());
    CHECK(Tabs::child<QLabel>(editor, "headcountError")->isVisible());
    CHECK(t.stored().account.name == before.name);

    // Revert puts the saved values back.
    Tabs::child<QDialogButtonBox>(editor, "buttons")->button(QDialogButtonBox::Reset)->click();
    CHECK(name->text() == QString::fromStdString(before.name));
    CHECK_FALSE(editor->isWindowModified());

    name->clear();
    test::typeText(name, QStringLiteral("שטראוס גרופ"));
    Tabs::child<QCheckBox>(editor, "expertCheck")->setChecked(!before.kinds.has(KeyAccountKind::Expert));
    auto* tags = Tabs::child<QLineEdit>(editor, "tagsEdit");
    tags->clear();
    test::typeText(tags, QStringLiteral("food, Food, export"));
    save(editor);
    const Account after = t.stored().account;
    CHECK(after.name == "שטראוס גרופ");
    CHECK(after.kinds.has(KeyAccountKind::Expert) != before.kinds.has(KeyAccountKind::Expert));
    CHECK(after.tags == std::vector<std::string>{"food", "export"});
    CHECK(t.tab->accountName() == QStringLiteral("שטראוס גרופ"));

    t.window.undoStack()->undo();
    CHECK(t.stored().account.name == before.name);
    CHECK(t.stored().account.tags == before.tags);
    CHECK(t.tab->accountName() == QString::fromStdString(before.name));
    t.window.undoStack()->redo();
    CHECK(t.stored().account.name == "שטראוס גרופ");
}
