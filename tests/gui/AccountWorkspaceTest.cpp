// An account opened in its tab: overview, people, interactions, follow-ups, and
// the dossier's edit, save, revert, validation and undo.
#include "gui/account/AccountWorkspace.h"
#include "app/AccountBulk.h"
#include "app/Analytics.h"
#include "gui/segments/SegmentMatrixModel.h"

#include "GuiFixture.h"
#include "gui/account/DossierEditor.h"
#include "gui/accounts/AccountFilterModel.h"
#include "gui/accounts/AccountTableModel.h"
#include "gui/accounts/AccountsView.h"
#include "gui/main/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::gui;

namespace {

struct OpenAccount
{
    test::DemoDatabase db;
    MainWindow window{test::fixedClock()};
    AccountId id = 0;
    AccountWorkspace* tab = nullptr;

    OpenAccount()
    {
        window.setInteractive(false);
        REQUIRE(window.openDatabase(QString::fromStdString(db.path().string())));
        // The account with the most interactions has something in every tab.
        std::size_t most = 0;
        for (const auto& row : window.workspace()->listAccounts(AccountQuery{})) {
            const auto n = window.workspace()->store().interactions().listForAccount(row.account.id).size();
            if (n > most) {
                most = n;
                id = row.account.id;
            }
        }
        tab = window.openAccount(id);
        REQUIRE(tab);
    }
    template <typename T> T* child(const char* name) const
    {
        auto* w = tab->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
    Dossier stored() const { return window.workspace()->store().accounts().dossier(id); }
};

} // namespace

TEST_CASE("activating a row opens the account in its own tab", "[account]")
{
    test::DemoDatabase db;
    MainWindow window(test::fixedClock());
    window.setInteractive(false);
    REQUIRE(window.openDatabase(QString::fromStdString(db.path().string())));
    window.show();
    auto* table = window.accountsView()->findChild<QTableView*>(QStringLiteral("accountTable"));
    const QModelIndex first = table->model()->index(0, 0);
    const AccountId id = first.data(AccountTableModel::AccountIdRole).toLongLong();
    table->setCurrentIndex(first);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(window.currentAccountTab() != nullptr);
    CHECK(window.currentAccountTab()->accountId() == id);
    CHECK(window.currentAccountTab()->accountName() == first.data().toString());
    // Opening it again brings the same tab forward.
    CHECK(window.openAccount(id) == window.currentAccountTab());
}

TEST_CASE("Enter in the filter field goes to the first match, Enter again opens it", "[account]")
{
    test::DemoDatabase db;
    MainWindow window(test::fixedClock());
    window.setInteractive(false);
    REQUIRE(window.openDatabase(QString::fromStdString(db.path().string())));
    window.show();
    const auto rows = window.workspace()->listAccounts(AccountQuery{});
    const std::string ref = rows.back().account.ref;
    auto* filter = window.accountsView()->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    filter->setFocus();
    QTest::keyClicks(filter, QString::fromStdString(ref));
    QTest::keyClick(filter, Qt::Key_Return);
    auto* table = window.accountsView()->findChild<QTableView*>(QStringLiteral("accountTable"));
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(window.currentAccountTab() != nullptr);
    CHECK(window.currentAccountTab()->accountId() == rows.back().account.id);
}

TEST_CASE("the account workspace shows what Workspace::details knows", "[account]")
{
    OpenAccount o;
    const AccountDetails d = o.window.workspace()->details(o.id);
    CHECK(o.child<QLabel>("titleLabel")
              ->text()
              .contains(QString::fromStdString(d.account.name).toHtmlEscaped()));
    CHECK(o.child<QLabel>("statusValue")->text().size() > 0);
    CHECK(o.child<QLabel>("lastContactValue")->text() != QStringLiteral("never"));
    if (!d.competitors.empty())
        CHECK(o.child<QLabel>("competitorsValue")
                  ->text()
                  .contains(QString::fromStdString(d.competitors.front().first.name)));
    CHECK(o.child<QLabel>("tendersValue")
              ->text()
              .startsWith(d.tenders.empty() ? QStringLiteral("none") : QString::number(d.tenders.size())));

    auto* contacts = o.child<QTableView>("contactTable")->model();
    QAbstractItemModelTester contactTester(contacts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(contacts->rowCount() == static_cast<int>(d.contacts.size()));

    auto* interactions = o.child<QTableView>("interactionTable")->model();
    QAbstractItemModelTester interactionTester(interactions,
                                               QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(interactions->rowCount() == static_cast<int>(d.interactions.size()));
    REQUIRE(interactions->rowCount() > 1);
    for (std::size_t i = 1; i < d.interactions.size(); ++i)
        CHECK(d.interactions[i - 1].occurredAt >= d.interactions[i].occurredAt);

    auto* followUps = o.child<QTableView>("followUpTable")->model();
    QAbstractItemModelTester followUpTester(followUps, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(followUps->rowCount() == static_cast<int>(d.followUps.size()));
    const Date today = test::fixedClock().today();
    for (int r = 0; r < followUps->rowCount(); ++r) {
        const auto& f = d.followUps[static_cast<std::size_t>(r)];
        const QString state = followUps->index(r, 1).data().toString();
        if (f.isOverdue(today)) {
            // Plural forms come from the English translation: never "day(s)".
            CHECK(state == (today - f.dueDate == 1
                                ? QStringLiteral("Overdue by 1 day")
                                : QStringLiteral("Overdue by %1 days").arg(today - f.dueDate)));
            CHECK(followUps->index(r, 0).data(Qt::ForegroundRole).isValid());
        } else if (f.done) {
            CHECK(state == QStringLiteral("Done"));
        }
    }
}

TEST_CASE("a dossier edit is saved, reverted, validated and undone", "[account][dossier]")
{
    OpenAccount o;
    auto* editor = o.tab->dossierEditor();
    auto* needs = o.child<QPlainTextEdit>("needsEdit");
    auto* save = o.child<QPushButton>("saveButton");
    auto* revert = o.child<QPushButton>("revertButton");
    const Dossier before = o.stored();
    CHECK_FALSE(editor->isModified());
    CHECK_FALSE(save->isEnabled());
    const QString text = QStringLiteral("Needs a cold-chain certificate with every delivery — Ünïcode ✓");

    SECTION("save writes the store and clears the marker")
    {
        needs->setPlainText(text);
        CHECK(editor->isModified());
        CHECK(o.tab->title().endsWith(QStringLiteral("*")));
        CHECK(o.window.isWindowModified());
        QTest::mouseClick(save, Qt::LeftButton);
        CHECK(o.stored().needs == text.toStdString());
        CHECK(o.stored().description == before.description);
        CHECK_FALSE(editor->isModified());
        CHECK_FALSE(o.tab->title().endsWith(QStringLiteral("*")));
        CHECK(o.window.undoStack()->count() == 1);

        SECTION("undo restores the dossier before, redo the one after")
        {
            o.window.undoStack()->undo();
            INFO(o.window.statusBar()->currentMessage().toStdString());
            CHECK(o.stored().needs == before.needs);
            CHECK(needs->toPlainText().toStdString() == before.needs);
            CHECK_FALSE(editor->isModified());
            o.window.undoStack()->redo();
            CHECK(o.stored().needs == text.toStdString());
            CHECK(needs->toPlainText() == text);
        }
    }

    SECTION("revert brings back what is saved and writes nothing")
    {
        needs->setPlainText(text);
        QTest::mouseClick(revert, Qt::LeftButton);
        CHECK(needs->toPlainText().toStdString() == before.needs);
        CHECK_FALSE(editor->isModified());
        CHECK(o.stored() == before);
        CHECK(o.window.undoStack()->count() == 0);
    }

    SECTION("an invalid section is named beside the field and nothing is saved")
    {
        needs->setPlainText(QString(1'000'001, QLatin1Char('x')));
        QTest::mouseClick(save, Qt::LeftButton);
        auto* error = o.child<QLabel>("needsError");
        CHECK_FALSE(error->isHidden());
        CHECK_FALSE(error->text().isEmpty());
        CHECK(editor->isModified());
        CHECK(o.stored() == before);
        CHECK(o.window.undoStack()->count() == 0);
    }
}

namespace {

// Clicks `button` in the next message box, as a user would, once it is showing.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            timer->deleteLater();
            box->button(button)->click();
        }
    });
    timer->start();
}

} // namespace

