// The accounts list: its model, filtering, sorting and "export this list".
#include "GuiFixture.h"
#include "domain/Text.h"
#include "gui/accounts/AccountFilterModel.h"
#include "gui/accounts/AccountTableModel.h"
#include "gui/accounts/AccountsView.h"
#include "gui/accounts/ExportListDialog.h"
#include "interchange/CsvReader.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>
#include <algorithm>
#include <fstream>

using namespace keystone;
using namespace keystone::gui;

namespace {

void typeFilter(AccountsView& view, const QString& text)
{
    auto* edit = view.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    REQUIRE(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
    // The filter waits for a pause in typing; wait for it to apply, however busy the machine.
    QTRY_VERIFY_WITH_TIMEOUT(!view.filterPending(), 10000);
}

// As typeFilter, for text QTest cannot type (it knows ASCII keys only): pasted in.
void pasteFilter(AccountsView& view, const QString& text)
{
    auto* edit = view.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    REQUIRE(edit);
    edit->setText(text);
    QTRY_VERIFY_WITH_TIMEOUT(!view.filterPending(), 10000);
}

} // namespace

TEST_CASE("the accounts model and its filter pass Qt's model tester", "[accounts]")
{
    test::DemoDatabase db;
    Workspace ws(db.path(), test::fixedClock());
    AccountTableModel model;
    AccountFilterModel filter;
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setAccounts(&model);
    model.setRows(ws.listAccounts(AccountQuery{}));
    CHECK(model.rowCount() == 30);
    CHECK(model.columnCount() == AccountTableModel::ColumnCount);
    filter.sort(AccountTableModel::Owner, Qt::DescendingOrder);
    filter.setText(QStringLiteral("a"));
    filter.setStatus(AccountStatus::Active);
    filter.setText(QString());
    filter.setStatus(std::nullopt);
    CHECK(filter.rowCount() == 30);
    model.setRows({});
    CHECK(filter.rowCount() == 0);
}

TEST_CASE("the accounts list filters by text, status and manager", "[accounts]")
{
    test::DemoDatabase db;
    Workspace ws(db.path(), test::fixedClock());
    AccountsView view;
    view.setWorkspace(&ws);
    view.show();
    auto* proxy = view.filterModel();
    REQUIRE(proxy->rowCount() == 30);
    CHECK(view.findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget()->objectName() ==
          QStringLiteral("listPage"));

    SECTION("text matches name, reference, legal name, owner, country and tags, folded")
    {
        const auto all = ws.listAccounts(AccountQuery{});
        const QString ref = QString::fromStdString(all[7].account.ref);
        REQUIRE(!ref.isEmpty());
        typeFilter(view, ref.toLower());
        REQUIRE(proxy->rowCount() >= 1);
        CHECK(proxy->index(0, AccountTableModel::Reference)
                  .data()
                  .toString()
                  .compare(ref, Qt::CaseInsensitive) == 0);

        typeFilter(view, QStringLiteral("no account is called this"));
        CHECK(proxy->rowCount() == 0);

        // Every word must match, in any order and any field.
        const auto& named = all[3].account;
        const QString name = QString::fromStdString(named.name);
        const QString lastWord = name.section(QLatin1Char(' '), -1);
        const QString firstWord = name.section(QLatin1Char(' '), 0, 0);
        typeFilter(view, lastWord.toUpper() + QLatin1Char(' ') + firstWord.toLower());
        REQUIRE(proxy->rowCount() >= 1);
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const auto& a =
                view.accountModel()->accountRow(proxy->mapToSource(proxy->index(r, 0)).row()).account;
            std::string key = foldKey(a.name) + '\n' + foldKey(a.ref) + '\n' + foldKey(a.legalName) + '\n' +
                              foldKey(view.accountModel()->accountRow(proxy->mapToSource(proxy->index(r, 0)).row()).ownerName) +
                              '\n' + foldKey(a.country);
            for (const auto& tag : a.tags)
                key += '\n' + foldKey(tag);
            CHECK(key.find(foldKey(firstWord.toStdString())) != std::string::npos);
            CHECK(key.find(foldKey(lastWord.toStdString())) != std::string::npos);
        }
    }