TEST_CASE("closing an account with an unsaved dossier asks first", "[account][dossier]")
{
    OpenAccount o;
    o.window.setInteractive(true);
    auto* tabs = o.window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    const Dossier before = o.stored();
    o.child<QPlainTextEdit>("strategyEdit")
        ->setPlainText(QStringLiteral("Wants to halve its suppliers by 2028."));

    answerNextMessageBox(QMessageBox::Cancel);
    emit tabs->tabCloseRequested(tabs->indexOf(o.tab));
    CHECK(o.window.accountTab(o.id) == o.tab);
    CHECK(o.tab->hasUnsavedChanges());

    SECTION("save keeps the edit")
    {
        answerNextMessageBox(QMessageBox::Save);
        emit tabs->tabCloseRequested(tabs->indexOf(o.tab));
        CHECK(o.window.accountTab(o.id) == nullptr);
        CHECK(o.stored().strategy == "Wants to halve its suppliers by 2028.");
    }
    SECTION("discard drops it")
    {
        answerNextMessageBox(QMessageBox::Discard);
        emit tabs->tabCloseRequested(tabs->indexOf(o.tab));
        CHECK(o.window.accountTab(o.id) == nullptr);
        CHECK(o.stored() == before);
    }
}

TEST_CASE("the overview shows the account's cell in the latest saved segmentation and what it asks", "[account]")
{
    OpenAccount open;
    auto* segment = open.child<QLabel>("segmentValue");
    CHECK(segment->text().contains(QStringLiteral("keystone-cli segment --save")));

    Analytics analytics(open.window.workspace()->store(), test::fixedClock());
    const auto result = analytics.segment(analytics.parameters(SegmentRequest{}));
    analytics.save(result, "test");
    const auto cells = latestSegmentCells(open.window.workspace()->store());
    open.tab->reload();
    const auto it = cells.find(open.id);
    if (it == cells.end()) {
        CHECK(segment->text().contains(QStringLiteral("not classified")));
    } else {
        const QString cell = QString::fromStdString(it->second);
        CHECK(segment->text().startsWith(cell + QStringLiteral(". ")));
        CHECK(segment->text().contains(cellSuggestion(cell)));
    }
}

TEST_CASE("the overview computes the importance score on demand and explains it factor by factor", "[account]")
{
    OpenAccount open;
    auto* score = open.child<QLabel>("scoreValue");
    CHECK(score->text().contains(QStringLiteral("href")));
    open.tab->computeScore();

    Analytics analytics(open.window.workspace()->store(), test::fixedClock());
    const auto rows = analytics.score(analytics.parameters(SegmentRequest{}));
    const auto it = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.accountId == open.id; });
    REQUIRE(it != rows.end()); // the busiest demo account has interactions in the window
    const QString expected = QLocale().toString(it->score, 'f', 1) + QStringLiteral(" of 100, rank ") +
                             QString::number(it - rows.begin() + 1) + QStringLiteral(" of ") +
                             QString::number(rows.size());
    CHECK(score->text().startsWith(expected));
    CHECK(score->text().contains(QStringLiteral("volume ") + QLocale().toString(it->contribution[0], 'f', 1)));
}