    SECTION("a word of the owner's name, the country or a tag finds the accounts that have it")
    {
        const auto all = ws.listAccounts(AccountQuery{});
        // What the filter field reads of a row, and how many rows have `word` in it.
        const auto key = [](const AccountListRow& r) {
            std::string k = r.account.name + '\n' + r.account.ref + '\n' + r.account.legalName + '\n' + r.ownerName +
                            '\n' + r.account.country;
            for (const auto& tag : r.account.tags)
                k += '\n' + tag;
            return foldKey(k);
        };
        const auto rowsWith = [&](const std::string& word) {
            return static_cast<int>(std::count_if(all.begin(), all.end(), [&](const auto& r) {
                return key(r).find(foldKey(word)) != std::string::npos;
            }));
        };
        const auto listed = [&](AccountId id) {
            for (int r = 0; r < proxy->rowCount(); ++r)
                if (view.accountModel()->accountRow(proxy->mapToSource(proxy->index(r, 0)).row()).account.id == id)
                    return true;
            return false;
        };
        const auto owned = std::find_if(all.begin(), all.end(), [](const auto& r) { return !r.ownerName.empty(); });
        const auto placed =
            std::find_if(all.begin(), all.end(), [](const auto& r) { return !r.account.country.empty(); });
        const auto tagged = std::find_if(all.begin(), all.end(), [](const auto& r) { return !r.account.tags.empty(); });
        REQUIRE(owned != all.end());
        REQUIRE(placed != all.end());
        REQUIRE(tagged != all.end());

        const std::string surname = QString::fromStdString(owned->ownerName).section(QLatin1Char(' '), -1).toStdString();
        pasteFilter(view, QString::fromStdString(surname).toUpper());
        CHECK(listed(owned->account.id));
        CHECK(proxy->rowCount() == rowsWith(surname));

        pasteFilter(view, QString::fromStdString(placed->account.country).toLower());
        CHECK(listed(placed->account.id));
        CHECK(proxy->rowCount() == rowsWith(placed->account.country));

        const std::string tag = tagged->account.tags.front();
        pasteFilter(view, QString::fromStdString(tag));
        CHECK(listed(tagged->account.id));
        CHECK(proxy->rowCount() == rowsWith(tag));
    }

    SECTION("status and manager agree with the store's query")
    {
        auto* status = view.findChild<QComboBox*>(QStringLiteral("statusCombo"));
        status->setCurrentIndex(status->findData(static_cast<int>(AccountStatus::Active)));
        AccountQuery active;
        active.status = AccountStatus::Active;
        CHECK(proxy->rowCount() == static_cast<int>(ws.listAccounts(active).size()));

        const auto managers = ws.store().managers().list();
        REQUIRE(!managers.empty());
        auto* owner = view.findChild<QComboBox*>(QStringLiteral("ownerCombo"));
        owner->setCurrentIndex(owner->findData(static_cast<qlonglong>(managers.front().id)));
        active.ownerId = managers.front().id;
        CHECK(proxy->rowCount() == static_cast<int>(ws.listAccounts(active).size()));
        for (int r = 0; r < proxy->rowCount(); ++r)
            CHECK(proxy->index(r, AccountTableModel::Owner).data().toString().toStdString() ==
                  managers.front().name);
    }

    SECTION("sorting by name and by status")
    {
        auto* table = view.findChild<QTableView*>(QStringLiteral("accountTable"));
        table->sortByColumn(AccountTableModel::Name, Qt::DescendingOrder);
        const auto key = [&](int r) {
            return view.accountModel()->sortKey(proxy->mapToSource(proxy->index(r, 0)).row(),
                                                AccountTableModel::Name);
        };
        for (int r = 1; r < proxy->rowCount(); ++r)
            CHECK(key(r - 1) >= key(r));
        table->sortByColumn(AccountTableModel::Status, Qt::AscendingOrder);
        const auto status = [&](int r) {
            return view.accountModel()
                ->accountRow(proxy->mapToSource(proxy->index(r, 0)).row())
                .account.status;
        };
        for (int r = 1; r < proxy->rowCount(); ++r)
            CHECK(status(r - 1) <= status(r));
    }
}

TEST_CASE("export this list writes the visible rows and columns as CSV", "[accounts][export]")
{
    test::DemoDatabase db;
    Workspace ws(db.path(), test::fixedClock());
    AccountsView view;
    view.setWorkspace(&ws);
    auto* status = view.findChild<QComboBox*>(QStringLiteral("statusCombo"));
    status->setCurrentIndex(status->findData(static_cast<int>(AccountStatus::Active)));
    auto* table = view.findChild<QTableView*>(QStringLiteral("accountTable"));
    table->horizontalHeader()->setSectionHidden(AccountTableModel::Kinds, true);
    table->horizontalHeader()->moveSection(AccountTableModel::Country, 0);
    const int shown = view.filterModel()->rowCount();
    REQUIRE(shown > 0);

    const auto file = db.dir() / "accounts.csv";
    csv::WriterOptions options;
    options.bom = true;
    options.delimiter = ';';
    view.exportVisible(file, options);

    std::ifstream in(file, std::ios::binary);
    csv::CsvReader reader(in, file.string());
    CHECK(reader.delimiter() == ';');
    CHECK(reader.header() == std::vector<std::string>{"country", "name", "ref", "status", "owner"});
    csv::Record record;
    int rows = 0;
    while (reader.next(record)) {
        CHECK(record.fields.at(1) ==
              view.filterModel()->index(rows, AccountTableModel::Name).data().toString().toStdString());
        CHECK(record.fields.at(3) == "active");
        ++rows;
    }
    CHECK(rows == shown);
}

TEST_CASE("the export dialog's choices become the writer's options", "[accounts][export]")
{
    ExportListDialog dialog(12);
    auto* delimiter = dialog.findChild<QComboBox*>(QStringLiteral("delimiterCombo"));
    delimiter->setCurrentIndex(delimiter->findData(QChar(u';')));
    CHECK(dialog.options().delimiter == ';');
    CHECK(dialog.options().bom);             // Excel needs it to read UTF-8
    CHECK(dialog.options().protectFormulas); // on unless the user turns it off
    dialog.findChild<QCheckBox*>(QStringLiteral("protectCheck"))->setChecked(false);
    CHECK_FALSE(dialog.options().protectFormulas);
    delimiter->setCurrentIndex(delimiter->findData(QChar(u',')));
    CHECK(dialog.options().decimalMark == '.');
}

TEST_CASE("an exported name that a spreadsheet would run is neutralised", "[accounts][export]")
{
    test::DemoDatabase db;
    Workspace ws(db.path(), test::fixedClock());
    Account hostile;
    hostile.name = "=HYPERLINK(\"http://evil.example\")";
    hostile.ref = "X-1";
    ws.addAccount(hostile);
    AccountsView view;
    view.setWorkspace(&ws);
    typeFilter(view, QStringLiteral("X-1"));
    REQUIRE(view.filterModel()->rowCount() == 1);
    const auto file = db.dir() / "hostile.csv";
    view.exportVisible(file, csv::WriterOptions{});
    std::ifstream in(file, std::ios::binary);
    csv::CsvReader reader(in, file.string());
    csv::Record record;
    REQUIRE(reader.next(record));
    CHECK(record.fields.at(0) == "'=HYPERLINK(\"http://evil.example\")");
}

TEST_CASE("the list's columns are kept between starts", "[accounts]")
{
    QSettings().remove(QStringLiteral("accounts/header"));
    {
        AccountsView view;
        auto* header = view.findChild<QTableView*>(QStringLiteral("accountTable"))->horizontalHeader();
        header->setSectionHidden(AccountTableModel::Kinds, true);
        header->moveSection(AccountTableModel::Country, 1);
    }
    AccountsView again;
    auto* header = again.findChild<QTableView*>(QStringLiteral("accountTable"))->horizontalHeader();
    CHECK(header->isSectionHidden(AccountTableModel::Kinds));
    CHECK(header->logicalIndex(1) == AccountTableModel::Country);
    QSettings().remove(QStringLiteral("accounts/header"));
}
